"""A sent claim the clearinghouse or the payer turned away before adjudication (a 277CA rejection, a
front-end edit: an invalid member ID or NPI). Recorded with the report's words on the claim, which then
waits on the biller's work list to be fixed and scrubbed again (core.billing.claims.fix_claim,
core.billing.corrections.correct_line) and goes out with the next 837P."""

import re

from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session

from core.access import audit_on, require_on
from core.actor import Actor
from core.billing.lifecycle import may_move
from core.billing.models import REASON_MAX, Claim, ClaimAction, one_line
from core.enums import ClaimStatus
from core.errors import Conflict, NotFound
from core.locks import locked
from core.permissions import Action

AUDIT_DETAIL = "rejected before adjudication"


class Rejection(BaseModel):
    """What the clearinghouse's or payer's report said (its status code and words)."""

    reason: str = Field(max_length=REASON_MAX)

    @field_validator("reason")
    @classmethod
    def _said(cls, value: str) -> str:
        return one_line(value, "say what the rejection report said")


def reject_claim(session: Session, *, actor: Actor, claim_id: int, rejection: Rejection) -> Claim:
    """The sent claim marked rejected, serialised on its row. Recorded twice (a double click, the
    report read again) it is one rejection: the second finds it rejected and changes nothing. Refused
    on a claim not out with the payer (unsent, or already answered by an 835: that is a denial)."""
    claim = locked(session, Claim, claim_id)
    if claim is None:
        raise NotFound(f"claim {claim_id} not found")
    require_on(session, actor, Action.claim_write, claim, "claim")
    if claim.status == ClaimStatus.rejected:
        session.rollback()
        return claim
    if not may_move(claim.status, ClaimStatus.rejected):
        raise Conflict(
            f"claim {claim.control_number} is {claim.status.replace('_', ' ')}: only a claim sent and "
            "not yet answered by the payer is rejected (a payer's answer in an 835 is a denial)"
        )
    mark_rejected(session, actor, claim, rejection.reason)
    session.commit()
    return claim


def mark_rejected(session: Session, actor: Actor, claim: Claim, reason: str) -> None:
    """A sent claim, its row locked by the caller, marked rejected with the report's words and audited;
    committed by the caller (one claim by hand, or every claim of a 277CA at once)."""
    claim.status = ClaimStatus.rejected
    session.add(claim)
    session.add(ClaimAction(claim_id=claim.id or 0, kind="rejected", reason=reason, user_id=actor.user_id))
    audit_on(session, actor, Action.claim_write, claim, "claim", detail=AUDIT_DETAIL)


# Where a rejection is fixed, from whom the report says is wrong (277CA STC01-3 entity codes, in the
# words core.billing.x12.ack277 writes them, or as a biller types them): the subscriber's or patient's
# details and the payer are the patient's insurance record, a provider's identifiers are the provider's
# profile; anything else (codes, units, diagnoses) is the claim's own lines.
INSURANCE_WORDS = re.compile(
    r"\b(subscriber|patient|member|insured|payer|date of birth|policy|group number)\b|:(IL|QC|PR)\b", re.I
)
PROVIDER_WORDS = re.compile(
    r"\b(NPI|provider|tax id|taxonomy|service location|billing provider|rendering)\b|:(85|82|77|DN)\b", re.I
)


def fixed_on(report: str) -> str:
    """Where the biller fixes what a rejection report names: 'insurance' (the patient's insurance:
    subscriber, member ID, date of birth, payer), 'provider' (an NPI, a tax ID) or 'claim' (a line's
    code, units, modifiers or the diagnoses). #20, trial 51: a subscriber rejection sent the biller to
    the claim's lines, where nothing could fix it."""
    if PROVIDER_WORDS.search(report):
        return "provider"
    if INSURANCE_WORDS.search(report):
        return "insurance"
    return "claim"
