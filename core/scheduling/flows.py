"""Workflows over several scheduling steps, each committed once: all of it or none of it."""

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlmodel import Session

from core.actor import Actor
from core.errors import Conflict, Invalid, TherascribeError
from core.locks import lock
from core.providers.models import Provider
from core.scheduling.booking import (
    NEXT_OPEN_DAYS,
    Booked,
    BookingRequest,
    CancelRequest,
    RescheduleRequest,
    authorization_cap,
    book_unsaved,
    cancel_unsaved,
    may_book,
    next_open,
    reschedule_unsaved,
)
from core.scheduling.calendar import clinic_zone, load_type, provider_day
from core.scheduling.closed_days import clinic_calendar, closed_reason
from core.scheduling.models import Appointment, AppointmentType, WaitListOffer
from core.scheduling.slots import local_instant
from core.scheduling.waitlist import offer_freed_slot
from core.timeutil import local_day, utcnow


def cancel(
    session: Session, *, actor: Actor, appointment_id: int, request: CancelRequest
) -> tuple[Appointment, list[WaitListOffer]]:
    """Cancel and offer the freed slot to the wait list, in one transaction."""
    appointment = cancel_unsaved(session, actor=actor, appointment_id=appointment_id, request=request)
    offers = offer_freed_slot(session, actor=actor, freed=appointment)
    session.commit()
    return appointment, offers


def reschedule(
    session: Session, *, actor: Actor, appointment_id: int, request: RescheduleRequest
) -> tuple[Booked, list[WaitListOffer]]:
    """Move a booking atomically; the time it left is offered to the wait list."""
    booked, old = reschedule_unsaved(session, actor=actor, appointment_id=appointment_id, request=request)
    ghost = Appointment(
        id=booked.appointment.id,
        clinic_id=booked.appointment.clinic_id,
        patient_id=booked.appointment.patient_id,
        provider_id=booked.appointment.provider_id,
        appointment_type_id=booked.appointment.appointment_type_id,
        starts_at=old.start,
        ends_at=old.end,
    )
    offers = offer_freed_slot(session, actor=actor, freed=ghost)
    session.commit()
    return booked, offers


class RecurringRequest(BaseModel):
    """'Twice a week for four weeks': weekdays at one local time, from a first day, for some weeks."""

    model_config = ConfigDict(extra="forbid")

    patient_id: int
    provider_id: int
    appointment_type_id: int
    first_day: date
    weekdays: list[Annotated[int, Field(ge=0, le=6)]]
    local_minute: Annotated[int, Field(ge=0, le=1439)]
    weeks: Annotated[int, Field(ge=1, le=26)]
    # Book only what the authorization in force on the first day still covers, and say where it stopped.
    stop_at_authorization: bool = False

    @model_validator(mode="after")
    def _days(self) -> "RecurringRequest":
        if not self.weekdays:
            raise ValueError("name at least one weekday")
        return self


@dataclass
class RecurringResult:
    booked: list[Booked] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    left_out: list[date] = field(default_factory=list)
    stopped: str = ""


def occurrences(request: RecurringRequest) -> list[date]:
    monday = request.first_day - timedelta(days=request.first_day.weekday())
    days = [
        monday + timedelta(weeks=w, days=d)
        for w in range(request.weeks)
        for d in sorted(set(request.weekdays))
    ]
    return [d for d in days if d >= request.first_day]


def book_recurring(session: Session, *, actor: Actor, request: RecurringRequest) -> RecurringResult:
    """Book each occurrence that fits; report each one that does not, with the reason and the next
    open time. What fits is booked in one commit."""
    # Asked once, before the savepoints: a refusal inside one ended the transaction under it (a 500).
    provider = may_book(session, actor, request.provider_id, request.patient_id)
    tz = clinic_zone(session, provider.clinic_id)
    days = occurrences(request)
    starts: list[datetime] = [local_instant(day, request.local_minute, tz) for day in days]
    # Every day's locks first, before any step writes an audit entry (the chain's lock comes last).
    lock(
        session,
        *[
            key
            for s in starts
            for key in (
                f"provider-day:{provider.id}:{s.astimezone(tz).date().isoformat()}",
                f"patient-day:{request.patient_id}:{s.astimezone(tz).date().isoformat()}",
            )
        ],
    )
    # After the day locks, as a single booking takes them, so the two never wait on each other.
    cap = (
        authorization_cap(
            session, patient_id=request.patient_id, discipline=provider.discipline, days=days, hold=True
        )
        if request.stop_at_authorization
        else None
    )
    # The authorization caps how many are booked, not which dates: a covered date that clashes hands its
    # visit to the next date inside the authorization's dates (two left, Monday booked, Wednesday taken:
    # the next Monday is booked, not left out).
    allowance = len(cap.days) if cap is not None else len(days)
    if cap is not None:
        tried = set(cap.days) | set(cap.spare)
        starts = [s for d, s in zip(days, starts, strict=True) if d in tried]
        days = [d for d in days if d in tried]
    result = RecurringResult(left_out=list(cap.left_out), stopped=cap.reason) if cap else RecurringResult()
    recurrence = f"r{request.patient_id}-{int(utcnow().timestamp())}"
    calendar = clinic_calendar(session, [provider.clinic_id])
    for day, start in zip(days, starts, strict=True):
        if len(result.booked) == allowance:
            break
        # A day the clinic is closed (a holiday it closes on) is listed as not booked, with why, and the
        # series books on past it (#20): the booking would refuse it in the same words.
        if calendar.worked and (why := calendar.closed_why(day)) is not None:
            if day in result.left_out:
                result.left_out.remove(day)
            result.conflicts.append(
                {
                    "day": day.isoformat(),
                    "starts_at": start.isoformat(),
                    "reason": f"the clinic is closed ({closed_reason(why)})",
                    "next_open": None,  # offered once the series' own days are booked (below)
                    "closed": why,
                }
            )
            continue
        savepoint = session.begin_nested()
        try:
            booked = book_unsaved(
                session,
                actor=actor,
                recurrence_id=recurrence,
                request=BookingRequest(
                    patient_id=request.patient_id,
                    provider_id=request.provider_id,
                    appointment_type_id=request.appointment_type_id,
                    starts_at=start,
                ),
            )
            savepoint.commit()
            result.booked.append(booked)
            if day in result.left_out:
                result.left_out.remove(day)
        except (Conflict, Invalid) as exc:
            savepoint.rollback()
            if day in result.left_out:  # tried: its clash says why, not the authorization
                result.left_out.remove(day)
            result.conflicts.append(
                {
                    "day": day.isoformat(),
                    "starts_at": start.isoformat(),
                    "reason": exc.detail,
                    "next_open": exc.extra.get("next_open"),
                    "closed": None,
                }
            )
        except TherascribeError:
            savepoint.rollback()
            raise
    if not result.left_out:
        result.stopped = ""
    # A day offered for one closed day is the patient's as much as a booked one: two closed days in a row
    # (Thanksgiving and the Friday after) are offered two different days, not one time twice.
    taken_days = {local_day(b.appointment.starts_at, tz) for b in result.booked}
    kind = load_type(session, request.appointment_type_id)
    for conflict in result.conflicts:
        if conflict["closed"] is not None:
            instead = open_instead(
                session,
                provider,
                kind,
                date.fromisoformat(conflict["day"]),
                request.local_minute,
                taken_days,
            )
            conflict["next_open"] = instead.astimezone(tz).isoformat() if instead else None
            if instead is not None:
                taken_days.add(local_day(instead, tz))
    session.commit()
    return result


def open_instead(
    session: Session,
    provider: Provider,
    kind: AppointmentType,
    closed: date,
    minute: int,
    series_days: Collection[date],
) -> datetime | None:
    """What the desk offers for a day of a series the clinic is closed on (#20): the provider's next open
    start from the series' own time on the next day the clinic is open and the provider works (the day
    after a Thursday Thanksgiving, at 10:00 AM where that is free, else the next open start after it),
    never on a day the series has the patient booked already; within two weeks (booking.next_open), else
    None. Asked by the booking form's series and the API's alike."""
    tz = clinic_zone(session, provider.clinic_id)
    calendar = clinic_calendar(session, [provider.clinic_id])
    day = closed
    while (day - closed).days < NEXT_OPEN_DAYS:
        day += timedelta(days=1)
        if day in series_days or calendar.closed_why(day) is not None:
            continue
        if not provider_day(session, provider, day, tz):  # a day off: the next worked day at the series time
            continue
        # (a moment before the series' time, so the time itself is offered where it is open)
        found = next_open(
            session, provider, kind, local_instant(day, minute, tz) - timedelta(microseconds=1), tz
        )
        if found is None:
            return None
        if local_day(found, tz) not in series_days:
            return found
        day = local_day(found, tz)
    return None
