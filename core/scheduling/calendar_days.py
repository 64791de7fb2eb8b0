"""Clinic calendar days: the holidays a clinic closes on and the rules that date them. Pure functions
over dates, read by the demo builder (the days its clinics close) and by the assistant (a holiday said
by name in a request)."""

from collections.abc import Collection
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


# The week observed() dates holidays for: Monday to Friday.
WEEKDAYS = frozenset(range(5))


def observed_by(day: date, worked: Collection[int]) -> date:
    """The day a clinic working `worked` weekdays closes for a holiday falling on `day`: the day itself
    where the clinic works that weekday (a clinic open on Saturdays closes on a Saturday Christmas, not
    the Friday before), else the working day it is observed on (a Saturday's the Friday before, a
    Sunday's the Monday after: observed), and where the clinic does not work that day either, its nearest
    working day that way in the week, in lieu (a Monday-to-Thursday clinic closes on the Thursday for a
    Saturday Christmas, a Tuesday-to-Saturday one on the Tuesday for a Sunday one). A weekday holiday on
    a day the clinic never works closes nothing more."""
    if day.weekday() in worked:
        return day
    on = observed(day)
    if on == day or on.weekday() in worked:
        return on
    step = timedelta(days=-1 if on < day else 1)
    # (Friday back to Monday for a Saturday, Monday on to Friday for a Sunday: the holiday's own week)
    for k in range(1, 5):
        if (on + k * step).weekday() in worked:
            return on + k * step
    return on


def holidays_closed(first: date, last: date, worked: Collection[int]) -> list[tuple[date, str]]:
    """The holidays a clinic working `worked` weekdays closes on between two days (both included), each on
    the day it closes for it (observed_by), in date order. A New Year's Day on a Saturday is observed the
    Friday before, in the year before, by a clinic that does not work Saturdays."""
    days = []
    # (the years either side are for New Year's observed across them; none past the calendar's own ends, a
    # day typed as 9999-06-01 or 0001-06-01 asks of)
    for year in range(max(first.year - 1, MINYEAR), min(last.year + 2, MAXYEAR + 1)):
        for name, day in closed_holidays(year):
            if first <= (on := observed_by(day, worked)) <= last:
                days.append((on, name))
    return sorted(days)


def clinic_holidays(first: date, last: date) -> list[tuple[date, str]]:
    """The holidays a Monday-to-Friday clinic closes on between two days (both included), each on the day
    it is observed (holidays_closed), in date order."""
    return holidays_closed(first, last, WEEKDAYS)
