"""Recording consent is a choice made, and can be given later (#20): a trial found that pressing 'Open
the visit' with the consent box left unticked opened the visit with recording off for good. Now the start
page asks for an answer with two buttons (a post with neither is refused, nothing opened), and the
visit's own clinician records consent later on a visit opened without it, while its note is not written:
audited as a change to the visit, done through core.recordings.service.give_recording_consent."""

import re

import pytest
from note_helpers import DRAFT, booked_appointment, login_as_provider, on_the_visit_day_of
from page_helpers import page_client
from scheduling_helpers import count, one

DEMO_SIZE = "tiny"


def _start(practice, skip: int = 0) -> tuple[int, int, object]:  # type: ignore[no-untyped-def]
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=skip)
    return appointment, provider, page_client(practice, provider_id=provider)


def _visits(practice, appointment: int) -> int:  # type: ignore[no-untyped-def]
    return count(practice, "SELECT COUNT(*) FROM visit WHERE appointment_id = :a", a=appointment)


def test_the_start_page_asks_for_an_answer_with_two_buttons(practice) -> None:  # type: ignore[no-untyped-def]
    appointment, _, client = _start(practice)
    page = client.get(f"/appointments/{appointment}/record").text
    assert 'name="consent" value="no"' in page and "Open without recording" in page
    assert 'name="consent" value="yes"' in page and "Patient consents: open and record" in page
    assert 'type="checkbox"' not in page.split('action="/appointments/')[1].split("</form>")[0]


@pytest.mark.parametrize("answer", ["", "maybe"])
def test_no_answer_opens_nothing(practice, answer: str) -> None:  # type: ignore[no-untyped-def]
    appointment, _, client = _start(practice)
    with on_the_visit_day_of(client, appointment=appointment):
        refused = client.post(
            f"/appointments/{appointment}/record", data={"consent": answer}, follow_redirects=True
        )
    # shown again at the start page's address (web/shown_again.py), with the question and both buttons
    assert (
        refused.url.path == f"/appointments/{appointment}/record"
        and "Say whether the patient consents to recording" in refused.text
    )
    assert 'id="open-recorded"' in refused.text and _visits(practice, appointment) == 0


@pytest.mark.parametrize(("answer", "consented"), [("yes", True), ("no", False)])
def test_each_answer_opens_the_visit_as_said(practice, answer: str, consented: bool) -> None:  # type: ignore[no-untyped-def]
    appointment, _, client = _start(practice)
    with on_the_visit_day_of(client, appointment=appointment):
        opened = client.post(
            f"/appointments/{appointment}/record", data={"consent": answer}, follow_redirects=False
        )
    assert opened.status_code == 303, opened.text
    visit = int(re.search(r"/visits/(\d+)/record", opened.headers["location"]).group(1))  # type: ignore[union-attr]
    assert bool(one(practice, "SELECT recording_consent FROM visit WHERE id = :v", v=visit)[0]) is consented
    record = client.get(f"/visits/{visit}/record").text
    assert ('id="recorder"' in record) is consented and ('id="consent-later"' in record) is not consented


def test_consent_given_later_is_recorded_audited_and_offers_the_recorder(practice) -> None:  # type: ignore[no-untyped-def]
    appointment, provider, client = _start(practice)
    with on_the_visit_day_of(client, appointment=appointment):
        opened = client.post(
            f"/appointments/{appointment}/record", data={"consent": "no"}, follow_redirects=False
        )
    visit = int(re.search(r"/visits/(\d+)/record", opened.headers["location"]).group(1))  # type: ignore[union-attr]

    # only the visit's own clinician records it: another therapist of the clinic is refused
    other = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' AND id != :p ORDER BY id LIMIT 1",
        p=provider,
    )[0]
    stranger = page_client(practice, provider_id=other)
    assert 'id="consent-later"' not in stranger.get(f"/visits/{visit}/record").text
    assert stranger.post(f"/visits/{visit}/consent", follow_redirects=False).status_code == 403
    assert one(practice, "SELECT recording_consent FROM visit WHERE id = :v", v=visit)[0] in (0, False)

    given = client.post(f"/visits/{visit}/consent", follow_redirects=False)
    assert given.status_code == 303 and given.headers["location"] == f"/visits/{visit}/record"
    consent, at = one(
        practice, "SELECT recording_consent, recording_consent_at FROM visit WHERE id = :v", v=visit
    )
    assert consent in (1, True) and at is not None
    record = client.get(f"/visits/{visit}/record").text
    assert 'id="recorder"' in record and 'data-kind="live"' in record and 'id="consent-later"' not in record
    assert 'value="upload"' in client.get(f"/visits/{visit}/note").text  # the session's recording too
    audited = "SELECT COUNT(*) FROM audit_entry WHERE record_id = :v AND detail = 'recording consent given after opening'"
    assert count(practice, audited, v=str(visit)) == 1
    # a second post (a double click) changes nothing and writes nothing more
    assert client.post(f"/visits/{visit}/consent", follow_redirects=False).status_code == 303
    assert count(practice, audited, v=str(visit)) == 1
    assert one(practice, "SELECT recording_consent_at FROM visit WHERE id = :v", v=visit)[0] == at


def test_consent_is_not_given_after_the_note_is_written(practice) -> None:  # type: ignore[no-untyped-def]
    """Must not change: a visit whose note is written keeps its consent as it was."""
    appointment, provider, client = _start(practice)
    with on_the_visit_day_of(client, appointment=appointment):
        opened = client.post(
            f"/appointments/{appointment}/record", data={"consent": "no"}, follow_redirects=False
        )
    visit = int(re.search(r"/visits/(\d+)/record", opened.headers["location"]).group(1))  # type: ignore[union-attr]
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    assert api.post(f"/api/v1/visits/{visit}/note", json=DRAFT, headers=headers).status_code == 201
    refused = client.post(f"/visits/{visit}/consent", follow_redirects=False)
    assert refused.status_code == 409, refused.text
    assert one(practice, "SELECT recording_consent FROM visit WHERE id = :v", v=visit)[0] in (0, False)
