"""How staff name days, read as US clinic staff mean them (worked examples from issue #19)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.understand import default_period, full_year, slots, weekday_after

TUE = date(2026, 12, 1)  # a Tuesday, the 1st of the month
MON, WED, THU, FRI, SUN = 0, 2, 3, 4, 6


@pytest.mark.parametrize(
    ("today", "weekday", "said", "expected"),
    [
        (TUE, WED, "next", date(2026, 12, 9)),  # not tomorrow
        (TUE, WED, "", date(2026, 12, 2)),
        (TUE, WED, "this", date(2026, 12, 2)),
        (TUE, MON, "next", date(2026, 12, 7)),
        (TUE, TUE.weekday(), "", date(2026, 12, 8)),  # "tuesday" said on a Tuesday: next week's
        (TUE, TUE.weekday(), "this", TUE),
        (date(2026, 12, 4), MON, "next", date(2026, 12, 7)),  # a Friday: next week's Monday
        (date(2026, 12, 4), THU, "", date(2026, 12, 10)),
        (date(2026, 12, 4), SUN, "next", date(2026, 12, 13)),
    ],
)
def test_weekdays(today: date, weekday: int, said: str, expected: date) -> None:
    assert weekday_after(today, weekday, said) == expected


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)), st.integers(0, 6))
def test_next_weekday_is_always_in_the_following_week(today: date, weekday: int) -> None:
    day = weekday_after(today, weekday, "next")
    assert day.weekday() == weekday and day > today
    assert day.isocalendar()[1] != today.isocalendar()[1] and (day - today).days <= 13


@pytest.mark.parametrize(
    ("written", "expected"),
    [(92, 1992), (1992, 1992), (26, 2026), (27, 2027), (36, 2036), (37, 1937), (5, 2005)],
)
def test_two_digit_years(written: int, expected: int) -> None:
    assert full_year(written, TUE) == expected


def test_a_birth_date_is_never_a_visit_day() -> None:
    said = slots("is maria born 1/14/92 on the schedule", TUE)
    assert said.dob == date(1992, 1, 14) and said.day is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("book her next wed at 10", date(2026, 12, 9)),
        ("anything open wed", date(2026, 12, 2)),
        ("what about 12/14/26", date(2026, 12, 14)),
    ],
)
def test_days_in_messages(text: str, expected: date) -> None:
    assert slots(text, TUE).day == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (TUE, (date(2026, 11, 1), date(2026, 11, 30))),  # on the 1st: last full month, not one day
        (date(2026, 12, 2), (date(2026, 12, 1), date(2026, 12, 2))),
        (date(2026, 1, 1), (date(2025, 12, 1), date(2025, 12, 31))),
    ],
)
def test_figures_without_a_range(today: date, expected: tuple[date, date]) -> None:
    assert default_period(today) == expected


WED_DEC_2 = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("said", "year", "expected"),
    [
        ("thanksgiving", 2026, date(2026, 11, 26)),  # the fourth Thursday of November
        ("thanksgiving", 2027, date(2027, 11, 25)),
        ("black friday", 2026, date(2026, 11, 27)),
        ("memorial day", 2027, date(2027, 5, 31)),  # the last Monday of May
        ("labor day", 2026, date(2026, 9, 7)),  # the first Monday of September
        ("mlk day", 2027, date(2027, 1, 18)),  # the third Monday of January
        ("presidents day", 2027, date(2027, 2, 15)),
        ("columbus day", 2026, date(2026, 10, 12)),
        ("july 4th", 2027, date(2027, 7, 4)),
        ("christmas eve", 2026, date(2026, 12, 24)),
        ("new years eve", 2026, date(2026, 12, 31)),
    ],
)
def test_a_holiday_is_its_day_of_that_year(said: str, year: int, expected: date) -> None:
    from assistant.understand import holiday

    assert holiday(said, date(year, 1, 1)) == expected  # said on New Year's Day: that year's


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # said on Wed Dec 2, 2026: a holiday within the last two months is this year's, others the next
        ("is Douglas Bailey coming the day after thanksgiving", [date(2026, 11, 27)]),
        ("book her the day after christmas", [date(2026, 12, 26)]),
        ("are we open christmas eve", [date(2026, 12, 24)]),
        ("book rose on MLK day", [date(2027, 1, 18)]),
        ("new years day", [date(2027, 1, 1)]),
        ("can she come the day before new years eve", [date(2026, 12, 30)]),
        ("the week before christmas", [date(2026, 12, 18)]),
        # "a week from friday": a week after the coming Friday, not a week from today
        ("a week from friday", [date(2026, 12, 11)]),
        ("move her to a week from monday same time", [date(2026, 12, 14)]),
        ("two weeks from thursday at 3", [date(2026, 12, 17)]),
        ("2 weeks after the 14th", [date(2026, 12, 28)]),
        ("the day after tomorrow", [date(2026, 12, 4)]),  # unchanged
        # a holiday in passing is no day asked
        ("she was chatting about her grandkids coming for christmas", []),
        ("she last came in, I think it was before thanksgiving", []),
        ("book her friday", [date(2026, 12, 4)]),  # unchanged
    ],
)
def test_holidays_and_days_counted_from_another_day(text: str, days: list[date]) -> None:
    frame = slots(text, WED_DEC_2)
    assert [d.value for d in frame.days] == days, text
    if days:  # a holiday read as a day is no candidate name (one in passing is left as it was)
        assert not {"thanksgiving", "christmas", "mlk", "two", "eve"} & {w.lower() for w in frame.words}


@pytest.mark.parametrize(
    ("hour", "minute", "words"),
    [
        (0, 0, "12:00 AM"),
        (0, 5, "12:05 AM"),
        (9, 5, "9:05 AM"),
        (11, 59, "11:59 AM"),
        (12, 0, "12:00 PM"),
        (12, 30, "12:30 PM"),
        (13, 15, "1:15 PM"),
        (23, 45, "11:45 PM"),
    ],
)
def test_time_of_day_words(hour: int, minute: int, words: str) -> None:
    from core.timeutil import clock_words

    assert clock_words(hour, minute) == words


@given(st.integers(0, 23), st.integers(0, 59))
def test_time_of_day_words_read_back(hour: int, minute: int) -> None:
    from core.timeutil import clock_words

    clock, meridian = clock_words(hour, minute).split()
    h, m = (int(part) for part in clock.split(":"))
    assert 1 <= h <= 12 and m == minute and (h % 12 + (12 if meridian == "PM" else 0)) == hour


MONDAY = date(2026, 12, 14)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("move the visit he missed thursday to friday", date(2026, 12, 10)),
        ("she no-showed on tues, can we move it", date(2026, 12, 8)),
        ("reschedule his wed he skipped", date(2026, 12, 9)),
        ("the friday one Ana Ruiz missed, put it on thu", date(2026, 12, 11)),
        ("she didn't show up wednesday, move her", date(2026, 12, 9)),
        ("rebook the appt she missed on friday", date(2026, 12, 11)),
        ("the tuesday visit that he no showed", date(2026, 12, 8)),
        ("move her friday to monday", date(2026, 12, 18)),  # nothing gone by said: the coming Friday
        ("she missed a lot, move her friday", date(2026, 12, 18)),  # "missed" not said of that day
    ],
)
def test_a_weekday_said_with_what_happened_is_the_one_gone_by(said: str, day: date) -> None:
    frame = slots(said, MONDAY)
    assert frame.days and frame.days[0].value == day
    assert frame.days[0].past == (day < MONDAY)
