"""A signed note's billing corrections: a biller's change of a claim line billed from the note (its code,
modifiers or units, core.billing.corrections.correct_line) made after the note was signed. The signed
note stays as signed (its text, its codes, its charges); the note page and its PDF say beside it what
was billed instead, by whom and when, as a medical record shows a later change beside the original."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from core.billing.models import Charge, ClaimAction, ClaimLine
from core.users.models import User

# The claim history's kind for a line's code, modifiers or units changed (core.billing.corrections).
LINE_CORRECTED = "line_corrected"


@dataclass(frozen=True)
class BillingCorrection:
    by: str  # the biller, by name
    line_number: int  # the claim's line
    change: str  # '97110 GP x2 -> 97530 GP x2: payer: wrong code' (before -> after: the reason)
    at: datetime  # when, as stored (UTC)


def correction_words(correction: BillingCorrection, when: str) -> str:
    """One correction as the page and the PDF say it: 'Billing correction by Pat Lee on <when>, claim
    line 1: 97110 GP x2 -> 97530 GP x2: payer: wrong code'."""
    line = f"claim line {correction.line_number}"
    return f"Billing correction by {correction.by} on {when}, {line}: {correction.change}"


def after_signing(session: Session, note_id: int) -> list[BillingCorrection]:
    """The corrections of the claim lines billed from this note's charges, oldest first, in one read.
    The caller has checked and audits the read of the note."""
    rows = session.exec(
        select(ClaimAction, User.full_name)
        .join(
            ClaimLine,
            (col(ClaimLine.claim_id) == col(ClaimAction.claim_id))
            & (col(ClaimLine.line_number) == col(ClaimAction.line_number)),
        )
        .join(Charge, col(Charge.id) == col(ClaimLine.charge_id))
        .outerjoin(User, col(User.id) == col(ClaimAction.user_id))
        .where(col(Charge.note_id) == note_id, col(ClaimAction.kind) == LINE_CORRECTED)
        .order_by(col(ClaimAction.created_at), col(ClaimAction.id))
    ).all()
    return [
        BillingCorrection(
            by=name or (f"user {action.user_id}" if action.user_id else "the billing office"),
            line_number=action.line_number or 0,
            change=action.reason,
            at=action.created_at,
        )
        for action, name in rows
    ]
