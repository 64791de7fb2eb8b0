"""The demo practice: deterministic, and it keeps the rules a real practice keeps."""

from conftest import Practice
from sqlalchemy import text
from sqlmodel import func, select

from core.demo.users import demo_logins, demo_password
from core.kpis.service import compute
from core.plans.models import PlanOfCare
from core.users.service import actor_by_email


def _scalar(practice: Practice, sql: str) -> int:
    with practice.session() as session:
        return session.exec(text(sql)).scalar_one()


def test_size_and_people(practice: Practice) -> None:
    assert _scalar(practice, "SELECT COUNT(*) FROM clinic") == 2
    assert _scalar(practice, "SELECT COUNT(*) FROM patient") >= 1500
    assert 18_000 <= _scalar(practice, "SELECT COUNT(*) FROM appointment") <= 21_000
    roles = {u.role for u in practice.users}
    assert roles == {"therapist", "assistant", "front_desk", "biller", "owner"}
    creds = _scalar(practice, "SELECT COUNT(DISTINCT credential) FROM provider")
    assert creds == 5  # PT, PTA, OT, OTA, SLP
    months = _scalar(practice, "SELECT COUNT(DISTINCT service_date) FROM claim")
    assert months > 200  # activity spread across the year
    for kind in ("cancelled", "no_show", "completed", "booked"):
        assert _scalar(practice, f"SELECT COUNT(*) FROM appointment WHERE status = '{kind}'") > 0
    assert _scalar(practice, "SELECT COUNT(*) FROM claim_line WHERE status = 'denied'") > 0
    assert _scalar(practice, "SELECT COUNT(*) FROM payment WHERE source = 'era'") > 0
    assert _scalar(practice, "SELECT COUNT(DISTINCT unit_rule) FROM payer") == 2


def test_no_provider_or_patient_is_double_booked(pristine_practice: Practice) -> None:
    overlap = """
        SELECT COUNT(*) FROM appointment a JOIN appointment b
          ON a.{who} = b.{who} AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
         WHERE a.status NOT IN ('cancelled', 'no_show') AND b.status NOT IN ('cancelled', 'no_show')
    """
    assert _scalar(pristine_practice, overlap.format(who="provider_id")) == 0
    assert _scalar(pristine_practice, overlap.format(who="patient_id")) == 0


def test_records_hold_together(practice: Practice) -> None:
    assert (
        _scalar(practice, "SELECT COUNT(*) FROM prior_authorization WHERE visits_used > visits_approved") == 0
    )
    with practice.session() as session:
        spans = session.exec(select(PlanOfCare.start_date, PlanOfCare.end_date)).all()
    assert all(0 < (end - start).days <= 89 for start, end in spans)  # certified for at most 90 days
    assert (
        _scalar(
            practice,
            """SELECT COUNT(*) FROM claim c WHERE c.total_cents <>
        (SELECT SUM(charge_cents) FROM claim_line l WHERE l.claim_id = c.id)""",
        )
        == 0
    )
    assert (
        _scalar(
            practice,
            """SELECT COUNT(*) FROM claim_line WHERE
        paid_cents + adjusted_cents + patient_responsibility_cents NOT IN (0, charge_cents)""",
        )
        == 0
    )
    # Charges come only from signed notes; assistants' notes are final only once co-signed.
    assert (
        _scalar(
            practice,
            """SELECT COUNT(*) FROM charge ch JOIN note n ON n.id = ch.note_id
        WHERE n.status <> 'signed'""",
        )
        == 0
    )
    assert (
        _scalar(
            practice,
            """SELECT COUNT(*) FROM note n JOIN provider p ON p.id = n.provider_id
        WHERE p.credential IN ('PTA', 'OTA') AND n.status = 'signed' AND n.cosigned_at IS NULL""",
        )
        == 0
    )
    assert (
        _scalar(
            practice,
            """SELECT COUNT(*) FROM note n JOIN provider p ON p.id = n.provider_id
        WHERE p.credential IN ('PTA', 'OTA')
          AND n.note_type IN ('evaluation', 'progress', 're-evaluation')""",
        )
        == 0
    )
    assert _scalar(practice, "SELECT COUNT(*) FROM note WHERE status = 'awaiting_cosign'") > 0


def test_care_past_a_certification_is_recertified(practice: Practice) -> None:
    """Episodes that go on past 90 days get a new plan, as a clinic writes it (core.plans.service):
    the owner's re-evaluation compliance over the year is high but not perfect (a few are late)."""
    owner = next(u.email for u in practice.users if u.role == "owner")
    with practice.session() as session:
        first, last = session.exec(
            select(func.min(PlanOfCare.start_date), func.max(PlanOfCare.end_date))
        ).one()
        actor = actor_by_email(session, owner)
        (kpi,) = compute(session, actor=actor, start=first, end=last, keys=["reevaluation_compliance"])
    assert kpi.denominator and kpi.denominator >= 10
    assert kpi.value is not None and 80 <= kpi.value <= 100


def test_logins_follow_from_seed_and_every_user_can_log_in(practice: Practice) -> None:
    listed = demo_logins(appointments=20_000, seed=7)
    assert [(u.email, u.password) for u in listed] == [(u.email, u.password) for u in practice.users]
    assert demo_password(7, listed[0].email) != demo_password(8, listed[0].email)
    client = practice.client()
    for role in ("therapist", "assistant", "front_desk", "owner"):
        practice.login(client, role)
