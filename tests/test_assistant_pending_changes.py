"""A proposal on the table, changed before its yes (issue 19): a visit of that day picked by its part of
the day or time ("the morning one", "no the 2:30 one") while a move waits, a time said after a slot was
taken ("fri 2:30 taken? then 3", "what about 3 then" on the day tried), the first dates of a series kept
("just the first two then"), and a refused booking pressed again ("just overlap", "fine 10:45"). Pure
tables first, then on the demo practice: the proposal is shown again or asked about, never written before
the yes, never dropped silently, and the yes writes the visit the person picked."""

import re
from datetime import date, timedelta

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask
from assistant.understand import slots
from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
THERAPIST = "pt1@riverside.example.org"
MON = date(2027, 3, 1)


@pytest.mark.parametrize(
    "said",
    [
        "put her at 10 tmrw",
        "stick him in for 2 on friday",
        "set Madison up tues thurs at 3 for ot thru march",
    ],
)
def test_a_time_asked_for_her_is_a_booking(said: str) -> None:
    assert slots(said, MON).intent == "book"


@pytest.mark.parametrize(
    ("said", "weekdays", "until"),
    [
        ("set Madison up tues thurs at 3 for ot thru march", [1, 3], date(2027, 3, 31)),
        ("book her every tues and thurs at 3 thru april", [1, 3], date(2027, 4, 30)),
        ("book her mon wed fri at 9 until march", [0, 2, 4], date(2027, 3, 31)),
    ],
)
def test_a_series_said_through_a_month_runs_to_its_end(said: str, weekdays: list[int], until: date) -> None:
    frame = slots(said, MON)
    assert frame.intent == "book" and frame.series is not None
    assert frame.series.weekdays == weekdays and frame.series.until == until


def test_two_weekdays_side_by_side_without_a_time_are_no_series() -> None:
    assert slots("move her from monday tuesday", MON).series is None


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("hmm fri 2:30 taken? then 3", [15 * 60]),
        ("2:30 is gone, so 3", [15 * 60]),
        ("ok 2:45 then", [14 * 60 + 45]),
        ("then 3", [15 * 60]),
        ("fri at 2:30 or 3", [14 * 60 + 30, 15 * 60]),  # no "then": both times stay said
    ],
)
def test_the_time_said_after_then_is_the_one_asked(said: str, minutes: list[int]) -> None:
    assert [t.value for t in slots(said, MON).times] == minutes


# -- on the demo practice -------------------------------------------------------------------------------


def _ask(practice: Practice, email: str, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _starts(practice: Practice, visit_id: int) -> object:
    with practice.engine.connect() as conn:
        return conn.execute(
            text("SELECT starts_at FROM appointment WHERE id = :i"), {"i": visit_id}
        ).scalar_one()


def _lone_visits(practice):  # type: ignore[no-untyped-def]
    """(patient's name, visit) for visits ahead that are their patient's only one that day."""
    from assistant import tools
    from core.patients.service import get
    from core.users.service import actor_by_email

    with practice.engine.connect() as conn:
        ids = conn.execute(
            text(
                """SELECT p.id FROM patient p WHERE p.clinic_id = 1
                   AND EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id AND a.status = 'booked'
                               AND a.starts_at > :now)
                   AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.id <> p.id
                                   AND q.first_name = p.first_name AND q.last_name = p.last_name)
                   ORDER BY p.id LIMIT 30"""
            ),
            {"now": (utcnow() + timedelta(days=1)).replace(tzinfo=None)},
        ).scalars()
        ids = list(ids)
    for patient_id in ids:
        with practice.session() as session:
            desk = actor_by_email(session, FRONT_DESK, "test")
            patient = get(session, actor=desk, patient_id=patient_id)
            ahead = tools.upcoming(tools.visits(session, desk, patient))
            name = tools.name(patient)
        alone = [v for v in ahead if sum(1 for w in ahead if w.starts.date() == v.starts.date()) == 1]
        if alone and alone[0].starts.date() > utcnow().date() + timedelta(days=1):
            yield name, alone[0]


def _a_move_proposed(practice: Practice) -> tuple[int, dict, str]:
    """A move proposed of a visit that is its patient's only one that day, to a week later at the same time;
    with the part of the day that visit is not in."""
    for name, visit in _lone_visits(practice):
        day = visit.starts.date()
        moved = _ask(
            practice, FRONT_DESK, f"move {name} {day:%m/%d} to {day + timedelta(days=7):%m/%d} same time"
        )
        if moved["proposal"] and moved["proposal"]["action"] == "reschedule":
            return visit.id, moved, "afternoon" if visit.starts.hour < 12 else "morning"
    pytest.fail("no visit of the demo could be proposed a week later at the same time")


def test_a_visit_picked_that_is_not_the_days_is_asked_about_and_the_move_kept(practice: Practice) -> None:
    visit_id, moved, wrong_part = _a_move_proposed(practice)
    before = _starts(practice, visit_id)
    token = moved["proposal"]["token"]
    asked = _ask(practice, FRONT_DESK, f"no the {wrong_part} one", moved["conversation_id"])
    # no such visit that day: asked, the proposal still waiting (the same one), nothing written
    assert "?" in asked["answer"] and "Still waiting for your yes" in asked["answer"], asked["answer"]
    assert asked["proposal"] and asked["proposal"]["token"] == token, asked
    assert _starts(practice, visit_id) == before
    right_part = "afternoon" if wrong_part == "morning" else "morning"
    shown = _ask(practice, FRONT_DESK, f"the {right_part} one", moved["conversation_id"])
    assert shown["proposal"] and shown["proposal"]["token"] == token, shown["answer"]
    assert "waiting for your yes" in shown["answer"], shown["answer"]
    assert _starts(practice, visit_id) == before
    done = _ask(practice, FRONT_DESK, "yes", moved["conversation_id"])
    assert _starts(practice, visit_id) != before, done["answer"]


def test_a_time_said_after_no_opening_stays_on_the_day_tried(practice: Practice) -> None:
    for name, visit in _lone_visits(practice):
        day = visit.starts.date() + timedelta(days=7)
        tried = _ask(practice, FRONT_DESK, f"move {name} {visit.starts:%m/%d} to {day:%m/%d} at 6am")
        opening = re.search(r"next openings: (\w{3} \w{3} \d+), (\d{1,2}:\d\d [AP]M)", tried["answer"])
        if tried["proposal"] is None and opening and opening[1] == f"{day:%a %b} {day.day}":
            break
    else:
        pytest.fail("no visit of the demo was refused at 6am with openings that day")
    before = _starts(practice, visit.id)
    again = _ask(
        practice,
        FRONT_DESK,
        f"what about {opening[2].lower().replace(' ', '')} then",
        tried["conversation_id"],
    )
    # the day tried (a week later), not the visit's own day; shown for a yes, nothing written
    assert again["proposal"] and again["proposal"]["action"] == "reschedule", again["answer"]
    assert f"to {day:%a %b} {day.day}, {opening[2]}" in again["answer"], again["answer"]
    assert _starts(practice, visit.id) == before and "Confirm" in again["answer"]


def _no_auth_patient(practice: Practice) -> str:
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN insurance_policy i ON i.patient_id = p.id JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND NOT y.requires_authorization
                   AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id AND a.starts_at > :now)
                   GROUP BY p.first_name, p.last_name HAVING COUNT(*) = 1 ORDER BY MIN(p.id) LIMIT 1"""
            ),
            {"now": utcnow().replace(tzinfo=None)},
        ).scalar_one()


def test_just_the_first_dates_of_a_series_are_proposed_again(practice: Practice) -> None:
    name = _no_auth_patient(practice)
    first = _ask(practice, FRONT_DESK, f"book {name} every tues and thurs at 11 for 3 weeks")
    assert first["proposal"] and first["proposal"]["action"] == "book", first["answer"]
    token = first["proposal"]["token"]
    with practice.engine.connect() as conn:
        count = conn.execute(text("SELECT COUNT(*) FROM appointment")).scalar_one()
    again = _ask(practice, FRONT_DESK, "just the first two then, rest after reauth", first["conversation_id"])
    assert again["proposal"] and again["proposal"]["token"] != token, again["answer"]
    assert "left out, as you said" in again["answer"], again["answer"]
    with practice.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM appointment")).scalar_one() == count


def test_a_refused_booking_pressed_again_is_refused_again(practice: Practice) -> None:
    first = _ask(practice, THERAPIST, "put her at 10 tmrw")
    assert first["proposal"] is None and "can't" in first["answer"], first["answer"]
    for said in ("just overlap, she's quick", "fine 10:45"):
        again = _ask(practice, THERAPIST, said, first["conversation_id"])
        assert again["proposal"] is None and "can't" in again["answer"], (said, again["answer"])
