"""core.scheduling.calendar_days: the holidays a clinic closes on, dated by their rules (table-driven)."""

from datetime import date

import pytest

from core.scheduling.calendar_days import DEFAULT_CLOSED, clinic_holidays, easter, nth_weekday, observed


@pytest.mark.parametrize(
    ("year", "month", "weekday", "nth", "expected"),
    [
        (2026, 1, 0, 3, date(2026, 1, 19)),  # MLK Day: third Monday of January
        (2026, 5, 0, -1, date(2026, 5, 25)),  # Memorial Day: last Monday of May
        (2026, 9, 0, 1, date(2026, 9, 7)),  # Labor Day: first Monday of September
        (2026, 11, 3, 4, date(2026, 11, 26)),  # Thanksgiving: fourth Thursday of November
        (2027, 11, 3, 4, date(2027, 11, 25)),
        (2027, 5, 0, -1, date(2027, 5, 31)),  # the month's last day is the weekday itself
        (2027, 2, 0, 1, date(2027, 2, 1)),  # the month's first day is the weekday itself
        (2028, 2, 1, -1, date(2028, 2, 29)),  # a leap year's February
    ],
)
def test_nth_weekday(year: int, month: int, weekday: int, nth: int, expected: date) -> None:
    assert nth_weekday(year, month, weekday, nth) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, date(2024, 3, 31)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter(year: int, expected: date) -> None:
    assert easter(year) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 7, 4), date(2026, 7, 3)),  # a Saturday: the Friday before
        (date(2027, 7, 4), date(2027, 7, 5)),  # a Sunday: the Monday after
        (date(2025, 12, 25), date(2025, 12, 25)),  # a weekday: itself
    ],
)
def test_observed(day: date, expected: date) -> None:
    assert observed(day) == expected


def test_clinic_holidays_of_a_year_on_the_days_observed() -> None:
    assert clinic_holidays(date(2026, 1, 1), date(2026, 12, 31)) == [
        (date(2026, 1, 1), "New Year's Day"),
        (date(2026, 5, 25), "Memorial Day"),
        (date(2026, 7, 3), "Independence Day"),
        (date(2026, 9, 7), "Labor Day"),
        (date(2026, 11, 26), "Thanksgiving"),
        (date(2026, 12, 25), "Christmas Day"),
    ]


def test_a_new_years_day_on_a_saturday_is_observed_the_year_before() -> None:
    # 2028-01-01 is a Saturday: the clinic closes Friday 2027-12-31.
    assert (date(2027, 12, 31), "New Year's Day") in clinic_holidays(date(2027, 12, 1), date(2027, 12, 31))
    assert clinic_holidays(date(2028, 1, 1), date(2028, 1, 31)) == []


def test_the_demo_closes_on_the_six_unless_told() -> None:
    import inspect

    from core.demo import build

    assert inspect.signature(build.build).parameters["closed_holidays"].default == DEFAULT_CLOSED
