"""Owners manage their clinics' people: add, change or take away a role, deactivate; never leaving a
clinic without an active owner, only in clinics they own, each change audited."""

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import col, select

from core.audit.models import AuditEntry
from core.errors import Conflict, Forbidden, Invalid
from core.users.manage import add_user, set_active, set_role
from core.users.models import Membership, User
from core.users.rules import owners_left

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

ROLES = ("therapist", "assistant", "front_desk", "biller", "owner")


@pytest.mark.parametrize(
    ("members", "user_id", "role", "active", "left"),
    [
        ([(1, "owner", True)], 1, "biller", True, 0),  # the only owner demoted
        ([(1, "owner", True)], 1, None, True, 0),  # the only owner's access taken away
        ([(1, "owner", True)], 1, "owner", False, 0),  # the only owner deactivated
        ([(1, "owner", True), (2, "owner", True)], 1, "biller", True, 1),
        ([(1, "owner", True), (2, "owner", False)], 1, None, True, 0),  # the other owner is inactive
        ([(1, "owner", True)], 3, "owner", True, 2),  # a new owner added
        ([(1, "owner", True), (2, "biller", True)], 2, "owner", True, 2),
        ([(1, "owner", True), (2, "biller", True)], 2, None, True, 1),
        ([], 5, "therapist", True, 0),
    ],
)
def test_owners_left(members, user_id: int, role: str | None, active: bool, left: int) -> None:  # type: ignore[no-untyped-def]
    assert owners_left(members, user_id, role, active) == left


@given(
    st.lists(st.tuples(st.integers(1, 6), st.sampled_from(ROLES), st.booleans()), unique_by=lambda m: m[0]),
    st.integers(1, 8),
    st.sampled_from((*ROLES, None)),
    st.booleans(),
)
def test_only_the_changed_person_moves_the_count(members, user_id: int, role, active: bool) -> None:  # type: ignore[no-untyped-def]
    others = sum(1 for u, r, a in members if u != user_id and r == "owner" and a)
    assert owners_left(members, user_id, role, active) == others + (role == "owner" and active)


def _email() -> str:
    return f"new-{uuid.uuid4().hex[:8]}@clinic.example.org"


def test_an_owner_adds_changes_and_deactivates_a_user(practice) -> None:  # type: ignore[no-untyped-def]
    owner = practice.actor("owner")
    clinic = min(owner.roles)
    email = _email()
    with practice.session() as session:
        user = add_user(
            session,
            actor=owner,
            email=email.upper(),
            full_name="Robin Example",
            password="a long first password",
            clinic_id=clinic,
            role="front_desk",
        )
        set_role(session, actor=owner, user_id=user.id, clinic_id=clinic, role="biller")
        assert session.exec(select(Membership.role).where(Membership.user_id == user.id)).all() == ["biller"]
        set_active(session, actor=owner, user_id=user.id, active=False)
        assert session.get(User, user.id).email == email and not session.get(User, user.id).is_active
        set_role(session, actor=owner, user_id=user.id, clinic_id=clinic, role=None)
        assert session.exec(select(Membership).where(Membership.user_id == user.id)).all() == []
        trail = session.exec(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "user.manage", AuditEntry.record_id == str(user.id))
            .order_by(col(AuditEntry.id))
        ).all()
    assert trail == ["added as front_desk", "role front_desk -> biller", "deactivated", "role biller -> none"]
    client = practice.client()
    refused = client.post("/api/v1/auth/login", json={"email": email, "password": "a long first password"})
    assert refused.status_code == 401


def test_a_clinic_keeps_an_active_owner_and_others_may_not_manage(practice) -> None:  # type: ignore[no-untyped-def]
    owner, desk = practice.actor("owner"), practice.actor("front_desk")
    clinic = min(owner.roles)
    with practice.session() as session:
        owners = session.exec(
            select(Membership.user_id).where(Membership.clinic_id == clinic, Membership.role == "owner")
        ).all()
        if len(owners) == 1:
            with pytest.raises(Conflict, match="no active owner"):
                set_role(session, actor=owner, user_id=owner.user_id, clinic_id=clinic, role="biller")
        with pytest.raises(Conflict, match="your own account"):
            set_active(session, actor=owner, user_id=owner.user_id, active=False)
        second = add_user(
            session,
            actor=owner,
            email=_email(),
            full_name="Second Owner",
            password="another long password",
            clinic_id=clinic,
            role="owner",
        )
        set_role(session, actor=owner, user_id=second.id, clinic_id=clinic, role="therapist")
        with pytest.raises(Invalid, match="a role is one of"):
            set_role(session, actor=owner, user_id=second.id, clinic_id=clinic, role="superuser")
        with pytest.raises(Invalid, match="12 characters"):
            add_user(
                session,
                actor=owner,
                email=_email(),
                full_name="X",
                password="short",
                clinic_id=clinic,
                role="biller",
            )
        with pytest.raises(Conflict, match="already exists"):
            add_user(
                session,
                actor=owner,
                email=practice.user("biller").email,
                full_name="Copy",
                password="a long enough password",
                clinic_id=clinic,
                role="biller",
            )
        with pytest.raises(Forbidden):
            set_role(session, actor=desk, user_id=second.id, clinic_id=clinic, role="owner")
        assert session.exec(select(Membership.role).where(Membership.user_id == second.id)).all() == [
            "therapist"
        ]


def test_the_api_manages_users_for_owners_only(practice) -> None:  # type: ignore[no-untyped-def]
    client = practice.client()
    owner, desk = practice.login(client, "owner"), practice.login(client, "front_desk")
    clinic = min(practice.actor("owner").roles)
    body = {
        "email": _email(),
        "full_name": "Api Person",
        "password": "a long first password",
        "clinic_id": clinic,
        "role": "therapist",
    }
    assert client.post("/api/v1/users", json=body, headers=desk).status_code == 403
    made = client.post("/api/v1/users", json=body, headers=owner)
    assert made.status_code == 201
    user_id = made.json()["id"]
    path = f"/api/v1/users/{user_id}/roles/{clinic}"
    assert client.put(path, json={"role": "assistant"}, headers=owner).status_code == 204
    assert client.put(path, json={"role": "wizard"}, headers=owner).status_code == 422
    assert (
        client.put(f"/api/v1/users/{user_id}/active", json={"active": False}, headers=owner).status_code
        == 204
    )
    listed = {u["id"]: u for u in client.get("/api/v1/users", headers=owner).json()}
    assert listed[user_id]["roles"] == {str(clinic): "assistant"} or listed[user_id]["roles"] == {
        clinic: "assistant"
    }
    assert listed[user_id]["is_active"] is False
