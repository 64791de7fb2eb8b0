"""The demo practice obeys the holidays its clinics close on (#20, #22): the builder writes them as the
owner's setting (clinic_policy.closed_holidays) and books no visit on any day they close for one; the
closures are not written as every provider's time off, which outlived an owner's choice to work a holiday
(the schedule then said "every provider is on time off" on Labor Day). Before, the builder closed on the
fixed six whatever the setting said. Table-driven, a tiny practice on SQLite and PostgreSQL."""

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from conftest import DEMO_TODAY
from sqlalchemy import Engine, text
from sqlmodel import Session

from core.demo.build import build
from core.scheduling.calendar_days import DEFAULT_CLOSED, HOLIDAYS
from core.scheduling.closed_days import day_status

ZONE = ZoneInfo("America/New_York")
# The owner of the practice works Labor Day and closes on three more.
CHOSEN = [n for n in DEFAULT_CLOSED if n != "Labor Day"] + [
    "Columbus Day",
    "Veterans Day",
    "Day after Thanksgiving",
]

# (a day of the demo's year, the holiday the clinics close for then, or None: open)
DAYS = [
    (date(2025, 11, 28), "Day after Thanksgiving"),
    (date(2026, 10, 12), "Columbus Day"),
    (date(2026, 11, 11), "Veterans Day"),
    (date(2026, 11, 26), "Thanksgiving"),  # must not change: one of the six still chosen
    (date(2026, 5, 25), "Memorial Day"),
    (date(2026, 9, 7), None),  # Labor Day: worked
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def chosen(request, databases) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    url = databases.new(request.param)
    engine = databases.engine(url)
    with engine.begin() as conn:
        build(conn, size="tiny", seed=11, today=DEMO_TODAY, closed_holidays=list(reversed(CHOSEN)))
    yield engine
    databases.release(engine)


def _local_days(engine: Engine) -> set[date]:
    with engine.connect() as conn:
        starts = conn.execute(text("SELECT starts_at FROM appointment WHERE status <> 'cancelled'")).all()
    days = set()
    for (at,) in starts:
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(at)
        days.add((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(ZONE).date())
    return days


def test_the_choice_is_the_clinics_setting(chosen: Engine) -> None:
    with chosen.connect() as conn:
        rows = conn.execute(text("SELECT clinic_id, closed_holidays FROM clinic_policy ORDER BY 1")).all()
        off = conn.execute(text("SELECT COUNT(*) FROM time_off WHERE reason LIKE '%holiday%'")).scalar_one()
    in_order = [n for n in HOLIDAYS if n in CHOSEN]
    assert [(c, json.loads(h) if isinstance(h, str) else h) for c, h in rows] == [
        (1, in_order),
        (2, in_order),
    ]
    assert off == 0


@pytest.mark.parametrize(("day", "holiday"), DAYS)
def test_no_visit_on_a_chosen_holiday(chosen: Engine, day: date, holiday: str | None) -> None:
    with Session(chosen) as session:
        assert day_status(session, 1, day).closed == holiday
    if holiday is not None:
        assert day not in _local_days(chosen)


def test_the_practice_still_has_its_visits(chosen: Engine) -> None:
    """Must not change: the visits of the weeks around the chosen days are booked on the open days."""
    days = _local_days(chosen)
    assert len(days) > 100
    assert all(day.weekday() < 5 for day in days)
