"""A visit's diagnoses as its note and claim carry them: the ICD-10-CM codes of the plan of care in force
on the date of service (the claim's diagnosis pointers point at them, core.billing.claims), said on the
note's pages so the clinician sees what the visit will be billed under before signing."""

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from core.access import audit_on, require
from core.actor import Actor
from core.errors import existing
from core.patients.service import in_force
from core.permissions import Action
from core.plans.models import PlanOfCare
from core.scheduling.calendar import clinic_zone
from core.timeutil import local_day
from core.visits.models import Visit


@dataclass(frozen=True)
class VisitDiagnoses:
    codes: list[str] = field(default_factory=list)
    plan_id: int | None = None
    start: date | None = None
    end: date | None = None
    in_force: bool = False  # False: no plan, or the last one ended before the date of service


def visit_diagnoses(session: Session, *, actor: Actor, visit_id: int) -> VisitDiagnoses:
    """The diagnoses of the plan of care the visit falls under (else the last plan before it, said as
    ended), for those who may read plans of care; the read is audited against the patient."""
    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    require(
        session,
        actor,
        Action.plan_read,
        clinic_id=visit.clinic_id,
        patient_id=visit.patient_id,
        record_type="plan_of_care",
    )
    served = local_day(visit.service_date, clinic_zone(session, visit.clinic_id))
    plan = in_force(session, PlanOfCare, visit.patient_id, visit.discipline, served)
    if plan is None:
        return VisitDiagnoses()
    audit_on(session, actor, Action.plan_read, plan, "plan_of_care", f"diagnoses for visit {visit_id}")
    session.commit()
    return VisitDiagnoses(
        codes=list(plan.icd10_codes),
        plan_id=plan.id,
        start=plan.start_date,
        end=plan.end_date,
        in_force=plan.start_date <= served <= plan.end_date,
    )
