"""Whether a Medicare patient's visit would have a plan of care under it, said to the one who books it
before the booking is written.

Medicare pays outpatient therapy only under a plan of care the therapist established and a physician
certifies, for at most 90 days (Medicare Benefit Policy Manual ch. 15 §220.1, §220.1.2); a discharge
ends the episode, and care after it starts again with an evaluation. An evaluation establishes the plan,
so it is always booked without a word; a re-evaluation may recertify a plan that lapsed, not reopen a
discharged episode. The desk is warned and books anyway once it has read the warning (a plan may be
in the physician's hands): the rule that refuses a booking is the authorization's (booking.py)."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from core.access import require
from core.actor import Actor
from core.audit.service import Event, record_one
from core.enums import NoteStatus
from core.notes.models import Note
from core.patients.insurance import primary_payer
from core.patients.service import in_force
from core.permissions import Action
from core.plans.models import PlanOfCare
from core.scheduling.calendar import clinic_zone, load_type
from core.timeutil import clinic_day, local_day
from core.visits.models import Visit


@dataclass(frozen=True)
class PlanCheck:
    outcome: str = "ok"  # "ok" or "warn"
    reason: str = ""


def plan_problem(
    kind: str, discipline: str, on: date, plan: tuple[date, date] | None, discharged_on: date | None
) -> str:
    """Why a Medicare visit of `kind` on `on` has no plan of care under it ('' where it has one, or
    needs none). `plan`: the start and end of the patient's plan of the discipline in force that day,
    else the last before it; `discharged_on`: the date of service of the last signed discharge."""
    if kind == "evaluation":
        return ""
    if discharged_on is not None and discharged_on <= on and (plan is None or plan[0] <= discharged_on):
        return (
            f"discharged from {discipline} on {clinic_day(discharged_on)}; therapy is paid only under a "
            "plan of care, and a new episode starts with an evaluation"
        )
    if kind == "re-evaluation":
        return ""
    if plan is None:
        return f"no {discipline} plan of care on file; therapy is paid only under one: book an evaluation"
    if on > plan[1]:
        return (
            f"the {discipline} plan of care ended on {clinic_day(plan[1])}; it must be recertified "
            "(a re-evaluation or progress report the physician signs) before this visit is paid"
        )
    return ""


def plan_of_care_check(
    session: Session, *, actor: Actor, patient_id: int, appointment_type_id: int, on: date
) -> PlanCheck:
    """The plan-of-care warning for booking this patient a visit of this type on a day: none unless
    Medicare pays that day. The one who may book may ask; what is read is audited against the patient."""
    from core.patients.models import Patient

    kind = load_type(session, appointment_type_id)
    patient = session.get(Patient, patient_id)
    clinic_id = patient.clinic_id if patient else kind.clinic_id
    require(
        session,
        actor,
        Action.appointment_write,
        clinic_id=clinic_id,
        patient_id=patient_id,
        record_type="appointment",
    )
    payer = primary_payer(session, patient_id, on) if patient else None
    if payer is None or payer.kind != "medicare":
        return PlanCheck()
    plan = in_force(session, PlanOfCare, patient_id, kind.discipline, on)
    discharged = session.exec(
        select(Visit.service_date)
        .join(Note, col(Note.visit_id) == Visit.id)
        .where(
            Note.patient_id == patient_id,
            Note.discipline == kind.discipline,
            Note.note_type == "discharge",
            col(Note.status).in_((NoteStatus.signed, NoteStatus.awaiting_cosign)),
        )
        .order_by(col(Visit.service_date).desc())
    ).first()
    record_one(
        session,
        actor,
        Event(
            Action.appointment_read.value,
            clinic_id=clinic_id,
            patient_id=patient_id,
            record_type="plan_of_care",
            record_id=(plan.id or "") if plan else "",
            detail="plan of care in force, for booking",
        ),
    )
    session.commit()
    problem = plan_problem(
        kind.kind,
        kind.discipline,
        on,
        (plan.start_date, plan.end_date) if plan else None,
        local_day(discharged, clinic_zone(session, clinic_id)) if discharged else None,
    )
    return PlanCheck("warn", f"{payer.name}: {problem}") if problem else PlanCheck()
