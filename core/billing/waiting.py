"""Claims sent and not yet answered: what a biller means by "any claims waiting" or "claims not paid yet"
(#19). A read of the claims in the asker's clinics whose status is submitted (sent, neither paid, denied
nor rejected), oldest sent first, with the payer's name and how long each has waited; an audited read, as
the claims page's work lists are (core.billing.claims.work_list)."""

from datetime import date
from typing import Any

from sqlmodel import Session, col, func, select

from core.access import audit_each, require_anywhere
from core.actor import Actor
from core.billing.models import Claim
from core.enums import ClaimStatus
from core.payers.models import Payer
from core.permissions import Action
from core.timeutil import as_utc


def sent_unpaid(session: Session, *, actor: Actor, limit: int = 200) -> tuple[int, list[dict[str, Any]]]:
    """How many claims in the asker's clinics were sent and wait for the payer's answer, and the first
    `limit` of them, oldest sent first: claim_id, control_number, clinic_id, patient_id, payer,
    service_date, sent_on (the day it last went out) and total_cents. claim.read anywhere, else Forbidden."""
    clinics = require_anywhere(session, actor, Action.claim_read)
    waiting = (col(Claim.clinic_id).in_(clinics), Claim.status == ClaimStatus.submitted)
    total = session.exec(select(func.count()).select_from(Claim).where(*waiting)).one()
    found = session.exec(
        select(Claim, Payer.name)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .where(*waiting)
        .order_by(col(Claim.submitted_at), col(Claim.service_date), col(Claim.id))
        .limit(limit)
    ).all()
    rows: list[dict[str, Any]] = [
        {
            "claim_id": claim.id,
            "control_number": claim.control_number,
            "clinic_id": claim.clinic_id,
            "patient_id": claim.patient_id,
            "payer": payer,
            "service_date": claim.service_date,
            "sent_on": _sent_on(claim),
            "total_cents": claim.total_cents,
        }
        for claim, payer in found
    ]
    audit_each(
        session,
        actor,
        Action.claim_read,
        [claim for claim, _ in found],
        "claim",
        "work list sent, not yet paid",
    )
    session.commit()
    return int(total), rows


def _sent_on(claim: Claim) -> date | None:
    sent = claim.submitted_at or claim.first_submitted_at
    return as_utc(sent).date() if sent else None
