"""What a booking form starts with, before anyone has chosen (#20, a new-user trial): the user's own
provider where they are one of the clinic's (a therapist booking their own patient), and the next day
the provider works, never a Sunday the clinic is closed, a holiday it closes on or a day the provider is
off (time off that leaves none of that day's hours)."""

from collections.abc import Collection, Sequence
from datetime import date, timedelta

from sqlmodel import Session, col, select

from core.actor import Actor
from core.errors import existing
from core.providers.models import Provider
from core.scheduling.availability import busy_spans
from core.scheduling.calendar import clinic_zone, provider_day
from core.scheduling.calendar_days import DEFAULT_CLOSED, holidays_closed
from core.scheduling.closed_days import clinic_calendar
from core.scheduling.models import AppointmentType, ProviderHours
from core.scheduling.slots import Span, group_of, has_room, local_instant, within_working

# How far ahead a default day is looked for; past it (a provider with no hours) the form says today.
HORIZON_DAYS = 14


def next_working_day(
    today: date,
    weekdays: Collection[int],
    horizon: int = HORIZON_DAYS,
    off: Collection[date] = (),
    clinic_week: Collection[int] | None = None,
    holidays: Collection[str] = DEFAULT_CLOSED,
) -> date:
    """The first day from `today` on that is one of the working `weekdays` (0 Monday ... 6 Sunday), no
    holiday the clinic closes on (of `holidays`, observed as its week, `clinic_week`, has it: the
    provider's weekdays where not given) and none of the provider's days `off`; `today` when none comes
    within `horizon` days."""
    week = weekdays if clinic_week is None else clinic_week
    closed = {day for day, _ in holidays_closed(today, today + timedelta(days=horizon), week, holidays)}
    for ahead in range(horizon + 1):
        day = today + timedelta(days=ahead)
        if day.weekday() in weekdays and day not in closed and day not in off:
            return day
    return today


def booking_day(session: Session, *, provider_id: int, today: date) -> date:
    """The booking form's day for this provider: their next working day from today, past the days their
    time off leaves them no hours (a week's leave, a day off; an afternoon off leaves the morning)."""
    provider = existing(session.get(Provider, provider_id), "provider", provider_id)
    zone = clinic_zone(session, provider.clinic_id)
    weekdays = set(
        session.exec(select(ProviderHours.weekday).where(ProviderHours.provider_id == provider_id)).all()
    )
    off: set[date] = set()
    # Each working day in turn, asked of the calendar's own day (hours less breaks less time off) until
    # one has hours left; next_working_day gives today back when none comes within its horizon.
    calendar = clinic_calendar(session, [provider.clinic_id])
    week, holidays = calendar.worked or None, calendar.holidays
    while (day := next_working_day(today, weekdays, off=off, clinic_week=week, holidays=holidays)) not in off:
        if provider_day(session, provider, day, zone):
            return day
        off.add(day)
    return day


def own_active_provider(session: Session, *, actor: Actor, clinic_id: int) -> int | None:
    """The user's own active provider record in the clinic (a therapist booking for themselves), or None."""
    if not actor.provider_ids:
        return None
    return session.exec(
        select(Provider.id)
        .where(
            col(Provider.id).in_(actor.provider_ids),
            Provider.clinic_id == clinic_id,
            col(Provider.is_active).is_(True),
        )
        .order_by(col(Provider.id))
    ).first()


def type_at(
    session: Session, provider: Provider, kinds: Sequence[AppointmentType], day: date, minute: int
) -> AppointmentType | None:
    """The first of `kinds` (the provider's, in the form's order) that booking would take from the local
    `minute` of `day`: whole inside the provider's hours and with a place left (has_room: a group beside
    its own patients). The day grid offers Book where one does; the form then selects it, not the clinic's
    first type, which a short gap before the next visit would refuse (#20). None where none fits."""
    tz = clinic_zone(session, provider.clinic_id)
    start = local_instant(day, minute, tz)
    longest = timedelta(minutes=max((k.duration_minutes for k in kinds), default=0))
    busy = busy_spans(session, [provider.id or 0], start, start + longest)[provider.id or 0]
    working = provider_day(session, provider, day, tz)
    for kind in kinds:
        whole = Span(start, start + timedelta(minutes=kind.duration_minutes))
        group = group_of(kind.id, kind.group_capacity)
        if within_working(working, whole) and has_room(busy, whole, provider.capacity, group):
            return kind
    return None
