"""The permission matrix against PRODUCT.md's table of who reaches what."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.enums import Role
from core.permissions import MATRIX, Action, allowed, clinics_where, role_may

# (role, action, allowed) straight from PRODUCT.md 'Who uses it'.
CASES = [
    (Role.front_desk, Action.note_read, False),
    (Role.front_desk, Action.note_read_signed, False),
    (Role.front_desk, Action.patient_write, True),
    (Role.front_desk, Action.insurance_write, True),
    (Role.front_desk, Action.authorization_write, True),
    (Role.front_desk, Action.appointment_write, True),
    (Role.front_desk, Action.balance_read, True),
    (Role.front_desk, Action.claim_status_read, True),
    (Role.front_desk, Action.claim_read, False),
    (Role.front_desk, Action.charge_read, False),
    (Role.front_desk, Action.plan_read, False),
    (Role.biller, Action.note_read, False),
    (Role.biller, Action.note_read_signed, True),
    (Role.biller, Action.note_write, False),
    (Role.biller, Action.claim_write, True),
    (Role.biller, Action.payment_write, True),
    (Role.biller, Action.audit_read, False),
    (Role.therapist, Action.note_write, True),
    (Role.therapist, Action.note_cosign, True),
    (Role.therapist, Action.plan_write, True),
    (Role.therapist, Action.claim_read, False),
    (Role.assistant, Action.note_write, True),
    (Role.assistant, Action.note_cosign, False),
    (Role.assistant, Action.plan_write, False),
    (Role.owner, Action.audit_read, True),
    (Role.owner, Action.user_manage, True),
    (Role.owner, Action.note_read, True),
    (Role.owner, Action.kpi_read, True),
]


@pytest.mark.parametrize(("role", "action", "expected"), CASES)
def test_matrix_matches_product(role: Role, action: Action, expected: bool) -> None:
    assert role_may(role, action) is expected


def test_every_action_has_a_row_and_the_owner_reads_everything() -> None:
    assert set(MATRIX) == set(Action)
    for action in Action:
        if action.value.endswith(("read", "read_signed", "status_read")):
            assert role_may(Role.owner, action), action


def test_only_the_owner_reads_the_audit_log_and_manages_users() -> None:
    assert MATRIX[Action.audit_read] == {Role.owner}
    assert MATRIX[Action.user_manage] == {Role.owner}


roles = st.sampled_from(list(Role))
clinic_roles = st.dictionaries(st.integers(1, 6), roles.map(str), max_size=4)


@given(clinic_roles, st.sampled_from(list(Action)), st.integers(1, 6))
def test_no_access_outside_ones_clinics(roles_by_clinic: dict[int, str], action: Action, clinic: int) -> None:
    if clinic not in roles_by_clinic:
        assert not allowed(roles_by_clinic, action, clinic)
    else:
        assert allowed(roles_by_clinic, action, clinic) == role_may(roles_by_clinic[clinic], action)


@given(clinic_roles, st.sampled_from(list(Action)))
def test_scope_is_exactly_the_clinics_allowed(roles_by_clinic: dict[int, str], action: Action) -> None:
    assert clinics_where(roles_by_clinic, action) == sorted(
        c for c in roles_by_clinic if allowed(roles_by_clinic, action, c)
    )
