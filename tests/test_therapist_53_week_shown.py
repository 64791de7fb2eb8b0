"""A clinician's week page on a Sunday opens on the week that starts the next day (#20: on a Sunday 'My
week' showed the five days just done, every note signed, not tomorrow's visits); a day asked for, and
every other day of the week, show their own week as before (must not change). core.scheduling.rules.
week_shown, pure."""

from datetime import date

import pytest

from core.scheduling.rules import week_shown

MONDAY = date(2026, 11, 30)
NEXT_MONDAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("today", "asked", "first"),
    [
        (date(2026, 12, 6), None, NEXT_MONDAY),  # Sunday: the coming week
        (date(2026, 11, 30), None, MONDAY),  # must not change: Monday to Saturday, their own week
        (date(2026, 12, 2), None, MONDAY),
        (date(2026, 12, 4), None, MONDAY),
        (date(2026, 12, 5), None, MONDAY),  # Saturday: clinics open on Saturdays see it
        (date(2026, 12, 6), date(2026, 12, 6), MONDAY),  # a Sunday asked for: its own week
        (date(2026, 12, 6), date(2026, 12, 2), MONDAY),  # the earlier-week link
        (date(2026, 12, 2), date(2026, 12, 9), NEXT_MONDAY),  # the later-week link
        (date(2026, 12, 27), None, date(2026, 12, 28)),  # across a year's end
        (date(2027, 1, 3), None, date(2027, 1, 4)),
    ],
)
def test_the_week_shown(today: date, asked: date | None, first: date) -> None:
    assert week_shown(today, asked) == first
    assert first.weekday() == 0
