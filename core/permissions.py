"""The permission matrix of PRODUCT.md ('Who uses it'), as one table, and the pure check over it.

Each role reaches the minimum it needs (HIPAA minimum-necessary standard, 45 CFR 164.502(b)).
Conditions that depend on the record (a therapist writes notes only for their own visits, an
assistant writes daily notes only, a biller reads signed notes only) are checked by the service
that owns the record, on top of this table.
"""

from enum import StrEnum

from core.enums import Role


class Action(StrEnum):
    patient_read = "patient.read"
    patient_write = "patient.write"
    insurance_read = "insurance.read"
    insurance_write = "insurance.write"
    authorization_read = "authorization.read"
    authorization_write = "authorization.write"
    appointment_read = "appointment.read"
    appointment_write = "appointment.write"
    note_read = "note.read"
    note_read_signed = "note.read_signed"
    note_write = "note.write"
    note_sign = "note.sign"
    note_cosign = "note.cosign"
    plan_read = "plan.read"
    plan_write = "plan.write"
    outcome_read = "outcome.read"
    outcome_write = "outcome.write"
    charge_read = "charge.read"
    charge_write = "charge.write"
    claim_status_read = "claim.status_read"
    claim_read = "claim.read"
    claim_write = "claim.write"
    balance_read = "balance.read"
    payment_read = "payment.read"
    payment_write = "payment.write"
    fee_schedule_read = "fee_schedule.read"
    fee_schedule_write = "fee_schedule.write"
    payer_write = "payer.write"
    user_manage = "user.manage"
    settings_manage = "settings.manage"
    audit_read = "audit.read"
    kpi_read = "kpi.read"


T, A, F, B, O = Role.therapist, Role.assistant, Role.front_desk, Role.biller, Role.owner  # noqa: E741

MATRIX: dict[Action, frozenset[Role]] = {
    Action.patient_read: frozenset({T, A, F, B, O}),
    Action.patient_write: frozenset({F, O}),
    Action.insurance_read: frozenset({T, A, F, B, O}),
    Action.insurance_write: frozenset({F, B, O}),
    Action.authorization_read: frozenset({T, A, F, B, O}),
    Action.authorization_write: frozenset({F, B, O}),
    Action.appointment_read: frozenset({T, A, F, B, O}),
    Action.appointment_write: frozenset({F, O}),
    Action.note_read: frozenset({T, A, O}),
    Action.note_read_signed: frozenset({T, A, B, O}),
    Action.note_write: frozenset({T, A}),
    Action.note_sign: frozenset({T, A}),
    Action.note_cosign: frozenset({T}),
    Action.plan_read: frozenset({T, A, B, O}),
    Action.plan_write: frozenset({T}),
    Action.outcome_read: frozenset({T, A, O}),
    Action.outcome_write: frozenset({T, A}),
    Action.charge_read: frozenset({B, O}),
    Action.charge_write: frozenset({B, O}),
    Action.claim_status_read: frozenset({F, B, O}),
    Action.claim_read: frozenset({B, O}),
    Action.claim_write: frozenset({B, O}),
    Action.balance_read: frozenset({F, B, O}),
    Action.payment_read: frozenset({B, O}),
    Action.payment_write: frozenset({B, O}),
    Action.fee_schedule_read: frozenset({B, O}),
    Action.fee_schedule_write: frozenset({B, O}),
    Action.payer_write: frozenset({O}),
    Action.user_manage: frozenset({O}),
    Action.settings_manage: frozenset({O}),
    Action.audit_read: frozenset({O}),
    Action.kpi_read: frozenset({B, O}),
}


def role_may(role: Role | str, action: Action) -> bool:
    """Whether the matrix lets this role take this action at all."""
    return Role(role) in MATRIX[action]


def allowed(roles_by_clinic: dict[int, str], action: Action, clinic_id: int) -> bool:
    """Whether a user with these roles (per clinic) may take the action on a record of that clinic."""
    role = roles_by_clinic.get(clinic_id)
    return role is not None and role_may(role, action)


def clinics_where(roles_by_clinic: dict[int, str], action: Action) -> list[int]:
    """The clinics in which the user may take the action: the scope of every list and search."""
    return sorted(cid for cid, role in roles_by_clinic.items() if role_may(role, action))
