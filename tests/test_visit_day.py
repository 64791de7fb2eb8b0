"""A visit's note is signed or co-signed from the visit's own day on in the clinic's zone (core.visits.rules,
#20): through the services, the API and the pages. A visit opened before its day is opened ahead, to
prepare its note: the appointment stays booked, nothing is recorded, signed or billed before the day, and
on the day it is completed as a visit opened then; a note opened ahead for a visit cancelled or missed is
never signed. Signed days later (late documentation) as on the day; two signatures at once bill once."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from conftest import Practice
from note_helpers import DRAFT, login_as_provider
from page_helpers import page_client
from scheduling_helpers import (
    clock_with_log_ins,
    follow_up_to_open,
    in_clinic_time,
    one,
    provider_actor,
    supervisor_actor,
)
from server_helpers import at_once
from sqlmodel import Session

from core.errors import Conflict, Invalid
from core.notes.workflow import DraftIn, cosign, create_draft, sign
from core.scheduling.models import Appointment
from core.timeutil import clock_at
from core.visits.models import Visit
from core.visits.service import open_visit, opened_ahead, visit_ahead

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _count(practice: Practice, sql: str, **params: object) -> int:
    return int(one(practice, sql, **params)[0])


def _visit_day(practice: Practice, appointment: int) -> tuple[datetime, datetime, datetime]:
    """The appointment's start, 7:30 PM the evening before it and 12:01 AM on its day, in its clinic's zone
    (aware UTC): the evening before is already the visit's day in UTC."""
    starts, zone = one(
        practice,
        """SELECT a.starts_at, c.timezone FROM appointment a JOIN clinic c ON c.id = a.clinic_id
        WHERE a.id = :a""",
        a=appointment,
    )
    local = in_clinic_time(starts).astimezone(ZoneInfo(zone))
    evening_before = datetime.combine(local.date() - timedelta(days=1), time(19, 30), ZoneInfo(zone))
    first_minute = datetime.combine(local.date(), time(0, 1), ZoneInfo(zone))
    return local.astimezone(UTC), evening_before.astimezone(UTC), first_minute.astimezone(UTC)


def _written(practice: Practice, appointment: int) -> tuple[int, ...]:
    """What opening the appointment's visit, or signing its note, leaves: visits, signatures, charges,
    the audit's visit and note changes, and whether the appointment is still booked."""
    return (
        _count(practice, "SELECT COUNT(*) FROM visit WHERE appointment_id = :a", a=appointment),
        _count(
            practice,
            """SELECT COUNT(*) FROM note_signature s JOIN note n ON n.id = s.note_id
            JOIN visit v ON v.id = n.visit_id WHERE v.appointment_id = :a""",
            a=appointment,
        ),
        _count(
            practice,
            "SELECT COUNT(*) FROM charge c JOIN visit v ON v.id = c.visit_id WHERE v.appointment_id = :a",
            a=appointment,
        ),
        _count(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE outcome = 'allowed' AND (
                (record_type = 'visit' AND record_id IN
                    (SELECT CAST(id AS VARCHAR(20)) FROM visit WHERE appointment_id = :a))
                OR (record_type = 'note' AND action IN ('note.sign', 'note.cosign') AND record_id IN
                    (SELECT CAST(n.id AS VARCHAR(20)) FROM note n JOIN visit v ON v.id = n.visit_id
                     WHERE v.appointment_id = :a)))""",
            a=appointment,
        ),
        _count(
            practice, "SELECT COUNT(*) FROM appointment WHERE id = :a AND status = 'booked'", a=appointment
        ),
    )


def _opened_and_drafted(practice: Practice, credential: str, at: datetime) -> tuple[int, int, int]:
    """A follow-up opened and drafted at `at` by its provider: (appointment, visit, note)."""
    appointment, provider = follow_up_to_open(practice, credential)
    actor = provider_actor(practice, provider)
    with practice.session() as session, clock_at(at(appointment) if callable(at) else at):
        visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
        note = create_draft(session, actor=actor, visit_id=visit.id or 0, data=DraftIn(**DRAFT))
    return appointment, visit.id or 0, note.id or 0


def test_a_visit_opened_the_evening_before_is_opened_ahead_and_stays_booked(practice: Practice) -> None:
    appointment, provider = follow_up_to_open(practice, "PT")
    actor = provider_actor(practice, provider)
    starts, evening_before, first_minute = _visit_day(practice, appointment)
    local_day = starts.astimezone(ZoneInfo("America/New_York")).date()
    for too_early in (
        evening_before,
        first_minute - timedelta(minutes=2),
    ):  # the evening before is its day in UTC
        with practice.session() as session, clock_at(too_early):
            visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
        assert visit.id is not None and not visit.recording_consent, "the patient is not there to consent"
        # one visit, no signature, no charge, one audit entry ('opened ahead'), the appointment booked
        assert _written(practice, appointment) == (1, 0, 0, 1, 1)
    assert (
        one(
            practice,
            "SELECT detail FROM audit_entry WHERE record_type = 'visit' AND record_id = :v",
            v=str(visit.id),
        )[0]
        == "opened ahead of its day"
    )
    with practice.session() as session, clock_at(evening_before):
        said = opened_ahead(session, session.get(Appointment, appointment))
        assert said == visit_ahead(session, session.get(Visit, visit.id))
    assert said is not None and said.startswith(
        f"this visit is on {local_day:%a} {local_day:%m/%d/%Y}: before it, its note is prepared ahead"
    )
    with (
        practice.session() as session,
        clock_at(starts - timedelta(minutes=30)),
    ):  # on its day, half an hour early
        again = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
    assert again.id == visit.id
    assert _count(
        practice, "SELECT COUNT(*) FROM appointment WHERE id = :a AND status = 'completed'", a=appointment
    )
    with practice.session() as session, clock_at(starts):  # a third time changes nothing
        open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
    assert _written(practice, appointment) == (1, 0, 0, 2, 0)


def test_a_note_is_signed_from_its_date_of_service_on_and_days_later_too(practice: Practice) -> None:
    appointment, _, note = _opened_and_drafted(practice, "PT", lambda a: _visit_day(practice, a)[0])
    starts, evening_before, _ = _visit_day(practice, appointment)
    author = provider_actor(practice, follow_up_provider(practice, appointment))
    before = _written(practice, appointment)
    with (
        practice.session() as session,
        clock_at(evening_before),
        pytest.raises(Invalid, match="date of service is .*; it can be signed from that day"),
    ):  # a note whose day is still ahead
        sign(session, actor=author, note_id=note)
    assert _written(practice, appointment) == before
    assert one(practice, "SELECT status, signed_at FROM note WHERE id = :n", n=note)[0] == "draft"
    with practice.session() as session, clock_at(starts + timedelta(days=3, hours=10)):  # documented late
        signed = sign(session, actor=author, note_id=note)
    assert signed.status == "signed"
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) > 0


def follow_up_provider(practice: Practice, appointment: int) -> int:
    return int(one(practice, "SELECT provider_id FROM appointment WHERE id = :a", a=appointment)[0])


def test_an_assistants_note_is_co_signed_from_its_date_of_service_on(practice: Practice) -> None:
    appointment, _, note = _opened_and_drafted(practice, "PTA", lambda a: _visit_day(practice, a)[0])
    starts, evening_before, _ = _visit_day(practice, appointment)
    assistant = provider_actor(practice, follow_up_provider(practice, appointment))
    with (
        practice.session() as session,
        clock_at(evening_before),
        pytest.raises(Invalid, match="it can be signed from that day"),
    ):
        sign(session, actor=assistant, note_id=note)
    with practice.session() as session, clock_at(starts + timedelta(hours=1)):
        assert sign(session, actor=assistant, note_id=note).status == "awaiting_cosign"
    boss = supervisor_actor(practice, note)
    before = _written(practice, appointment)
    with (
        practice.session() as session,
        clock_at(evening_before),
        pytest.raises(Invalid, match="it can be co-signed from that day"),
    ):
        cosign(session, actor=boss, note_id=note)
    assert _written(practice, appointment) == before
    with practice.session() as session, clock_at(starts + timedelta(days=2)):
        assert cosign(session, actor=boss, note_id=note).status == "signed"


def test_two_signatures_at_once_on_the_visits_day_bill_once(practice: Practice) -> None:
    appointment, _, note = _opened_and_drafted(practice, "PT", lambda a: _visit_day(practice, a)[2])
    _, _, first_minute = _visit_day(practice, appointment)
    author = provider_actor(practice, follow_up_provider(practice, appointment))

    def send(_: int) -> object:
        with Session(practice.engine, expire_on_commit=False) as session:
            try:
                return sign(session, actor=author, note_id=note)
            except Conflict as refused:
                return refused

    with clock_at(first_minute):
        outcomes = at_once(2, send)
    assert sum(isinstance(o, Conflict) for o in outcomes) == 1, outcomes
    assert _count(practice, "SELECT COUNT(*) FROM note_signature WHERE note_id = :n", n=note) == 1
    assert _count(practice, "SELECT COUNT(DISTINCT note_id) FROM charge WHERE note_id = :n", n=note) == 1
    codes = _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note)
    assert codes == _count(practice, "SELECT COUNT(DISTINCT cpt) FROM charge WHERE note_id = :n", n=note)


def test_the_api_opens_ahead_and_refuses_signing_before_the_day_in_the_clinics_words(
    practice: Practice,
) -> None:
    appointment, provider = follow_up_to_open(practice, "PT")
    starts, evening_before, _ = _visit_day(practice, appointment)
    client = practice.client()
    headers = login_as_provider(practice, client, provider)
    before = _written(practice, appointment)
    with clock_with_log_ins(practice.engine, evening_before):
        ahead = client.post(
            f"/api/v1/appointments/{appointment}/visit", json={"recording_consent": True}, headers=headers
        )
    assert ahead.status_code == 201, ahead.text
    assert ahead.json()["recording_consent"] is False
    assert _written(practice, appointment) == (1, *before[1:3], before[3] + 1, 1), "opened ahead, booked"
    with clock_with_log_ins(practice.engine, starts):
        opened = client.post(
            f"/api/v1/appointments/{appointment}/visit", json={"recording_consent": True}, headers=headers
        )
        assert opened.status_code == 201, opened.text
        note = client.post(f"/api/v1/visits/{opened.json()['id']}/note", json=DRAFT, headers=headers)
        assert note.status_code == 201, note.text
    with clock_with_log_ins(practice.engine, evening_before):
        early = client.post(f"/api/v1/notes/{note.json()['id']}/sign", json={}, headers=headers)
    assert early.status_code == 422 and "it can be signed from that day" in early.json()["detail"], early.text
    with clock_with_log_ins(practice.engine, starts + timedelta(days=1)):
        late = client.post(f"/api/v1/notes/{note.json()['id']}/sign", json={}, headers=headers)
    assert late.status_code == 200 and late.json()["status"] == "signed", late.text


def test_the_start_page_opens_a_visit_ahead_to_prepare_its_note(practice: Practice) -> None:
    appointment, provider = follow_up_to_open(practice, "PT")
    starts, evening_before, _ = _visit_day(practice, appointment)
    pages = page_client(practice, provider_id=provider)
    with clock_with_log_ins(practice.engine, evening_before):
        start = pages.get(f"/appointments/{appointment}/record")
        week = pages.get(f"/my/week?day={starts.date().isoformat()}")
        sent = pages.post(f"/appointments/{appointment}/record", data={"consent": "no"})
    assert start.status_code == 200
    assert 'id="ahead"' in start.text and "before it, its note is prepared ahead" in start.text
    assert 'id="open-ahead"' in start.text and 'id="open-recorded"' not in start.text
    assert f'href="/appointments/{appointment}/record"' in week.text and "Prepare ahead" in week.text
    assert sent.status_code == 200, sent.text
    assert 'id="ahead"' in sent.text and "recording, signing and billing wait until that day" in sent.text
    assert "did not consent" not in sent.text and 'id="consent-later"' not in sent.text
    assert "PT daily note" in sent.text  # the note's kind in words (was 'PT daily')
    assert _count(practice, "SELECT COUNT(*) FROM visit WHERE appointment_id = :a", a=appointment) == 1
    assert _count(
        practice, "SELECT COUNT(*) FROM appointment WHERE id = :a AND status = 'booked'", a=appointment
    )
    with clock_with_log_ins(practice.engine, evening_before):
        week = pages.get(f"/my/week?day={starts.date().isoformat()}")
    visit = one(practice, "SELECT id FROM visit WHERE appointment_id = :a", a=appointment)[0]
    assert f'href="/visits/{visit}/record">Note: not started' in week.text  # opened: its note's state
    with clock_with_log_ins(practice.engine, starts - timedelta(minutes=30)):
        ready = pages.get(f"/appointments/{appointment}/record")  # opened before: its visit's page
    assert ready.status_code == 200 and 'id="ahead"' not in ready.text
    assert 'id="consent-later"' in ready.text, "the patient's consent is asked on the day"
