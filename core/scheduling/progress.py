"""Which upcoming visit must carry a progress report."""

from sqlmodel import Session, col, func, select

from core.enums import AppointmentStatus
from core.scheduling.models import Appointment, AppointmentType
from core.scheduling.rules import progress_report_due
from core.visits.models import Visit

REPORT_TYPES = ("evaluation", "progress", "re-evaluation")
EVERY = 10


def treatment_days_since_report(session: Session, *, patient_id: int, discipline: str) -> int:
    """Visits of the discipline since the last evaluation, re-evaluation or progress report."""
    last = session.exec(
        select(func.max(Visit.service_date)).where(
            Visit.patient_id == patient_id,
            Visit.discipline == discipline,
            col(Visit.note_type).in_(REPORT_TYPES),
        )
    ).one()
    stmt = (
        select(func.count())
        .select_from(Visit)
        .where(Visit.patient_id == patient_id, Visit.discipline == discipline)
    )
    if last is not None:
        stmt = stmt.where(col(Visit.service_date) > last)
    return session.exec(stmt).one()


def refresh_progress_flags(session: Session, *, patient_id: int, discipline: str, every: int = EVERY) -> None:
    """Mark the next booked visit when it is the one that must carry the report; clear the others.

    Called whenever the visits or the bookings change (booking, cancelling, signing), so the mark
    moves forward with them.
    """
    done = treatment_days_since_report(session, patient_id=patient_id, discipline=discipline)
    upcoming = session.exec(
        select(Appointment)
        .join(AppointmentType, col(AppointmentType.id) == Appointment.appointment_type_id)
        .where(
            Appointment.patient_id == patient_id,
            AppointmentType.discipline == discipline,
            Appointment.status == AppointmentStatus.booked,
        )
        .order_by(col(Appointment.starts_at))
    ).all()
    for index, appointment in enumerate(upcoming):
        due = index == 0 and progress_report_due(done, every)
        if appointment.progress_due != due:
            appointment.progress_due = due
            session.add(appointment)
