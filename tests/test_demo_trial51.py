"""Trial 51 (#20): the demo's believability. Medicare Part B lines were denied with CARC 197
('precertification absent') though Medicare's profile asks no authorization, and fee schedules were
named '<payer> 2026' in effect from 01/01/2025. Now a payer that asks no authorization never denies for
its absence, a fee schedule is named for the year it is in effect from, and a remittance of the build's
day is never posted after the build's now (one built at 5:50 AM said 'posted ... at 10:00 AM')."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from conftest import Practice
from sqlalchemy import text

from core.demo import data
from core.demo.answered_files import day_time

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def test_the_denial_pools_differ_only_by_the_authorization_reason() -> None:
    assert {d[1] for d in data.DENIALS} - {d[1] for d in data.DENIALS_WITHOUT_AUTHORIZATION} == {"197"}
    assert all(d in data.DENIALS for d in data.DENIALS_WITHOUT_AUTHORIZATION)  # must not change: the rest


def test_no_authorization_denial_where_the_payer_asks_none_and_fee_schedules_read_their_dates(
    pristine_practice: Practice,
) -> None:
    with pristine_practice.engine.connect() as conn:
        by_payer = conn.execute(
            text(
                """SELECT y.requires_authorization, COUNT(*) FROM adjustment a
                JOIN claim_line l ON l.id = a.claim_line_id JOIN claim c ON c.id = l.claim_id
                JOIN payer y ON y.id = c.payer_id WHERE a.carc = '197' GROUP BY y.requires_authorization"""
            )
        ).all()
        schedules = conn.execute(text("SELECT name, effective_from FROM fee_schedule")).all()
    counts = {bool(needs): n for needs, n in by_payer}
    assert counts.get(False, 0) == 0, counts
    assert schedules
    for name, start in schedules:
        start = start if isinstance(start, date) else date.fromisoformat(str(start))
        assert name.endswith(f" from {start.year}"), name


NY = ZoneInfo("America/New_York")
TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("day", "hour", "now", "expected"),
    [
        # the trial: a build at 5:50 AM posted the day's remittances 'at 10:00 AM'
        (TODAY, 10, datetime(2026, 12, 6, 5, 50, tzinfo=NY), datetime(2026, 12, 6, 5, 45, tzinfo=NY)),
        (TODAY, 12, datetime(2026, 12, 6, 11, 0, tzinfo=NY), datetime(2026, 12, 6, 10, 55, tzinfo=NY)),
        # must not change: the hour itself once it has passed, or on an earlier day, or with no now
        (TODAY, 10, datetime(2026, 12, 6, 18, 0, tzinfo=NY), datetime(2026, 12, 6, 10, 0, tzinfo=NY)),
        (
            date(2026, 12, 4),
            10,
            datetime(2026, 12, 6, 5, 50, tzinfo=NY),
            datetime(2026, 12, 4, 10, 0, tzinfo=NY),
        ),
        (TODAY, 10, None, datetime(2026, 12, 6, 10, 0, tzinfo=NY)),
    ],
)
def test_a_days_posting_is_never_after_the_builds_now(day, hour, now, expected) -> None:  # type: ignore[no-untyped-def]
    at = day_time(day, hour, NY, now.astimezone(UTC) if now else None)
    assert at.tzinfo is not None and at == expected.astimezone(UTC)
