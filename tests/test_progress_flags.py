"""core.scheduling.progress called directly on the demo practice: treatment days since the last report
counted as plain SQL counts them, and the progress-report mark put on the next booked visit only."""

from conftest import Practice
from sqlalchemy import text
from sqlmodel import Session, col, select

from core.enums import AppointmentStatus
from core.scheduling.models import Appointment, AppointmentType
from core.scheduling.progress import refresh_progress_flags, treatment_days_since_report

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

SINCE_REPORT = """
SELECT COUNT(*) FROM visit v
WHERE v.patient_id = :p AND v.discipline = :d AND (
  NOT EXISTS (SELECT 1 FROM visit r WHERE r.patient_id = :p AND r.discipline = :d
              AND r.note_type IN ('evaluation', 'progress', 're-evaluation'))
  OR v.service_date > (SELECT MAX(r.service_date) FROM visit r WHERE r.patient_id = :p AND r.discipline = :d
                       AND r.note_type IN ('evaluation', 'progress', 're-evaluation')))
"""


def _booked(session: Session, patient_id: int, discipline: str) -> list[Appointment]:
    return list(
        session.exec(
            select(Appointment)
            .join(AppointmentType, col(AppointmentType.id) == Appointment.appointment_type_id)
            .where(
                Appointment.patient_id == patient_id,
                AppointmentType.discipline == discipline,
                Appointment.status == AppointmentStatus.booked,
            )
            .order_by(col(Appointment.starts_at))
        ).all()
    )


def _patients_with_bookings(session: Session) -> list[tuple[int, str]]:
    rows = session.exec(
        select(Appointment.patient_id, AppointmentType.discipline)
        .join(AppointmentType, col(AppointmentType.id) == Appointment.appointment_type_id)
        .where(Appointment.status == AppointmentStatus.booked)
        .distinct()
        .order_by(col(Appointment.patient_id))
        .limit(15)
    ).all()
    return [(p, d) for p, d in rows]


def test_treatment_days_since_report_as_plain_sql_counts_them(practice: Practice) -> None:
    with practice.session() as session:
        pairs = _patients_with_bookings(session)
        assert pairs
        for patient_id, discipline in pairs:
            expected = (
                session.connection()
                .execute(text(SINCE_REPORT), {"p": patient_id, "d": discipline})
                .scalar_one()
            )
            assert (
                treatment_days_since_report(session, patient_id=patient_id, discipline=discipline) == expected
            )


def test_the_mark_goes_on_the_next_booked_visit_only_when_due(practice: Practice) -> None:
    with practice.session() as session:
        patient_id, discipline = next(
            (p, d) for p, d in _patients_with_bookings(session) if len(_booked(session, p, d)) >= 2
        )
        done = treatment_days_since_report(session, patient_id=patient_id, discipline=discipline)
        # due at once (every visit needs one), then never (a count no patient reaches)
        refresh_progress_flags(session, patient_id=patient_id, discipline=discipline, every=1)
        assert [a.progress_due for a in _booked(session, patient_id, discipline)][:2] == [True, False]
        refresh_progress_flags(session, patient_id=patient_id, discipline=discipline, every=done + 10**6)
        assert not any(a.progress_due for a in _booked(session, patient_id, discipline))
        session.rollback()  # the shared practice is left as it was
