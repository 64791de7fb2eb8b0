"""Clinic calendar days: the holidays a clinic closes on and the rules that date them. Pure functions
over dates, read by the demo builder (the days its clinics close) and by the assistant (a holiday said
by name in a request)."""

from datetime import MAXYEAR, MINYEAR, date, timedelta


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1: the last) `weekday` (0 = Monday) of the month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = (date(year, month, 1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Easter Sunday of the year (Western churches): the anonymous Gregorian algorithm (Meeus, Astronomical
    Algorithms, ch. 8)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def observed(day: date) -> date:
    """The working day a holiday is observed on: one falling on a Saturday the Friday before, on a Sunday
    the Monday after (5 U.S.C. 6103(b), as employers follow it)."""
    return day + timedelta(days={5: -1, 6: 1}.get(day.weekday(), 0))


def closed_holidays(year: int) -> list[tuple[str, date]]:
    """The six holidays a clinic closes on, as each falls in the year (before it is observed)."""
    return [
        ("New Year's Day", date(year, 1, 1)),
        ("Memorial Day", nth_weekday(year, 5, 0, -1)),
        ("Independence Day", date(year, 7, 4)),
        ("Labor Day", nth_weekday(year, 9, 0, 1)),
        ("Thanksgiving", nth_weekday(year, 11, 3, 4)),
        ("Christmas Day", date(year, 12, 25)),
    ]


def clinic_holidays(first: date, last: date) -> list[tuple[date, str]]:
    """The holidays a clinic closes on between two days (both included), each on the day it is observed,
    in date order. A New Year's Day on a Saturday is observed the Friday before, in the year before."""
    days = []
    # (the years either side are for New Year's observed across them; none past the calendar's own ends, a
    # day typed as 9999-06-01 or 0001-06-01 asks of)
    for year in range(max(first.year - 1, MINYEAR), min(last.year + 2, MAXYEAR + 1)):
        for name, day in closed_holidays(year):
            if first <= (on := observed(day)) <= last:
                days.append((on, name))
    return sorted(days)
