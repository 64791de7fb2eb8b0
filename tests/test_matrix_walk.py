"""Every role through every action of the permission matrix, through core and through the API.

Actions whose service lands with a later issue (booking, signing, claims work) are walked through
core's gate, `require`, which those services call; the rest through their real service and route.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from conftest import Practice
from sqlmodel import Session, col, func, select, text

from core.access import require
from core.audit.models import AuditEntry
from core.audit.review import browse
from core.authorizations import service as authorizations
from core.billing import service as billing
from core.billing.models import Claim
from core.clinics.service import ClinicSettings, update_settings
from core.enums import Role
from core.errors import Forbidden
from core.notes import service as notes
from core.notes.models import Note
from core.patients import service as patients
from core.patients.insurance import PolicyCreate, add_policy
from core.patients.models import Patient
from core.patients.schemas import PatientUpdate
from core.payers.service import list_fee_schedules
from core.permissions import Action, role_may
from core.plans import service as plans
from core.plans.service import PlanCreate
from core.records.service import list_for_patient
from core.scheduling import waitlist
from core.scheduling.models import AppointmentType
from core.scheduling.waitlist import WaitListCreate
from core.users.service import list_users

ROLES = (Role.therapist, Role.assistant, Role.front_desk, Role.biller, Role.owner)


@dataclass
class Ctx:
    clinic_id: int
    patient_id: int
    phone: str
    draft_note: int
    signed_note: int
    claim_id: int
    follow_up_type: int


def context(session: Session, clinic_id: int) -> Ctx:
    # LIMIT 1 in the query: the ORM's first() builds an object for every row the query returns (the
    # demo's thousands of notes, over a second a call) before it hands back one.
    signed = session.exec(
        select(Note)
        .where(Note.clinic_id == clinic_id, Note.status == "signed")
        .order_by(col(Note.id))
        .limit(1)
    ).first()
    draft = session.exec(
        select(Note)
        .where(Note.clinic_id == clinic_id, col(Note.status).in_(("draft", "in_review")))
        .order_by(col(Note.id))
        .limit(1)
    ).first()
    assert signed and draft
    claim = session.exec(
        select(Claim).where(Claim.patient_id == signed.patient_id).order_by(col(Claim.id)).limit(1)
    ).first()
    assert claim is not None
    patient = session.get(Patient, signed.patient_id)
    assert patient is not None
    follow_up = session.exec(
        select(AppointmentType.id).where(
            AppointmentType.clinic_id == clinic_id, AppointmentType.kind == "follow-up"
        )
    ).first()
    return Ctx(clinic_id, signed.patient_id, patient.phone, draft.id, signed.id, claim.id, follow_up)  # type: ignore[arg-type]


def _wait(c: Ctx) -> WaitListCreate:
    return WaitListCreate(patient_id=c.patient_id, appointment_type_id=c.follow_up_type)


def _plan(c: Ctx, actor) -> PlanCreate:  # type: ignore[no-untyped-def]
    own = sorted(actor.provider_ids)
    return PlanCreate(
        patient_id=c.patient_id,
        provider_id=own[0] if own else 1,
        icd10_codes=["M54.50"],
        start_date=date(2027, 1, 4),
        end_date=date(2027, 4, 1),
        frequency_per_week=2,
        duration_weeks=12,
        physician_name="Dr. Okafor",
        physician_npi="1234567893",
        goals=[{"term": "short", "text": "Walk 300 feet"}],
    )


def _policy() -> PolicyCreate:
    return PolicyCreate(payer_id=1, priority=2, member_id="W123", effective_from=date(2026, 1, 1))


def _auth() -> authorizations.AuthorizationCreate:
    return authorizations.AuthorizationCreate(
        payer_id=2,
        discipline="PT",
        start_date=date(2026, 11, 1),
        end_date=date(2027, 1, 30),
        visits_approved=12,
    )


CoreProbe = Callable[[Session, object, Ctx], object]
CORE: dict[Action, CoreProbe] = {
    Action.patient_read: lambda s, a, c: patients.get(s, actor=a, patient_id=c.patient_id),
    Action.patient_write: lambda s, a, c: patients.update(
        s, actor=a, patient_id=c.patient_id, data=PatientUpdate(phone=c.phone)
    ),
    Action.insurance_read: lambda s, a, c: list_for_patient(
        s, actor=a, patient_id=c.patient_id, kind="insurance"
    ),
    Action.insurance_write: lambda s, a, c: add_policy(s, actor=a, patient_id=c.patient_id, data=_policy()),
    Action.authorization_read: lambda s, a, c: list_for_patient(
        s, actor=a, patient_id=c.patient_id, kind="authorizations"
    ),
    Action.authorization_write: lambda s, a, c: authorizations.add(
        s, actor=a, patient_id=c.patient_id, data=_auth()
    ),
    Action.appointment_read: lambda s, a, c: list_for_patient(
        s, actor=a, patient_id=c.patient_id, kind="appointments"
    ),
    Action.note_read: lambda s, a, c: notes.get(s, actor=a, note_id=c.draft_note),
    Action.note_read_signed: lambda s, a, c: notes.get(s, actor=a, note_id=c.signed_note),
    Action.plan_read: lambda s, a, c: list_for_patient(s, actor=a, patient_id=c.patient_id, kind="plans"),
    Action.outcome_read: lambda s, a, c: list_for_patient(
        s, actor=a, patient_id=c.patient_id, kind="outcomes"
    ),
    Action.charge_read: lambda s, a, c: list_for_patient(s, actor=a, patient_id=c.patient_id, kind="charges"),
    Action.claim_read: lambda s, a, c: list_for_patient(s, actor=a, patient_id=c.patient_id, kind="claims"),
    Action.payment_read: lambda s, a, c: list_for_patient(
        s, actor=a, patient_id=c.patient_id, kind="payments"
    ),
    Action.claim_status_read: lambda s, a, c: billing.claim_status(s, actor=a, claim_id=c.claim_id),
    Action.balance_read: lambda s, a, c: billing.balance(s, actor=a, patient_id=c.patient_id),
    Action.fee_schedule_read: lambda s, a, c: list_fee_schedules(s, actor=a),
    Action.user_manage: lambda s, a, c: list_users(s, actor=a),
    Action.audit_read: lambda s, a, c: browse(s, actor=a, limit=5),
    Action.appointment_write: lambda s, a, c: waitlist.add_entry(s, actor=a, data=_wait(c)),
    Action.settings_manage: lambda s, a, c: update_settings(
        s, actor=a, clinic_id=c.clinic_id, data=ClinicSettings(late_cancel_hours=24)
    ),
    Action.plan_write: lambda s, a, c: plans.create(s, actor=a, data=_plan(c, a)),
}


def _gate(action: Action) -> CoreProbe:
    return lambda s, a, c: require(s, a, action, clinic_id=c.clinic_id, patient_id=c.patient_id)


API: dict[Action, Callable[[Ctx], tuple[str, str, dict | None]]] = {
    Action.patient_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}", None),
    Action.patient_write: lambda c: ("PATCH", f"/api/v1/patients/{c.patient_id}", {"phone": c.phone}),
    Action.insurance_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/insurance", None),
    Action.insurance_write: lambda c: (
        "POST",
        f"/api/v1/patients/{c.patient_id}/insurance",
        _policy().model_dump(mode="json"),
    ),
    Action.authorization_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/authorizations", None),
    Action.authorization_write: lambda c: (
        "POST",
        f"/api/v1/patients/{c.patient_id}/authorizations",
        _auth().model_dump(mode="json"),
    ),
    Action.appointment_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/appointments", None),
    Action.note_read: lambda c: ("GET", f"/api/v1/notes/{c.draft_note}", None),
    Action.note_read_signed: lambda c: ("GET", f"/api/v1/notes/{c.signed_note}", None),
    Action.plan_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/plans", None),
    Action.outcome_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/outcomes", None),
    Action.charge_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/charges", None),
    Action.claim_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/claims", None),
    Action.payment_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/payments", None),
    Action.claim_status_read: lambda c: ("GET", f"/api/v1/claims/{c.claim_id}/status", None),
    Action.balance_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/balance", None),
    Action.fee_schedule_read: lambda c: ("GET", "/api/v1/fee-schedules", None),
    Action.user_manage: lambda c: ("GET", "/api/v1/users", None),
    Action.audit_read: lambda c: ("GET", "/api/v1/audit?limit=5", None),
    Action.appointment_write: lambda c: ("POST", "/api/v1/wait-list", _wait(c).model_dump()),
    Action.settings_manage: lambda c: (
        "PATCH",
        f"/api/v1/clinics/{c.clinic_id}/settings",
        {"late_cancel_hours": 24},
    ),
    Action.plan_read: lambda c: ("GET", f"/api/v1/patients/{c.patient_id}/plans", None),
}


def _denials(session: Session, user_id: int, action: Action) -> int:
    return session.exec(
        select(func.count()).where(
            AuditEntry.user_id == user_id, AuditEntry.action == action.value, AuditEntry.outcome == "denied"
        )
    ).one()


@pytest.mark.parametrize("role", ROLES)
def test_every_action_through_core(practice: Practice, role: Role) -> None:
    actor = practice.actor(
        role.value, "riverside" if role in (Role.therapist, Role.assistant, Role.front_desk) else None
    )
    with practice.session() as session:
        ctx = context(session, clinic_id=1)
    for action in Action:
        probe = CORE.get(action, _gate(action))
        with practice.session() as session:
            # A note is asked for as note.read, whichever rule then refuses it.
            audited = Action.note_read if action == Action.note_read_signed else action
            before = _denials(session, actor.user_id, audited)
            if role_may(role, action):
                probe(session, actor, ctx)
            else:
                with pytest.raises(Forbidden):
                    probe(session, actor, ctx)
            session.rollback()
            with practice.session() as fresh:
                assert _denials(fresh, actor.user_id, audited) == before + (not role_may(role, action)), (
                    action
                )


@pytest.mark.parametrize("role", (Role.therapist, Role.assistant, Role.front_desk))
def test_nothing_of_the_other_clinic(practice: Practice, role: Role) -> None:
    actor = practice.actor(role.value, "riverside")
    with practice.session() as session:
        other = context(session, clinic_id=2)
    for action, probe in CORE.items():
        if action in (Action.fee_schedule_read, Action.user_manage, Action.audit_read):
            continue
        with practice.session() as session, pytest.raises(Forbidden):
            probe(session, actor, other)


@pytest.mark.parametrize("role", ROLES)
def test_every_action_through_the_api(practice: Practice, role: Role) -> None:
    client = practice.client()
    clinic = "riverside" if role in (Role.therapist, Role.assistant, Role.front_desk) else None
    headers = practice.login(client, role.value, clinic)
    with practice.session() as session:
        ctx = context(session, clinic_id=1)
        other = context(session, clinic_id=2)
        patient = session.get(Patient, ctx.patient_id)
    for action, request in API.items():
        method, path, body = request(ctx)
        response = client.request(method, path, json=body, headers=headers)
        expected = role_may(role, action)
        assert (response.status_code < 300) is expected, (action, response.status_code, response.text)
        if not expected:
            assert response.status_code == 403
            assert response.headers["content-type"] == "application/problem+json"
            assert patient.last_name not in response.text and patient.first_name not in response.text
        if clinic and action not in (Action.fee_schedule_read, Action.user_manage, Action.audit_read):
            method, path, body = request(other)
            assert client.request(method, path, json=body, headers=headers).status_code == 403, action


# --- every write route, with the other clinic's ids --------------------------------------------


@dataclass
class Other:
    """Clinic 2's records, as ids a user of clinic 1 might send."""

    ctx: Ctx
    appointment: int
    provider: int
    visit: int
    plan: int
    user: int
    type_id: int


def _other_clinic(session: Session) -> Other:
    def first(sql: str) -> int:
        row = session.exec(text(sql)).first()  # type: ignore[call-overload]
        assert row is not None, sql
        return int(row[0])

    return Other(
        ctx=context(session, clinic_id=2),
        appointment=first("SELECT id FROM appointment WHERE clinic_id = 2 AND status = 'booked' ORDER BY id"),
        provider=first("SELECT id FROM provider WHERE clinic_id = 2 AND credential = 'PT' ORDER BY id"),
        visit=first("SELECT id FROM visit WHERE clinic_id = 2 ORDER BY id"),
        plan=first("SELECT id FROM plan_of_care WHERE clinic_id = 2 ORDER BY id"),
        user=first(
            """SELECT u.id FROM app_user u JOIN membership r ON r.user_id = u.id
            WHERE r.clinic_id = 2 AND NOT EXISTS
              (SELECT 1 FROM membership o WHERE o.user_id = u.id AND o.clinic_id <> 2)
            ORDER BY u.id"""
        ),
        type_id=first(
            "SELECT id FROM appointment_type WHERE clinic_id = 2 AND kind = 'follow-up' ORDER BY id"
        ),
    )


def _write_routes(o: Other) -> list[tuple[str, str, dict | None]]:
    """Every write route of the API, aimed at clinic 2."""
    c = o.ctx
    when = "2027-03-02T10:00:00-05:00"
    return [
        (
            "POST",
            "/api/v1/patients",
            {"clinic_id": 2, "first_name": "A", "last_name": "B", "birth_date": "1960-01-01"},
        ),
        ("PATCH", f"/api/v1/patients/{c.patient_id}", {"phone": c.phone}),
        ("POST", f"/api/v1/patients/{c.patient_id}/insurance", _policy().model_dump(mode="json")),
        ("POST", f"/api/v1/patients/{c.patient_id}/authorizations", _auth().model_dump(mode="json")),
        ("PUT", f"/api/v1/notes/{c.draft_note}", {"assessment": "changed"}),
        ("PUT", f"/api/v1/notes/{c.draft_note}/form", {"goals": [{"text": "Walk 500 ft", "status": "met"}]}),
        ("POST", f"/api/v1/notes/{c.signed_note}/coding", {"services": [{"code": "97110", "minutes": 30}]}),
        ("PATCH", "/api/v1/clinics/2/settings", {"late_cancel_hours": 24}),
        (
            "POST",
            "/api/v1/appointment-types",
            {
                "clinic_id": 2,
                "name": "Walk visit",
                "discipline": "PT",
                "kind": "follow-up",
                "duration_minutes": 30,
            },
        ),
        ("PUT", f"/api/v1/providers/{o.provider}/hours", {"hours": []}),
        (
            "POST",
            f"/api/v1/providers/{o.provider}/time-off",
            {"starts_at": "2027-03-01T09:00:00-05:00", "ends_at": "2027-03-01T10:00:00-05:00"},
        ),
        (
            "POST",
            "/api/v1/appointments",
            {
                "patient_id": c.patient_id,
                "provider_id": o.provider,
                "appointment_type_id": o.type_id,
                "starts_at": when,
            },
        ),
        (
            "POST",
            "/api/v1/appointments/recurring",
            {
                "patient_id": c.patient_id,
                "provider_id": o.provider,
                "appointment_type_id": o.type_id,
                "first_day": "2027-03-01",
                "weekdays": [0],
                "local_minute": 600,
                "weeks": 2,
            },
        ),
        ("POST", f"/api/v1/appointments/{o.appointment}/cancel", {"reason": "patient"}),
        ("POST", f"/api/v1/appointments/{o.appointment}/reschedule", {"starts_at": when}),
        ("POST", f"/api/v1/appointments/{o.appointment}/check-in", None),
        ("POST", f"/api/v1/appointments/{o.appointment}/no-show", {}),
        ("POST", "/api/v1/wait-list", _wait(c).model_dump()),
        ("POST", "/api/v1/plans", _plan(c, _NoProvider()).model_dump(mode="json")),
        ("POST", f"/api/v1/plans/{o.plan}/sent", {"on": "2026-11-20"}),
        ("POST", f"/api/v1/plans/{o.plan}/signed", {"on": "2026-11-21"}),
        ("POST", f"/api/v1/plans/{o.plan}/signed/correction", {"on": "2026-11-22", "reason": "typo"}),
        ("POST", f"/api/v1/appointments/{o.appointment}/visit", {"recording_consent": True}),
        ("POST", f"/api/v1/visits/{o.visit}/note", {}),
        ("POST", f"/api/v1/notes/{c.draft_note}/sign", None),
        ("POST", f"/api/v1/notes/{c.draft_note}/cosign", None),
        ("POST", f"/api/v1/notes/{c.signed_note}/addenda", {"text": "late entry"}),
        ("POST", f"/api/v1/visits/{o.visit}/draft", {}),
        (
            "POST",
            "/api/v1/users",
            {"email": "x@y.org", "full_name": "X", "password": "p" * 16, "clinic_id": 2, "role": "biller"},
        ),
        ("PUT", f"/api/v1/users/{o.user}/roles/2", {"role": "owner"}),
        ("PUT", f"/api/v1/users/{o.user}/active", {"active": False}),
        ("POST", f"/api/v1/users/{o.user}/unlock", None),
        ("POST", "/api/v1/claims/build", {"clinic_id": 2}),
        ("POST", "/api/v1/claims/scrub", {"clinic_id": 2}),
        ("PATCH", f"/api/v1/claims/{c.claim_id}", {}),
        ("POST", "/api/v1/claims/batches", {"clinic_id": 2, "payer_id": 1}),
    ]


class _NoProvider:
    provider_ids: frozenset[int] = frozenset()


def _clinic_one_only(practice: Practice, role: Role) -> dict[str, str]:
    """A log-in of someone with this role in Riverside (clinic 1) and nowhere else."""
    from core.users.manage import add_user

    email = f"walk-{role.value}@riverside.example.org"
    owner = practice.actor("owner")
    with practice.session() as session:
        if session.exec(text("SELECT 1 FROM app_user WHERE email = :e").bindparams(e=email)).first() is None:
            add_user(
                session,
                actor=owner,
                email=email,
                full_name=f"Walk {role.value}",
                password="walk-the-matrix-1",
                clinic_id=1,
                role=role.value,
            )
            session.commit()
    client = practice.client()
    reply = client.post("/api/v1/auth/login", json={"email": email, "password": "walk-the-matrix-1"})
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


@pytest.mark.parametrize("role", ROLES)
def test_no_write_route_reaches_the_other_clinic(pristine_practice: Practice, role: Role) -> None:
    practice = pristine_practice
    headers = _clinic_one_only(practice, role)
    with practice.session() as session:
        other = _other_clinic(session)
    client = practice.client()
    reached = []
    for method, path, body in _write_routes(other):
        reply = client.request(method, path, json=body, headers=headers)
        if reply.status_code not in (403, 404):
            reached.append((method, path, reply.status_code, reply.text[:200]))
    # Uploads: a recording of the other clinic's visit, and a fee schedule, which every clinic's
    # charges are priced from (so no one of only one clinic may change it).
    upload = client.post(
        f"/api/v1/visits/{other.visit}/recordings", files={"file": ("a.wav", b"RIFF")}, headers=headers
    )
    fees = client.post(
        "/api/v1/payers/1/fee-schedules",
        data={"name": "Walk", "effective_from": "2031-01-01"},
        files={"file": ("fees.csv", b"cpt,amount\n97110,31.50\n", "text/csv")},
        headers=headers,
    )
    for method, path, reply in (("POST", "recordings", upload), ("POST", "fee-schedules", fees)):
        if reply.status_code not in (403, 404):
            reached.append((method, path, reply.status_code, reply.text[:200]))
    assert reached == [], reached
