"""A claim line's code corrected before the claim goes out again: a denial worked as a corrected claim
(the payer said the code was wrong: 97530 billed where 97110 was done), or a rejected claim fixed.
The code, units and modifiers change with the biller's reason; the line is priced again from the
payer's fee schedule, the claim's total follows, and the claim is scrubbed again before it can go."""

from datetime import date

from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session

from core.access import audit_on
from core.actor import Actor
from core.billing.charges import fee_cents
from core.billing.claims import ScrubResult, claim_lines, scrub_one, unsent_for_change
from core.billing.coding import CodingError
from core.billing.models import REASON_MAX, Charge, ClaimAction, ClaimLine, one_line
from core.billing.reference import codes
from core.errors import Invalid
from core.payers.models import Payer
from core.permissions import Action
from core.words import dollars

# The audit entry's words; the claim's history shows the ClaimAction (with the reason) instead.
AUDIT_DETAIL = "line corrected"
NOTE_MISMATCH = "note-mismatch"


class LineCorrection(BaseModel):
    """A line's new code, units and modifiers, and why (the owner reviews every change of a code)."""

    line_number: int = Field(ge=1)
    cpt: str = Field(min_length=5, max_length=5)
    units: int = Field(ge=1, le=99)
    modifiers: list[str] = Field(default_factory=list, max_length=4)
    reason: str = Field(max_length=REASON_MAX)

    @field_validator("cpt")
    @classmethod
    def _known_code(cls, value: str) -> str:
        code = value.strip().upper()
        if code not in codes():
            raise ValueError(f"{code} is not a therapy code we bill")
        return code

    @field_validator("modifiers")
    @classmethod
    def _modifiers(cls, value: list[str]) -> list[str]:
        out = [m.strip().upper() for m in value if m.strip()]
        if any(len(m) != 2 or not m.isalnum() for m in out):
            raise ValueError("a modifier is two letters or digits (GP, KX, 59)")
        return out

    @field_validator("reason")
    @classmethod
    def _said_why(cls, value: str) -> str:
        return one_line(value, "say why the code changes")


def note_mismatch(billed: str, noted: str | None) -> str:
    """Why a line no longer matches the signed note it bills ('' when it does, or no note is behind it):
    a corrected code the note does not record is billed without documentation until the therapist adds
    an addendum (#20, trial 51: 97110 corrected to 97530 went out 'ready', no word of the note)."""
    if not noted or billed == noted:
        return ""
    return (
        f"the signed note records {noted}, not {billed}: the payer pays what the note documents, so "
        "ask its therapist for an addendum that supports the new code, or bill what the note says"
    )


def noted_code(session: Session, line: ClaimLine) -> str | None:
    """The code the signed note billed for this line (its charge's), or None for a line with no charge."""
    charge = session.get(Charge, line.charge_id) if line.charge_id else None
    return charge.cpt if charge else None


def billed_as(line: ClaimLine) -> str:
    """A line as the payer reads it: code, modifiers and units ('97110 GP x2')."""
    return " ".join([line.cpt, *line.modifiers.split(), f"x{line.units}"])


def correct_line(
    session: Session, *, actor: Actor, claim_id: int, change: LineCorrection, today: date
) -> ScrubResult:
    """The line changed as asked, serialised on the claim's row: a second click (or the same request
    twice at once) finds it so already and changes nothing, and answers with the same scrub. Refused on
    a claim that is out with the payer or answered (start a corrected claim first), and where the
    payer's fee schedule has no fee for the new code."""
    claim = unsent_for_change(session, actor, claim_id)
    lines = {line.line_number: line for line in claim_lines(session, claim_id)}
    line = lines.get(change.line_number)
    if line is None:
        raise Invalid(f"claim {claim.control_number} has no line {change.line_number}")
    modifiers = " ".join(change.modifiers)
    if (line.cpt, line.units, line.modifiers) != (change.cpt, change.units, modifiers):
        before, before_cents = billed_as(line), line.charge_cents
        if (line.cpt, line.units) != (change.cpt, change.units):
            try:
                fee = fee_cents(session, session.get(Payer, claim.payer_id), change.cpt, claim.service_date)
            except CodingError as error:
                raise Invalid(str(error), fields={"cpt": "no fee for this code"}) from error
            line.charge_cents = fee * change.units
        line.cpt, line.units, line.modifiers = change.cpt, change.units, modifiers
        session.add(line)
        claim.total_cents = sum(each.charge_cents for each in lines.values())
        session.add(claim)
        session.add(
            ClaimAction(
                claim_id=claim_id,
                kind="line_corrected",
                line_number=line.line_number,
                amount_cents=line.charge_cents - before_cents,
                reason=f"{before} -> {billed_as(line)}: {change.reason}"[:REASON_MAX],
                user_id=actor.user_id,
            )
        )
        audit_on(
            session,
            actor,
            Action.claim_write,
            claim,
            "claim",
            detail=f"{AUDIT_DETAIL} {line.line_number}: {before} -> {billed_as(line)}, "
            f"{dollars(before_cents)} -> {dollars(line.charge_cents)}",
        )
        session.flush()
    result = scrub_one(session, actor, claim, today)
    if mismatch := note_mismatch(line.cpt, noted_code(session, line)):
        result.findings.append(
            {
                "rule_id": NOTE_MISMATCH,
                "severity": "warning",
                "line_number": line.line_number,
                "message": mismatch,
            }
        )
    session.commit()
    return result
