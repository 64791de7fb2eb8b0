"""Rules about visits and their notes, as pure functions over plain data."""

from datetime import date, datetime, tzinfo

from core.timeutil import clinic_day, local_day


def day_words(day: date) -> str:
    """A day as a refusal names it: 'Tue 12/07/2027'."""
    return f"{day:%a} {clinic_day(day)}"


def before_the_day(served_at: datetime, now: datetime, zone: tzinfo) -> date | None:
    """The visit's day where `now` falls before it, both read in the clinic's zone; None from that day on.

    A visit is opened, and its note signed or co-signed, from the visit's own day on, never ahead of it:
    opening marks the appointment completed and signing bills it, so either done early would bill a visit
    that has not happened (an 8:00 visit opened at 7:30 the same morning is fine, at 7:30 PM the evening
    before is not, though that evening is already the visit's day in UTC). Late documentation, days
    after, stays allowed."""
    day = local_day(served_at, zone)
    return day if local_day(now, zone) < day else None


def opening_refusal(starts_at: datetime, now: datetime, zone: tzinfo) -> str | None:
    """Why the visit of an appointment starting at `starts_at` may not be opened at `now`, or None."""
    day = before_the_day(starts_at, now, zone)
    return None if day is None else f"this visit is on {day_words(day)}; it can be opened from that day"


def signing_refusal(served_at: datetime, now: datetime, zone: tzinfo, kind: str = "signed") -> str | None:
    """Why a note with this date of service may not be signed (`kind` 'co-signed' for a co-signature) at
    `now`, or None."""
    day = before_the_day(served_at, now, zone)
    if day is None:
        return None
    return f"this note's date of service is {day_words(day)}; it can be {kind} from that day"
