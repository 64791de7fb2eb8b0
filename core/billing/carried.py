"""Open AR carried over from the clinic's old system that payers owe: kept apart from the claims we
built (core/billing/models.py, OpeningBalance), so neither the claims list nor the patient's own
balance shows it; this read does, per payer."""

from pydantic import BaseModel
from sqlmodel import Session, col, func, select

from core.actor import Actor
from core.billing.models import OpeningBalance
from core.patients.service import audit_patient_records, load_patient_for
from core.payers.models import Payer
from core.permissions import Action


class PayerCarriedOver(BaseModel):
    payer_id: int
    payer: str
    items: int
    open_cents: int
    oldest_service_date: str


def payer_balances(session: Session, *, actor: Actor, patient_id: int) -> list[PayerCarriedOver]:
    """What each payer still owes for the patient from the old system's open AR, largest first. Amounts
    a payer owes are claim money, so claim.read (billers, owners), as for a claim's amounts."""
    patient = load_patient_for(session, actor, patient_id, Action.claim_read, "opening_balance")
    rows = session.exec(
        select(
            col(OpeningBalance.payer_id),
            func.count(col(OpeningBalance.id)),
            func.sum(OpeningBalance.amount_cents),
            func.min(OpeningBalance.service_date),
        )
        .where(OpeningBalance.patient_id == patient_id, col(OpeningBalance.payer_id).is_not(None))
        .group_by(col(OpeningBalance.payer_id))
    ).all()
    names = dict(
        session.exec(select(Payer.id, Payer.name).where(col(Payer.id).in_([r[0] for r in rows]))).all()
    )
    out = sorted(
        (
            PayerCarriedOver(
                payer_id=pid or 0,
                payer=names.get(pid, ""),
                items=items,
                open_cents=int(total),
                oldest_service_date=oldest.isoformat(),
            )
            for pid, items, total, oldest in rows
        ),
        key=lambda b: (-b.open_cents, b.payer),
    )
    audit_patient_records(session, actor, Action.claim_read, patient, "opening_balance", f"{len(out)} payers")
    session.commit()
    return out
