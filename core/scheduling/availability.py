"""Open slots for an appointment type over a date range, by provider, honouring everything."""

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlmodel import Session, col, select

from core.access import require
from core.actor import Actor
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone, load_type, policy
from core.scheduling.closed_days import clinic_calendar
from core.scheduling.models import Appointment, AppointmentType, ProviderBreak, ProviderHours, TimeOff
from core.scheduling.rules import ACTIVE, may_take
from core.scheduling.slots import Booked, Span, group_of, open_slots, working_spans
from core.timeutil import utcnow

MAX_DAYS = 62


class SlotQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    appointment_type_id: int
    date_from: date
    date_to: date
    provider_id: int | None = None
    weekdays: list[Annotated[int, Field(ge=0, le=6)]] | None = None
    earliest_minute: Annotated[int, Field(ge=0, le=1440)] = 0
    latest_minute: Annotated[int, Field(ge=0, le=1440)] = 1440
    limit: Annotated[int, Field(ge=1, le=500)] = 50

    @model_validator(mode="after")
    def _range(self) -> "SlotQuery":
        if self.date_to < self.date_from:
            raise ValueError("date_to is before date_from")
        if (self.date_to - self.date_from).days > MAX_DAYS:
            raise ValueError(f"search at most {MAX_DAYS} days at once")
        if self.latest_minute <= self.earliest_minute:
            raise ValueError("the latest time must be after the earliest")
        return self


class OpenSlot(BaseModel):
    provider_id: int
    provider_name: str
    starts_at: datetime
    ends_at: datetime
    local_start: str


def eligible_providers(session: Session, kind: AppointmentType, provider_id: int | None) -> list[Provider]:
    stmt = select(Provider).where(
        Provider.clinic_id == kind.clinic_id,
        Provider.discipline == kind.discipline,
        col(Provider.is_active).is_(True),
    )
    if provider_id is not None:
        stmt = stmt.where(Provider.id == provider_id)
    return [
        p for p in session.exec(stmt.order_by(col(Provider.id))).all() if may_take(p.credential, kind.kind)
    ]


def busy_spans(
    session: Session, provider_ids: list[int], start: datetime, end: datetime, exclude: int | None = None
) -> dict[int, list[Booked]]:
    """Each provider's booked visits over the time (cancelled ones are not bookings), with their types'
    numbers (has_room: a group's patients share their time with each other only)."""
    stmt = select(
        Appointment.provider_id, Appointment.starts_at, Appointment.ends_at, Appointment.appointment_type_id
    ).where(
        col(Appointment.provider_id).in_(provider_ids),
        col(Appointment.status).in_(ACTIVE),
        col(Appointment.starts_at) < end,
        col(Appointment.ends_at) > start,
    )
    if exclude is not None:
        stmt = stmt.where(Appointment.id != exclude)
    busy: dict[int, list[Booked]] = defaultdict(list)
    for pid, s, e, kind_id in session.exec(stmt).all():
        busy[pid].append(Booked(s, e, kind_id))
    return busy


def search(session: Session, *, actor: Actor, query: SlotQuery) -> list[OpenSlot]:
    kind = load_type(session, query.appointment_type_id)
    require(session, actor, Action.appointment_read, clinic_id=kind.clinic_id, record_type="availability")
    tz = clinic_zone(session, kind.clinic_id)
    step = timedelta(minutes=policy(session, kind.clinic_id).slot_step_minutes)
    providers = eligible_providers(session, kind, query.provider_id)
    if not providers:
        return []
    ids = [p.id for p in providers if p.id is not None]
    range_start = datetime.combine(query.date_from, datetime.min.time(), tz)
    range_end = datetime.combine(query.date_to + timedelta(days=1), datetime.min.time(), tz)
    hours: defaultdict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    breaks: defaultdict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for hour in session.exec(select(ProviderHours).where(col(ProviderHours.provider_id).in_(ids))).all():
        hours[(hour.provider_id, hour.weekday)].append((hour.start_minute, hour.end_minute))
    for pause in session.exec(select(ProviderBreak).where(col(ProviderBreak.provider_id).in_(ids))).all():
        breaks[(pause.provider_id, pause.weekday)].append((pause.start_minute, pause.end_minute))
    off: defaultdict[int, list[Span]] = defaultdict(list)
    for leave in session.exec(
        select(TimeOff).where(
            col(TimeOff.provider_id).in_(ids),
            col(TimeOff.starts_at) < range_end,
            col(TimeOff.ends_at) > range_start,
        )
    ).all():
        off[leave.provider_id].append(Span(leave.starts_at, leave.ends_at))
    duration = timedelta(minutes=kind.duration_minutes)
    now = utcnow()
    found: list[tuple[datetime, int, Span]] = []
    by_id = {p.id: p for p in providers}
    calendar = clinic_calendar(session, [kind.clinic_id])
    day = query.date_from
    while day <= query.date_to and len(found) < query.limit:
        # no opening on a day the clinic is closed (a holiday it closes on), as booking refuses it (#20)
        if (query.weekdays is None or day.weekday() in query.weekdays) and calendar.closed_why(day) is None:
            # One day's bookings at a time: a search usually fills its page within the first days.
            day_start = datetime.combine(day, datetime.min.time(), tz)
            busy = busy_spans(session, ids, day_start, day_start + timedelta(days=1))
            for provider in providers:
                pid = provider.id or 0
                working = working_spans(
                    day, tz, hours[(pid, day.weekday())], breaks[(pid, day.weekday())], off[pid]
                )
                group = group_of(kind.id, kind.group_capacity)
                for slot in open_slots(working, duration, step, busy[pid], provider.capacity, group):
                    local = slot.start.astimezone(tz)
                    minute = local.hour * 60 + local.minute
                    if (
                        slot.start >= now
                        and query.earliest_minute <= minute <= query.latest_minute - kind.duration_minutes
                    ):
                        found.append((slot.start, pid, slot))
        day += timedelta(days=1)
    found.sort(key=lambda f: (f[0], f[1]))
    return [
        OpenSlot(
            provider_id=pid,
            provider_name=by_id[pid].full_name,
            starts_at=slot.start,
            ends_at=slot.end,
            local_start=slot.start.astimezone(tz).isoformat(),
        )
        for _, pid, slot in found[: query.limit]
    ]
