"""Times are stored in UTC (timezone-aware) and shown in the clinic's time zone."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, tzinfo

# How far the process's clock is set from the wall clock: zero but inside `clock_at`.
_offset = timedelta(0)


def utcnow() -> datetime:
    """Now, as every service and page reads it: the wall clock, or the clock `clock_at` has set."""
    return datetime.now(UTC) + _offset


@contextmanager
def clock_at(moment: datetime) -> Iterator[None]:
    """The clock reads `moment` (aware) on entry and runs on from there until the block ends.

    For tests of rules that hang on the hour (check-in is for today's visits, booking only ahead of
    now): on the wall clock such a test passes by day and has nothing to do after closing time.
    Process-wide, so the web app's worker threads read it too."""
    global _offset
    before = _offset
    _offset = moment - datetime.now(UTC)
    try:
        yield
    finally:
        _offset = before


def as_utc(moment: datetime) -> datetime:
    """A stored time as aware UTC: SQLite gives naive datetimes back, PostgreSQL aware ones."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The day a stored time falls on in a zone: a visit's date of service is its clinic's day, not
    UTC's (a 7 PM Eastern visit is the next day in UTC)."""
    return as_utc(moment).astimezone(zone).date()


def clock_words(hour: int, minute: int) -> str:
    """A time of day as the clinic says it: '9:05 AM', '12:30 PM', '12:00 AM' (one spelling for every
    page and reply)."""
    return f"{hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def clinic_day(day: date) -> str:
    """A day as the pages, PDFs and replies write it: 12/03/2026 (never the ISO 2026-12-03)."""
    return f"{day:%m/%d/%Y}"


def weekday_words(day: date, year: bool = False) -> str:
    """A day as a heading says it, US order, no leading zero: 'Monday, December 14' (', 2026' with
    the year), never '14 December'."""
    return f"{day:%A, %B} {day.day}" + (f", {day.year}" if year else "")


def span_words(start: date, end: date) -> str:
    """A range of days as a heading says it, US order, no leading zero: 'Nov 1 – Nov 30, 2026', 'Dec 1,
    2025 – Jan 31, 2026' across a year, one day as 'November 1, 2026' (never 'Nov 01, 2026')."""
    if start == end:
        return f"{start:%B} {start.day}, {start.year}"
    first = f"{start:%b} {start.day}" + (f", {start.year}" if start.year != end.year else "")
    return f"{first} – {end:%b} {end.day}, {end.year}"


def in_clinic_words(moment: datetime, zone: tzinfo) -> str:
    """A stored time as the clinic says it: weekday, date as the pages write it, time of day and the
    zone, in the clinic's zone ('Thursday 12/03/2026 at 9:20 AM EST'), never the ISO it is stored as."""
    local = as_utc(moment).astimezone(zone)
    return f"{local:%A} {clinic_day(local)} at {clock_words(local.hour, local.minute)} {local:%Z}".rstrip()
