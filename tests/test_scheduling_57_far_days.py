"""A day typed far off (9999-06-01, 0001-06-01, the calendar's last) on the schedule page asked the holiday
calendar for years date cannot hold, and the page failed (#20 review of the closed-day notice): the
holidays, why a day is closed and the next open day answer for every day date can hold."""

from datetime import date

import pytest

from core.scheduling.calendar_days import clinic_holidays
from core.scheduling.closed_days import closed_why, next_open

WEEKDAYS = {0, 1, 2, 3, 4}


@pytest.mark.parametrize(
    ("day", "why", "after"),
    [
        (date(9999, 6, 1), None, date(9999, 6, 2)),  # a Tuesday
        (date(1, 6, 1), "Fridays", date(1, 6, 4)),  # a Friday, in a clinic open Monday to Thursday
        (date(9999, 12, 31), "Fridays", None),
        (date(1, 1, 1), "New Year's Day", date(1, 1, 2)),
        # must not change
        (date(2027, 11, 25), "Thanksgiving", date(2027, 11, 26)),
        (date(2027, 3, 8), None, date(2027, 3, 9)),
    ],
)
def test_far_days_have_an_answer(day: date, why: str | None, after: date | None) -> None:
    worked = {0, 1, 2, 3} if why == "Fridays" else WEEKDAYS
    assert closed_why(day, worked) == why
    assert next_open(day, worked) == after


def test_the_holidays_of_the_calendars_ends() -> None:
    assert clinic_holidays(date(9999, 1, 1), date(9999, 12, 31))[-1][1] == "Christmas Day"
    assert clinic_holidays(date(1, 1, 1), date(1, 12, 31))[0] == (date(1, 1, 1), "New Year's Day")
