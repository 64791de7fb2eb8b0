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
    copay_collect = "copay.collect"
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
    # The desk takes the copay at check-in (PRODUCT.md: front desk checks people in and sees balances)
    # without the payments and billing history that payment.read opens.
    Action.copay_collect: frozenset({F, B, O}),
    Action.fee_schedule_read: frozenset({B, O}),
    Action.fee_schedule_write: frozenset({B, O}),
    Action.payer_write: frozenset({O}),
    Action.user_manage: frozenset({O}),
    Action.settings_manage: frozenset({O}),
    Action.audit_read: frozenset({O}),
    Action.kpi_read: frozenset({B, O}),
}


# Each action in the clinic's words, for a refusal a person reads ("your role may not read clinical
# notes"), never the matrix's key.
ACTION_WORDS: dict[Action, str] = {
    Action.patient_read: "see patients' details",
    Action.patient_write: "add or change patients' details",
    Action.insurance_read: "see insurance",
    Action.insurance_write: "add or change insurance",
    Action.authorization_read: "see authorizations",
    Action.authorization_write: "add or change authorizations",
    Action.appointment_read: "see the schedule",
    Action.appointment_write: "book, cancel or move visits",
    Action.note_read: "read clinical notes",
    Action.note_read_signed: "read signed notes",
    Action.note_write: "write clinical notes",
    Action.note_sign: "sign notes",
    Action.note_cosign: "co-sign notes",
    Action.plan_read: "see plans of care",
    Action.plan_write: "write plans of care",
    Action.outcome_read: "see outcome measures",
    Action.outcome_write: "record outcome measures",
    Action.charge_read: "see charges",
    Action.charge_write: "change charges",
    Action.claim_status_read: "see claim status",
    Action.claim_read: "see claims",
    Action.claim_write: "work claims",
    Action.balance_read: "see balances",
    Action.payment_read: "see payments",
    Action.payment_write: "post payments",
    Action.copay_collect: "take copays at check-in",
    Action.fee_schedule_read: "see fee schedules",
    Action.fee_schedule_write: "change fee schedules",
    Action.payer_write: "change payers",
    Action.user_manage: "manage users",
    Action.settings_manage: "change the clinic's settings",
    Action.audit_read: "read the audit log",
    Action.kpi_read: "see the practice's figures",
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
