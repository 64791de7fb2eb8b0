"""core.coverage.diagnoses and core.scheduling.missed called as services, not only through the pages: what
they return against the database, who may ask, and the audit each read writes."""

from datetime import timedelta

import pytest
from conftest import DEMO_TODAY
from sqlalchemy import text

from core.coverage.diagnoses import visit_diagnoses
from core.errors import Forbidden, Invalid
from core.plans.models import PlanOfCare
from core.scheduling.missed import missed_visits
from core.visits.models import Visit


def test_a_visits_diagnoses_are_its_plans_and_only_clinical_roles_read_them(pristine_practice) -> None:  # type: ignore[no-untyped-def]
    owner = pristine_practice.actor("owner")
    desk = pristine_practice.actor("front_desk", "riverside")
    with pristine_practice.session() as session:
        visits = session.exec(text("SELECT id FROM visit ORDER BY id LIMIT 40")).all()
        found = [(v, visit_diagnoses(session, actor=owner, visit_id=v)) for (v,) in visits]
        covered = [(v, d) for v, d in found if d.plan_id is not None]
        assert covered, "the demo's visits fall under plans of care"
        for visit_id, read in covered:
            visit, plan = session.get(Visit, visit_id), session.get(PlanOfCare, read.plan_id)
            assert visit is not None and plan is not None
            assert read.codes == list(plan.icd10_codes)
            assert (plan.patient_id, plan.discipline) == (visit.patient_id, visit.discipline)
            assert (read.start, read.end) == (plan.start_date, plan.end_date)
        audited = session.exec(
            text(
                "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'plan_of_care' AND detail LIKE 'diagnoses for visit %'"
            )
        ).one()[0]
        assert audited == len(covered)
        with pytest.raises(Forbidden):
            visit_diagnoses(session, actor=desk, visit_id=covered[0][0])


def test_missed_visits_are_the_clinics_no_shows_and_late_cancellations(pristine_practice) -> None:  # type: ignore[no-untyped-def]
    desk = pristine_practice.actor("front_desk", "riverside")
    other = pristine_practice.actor("front_desk", "hillcrest")
    first, last = DEMO_TODAY - timedelta(days=120), DEMO_TODAY
    with pristine_practice.session() as session:
        missed = missed_visits(session, actor=desk, first=first, last=last)
        assert missed and {m.clinic_id for m in missed} == {1}
        want = session.exec(
            text(
                "SELECT id FROM appointment WHERE clinic_id = 1 AND starts_at >= :a AND starts_at < :b"
                " AND (status = 'no_show' OR (status = 'cancelled' AND late_cancel))"
            ),
            params={
                "a": (first - timedelta(days=1)).isoformat(),
                "b": (last + timedelta(days=2)).isoformat(),
            },
        ).all()
        # the SQL's day edges are a day wider than the clinic's days: every visit found is in it
        assert {m.appointment_id for m in missed} <= {i for (i,) in want}
        assert {m.what for m in missed} <= {"no-show", "late cancellation"}
        assert all(first <= m.starts_at.date() <= last for m in missed)
        one = missed[0].provider_id
        assert {
            m.provider_id for m in missed_visits(session, actor=desk, first=first, last=last, provider_id=one)
        } == {one}
        with pytest.raises(Invalid):
            missed_visits(session, actor=desk, first=last, last=first)
        assert {m.clinic_id for m in missed_visits(session, actor=other, first=first, last=last)} <= {2}
