"""An assistant's note returned by the supervisor, as the assistant's pages show it (#20): a tester found
it reading 'in review' with 'Nothing needs you now' under Alerts. Returned, it says 'returned' with the
supervisor's comment on the review page, the home work list, the chart and the week, and an alert names
it; signed again, it waits for co-signature and the return is closed everywhere."""

import re

from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft, post_on_the_visit_day
from page_helpers import page_client
from scheduling_helpers import one

DEMO_SIZE = "tiny"

COMMENT = "Add the minutes of manual therapy & the patient's response."


def _signed_by_assistant(practice, skip: int) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """(note, assistant provider, supervisor provider): a PTA's note signed, waiting for co-signature."""
    appointment, provider, _ = booked_appointment(practice, "PTA", "medicare", skip=skip)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    assert post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers).status_code == 200
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=provider)[0]
    return note, provider, supervisor


def _status_cell(page: str, note: int) -> str:
    """The home work list's status cell of the note's row."""
    listed = page[page.index('id="notes-h"') :]
    row = re.search(rf'href="/notes/{note}/review">.*?</tr>', listed, re.S)
    assert row, f"note {note} is not in the work list"
    return re.sub(r"<[^>]+>", "", row.group(0).rsplit("<td>", 1)[1])


def test_a_returned_note_shows_as_returned_with_the_comment_until_signed_again(practice) -> None:  # type: ignore[no-untyped-def]
    note, assistant, supervisor = _signed_by_assistant(practice, skip=6)
    boss = page_client(practice, provider_id=supervisor)
    reply = boss.post(
        f"/notes/{note}/return", data={"comment": COMMENT, "idempotency_key": "r1"}, follow_redirects=False
    )
    assert reply.status_code == 303, reply.text[:300]
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "in_review"

    pta = page_client(practice, provider_id=assistant)
    review = pta.get(f"/notes/{note}/review").text
    assert re.search(r'id="note-status">returned<', review)
    assert (
        'id="return-comment">Add the minutes of manual therapy &amp; the patient&#39;s response.<' in review
    )

    home = pta.get("/").text
    assert "Nothing needs you now" not in home
    assert "returned for correction by" in home and "Add the minutes of manual therapy" in home
    assert f'href="/notes/{note}/review"' in home
    cell = _status_cell(home, note)
    assert cell.startswith("returned") and "Add the minutes of manual therapy" in cell

    alerts = pta.get("/alerts").text
    assert "returned for correction by" in alerts and f'href="/notes/{note}/review"' in alerts

    patient = one(practice, "SELECT patient_id FROM note WHERE id = :n", n=note)[0]
    chart = pta.get(f"/patients/{patient}/chart").text
    row = re.search(rf'href="/notes/{note}/review">.*?</tr>', chart, re.S)
    assert row and ">returned<" in row.group(0)

    # The supervisor's own page says the same: returned, not 'in review'.
    assert re.search(r'id="note-status">returned<', boss.get(f"/notes/{note}/review").text)

    # Signed again: waiting for co-signature, the return closed (no alert, no comment banner).
    api = practice.client()
    headers = login_as_provider(practice, api, assistant)
    assert post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers).status_code == 200
    again = pta.get(f"/notes/{note}/review").text
    assert re.search(r'id="note-status">waiting for co-signature<', again)
    assert 'id="return-comment"' not in again
    assert "Returned for correction by" in again  # the history keeps it
    assert "returned for correction by" not in pta.get("/alerts").text


def test_notes_never_returned_keep_their_status(practice) -> None:  # type: ignore[no-untyped-def]
    """A draft, a note waiting for co-signature and a signed note are not 'returned'."""
    note, assistant, _ = _signed_by_assistant(practice, skip=1)
    pta = page_client(practice, provider_id=assistant)
    assert re.search(r'id="note-status">waiting for co-signature<', pta.get(f"/notes/{note}/review").text)
    assert _status_cell(pta.get("/").text, note).startswith("waiting for co-signature")
    appointment, therapist, _ = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    headers = login_as_provider(practice, api, therapist)
    draft = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    pt = page_client(practice, provider_id=therapist)
    assert re.search(r'id="note-status">draft<', pt.get(f"/notes/{draft}/review").text)
    assert (
        post_on_the_visit_day(api, draft, f"/api/v1/notes/{draft}/sign", headers=headers).status_code == 200
    )
    signed = pt.get(f"/notes/{draft}/review").text
    assert re.search(r'id="note-status">signed<', signed) and 'id="return-comment"' not in signed
