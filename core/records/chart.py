"""A patient's chart as a clinician reads it: notes by date of service, the plan of care in force with
its diagnoses and goals, the visit history, and each outcome measure over time against its MCID.

Clinical reading (note.read: therapists, assistants, owners); each part is one audited read."""

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from sqlmodel import Session, col, select

from core.actor import Actor
from core.audit.service import Event, record
from core.notes.models import Note
from core.notes.service import open_returns, work_status
from core.outcomes.mcid import Change, change_of
from core.outcomes.models import OutcomeMeasureResult
from core.patients.service import load_patient_for
from core.permissions import Action
from core.plans.models import PlanGoal, PlanOfCare
from core.plans.rules import in_force
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone
from core.scheduling.models import Appointment, AppointmentType
from core.timeutil import as_utc, local_day
from core.visits.models import Visit


@dataclass(frozen=True)
class NoteLine:
    id: int
    visit_id: int
    service_date: date
    discipline: str
    note_type: str
    status: str
    provider: str


# A goal judged met or given up is settled; any other past its target date is due for review.
SETTLED_GOALS = frozenset({"met", "discontinued"})


def goal_overdue(target: date | None, status: str, today: date) -> bool:
    """A goal past its target date and not settled: the therapist reassesses it and revises the plan
    (Medicare Benefit Policy Manual ch. 15 §220.1.2: goals are measurable and have a time frame)."""
    return target is not None and target < today and status not in SETTLED_GOALS


@dataclass(frozen=True)
class PlanView:
    plan: PlanOfCare
    goals: list[PlanGoal]
    provider: str
    in_force: bool
    # the ids of its goals past their target date and not settled (goal_overdue)
    overdue: frozenset[int] = frozenset()


@dataclass(frozen=True)
class AppointmentLine:
    """One of a patient's appointments as a list shows it: when, what and with whom (the chart's visit
    history, the visits still booked after a discharge: core.records.after_discharge.BookedAfter)."""

    appointment_id: int
    starts: datetime  # in the clinic's zone
    kind: str  # the appointment type's name
    provider: str


@dataclass(frozen=True)
class VisitLine(AppointmentLine):
    status: str
    note_id: int | None
    note_status: str


@dataclass(frozen=True)
class MeasureTrend:
    measure: str
    unit: str
    points: list[tuple[date, float]]
    change: Change | None


@dataclass(frozen=True)
class Chart:
    notes: list[NoteLine] = field(default_factory=list)
    plans: list[PlanView] = field(default_factory=list)
    visits: list[VisitLine] = field(default_factory=list)
    measures: list[MeasureTrend] = field(default_factory=list)

    @property
    def current_plans(self) -> list[PlanView]:
        """The plans in force; with none, the latest (a patient between certifications)."""
        return [v for v in self.plans if v.in_force] or self.plans[:1]

    @property
    def diagnoses(self) -> list[str]:
        """The ICD-10-CM codes of the plans in force, each once, in the plans' order; with none in force,
        the latest plan's (a patient between certifications still has their diagnoses)."""
        codes: list[str] = []
        for view in self.current_plans:
            codes += [c for c in view.plan.icd10_codes if c not in codes]
        return codes


def chart(session: Session, *, actor: Actor, patient_id: int, today: date, limit: int = 200) -> Chart:
    """One patient's chart for a clinician of their clinic; `today` (the clinic's) picks the plan in force."""
    patient = load_patient_for(session, actor, patient_id, Action.note_read, "chart")
    clinic_id = patient.clinic_id
    names = dict(
        session.exec(
            select(Provider.id, Provider.full_name).where(Provider.clinic_id == patient.clinic_id)
        ).all()
    )
    zone = clinic_zone(session, patient.clinic_id)
    rows = session.exec(
        select(Note, Visit)
        .join(Visit, col(Visit.id) == Note.visit_id)
        .where(Note.patient_id == patient_id)
        .order_by(col(Visit.service_date).desc())
        .limit(limit)
    ).all()
    returned = open_returns(session, [n.id or 0 for n, _ in rows])
    notes = [
        NoteLine(
            n.id or 0,
            v.id or 0,
            local_day(v.service_date, zone),
            n.discipline,
            n.note_type,
            work_status(n.status, n.id in returned),
            names.get(n.provider_id, ""),
        )
        for n, v in rows
    ]
    plans = _plans(session, patient_id, today, names)
    visits = _visits(session, patient_id, zone, names, limit, set(returned))
    measures = _measures(session, patient_id)
    record(
        session,
        actor,
        [
            Event(action.value, clinic_id=clinic_id, patient_id=patient_id, record_type="chart", detail=read)
            for action, read in (
                (Action.note_read, f"{len(notes)} notes, {len(visits)} visits"),
                (Action.plan_read, f"{len(plans)} plans"),
                (Action.outcome_read, f"{len(measures)} measures"),
            )
        ],
    )
    session.commit()
    return Chart(notes, plans, visits, measures)


def _plans(session: Session, patient_id: int, today: date, names: dict) -> list[PlanView]:
    plans = session.exec(
        select(PlanOfCare)
        .where(PlanOfCare.patient_id == patient_id)
        .order_by(col(PlanOfCare.start_date).desc())
    ).all()
    goals: dict[int, list[PlanGoal]] = {}
    if plans:
        for goal in session.exec(
            select(PlanGoal)
            .where(col(PlanGoal.plan_id).in_([p.id for p in plans]))
            .order_by(col(PlanGoal.id))
        ).all():
            goals.setdefault(goal.plan_id, []).append(goal)
    return [
        PlanView(
            p,
            goals.get(p.id or 0, []),
            names.get(p.provider_id, ""),
            in_force(p.start_date, p.end_date, p.discharged_on, today),
            # a discharged plan's goals are settled by the discharge: none is due for review
            frozenset(
                g.id or 0
                for g in goals.get(p.id or 0, [])
                if p.discharged_on is None and goal_overdue(g.target_date, g.status, today)
            ),
        )
        for p in plans
    ]


def _visits(
    session: Session, patient_id: int, zone: tzinfo, names: dict, limit: int, returned: set[int]
) -> list[VisitLine]:
    rows = session.exec(
        select(Appointment, AppointmentType.name, Note)
        .join(AppointmentType, col(AppointmentType.id) == Appointment.appointment_type_id)
        .join(Visit, col(Visit.appointment_id) == Appointment.id, isouter=True)
        .join(Note, col(Note.visit_id) == Visit.id, isouter=True)
        .where(Appointment.patient_id == patient_id)
        .order_by(col(Appointment.starts_at).desc())
        .limit(limit)
    ).all()
    return [
        VisitLine(
            a.id or 0,
            as_utc(a.starts_at).astimezone(zone),
            kind,
            names.get(a.provider_id, ""),
            a.status,
            note.id if note else None,
            work_status(note.status, note.id in returned) if note else "",
        )
        for a, kind, note in rows
    ]


def _measures(session: Session, patient_id: int) -> list[MeasureTrend]:
    rows = session.exec(
        select(OutcomeMeasureResult)
        .where(OutcomeMeasureResult.patient_id == patient_id)
        .order_by(col(OutcomeMeasureResult.measured_on), col(OutcomeMeasureResult.id))
    ).all()
    by_measure: dict[str, list[OutcomeMeasureResult]] = {}
    for row in rows:
        by_measure.setdefault(row.measure, []).append(row)
    return [
        MeasureTrend(
            measure,
            found[-1].unit,
            [(r.measured_on, r.score) for r in found],
            change_of(measure, [r.score for r in found]),
        )
        for measure, found in sorted(by_measure.items())
    ]
