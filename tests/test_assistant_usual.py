"""Her usual time with a day named (issue 19): "friday at her usual time" books the day said at the time most
of her recent visits share, never the first opening of the day nor her usual weekday instead; a week said
("her usual time next week") still takes her usual weekday. Where her times vary it asks."""

from datetime import date, datetime, timedelta

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant import tools
from assistant.engine import NAMED_DAY, USUAL
from assistant.service import ask
from assistant.understand import slots
from core.users.service import actor_by_email

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FRONT_DESK = "frontdesk1@riverside.example.org"
TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("put him in thurs at his usual time", True),
        ("book her the 18th, usual slot", True),
        ("12/16 in her usual slot please", True),
        ("two weeks from tuesday, same time as his usual", True),
        ("jan 4 for her usual", True),
        ("her usual time next week", False),
        ("in 3 wks same as always", False),
        ("usual slot the week after next", False),
    ],
)
def test_a_day_named_outright_is_told_from_a_week(said: str, named: bool) -> None:
    assert bool(NAMED_DAY.search(said)) is named


@pytest.mark.parametrize(
    ("said", "usual"),
    [
        ("can u put Rachel King in for the usual next wk", True),
        ("put Priya in for the usual next week", True),
        ("book him at his usual next tues", True),
        ("her usual time next week", True),
        ("is that her usual copay", False),
        ("what does she pay for the usual visit copay", False),
        ("put Priya in next week", False),
    ],
)
def test_the_usual_said(said: str, usual: bool) -> None:
    assert bool(USUAL.search(said)) is usual


def _regular(practice):  # type: ignore[no-untyped-def]
    """A clinic-1 patient of a name no other patient has, whose last visits mostly share one time and
    whose days vary (so the time, not a weekday, is what 'usual' gives), with that minute."""
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                """SELECT p.first_name, p.last_name FROM patient p WHERE p.clinic_id = 1
                   AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                        AND q.last_name = p.last_name) = 1
                   AND (SELECT COUNT(*) FROM appointment a WHERE a.patient_id = p.id) >= 4
                   ORDER BY p.id LIMIT 80"""
            )
        ).all()
    with practice.session() as session:
        desk = actor_by_email(session, FRONT_DESK, "test")
        for first, last in rows:
            found = tools.find_patients(session, desk, [first, last])
            if len(found) != 1:
                continue
            recent = [
                v for v in tools.visits(session, desk, found[0]) if v.status in tools.FUTURE + ("completed",)
            ][-8:]
            minutes = [v.minute for v in recent]
            common = max(set(minutes), key=minutes.count, default=None)
            if (
                common is not None
                and minutes.count(common) * 2 > len(recent) >= 4
                and len({v.starts.weekday() for v in recent}) > 1
            ):
                return f"{first} {last}", common
    raise AssertionError("no patient with a usual time in the demo practice")


@pytest.mark.parametrize(
    "said",
    [
        "book {name} {day} at her usual time",
        "{name} {day} in the usual slot please",
        "can you put {name} in {day}, same time as her usual",
    ],
)
def test_a_day_named_with_her_usual_time_is_that_day_at_that_time(
    practice: Practice, demo_clock: datetime, said: str
) -> None:
    name, minute = _regular(practice)
    with practice.session() as session:
        today = tools.today_in(session, 1)
    day = today + timedelta(days=21)
    while day.weekday() > 4:
        day += timedelta(days=1)
    message = said.format(name=name, day=f"{day:%B} {day.day}")
    frame = slots(message, today)
    assert frame.day == day, message
    with practice.session() as session:
        reply = ask(session, actor=actor_by_email(session, FRONT_DESK, "test"), text=message)
    clock = f"{(minute // 60 - 1) % 12 + 1}:{minute % 60:02d} {'AM' if minute < 720 else 'PM'}"
    assert f"{day:%a %b} {day.day}" in reply["answer"], reply["answer"]
    if reply["proposal"]:
        assert f"{day:%a %b} {day.day}, {clock}" in reply["answer"], reply["answer"]
    else:  # her time that day is taken: said so, nothing at another time proposed on a guess
        assert clock in reply["answer"] and "nothing was proposed" in reply["answer"].lower(), reply["answer"]
