"""A patient's records by kind (insurance, authorizations, appointments, ...), each kind behind its
own permission, within the caller's clinics, every read audited.

Each kind names the columns it shows, so a table never leaks a column by accident (a note's text is
not a column of any kind here: it is read through core.notes).
"""

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from pydantic import BaseModel, create_model
from sqlalchemy import ColumnElement
from sqlmodel import Session, SQLModel, col, select

from core.actor import Actor
from core.audit.service import Event, record
from core.authorizations.models import Authorization
from core.billing.models import Charge, Claim, Payment
from core.enums import NoteStatus
from core.errors import Invalid
from core.notes.models import Note
from core.outcomes.models import OutcomeMeasureResult
from core.patients.models import AUTHORIZATION_TERMS, InsurancePolicy
from core.patients.service import load_patient_for
from core.permissions import Action, allowed
from core.plans.models import PlanOfCare
from core.scheduling.models import Appointment


@dataclass(frozen=True)
class Kind:
    model: type[SQLModel]
    action: Action
    fields: tuple[str, ...]
    order: str

    @cached_property
    def shape(self) -> type[BaseModel]:
        """The read shape of this kind's rows: its columns, typed as the table types them."""
        columns: dict[str, Any] = {
            name: (self.model.model_fields[name].annotation, ...) for name in self.fields
        }
        return create_model(f"{self.model.__name__}Record", **columns)


KINDS: dict[str, Kind] = {
    "insurance": Kind(
        InsurancePolicy,
        Action.insurance_read,
        (
            "id",
            "payer_id",
            "priority",
            "member_id",
            "group_number",
            "effective_from",
            "effective_to",
            "copay_cents",
            "coinsurance_bp",
            "subscriber_name",
            "relationship_to_subscriber",
        ),
        "priority",
    ),
    "authorizations": Kind(
        Authorization,
        Action.authorization_read,
        (
            "id",
            "payer_id",
            *AUTHORIZATION_TERMS,
            "status",
        ),
        "start_date",
    ),
    "appointments": Kind(
        Appointment,
        Action.appointment_read,
        (
            "id",
            "clinic_id",
            "provider_id",
            "appointment_type_id",
            "starts_at",
            "ends_at",
            "status",
            "cancel_reason",
            "late_cancel",
        ),
        "starts_at",
    ),
    "plans": Kind(
        PlanOfCare,
        Action.plan_read,
        (
            "id",
            "provider_id",
            "discipline",
            "icd10_codes",
            "start_date",
            "end_date",
            "frequency_per_week",
            "duration_weeks",
            "status",
            "physician_signed_on",
        ),
        "start_date",
    ),
    "outcomes": Kind(
        OutcomeMeasureResult,
        Action.outcome_read,
        ("id", "visit_id", "measure", "score", "unit", "measured_on"),
        "measured_on",
    ),
    "notes": Kind(
        Note,
        Action.note_read_signed,
        ("id", "visit_id", "provider_id", "discipline", "note_type", "status", "signed_at", "cosigned_at"),
        "created_at",
    ),
    "charges": Kind(
        Charge,
        Action.charge_read,
        ("id", "visit_id", "service_date", "cpt", "modifiers", "units", "minutes", "amount_cents", "status"),
        "service_date",
    ),
    "claims": Kind(
        Claim,
        Action.claim_read,
        (
            "id",
            "payer_id",
            "service_date",
            "status",
            "total_cents",
            "paid_cents",
            "patient_responsibility_cents",
            "submitted_at",
        ),
        "service_date",
    ),
    "payments": Kind(
        Payment,
        Action.payment_read,
        ("id", "payer_id", "claim_id", "source", "amount_cents", "received_on", "reference"),
        "received_on",
    ),
}


def list_for_patient(
    session: Session, *, actor: Actor, patient_id: int, kind: str, limit: int = 200
) -> list[dict[str, Any]]:
    spec = KINDS.get(kind)
    if spec is None:
        raise Invalid(f"unknown record kind {kind!r}; one of: {', '.join(KINDS)}")
    patient = load_patient_for(session, actor, patient_id, spec.action, kind)
    patient_col: ColumnElement = getattr(spec.model, "patient_id")  # noqa: B009
    stmt = select(spec.model).where(patient_col == patient_id)
    if kind == "notes" and not allowed(actor.roles, Action.note_read, patient.clinic_id):
        stmt = stmt.where(col(Note.status) == NoteStatus.signed.value)
    rows = session.exec(stmt.order_by(col(getattr(spec.model, spec.order)).desc()).limit(limit)).all()
    record(
        session,
        actor,
        [
            Event(
                spec.action.value,
                clinic_id=patient.clinic_id,
                patient_id=patient_id,
                record_type=kind,
                detail=f"{len(rows)} rows",
            )
        ],
    )
    session.commit()
    return [{name: getattr(row, name) for name in spec.fields} for row in rows]
