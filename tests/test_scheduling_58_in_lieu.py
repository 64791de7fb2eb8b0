"""A weekend holiday at a clinic that works neither it nor the day it is observed on (#20, helper-330's
review of a95a79d): a Monday-to-Thursday clinic closed for a Saturday Christmas on the Friday, a day it
is closed anyway, so it never closed for Christmas; it closes on its nearest working day that way in the
holiday's week, in lieu. The rows that were right stay so."""

from datetime import date

import pytest

from core.scheduling.calendar_days import observed_by
from core.scheduling.closed_days import closed_why

MON_THU = {0, 1, 2, 3}
TUE_SAT = {1, 2, 3, 4, 5}
MON_FRI = {0, 1, 2, 3, 4}
MON_SAT = {0, 1, 2, 3, 4, 5}


@pytest.mark.parametrize(
    ("holiday", "worked", "closes"),
    [
        (date(2027, 12, 25), MON_THU, date(2027, 12, 23)),  # Saturday Christmas: the Thursday
        (date(2022, 12, 25), TUE_SAT, date(2022, 12, 27)),  # Sunday Christmas: the Tuesday
        (date(2027, 12, 25), {0, 1, 2}, date(2027, 12, 22)),
        # must not change
        (date(2027, 12, 25), MON_FRI, date(2027, 12, 24)),  # the Friday before
        (date(2027, 12, 25), MON_SAT, date(2027, 12, 25)),  # the day itself
        (date(2022, 12, 25), MON_FRI, date(2022, 12, 26)),  # the Monday after
        (date(2028, 1, 1), MON_FRI, date(2027, 12, 31)),  # New Year's on a Saturday, the year before
        (date(2027, 5, 31), TUE_SAT, date(2027, 5, 31)),  # Memorial Day at a clinic closed Mondays
        (date(2027, 12, 25), {6}, date(2027, 12, 24)),  # nothing worked that week: as observed
    ],
)
def test_a_weekend_holiday_closes_a_working_day(holiday: date, worked: set[int], closes: date) -> None:
    assert observed_by(holiday, worked) == closes


def test_the_day_in_lieu_is_read_as_the_holiday() -> None:
    assert closed_why(date(2027, 12, 23), MON_THU) == "Christmas Day"
    assert closed_why(date(2027, 12, 24), MON_THU) == "Fridays"
    assert closed_why(date(2027, 12, 22), MON_THU) is None
