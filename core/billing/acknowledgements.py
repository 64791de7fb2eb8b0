"""Reading a 277CA claim acknowledgement: each sent claim the clearinghouse or the payer turned away
before adjudication is marked rejected with the report's words (and waits on the work list to be fixed
and sent again); each one taken into adjudication gets a line in its history. All or nothing, one file at
a time; a file read twice, or read again after a rejected claim was fixed and sent again, changes
nothing the second time."""

from pydantic import BaseModel
from sqlmodel import Session, col, select

from core.access import audit_on, require_anywhere, require_on
from core.actor import Actor
from core.billing.lifecycle import may_move
from core.billing.models import REASON_MAX, Claim, ClaimAction
from core.billing.rejections import mark_rejected
from core.billing.x12.ack277 import ClaimStatus as Acknowledged
from core.billing.x12.ack277 import read_277ca
from core.billing.x12.validate import read_checked
from core.enums import ClaimStatus
from core.errors import Invalid
from core.locks import lock, locked_where
from core.permissions import Action

ACKNOWLEDGED = "acknowledged"  # the ClaimAction kind of a claim taken into adjudication


class AcknowledgedClaim(BaseModel):
    claim_id: int
    control_number: str
    # rejected | accepted | read before | not changed | to review
    outcome: str
    status: str  # the claim's status after the file was read
    words: str


class AcknowledgementResult(BaseModel):
    trace_number: str
    rejected: int
    accepted: int
    claims: list[AcknowledgedClaim]
    # What the file said of the whole batch or a billing provider, not of one claim: for a person to read.
    batch: list[str]


def outcome(acknowledged: Acknowledged, status: str, read_before: bool) -> str:
    """What reading one claim's acknowledgement does to a claim that is `status`: a rejection marks a
    claim still out with the payer rejected; an acceptance is noted on it; the same words read before
    change nothing (the claim may since have been fixed and sent again); a rejection of a claim the payer
    has answered already, or a status we do not act on (not found, split, a system error), is shown."""
    if read_before:
        return "read before"
    if acknowledged.rejected:
        return "rejected" if may_move(status, ClaimStatus.rejected) else "not changed"
    if acknowledged.accepted:
        return "accepted" if status == ClaimStatus.submitted else "not changed"
    return "to review"


def read_acknowledgement(session: Session, *, actor: Actor, text: str) -> AcknowledgementResult:
    require_anywhere(session, actor, Action.claim_write)
    # One file at a time: the same 277CA uploaded twice at once must find the first one's rows.
    lock(session, "claim-acknowledgement")
    ack = read_checked(text, read_277ca, "the 277CA")
    controls = sorted({c.control_number for c in ack.claims})
    claims = {
        c.control_number: c for c in locked_where(session, Claim, col(Claim.control_number).in_(controls))
    }
    missing = [c for c in controls if c not in claims]
    if missing:
        raise Invalid(f"the 277CA names claims we did not send: {', '.join(missing[:10])}")
    for claim in claims.values():
        require_on(session, actor, Action.claim_write, claim, "claim")
    results = []
    for acknowledged in ack.claims:
        claim = claims[acknowledged.control_number]
        words = f"277CA {acknowledged.effective_on:%Y-%m-%d}: {acknowledged.explanation()}"[:REASON_MAX]
        kind = "rejected" if acknowledged.rejected else ACKNOWLEDGED
        before = session.exec(
            select(ClaimAction.id).where(
                ClaimAction.claim_id == claim.id, ClaimAction.kind == kind, ClaimAction.reason == words
            )
        ).first()
        done = outcome(acknowledged, claim.status, before is not None)
        if done == "rejected":
            mark_rejected(session, actor, claim, words)
        elif done == "accepted":
            session.add(
                ClaimAction(claim_id=claim.id or 0, kind=ACKNOWLEDGED, reason=words, user_id=actor.user_id)
            )
            audit_on(session, actor, Action.claim_write, claim, "claim", detail="acknowledged by the payer")
        # Flushed claim by claim: the same claim twice in one file finds its first line.
        session.flush()
        results.append(
            AcknowledgedClaim(
                claim_id=claim.id or 0,
                control_number=claim.control_number,
                outcome=done,
                status=claim.status,
                words=words,
            )
        )
    session.commit()
    return AcknowledgementResult(
        trace_number=ack.trace_number,
        rejected=sum(r.outcome == "rejected" for r in results),
        accepted=sum(r.outcome == "accepted" for r in results),
        claims=results,
        batch=[s.words() for s in ack.batch_statuses],
    )
