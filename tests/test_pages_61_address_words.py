"""A page's address with a value it cannot read answers a page with the menu, in words (#20, 'friendly
refusal and error pages with the navigation; nothing in developer words'). Tried as the clinic's owner
(worker E, 12/07/2026): /schedule?day=tomorrow, /calendar?day=12/07/2026, /patients/12x, /notes/abc/review,
/patients?page=x and /owner/kpis?from=bad each answered raw JSON ('{"type":"about:blank","title":"Invalid
input",... "loc":["query","day"], "msg":"Input should be a valid date ...", "type":"date_from_datetime_parsing"}'),
with no menu. The API keeps its problem+json."""

import pytest
from page_helpers import page_client

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("role", "address", "said"),
    [
        ("owner", "/schedule?day=tomorrow", "Day (in the address) is a date written year-month-day."),
        ("front_desk", "/calendar?day=12/07/2026", "Day (in the address) is a date written year-month-day."),
        ("front_desk", "/patients/Smith", "Patient number (in the address) is a whole number."),
        ("therapist", "/notes/abc/review", "Note number (in the address) is a whole number."),
        ("front_desk", "/patients?page=x", "Page (in the address) is a whole number."),
        ("owner", "/owner/kpis?from=bad", "From (in the address) is a date written year-month-day."),
        ("biller", "/billing/denials?page=0", "Page (in the address) is 1 or more."),
    ],
)
def test_an_address_the_page_cannot_read_is_a_page_in_words(
    practice, role: str, address: str, said: str
) -> None:
    client = page_client(practice, role)
    reply = client.get(address)
    assert reply.status_code == 422, reply.text[:300]
    assert reply.headers["content-type"].startswith("text/html"), reply.text[:300]
    page = reply.text
    assert "<h1>This address cannot be opened</h1>" in page and said in page, page[-1500:]
    assert "<nav" in page and 'href="/"' in page  # the menu stays
    for developer in ('"errors"', "about:blank", "int_parsing", "Input should be", "query", "Smith"):
        assert developer not in page, developer


def test_a_form_sent_without_a_field_says_which_on_a_page(practice) -> None:
    client = practice.client()
    reply = client.post("/login", data={"email": "someone@example.org"})
    assert reply.status_code == 422 and reply.headers["content-type"].startswith("text/html")
    assert "Something in the form needs a change" in reply.text
    assert "Password (in the form) is needed." in reply.text and "someone@example.org" not in reply.text


def test_the_api_keeps_its_problem_json(practice) -> None:
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    reply = client.get("/api/v1/patients/12x", headers=headers)
    assert reply.status_code == 422 and reply.headers["content-type"] == "application/problem+json"
    assert reply.json()["errors"][0]["type"] == "int_parsing"
