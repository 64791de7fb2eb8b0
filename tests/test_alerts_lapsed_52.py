"""Trial 52 (#20): a plan of care whose certification ended 12/06 lost its home-page alert on 12/08,
though the patient's visits went on. A lapsed certification, with no later plan and the patient still
on the schedule for that discipline, stays on the therapist's alerts (recertify or discharge) until it
is dealt with: rows where it must and must not be said."""

from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import Practice
from scheduling_helpers import one, provider_actor
from sqlalchemy import text as sql

from core.alerts.lapsed import lapsed_certifications, lapsed_message
from core.alerts.service import Alert, Scope
from core.plans.models import PlanOfCare

DEMO_SIZE = "tiny"


def _case(practice: Practice) -> tuple[int, int, int, str, date, date]:
    """A booked visit ahead and the patient's latest plan of its discipline, that plan made to end three
    days before the visit and every other plan of theirs for it to end before: (plan, provider, visit day)."""
    appointment, patient, provider, discipline, starts = one(
        practice,
        """SELECT a.id, a.patient_id, a.provider_id, p.discipline, a.starts_at FROM appointment a
        JOIN provider p ON p.id = a.provider_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND EXISTS (SELECT 1 FROM plan_of_care c
          WHERE c.patient_id = a.patient_id AND c.discipline = p.discipline)
        ORDER BY a.starts_at, a.id LIMIT 1 OFFSET 5""",
    )
    day = (starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))).date()
    plan = one(
        practice,
        "SELECT id FROM plan_of_care WHERE patient_id = :p AND discipline = :d ORDER BY end_date DESC, id DESC",
        p=patient,
        d=discipline,
    )[0]
    end = day - timedelta(days=3)
    with practice.engine.begin() as conn:
        conn.execute(
            sql("UPDATE plan_of_care SET end_date = :e, start_date = :s WHERE id != :c AND patient_id = :p AND discipline = :d"),
            {"e": end - timedelta(days=100), "s": end - timedelta(days=190), "c": plan, "p": patient, "d": discipline},
        )  # fmt: skip
        conn.execute(
            sql("UPDATE plan_of_care SET end_date = :e, start_date = :s, provider_id = :v WHERE id = :c"),
            {"e": end, "s": end - timedelta(days=89), "v": provider, "c": plan},
        )
    return plan, patient, provider, discipline, end, day


def _lapsed(practice: Practice, provider: int, today: date) -> list[Alert]:
    actor = provider_actor(practice, provider)
    with practice.session() as session:
        now = datetime.combine(today, datetime.min.time()) + timedelta(hours=15)
        return lapsed_certifications(session, Scope(actor, today, now))


@pytest.mark.parametrize("practice", ["sqlite"], indirect=True)
def test_a_lapsed_certification_stays_on_the_alerts_until_it_is_dealt_with(practice: Practice) -> None:
    plan, patient, provider, discipline, end, visit_day = _case(practice)
    # in force on its last day: the recertification alert's, not this one (must not change)
    assert [a for a in _lapsed(practice, provider, end) if a.record_id == plan] == []
    # lapsed: said the day after, and two days after (the trial's 12/08), and up to the visit
    for today in (end + timedelta(days=1), end + timedelta(days=2), visit_day - timedelta(days=1)):
        found = [a for a in _lapsed(practice, provider, today) if a.record_id == plan]
        assert len(found) == 1, today
        assert found[0].kind == "certification_lapsed" and found[0].patient_id == patient
        assert "recertify or discharge" in found[0].message
    with practice.session() as session:
        lapsed_plan = session.get(PlanOfCare, plan)
    assert lapsed_plan is not None
    assert lapsed_message(lapsed_plan).startswith(
        f"certification lapsed {end:%m/%d/%Y} and no new plan since"
    )
    # on the therapist's alerts (the home page's list, core.alerts.service.for_user)
    from core.alerts.service import for_user

    with practice.session() as session:
        now = datetime.combine(end + timedelta(days=2), datetime.min.time()) + timedelta(hours=15)
        listed = for_user(session, actor=provider_actor(practice, provider), now=now.replace(tzinfo=UTC))
    assert [a.kind for a in listed if a.record_id == plan and a.record_type == "plan_of_care"] == [
        "certification_lapsed"
    ]
    # dealt with, by a recertification: a later plan of the discipline
    with practice.engine.begin() as conn:
        conn.execute(
            sql("UPDATE plan_of_care SET end_date = :e WHERE id = :c"),
            {"e": end + timedelta(days=60), "c": plan},
        )
    assert [a for a in _lapsed(practice, provider, end + timedelta(days=2)) if a.record_id == plan] == []
    with practice.engine.begin() as conn:
        conn.execute(sql("UPDATE plan_of_care SET end_date = :e WHERE id = :c"), {"e": end, "c": plan})
    # care ended: no visit of the discipline kept or to come after the lapse
    with practice.engine.begin() as conn:
        conn.execute(
            sql("UPDATE appointment SET status = 'cancelled' WHERE patient_id = :p AND starts_at > :e "
                "AND provider_id IN (SELECT id FROM provider WHERE discipline = :d)"),
            {"p": patient, "e": end + timedelta(days=1), "d": discipline},
        )  # fmt: skip
    assert [a for a in _lapsed(practice, provider, end + timedelta(days=2)) if a.record_id == plan] == []
