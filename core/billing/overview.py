"""The biller's desk in one read: charges not yet on a claim, and claims by status with their payer,
within the clinics the biller may see; every patient shown is an audited read."""

from typing import Any

from sqlmodel import Session, col, select

from core.access import require_anywhere
from core.actor import Actor
from core.audit.service import Event, record
from core.billing.models import Charge, Claim
from core.patients.models import Patient
from core.payers.models import Payer
from core.permissions import Action

STATUSES = ("draft", "held", "ready", "submitted", "partially_paid", "paid", "denied")


def open_charges(session: Session, *, actor: Actor, limit: int = 200) -> list[dict[str, Any]]:
    """Charges from signed notes that no claim carries yet, newest service first."""
    clinics = require_anywhere(session, actor, Action.charge_read)
    rows = session.exec(
        select(Charge, Patient)
        .join(Patient, col(Patient.id) == Charge.patient_id)
        .where(col(Charge.clinic_id).in_(clinics), Charge.status == "open")
        .order_by(col(Charge.service_date).desc(), col(Charge.id))
        .limit(limit)
    ).all()
    _audit(session, actor, Action.charge_read, [(c.clinic_id, c.patient_id, "charge", c.id) for c, _ in rows])
    return [
        {
            "id": c.id,
            "clinic_id": c.clinic_id,
            "visit_id": c.visit_id,
            "patient": f"{p.first_name} {p.last_name}",
            "service_date": c.service_date,
            "cpt": c.cpt,
            "modifiers": c.modifiers,
            "units": c.units,
            "minutes": c.minutes,
            "amount_cents": c.amount_cents,
        }
        for c, p in rows
    ]


def claims_by_status(
    session: Session, *, actor: Actor, status: str, limit: int = 200
) -> list[dict[str, Any]]:
    """Claims in one status, with patient and payer names, oldest service first."""
    if status not in STATUSES:
        status = "ready"
    clinics = require_anywhere(session, actor, Action.claim_read)
    rows = session.exec(
        select(Claim, Patient, Payer)
        .join(Patient, col(Patient.id) == Claim.patient_id)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .where(col(Claim.clinic_id).in_(clinics), Claim.status == status)
        .order_by(col(Claim.service_date), col(Claim.id))
        .limit(limit)
    ).all()
    _audit(
        session, actor, Action.claim_read, [(c.clinic_id, c.patient_id, "claim", c.id) for c, _, _ in rows]
    )
    return [
        {
            "id": c.id,
            "clinic_id": c.clinic_id,
            "payer_id": c.payer_id,
            "payer": payer.name,
            "patient": f"{p.first_name} {p.last_name}",
            "patient_id": c.patient_id,
            "service_date": c.service_date,
            "total_cents": c.total_cents,
            "paid_cents": c.paid_cents,
            "status": c.status,
            "control_number": c.control_number,
        }
        for c, p, payer in rows
    ]


def _audit(
    session: Session, actor: Actor, action: Action, seen: list[tuple[int, int, str, int | None]]
) -> None:
    record(
        session,
        actor,
        [
            Event(action.value, clinic_id=clinic, patient_id=patient, record_type=kind, record_id=rid or "")
            for clinic, patient, kind, rid in seen
        ],
    )
    session.commit()
