"""Review of c7a5b09 / c47a2b3 (#20): a visit opened ahead of its day (pre-charting) and expired wait-list
offers.

(1) A booked appointment moved after its visit was opened ahead takes its visit along (date of service,
provider and the draft note's provider), audited; a documented visit (recorded, note signed) refuses the
move; signing waits for the appointment's time where it is later than the visit's date.
(2) Nothing is recorded, nor consent taken, before the visit's day, through the services (the API), not
only on the page; opened again on its day with consent ticked, the consent is taken (audited); a draft
prepared ahead does not refuse the consent on the day, a note written on the day still does.
(3) A visit only opened ahead does not block undoing a mistaken check-in or no-show; a recorded one does.
(4) expire_lapsed reads the entries under a lock: an entry booked meanwhile is never put back to waiting;
each expiry is audited on its entry."""

from datetime import datetime, timedelta

import pytest
from conftest import Practice
from note_helpers import DRAFT
from scheduling_helpers import follow_up_to_open, one, provider_actor, therapist
from sqlalchemy import text
from sqlmodel import Session
from test_visit_day import _count, _visit_day, follow_up_provider

from core.errors import Conflict, Invalid
from core.notes.workflow import DraftIn, create_draft, sign, signing_wait
from core.recordings import service as recordings
from core.scheduling import booking
from core.scheduling.booking import RescheduleRequest, next_open
from core.scheduling.calendar import clinic_zone, load_provider, load_type
from core.scheduling.models import Appointment, WaitListEntry, WaitListOffer
from core.scheduling.offers import expire_lapsed
from core.timeutil import as_utc, clock_at, utcnow
from core.visits.rules import WRITTEN, consent_refusal, documented
from core.visits.service import open_visit

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


@pytest.mark.parametrize(
    ("recorded", "note_status", "is_documented"),
    [
        (False, None, False),  # opened ahead, nothing written
        (False, "draft", False),  # a note prepared ahead
        (False, "in_review", False),
        (True, None, True),  # must not change: something recorded
        (True, "draft", True),
        (False, "awaiting_cosign", True),  # must not change: signed by the assistant
        (False, "signed", True),  # must not change
    ],
)
def test_what_is_documented(recorded: bool, note_status: str | None, is_documented: bool) -> None:
    assert documented(recorded, note_status) is is_documented


@pytest.mark.parametrize(
    ("note_status", "prepared_ahead", "refused"),
    [
        (None, False, None),  # must not change: no note yet
        (None, True, None),
        ("draft", True, None),  # a draft prepared ahead: consent is taken on the day
        ("draft", False, WRITTEN),  # must not change: a note written on the day came first
        ("in_review", True, WRITTEN),
        ("signed", True, WRITTEN),  # must not change
        ("signed", False, WRITTEN),
    ],
)
def test_when_consent_is_refused(note_status: str | None, prepared_ahead: bool, refused: str | None) -> None:
    assert consent_refusal(note_status, prepared_ahead) == refused


def _to_open(practice: Practice) -> tuple[int, int]:
    """`follow_up_to_open` of a therapist (PT, else OT, else SLP): each test takes a fresh one."""
    for credential in ("PT", "OT", "SLP"):
        try:
            return follow_up_to_open(practice, credential)
        except TypeError:  # none left of that credential
            continue
    raise AssertionError("no follow-up left to open")


def _opened_ahead(practice: Practice, draft: bool = False) -> tuple[int, int, int | None]:
    """A follow-up opened ahead (the evening before), its note drafted then where `draft`: (appointment,
    visit, note)."""
    appointment, provider = _to_open(practice)
    actor = provider_actor(practice, provider)
    _, evening_before, _ = _visit_day(practice, appointment)
    with practice.session() as session, clock_at(evening_before):
        visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
        note = (
            create_draft(session, actor=actor, visit_id=visit.id or 0, data=DraftIn(**DRAFT))
            if draft
            else None
        )
    return appointment, visit.id or 0, (note.id or 0) if note else None


def _moved(practice: Practice, appointment: int, at: datetime, provider_id: int | None = None) -> Appointment:
    """The appointment moved by the desk (at the clock `at`) to the provider's next open time a day or
    more after its start (the next that the patient is free at too)."""
    desk = practice.actor("front_desk")
    with practice.session() as session:
        current = session.get(Appointment, appointment)
        assert current is not None
        provider = load_provider(session, provider_id or current.provider_id)
        kind = load_type(session, current.appointment_type_id)
        zone = clinic_zone(session, current.clinic_id)
        after = as_utc(current.starts_at) + timedelta(days=1)
    for _ in range(20):
        with practice.session() as session, clock_at(at):
            target = next_open(session, provider, kind, after, zone)
            assert target is not None
            try:
                booked, _ = booking.reschedule_unsaved(
                    session,
                    actor=desk,
                    appointment_id=appointment,
                    request=RescheduleRequest(starts_at=target, provider_id=provider_id),
                )
            except (Conflict, Invalid) as refused:
                if "cannot be moved" in str(refused):
                    raise
                after = target + timedelta(minutes=5)
                continue
            session.commit()
            return booked.appointment
    raise AssertionError("no open time to move to")


def _visit(practice: Practice, visit_id: int) -> tuple[datetime, int]:
    service_date, provider = one(
        practice, "SELECT service_date, provider_id FROM visit WHERE id = :v", v=visit_id
    )
    return as_utc(
        service_date if isinstance(service_date, datetime) else datetime.fromisoformat(str(service_date))
    ), int(provider)


def _audits(practice: Practice, record_type: str, record_id: int, like: str) -> int:
    return _count(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE record_type = :t AND record_id = :r AND detail LIKE :d",
        t=record_type,
        r=str(record_id),
        d=like,
    )


def test_a_visit_opened_ahead_moves_with_its_appointment(practice: Practice) -> None:
    appointment, visit, note = _opened_ahead(practice, draft=True)
    starts, evening_before, _ = _visit_day(practice, appointment)
    moved = _moved(practice, appointment, evening_before)
    served, provider = _visit(practice, visit)
    assert served == as_utc(moved.starts_at) and served > starts
    assert provider == moved.provider_id
    assert _audits(practice, "visit", visit, "moved with its appointment: date of service%") == 1
    # on the old day the note is not signed: the visit is now on its new day
    author = provider_actor(practice, follow_up_provider(practice, appointment))
    with practice.session() as session, clock_at(starts + timedelta(hours=1)):
        assert signing_wait(session, visit) is not None
        with pytest.raises(Invalid, match="it can be signed from that day"):
            sign(session, actor=author, note_id=note or 0)
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 0


def test_a_visit_opened_ahead_moves_to_the_new_provider_with_its_draft(practice: Practice) -> None:
    appointment, visit, note = _opened_ahead(practice, draft=True)
    _, evening_before, _ = _visit_day(practice, appointment)
    old_provider = follow_up_provider(practice, appointment)
    other = next(p for p in (therapist(practice, 1, "PT", offset=k) for k in range(4)) if p != old_provider)
    moved = _moved(practice, appointment, evening_before, provider_id=other)
    assert moved.provider_id == other
    assert _visit(practice, visit)[1] == other
    assert one(practice, "SELECT provider_id FROM note WHERE id = :n", n=note)[0] == other
    assert _audits(practice, "visit", visit, f"%provider {old_provider} moved to {other}%") == 1


def test_an_appointment_without_a_visit_moves_as_before(practice: Practice) -> None:
    """Must not change: no visit on it, nothing but the appointment moves."""
    appointment, _ = _to_open(practice)
    _, evening_before, _ = _visit_day(practice, appointment)
    visits = _count(practice, "SELECT COUNT(*) FROM visit")
    _moved(practice, appointment, evening_before)
    assert _count(practice, "SELECT COUNT(*) FROM visit") == visits
    assert _count(practice, "SELECT COUNT(*) FROM visit WHERE appointment_id = :a", a=appointment) == 0


def test_a_documented_visit_refuses_the_move(practice: Practice) -> None:
    appointment, visit, _ = _opened_ahead(practice)
    starts, evening_before, _ = _visit_day(practice, appointment)
    actor = provider_actor(practice, follow_up_provider(practice, appointment))
    with practice.session() as session, clock_at(starts):  # dictated on its day, the desk not told
        recordings.start(session, actor=actor, visit_id=visit, kind="dictation", audio_format="webm")
    before = one(practice, "SELECT starts_at FROM appointment WHERE id = :a", a=appointment)[0]
    with pytest.raises(Conflict, match="its visit is documented"):
        _moved(practice, appointment, starts)
    assert one(practice, "SELECT starts_at FROM appointment WHERE id = :a", a=appointment)[0] == before
    assert _visit(practice, visit)[0] == starts


def test_signing_waits_for_the_appointments_later_time(practice: Practice) -> None:
    """A visit opened ahead whose appointment moved on before this fix (the visit's date left behind)."""
    appointment, visit, note = _opened_ahead(practice, draft=True)
    starts, _, _ = _visit_day(practice, appointment)
    with practice.engine.begin() as connection:
        connection.execute(
            text("UPDATE appointment SET starts_at = :s, ends_at = :e WHERE id = :a"),
            {
                "s": (starts + timedelta(days=2)).replace(tzinfo=None),
                "e": (starts + timedelta(days=2, hours=1)).replace(tzinfo=None),
                "a": appointment,
            },
        )
    author = provider_actor(practice, follow_up_provider(practice, appointment))
    with practice.session() as session, clock_at(starts + timedelta(hours=1)):
        assert "it can be signed from that day" in (signing_wait(session, visit) or "")
    with practice.session() as session, clock_at(starts + timedelta(days=2, hours=1)):
        assert signing_wait(session, visit) is None  # must not change: on the (new) day it is signed
        assert sign(session, actor=author, note_id=note or 0).status == "signed"


@pytest.mark.parametrize("kind", ["live", "upload", "dictation"])
def test_nothing_is_recorded_before_the_visits_day(practice: Practice, kind: str) -> None:
    appointment, visit, _ = _opened_ahead(practice)
    _, evening_before, _ = _visit_day(practice, appointment)
    actor = provider_actor(practice, follow_up_provider(practice, appointment))
    with (
        practice.session() as session,
        clock_at(evening_before),
        pytest.raises(Conflict, match="recording, signing and billing wait until that day"),
    ):
        recordings.start(session, actor=actor, visit_id=visit, kind=kind, audio_format="webm")
    with (
        practice.session() as session,
        clock_at(evening_before),
        pytest.raises(Conflict, match="recording, signing and billing wait until that day"),
    ):
        recordings.give_recording_consent(session, actor=actor, visit_id=visit)
    assert _count(practice, "SELECT COUNT(*) FROM recording WHERE visit_id = :v", v=visit) == 0
    assert not one(practice, "SELECT recording_consent FROM visit WHERE id = :v", v=visit)[0]


def test_opened_again_on_its_day_with_consent_takes_it(practice: Practice) -> None:
    appointment, visit, _ = _opened_ahead(practice)
    starts, _, _ = _visit_day(practice, appointment)
    actor = provider_actor(practice, follow_up_provider(practice, appointment))
    with practice.session() as session, clock_at(starts - timedelta(minutes=20)):
        again = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
    assert again.id == visit and again.recording_consent
    assert _audits(practice, "visit", visit, "opened on its day with recording consent given") == 1
    with practice.session() as session, clock_at(starts):  # and the room is recorded
        assert recordings.start(session, actor=actor, visit_id=visit, kind="live", audio_format="webm").id


def test_opened_again_on_its_day_without_consent_changes_nothing(practice: Practice) -> None:
    """Must not change: consent not ticked is not taken; live recording refused, dictation allowed."""
    appointment, visit, _ = _opened_ahead(practice)
    starts, _, _ = _visit_day(practice, appointment)
    actor = provider_actor(practice, follow_up_provider(practice, appointment))
    with practice.session() as session, clock_at(starts - timedelta(minutes=20)):
        assert not open_visit(
            session, actor=actor, appointment_id=appointment, recording_consent=False
        ).recording_consent
    with practice.session() as session, clock_at(starts), pytest.raises(Conflict, match="not consented"):
        recordings.start(session, actor=actor, visit_id=visit, kind="live", audio_format="webm")
    with practice.session() as session, clock_at(starts):
        assert recordings.start(
            session, actor=actor, visit_id=visit, kind="dictation", audio_format="webm"
        ).id
    assert _audits(practice, "visit", visit, "%recording consent%") == 0
    assert _audits(practice, "visit", visit, "opened on its day") == 1


def test_consent_on_the_day_over_a_draft_prepared_ahead(practice: Practice) -> None:
    appointment, visit, _ = _opened_ahead(practice, draft=True)
    starts, _, _ = _visit_day(practice, appointment)
    actor = provider_actor(practice, follow_up_provider(practice, appointment))
    with practice.session() as session, clock_at(starts):
        assert recordings.give_recording_consent(session, actor=actor, visit_id=visit).recording_consent
    assert _audits(practice, "visit", visit, "recording consent given after opening") == 1


def test_consent_over_a_note_written_on_the_day_is_refused_as_before(practice: Practice) -> None:
    appointment, provider = _to_open(practice)
    starts, _, _ = _visit_day(practice, appointment)
    actor = provider_actor(practice, provider)
    with practice.session() as session, clock_at(starts):
        visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=False)
        create_draft(session, actor=actor, visit_id=visit.id or 0, data=DraftIn(**DRAFT))
    with practice.session() as session, clock_at(starts), pytest.raises(Conflict, match="note is written"):
        recordings.give_recording_consent(session, actor=actor, visit_id=visit.id or 0)


def test_a_check_in_undone_over_a_visit_opened_ahead(practice: Practice) -> None:
    appointment, _, _ = _opened_ahead(practice, draft=True)
    starts, _, _ = _visit_day(practice, appointment)
    desk = practice.actor("front_desk")
    with Session(practice.engine) as session, clock_at(starts - timedelta(minutes=10)):
        booking.check_in(session, actor=desk, appointment_id=appointment)
    with Session(practice.engine) as session, clock_at(starts - timedelta(minutes=5)):
        assert booking.undo_check_in(session, actor=desk, appointment_id=appointment).status == "booked"


def test_a_no_show_undone_over_a_visit_opened_ahead(practice: Practice) -> None:
    appointment, _, _ = _opened_ahead(practice)
    starts, _, _ = _visit_day(practice, appointment)
    desk = practice.actor("front_desk")
    with Session(practice.engine) as session, clock_at(starts + timedelta(minutes=10)):
        booking.no_show(session, actor=desk, appointment_id=appointment, reason="did not arrive")
    with Session(practice.engine) as session, clock_at(starts + timedelta(minutes=15)):
        put = booking.undo_no_show(session, actor=desk, appointment_id=appointment, arrived=True)
        assert put.status == "checked_in"


def test_a_recorded_visit_still_blocks_the_undo(practice: Practice) -> None:
    """Must not change: something recorded on the visit is documented; the check-in stands."""
    appointment, visit, _ = _opened_ahead(practice)
    starts, _, _ = _visit_day(practice, appointment)
    actor = provider_actor(practice, follow_up_provider(practice, appointment))
    desk = practice.actor("front_desk")
    with Session(practice.engine) as session, clock_at(starts - timedelta(minutes=10)):
        booking.check_in(session, actor=desk, appointment_id=appointment)
    with practice.session() as session, clock_at(starts):
        recordings.start(session, actor=actor, visit_id=visit, kind="dictation", audio_format="webm")
    with (
        Session(practice.engine) as session,
        clock_at(starts + timedelta(minutes=5)),
        pytest.raises(Conflict, match="visit documented"),
    ):
        booking.undo_check_in(session, actor=desk, appointment_id=appointment)


def _entry_with_lapsed_offer(practice: Practice) -> tuple[int, int]:
    """A wait-list entry 'offered', its only offer past its hold: (entry, offer)."""
    provider = therapist(practice, 1, "PT")
    with practice.session() as session:
        kind_id, patient = session.exec(
            text(
                "SELECT a.appointment_type_id, a.patient_id FROM appointment a WHERE a.provider_id = :p "
                "ORDER BY a.id LIMIT 1"
            ).bindparams(p=provider)
        ).one()
        now = utcnow()
        entry = WaitListEntry(clinic_id=1, patient_id=patient, appointment_type_id=kind_id, status="offered")
        session.add(entry)
        session.flush()
        offer = WaitListOffer(
            entry_id=entry.id or 0,
            provider_id=provider,
            appointment_type_id=kind_id,
            starts_at=now + timedelta(days=30),
            ends_at=now + timedelta(days=30, hours=1),
            rank=1,
            expires_at=now - timedelta(hours=1),
        )
        session.add(offer)
        session.commit()
        return entry.id or 0, offer.id or 0


def test_a_booked_entry_is_never_put_back_to_waiting(practice: Practice) -> None:
    entry_id, offer_id = _entry_with_lapsed_offer(practice)
    with practice.session() as session:
        entry = session.get(WaitListEntry, entry_id)
        assert entry is not None and entry.status == "offered"  # read, and kept by the session
        session.commit()
        with practice.engine.begin() as connection:  # booked meanwhile by another hand
            connection.execute(
                text("UPDATE wait_list_entry SET status = 'booked' WHERE id = :e"), {"e": entry_id}
            )
        assert expire_lapsed(session, [1], practice.actor("front_desk")) >= 1
        session.commit()
    assert one(practice, "SELECT status FROM wait_list_entry WHERE id = :e", e=entry_id)[0] == "booked"
    assert one(practice, "SELECT status FROM wait_list_offer WHERE id = :o", o=offer_id)[0] == "expired"
    assert _audits(practice, "wait_list", entry_id, f"offer {offer_id} expired%") == 1


def test_an_offered_entry_waits_again_when_its_offer_lapses(practice: Practice) -> None:
    """Must not change: an entry still offered on its lapsed offer waits again; audited once."""
    entry_id, offer_id = _entry_with_lapsed_offer(practice)
    with practice.session() as session:
        assert expire_lapsed(session, [1]) >= 1
        session.commit()
        assert expire_lapsed(session, [1]) == 0  # nothing left to expire
        session.commit()
    assert one(practice, "SELECT status FROM wait_list_entry WHERE id = :e", e=entry_id)[0] == "waiting"
    assert one(practice, "SELECT status FROM wait_list_offer WHERE id = :o", o=offer_id)[0] == "expired"
    assert _audits(practice, "wait_list", entry_id, f"offer {offer_id} expired%") == 1
