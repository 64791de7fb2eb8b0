"""Plans of care: certified by the referring physician, at most 90 days, tracked until signed."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator
from sqlmodel import Session, col, select

from core.access import audit_on, require_on
from core.actor import Actor
from core.enums import Credential
from core.errors import Conflict, Forbidden, Invalid, NotFound, existing
from core.identifiers import npi_valid
from core.locks import locked
from core.patients.models import Patient, full_name
from core.patients.service import audit_patient_records, load_patient_for, lock_patient_for
from core.pdf import document
from core.permissions import Action, allowed, clinics_where
from core.plans.models import PlanGoal, PlanGoalStatus, PlanOfCare
from core.plans.rules import (
    MAX_CERTIFICATION_DAYS,
    certification_end_ok,
    discharges,
    goal_statuses,
    icd10_codes,
    status_wins,
)
from core.providers.models import Provider
from core.scheduling.progress import EVERY, treatment_days_since_report
from core.scheduling.rules import progress_report_due
from core.timeutil import clinic_day, utcnow


class GoalIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    term: Annotated[str, StringConstraints(pattern=r"^(short|long)$")]
    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=500)]
    target_date: date | None = None


class PlanCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    patient_id: int
    provider_id: int
    icd10_codes: Annotated[list[str], Field(min_length=1, max_length=12)]
    start_date: date
    end_date: date
    frequency_per_week: Annotated[int, Field(ge=1, le=7)]
    duration_weeks: Annotated[int, Field(ge=1, le=52)]
    physician_name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=120)]
    physician_npi: str
    goals: Annotated[list[GoalIn], Field(min_length=1, max_length=20)]

    @field_validator("icd10_codes")
    @classmethod
    def _codes(cls, codes: list[str]) -> list[str]:
        return icd10_codes(codes)

    @field_validator("physician_npi")
    @classmethod
    def _npi(cls, npi: str) -> str:
        if not npi_valid(npi.strip()):
            raise ValueError("the physician NPI is not a valid 10-digit NPI")
        return npi.strip()

    @model_validator(mode="after")
    def _period(self) -> "PlanCreate":
        if not certification_end_ok(self.start_date, self.end_date):
            raise ValueError(f"a certification runs from its start for at most {MAX_CERTIFICATION_DAYS} days")
        return self


def may_establish(session: Session, actor: Actor, clinic_id: int) -> bool:
    """Whether this user may write a plan of care in the clinic (create's own rule, for the pages to
    offer only what it allows): the role writes plans and the user is a therapist of the clinic, never
    an assistant (Medicare Benefit Policy Manual ch. 15 §220.1.2: the therapist establishes the plan)."""
    if not allowed(actor.roles, Action.plan_write, clinic_id) or not actor.provider_ids:
        return False
    return any(
        not Credential(p.credential).is_assistant
        for p in session.exec(
            select(Provider).where(col(Provider.id).in_(actor.provider_ids), Provider.clinic_id == clinic_id)
        ).all()
    )


def establish_refusal(session: Session, actor: Actor, clinic_id: int) -> str | None:
    """Why this user may not write a plan of care in the clinic, in the words a page says it (may_establish's
    rule), or None: an assistant is told who writes it and where to read it, another role where to read it."""
    if may_establish(session, actor, clinic_id):
        return None
    if actor.provider_ids and allowed(actor.roles, Action.note_write, clinic_id):
        return (
            "a plan of care is established by a therapist (PT, OT or SLP), not an assistant: ask the "
            "supervising therapist to write it; you can read the plan in force on the patient's chart"
        )
    return "a plan of care is written by the patient's therapist; you can read it on the patient's chart"


def create(session: Session, *, actor: Actor, data: PlanCreate) -> PlanOfCare:
    """A plan of care, serialised on the patient's row (as a payment is, core.billing.ledger). The plan
    the patient already has with the same therapist, period, diagnoses, frequency and physician (the
    same form sent twice, at once or in a row) is that plan: no second plan for the physician to
    certify, no second audit entry."""
    patient = lock_patient_for(session, actor, data.patient_id, Action.plan_write, "plan_of_care")
    provider = session.get(Provider, data.provider_id)
    if provider is None or provider.clinic_id != patient.clinic_id:
        raise Invalid(f"provider {data.provider_id} is not a provider of the patient's clinic")
    if Credential(provider.credential).is_assistant:
        raise Invalid("an assistant cannot establish a plan of care")
    if provider.id not in actor.provider_ids:
        raise Forbidden("a therapist writes plans of care as themselves")
    fields = data.model_dump(exclude={"patient_id", "provider_id", "goals", "icd10_codes"})
    for same in session.exec(
        select(PlanOfCare)
        .where(
            PlanOfCare.patient_id == patient.id,
            PlanOfCare.provider_id == provider.id,
            *(getattr(PlanOfCare, name) == value for name, value in fields.items()),
        )
        .order_by(col(PlanOfCare.id))
    ).all():
        if same.icd10_codes == data.icd10_codes:  # written already: the first request's plan
            return same
    plan = PlanOfCare(
        patient_id=patient.id or 0,
        clinic_id=patient.clinic_id,
        provider_id=provider.id or 0,
        discipline=provider.discipline,
        status="draft",
        **data.model_dump(exclude={"patient_id", "provider_id", "goals"}),
    )
    session.add(plan)
    session.flush()
    for goal in data.goals:
        session.add(PlanGoal(plan_id=plan.id or 0, **goal.model_dump()))
    audit_patient_records(
        session, actor, Action.plan_write, patient, "plan_of_care", "created", record_id=plan.id or ""
    )
    session.commit()
    return plan


def _load(session: Session, actor: Actor, plan_id: int, action: Action) -> PlanOfCare:
    """The plan; for a change, locked on its row until the transaction ends, so a send and the
    physician's signature (or either twice) meet one after the other and see each other's state."""
    plan = (
        locked(session, PlanOfCare, plan_id)
        if action == Action.plan_write
        else session.get(PlanOfCare, plan_id)
    )
    if plan is None:
        raise NotFound(f"plan of care {plan_id} not found")
    require_on(session, actor, action, plan, "plan_of_care")
    return plan


def mark_sent(session: Session, *, actor: Actor, plan_id: int, on: date) -> PlanOfCare:
    """The plan sent to the physician for certification, serialised on the plan's row. Sent on the day
    already recorded (a double click, a retried request, two at once) is that send: nothing is written
    and the caller gets the plan as the first left it. Another day (sent again because the physician
    has not answered, or the day typed wrong) is recorded and audited as a send of its own."""
    plan = _load(session, actor, plan_id, Action.plan_write)
    if plan.physician_signed_on is not None:
        raise Conflict("the plan is already signed by the physician")
    if plan.sent_on == on:  # sent already that day (a double click): nothing to add
        return plan
    plan.sent_on, plan.status = on, "sent"
    session.add(plan)
    audit_on(session, actor, Action.plan_write, plan, "plan_of_care", "sent for certification")
    session.commit()
    return plan


def record_signature(session: Session, *, actor: Actor, plan_id: int, signed_on: date) -> PlanOfCare:
    plan = _load(session, actor, plan_id, Action.plan_write)
    if plan.physician_signed_on is not None:
        if plan.physician_signed_on == signed_on:  # recorded already (a double click): nothing to add
            return plan
        raise Conflict(
            f"the physician's signature is already recorded, dated {plan.physician_signed_on:%m/%d/%Y};"
            " if that date is wrong, correct it and say why"
        )
    if plan.sent_on is None or signed_on < plan.sent_on:
        raise Invalid("the physician's signature must come after the plan was sent")
    plan.physician_signed_on, plan.status = signed_on, "signed"
    session.add(plan)
    audit_on(session, actor, Action.plan_write, plan, "plan_of_care", "physician signed")
    session.commit()
    return plan


# Why a recorded signature date is corrected: a choice, not free text, since the audit entry that
# keeps it names records, never PHI (core.audit.models).
SIGNATURE_CORRECTIONS = {
    "typo": "the date was typed wrong",
    "misread": "the date on the signed copy was misread",
    "redated": "the physician's signed copy bears another date",
}


def correct_signature(
    session: Session, *, actor: Actor, plan_id: int, signed_on: date, reason: str
) -> PlanOfCare:
    """The physician's signature date recorded wrong, corrected by one who writes the plan, giving
    why (a key of SIGNATURE_CORRECTIONS): the audit log keeps who, when and why, from which date to
    which, beside the original 'physician signed' entry, which stays. Serialised on the plan's row:
    the same correction twice (a double click, or two at once) corrects it once; the second finds
    the date already right and gets the plan as the first left it."""
    if reason not in SIGNATURE_CORRECTIONS:
        raise Invalid(
            f"the reason is one of: {', '.join(SIGNATURE_CORRECTIONS)}", fields={"reason": "choose one"}
        )
    plan = _load(session, actor, plan_id, Action.plan_write)
    if plan.physician_signed_on is None:
        raise Conflict("the physician's signature is not recorded yet; record it instead of correcting it")
    if plan.physician_signed_on == signed_on:  # corrected already (a double click): nothing to add
        return plan
    if plan.sent_on is None or signed_on < plan.sent_on:
        raise Invalid("the physician's signature must come after the plan was sent")
    was = plan.physician_signed_on
    plan.physician_signed_on = signed_on
    session.add(plan)
    audit_on(
        session,
        actor,
        Action.plan_write,
        plan,
        "plan_of_care",
        f"physician signature date corrected from {was.isoformat()} to {signed_on.isoformat()} ({reason})",
    )
    session.commit()
    return plan


def certification_pdf(session: Session, *, actor: Actor, plan_id: int) -> bytes:
    """The plan as the physician receives it for the certification signature."""
    plan = _load(session, actor, plan_id, Action.plan_read)
    patient = existing(session.get(Patient, plan.patient_id), "patient", plan.patient_id)
    provider = session.get(Provider, plan.provider_id)
    goals = session.exec(select(PlanGoal).where(PlanGoal.plan_id == plan_id).order_by(PlanGoal.term)).all()
    lines = [
        f"Patient: {full_name(patient)}",
        f"Date of birth: {clinic_day(patient.birth_date)}",
        f"Certification period: {clinic_day(plan.start_date)} to {clinic_day(plan.end_date)}",
        f"Diagnoses (ICD-10-CM): {', '.join(plan.icd10_codes)}",
        f"Frequency and duration: {plan.frequency_per_week}x/week for {plan.duration_weeks} weeks",
        f"Treating therapist: {provider.full_name if provider else ''}",
        f"Therapist NPI: {provider.npi if provider else ''}",
        f"Referring physician: {plan.physician_name}   NPI {plan.physician_npi}",
        "",
        "Goals:",
        *[
            f"  {g.term}-term: {g.text}" + (f" (by {clinic_day(g.target_date)})" if g.target_date else "")
            for g in goals
        ],
        "",
        "I certify that these services are medically necessary and are furnished under this plan of care.",
        "",
        "Physician signature: ______________________________   Date: ______________",
    ]
    audit_on(session, actor, Action.plan_read, plan, "plan_of_care", "certification pdf")
    session.commit()
    return document(f"{plan.discipline} Plan of Care - Certification", lines)


GOAL_STATUSES = ("in progress", "met", "partially met", "not met", "discontinued")


def read(session: Session, *, actor: Actor, plan_id: int) -> tuple[PlanOfCare, list[PlanGoal]]:
    """A plan with its goals (short-term first), for those who read plans; audited."""
    plan = _load(session, actor, plan_id, Action.plan_read)
    goals = list(
        session.exec(
            select(PlanGoal)
            .where(PlanGoal.plan_id == plan_id)
            .order_by(col(PlanGoal.term).desc(), col(PlanGoal.id))
        ).all()
    )
    audit_on(session, actor, Action.plan_read, plan, "plan_of_care", "read with goals")
    session.commit()
    return plan, goals


def goal_history(session: Session, *, actor: Actor, plan_id: int) -> dict[int, list[PlanGoalStatus]]:
    """Each goal's statuses as they were set (by a signed report, re-evaluation or discharge, or on
    the plan's page), oldest first, by goal; read with the plan (`read` audits the reading)."""
    _load(session, actor, plan_id, Action.plan_read)
    history: dict[int, list[PlanGoalStatus]] = {}
    for row in session.exec(
        select(PlanGoalStatus)
        .where(PlanGoalStatus.plan_id == plan_id)
        .order_by(col(PlanGoalStatus.set_on), col(PlanGoalStatus.created_at), col(PlanGoalStatus.id))
    ).all():
        history.setdefault(row.goal_id, []).append(row)
    return history


def set_goal_status(session: Session, *, actor: Actor, plan_id: int, goal_id: int, status: str) -> PlanGoal:
    """A goal met, partly met, not met or discontinued, as the therapist judges it at a progress report
    or discharge. Setting the status it already has writes nothing."""
    if status not in GOAL_STATUSES:
        raise Invalid(f"a goal's status is one of: {', '.join(GOAL_STATUSES)}")
    plan = _load(session, actor, plan_id, Action.plan_write)
    goal = session.get(PlanGoal, goal_id)
    if goal is None or goal.plan_id != plan_id:
        raise NotFound(f"goal {goal_id} is not a goal of plan {plan_id}")
    if goal.status != status:
        goal.status = status
        session.add(goal)
        session.add(
            PlanGoalStatus(
                goal_id=goal_id, plan_id=plan_id, note_id=None, status=status, set_on=utcnow().date()
            )
        )
        audit_on(session, actor, Action.plan_write, plan, "plan_of_care", f"goal {goal_id}: {status}")
        session.commit()
    return goal


def plan_of_note(
    session: Session, *, patient_id: int, discipline: str, plan_id: int | None, served: date
) -> int | None:
    """The plan a note reports on: its visit's plan, else the patient's latest plan of the discipline
    started by the date of service."""
    if plan_id is not None:
        return plan_id
    return session.exec(
        select(PlanOfCare.id)
        .where(
            PlanOfCare.patient_id == patient_id,
            PlanOfCare.discipline == discipline,
            col(PlanOfCare.start_date) <= served,
        )
        .order_by(col(PlanOfCare.start_date).desc(), col(PlanOfCare.id).desc())
    ).first()


def apply_signed_note(
    session: Session,
    *,
    actor: Actor,
    plan_id: int,
    note_id: int,
    note_type: str,
    served: date,
    form_goals: list[tuple[str, str]],
    discharge_reason: str = "",
) -> list[str]:
    """What a note made final does to its plan, in the signature's transaction (the caller commits):
    each goal the report gives a status takes it, kept in the goal's history with the note (unless a
    note of a later date of service set it already: core.plans.rules.status_wins); a discharge ends the
    plan on its date of service with its reason. Serialised on the plan's row; the same note applied
    twice (a double click reaching here twice) changes nothing the second time. Returns what changed,
    in words, as audited."""
    plan = locked(session, PlanOfCare, plan_id)
    if plan is None:
        return []
    goals = session.exec(select(PlanGoal).where(PlanGoal.plan_id == plan_id).order_by(col(PlanGoal.id))).all()
    statuses = goal_statuses(note_type, "signed", form_goals, [(g.id or 0, g.text) for g in goals])
    history = session.exec(
        select(PlanGoalStatus)
        .where(PlanGoalStatus.plan_id == plan_id)
        .order_by(col(PlanGoalStatus.set_on), col(PlanGoalStatus.id))
    ).all()
    last_on = {row.goal_id: row.set_on for row in history}
    done = {row.goal_id for row in history if row.note_id == note_id}
    changed = []
    for goal in goals:
        status = statuses.get(goal.id or 0)
        if status is None or goal.id in done:
            continue
        session.add(
            PlanGoalStatus(
                goal_id=goal.id or 0, plan_id=plan_id, note_id=note_id, status=status, set_on=served
            )
        )
        if status_wins(served, last_on.get(goal.id or 0)) and goal.status != status:
            goal.status = status
            session.add(goal)
            changed.append(f"goal {goal.id}: {status}")
    if discharges(note_type, "signed") and plan.discharged_on is None:
        plan.discharged_on, plan.discharge_reason, plan.discharge_note_id = served, discharge_reason, note_id
        session.add(plan)
        changed.append(f"discharged {served.isoformat()} by note {note_id}")
    if changed:
        audit_on(session, actor, Action.plan_write, plan, "plan_of_care", "; ".join(changed)[:300])
    return changed


@dataclass(frozen=True)
class Standing:
    """Where one discipline of a patient's care stands for its paperwork: the plan of care in force (or
    the latest one), and the treatment days since the last evaluation, re-evaluation or progress report
    (Medicare: a progress report at least every 10 treatment days, Benefit Policy Manual ch. 15 §220.3;
    a plan certified for at most 90 days, §220.1.2)."""

    discipline: str
    plan_id: int | None
    plan_start: date | None
    plan_end: date | None
    treatment_days: int
    report_due: bool


def standing(session: Session, *, actor: Actor, patient_id: int, today: date) -> list[Standing]:
    """'is Joyce due for a PR', 'poc recert for Shirley Smith, when': per discipline the patient has a plan
    of care in, its dates and the treatment days since the last report. Read as the patient's plans are
    (plan.read), and audited so."""
    patient = load_patient_for(session, actor, patient_id, Action.plan_read, "plan_of_care")
    plans = session.exec(
        select(PlanOfCare)
        .where(PlanOfCare.patient_id == patient_id, col(PlanOfCare.start_date) <= today)
        .order_by(col(PlanOfCare.start_date))
    ).all()
    latest = {plan.discipline: plan for plan in plans}
    out = []
    for discipline, plan in sorted(latest.items()):
        done = treatment_days_since_report(session, patient_id=patient_id, discipline=discipline)
        out.append(
            Standing(
                discipline, plan.id, plan.start_date, plan.end_date, done, progress_report_due(done, EVERY)
            )
        )
    audit_patient_records(session, actor, Action.plan_read, patient, "plan_of_care", "where care stands")
    session.commit()
    return out


def ending_between(
    session: Session, *, actor: Actor, start: date, end: date, provider_ids: Sequence[int] = ()
) -> list[tuple[PlanOfCare, Patient]]:
    """The plans of care ending from `start` to `end` (to recertify by then), each with its patient, in the
    clinics where the actor may read plans; with `provider_ids`, only those providers' plans ("my pts w poc
    due for recert in the next 2 wks"). Each patient listed is audited as a read of her plan."""
    clinics = clinics_where(actor.roles, Action.plan_read)
    if not clinics:
        return []
    stmt = (
        select(PlanOfCare, Patient)
        .join(Patient, col(Patient.id) == PlanOfCare.patient_id)
        .where(
            col(PlanOfCare.clinic_id).in_(clinics),
            col(PlanOfCare.end_date) >= start,
            col(PlanOfCare.end_date) <= end,
        )
        .order_by(col(PlanOfCare.end_date), col(PlanOfCare.id))
    )
    if provider_ids:
        stmt = stmt.where(col(PlanOfCare.provider_id).in_(list(provider_ids)))
    rows = [(plan, patient) for plan, patient in session.exec(stmt).all()]
    for plan, patient in rows:
        audit_patient_records(
            session, actor, Action.plan_read, patient, "plan_of_care", "ending", plan.id or 0
        )
    session.commit()
    return rows
