"""The front desk's day: every provider of a clinic side by side, one row per slot step, in the clinic's
time zone; each cell open (a visit the provider takes fits from it), short (free, but no such visit fits
before the next visit, a break or the end of the day), busy or outside the provider's hours, and each
visit with what may be done to it now (check in, mark a no-show)."""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from core.access import event_on, require
from core.actor import Actor
from core.audit.service import record
from core.enums import AppointmentStatus
from core.patients.models import Patient, full_name
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.availability import busy_spans
from core.scheduling.calendar import clinic_zone, local_day_bounds, policy
from core.scheduling.models import Appointment, AppointmentType, ProviderBreak, ProviderHours, TimeOff
from core.scheduling.rules import may_check_in, may_mark_no_show, may_take, may_undo_no_show
from core.scheduling.slots import Span, fits, has_room, local_instant, working_spans
from core.timeutil import as_utc, utcnow

SHOWN = tuple(AppointmentStatus)
TimeOfDay = time  # a field named `time` (Visit's) cannot name its own type
# With nobody working that day the grid still shows a working day, so the desk sees it is empty.
DEFAULT_HOURS = (8 * 60, 18 * 60)


@dataclass(frozen=True)
class Cell:
    state: str  # "open", "short", "busy" or "off"
    starts_at: datetime


def cell_state(  # noqa: PLR0913 - the cell, the provider's day and the lengths of their visits
    slot: Span,
    working: list[Span],
    busy: Sequence[Span],
    capacity: int,
    now: datetime,
    lengths: Sequence[timedelta] = (),
    groups: Sequence[tuple[int, timedelta, int]] = (),
) -> str:
    """'off' outside the provider's hours (or in a break or time off); 'busy' with no place left for the
    step or already past; 'short' where the step is free but none of the visits the provider takes
    (`lengths`) fits whole from it, inside their hours and before their next visit, so that the booking
    form's Book would be refused; 'open' where a visit could start, or where a group the provider leads
    (`groups`: its type's number, length and places) has a place left from it, as booking counts it."""
    if not any(span.contains(slot) for span in working):
        return "off"
    for kind_id, length, places in groups if slot.start >= now else ():
        whole = Span(slot.start, slot.start + length)
        if any(span.contains(whole) for span in working) and has_room(
            busy, whole, capacity, (kind_id, places)
        ):
            return "open"
    if slot.start < now or not fits(busy, slot, capacity):
        return "busy"
    wholes = [Span(slot.start, slot.start + length) for length in lengths]
    if wholes and not any(
        any(span.contains(whole) for span in working) and fits(busy, whole, capacity) for whole in wholes
    ):
        return "short"
    return "open"


def grid_minutes(working: list[list[Span]], day: date, tz: ZoneInfo, step: int) -> list[int]:
    """The rows of the day: from the earliest start to the latest end of anyone's hours, on the step."""
    starts = [s.start.astimezone(tz) for spans in working for s in spans]
    ends = [s.end.astimezone(tz) for spans in working for s in spans]
    if not starts:
        first, last = DEFAULT_HOURS
    else:
        first = min(t.hour * 60 + t.minute for t in starts)
        last = max((t.hour * 60 + t.minute) if t.date() == day else 1440 for t in ends)
    first -= first % step
    return list(range(first, last, step))


def _takes(kind: AppointmentType, provider: Provider) -> bool:
    return kind.discipline == provider.discipline and may_take(provider.credential, kind.kind)


def visit_lengths(kinds: Sequence[AppointmentType], provider: Provider) -> list[timedelta]:
    """How long the one-to-one visits a provider may be booked for last (their discipline's types their
    credential may take), shortest first; groups are counted apart (visit_groups)."""
    return sorted(
        {timedelta(minutes=k.duration_minutes) for k in kinds if _takes(k, provider) and not k.group_capacity}
    )


def visit_groups(kinds: Sequence[AppointmentType], provider: Provider) -> list[tuple[int, timedelta, int]]:
    """The groups a provider may lead, as cell_state takes them: number, length and places."""
    return [
        (k.id or 0, timedelta(minutes=k.duration_minutes), k.group_capacity)
        for k in kinds
        if _takes(k, provider) and k.group_capacity
    ]


@dataclass
class Visit:
    id: int
    patient_id: int
    patient: str
    kind: str
    status: str
    time: TimeOfDay  # local, as the clinic's clock reads it
    end: TimeOfDay
    late_cancel: bool
    cancel_reason: str
    may_check_in: bool
    may_no_show: bool
    may_undo_no_show: bool = False


@dataclass
class Column:
    provider_id: int
    name: str
    credential: str
    discipline: str
    cells: list[Cell] = field(default_factory=list)
    visits: dict[int, list[Visit]] = field(default_factory=dict)  # by row index


@dataclass
class DayGrid:
    clinic_id: int
    day: date
    zone: str
    step_minutes: int
    rows: list[time]  # the local time of day each row starts
    columns: list[Column]

    @property
    def any_open(self) -> bool:
        """Whether a visit may still be booked somewhere on the day (a day gone by has none)."""
        return any(cell.state == "open" for column in self.columns for cell in column.cells)


def day_grid(session: Session, *, actor: Actor, clinic_id: int, day: date) -> DayGrid:
    """The clinic's day for every active provider; every patient shown is an audited read."""
    require(session, actor, Action.appointment_read, clinic_id=clinic_id, record_type="appointment")
    tz = clinic_zone(session, clinic_id)
    step = policy(session, clinic_id).slot_step_minutes
    providers = list(
        session.exec(
            select(Provider)
            .where(Provider.clinic_id == clinic_id, col(Provider.is_active).is_(True))
            .order_by(Provider.discipline, Provider.full_name)
        ).all()
    )
    working = _working(session, [p.id or 0 for p in providers], day, tz)
    minutes = grid_minutes(list(working.values()), day, tz, step)
    start = local_day_bounds(day, tz)[0]
    busy = busy_spans(session, list(working), start, start + timedelta(days=1, hours=2))
    now = utcnow()
    # A free step too short for any visit the provider takes offers no Book: the form would be refused.
    kinds = session.exec(select(AppointmentType).where(AppointmentType.clinic_id == clinic_id)).all()
    columns = []
    for provider in providers:
        pid = provider.id or 0
        lengths, groups = visit_lengths(kinds, provider), visit_groups(kinds, provider)
        cells = []
        for minute in minutes:
            at = local_instant(day, minute, tz)
            slot = Span(at, at + timedelta(minutes=step))
            state = cell_state(slot, working[pid], busy[pid], provider.capacity, now, lengths, groups)
            cells.append(Cell(state, at))
        columns.append(Column(pid, provider.full_name, provider.credential, provider.discipline, cells))
    _place_visits(session, actor, clinic_id, day, tz, minutes, columns, now)
    return DayGrid(clinic_id, day, str(tz), step, [time(m // 60, m % 60) for m in minutes], columns)


def _working(session: Session, ids: list[int], day: date, tz: ZoneInfo) -> dict[int, list[Span]]:
    """Each provider's working spans on the day (as provider_day), read in three queries for them all."""
    weekday = day.weekday()
    start = datetime.combine(day, time(0), tz)
    hours: dict[int, list[tuple[int, int]]] = defaultdict(list)
    breaks: dict[int, list[tuple[int, int]]] = defaultdict(list)
    off: dict[int, list[Span]] = defaultdict(list)
    for pid, first, last in session.exec(
        select(ProviderHours.provider_id, ProviderHours.start_minute, ProviderHours.end_minute).where(
            col(ProviderHours.provider_id).in_(ids), ProviderHours.weekday == weekday
        )
    ).all():
        hours[pid].append((first, last))
    for pid, first, last in session.exec(
        select(ProviderBreak.provider_id, ProviderBreak.start_minute, ProviderBreak.end_minute).where(
            col(ProviderBreak.provider_id).in_(ids), ProviderBreak.weekday == weekday
        )
    ).all():
        breaks[pid].append((first, last))
    for row in session.exec(
        select(TimeOff).where(
            col(TimeOff.provider_id).in_(ids),
            col(TimeOff.starts_at) < start + timedelta(days=1, hours=2),
            col(TimeOff.ends_at) > start - timedelta(hours=2),
        )
    ).all():
        off[row.provider_id].append(Span(as_utc(row.starts_at), as_utc(row.ends_at)))
    return {pid: working_spans(day, tz, hours[pid], breaks[pid], off[pid]) for pid in ids}


def _row_of(minutes: list[int], minute: int) -> int:
    """The row a visit starting at this local minute is shown in (the last row at or before it)."""
    row = 0
    for index, start in enumerate(minutes):
        if start <= minute:
            row = index
    return row


def _place_visits(  # noqa: PLR0913 - one step of day_grid, kept apart to stay readable
    session: Session,
    actor: Actor,
    clinic_id: int,
    day: date,
    tz: ZoneInfo,
    minutes: list[int],
    columns: list[Column],
    now: datetime,
) -> None:
    by_provider = {c.provider_id: c for c in columns}
    start, end = local_day_bounds(day, tz)
    rows = session.exec(
        select(Appointment, Patient, AppointmentType)
        .join(Patient, col(Patient.id) == Appointment.patient_id)
        .join(AppointmentType, col(AppointmentType.id) == Appointment.appointment_type_id)
        .where(
            Appointment.clinic_id == clinic_id,
            col(Appointment.starts_at) >= start,
            col(Appointment.starts_at) < end,
            col(Appointment.status).in_(SHOWN),
        )
        .order_by(col(Appointment.starts_at), col(Appointment.id))
    ).all()
    today = now.astimezone(tz).date()
    for appointment, patient, kind in rows:
        column = by_provider.get(appointment.provider_id)
        if column is None:
            continue
        local = as_utc(appointment.starts_at).astimezone(tz)
        visit = Visit(
            id=appointment.id or 0,
            patient_id=patient.id or 0,
            patient=full_name(patient),
            kind=kind.name,
            status=appointment.status,
            time=local.time(),
            end=as_utc(appointment.ends_at).astimezone(tz).time(),
            late_cancel=appointment.late_cancel,
            cancel_reason=appointment.cancel_reason,
            may_check_in=may_check_in(appointment.status, local.date(), today),
            may_no_show=may_mark_no_show(appointment.status, as_utc(appointment.starts_at), now),
            # offered on every no-show; core.scheduling.booking.undo_no_show refuses one documented since
            may_undo_no_show=may_undo_no_show(appointment.status, documented=False),
        )
        column.visits.setdefault(_row_of(minutes, local.hour * 60 + local.minute), []).append(visit)
    record(
        session,
        actor,
        [event_on(Action.appointment_read, a, "appointment", "day grid") for a, _, _ in rows],
    )
    session.commit()
