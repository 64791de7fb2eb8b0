"""What a booking form starts with, before anyone has chosen (#20, a new-user trial): the user's own
provider where they are one of the clinic's (a therapist booking their own patient), and the next day
the provider works, never a Sunday the clinic is closed, a holiday it closes on or a day the provider is
off (time off that leaves none of that day's hours)."""

from collections import defaultdict
from collections.abc import Collection
from datetime import date, timedelta

from sqlmodel import Session, col, select

from core.actor import Actor
from core.errors import existing
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone
from core.scheduling.calendar_days import clinic_holidays
from core.scheduling.models import ProviderBreak, ProviderHours, TimeOff
from core.scheduling.slots import Span, local_instant, working_spans
from core.timeutil import as_utc

# How far ahead a default day is looked for; past it (a provider with no hours) the form says today.
HORIZON_DAYS = 14


def next_working_day(
    today: date, weekdays: Collection[int], horizon: int = HORIZON_DAYS, off: Collection[date] = ()
) -> date:
    """The first day from `today` on that is one of the working `weekdays` (0 Monday ... 6 Sunday), no
    holiday a clinic closes on and none of the provider's days `off`; `today` when none comes within
    `horizon` days."""
    closed = {day for day, _ in clinic_holidays(today, today + timedelta(days=horizon))}
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
    hours: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    for window in session.exec(select(ProviderHours).where(ProviderHours.provider_id == provider_id)).all():
        hours[window.weekday].append((window.start_minute, window.end_minute))
    breaks: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    for pause in session.exec(select(ProviderBreak).where(ProviderBreak.provider_id == provider_id)).all():
        breaks[pause.weekday].append((pause.start_minute, pause.end_minute))
    days = [today + timedelta(days=ahead) for ahead in range(HORIZON_DAYS + 1)]
    leave = [
        Span(as_utc(t.starts_at), as_utc(t.ends_at))
        for t in session.exec(
            select(TimeOff).where(
                TimeOff.provider_id == provider_id,
                col(TimeOff.starts_at) < local_instant(days[-1] + timedelta(days=1), 0, zone),
                col(TimeOff.ends_at) > local_instant(today, 0, zone),
            )
        ).all()
    ]
    weekdays = {weekday for weekday, windows in hours.items() if windows}
    off = {
        day
        for day in days
        if leave
        and day.weekday() in weekdays
        and not working_spans(day, zone, hours[day.weekday()], breaks[day.weekday()], leave)
    }
    return next_working_day(today, weekdays, off=off)


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
