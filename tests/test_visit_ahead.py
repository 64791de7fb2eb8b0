"""Pre-charting (#20): a visit opened before its day is opened ahead (core.visits.rules.opened_ahead_words).
First opened on its day a visit is completed as before (must not change); a note prepared ahead is signed
from the visit's day on and completes the appointment then; a note prepared ahead for a visit the desk
cancelled or marked a no-show is never signed or billed; the start page on the day asks for consent as
before. The evening-before cases themselves are in tests/test_visit_day.py."""

from datetime import timedelta

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import clock_with_log_ins, follow_up_to_open, provider_actor
from test_visit_day import _count, _opened_and_drafted, _visit_day, _written, follow_up_provider

from core.errors import Invalid
from core.notes.workflow import sign
from core.timeutil import clock_at
from core.visits.service import open_visit

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def test_a_visit_first_opened_on_its_day_is_completed_as_before(practice: Practice) -> None:
    appointment, provider = follow_up_to_open(practice, "PT")
    actor = provider_actor(practice, provider)
    starts, _, _ = _visit_day(practice, appointment)
    with practice.session() as session, clock_at(starts - timedelta(minutes=30)):
        visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
    assert visit.recording_consent
    assert _written(practice, appointment) == (1, 0, 0, 1, 0)
    assert _count(
        practice, "SELECT COUNT(*) FROM appointment WHERE id = :a AND status = 'completed'", a=appointment
    )


def test_a_note_prepared_ahead_is_signed_on_its_day_and_completes_the_appointment(practice: Practice) -> None:
    appointment, _, note = _opened_and_drafted(practice, "PT", lambda a: _visit_day(practice, a)[1])
    starts, evening_before, _ = _visit_day(practice, appointment)
    author = provider_actor(practice, follow_up_provider(practice, appointment))
    assert _written(practice, appointment) == (1, 0, 0, 1, 1)
    with (
        practice.session() as session,
        clock_at(evening_before),
        pytest.raises(Invalid, match="it can be signed from that day"),
    ):
        sign(session, actor=author, note_id=note)
    assert _written(practice, appointment) == (1, 0, 0, 1, 1), "nothing signed or billed ahead"
    with practice.session() as session, clock_at(starts + timedelta(hours=1)):
        assert sign(session, actor=author, note_id=note).status == "signed"
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) > 0
    assert _count(
        practice, "SELECT COUNT(*) FROM appointment WHERE id = :a AND status = 'completed'", a=appointment
    )


@pytest.mark.parametrize("status", ["cancelled", "no_show"])
def test_a_note_prepared_ahead_for_a_visit_not_kept_is_never_signed(practice, status) -> None:  # type: ignore[no-untyped-def]
    appointment, _, note = _opened_and_drafted(practice, "PT", lambda a: _visit_day(practice, a)[1])
    starts, _, _ = _visit_day(practice, appointment)
    author = provider_actor(practice, follow_up_provider(practice, appointment))
    with practice.engine.begin() as connection:  # the desk cancelled it, or marked the patient missing
        connection.exec_driver_sql(f"UPDATE appointment SET status = '{status}' WHERE id = {appointment}")
    with (
        practice.session() as session,
        clock_at(starts + timedelta(hours=1)),
        pytest.raises(Invalid, match="so its note is not signed or billed"),
    ):
        sign(session, actor=author, note_id=note)
    assert _count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 0
    assert _count(
        practice, "SELECT COUNT(*) FROM appointment WHERE id = :a AND status = :s", a=appointment, s=status
    )


def test_the_start_page_on_the_visits_day_asks_for_consent_as_before(practice: Practice) -> None:
    appointment, provider = follow_up_to_open(practice, "PT")
    starts, _, _ = _visit_day(practice, appointment)
    pages = page_client(practice, provider_id=provider)
    with clock_with_log_ins(practice.engine, starts - timedelta(minutes=30)):
        ready = pages.get(f"/appointments/{appointment}/record")
    assert 'id="ahead"' not in ready.text and f'action="/appointments/{appointment}/record"' in ready.text
    assert 'id="open-recorded"' in ready.text
