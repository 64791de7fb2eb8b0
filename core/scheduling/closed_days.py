"""Days a clinic is closed, one source for every screen and service (#19, #20): a holiday it closes on
(core.scheduling.calendar_days), observed as the clinic's own week has it, or a weekday none of its active
providers works (the demo's Saturdays and Sundays). The booking service refuses such a day with the words
the schedule page and the assistant say it in (closed_reason), and a day every provider works is off
(time off that leaves no hours) is passed over where the next open day is looked for. A read of provider
hours and time off only: nothing about any patient."""

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, col, select

from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone
from core.scheduling.calendar_days import holidays_closed
from core.scheduling.models import ProviderBreak, ProviderHours, TimeOff
from core.scheduling.slots import Span, working_spans
from core.timeutil import as_utc

# How far past a closed day the next open one is looked for.
HORIZON_DAYS = 14


def closed_why(day: date, worked: Collection[int]) -> str | None:
    """Why the clinic is closed on `day`, given the weekdays (0 Monday ... 6 Sunday) any of its providers
    works: the holiday's name ("Thanksgiving"), the weekday's plural ("Saturdays"), or None when open."""
    holiday = next((name for _, name in holidays_closed(day, day, worked)), None)
    if holiday is not None:
        return holiday
    if day.weekday() not in worked:
        return f"{day:%A}s"
    return None


def next_open(day: date, worked: Collection[int], horizon: int = HORIZON_DAYS) -> date | None:
    """The first day after `day` the clinic is open, within `horizon` days; None when none is."""
    # (no day past the calendar's last: a day typed as 9999-12-30 has no next)
    for ahead in range(1, min(horizon, (date.max - day).days) + 1):
        if closed_why(day + timedelta(days=ahead), worked) is None:
            return day + timedelta(days=ahead)
    return None


def worked_weekdays(session: Session, clinic_ids: Collection[int]) -> set[int]:
    """The weekdays any active provider of the clinics has working hours on."""
    return set(
        session.exec(
            select(ProviderHours.weekday)
            .join(Provider, col(Provider.id) == ProviderHours.provider_id)
            .where(col(ProviderHours.clinic_id).in_(list(clinic_ids)), col(Provider.is_active).is_(True))
            .distinct()
        ).all()
    )


def closed_reason(why: str) -> str:
    """The words for why a clinic is closed (closed_why): "Christmas Day, a holiday", or "none of the
    clinic's providers works Saturdays". The schedule page, the booking service and the assistant say it
    so."""
    return f"none of the clinic's providers works {why}" if why.endswith("days") else f"{why}, a holiday"


def closed_on(session: Session, clinic_id: int, day: date) -> str | None:
    """Why the clinic is closed on `day` (closed_why by its providers' weekdays), or None: open, or no
    provider of it has working hours at all (nothing to say the clinic's week is)."""
    worked = worked_weekdays(session, [clinic_id])
    return closed_why(day, worked) if worked else None


def working_days(session: Session, clinic_id: int, first: date, last: date) -> set[date]:
    """The days from `first` to `last` on which some active provider of the clinic has working time left:
    weekday hours less breaks less time off (as calendar.provider_day reads one provider's day), read in
    three queries for them all."""
    tz = clinic_zone(session, clinic_id)
    ids = [
        pid
        for pid in session.exec(
            select(Provider.id).where(Provider.clinic_id == clinic_id, col(Provider.is_active).is_(True))
        ).all()
        if pid is not None
    ]
    hours: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    breaks: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    weekly: tuple[tuple[type[ProviderHours] | type[ProviderBreak], dict], ...] = (
        (ProviderHours, hours),
        (ProviderBreak, breaks),
    )
    for model, into in weekly:
        for pid, weekday, opens, closes in session.exec(
            select(model.provider_id, model.weekday, model.start_minute, model.end_minute).where(
                col(model.provider_id).in_(ids)
            )
        ).all():
            into[(pid, weekday)].append((opens, closes))
    begin = datetime.combine(first, time(0), tz)
    end = datetime.combine(last + timedelta(days=1), time(0), tz)
    off: dict[int, list[Span]] = defaultdict(list)
    for row in session.exec(
        select(TimeOff).where(
            col(TimeOff.provider_id).in_(ids),
            col(TimeOff.starts_at) < end + timedelta(hours=2),
            col(TimeOff.ends_at) > begin - timedelta(hours=2),
        )
    ).all():
        off[row.provider_id].append(Span(as_utc(row.starts_at), as_utc(row.ends_at)))
    found = set()
    for ahead in range((last - first).days + 1):
        day = first + timedelta(days=ahead)
        weekday = day.weekday()
        if any(
            working_spans(day, tz, hours[(pid, weekday)], breaks[(pid, weekday)], off[pid])
            for pid in ids
            if hours[(pid, weekday)]
        ):
            found.add(day)
    return found


@dataclass(frozen=True)
class ClinicDay:
    """A clinic's day as the schedule page and the booking service read it."""

    closed: str | None  # closed_why: the holiday or the weekday's plural; None when open
    reason: str  # closed_reason's words where closed, else ""
    # Open, but every provider who works that weekday is off the whole day (time off): nothing to book.
    nobody_working: bool
    # The next day the clinic is open with a provider working, within HORIZON_DAYS; None where none is
    # or the day itself is open with someone working.
    reopens: date | None


def day_status(session: Session, clinic_id: int, day: date, horizon: int = HORIZON_DAYS) -> ClinicDay:
    """Whether the clinic is open on `day` and anyone works it, and if not, the next day both are."""
    worked = worked_weekdays(session, [clinic_id])
    if not worked:  # no provider has hours at all: nothing to say the clinic's week is
        return ClinicDay(None, "", False, None)
    why = closed_why(day, worked)
    last = day + timedelta(days=min(horizon, (date.max - day).days))
    working = working_days(session, clinic_id, day, last)
    nobody = why is None and day not in working
    reopens = None
    if why is not None or nobody:
        reopens = next(
            (
                day + timedelta(days=ahead)
                for ahead in range(1, (last - day).days + 1)
                if day + timedelta(days=ahead) in working
                and closed_why(day + timedelta(days=ahead), worked) is None
            ),
            None,
        )
    return ClinicDay(why, closed_reason(why) if why else "", nobody, reopens)
