"""A visit opened and never documented is on its therapist's list (#20): a new-user trial opened a visit,
wrote nothing, and the next morning nothing said so (no note, so no charge and no reminder). Now the
therapist's alerts (home page and /alerts) say 'visit of <day> opened, no note' with a link to the
visit's note editor, from the day after the visit until a note is written; the visit's own day, another
therapist, and a visit with a note are not listed (core.alerts.service.undocumented_visits)."""

from datetime import UTC, datetime, timedelta

from note_helpers import DRAFT, booked_appointment, login_as_provider, open_visit
from page_helpers import page_client
from scheduling_helpers import clock_with_log_ins, one

DEMO_SIZE = "tiny"

SAID = "opened, no note: write it (a late entry now)"


def test_an_opened_visit_with_no_note_is_on_the_therapists_alerts_the_next_day(practice) -> None:  # type: ignore[no-untyped-def]
    appointment, provider, patient = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    visit = open_visit(api, headers, appointment)
    served = _served_of_visit(practice, visit)
    link = f'href="/visits/{visit}/note"'
    mine = page_client(practice, provider_id=provider)
    other = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' AND id != :p ORDER BY id",
        p=provider,
    )[0]
    theirs = page_client(practice, provider_id=other)

    with clock_with_log_ins(practice.engine, served + timedelta(hours=1)):  # the visit's own day
        assert link not in mine.get("/alerts").text
    with clock_with_log_ins(practice.engine, served + timedelta(days=1)):  # the day after
        home = mine.get("/").text
        assert link in home and SAID in home
        assert link in mine.get("/alerts").text
        assert link not in theirs.get("/alerts").text  # must not change: another therapist's list

    note = api.post(f"/api/v1/visits/{visit}/note", json={**DRAFT, "measures": []}, headers=headers)
    assert note.status_code == 201, note.text
    assert (
        link not in mine.get("/alerts").text
    )  # documented: off the list (its draft is on the unsigned list)
    assert patient is not None


def _served_of_visit(practice, visit: int) -> datetime:  # type: ignore[no-untyped-def]
    note_less = one(practice, "SELECT service_date FROM visit WHERE id = :v", v=visit)[0]
    served = note_less if isinstance(note_less, datetime) else datetime.fromisoformat(str(note_less))
    return served.replace(tzinfo=UTC) if served.tzinfo is None else served
