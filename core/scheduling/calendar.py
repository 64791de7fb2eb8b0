"""Appointment types and provider calendars: working hours, breaks and time off, per clinic."""

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Annotated, Any, TypeVar
from zoneinfo import ZoneInfo

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator
from sqlmodel import Session, col, select

from core.access import audit_change, event_on, require
from core.actor import Actor
from core.audit.service import record
from core.clinics.models import Clinic, ClinicPolicy
from core.enums import AppointmentStatus
from core.errors import Invalid, NotFound, existing
from core.patients.models import Patient, full_name
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.models import Appointment, AppointmentType, ProviderBreak, ProviderHours, TimeOff
from core.scheduling.rules import may_take
from core.scheduling.slots import Span, working_spans

KINDS = ("evaluation", "follow-up", "re-evaluation", "progress", "group", "discharge")
Minute = Annotated[int, Field(ge=0, le=1440)]


class AppointmentTypeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    clinic_id: int
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=80)]
    discipline: Annotated[str, StringConstraints(pattern=r"^(PT|OT|SLP)$")]
    kind: Annotated[str, StringConstraints(pattern="^(" + "|".join(KINDS) + ")$")]
    duration_minutes: Annotated[int, Field(ge=5, le=480)]
    default_provider_id: int | None = None
    group_capacity: Annotated[int, Field(ge=2, le=20)] | None = None


class AppointmentTypeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    clinic_id: int
    name: str
    discipline: str
    kind: str
    duration_minutes: int
    default_provider_id: int | None
    group_capacity: int | None


class Window(BaseModel):
    model_config = ConfigDict(extra="forbid")

    weekday: Annotated[int, Field(ge=0, le=6)]
    start_minute: Minute
    end_minute: Minute

    @model_validator(mode="after")
    def _ordered(self) -> "Window":
        if self.end_minute <= self.start_minute:
            raise ValueError("a window must end after it starts")
        return self


class WeekHours(BaseModel):
    model_config = ConfigDict(extra="forbid")

    hours: list[Window]
    breaks: list[Window] = []


class TimeOffCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    starts_at: AwareDatetime
    ends_at: AwareDatetime
    reason: Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)] = ""

    @model_validator(mode="after")
    def _ordered(self) -> "TimeOffCreate":
        if self.ends_at <= self.starts_at:
            raise ValueError("time off must end after it starts")
        return self


def clinic_zone(session: Session, clinic_id: int) -> ZoneInfo:
    clinic = existing(session.get(Clinic, clinic_id), "clinic", clinic_id)
    return ZoneInfo(clinic.timezone)


def local_day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """A clinic's local day as the UTC instants it starts and ends at (the end not in it), what a stored
    time is compared with: SQLite compares a time given in another zone by its wall clock, so a visit at
    8 PM Eastern was counted on the next day. A day daylight time starts or ends on is 23 or 25 hours."""
    return (
        datetime.combine(day, time(0), zone).astimezone(UTC),
        datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC),
    )


def policy(session: Session, clinic_id: int) -> ClinicPolicy:
    """The clinic's policy row, or the defaults when the owner never changed them."""
    return session.get(ClinicPolicy, clinic_id) or ClinicPolicy(clinic_id=clinic_id)


def load_provider(session: Session, provider_id: int) -> Provider:
    provider = session.get(Provider, provider_id)
    if provider is None or not provider.is_active:
        raise NotFound(f"provider {provider_id} not found")
    return provider


def load_type(session: Session, type_id: int) -> AppointmentType:
    kind = existing(session.get(AppointmentType, type_id), "appointment type", type_id)
    return kind


def list_types(session: Session, *, actor: Actor, clinic_id: int) -> list[AppointmentType]:
    require(session, actor, Action.appointment_read, clinic_id=clinic_id, record_type="appointment_type")
    return list(
        session.exec(
            select(AppointmentType)
            .where(AppointmentType.clinic_id == clinic_id)
            .order_by(AppointmentType.discipline, AppointmentType.name)
        ).all()
    )


def bookable_types(session: Session, *, actor: Actor, provider_id: int) -> list[AppointmentType]:
    """The types this provider may be booked for: their clinic's, of their discipline, and only the kinds
    their credential may furnish (assistants take follow-ups and groups)."""
    provider = load_provider(session, provider_id)
    return [
        kind
        for kind in list_types(session, actor=actor, clinic_id=provider.clinic_id)
        if kind.discipline == provider.discipline and may_take(provider.credential, kind.kind)
    ]


def providers_for_types(session: Session, kinds: list[AppointmentType]) -> dict[int, int | None]:
    """Whom a visit of each type is booked with when nobody is named: the type's default provider, else
    the first active provider (by name) of its clinic and discipline whose credential may take its kind
    (an evaluation never opens on an assistant, a PT type never on an OT)."""
    staff = session.exec(
        select(Provider)
        .where(col(Provider.clinic_id).in_({k.clinic_id for k in kinds}), col(Provider.is_active).is_(True))
        .order_by(col(Provider.full_name))
    ).all()
    return {
        k.id or 0: k.default_provider_id
        or next(
            (
                p.id
                for p in staff
                if (p.clinic_id, p.discipline) == (k.clinic_id, k.discipline)
                and may_take(p.credential, k.kind)
            ),
            None,
        )
        for k in kinds
    }


Added = TypeVar("Added", AppointmentType, TimeOff)


def _added(
    session: Session, actor: Actor, action: Action, record_type: str, row: Added, detail: str, clinic_id: int
) -> Added:
    """A new row of the clinic's calendar set-up, written and audited in one commit."""
    session.add(row)
    session.flush()
    audit_change(session, actor, action, record_type, row.id or "", detail, clinic_id)
    session.commit()
    return row


def create_type(session: Session, *, actor: Actor, data: AppointmentTypeCreate) -> AppointmentType:
    require(session, actor, Action.settings_manage, clinic_id=data.clinic_id, record_type="appointment_type")
    if data.kind == "group" and data.group_capacity is None:
        raise Invalid("a group type needs group_capacity (patients at once)")
    kind = AppointmentType(**data.model_dump())
    return _added(session, actor, Action.settings_manage, "appointment_type", kind, "created", data.clinic_id)


def set_hours(session: Session, *, actor: Actor, provider_id: int, data: WeekHours) -> None:
    """Replace a provider's weekly hours and breaks in one step."""
    provider = load_provider(session, provider_id)
    require(
        session, actor, Action.appointment_write, clinic_id=provider.clinic_id, record_type="provider_hours"
    )
    for model in (ProviderHours, ProviderBreak):
        for row in session.exec(select(model).where(model.provider_id == provider_id)).all():
            session.delete(row)
    for w in data.hours:
        session.add(ProviderHours(provider_id=provider_id, clinic_id=provider.clinic_id, **w.model_dump()))
    for w in data.breaks:
        session.add(ProviderBreak(provider_id=provider_id, **w.model_dump()))
    audit_change(
        session,
        actor,
        Action.appointment_write,
        "provider_hours",
        provider_id,
        "hours set",
        provider.clinic_id,
    )
    session.commit()


def add_time_off(session: Session, *, actor: Actor, provider_id: int, data: TimeOffCreate) -> TimeOff:
    provider = load_provider(session, provider_id)
    require(session, actor, Action.appointment_write, clinic_id=provider.clinic_id, record_type="time_off")
    off = TimeOff(provider_id=provider_id, **data.model_dump())
    return _added(session, actor, Action.appointment_write, "time_off", off, "added", provider.clinic_id)


def provider_day(session: Session, provider: Provider, day: date, tz: ZoneInfo) -> list[Span]:
    """The provider's working spans on a local day: weekday hours, less breaks and time off."""
    weekday = day.weekday()
    hours = session.exec(
        select(ProviderHours.start_minute, ProviderHours.end_minute).where(
            ProviderHours.provider_id == provider.id, ProviderHours.weekday == weekday
        )
    ).all()
    breaks = session.exec(
        select(ProviderBreak.start_minute, ProviderBreak.end_minute).where(
            ProviderBreak.provider_id == provider.id, ProviderBreak.weekday == weekday
        )
    ).all()
    day_start = datetime.combine(day, datetime.min.time(), tz)
    off = session.exec(
        select(TimeOff).where(
            TimeOff.provider_id == provider.id,
            col(TimeOff.starts_at) < day_start + timedelta(days=1, hours=2),
            col(TimeOff.ends_at) > day_start - timedelta(hours=2),
        )
    ).all()
    return working_spans(day, tz, list(hours), list(breaks), [Span(o.starts_at, o.ends_at) for o in off])


def named_in_days(clinic_id: int, first: date, last: date, zone: ZoneInfo) -> Any:
    """The clinic's appointments from the local day `first` to `last` (both included), each with its
    patient, provider and type: the rows a schedule or a list of visits names."""
    return (
        select(Appointment, Patient, Provider, AppointmentType)
        .join(Patient, col(Patient.id) == Appointment.patient_id)
        .join(Provider, col(Provider.id) == Appointment.provider_id)
        .join(AppointmentType, col(AppointmentType.id) == Appointment.appointment_type_id)
        .where(
            Appointment.clinic_id == clinic_id,
            col(Appointment.starts_at) >= local_day_bounds(first, zone)[0],
            col(Appointment.starts_at) < local_day_bounds(last, zone)[1],
        )
    )


def day_schedule(
    session: Session,
    *,
    actor: Actor,
    day: date,
    provider_id: int | None = None,
    limit: int = 200,
    days: int = 1,
    statuses: tuple[str, ...] = (
        AppointmentStatus.booked,
        AppointmentStatus.checked_in,
        AppointmentStatus.completed,
    ),
) -> list[tuple[Appointment, str, str, str]]:
    """The day's appointments (or those of `days` days from it: a week in one read) in the asker's
    clinics (one provider's when named), in time order, with the patient's name, the provider's and
    the type's; every patient shown is an audited read. `statuses`: which visits (the kept and done ones
    unless asked, e.g. the day's no-shows)."""
    from core.access import require_anywhere

    clinics = require_anywhere(session, actor, Action.appointment_read)
    rows = []
    for clinic_id in clinics:
        zone = clinic_zone(session, clinic_id)
        stmt = named_in_days(clinic_id, day, day + timedelta(days=days - 1), zone).where(
            col(Appointment.status).in_(statuses)
        )
        if provider_id is not None:
            stmt = stmt.where(Appointment.provider_id == provider_id)
        for appointment, patient, provider, kind in session.exec(
            stmt.order_by(col(Appointment.starts_at))
        ).all():
            rows.append((appointment, full_name(patient), provider.full_name, kind.name))
    rows = rows[:limit]
    record(
        session,
        actor,
        [event_on(Action.appointment_read, a, "appointment", "day schedule") for a, *_ in rows],
    )
    session.commit()
    return rows
