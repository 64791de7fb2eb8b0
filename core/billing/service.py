"""Balances and claim status: what the front desk may see of billing, and what only billers see."""

from pydantic import BaseModel
from sqlmodel import Session, col, func, select

from core.access import require
from core.actor import Actor
from core.audit.service import Event, record_one
from core.billing.models import Claim, ClaimLine, OpeningBalance, Payment
from core.errors import NotFound
from core.permissions import Action
from core.records.service import load_patient


class Balance(BaseModel):
    patient_id: int
    patient_responsibility_cents: int
    patient_paid_cents: int
    balance_cents: int
    last_payment_cents: int | None = None
    last_payment_on: str | None = None


class ClaimStatus(BaseModel):
    id: int
    patient_id: int
    status: str
    service_date: str
    denial_codes: list[str]


def balance(session: Session, *, actor: Actor, patient_id: int) -> Balance:
    """What the patient owes: their responsibility on adjudicated claims and balances carried over from
    the old system, less what they paid."""
    patient = load_patient(session, patient_id)
    require(
        session,
        actor,
        Action.balance_read,
        clinic_id=patient.clinic_id,
        patient_id=patient_id,
        record_type="balance",
    )
    owed = session.exec(
        select(func.coalesce(func.sum(Claim.patient_responsibility_cents), 0)).where(
            Claim.patient_id == patient_id
        )
    ).one()
    owed += session.exec(
        select(func.coalesce(func.sum(OpeningBalance.amount_cents), 0)).where(
            OpeningBalance.patient_id == patient_id, col(OpeningBalance.payer_id).is_(None)
        )
    ).one()
    paid = session.exec(
        select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
            Payment.patient_id == patient_id, Payment.source == "patient"
        )
    ).one()
    record_one(
        session,
        actor,
        Event(
            Action.balance_read.value,
            clinic_id=patient.clinic_id,
            patient_id=patient_id,
            record_type="balance",
        ),
    )
    last = session.exec(
        select(Payment.amount_cents, Payment.received_on)
        .where(Payment.patient_id == patient_id, Payment.source == "patient")
        .order_by(col(Payment.received_on).desc(), col(Payment.id).desc())
    ).first()
    session.commit()
    return Balance(
        patient_id=patient_id,
        patient_responsibility_cents=owed,
        patient_paid_cents=paid,
        balance_cents=owed - paid,
        last_payment_cents=last[0] if last else None,
        last_payment_on=last[1].isoformat() if last else None,
    )


def claim_status(session: Session, *, actor: Actor, claim_id: int) -> ClaimStatus:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"claim {claim_id} not found")
    require(
        session,
        actor,
        Action.claim_status_read,
        clinic_id=claim.clinic_id,
        patient_id=claim.patient_id,
        record_type="claim",
        record_id=claim_id,
    )
    codes = session.exec(
        select(ClaimLine.denial_carc).where(ClaimLine.claim_id == claim_id, col(ClaimLine.denial_carc) != "")
    ).all()
    record_one(
        session,
        actor,
        Event(
            Action.claim_status_read.value,
            clinic_id=claim.clinic_id,
            patient_id=claim.patient_id,
            record_type="claim",
            record_id=claim_id,
        ),
    )
    session.commit()
    return ClaimStatus(
        id=claim_id,
        patient_id=claim.patient_id,
        status=claim.status,
        service_date=claim.service_date.isoformat(),
        denial_codes=sorted(set(codes)),
    )
