"""A number no record can have (past the databases' integers) in an address or form: said in words, 4xx,
never 'Something went wrong on our side' (#20). The reviewer's rows are in test_review_61_pages.py."""

import pytest
from fastapi.testclient import TestClient
from page_helpers import page_client

from web.app import create_app

DEMO_SIZE = "tiny"


def _quiet(practice, role: str) -> TestClient:  # type: ignore[no-untyped-def]
    """The role's page client with server errors answered as a person sees them, not raised."""
    quiet = TestClient(
        create_app(engine=practice.engine, settings=practice.settings), raise_server_exceptions=False
    )
    quiet.cookies = page_client(practice, role).cookies
    return quiet


# 3000000000 passes SQLite's 64-bit integers but not PostgreSQL's INTEGER (500 there before)
@pytest.mark.parametrize("address", ["/patients/3000000000", "/patients/99999999999999999999999"])
def test_a_patient_number_past_the_databases_is_said_in_words(practice, address: str) -> None:
    reply = _quiet(practice, "front_desk").get(address)
    assert reply.status_code in (404, 422) and "went wrong on our side" not in reply.text
    assert "99999999999999999999999" not in reply.text.replace(address, "")


def test_the_address_page_names_the_field(practice) -> None:
    reply = _quiet(practice, "front_desk").get("/patients/99999999999999999999999")
    assert reply.status_code == 422 and "This address cannot be opened" in reply.text
    assert "Patient number (in the address) is a number no record has." in reply.text


def test_a_number_too_large_in_a_form_is_said_without_it(practice) -> None:
    form = {"patient_id": "9" * 25, "provider_id": "1", "appointment_type_id": "2", "day": "2027-03-08"}
    form["time"] = "09:00"
    reply = _quiet(practice, "front_desk").post("/schedule/book", data=form, follow_redirects=False)
    assert reply.status_code < 500 and "went wrong on our side" not in reply.text
    assert "9" * 25 not in reply.text


def test_the_api_answers_a_problem_not_a_fault(practice) -> None:
    client = TestClient(
        create_app(engine=practice.engine, settings=practice.settings), raise_server_exceptions=False
    )
    reply = client.get(f"/api/v1/patients/{'9' * 25}", headers=practice.login(client, "front_desk"))
    assert reply.status_code in (404, 422) and reply.headers["content-type"] == "application/problem+json"
    assert "9" * 25 not in reply.json()["detail"]
