"""A signed note's addendum on its page, the return for correction, and a refused form shown again at
its own page's address (#20).

The author of a signed note adds an addendum from the note's page: signed by them (the attestation by
the button and under the addendum), dated in the clinic's words, audited, and a double click (the same
request key twice) adds it once. A refused form (an addendum, a return's comment, a plan of care, a
payment, a write-off, the wait list) answers its POST with a 303 to its own GET address, where the page
shows what was typed and the problem; a reload asks for that page again, never the post, and nobody
else sees it."""

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft, post_on_the_visit_day
from page_helpers import page_client
from scheduling_helpers import count, one

from core.timeutil import in_clinic_words

NY = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("moment", "zone", "said"),
    [
        (datetime(2026, 12, 3, 14, 20, tzinfo=UTC), NY, "Thursday 12/03/2026 at 9:20 AM EST"),
        (datetime(2026, 7, 1, 16, 5, tzinfo=UTC), NY, "Wednesday 07/01/2026 at 12:05 PM EDT"),
        (datetime(2026, 12, 4, 4, 30, tzinfo=UTC), NY, "Thursday 12/03/2026 at 11:30 PM EST"),
        (datetime(2026, 12, 4, 5, 0, tzinfo=UTC), NY, "Friday 12/04/2026 at 12:00 AM EST"),
        (
            datetime(2026, 12, 3, 14, 20),
            ZoneInfo("America/Los_Angeles"),
            "Thursday 12/03/2026 at 6:20 AM PST",
        ),
        (datetime(2027, 3, 14, 7, 30, tzinfo=UTC), NY, "Sunday 03/14/2027 at 3:30 AM EDT"),
    ],
)
def test_a_stored_time_in_clinic_words(moment: datetime, zone: ZoneInfo, said: str) -> None:
    """Weekday, date as the pages write it, time of day and zone, in the clinic's zone; a naive time
    (SQLite's) is UTC; the night a clock moves is said by the clock the clinic then reads."""
    assert in_clinic_words(moment, zone) == said
    assert not re.search(r"\d{4}-\d\d-\d\d", in_clinic_words(moment, zone))


def _signed(practice, skip: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=skip)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    assert (
        post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers).json()["status"]
        == "signed"
    )
    return note, provider


def _key(page: str, form: str) -> str:
    part = page[page.index(f'id="{form}"') :]
    return re.search(r'name="idempotency_key" value="([0-9a-f]+)"', part).group(1)  # type: ignore[union-attr]


def _refused_at(reply, address: str) -> str:  # type: ignore[no-untyped-def]
    """A refused form's answer: a 303 to its own page's address, with the kept page's token."""
    assert reply.status_code == 303, reply.text[:500]
    where = reply.headers["location"]
    assert re.fullmatch(rf"{re.escape(address)}[?&]refused=[\w-]+", where), where
    return where


def test_the_author_adds_an_addendum_on_the_signed_notes_page_once(practice) -> None:
    note, provider = _signed(practice, skip=7)
    author = page_client(practice, provider_id=provider)
    page = author.get(f"/notes/{note}/review")
    assert page.status_code == 200 and 'id="addendum-form"' in page.text
    assert "added after signing by" in page.text and "who attests it is accurate" in page.text
    words = "Patient called the next day: knee better, walked to the shop without the cane."
    form = {"text": words, "idempotency_key": _key(page.text, "addendum-form")}
    first = author.post(f"/notes/{note}/addenda", data=form, follow_redirects=False)
    second = author.post(f"/notes/{note}/addenda", data=form, follow_redirects=False)  # the double click
    assert first.status_code == second.status_code == 303
    assert first.headers["location"] == second.headers["location"]
    assert first.headers["location"].startswith(f"/notes/{note}/review")
    assert count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note) == 1
    key, text, at = one(
        practice, "SELECT request_key, text, created_at FROM note_addendum WHERE note_id = :n", n=note
    )
    assert key == form["idempotency_key"] and text == words
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'note' AND record_id = :n AND detail = 'addendum'",
            n=str(note),
        )
        == 1
    )
    shown = author.get(first.headers["location"]).text
    listed = shown[shown.index('id="addenda"') :]
    stamp = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    assert words in listed and in_clinic_words(stamp, NY) in listed
    assert "added after signing by" in listed and "Addendum added and signed." in shown
    assert not re.search(r"\d{4}-\d\d-\d\dT?\d", listed[: listed.index("</ol>")])

    # the PDF carries it in the same words
    api = practice.client()
    pdf = api.get(f"/api/v1/notes/{note}/pdf", headers=login_as_provider(practice, api, provider))
    assert pdf.status_code == 200


def test_a_refused_addendum_comes_back_at_the_notes_page_as_typed_and_only_to_its_author(practice) -> None:
    note, provider = _signed(practice, skip=8)
    author = page_client(practice, provider_id=provider)
    page = author.get(f"/notes/{note}/review")
    too_long = "Called back about the home program. " * 150  # over 5,000 characters
    form = {"text": too_long, "idempotency_key": _key(page.text, "addendum-form")}
    where = _refused_at(
        author.post(f"/notes/{note}/addenda", data=form, follow_redirects=False), f"/notes/{note}/review"
    )
    again = author.get(where)
    assert again.status_code == 422
    assert "An addendum needs text (at most 5,000 characters)" in again.text
    assert 'id="addendum-error"' in again.text and too_long.strip()[:200] in again.text
    assert author.get(where).text == again.text  # a reload shows it again; nothing is posted
    assert count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note) == 0
    # the same click again (its key) lands on the same refusal
    assert (
        author.post(f"/notes/{note}/addenda", data=form, follow_redirects=False).headers["location"] == where
    )

    # someone else with the address gets the page as it is for them, not the author's typing
    owner = page_client(practice, "owner")
    theirs = owner.get(where)
    assert theirs.status_code == 200 and "Called back about the home program" not in theirs.text
    # a colleague who did not write it is offered no form, and is refused the post
    other_provider = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' AND id != :p AND user_id IS NOT NULL"
        " ORDER BY id",
        p=provider,
    )[0]
    colleague = page_client(practice, provider_id=other_provider)
    assert 'id="addendum-form"' not in colleague.get(f"/notes/{note}/review").text
    refused = colleague.post(f"/notes/{note}/addenda", data={"text": "Not mine."}, follow_redirects=False)
    assert refused.status_code == 403 and "Not mine." not in refused.text
    assert count(practice, "SELECT COUNT(*) FROM note_addendum WHERE note_id = :n", n=note) == 0


def test_a_refused_return_comes_back_at_the_notes_page_with_the_comment(practice) -> None:
    appointment, assistant, _ = booked_appointment(practice, "PTA", "medicare", skip=3)
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=assistant)[0]
    api = practice.client()
    mine = login_as_provider(practice, api, assistant)
    note = open_and_draft(practice, api, mine, appointment, {**DRAFT, "measures": []})
    assert (
        post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=mine).json()["status"]
        == "awaiting_cosign"
    )
    boss = page_client(practice, provider_id=supervisor)
    page = boss.get(f"/notes/{note}/review")
    too_long = "Add the minutes. " * 130  # over 2,000 characters
    form = {"comment": too_long, "idempotency_key": _key(page.text, "return-form")}
    where = _refused_at(
        boss.post(f"/notes/{note}/return", data=form, follow_redirects=False), f"/notes/{note}/review"
    )
    again = boss.get(where)
    assert again.status_code == 422 and "Say what to correct" in again.text
    assert 'id="comment-error"' in again.text and too_long.strip()[:100] in again.text
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "awaiting_cosign"


def test_each_refused_form_is_shown_again_at_its_own_pages_address(practice) -> None:
    """The forms whose page is not their post's address: each refusal lands on the page's."""
    patient = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id")[0]
    therapist = page_client(practice, "therapist")
    where = _refused_at(
        therapist.post(
            f"/patients/{patient}/plans/new",
            data={"icd10_codes": "M17.11", "start_date": "2027-03-01", "end_date": "2027-02-01"},
            follow_redirects=False,
        ),
        f"/patients/{patient}/plans/new",
    )
    assert therapist.get(where).status_code == 422

    desk = page_client(practice, "front_desk")
    kind = one(practice, "SELECT id FROM appointment_type WHERE clinic_id = 1 ORDER BY id")[0]
    reply = desk.post(
        "/waitlist",
        data={
            "patient_id": patient,
            "appointment_type_id": kind,
            "weekdays": ["2"],
            "earliest": "17:00",
            "latest": "09:00",
        },
        follow_redirects=False,
    )
    where = _refused_at(reply, f"/waitlist/new?patient={patient}")
    shown = desk.get(where)
    assert shown.status_code == 422 and "The latest time must be after the earliest" in shown.text
    assert 'value="17:00"' in shown.text

    biller = page_client(practice, "biller")
    claim_patient = one(practice, "SELECT patient_id FROM claim WHERE clinic_id = 1 ORDER BY id")[0]
    reply = biller.post(
        f"/billing/patients/{claim_patient}/payments",
        data={"received_on": "2026-11-20", "method": "check", "reference": "R-AGAIN-1", "amount": "0"},
        follow_redirects=False,
    )
    where = _refused_at(reply, f"/billing/patients/{claim_patient}/ledger")
    shown = biller.get(where)
    assert shown.status_code == 422 and 'value="R-AGAIN-1"' in shown.text
    denied = one(practice, "SELECT id FROM claim WHERE status = 'denied' AND clinic_id = 1 ORDER BY id")[0]
    reply = biller.post(
        f"/billing/claims/{denied}/write-off", data={"reason": " ", "line": "1"}, follow_redirects=False
    )
    where = _refused_at(reply, f"/billing/claims/{denied}")
    assert "say why" in biller.get(where).text
