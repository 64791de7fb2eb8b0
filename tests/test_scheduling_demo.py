"""On the small demo practice: the day's reminders, the wait-list offer after a cancellation, and the
authorization and progress-report alerts, each against a count worked out here with plain SQL."""

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from conftest import DEMO_TODAY, Practice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scheduling_helpers import NY, patient
from sqlalchemy import text

from core.alerts.service import for_user
from core.authorizations.models import Authorization
from core.authorizations.service import use_visit
from core.errors import Conflict
from core.notifications.senders import FileSender
from core.scheduling.reminders import send_due
from core.timeutil import utcnow

DEMO_NOW = datetime.combine(DEMO_TODAY, time(18, 0), NY).astimezone(UTC)


def _rows(pristine_practice: Practice, sql: str, **params: object) -> list:
    with pristine_practice.session() as session:
        return list(session.exec(text(sql).bindparams(**params)).all())


def _aware(value):  # type: ignore[no-untyped-def]
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def test_the_days_reminders(pristine_practice: Practice, tmp_path: Path) -> None:
    day = DEMO_TODAY + timedelta(days=1)
    start = datetime.combine(day, time(0), NY).astimezone(UTC)
    end = start + timedelta(days=1)
    booked = _rows(
        pristine_practice,
        """SELECT a.starts_at FROM appointment a JOIN patient p ON p.id = a.patient_id
                                WHERE a.status = 'booked' AND p.reminder_opt_out = :f""",
        f=False,
    )
    expected = sum(
        1 for (s,) in booked for hours in (48, 2) if start <= _aware(s) - timedelta(hours=hours) < end
    )
    assert expected > 20
    sender = FileSender(tmp_path)
    tick = start
    with pristine_practice.session() as session:
        while tick < end:
            send_due(session, now=tick, sender=sender)
            tick += timedelta(minutes=15)
    sent = _rows(pristine_practice, "SELECT due_at FROM reminder WHERE status = 'sent'")
    assert sum(1 for (due,) in sent if start <= _aware(due) < end) == expected
    opted_out = _rows(
        pristine_practice,
        """SELECT COUNT(*) FROM reminder r JOIN patient p ON p.id = r.patient_id
                                   WHERE p.reminder_opt_out = :t AND r.status = 'sent'""",
        t=True,
    )[0][0]
    assert opted_out == 0
    lines = (tmp_path / "reminders.jsonl").read_text().splitlines()
    assert len(lines) >= expected
    with pristine_practice.session() as session:  # running the last tick again sends nothing twice
        assert send_due(session, now=end - timedelta(minutes=15), sender=sender).sent == 0
    names = {
        f"{first} {last}"
        for first, last in _rows(pristine_practice, "SELECT first_name, last_name FROM patient")
    }
    assert not any(name in line for line in lines for name in names)  # no message names a patient


def _matching(pristine_practice: Practice, freed) -> int:  # type: ignore[no-untyped-def]
    """Wait-list entries the freed appointment suits, worked out from the raw rows."""
    appt_id, clinic, patient_id, provider, type_id, starts, ends = freed
    local = _aware(starts).astimezone(NY)
    minute = local.hour * 60 + local.minute
    length = (_aware(ends) - _aware(starts)).total_seconds() / 60
    discipline = _rows(pristine_practice, "SELECT discipline FROM appointment_type WHERE id = :t", t=type_id)[
        0
    ][0]
    credential = _rows(pristine_practice, "SELECT credential FROM provider WHERE id = :p", p=provider)[0][0]
    entries = _rows(
        pristine_practice,
        """SELECT w.provider_id, w.weekdays, w.earliest_minute, w.latest_minute,
                                        t.duration_minutes, t.kind, w.patient_id
                                   FROM wait_list_entry w JOIN appointment_type t ON t.id = w.appointment_type_id
                                  WHERE w.status = 'waiting' AND w.clinic_id = :c AND t.discipline = :d""",
        c=clinic,
        d=discipline,
    )
    import json

    count = 0
    for pref, weekdays, earliest, latest, duration, kind, who in entries:
        days = json.loads(weekdays) if isinstance(weekdays, str) else weekdays
        if (
            pref in (None, provider)
            and local.weekday() in days
            and earliest <= minute
            and minute + duration <= latest
            and duration <= length
            and who != patient_id
            and (not credential.endswith("A") or kind in ("follow-up", "group"))
        ):
            count += 1
    return count


def test_wait_list_offer_after_a_cancellation(pristine_practice: Practice, demo_clock: datetime) -> None:
    """At the demo's moment (conftest.demo_clock): a visit a day ahead to cancel on any day (on the wall
    clock the demo's ran out four weeks after DEMO_TODAY); the desk logs in on the wall clock."""
    candidates = _rows(
        pristine_practice,
        """SELECT id, clinic_id, patient_id, provider_id, appointment_type_id, starts_at,
                                           ends_at FROM appointment
                                     WHERE status = 'booked' AND starts_at > :now ORDER BY starts_at LIMIT 400""",
        now=utcnow() + timedelta(days=1),
    )
    freed = next(c for c in candidates if _matching(pristine_practice, c) >= 2)
    expected = _matching(pristine_practice, freed)
    client = pristine_practice.client()
    clinic = "riverside" if freed[1] == 1 else "hillcrest"
    headers = pristine_practice.login(client, "front_desk", clinic)
    reply = client.post(f"/api/v1/appointments/{freed[0]}/cancel", headers=headers, json={"reason": "sick"})
    assert reply.status_code == 200
    assert reply.json()["wait_list_offers"] == expected
    ranks = _rows(
        pristine_practice,
        "SELECT rank FROM wait_list_offer WHERE freed_appointment_id = :a ORDER BY rank",
        a=freed[0],
    )
    assert [r[0] for r in ranks] == list(range(1, expected + 1))


def test_authorization_and_progress_report_alerts(pristine_practice: Practice) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        alerts = for_user(session, actor=owner, now=DEMO_NOW)
    kinds = [a.kind for a in alerts]
    auths = _rows(
        pristine_practice,
        """SELECT visits_approved - visits_used, end_date, start_date FROM prior_authorization
                               WHERE status = 'approved'""",
    )
    day = DEMO_TODAY

    def as_date(v):  # type: ignore[no-untyped-def]
        return datetime.fromisoformat(v).date() if isinstance(v, str) else v

    expected_auth = sum(
        1
        for left, end, begin in auths
        if as_date(begin) <= day <= as_date(end) and (left <= 2 or as_date(end) <= day + timedelta(days=14))
    )
    assert expected_auth > 0 and kinds.count("authorization_running_out") == expected_auth

    visits = _rows(pristine_practice, "SELECT patient_id, discipline, service_date, note_type FROM visit")
    last_report: dict = {}
    for patient_id, discipline, when, note_type in visits:
        if note_type in ("evaluation", "progress", "re-evaluation"):
            key = (patient_id, discipline)
            last_report[key] = max(last_report.get(key, _aware(when)), _aware(when))
    since: dict = {}
    for patient_id, discipline, when, _ in visits:
        key = (patient_id, discipline)
        if key not in last_report or _aware(when) > last_report[key]:
            since[key] = since.get(key, 0) + 1
    upcoming = {
        (p, d)
        for p, d in _rows(
            pristine_practice,
            """SELECT DISTINCT a.patient_id, t.discipline FROM appointment a
                JOIN appointment_type t ON t.id = a.appointment_type_id WHERE a.status = 'booked' AND a.starts_at >= :n""",
            n=DEMO_NOW,
        )
    }
    expected_progress = sum(1 for key in upcoming if since.get(key, 0) >= 9)
    assert expected_progress > 0 and kinds.count("progress_report_due") == expected_progress


def test_plan_alerts_are_every_plan_the_rules_flag(pristine_practice: Practice) -> None:
    """The alerts narrow plans in SQL first; the rules, run here over every plan, must flag no other."""
    from core.clinics.models import ClinicPolicy
    from core.plans.rules import recert_due, signature_overdue

    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        alerts = for_user(session, actor=owner, now=DEMO_NOW)
    policies = {
        row[0]: row[1:]
        for row in _rows(
            pristine_practice,
            "SELECT clinic_id, recert_alert_days, cert_signature_overdue_days FROM clinic_policy",
        )
    }
    default = ClinicPolicy(clinic_id=0)
    plans = _rows(
        pristine_practice,
        "SELECT id, clinic_id, end_date, sent_on, physician_signed_on, discharged_on FROM plan_of_care",
    )

    def as_date(v):  # type: ignore[no-untyped-def]
        return datetime.fromisoformat(v).date() if isinstance(v, str) else v

    recert, overdue = set(), set()
    for plan_id, clinic_id, end, sent, signed, discharged in plans:
        if clinic_id not in owner.roles or as_date(end) < DEMO_TODAY:
            continue
        days, late = policies.get(clinic_id, (default.recert_alert_days, default.cert_signature_overdue_days))
        # a plan a signed discharge ended is not recertified (#20): care ended
        if discharged is None and recert_due(as_date(end), DEMO_TODAY, days):
            recert.add(plan_id)
        if signature_overdue(as_date(sent), as_date(signed), DEMO_TODAY, late):
            overdue.add(plan_id)
    assert recert and overdue
    assert {a.record_id for a in alerts if a.kind == "recertification_due"} == recert
    assert {a.record_id for a in alerts if a.kind == "certification_signature_overdue"} == overdue


def test_front_desk_sees_no_clinical_alerts_and_nothing_of_the_other_clinic(
    pristine_practice: Practice,
) -> None:
    desk = pristine_practice.actor("front_desk", "riverside")
    with pristine_practice.session() as session:
        alerts = for_user(session, actor=desk, now=DEMO_NOW)
    assert alerts and {a.clinic_id for a in alerts} == {1}
    assert not {"unsigned_note", "cosign_waiting"} & {a.kind for a in alerts}
    therapist = pristine_practice.actor("therapist", "riverside")
    with pristine_practice.session() as session:
        mine = for_user(session, actor=therapist, now=DEMO_NOW)
    assert "authorization_running_out" not in {a.kind for a in mine}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["use", "override"]), max_size=12), st.integers(0, 4))
def test_visits_used_never_pass_approved_without_an_audited_override(
    pristine_practice: Practice, ops, approved
) -> None:  # type: ignore[no-untyped-def]
    if pristine_practice.backend != "sqlite":
        return
    signer, desk = (
        pristine_practice.actor("therapist", "riverside"),
        pristine_practice.actor("front_desk", "riverside"),
    )
    who = patient(pristine_practice, "medicaid")
    with pristine_practice.session() as session:
        auth = Authorization(
            patient_id=who,
            payer_id=2,
            discipline="PT",
            start_date=DEMO_TODAY,
            end_date=DEMO_TODAY + timedelta(days=60),
            visits_approved=approved,
        )
        session.add(auth)
        session.commit()
        overrides = 0
        for op in ops:
            try:
                use_visit(
                    session,
                    actor=desk if op == "override" else signer,
                    authorization_id=auth.id,
                    override=op == "override",
                )
                session.commit()
            except Conflict:
                session.rollback()
            session.refresh(auth)
            assert auth.visits_used >= 0
            overrides += op == "override" and auth.visits_used > approved
        used = auth.visits_used
        session.commit()
    audited = _rows(
        pristine_practice,
        """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization'
                                     AND record_id = :r AND detail LIKE '%override%'""",
        r=str(auth.id),
    )[0][0]
    assert used <= approved or audited >= 1
    assert audited >= overrides
