"""Posting an 835: payments, adjustments (group code, CARC/RARC) and patient responsibility onto the
claim lines they answer, all or nothing. A file that does not balance, names a claim we never sent or
was posted before changes nothing."""

import hashlib
import json
from dataclasses import asdict
from datetime import date

from pydantic import BaseModel
from sqlmodel import Session, col, select

from core.access import require_anywhere, require_on
from core.actor import Actor
from core.audit.service import Event, record
from core.billing.expected import expectation, underpayment_words
from core.billing.models import REASON_MAX, Adjustment, Claim, ClaimAction, ClaimLine, EraFile, Payment
from core.billing.reasons import explain
from core.billing.x12.era835 import REVERSAL, ClaimPayment, ServicePayment, read_835
from core.billing.x12.validate import read_checked
from core.enums import ClaimLineStatus, ClaimStatus
from core.errors import Conflict, Invalid
from core.locks import lock, locked_where
from core.payers.models import Payer
from core.permissions import Action
from core.words import dollars

POSTABLE = (ClaimStatus.submitted, ClaimStatus.denied, ClaimStatus.partially_paid)
WRITE_OFF_GROUPS = ("CO", "OA", "PI")


class PostedClaim(BaseModel):
    claim_id: int
    # the claim's number as the biller sees it (the 837P's CLM01, on every claim page and in the 835):
    # what a message names, never the database id
    control_number: str = ""
    status: str
    paid_cents: int
    patient_responsibility_cents: int
    denials: list[str]
    # Lines the payer allowed less than expected (an assistant's CQ/CO line at 85 % under Medicare is
    # as expected): what to chase, in words, and the sum.
    underpaid: list[str] = []
    underpaid_cents: int = 0
    # Service lines of the 835 that could not be matched to a line of the claim (no REF*6R, and no one
    # line of the claim with the same code, date and charge): not posted, held for a person, in words,
    # and the payer's money on them (not applied to the claim).
    held: list[str] = []
    held_cents: int = 0
    # Lines this 835 answers that an earlier 835 posted (the payer's remittance re-sent after a line was
    # held): not posted again, their money counted the first time.
    already_posted: list[str] = []
    already_posted_cents: int = 0


class PostingResult(BaseModel):
    era_id: int
    trace_number: str
    paid_cents: int
    claims: list[PostedClaim]


def post_835(session: Session, *, actor: Actor, text: str) -> PostingResult:
    require_anywhere(session, actor, Action.payment_write)
    digest = hashlib.sha256(text.encode()).hexdigest()
    # One posting at a time: the same file (or the same check re-sent) arriving twice at once must
    # find the first posting done, not post its money again.
    lock(session, "era-posting")
    earlier = session.exec(select(EraFile).where(EraFile.sha256 == digest)).first()
    if earlier:
        # The same file again is a double click or a re-upload: what it posted the first time goes with
        # the refusal, so that the screen can say what was posted rather than only that it was refused.
        raise Conflict(
            "this 835 has been posted already",
            era_id=earlier.id,
            trace_number=earlier.trace_number,
            paid_cents=earlier.paid_cents,
            claim_count=earlier.claim_count,
            posted_at=earlier.posted_at.isoformat(),
        )
    remittance = read_checked(text, read_835, "the 835")
    if sum(c.paid_cents for c in remittance.claims) != remittance.paid_cents:
        raise Invalid("the 835 does not balance: its claims' payments do not add up to the payment total")
    claims = _claims_by_control(session, remittance.claims)
    payer = session.exec(select(Payer).where(Payer.electronic_payer_id == remittance.payer_id)).first()
    if session.exec(
        select(EraFile.id).where(
            EraFile.payer_id == (payer.id if payer else None),
            EraFile.trace_number == remittance.trace_number[:50],
        )
    ).first():
        raise Conflict(f"the payer's check {remittance.trace_number[:50]} has been posted already")
    again = [
        c.control_number
        for c in remittance.claims
        if session.exec(
            select(Payment.id).where(
                Payment.claim_id == claims[c.control_number].id, Payment.adjudication == adjudication(c)
            )
        ).first()
    ]
    if again:
        raise Conflict(
            "this 835 repeats payments already posted (re-sent under a new trace number) for claims "
            + ", ".join(again[:10])
        )
    for claim in claims.values():
        require_on(session, actor, Action.payment_write, claim, "claim")
    era = EraFile(
        sha256=digest,
        payer_id=payer.id if payer else None,
        trace_number=remittance.trace_number[:50],
        paid_cents=remittance.paid_cents,
        received_on=remittance.paid_on,
        claim_count=len(remittance.claims),
    )
    session.add(era)
    session.flush()
    reversed_here = {c.control_number for c in remittance.claims if c.status == REVERSAL}
    unreversed = [
        c.control_number
        for c in remittance.claims
        if c.status != REVERSAL
        and c.control_number not in reversed_here
        and claims[c.control_number].frequency_code == "7"
        and (claims[c.control_number].paid_cents or claims[c.control_number].patient_responsibility_cents)
    ]
    if unreversed:
        raise Invalid(
            "the 835 answers corrected claims without reversing the payer's first answer to them (CLP02 22), "
            f"whose payment is still posted: {', '.join(unreversed[:10])}; ask the payer for the whole "
            "remittance"
        )
    payer_ids = sorted({c.payer_id for c in claims.values()})
    kinds = dict(session.exec(select(Payer.id, Payer.kind).where(col(Payer.id).in_(payer_ids))).all())
    # A reversal undoes the first answer before the replacement's answer is posted, whatever their order.
    posted = [
        _reverse_claim(session, claims[c.control_number], c, era)
        if c.status == REVERSAL
        else _post_claim(
            session, claims[c.control_number], c, era, kinds.get(claims[c.control_number].payer_id, "")
        )
        for c in sorted(remittance.claims, key=lambda c: c.status != REVERSAL)
    ]
    record(
        session,
        actor,
        [
            Event(
                Action.payment_write.value,
                clinic_id=claims[c.control_number].clinic_id,
                patient_id=claims[c.control_number].patient_id,
                record_type="claim",
                record_id=claims[c.control_number].id or "",
                detail=f"835 {era.trace_number} posted",
            )
            for c in remittance.claims
        ],
    )
    session.commit()
    return PostingResult(
        era_id=era.id or 0, trace_number=era.trace_number, paid_cents=era.paid_cents, claims=posted
    )


def adjudication(payment: ClaimPayment) -> str:
    """A digest of what the payer decided about one claim: amounts, lines, adjustments and the payer's
    own claim number. The same decision re-sent in a new file has the same digest; a corrected one
    (a reversal, a new payer claim number, other amounts) does not."""
    decided = asdict(payment)
    for name in ("patient_last", "patient_first", "member_id"):
        decided.pop(name, None)
    return hashlib.sha256(json.dumps(decided, sort_keys=True, default=str).encode()).hexdigest()


def _claims_by_control(session: Session, payments: tuple[ClaimPayment, ...]) -> dict[str, Claim]:
    """The claims the 835 answers, locked; each answered once, and reversed at most once beside it (a
    corrected claim's answer comes with the reversal of the payer's first answer)."""
    answers = [p.control_number for p in payments if p.status != REVERSAL]
    reversals = [p.control_number for p in payments if p.status == REVERSAL]
    if len(set(answers)) != len(answers) or len(set(reversals)) != len(reversals):
        raise Invalid("the 835 answers the same claim twice")
    controls = sorted(set(answers) | set(reversals))
    found = {
        c.control_number: c for c in locked_where(session, Claim, col(Claim.control_number).in_(controls))
    }
    missing = [c for c in controls if c not in found]
    if missing:
        raise Invalid(f"the 835 names claims we did not send: {', '.join(missing[:10])}")
    unsent = [c for c in controls if found[c].status not in POSTABLE]
    if unsent:
        raise Conflict(f"claims not awaiting payment: {', '.join(unsent[:10])}")
    # Only a corrected claim sent and not answered yet has a first answer for the payer to reverse here;
    # a payer taking money back from any other claim is a recoupment, worked by hand.
    odd = [c for c in reversals if found[c].frequency_code != "7" or found[c].status != ClaimStatus.submitted]
    if odd:
        raise Invalid(
            f"the 835 reverses payments of claims that are not corrected claims awaiting the payer: "
            f"{', '.join(odd[:10])}; post a payer's recoupment by hand"
        )
    return found


def _lines_by_control(session: Session, claim: Claim) -> dict[str, ClaimLine]:
    """The claim's lines by the control an 835 names them with (REF*6R: claim control and line number)."""
    return {
        f"{claim.control_number}-{line.line_number}": line
        for line in session.exec(select(ClaimLine).where(ClaimLine.claim_id == claim.id)).all()
    }


def _era_payment(
    session: Session, claim: Claim, payment: ClaimPayment, era: EraFile, withheld_cents: int = 0
) -> Payment:
    """The payer's answer to the claim in this 835 recorded as a payment (negative where it takes back),
    less the money on service lines held for a person (not applied to the claim's lines) or posted
    already from an earlier 835."""
    record_row = Payment(
        clinic_id=claim.clinic_id,
        payer_id=claim.payer_id,
        claim_id=claim.id,
        source="era",
        amount_cents=payment.paid_cents - withheld_cents,
        received_on=era.received_on,
        reference=era.trace_number,
        era_id=era.id,
        adjudication=adjudication(payment),
    )
    session.add(record_row)
    session.flush()
    return record_row


def _add_adjustments(session: Session, record_row: Payment, line: ClaimLine, service: ServicePayment) -> None:
    for adjustment in service.adjustments:
        session.add(
            Adjustment(
                payment_id=record_row.id,
                claim_line_id=line.id or 0,
                group_code=adjustment.group,
                carc=adjustment.carc,
                rarc=service.remarks[0] if service.remarks else "",
                amount_cents=adjustment.amount_cents,
            )
        )


def _reverse_claim(session: Session, claim: Claim, payment: ClaimPayment, era: EraFile) -> PostedClaim:
    """The payer's first answer to a corrected claim's original taken back (CLP02 22, negative amounts):
    a negative payment recorded beside the first, and the lines it names left with nothing paid, adjusted
    or owed by the patient, for the replacement's answer. Refused unless it takes back exactly what is
    posted on the claim."""
    if (-payment.paid_cents, -payment.patient_responsibility_cents) != (
        claim.paid_cents,
        claim.patient_responsibility_cents,
    ):
        raise Invalid(
            f"the 835 reverses {dollars(-payment.paid_cents)} paid and "
            f"{dollars(-payment.patient_responsibility_cents)} of the patient's on claim "
            f"{claim.control_number}, but {dollars(claim.paid_cents)} and "
            f"{dollars(claim.patient_responsibility_cents)} are posted on it"
        )
    lines = _lines_by_control(session, claim)
    record_row = _era_payment(session, claim, payment, era)
    for service in payment.services:
        line = lines.get(service.control)
        if line is None:
            raise Invalid(
                f"the 835 reverses line {service.control}, which claim {claim.control_number} does not have"
            )
        line.paid_cents = line.adjusted_cents = line.patient_responsibility_cents = 0
        session.add(line)
        _add_adjustments(session, record_row, line, service)
    if any(line.paid_cents or line.patient_responsibility_cents for line in lines.values()):
        raise Invalid(f"the 835's reversal of claim {claim.control_number} leaves out lines paid on it")
    claim.paid_cents = claim.patient_responsibility_cents = 0
    session.add(claim)
    return PostedClaim(
        claim_id=claim.id or 0,
        control_number=claim.control_number,
        status=claim.status,
        paid_cents=0,
        patient_responsibility_cents=0,
        denials=[],
    )


def _post_claim(
    session: Session, claim: Claim, payment: ClaimPayment, era: EraFile, payer_kind: str
) -> PostedClaim:
    lines = _lines_by_control(session, claim)
    matched, held = match_services(claim, payment.services, lines)
    held_cents = sum(service.paid_cents for service, _ in held)
    # A claim still awaiting the payer with lines already paid or denied had a line held by an earlier
    # 835 (no REF*6R): the payer's remittance re-sent (with every line numbered) answers those lines
    # again. Only the lines not answered yet are posted; the others were counted the first time, and a
    # different answer to one of them is a correction of what is posted, worked by hand.
    answered = (
        {line.id for line in lines.values() if line.status != ClaimLineStatus.open}
        if claim.status == ClaimStatus.submitted
        else set()
    )
    again = [(service, line) for service, line in matched if line.id in answered]
    matched = [(service, line) for service, line in matched if line.id not in answered]
    if changed := [
        str(line.line_number)
        for service, line in again
        if (service.paid_cents, service.patient_responsibility_cents)
        != (line.paid_cents, line.patient_responsibility_cents)
    ]:
        raise Conflict(
            f"the 835 answers line {', '.join(changed)} of claim {claim.control_number} otherwise than the "
            "earlier 835 posted on it: post the payer's changed answer by hand"
        )
    if again and not matched and not held:
        raise Conflict(
            f"the 835 answers only lines of claim {claim.control_number} posted already from an earlier 835"
        )
    again_cents = sum(service.paid_cents for service, _ in again)
    record_row = _era_payment(session, claim, payment, era, held_cents + again_cents)
    denials = []
    underpaid: list[tuple[str, int]] = []
    for service, line in matched:
        adjusted = sum(a.amount_cents for a in service.adjustments)
        if service.paid_cents + adjusted != service.charge_cents or service.charge_cents != line.charge_cents:
            raise Invalid(
                f"line {service.control or f'{claim.control_number}-{line.line_number}'} does not balance: "
                "paid plus adjustments must equal the charge"
            )
        line.paid_cents = service.paid_cents
        line.patient_responsibility_cents = service.patient_responsibility_cents
        line.adjusted_cents = sum(a.amount_cents for a in service.adjustments if a.group in WRITE_OFF_GROUPS)
        denial = next(
            (a for a in service.adjustments if a.group in WRITE_OFF_GROUPS and a.carc != "45"), None
        )
        if service.paid_cents == 0 and service.patient_responsibility_cents == 0 and denial:
            line.status = ClaimLineStatus.denied
            line.denial_carc = denial.carc
            line.denial_rarc = service.remarks[0] if service.remarks else ""
            denials.append(explain(denial.carc, line.denial_rarc, denial.group))
        else:
            line.status = ClaimLineStatus.paid
            line.denial_carc = line.denial_rarc = ""
            expected = expectation(
                line.charge_cents,
                line.modifiers,
                payer_kind,
                [(a.group, a.carc, a.amount_cents) for a in service.adjustments],
            )
            if expected.underpaid_cents:
                underpaid.append(
                    (
                        f"line {line.line_number}: {underpayment_words(line.cpt, line.modifiers, expected)}",
                        expected.underpaid_cents,
                    )
                )
        session.add(line)
        _add_adjustments(session, record_row, line, service)
    if again:
        # The re-sent lines' money is in the file's check but not posted again: written down, so a part of
        # the file (receivables._part, a biller of some clinics) adds up to what the payer paid.
        session.add(
            ClaimAction(
                claim_id=claim.id or 0,
                kind=POSTED_BEFORE,
                amount_cents=again_cents,
                reason=(
                    f"835 {era.trace_number}: {', '.join(f'line {line.line_number}' for _, line in again)} "
                    "posted already from an earlier 835"
                )[:REASON_MAX],
                trace_number=era.trace_number[:50],
            )
        )
    for service, why in held:
        session.add(
            ClaimAction(
                claim_id=claim.id or 0,
                kind=HELD,
                amount_cents=service.paid_cents,
                reason=f"835 {era.trace_number}: {why}"[:REASON_MAX],
                trace_number=era.trace_number[:50],
            )
        )
    statuses = {line.status for line in lines.values()}
    # Part of the payer's answer held for a person: the claim keeps its status (awaiting the payer) and
    # is still owed, and aged, on the lines not posted, whatever its other lines say.
    if held:
        pass
    elif statuses == {ClaimLineStatus.denied}:
        claim.status = ClaimStatus.denied
    elif ClaimLineStatus.denied in statuses:
        claim.status = ClaimStatus.partially_paid
    else:
        claim.status = ClaimStatus.paid
    claim.paid_cents = sum(line.paid_cents for line in lines.values())
    claim.patient_responsibility_cents = sum(line.patient_responsibility_cents for line in lines.values())
    claim.payer_claim_number = payment.payer_claim_number[:50]
    session.add(claim)
    return PostedClaim(
        claim_id=claim.id or 0,
        control_number=claim.control_number,
        status=claim.status,
        paid_cents=claim.paid_cents,
        patient_responsibility_cents=claim.patient_responsibility_cents,
        denials=denials,
        underpaid=[words for words, _ in underpaid],
        underpaid_cents=sum(cents for _, cents in underpaid),
        held=[why for _, why in held],
        held_cents=held_cents,
        already_posted=[f"line {line.line_number}" for _, line in again],
        already_posted_cents=again_cents,
    )


# A claim's history entry for an 835 service line held for a person (claim_view says it in words).
HELD = "era_line_held"
# A claim's history entry for the lines of a re-sent 835 that an earlier one posted: their money not
# posted again.
POSTED_BEFORE = "era_lines_resent"


def _described(service: ServicePayment) -> str:
    return f"{' '.join([service.cpt, *service.modifiers])} charged {dollars(service.charge_cents)}"


def match_services(
    claim: Claim, services: tuple[ServicePayment, ...], lines: dict[str, ClaimLine]
) -> tuple[list[tuple[ServicePayment, ClaimLine]], list[tuple[ServicePayment, str]]]:
    """The 835's service lines for one claim matched to the claim's lines (pure): by our line control
    number (REF*6R) where the payer sent it, else by procedure code, date of service and charge where
    exactly one unnamed line of the claim and one unnumbered service line share them; the rest held for
    a person, each with why. A service line naming a line the claim does not have refuses the file."""
    matched: list[tuple[ServicePayment, ClaimLine]] = []
    held: list[tuple[ServicePayment, str]] = []
    named = {service.control for service in services if service.control}
    for service in services:
        if service.control:
            line = lines.get(service.control)
            if line is None:
                raise Invalid(
                    f"the 835 answers line {service.control}, which claim {claim.control_number} does "
                    "not have"
                )
            matched.append((service, line))

    def key(cpt: str, served: date | None, charge: int) -> tuple[str, date, int]:
        return (cpt, served or claim.service_date, charge)

    unnamed = [line for control, line in lines.items() if control not in named]
    bare = [service for service in services if not service.control]
    for service in bare:
        want = key(service.cpt, service.service_date, service.charge_cents)
        same_lines = [line for line in unnamed if key(line.cpt, None, line.charge_cents) == want]
        same_services = [s for s in bare if key(s.cpt, s.service_date, s.charge_cents) == want]
        if len(same_lines) == 1 and len(same_services) == 1:
            matched.append((service, same_lines[0]))
            continue
        found = (
            "no line of the claim has its code, date and charge"
            if not same_lines
            else f"{len(same_lines)} lines of the claim and {len(same_services)} of the 835 share its code, "
            "date and charge"
        )
        held.append(
            (
                service,
                f"{_described(service)}, paid {dollars(service.paid_cents)}, on claim "
                f"{claim.control_number} carries no line number (REF*6R) and {found}: not posted, held "
                "for a person to post by hand to the right line from the payer's remittance advice",
            )
        )
    return matched, held
