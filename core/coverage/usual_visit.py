"""The visit type a booking or a wait-list entry for a patient starts on: the patient's own discipline,
not the clinic's first type (#20: a PT patient's booking form opened on an OT provider and an OT
follow-up, the types being listed OT first).

The discipline is the plan of care's (the plan in force on the day, else the patient's latest), else
the latest referral's. The kind follows Medicare's episode (Medicare Benefit Policy Manual ch. 15
§220.1): under a plan in force, a treatment visit (follow-up); after the plan has ended, a
re-evaluation to recertify it; with no plan yet, the evaluation that establishes one. The one who
books may change either; this is only where the form starts."""

from datetime import date

from sqlmodel import Session, col, select

from core.access import require
from core.actor import Actor
from core.audit.service import Event, record_one
from core.patients.models import Patient
from core.permissions import Action
from core.plans.models import PlanOfCare
from core.referrals.models import Referral
from core.scheduling.models import AppointmentType


def usual_kind(plans: list[tuple[str, date, date]], referrals: list[str], on: date) -> tuple[str, str] | None:
    """(discipline, kind) of the visit a patient is usually booked for on `on`. `plans`: (discipline,
    start, end) of the patient's plans of care; `referrals`: the disciplines of their referrals, latest
    first. None where neither says a discipline."""
    in_force = [p for p in plans if p[1] <= on <= p[2]]
    if in_force:
        return max(in_force, key=lambda p: (p[2], p[1]))[0], "follow-up"
    started = [p for p in plans if p[1] <= on]
    if started:
        return max(started, key=lambda p: (p[2], p[1]))[0], "re-evaluation"
    if referrals:
        return referrals[0], "evaluation"
    return None


def usual_type(session: Session, *, actor: Actor, patient_id: int, on: date) -> AppointmentType | None:
    """The clinic's appointment type of the patient's usual visit on the day (`usual_kind`): of that
    discipline and kind (by name), else the discipline's first; None where the record says no
    discipline. For the one who may book; what is read is audited against the patient."""
    patient = session.get(Patient, patient_id)
    if patient is None:
        return None
    require(
        session,
        actor,
        Action.appointment_write,
        clinic_id=patient.clinic_id,
        patient_id=patient_id,
        record_type="appointment",
    )
    plans = session.exec(
        select(col(PlanOfCare.discipline), col(PlanOfCare.start_date), col(PlanOfCare.end_date)).where(
            PlanOfCare.patient_id == patient_id
        )
    ).all()
    referrals = session.exec(
        select(Referral.discipline)
        .where(Referral.patient_id == patient_id)
        .order_by(col(Referral.received_on).desc(), col(Referral.id).desc())
    ).all()
    usual = usual_kind([(d, s, e) for d, s, e in plans], list(referrals), on)
    record_one(
        session,
        actor,
        Event(
            Action.appointment_read.value,
            clinic_id=patient.clinic_id,
            patient_id=patient_id,
            record_type="plan_of_care",
            detail="the usual visit type, for booking",
        ),
    )
    session.commit()
    if usual is None:
        return None
    discipline, kind = usual
    types = session.exec(
        select(AppointmentType)
        .where(AppointmentType.clinic_id == patient.clinic_id, AppointmentType.discipline == discipline)
        .order_by(col(AppointmentType.name))
    ).all()
    return next((t for t in types if t.kind == kind), types[0] if types else None)
