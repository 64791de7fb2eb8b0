"""A day in a page's heading reads as a US clinic says it (#20): 'Monday, December 14', never the
'Monday 14 December' strftime('%A %d %B') wrote."""

from datetime import date

import pytest

from core.timeutil import weekday_words


@pytest.mark.parametrize(
    ("day", "year", "said"),
    [
        (date(2026, 12, 14), False, "Monday, December 14"),
        (date(2026, 12, 4), False, "Friday, December 4"),
        (date(2026, 12, 4), True, "Friday, December 4, 2026"),
        (date(2027, 1, 1), True, "Friday, January 1, 2027"),
    ],
)
def test_a_day_reads_weekday_month_day(day: date, year: bool, said: str) -> None:
    assert weekday_words(day, year) == said
