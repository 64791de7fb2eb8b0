"""Clinic calendar days: the holidays a clinic closes on and the rules that date them. Pure functions
over dates, read by the demo builder (the days its clinics close) and by the assistant (a holiday said
by name in a request)."""

from collections.abc import Callable, Collection
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


# The public holidays a clinic may close on, each with the rule that dates it in a year, in the year's
# order; whether a clinic closes on it is its owner's setting (ClinicPolicy.closed_holidays). The eves
# and the days after are no holidays of their own: one falling on a day the clinic does not work is not
# moved to another (HELD_AS_IS).
HOLIDAYS: dict[str, Callable[[int], date]] = {
    "New Year's Day": lambda y: date(y, 1, 1),
    "Martin Luther King Jr. Day": lambda y: nth_weekday(y, 1, 0, 3),
    "Presidents' Day": lambda y: nth_weekday(y, 2, 0, 3),
    "Good Friday": lambda y: easter(y) - timedelta(days=2),
    "Memorial Day": lambda y: nth_weekday(y, 5, 0, -1),
    "Juneteenth": lambda y: date(y, 6, 19),
    "Independence Day": lambda y: date(y, 7, 4),
    "Labor Day": lambda y: nth_weekday(y, 9, 0, 1),
    "Columbus Day": lambda y: nth_weekday(y, 10, 0, 2),
    "Veterans Day": lambda y: date(y, 11, 11),
    "Thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "Day after Thanksgiving": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "Christmas Eve": lambda y: date(y, 12, 24),
    "Christmas Day": lambda y: date(y, 12, 25),
    "New Year's Eve": lambda y: date(y, 12, 31),
}
HELD_AS_IS = frozenset({"Good Friday", "Day after Thanksgiving", "Christmas Eve", "New Year's Eve"})
# The six a clinic closes on unless its owner says otherwise (every clinic's list before #20's setting).
DEFAULT_CLOSED = (
    "New Year's Day",
    "Memorial Day",
    "Independence Day",
    "Labor Day",
    "Thanksgiving",
    "Christmas Day",
)


def closed_holidays(year: int, names: Collection[str] = DEFAULT_CLOSED) -> list[tuple[str, date]]:
    """The holidays of `names` (DEFAULT_CLOSED: the six a clinic closes on unless its owner chose others)
    as each falls in the year (before it is observed), in the year's order; a name not in HOLIDAYS is
    none."""
    return [(name, rule(year)) for name, rule in HOLIDAYS.items() if name in names]


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


def holidays_closed(
    first: date, last: date, worked: Collection[int], names: Collection[str] = DEFAULT_CLOSED
) -> list[tuple[date, str]]:
    """The holidays of `names` a clinic working `worked` weekdays closes on between two days (both
    included), each on the day it closes for it (observed_by; one of HELD_AS_IS on its own day only), in
    date order. A New Year's Day on a Saturday is observed the Friday before, in the year before, by a
    clinic that does not work Saturdays."""
    days = []
    # (the years either side are for New Year's observed across them; none past the calendar's own ends, a
    # day typed as 9999-06-01 or 0001-06-01 asks of)
    for year in range(max(first.year - 1, MINYEAR), min(last.year + 2, MAXYEAR + 1)):
        for name, day in closed_holidays(year, names):
            on = day if name in HELD_AS_IS else observed_by(day, worked)
            if first <= on <= last and (name not in HELD_AS_IS or day.weekday() in worked):
                days.append((on, name))
    return sorted(days)


def clinic_holidays(first: date, last: date) -> list[tuple[date, str]]:
    """The holidays a Monday-to-Friday clinic closes on between two days (both included), each on the day
    it is observed (holidays_closed), in date order."""
    return holidays_closed(first, last, WEEKDAYS)
