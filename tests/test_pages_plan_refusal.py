"""A plan of care refused in words (#20): a new-user trial as a PTA opened the plan-of-care form and got
the form's validation errors back when posting it. Now an assistant (and any role that does not write
plans) is refused before the form is read, in words, on the error page with its navigation: who writes
a plan and where to read it. Must not change: a therapist still gets the form and its own refusals."""

import pytest
from markupsafe import escape
from page_helpers import page_client
from scheduling_helpers import count, one

DEMO_SIZE = "tiny"

FIELDS = {
    "icd10_codes": "M17.11",
    "start_date": "2027-03-01",
    "end_date": "2027-05-20",
    "frequency_per_week": "two",
    "duration_weeks": "8",
    "physician_name": "Dr. Typed Planwell",
    "physician_npi": "1234567890",
}


def _client(practice, who: str):  # type: ignore[no-untyped-def]
    if who in ("PTA", "OTA"):
        provider = one(
            practice, "SELECT id FROM provider WHERE clinic_id = 1 AND credential = :c ORDER BY id", c=who
        )
        return page_client(practice, provider_id=provider[0])
    return page_client(practice, who)


@pytest.mark.parametrize(
    ("who", "said"),
    [
        (
            "PTA",
            "A plan of care is established by a therapist (PT, OT or SLP), not an assistant: ask the supervising",
        ),
        (
            "front_desk",
            "A plan of care is written by the patient's therapist; you can read it on the patient's chart.",
        ),
        (
            "owner",
            "A plan of care is written by the patient's therapist; you can read it on the patient's chart.",
        ),
    ],
)
def test_who_may_not_write_a_plan_is_told_so_in_words_before_the_form(practice, who: str, said: str) -> None:  # type: ignore[no-untyped-def]
    patient = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id")[0]
    client = _client(practice, who)
    before = count(practice, "SELECT COUNT(*) FROM plan_of_care")
    for reply in (
        client.get(f"/patients/{patient}/plans/new"),
        client.post(f"/patients/{patient}/plans/new", data=FIELDS),
    ):
        assert reply.status_code == 403, reply.text
        assert str(escape(said)) in reply.text, reply.text
        assert "Not open to your role" in reply.text and 'href="/"' in reply.text  # the navigation
        for raw in ("Input should be", "int_parsing", "Value error", "plan.write", "your role may not"):
            assert raw not in reply.text
        assert 'name="physician_npi"' not in reply.text
    assert count(practice, "SELECT COUNT(*) FROM plan_of_care") == before


def test_a_therapist_still_gets_the_form_and_its_own_refusals(practice) -> None:  # type: ignore[no-untyped-def]
    """Must not change: the PT's form, and what it refuses of the input shown on it."""
    patient = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id")[0]
    therapist = page_client(practice, "therapist")
    assert 'name="physician_npi"' in therapist.get(f"/patients/{patient}/plans/new").text
    refused = therapist.post(f"/patients/{patient}/plans/new", data={**FIELDS, "frequency_per_week": "2"})
    assert refused.status_code == 422 and 'id="physician_npi-error"' in refused.text
