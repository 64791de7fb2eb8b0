"""Booking, cancelling, rescheduling, check-in and no-show.

Capacity is enforced inside the transaction: locks per provider-day and patient-day (core.locks),
then the overlap check, then the insert, so two people booking the last place at the same instant
get one success and one clear conflict, on PostgreSQL and SQLite alike.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import AwareDatetime, BaseModel, ConfigDict, StringConstraints
from sqlmodel import Session, col, select

from core.access import audit_on, require, require_on
from core.actor import Actor
from core.authorizations.models import Authorization
from core.authorizations.service import booked_ahead, covering
from core.enums import AppointmentStatus
from core.errors import Conflict, Invalid, NotFound, existing
from core.locks import lock, locked, locked_where
from core.patients.insurance import primary_payer
from core.patients.models import Patient
from core.patients.service import load_patient
from core.payers.models import Payer
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.availability import busy_spans
from core.scheduling.calendar import clinic_zone, load_provider, load_type, policy, provider_day
from core.scheduling.closed_days import clinic_calendar, closed_on, closed_reason
from core.scheduling.models import Appointment, AppointmentType, Reminder
from core.scheduling.offers import withdraw_filled
from core.scheduling.progress import refresh_progress_flags
from core.scheduling.rules import (
    ACTIVE,
    SeriesCap,
    authorization_decision,
    is_late_cancel,
    may_check_in,
    may_mark_no_show,
    may_take,
    may_undo_check_in,
    may_undo_no_show,
    within_authorization,
)
from core.scheduling.slots import Span, group_of, has_room, open_slots, within_working
from core.timeutil import as_utc, clinic_day, clock_words, in_clinic_words, local_day, utcnow
from core.words import with_article

NEXT_OPEN_DAYS = 14


class BookingRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    patient_id: int
    provider_id: int
    appointment_type_id: int
    starts_at: AwareDatetime


class AppointmentRead(BaseModel):
    id: int
    clinic_id: int
    patient_id: int
    provider_id: int
    appointment_type_id: int
    authorization_id: int | None
    starts_at: datetime
    ends_at: datetime
    local_start: str
    status: str
    progress_due: bool
    late_cancel: bool
    cancel_reason: str


@dataclass
class Booked:
    appointment: Appointment
    warnings: list[str] = field(default_factory=list)


Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200)]


class CancelRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason
    by: Annotated[str, StringConstraints(pattern=r"^(patient|clinic)$")] = "patient"


class RescheduleRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    starts_at: AwareDatetime
    provider_id: int | None = None


def read(session: Session, appointment: Appointment) -> AppointmentRead:
    tz = clinic_zone(session, appointment.clinic_id)
    data = appointment.model_dump()
    data["local_start"] = appointment.starts_at.astimezone(tz).isoformat()
    return AppointmentRead.model_validate(data)


def load(session: Session, appointment_id: int) -> Appointment:
    appointment = existing(session.get(Appointment, appointment_id), "appointment", appointment_id)
    return appointment


def _day_keys(provider_id: int, patient_id: int, starts_at: datetime, tz: ZoneInfo) -> list[str]:
    day = starts_at.astimezone(tz).date().isoformat()
    return [f"provider-day:{provider_id}:{day}", f"patient-day:{patient_id}:{day}"]


def next_open(
    session: Session, provider: Provider, kind: AppointmentType, after: datetime, tz: ZoneInfo
) -> datetime | None:
    """The provider's next open start for this type after a time, within two weeks."""
    step = timedelta(minutes=policy(session, kind.clinic_id).slot_step_minutes)
    duration = timedelta(minutes=kind.duration_minutes)
    start_day = after.astimezone(tz).date()
    busy = busy_spans(session, [provider.id or 0], after, after + timedelta(days=NEXT_OPEN_DAYS + 1))
    calendar = clinic_calendar(session, [provider.clinic_id])
    for offset in range(NEXT_OPEN_DAYS):
        day = start_day + timedelta(days=offset)
        if calendar.closed_why(day) is not None:  # a holiday the clinic closes on: no opening (#20)
            continue
        working = provider_day(session, provider, day, tz)
        for slot in open_slots(
            working,
            duration,
            step,
            busy[provider.id or 0],
            provider.capacity,
            group_of(kind.id, kind.group_capacity),
        ):
            if slot.start > after:
                return slot.start
    return None


def _check_slot(
    session: Session,
    *,
    provider: Provider,
    kind: AppointmentType,
    patient_id: int,
    span: Span,
    tz: ZoneInfo,
    exclude: int | None = None,
    calendar: bool = True,
) -> None:
    """Raise Invalid or Conflict unless the span is bookable; the caller holds the day locks. Without
    `calendar`, the clinic's closed days and the provider's hours are not read: a visit that took place
    put back as it was (undo_no_show), whatever the calendar says of its day since."""
    local_day = span.start.astimezone(tz).date()
    # A day the clinic is closed, in the words the schedule page says it in (#20): a holiday is refused
    # whatever hours the provider's week has.
    if calendar and (why := closed_on(session, provider.clinic_id, local_day)) is not None:
        raise Invalid(f"the clinic is closed on {clinic_day(local_day)} ({closed_reason(why)})")
    if calendar and not within_working(provider_day(session, provider, local_day, tz), span):
        raise Invalid("the time is outside the provider's working hours (or in a break or time off)")
    clash = select(Appointment).where(
        Appointment.patient_id == patient_id,
        col(Appointment.status).in_(ACTIVE),
        col(Appointment.starts_at) < span.end,
        col(Appointment.ends_at) > span.start,
    )
    if exclude is not None:
        clash = clash.where(Appointment.id != exclude)
    # The patient's own visit first: it is what the desk must move, whoever it is with.
    other = session.exec(clash.order_by(col(Appointment.starts_at))).first()
    if other is not None:
        raise Conflict(
            f"the patient already has {_booked_words(session, other, tz)} (appointment {other.id}), "
            "which overlaps this time",
            appointment_id=other.id,
        )
    busy = busy_spans(session, [provider.id or 0], span.start, span.end, exclude=exclude)[provider.id or 0]
    if not has_room(busy, span, provider.capacity, group_of(kind.id, kind.group_capacity)):
        nxt = next_open(session, provider, kind, span.start, tz)
        # a group refused for another visit at its time is not full: its places are not said
        own = not kind.group_capacity or all(b.kind_id == kind.id for b in busy)
        places = (kind.group_capacity or provider.capacity) if own else 1
        first, last = min(b.start for b in busy), max(b.end for b in busy)
        raise Conflict(
            f"{provider.full_name} is already booked {_span_words(first, last, tz)}"
            + (f" ({places} patients at once, all taken)" if places > 1 else ""),
            next_open=nxt.astimezone(tz).isoformat() if nxt else None,
        )


def _span_words(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    """'from 10:00 AM to 10:45 AM on 12/08/2026', in the clinic's zone."""
    a, b = as_utc(start).astimezone(tz), as_utc(end).astimezone(tz)
    day = clinic_day(a.date())
    return f"from {clock_words(a.hour, a.minute)} to {clock_words(b.hour, b.minute)} on {day}"


def _booked_words(session: Session, appointment: Appointment, tz: ZoneInfo) -> str:
    """An appointment as the desk names it: 'a PT follow-up with Dana Reyes, PT from 9:00 AM to 9:45 AM
    on 12/08/2026' (no clinical detail: the desk may see the schedule)."""
    kind = session.get(AppointmentType, appointment.appointment_type_id)
    with_whom = session.get(Provider, appointment.provider_id)
    what = kind.name if kind is not None else "visit"
    who = f" with {with_whom.full_name}" if with_whom is not None else ""
    return f"{with_article(what)}{who} {_span_words(appointment.starts_at, appointment.ends_at, tz)}"


@dataclass(frozen=True)
class AuthorizationCheck:
    """Core's word on one more visit on a day: the payer in effect then (None: self-pay, nothing to
    check), the authorization that covers the day or last did, and the decision with why, said with
    the payer's name ("Medicare: 1 visits will be left ...")."""

    payer: Payer | None
    authorization: Authorization | None
    outcome: str = "ok"  # "ok", "warn" or "refuse"
    reason: str = ""


def check_authorization(
    session: Session,
    patient: Patient,
    discipline: str,
    on: date,
    *,
    hold: bool = False,
    exclude: int | None = None,
) -> AuthorizationCheck:
    """The authorization rule for one more visit, the same for a booking and for a proposal to book.

    hold locks the authorization for the caller's transaction first, so that two bookings of its last
    visit are counted one after the other; a proposal, which writes nothing, reads without it."""
    payer = primary_payer(session, patient.id or 0, on)
    if payer is None:
        return AuthorizationCheck(None, None)
    auth = covering(session, patient_id=patient.id or 0, discipline=discipline, on=on)
    ahead = 0
    if auth is not None:
        if hold:
            lock(session, f"authorization:{auth.id}")
            # Read again under the row lock signing takes (use_visit): a signature committing between
            # the read above and the count below moves its visit from booked to used, and the
            # booking would count it in neither.
            auth = locked(session, Authorization, auth.id or 0) or auth
        ahead = booked_ahead(session, authorization_id=auth.id or 0, exclude_appointment=exclude)
    decision = authorization_decision(
        requires_authorization=payer.requires_authorization,
        overrun=payer.authorization_overrun,
        service_date=on,
        authorization=(auth.start_date, auth.end_date, auth.visits_approved, auth.visits_used)
        if auth
        else None,
        booked_ahead=ahead,
        alert_visits_left=policy(session, patient.clinic_id).auth_alert_visits_left,
    )
    reason = f"{payer.name}: {decision.reason}" if decision.reason else ""
    return AuthorizationCheck(payer, auth, decision.outcome, reason)


def authorization_standing(
    session: Session, *, actor: Actor, appointment_id: int
) -> AuthorizationCheck | None:
    """The authorization rule read again for a visit still to be seen (booked or checked in), whenever
    the visit is opened: the booking's warning ("the authorization ended on 08/30/2026") was said once,
    on the page the booking landed on, and never again, not at check-in (#20, trial 51). The visit itself
    is not counted among those booked ahead (check_authorization's exclude), so the words are the ones
    booking it said. None for a visit seen, cancelled or missed, or one nothing is to be said of.
    authorization.read on the visit's clinic; the authorization read is audited on the visit."""
    appointment = load(session, appointment_id)
    if appointment.status not in ACTIVE:
        return None
    require_on(session, actor, Action.authorization_read, appointment, "authorization")
    patient = load_patient(session, appointment.patient_id)
    kind = load_type(session, appointment.appointment_type_id)
    day = local_day(appointment.starts_at, clinic_zone(session, appointment.clinic_id))
    check = check_authorization(session, patient, kind.discipline, day, exclude=appointment.id)
    if check.payer is None or not check.reason:
        return None
    audit_on(
        session, actor, Action.authorization_read, appointment, "authorization", "standing of a booked visit"
    )
    session.commit()
    return check


def authorization_cap(
    session: Session, *, patient_id: int, discipline: str, days: list[date], hold: bool = False
) -> SeriesCap | None:
    """The dates of a weekly series the authorization in force on its first day covers, and those it
    does not with why (rules.within_authorization): the one rule the desk's series stops at and the
    assistant proposes by. None where nothing stops it (no dates, no payer, or a payer that asks for no
    authorization, as check_authorization says "ok" for one such visit); where the payer asks for one
    and none covers the first day, no date is covered.

    hold locks the authorization for the caller's transaction first, as check_authorization does for
    one visit: the series that books counts its visits after any booking or signing before it; a
    proposal, which writes nothing, reads without it."""
    payer = primary_payer(session, patient_id, days[0]) if days else None
    if payer is None or not payer.requires_authorization:
        return None
    auth = covering(session, patient_id=patient_id, discipline=discipline, on=days[0])
    if auth is None:
        return SeriesCap([], list(days), "no authorization covers them")
    if hold:
        lock(session, f"authorization:{auth.id}")
        # Read again under signing's row lock, as one booking does (check_authorization).
        auth = locked(session, Authorization, auth.id or 0) or auth
    ahead = booked_ahead(session, authorization_id=auth.id or 0)
    return within_authorization(
        days, (auth.start_date, auth.end_date, auth.visits_approved, auth.visits_used), ahead
    )


def _authorization(
    session: Session, patient: Patient, discipline: str, on: date, exclude: int | None = None
) -> tuple[int | None, list[str]]:
    check = check_authorization(session, patient, discipline, on, exclude=exclude, hold=True)
    if check.outcome == "refuse":
        raise Conflict(f"{check.reason}; the payer does not allow booking past it")
    auth = check.authorization
    auth_id = auth.id if auth is not None and auth.end_date >= on else None
    return auth_id, [check.reason] if check.reason else []


def may_book(session: Session, actor: Actor, provider_id: int, patient_id: int) -> Provider:
    """The provider booked with, once the actor may book this patient in the provider's clinic."""
    provider = load_provider(session, provider_id)
    require(
        session,
        actor,
        Action.appointment_write,
        clinic_id=provider.clinic_id,
        patient_id=patient_id,
        record_type="appointment",
    )
    return provider


def book_unsaved(
    session: Session, *, actor: Actor, request: BookingRequest, recurrence_id: str | None = None
) -> Booked:
    """All checks and the insert, in the caller's transaction (flows commit once for several steps)."""
    provider = may_book(session, actor, request.provider_id, request.patient_id)
    kind = load_type(session, request.appointment_type_id)
    patient = load_patient(session, request.patient_id)
    if patient.clinic_id != provider.clinic_id:
        raise Invalid(f"patient {patient.id} is not a patient of the provider's clinic")
    if kind.clinic_id != provider.clinic_id or kind.discipline != provider.discipline:
        raise Invalid(
            f"{with_article(provider.discipline)} provider of this clinic cannot take "
            + with_article(kind.name)
        )
    if not may_take(provider.credential, kind.kind):
        raise Invalid(
            f"{with_article(provider.credential)} may not furnish {with_article(kind.kind)} "
            "(assistants take follow-ups only)"
        )
    starts = request.starts_at
    if starts < utcnow() - timedelta(minutes=5):
        raise Invalid("the time is in the past")
    tz = clinic_zone(session, provider.clinic_id)
    span = Span(starts, starts + timedelta(minutes=kind.duration_minutes))
    lock(session, *_day_keys(provider.id or 0, patient.id or 0, starts, tz))
    _check_slot(session, provider=provider, kind=kind, patient_id=patient.id or 0, span=span, tz=tz)
    auth_id, warnings = _authorization(session, patient, kind.discipline, starts.astimezone(tz).date())
    appointment = Appointment(
        clinic_id=provider.clinic_id,
        patient_id=patient.id or 0,
        provider_id=provider.id or 0,
        appointment_type_id=kind.id or 0,
        authorization_id=auth_id,
        starts_at=span.start,
        ends_at=span.end,
        recurrence_id=recurrence_id,
    )
    session.add(appointment)
    session.flush()
    withdraw_filled(session, actor=actor, provider_id=provider.id or 0, span=span)
    refresh_progress_flags(session, patient_id=patient.id or 0, discipline=kind.discipline)
    _log(session, actor, appointment, "booked")
    return Booked(appointment, warnings)


def book(session: Session, *, actor: Actor, request: BookingRequest) -> Booked:
    booked = book_unsaved(session, actor=actor, request=request)
    session.commit()
    return booked


def _cancel_reminders(session: Session, appointment_id: int) -> None:
    for reminder in session.exec(
        select(Reminder).where(Reminder.appointment_id == appointment_id, Reminder.status == "pending")
    ).all():
        reminder.status = "cancelled"
        session.add(reminder)


def _for_change(
    session: Session, actor: Actor, appointment_id: int, allowed: tuple[str, ...], verb: str
) -> Appointment:
    """The appointment, once the actor may change it and it is in a state that allows the change: locked
    on its row first, so a check-in, cancel, no-show or move sent twice at once is done once and the
    second finds the state the first one left."""
    appointment = locked(session, Appointment, appointment_id)
    if appointment is None:
        raise NotFound(f"appointment {appointment_id} not found")
    require_on(session, actor, Action.appointment_write, appointment, "appointment")
    if appointment.status not in allowed:
        raise Conflict(f"appointment {appointment_id} is {appointment.status}; only a booked one can {verb}")
    return appointment


def _log(session: Session, actor: Actor, appointment: Appointment, detail: str) -> None:
    audit_on(session, actor, Action.appointment_write, appointment, "appointment", detail)


def _released(session: Session, appointment: Appointment) -> None:
    """After a visit leaves the calendar: no reminders for it, and the progress mark moves on."""
    _cancel_reminders(session, appointment.id or 0)
    kind = load_type(session, appointment.appointment_type_id)
    refresh_progress_flags(session, patient_id=appointment.patient_id, discipline=kind.discipline)


def cancel_unsaved(
    session: Session, *, actor: Actor, appointment_id: int, request: CancelRequest
) -> Appointment:
    appointment = _for_change(session, actor, appointment_id, ACTIVE, "be cancelled")
    now = utcnow()
    appointment.status = AppointmentStatus.cancelled
    appointment.cancel_reason = request.reason
    appointment.cancelled_at = now
    appointment.late_cancel = request.by == "patient" and is_late_cancel(
        appointment.starts_at, now, policy(session, appointment.clinic_id).late_cancel_hours
    )
    session.add(appointment)
    _released(session, appointment)
    _log(session, actor, appointment, "cancelled late" if appointment.late_cancel else "cancelled")
    return appointment


def reschedule_unsaved(
    session: Session, *, actor: Actor, appointment_id: int, request: RescheduleRequest
) -> tuple[Booked, Span]:
    """Move a booking in one step; returns the moved booking and the span it freed."""
    appointment = _for_change(session, actor, appointment_id, (AppointmentStatus.booked,), "be moved")
    provider = load_provider(session, request.provider_id or appointment.provider_id)
    if provider.clinic_id != appointment.clinic_id:
        raise Invalid("the new provider works at another clinic")
    kind = load_type(session, appointment.appointment_type_id)
    if provider.discipline != kind.discipline or not may_take(provider.credential, kind.kind):
        raise Invalid(f"provider {provider.id} cannot take {with_article(kind.name)}")
    if request.starts_at < utcnow() - timedelta(minutes=5):
        raise Invalid("the time is in the past")
    tz = clinic_zone(session, appointment.clinic_id)
    old = Span(appointment.starts_at, appointment.ends_at)
    new = Span(request.starts_at, request.starts_at + (old.end - old.start))
    if as_utc(new.start) == as_utc(old.start) and provider.id == appointment.provider_id:
        # A move sent twice (a double click): the first one moved it, and a move from there to there
        # would offer the time it still holds to the wait list.
        raise Conflict(f"appointment {appointment_id} is already at that time with that provider")
    from core.recordings.service import is_documented, note_moved_with_visit
    from core.visits.models import Visit
    from core.visits.service import move_refusal, move_with_appointment

    # A visit opened ahead on it (pre-charting, #20) moves with it, or nothing moves: its row locked, so
    # nothing is written on it between the check and the move.
    visit = next(iter(locked_where(session, Visit, col(Visit.appointment_id) == appointment_id)), None)
    if visit is not None and (
        refused := move_refusal(visit, provider, is_documented(session, visit.id or 0))
    ):
        raise Conflict(f"appointment {appointment_id} cannot be moved: {refused}")
    lock(
        session,
        *_day_keys(appointment.provider_id, appointment.patient_id, old.start, tz),
        *_day_keys(provider.id or 0, appointment.patient_id, new.start, tz),
    )
    _check_slot(
        session,
        provider=provider,
        kind=kind,
        patient_id=appointment.patient_id,
        span=new,
        tz=tz,
        exclude=appointment_id,
    )
    patient = existing(session.get(Patient, appointment.patient_id), "patient", appointment.patient_id)
    auth_id, warnings = _authorization(
        session,
        patient,
        kind.discipline,
        new.start.astimezone(tz).date(),
        exclude=appointment_id,
    )
    appointment.provider_id = provider.id or 0
    appointment.starts_at, appointment.ends_at = new.start, new.end
    appointment.authorization_id = auth_id
    session.add(appointment)
    if visit is not None:
        if visit.provider_id != appointment.provider_id:
            note_moved_with_visit(session, visit.id or 0, appointment.provider_id)
        move_with_appointment(session, actor, visit, appointment)
    session.flush()
    withdraw_filled(session, actor=actor, provider_id=provider.id or 0, span=new)
    _cancel_reminders(session, appointment_id)
    refresh_progress_flags(session, patient_id=appointment.patient_id, discipline=kind.discipline)
    _log(
        session,
        actor,
        appointment,
        f"rescheduled from {in_clinic_words(old.start, tz)} to {in_clinic_words(new.start, tz)}",
    )
    return Booked(appointment, warnings), old


def check_in(session: Session, *, actor: Actor, appointment_id: int) -> Appointment:
    appointment = _for_change(session, actor, appointment_id, (AppointmentStatus.booked,), "be checked in")
    tz = clinic_zone(session, appointment.clinic_id)
    now = utcnow()
    if not may_check_in(appointment.status, local_day(appointment.starts_at, tz), now.astimezone(tz).date()):
        raise Invalid("check-in is for today's appointments")
    appointment.status, appointment.checked_in_at = AppointmentStatus.checked_in, now
    session.add(appointment)
    _log(session, actor, appointment, "checked in")
    session.commit()
    return appointment


def no_show(session: Session, *, actor: Actor, appointment_id: int, reason: str) -> Appointment:
    appointment = _for_change(session, actor, appointment_id, (AppointmentStatus.booked,), "be a no-show")
    if not may_mark_no_show(appointment.status, as_utc(appointment.starts_at), utcnow()):
        raise Invalid("an appointment can be marked a no-show only after its start")
    appointment.status = AppointmentStatus.no_show
    appointment.cancel_reason = reason.strip()[:200] or "did not arrive"
    session.add(appointment)
    _released(session, appointment)
    _log(session, actor, appointment, "no-show")
    session.commit()
    return appointment


def _last_change(session: Session, appointment_id: int) -> str | None:
    """What the appointment's latest audited change said ("no-show undone: booked", "check-in undone"):
    how an undo clicked twice knows the first click put it back."""
    from core.audit.models import AuditEntry

    return session.exec(
        select(AuditEntry.detail)
        .where(
            AuditEntry.record_type == "appointment",
            AuditEntry.record_id == str(appointment_id),
            AuditEntry.action == Action.appointment_write.value,
        )
        .order_by(col(AuditEntry.id).desc())
    ).first()


def _documented(session: Session, appointment_id: int) -> bool:
    """Whether a visit documented on the appointment stands in the way of an undo: recorded, or its note
    signed (core.visits.rules.documented). A visit only opened ahead to prepare its note does not (#20)."""
    from core.recordings.service import is_documented
    from core.visits.models import Visit

    visit_id = session.exec(select(Visit.id).where(Visit.appointment_id == appointment_id)).first()
    return visit_id is not None and is_documented(session, visit_id)


UNDONE = "no-show undone"


def undo_no_show(session: Session, *, actor: Actor, appointment_id: int, arrived: bool) -> Appointment:
    """A no-show marked by mistake put back: booked again, or checked in when the patient is here
    (`arrived`, on the visit's own day). Serialised on the appointment's row; audited. Its time is
    checked again (the no-show freed it, and it may have been given to someone else since). A second
    click finds it already put back and changes nothing."""
    appointment = locked(session, Appointment, appointment_id)
    if appointment is None:
        raise NotFound(f"appointment {appointment_id} not found")
    require_on(session, actor, Action.appointment_write, appointment, "appointment")
    tz = clinic_zone(session, appointment.clinic_id)
    today = utcnow().astimezone(tz).date()
    day = local_day(appointment.starts_at, tz)
    wanted = AppointmentStatus.checked_in if arrived and day == today else AppointmentStatus.booked
    if appointment.status != AppointmentStatus.no_show:
        last = _last_change(session, appointment_id)
        if appointment.status == wanted and (last or "").startswith(UNDONE):
            return appointment
        raise Conflict(
            f"appointment {appointment_id} is {appointment.status.replace('_', ' ')}, not a no-show"
        )
    if not may_undo_no_show(appointment.status, _documented(session, appointment_id)):
        raise Conflict(
            f"appointment {appointment_id} has a visit documented; it is no longer a no-show to undo"
        )
    if arrived and day != today:
        raise Invalid("a patient is checked in on the day of the visit; put it back as booked instead")
    lock(session, *_day_keys(appointment.provider_id, appointment.patient_id, appointment.starts_at, tz))
    _check_slot(
        session,
        provider=load_provider(session, appointment.provider_id),
        kind=load_type(session, appointment.appointment_type_id),
        patient_id=appointment.patient_id,
        span=Span(as_utc(appointment.starts_at), as_utc(appointment.ends_at)),
        tz=tz,
        exclude=appointment_id,
        # (the visit's day has passed or is today: the patient came, whatever time off or a holiday
        # written since says of it; only its time given to another stops the undo)
        calendar=False,
    )
    appointment.status = wanted
    appointment.cancel_reason = ""
    if wanted == AppointmentStatus.checked_in:
        appointment.checked_in_at = utcnow()
    session.add(appointment)
    kind = load_type(session, appointment.appointment_type_id)
    refresh_progress_flags(session, patient_id=appointment.patient_id, discipline=kind.discipline)
    _log(
        session,
        actor,
        appointment,
        f"{UNDONE}: {'checked in' if wanted == AppointmentStatus.checked_in else 'booked'}",
    )
    session.commit()
    return appointment


CHECK_IN_UNDONE = "check-in undone"


def undo_check_in(session: Session, *, actor: Actor, appointment_id: int) -> Appointment:
    """A check-in made by mistake put back to booked, so the visit can be cancelled, marked a no-show or
    checked in again (rules.may_undo_check_in: not once a visit is documented on it). Serialised on the
    appointment's row; audited. A copay taken at check-in is not touched: it is the patient's payment,
    and the visit's page says so. A second click finds it already put back and changes nothing."""
    appointment = locked(session, Appointment, appointment_id)
    if appointment is None:
        raise NotFound(f"appointment {appointment_id} not found")
    require_on(session, actor, Action.appointment_write, appointment, "appointment")
    if appointment.status != AppointmentStatus.checked_in:
        last = _last_change(session, appointment_id)
        if appointment.status == AppointmentStatus.booked and last == CHECK_IN_UNDONE:
            return appointment
        raise Conflict(
            f"appointment {appointment_id} is {appointment.status.replace('_', ' ')}, not checked in"
        )
    if not may_undo_check_in(appointment.status, _documented(session, appointment_id)):
        raise Conflict(f"appointment {appointment_id} has a visit documented; its check-in stands")
    appointment.status, appointment.checked_in_at = AppointmentStatus.booked, None
    session.add(appointment)
    _log(session, actor, appointment, CHECK_IN_UNDONE)
    session.commit()
    return appointment
