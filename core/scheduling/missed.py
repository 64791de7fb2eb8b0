"""Visits the patient did not keep: no-shows and late cancellations across the clinic, for the front desk
to follow up (a call, the clinic's fee, the wait list) and for the owner's attendance figures.

A late cancellation is one the patient made within the clinic's late-cancel window (ClinicPolicy
.late_cancel_hours; set when it was cancelled, core.scheduling.booking.cancel); a cancellation by the
clinic, or the patient's in good time, is neither."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, or_
from sqlmodel import Session, col

from core.access import event_on, require_anywhere
from core.actor import Actor
from core.audit.service import record
from core.enums import AppointmentStatus
from core.errors import Invalid
from core.patients.models import listed_name
from core.permissions import Action
from core.scheduling.calendar import clinic_zone, named_in_days
from core.scheduling.models import Appointment
from core.timeutil import as_utc

LONGEST_RANGE_DAYS = 366


@dataclass(frozen=True)
class MissedVisit:
    appointment_id: int
    clinic_id: int
    patient_id: int
    patient: str  # 'Rivera, Amanda', as the desk files people
    provider_id: int
    provider: str
    kind: str
    starts_at: datetime  # in the clinic's zone
    what: str  # "no-show" or "late cancellation"
    reason: str
    cancelled_at: datetime | None  # in the clinic's zone


def missed_visits(
    session: Session,
    *,
    actor: Actor,
    first: date,
    last: date,
    provider_id: int | None = None,
    limit: int = 500,
) -> list[MissedVisit]:
    """The no-shows and late cancellations of visits from `first` to `last` (the clinic's days, both
    included) in the asker's clinics, one provider's where named, latest first; every one shown is an
    audited read of its appointment."""
    if last < first:
        raise Invalid("the range ends before it starts")
    if (last - first).days >= LONGEST_RANGE_DAYS:
        raise Invalid(f"choose at most {LONGEST_RANGE_DAYS} days")
    found: list[tuple[MissedVisit, Appointment]] = []
    for clinic_id in require_anywhere(session, actor, Action.appointment_read):
        zone = clinic_zone(session, clinic_id)
        stmt = named_in_days(clinic_id, first, last, zone).where(
            or_(
                col(Appointment.status) == AppointmentStatus.no_show,
                and_(
                    col(Appointment.status) == AppointmentStatus.cancelled,
                    col(Appointment.late_cancel).is_(True),
                ),
            )
        )
        if provider_id is not None:
            stmt = stmt.where(Appointment.provider_id == provider_id)
        for appointment, patient, provider, kind in session.exec(
            stmt.order_by(col(Appointment.starts_at).desc(), col(Appointment.id).desc()).limit(limit)
        ).all():
            missed = appointment.status == AppointmentStatus.no_show
            found.append(
                (
                    MissedVisit(
                        appointment_id=appointment.id or 0,
                        clinic_id=clinic_id,
                        patient_id=appointment.patient_id,
                        patient=listed_name(patient),
                        provider_id=provider.id or 0,
                        provider=provider.full_name,
                        kind=kind.name,
                        starts_at=as_utc(appointment.starts_at).astimezone(zone),
                        what="no-show" if missed else "late cancellation",
                        reason=appointment.cancel_reason,
                        cancelled_at=as_utc(appointment.cancelled_at).astimezone(zone)
                        if appointment.cancelled_at
                        else None,
                    ),
                    appointment,
                )
            )
    # Clinics in different zones: one list, latest first, by the instant.
    found = sorted(found, key=lambda pair: as_utc(pair[1].starts_at), reverse=True)[:limit]
    record(
        session,
        actor,
        [event_on(Action.appointment_read, a, "appointment", "missed visits") for _, a in found],
    )
    session.commit()
    return [visit for visit, _ in found]
