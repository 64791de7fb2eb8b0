"""Opening a visit from an appointment: the clinician's own, with the patient's recording consent."""

from sqlmodel import Session, col, select

from core.access import require, require_on
from core.actor import Actor
from core.audit.service import Event, record_one
from core.enums import AppointmentStatus
from core.errors import Conflict, Forbidden, NotFound
from core.permissions import Action
from core.plans.models import PlanOfCare
from core.scheduling.models import Appointment, AppointmentType
from core.timeutil import utcnow
from core.visits.models import Visit

NOTE_TYPE_OF_KIND = {
    "evaluation": "evaluation",
    "re-evaluation": "re-evaluation",
    "progress": "progress",
    "discharge": "discharge",
}
# A visit is opened for a kept appointment (before, at or after check-in), never a cancelled or missed one.
OPENS_A_VISIT = (AppointmentStatus.booked, AppointmentStatus.checked_in, AppointmentStatus.completed)


def open_visit(session: Session, *, actor: Actor, appointment_id: int, recording_consent: bool) -> Visit:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(f"appointment {appointment_id} not found")
    require(
        session,
        actor,
        Action.note_write,
        clinic_id=appointment.clinic_id,
        patient_id=appointment.patient_id,
        record_type="appointment",
        record_id=appointment_id,
    )
    if appointment.provider_id not in actor.provider_ids:
        raise Forbidden("a clinician opens only their own visits")
    if appointment.status not in OPENS_A_VISIT:
        raise Conflict(f"appointment {appointment_id} is {appointment.status}")
    existing = session.exec(select(Visit).where(Visit.appointment_id == appointment_id)).first()
    if existing is not None:
        return existing
    kind = session.get(AppointmentType, appointment.appointment_type_id)
    note_type = NOTE_TYPE_OF_KIND.get(kind.kind if kind else "", "daily")
    if appointment.progress_due:
        note_type = "progress"
    plan = session.exec(
        select(PlanOfCare)
        .where(
            PlanOfCare.patient_id == appointment.patient_id,
            PlanOfCare.discipline == (kind.discipline if kind else ""),
        )
        .order_by(col(PlanOfCare.start_date).desc())
    ).first()
    now = utcnow()
    visit = Visit(
        appointment_id=appointment_id,
        clinic_id=appointment.clinic_id,
        patient_id=appointment.patient_id,
        provider_id=appointment.provider_id,
        plan_id=plan.id if plan else None,
        discipline=kind.discipline if kind else "",
        note_type=note_type,
        service_date=appointment.starts_at,
        recording_consent=recording_consent,
        recording_consent_at=now if recording_consent else None,
    )
    appointment.status = AppointmentStatus.completed
    session.add_all([visit, appointment])
    session.flush()
    record_one(
        session,
        actor,
        Event(
            Action.note_write.value,
            clinic_id=visit.clinic_id,
            patient_id=visit.patient_id,
            record_type="visit",
            record_id=visit.id or "",
            detail="opened" + (" with recording consent" if recording_consent else ""),
        ),
    )
    session.commit()
    return visit


def get_visit(session: Session, *, actor: Actor, visit_id: int) -> Visit:
    """A visit, for someone who may read its notes (the front desk and billers may not)."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"visit {visit_id} not found")
    require_on(session, actor, Action.note_read, visit, "visit")
    return visit


def visit_of(session: Session, *, actor: Actor, appointment_id: int) -> Visit | None:
    """The visit opened from this appointment, if it was: for its clinician (note.read), not the desk."""
    visit = session.exec(select(Visit).where(Visit.appointment_id == appointment_id)).first()
    if visit is not None:
        require_on(session, actor, Action.note_read, visit, "visit")
    return visit
