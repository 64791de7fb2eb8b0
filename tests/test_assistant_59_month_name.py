"""A month is said by its name or its short form, and its day is no clock time (#19): "is Rachel Martin 3:30 or
4 fri" was read as Sun Mar 3, 2030 ("Mar" of "Martin", "3" of "3:30"), and the 3:30 was lost to it."""

from datetime import date

import pytest

from assistant.understand import slots

TODAY = date(2029, 12, 26)  # a Wednesday


@pytest.mark.parametrize(
    ("said", "days", "times"),
    [
        # failed before: a name starting like a month, or a clock time after a month, became a date
        ("is Rachel Martin 3:30 or 4 fri", [date(2029, 12, 28)], [930, 960]),
        ("is rachel martin 3:30 or 4 fri", [date(2029, 12, 28)], [930, 960]),
        ("june 3:30", [], [930]),
        ("maybe 3 visits", [], []),
        ("is Janet Mayfield 2 or 2:30 tmrw", [date(2029, 12, 27)], [840, 870]),
        # must not change: a month and its day
        ("mar 3 at 2", [date(2030, 3, 3)], [840]),
        ("march 3rd", [date(2030, 3, 3)], []),
        ("dec 28 at 3:30", [date(2029, 12, 28)], [930]),
        ("may 3", [date(2030, 5, 3)], []),
        ("sept 4, 2029", [date(2029, 9, 4)], []),
        ("Martin 3pm tmrw", [date(2029, 12, 27)], [900]),
        ("jan. 2 at 10", [date(2030, 1, 2)], [600]),
    ],
)
def test_a_month_is_its_name_and_its_day_no_clock(said: str, days: list[date], times: list[int]) -> None:
    frame = slots(said, TODAY)
    assert [d.value for d in frame.days] == days
    assert [t.value for t in frame.times] == times
