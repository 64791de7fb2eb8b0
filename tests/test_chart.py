"""core.records.chart called directly: the plans in force and their diagnoses (a rule over plain plans,
table-driven), and a demo patient's chart as a clinician of their clinic reads it: every note, visit,
plan and measure of theirs in order, the read audited in three entries; refused to the front desk, a
biller and a clinician of the other clinic."""

from datetime import date

import pytest
from conftest import DEMO_TODAY, Practice
from sqlmodel import Session, col, func, select

from core.audit.models import AuditEntry
from core.clinics.models import Clinic
from core.errors import Forbidden
from core.notes.models import Note
from core.outcomes.models import OutcomeMeasureResult
from core.patients.models import Patient
from core.plans.models import PlanOfCare
from core.records.chart import Chart, PlanView, chart
from core.scheduling.models import Appointment

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

SLUG = {"Riverside Therapy": "riverside", "Hillcrest Therapy": "hillcrest"}


def _plan(start: date, end: date, codes: list[str]) -> PlanOfCare:
    return PlanOfCare(
        patient_id=1,
        clinic_id=1,
        provider_id=1,
        discipline="PT",
        icd10_codes=codes,
        start_date=start,
        end_date=end,
    )


def _view(start: date, end: date, codes: list[str], today: date = date(2026, 6, 1)) -> PlanView:
    return PlanView(_plan(start, end, codes), [], "", start <= today <= end)


JAN, MAR, JUN, SEP = date(2026, 1, 1), date(2026, 3, 1), date(2026, 6, 30), date(2026, 9, 30)
# (plans, newest first, as the chart lists them; the diagnoses the chart shows)
DIAGNOSES = [
    ([], []),
    ([_view(MAR, SEP, ["M54.50", "M62.81"])], ["M54.50", "M62.81"]),
    # Two plans in force (PT and OT): each code once, in the plans' order.
    (
        [_view(MAR, SEP, ["M54.50", "R26.81"]), _view(JAN, JUN, ["R26.81", "M17.11"])],
        ["M54.50", "R26.81", "M17.11"],
    ),
    # None in force (between certifications): the latest plan's.
    ([_view(JAN, MAR, ["S83.511A"]), _view(date(2025, 1, 1), date(2025, 3, 1), ["M25.561"])], ["S83.511A"]),
    # One in force beside an ended one: only the one in force.
    ([_view(MAR, SEP, ["M75.101"]), _view(JAN, MAR, ["M54.2"])], ["M75.101"]),
]


@pytest.mark.parametrize(("plans", "codes"), DIAGNOSES)
def test_the_diagnoses_are_those_of_the_plans_in_force(plans: list[PlanView], codes: list[str]) -> None:
    shown = Chart(plans=plans)
    assert shown.diagnoses == codes
    assert len(shown.current_plans) == (sum(p.in_force for p in plans) or min(1, len(plans)))


def _patient_with_measures(session: Session) -> Patient:
    patient_id = session.exec(
        select(OutcomeMeasureResult.patient_id)
        .group_by(col(OutcomeMeasureResult.patient_id))
        .having(func.count() > 1)
        .order_by(col(OutcomeMeasureResult.patient_id))
    ).first()
    assert patient_id is not None, "the demo has patients measured more than once"
    patient = session.get(Patient, patient_id)
    assert patient is not None
    return patient


def _slug(session: Session, clinic_id: int) -> str:
    clinic = session.get(Clinic, clinic_id)
    assert clinic is not None
    return SLUG[clinic.name]


def _subject(practice: Practice) -> tuple[int, str]:
    """The patient measured more than once, and their clinic; read in a session of its own, closed
    before an actor is looked up (SQLite: an open read would hold up the log-in's write)."""
    with practice.session() as session:
        patient = _patient_with_measures(session)
        return patient.id or 0, _slug(session, patient.clinic_id)


def test_a_patients_chart_as_a_therapist_of_their_clinic_reads_it(practice: Practice) -> None:
    pid, home = _subject(practice)
    therapist = practice.actor("therapist", home)
    with practice.session() as session:
        reads = session.exec(
            select(func.count()).where(AuditEntry.patient_id == pid, AuditEntry.record_type == "chart")
        ).one()
        shown = chart(session, actor=therapist, patient_id=pid, today=DEMO_TODAY)

        notes = session.exec(select(func.count()).select_from(Note).where(Note.patient_id == pid)).one()
        visits = session.exec(
            select(func.count()).select_from(Appointment).where(Appointment.patient_id == pid)
        ).one()
        plans = session.exec(select(PlanOfCare).where(PlanOfCare.patient_id == pid)).all()
        assert len(shown.notes) == notes and len(shown.visits) == visits and len(shown.plans) == len(plans)
        assert [n.service_date for n in shown.notes] == sorted(
            (n.service_date for n in shown.notes), reverse=True
        )
        assert [v.starts for v in shown.visits] == sorted((v.starts for v in shown.visits), reverse=True)
        assert all(v.starts.utcoffset() is not None for v in shown.visits)  # in the clinic's zone
        assert {n.id for n in shown.notes} >= {v.note_id for v in shown.visits if v.note_id}
        for view in shown.plans:
            assert view.in_force == (view.plan.start_date <= DEMO_TODAY <= view.plan.end_date)
            assert all(goal.plan_id == view.plan.id for goal in view.goals)

        scores = session.exec(
            select(OutcomeMeasureResult).where(OutcomeMeasureResult.patient_id == pid)
        ).all()
        assert [m.measure for m in shown.measures] == sorted({s.measure for s in scores})
        for trend in shown.measures:
            points = [p for p in trend.points]
            assert len(points) == sum(1 for s in scores if s.measure == trend.measure)
            assert [d for d, _ in points] == sorted(d for d, _ in points)
            if trend.change is not None:
                assert (trend.change.first, trend.change.latest) == (points[0][1], points[-1][1])

        after = session.exec(
            select(AuditEntry.action).where(AuditEntry.patient_id == pid, AuditEntry.record_type == "chart")
        ).all()
        assert len(after) == reads + 3
        assert set(after[-3:]) == {"note.read", "plan.read", "outcome.read"}


def test_a_chart_reads_at_most_the_limit(practice: Practice) -> None:
    pid, home = _subject(practice)
    therapist = practice.actor("therapist", home)
    with practice.session() as session:
        shown = chart(session, actor=therapist, patient_id=pid, today=DEMO_TODAY, limit=1)
        assert len(shown.notes) <= 1 and len(shown.visits) <= 1


@pytest.mark.parametrize("role", ["front_desk", "biller", "other clinic's therapist"])
def test_who_may_not_read_a_chart(practice: Practice, role: str) -> None:
    pid, home = _subject(practice)
    other = "hillcrest" if home == "riverside" else "riverside"
    actor = {
        "front_desk": lambda: practice.actor("front_desk", home),
        "biller": lambda: practice.actor("biller"),
        "other clinic's therapist": lambda: practice.actor("therapist", other),
    }[role]()
    with practice.session() as session, pytest.raises(Forbidden):
        chart(session, actor=actor, patient_id=pid, today=DEMO_TODAY)
