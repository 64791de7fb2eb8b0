"""Days a clinic is closed, one source for every screen and service (#19, #20): a holiday it closes on
(core.scheduling.calendar_days), observed as the clinic's own week has it, or a weekday none of its active
providers works (the demo's Saturdays and Sundays). The booking service refuses such a day with the words
the schedule page and the assistant say it in (closed_reason), and a day every provider works is off
(time off that leaves no hours) is passed over where the next open day is looked for. A read of provider
hours and time off only: nothing about any patient."""

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, select

from core.clinics.models import ClinicPolicy
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone
from core.scheduling.calendar_days import DEFAULT_CLOSED, HOLIDAYS, holidays_closed
from core.scheduling.models import ProviderBreak, ProviderHours, TimeOff
from core.scheduling.slots import Span, working_spans
from core.timeutil import as_utc

# How far past a closed day the next open one is looked for.
HORIZON_DAYS = 14


def closed_why(day: date, worked: Collection[int], holidays: Collection[str] = DEFAULT_CLOSED) -> str | None:
    """Why the clinic is closed on `day`, given the weekdays (0 Monday ... 6 Sunday) any of its providers
    works and the holidays it closes on (its owner's choice, closed_holidays_of): the holiday's name
    ("Thanksgiving"), the weekday's plural ("Saturdays"), or None when open."""
    holiday = next((name for _, name in holidays_closed(day, day, worked, holidays)), None)
    if holiday is not None:
        return holiday
    if day.weekday() not in worked:
        return f"{day:%A}s"
    return None


def next_open(
    day: date,
    worked: Collection[int],
    horizon: int = HORIZON_DAYS,
    holidays: Collection[str] = DEFAULT_CLOSED,
) -> date | None:
    """The first day after `day` the clinic's calendar has it open (no holiday it closes on, a weekday
    someone works), within `horizon` days; None when none is. The calendar only: whether anyone works
    that day (time off, breaks) is day_status's, which every screen and the assistant ask."""
    # (no day past the calendar's last: a day typed as 9999-12-30 has no next)
    for ahead in range(1, min(horizon, (date.max - day).days) + 1):
        if closed_why(day + timedelta(days=ahead), worked, holidays) is None:
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


def closed_holidays_of(session: Session, clinic_ids: Collection[int]) -> tuple[str, ...]:
    """The holidays the clinics close on (each clinic's owner's choice, ClinicPolicy.closed_holidays; the
    six of DEFAULT_CLOSED where none was made), in the year's order. Of several clinics (a user of more
    than one, asked of all of them), those every one of them closes on: a day one of them works is open."""
    ids = sorted(set(clinic_ids))
    chosen = {
        clinic_id: set(names)
        for clinic_id, names in session.exec(
            select(ClinicPolicy.clinic_id, ClinicPolicy.closed_holidays).where(
                col(ClinicPolicy.clinic_id).in_(ids)
            )
        ).all()
    }
    closed = set(HOLIDAYS)
    for clinic_id in ids:
        closed &= chosen.get(clinic_id, set(DEFAULT_CLOSED))
    return tuple(name for name in HOLIDAYS if name in closed)


@dataclass(frozen=True)
class ClinicCalendar:
    """What dates a clinic's closed days: the weekdays any active provider works and the holidays it
    closes on."""

    worked: frozenset[int]
    holidays: tuple[str, ...]

    def closed_why(self, day: date) -> str | None:
        return closed_why(day, self.worked, self.holidays)


def clinic_calendar(session: Session, clinic_ids: Collection[int]) -> ClinicCalendar:
    """The clinics' calendar (worked_weekdays, closed_holidays_of), read once for the days asked of it."""
    return ClinicCalendar(
        frozenset(worked_weekdays(session, clinic_ids)), closed_holidays_of(session, clinic_ids)
    )


def closed_reason(why: str) -> str:
    """The words for why a clinic is closed (closed_why): "Christmas Day, a holiday", or "none of the
    clinic's providers works Saturdays". The schedule page, the booking service and the assistant say it
    so."""
    return f"none of the clinic's providers works {why}" if why.endswith("days") else f"{why}, a holiday"


def closed_on(session: Session, clinic_id: int, day: date) -> str | None:
    """Why the clinic is closed on `day` (closed_why by its providers' weekdays), or None: open, or no
    provider of it has working hours at all (nothing to say the clinic's week is)."""
    calendar = clinic_calendar(session, [clinic_id])
    return calendar.closed_why(day) if calendar.worked else None


# Why nobody works an open day (ClinicDay.nobody_why), in the words the schedule page and the assistant
# say after "No provider is working on ...": every provider who works the weekday is on time off; their
# breaks leave none of their hours; or some the one and some the other.
ON_TIME_OFF = "every provider is on time off"
ON_BREAKS = "breaks cover every provider's hours"
OFF_OR_BREAKS = "every provider is on time off or on a break"


def staffing(session: Session, clinic_ids: Collection[int], first: date, last: date) -> dict[date, str]:
    """Each day from `first` to `last` (both included) on which some active provider of the clinics has
    hours that weekday: "" where one of them has working time left (weekday hours less breaks less time
    off, as calendar.provider_day reads one provider's day), else why none has (ON_TIME_OFF, ON_BREAKS,
    OFF_OR_BREAKS). A day none of them has hours on is not in it. Read in three queries for them all."""
    ids = sorted(set(clinic_ids))
    zones = {clinic_id: clinic_zone(session, clinic_id) for clinic_id in ids}
    providers = {
        pid: clinic_id
        for pid, clinic_id in session.exec(
            select(Provider.id, Provider.clinic_id).where(
                col(Provider.clinic_id).in_(ids), col(Provider.is_active).is_(True)
            )
        ).all()
        if pid is not None
    }
    hours: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    breaks: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    weekly: tuple[tuple[type[ProviderHours] | type[ProviderBreak], dict], ...] = (
        (ProviderHours, hours),
        (ProviderBreak, breaks),
    )
    for model, into in weekly:
        for pid, weekday, opens, closes in session.exec(
            select(model.provider_id, model.weekday, model.start_minute, model.end_minute).where(
                col(model.provider_id).in_(list(providers))
            )
        ).all():
            into[(pid, weekday)].append((opens, closes))
    # (a day either side of the span, the clinics' zones being hours from UTC; none past the calendar's
    # ends, which a day typed as 9999-12-31 reaches)
    begin = datetime.combine(first - timedelta(days=1) if first > date.min else first, time(0), UTC)
    end = datetime.combine(last + timedelta(days=1) if last < date.max else last, time.max, UTC)
    off: dict[int, list[Span]] = defaultdict(list)
    for row in session.exec(
        select(TimeOff).where(
            col(TimeOff.provider_id).in_(list(providers)),
            col(TimeOff.starts_at) < end,
            col(TimeOff.ends_at) > begin,
        )
    ).all():
        off[row.provider_id].append(Span(as_utc(row.starts_at), as_utc(row.ends_at)))
    found: dict[date, str] = {}
    for ahead in range((last - first).days + 1):
        day = first + timedelta(days=ahead)
        weekday = day.weekday()
        causes = set()
        for pid, clinic_id in providers.items():
            if not hours[(pid, weekday)]:
                continue
            tz = zones[clinic_id]
            if not working_spans(day, tz, hours[(pid, weekday)], breaks[(pid, weekday)]):
                causes.add(ON_BREAKS)
            elif not working_spans(day, tz, hours[(pid, weekday)], breaks[(pid, weekday)], off[pid]):
                causes.add(ON_TIME_OFF)
            else:
                causes = {""}
                break
        if causes:
            found[day] = causes.pop() if len(causes) == 1 else OFF_OR_BREAKS
    return found


def working_days(session: Session, clinic_id: int, first: date, last: date) -> set[date]:
    """The days from `first` to `last` on which some active provider of the clinic has working time left:
    weekday hours less breaks less time off (staffing)."""
    return {day for day, why in staffing(session, [clinic_id], first, last).items() if not why}


@dataclass(frozen=True)
class ClinicDay:
    """A clinic's day as the schedule page, the booking service and the assistant read it: the one answer
    to "is this day open" (#20)."""

    closed: str | None  # closed_why: the holiday or the weekday's plural; None when open
    reason: str  # closed_reason's words where closed, else ""
    # Open, but nobody who works that weekday has any of its hours left (time off, breaks): nothing to
    # book. nobody_why says why (ON_TIME_OFF, ON_BREAKS, OFF_OR_BREAKS), "" where someone works.
    nobody_working: bool
    # The next day the clinic is open with a provider working, within HORIZON_DAYS; None where none is or
    # the day itself is open with someone working.
    reopens: date | None
    nobody_why: str = ""

    @property
    def open(self) -> bool:
        """Open with someone working: a day to book."""
        return self.closed is None and not self.nobody_working


def day_status(
    session: Session, clinic_id: int | Collection[int], day: date, horizon: int = HORIZON_DAYS
) -> ClinicDay:
    """Whether the clinic (or any of several clinics, for a user of more than one) is open on `day` and
    anyone works it, and if not, why and the next day both are. The schedule page and the assistant ask
    this one function, so they say the same day open, closed or unstaffed and the same next open day."""
    clinic_ids = [clinic_id] if isinstance(clinic_id, int) else sorted(set(clinic_id))
    calendar = clinic_calendar(session, clinic_ids)
    if not calendar.worked:  # no provider has hours at all: nothing to say the clinic's week is
        return ClinicDay(None, "", False, None)
    why = calendar.closed_why(day)
    last = day + timedelta(days=min(horizon, (date.max - day).days))
    staffed = staffing(session, clinic_ids, day, last)
    nobody = staffed.get(day, "") if why is None else ""
    reopens = None
    if why is not None or nobody:
        reopens = next(
            (
                day + timedelta(days=ahead)
                for ahead in range(1, (last - day).days + 1)
                if staffed.get(day + timedelta(days=ahead)) == ""
                and calendar.closed_why(day + timedelta(days=ahead)) is None
            ),
            None,
        )
    return ClinicDay(why, closed_reason(why) if why else "", bool(nobody), reopens, nobody)
