"""Working a denial: correct and resend the claim, appeal it in a letter, write the denied money off
with a reason, or hand it to a colleague. Each locks the claim's row and checks its state again under
the lock, so a double click (or two billers at once) does it once; each is audited and kept as a
ClaimAction, the claim's history."""

from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from core.access import audit_on, require_anywhere, require_on
from core.actor import Actor
from core.billing.claims import claim_lines, denied_line, scrub_claims
from core.billing.models import REASON_MAX, Claim, ClaimAction, ClaimLine, one_line
from core.billing.reasons import explain
from core.clinics.models import Clinic
from core.enums import ClaimLineStatus, ClaimStatus
from core.errors import Conflict, Invalid, NotFound
from core.exports import Export, export
from core.locks import locked
from core.patients.models import InsurancePolicy, Patient
from core.payers.models import Payer
from core.pdf import document
from core.permissions import Action, allowed
from core.users.models import Membership, User

# The audit details these actions write: the claim's history shows the action's own row instead.
AUDIT_DETAILS = (
    "written off",
    "assigned to user",
    "appeal letter",
    "reopened as a replacement",
    "line corrected",
    "rejected before adjudication",
)
# A replacement claim (frequency 7) replaces one the payer adjudicated and denied in whole; a claim
# paid in part is appealed or its denied lines written off (the payer would re-adjudicate the paid ones).
CORRECTABLE = (ClaimStatus.denied,)


def export_denials(session: Session, *, actor: Actor) -> Export:
    """Every denied line the asker may see, newest service first as the work list pages them, with its
    claim number, patient, payer, reason in words and who works it, read a chunk at a time; audited as
    one export and once per patient in it, before the first row is read."""
    clinics = require_anywhere(session, actor, Action.claim_read)
    stmt = (
        select(ClaimLine, Claim, Patient, Payer)
        .add_columns(col(User.full_name))
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .join(Patient, col(Patient.id) == Claim.patient_id)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .outerjoin(User, col(User.id) == Claim.assigned_user_id)
        .where(col(Claim.clinic_id).in_(clinics), col(ClaimLine.status) == ClaimLineStatus.denied)
        .order_by(col(Claim.service_date).desc(), col(ClaimLine.id))
    )
    patients = (
        select(Claim.clinic_id, Claim.patient_id)
        .join(ClaimLine, col(ClaimLine.claim_id) == Claim.id)
        .where(col(Claim.clinic_id).in_(clinics), ClaimLine.status == ClaimLineStatus.denied)
        .distinct()
    )
    return export(
        session,
        actor,
        what="denials",
        filters={},
        stmt=stmt,
        row=lambda r: _denied_row(*r),
        patients=patients,
    )


def _denied_row(
    line: ClaimLine, claim: Claim, patient: Patient, payer: Payer, worker: str | None
) -> dict[str, Any]:
    return {
        **denied_line(line, claim),
        "control_number": claim.control_number,
        "patient": f"{patient.last_name}, {patient.first_name}",
        "payer": payer.name,
        "assigned_to": worker or "",
    }


def _claim_for_work(session: Session, actor: Actor, claim_id: int) -> Claim:
    claim = locked(session, Claim, claim_id)
    if claim is None:
        raise NotFound(f"claim {claim_id} not found")
    require_on(session, actor, Action.claim_write, claim, "claim")
    return claim


def _reason(reason: str, what: str) -> str:
    try:
        text = one_line(reason, f"say why ({what})")
    except ValueError as error:
        raise Invalid(str(error), fields={"reason": "say why"}) from None
    if len(text) > REASON_MAX:
        raise Invalid(f"the reason is at most {REASON_MAX} characters", fields={"reason": "too long"})
    return text


def _denied(session: Session, claim_id: int, line_number: int | None) -> list[ClaimLine]:
    lines = [line for line in claim_lines(session, claim_id) if line.status == ClaimLineStatus.denied]
    if line_number is not None:
        lines = [line for line in lines if line.line_number == line_number]
    return lines


def write_off(
    session: Session, *, actor: Actor, claim_id: int, reason: str, line_number: int | None = None
) -> ClaimAction:
    """The denied lines (or one of them) written off: the payer will not pay them and the patient is
    not billed. Refused when nothing denied is left, so a second click writes nothing off again."""
    text = _reason(reason, "a write-off needs a reason the owner can review")
    claim = _claim_for_work(session, actor, claim_id)
    lines = _denied(session, claim_id, line_number)
    if not lines:
        raise Conflict(f"claim {claim.control_number} has no denied line to write off (already worked?)")
    amount = 0
    for line in lines:
        amount += line.charge_cents - line.paid_cents - line.patient_responsibility_cents
        line.status = ClaimLineStatus.written_off
        session.add(line)
    action = ClaimAction(
        claim_id=claim_id,
        kind="written_off",
        line_number=line_number,
        amount_cents=amount,
        reason=text,
        user_id=actor.user_id,
    )
    session.add(action)
    audit_on(session, actor, Action.claim_write, claim, "claim", detail=f"written off ${amount / 100:,.2f}")
    session.commit()
    return action


def assignable(session: Session, clinic_id: int) -> list[tuple[int, str]]:
    """Who may work a claim of the clinic (billers and owners), by name."""
    rows = session.exec(
        select(User.id, User.full_name, Membership.role)
        .join(Membership, col(Membership.user_id) == User.id)
        .where(Membership.clinic_id == clinic_id, col(User.is_active))
        .order_by(User.full_name)
    ).all()
    return [
        (uid or 0, name)
        for uid, name, role in rows
        if allowed({clinic_id: role}, Action.claim_write, clinic_id)
    ]


def assign(
    session: Session, *, actor: Actor, claim_id: int, user_id: int | None, note: str = ""
) -> ClaimAction | None:
    """The claim handed to a biller or owner of its clinic (None: to nobody). Handing it to whom it
    is already with changes nothing and returns None."""
    claim = _claim_for_work(session, actor, claim_id)
    if user_id is not None and user_id not in {uid for uid, _ in assignable(session, claim.clinic_id)}:
        raise Invalid(
            "a claim goes to a biller or owner of its clinic", fields={"user_id": "not a biller here"}
        )
    if claim.assigned_user_id == user_id:
        session.rollback()
        return None
    claim.assigned_user_id = user_id
    session.add(claim)
    action = ClaimAction(
        claim_id=claim_id,
        kind="assigned",
        assigned_user_id=user_id,
        reason=" ".join(note.split())[:REASON_MAX],
        user_id=actor.user_id,
    )
    session.add(action)
    audit_on(session, actor, Action.claim_write, claim, "claim", detail=f"assigned to user {user_id}")
    session.commit()
    return action


def start_correction(session: Session, *, actor: Actor, claim_id: int, today: date) -> Claim:
    """A denied claim reopened as its replacement (frequency 7, the payer's claim number as the
    original reference): its lines open again for the biller's fixes, and it is scrubbed at once,
    then goes out with the next 837P for its payer. A second click finds it reopened and is refused."""
    claim = _claim_for_work(session, actor, claim_id)
    if claim.status not in CORRECTABLE:
        raise Conflict(
            f"claim {claim.control_number} is {claim.status.replace('_', ' ')}: only a claim denied in "
            "whole is corrected and sent again; appeal or write off the denied lines of one paid in part"
        )
    if not claim.payer_claim_number:
        raise Invalid("the payer gave this claim no claim number; a replacement needs it (call the payer)")
    lines = claim_lines(session, claim_id)
    # A replacement bills every line of the claim again: a line written off (the clinic gave up on it,
    # the patient is not billed) would go out again as owed and come back open. A write-off is final
    # here (nothing reverses one), so the claim is appealed instead.
    if written := [str(line.line_number) for line in lines if line.status == ClaimLineStatus.written_off]:
        one = len(written) == 1
        raise Conflict(
            f"claim {claim.control_number} has {'line' if one else 'lines'} {', '.join(written)} written "
            f"off: a replacement would bill {'it' if one else 'them'} again; appeal the claim instead"
        )
    for line in lines:
        line.status = ClaimLineStatus.open
        line.paid_cents = line.adjusted_cents = line.patient_responsibility_cents = 0
        line.denial_carc = line.denial_rarc = ""
        session.add(line)
    claim.status = ClaimStatus.draft
    claim.frequency_code = "7"
    claim.paid_cents = claim.patient_responsibility_cents = 0
    session.add(claim)
    session.add(
        ClaimAction(
            claim_id=claim_id,
            kind="corrected",
            amount_cents=claim.total_cents,
            reason=claim.payer_claim_number,
            user_id=actor.user_id,
        )
    )
    audit_on(session, actor, Action.claim_write, claim, "claim", detail="reopened as a replacement claim")
    session.flush()
    scrub_claims(session, actor=actor, clinic_id=claim.clinic_id, today=today, claim_ids=[claim_id])
    return claim


def appeal_letter(session: Session, *, actor: Actor, claim_id: int, argument: str, today: date) -> bytes:
    """A request for reconsideration of the claim's denied lines, as a PDF for the biller to sign and
    send with the records named. Written down once per argument: printing it again records nothing."""
    text = _reason(argument, "an appeal says why the payer should pay")
    claim = _claim_for_work(session, actor, claim_id)
    denied = _denied(session, claim_id, None)
    if not denied:
        raise Conflict(f"claim {claim.control_number} has no denied line to appeal")
    patient = session.get(Patient, claim.patient_id)
    payer = session.get(Payer, claim.payer_id)
    clinic = session.get(Clinic, claim.clinic_id)
    writer = session.get(User, actor.user_id)
    policy = session.get(InsurancePolicy, claim.policy_id) if claim.policy_id else None
    assert patient is not None and payer is not None and clinic is not None
    seen = session.exec(
        select(ClaimAction.id).where(
            ClaimAction.claim_id == claim_id, ClaimAction.kind == "appealed", ClaimAction.reason == text
        )
    ).first()
    if seen is None:
        session.add(
            ClaimAction(
                claim_id=claim_id,
                kind="appealed",
                amount_cents=sum(line.charge_cents for line in denied),
                reason=text,
                user_id=actor.user_id,
            )
        )
        audit_on(session, actor, Action.claim_write, claim, "claim", detail="appeal letter")
    else:
        # Printed again (a double click, two at once): the letter is read again, nothing is appealed
        # again, so the log says one appeal.
        audit_on(session, actor, Action.claim_read, claim, "claim", detail="appeal letter printed again")
    session.commit()
    lines = [
        f"{clinic.name}",
        f"{clinic.address}   Phone {clinic.phone}",
        f"NPI {clinic.npi or ''}   Tax ID {clinic.tax_id or ''}",
        "",
        today.strftime("%B %d, %Y").replace(" 0", " "),
        "",
        f"To: {payer.name}, Appeals / Reconsideration",
        "",
        f"Re: request for reconsideration of claim {claim.control_number}"
        + (f" (payer claim number {claim.payer_claim_number})" if claim.payer_claim_number else ""),
        f"Patient: {patient.first_name} {patient.last_name}, born {patient.birth_date.strftime('%m/%d/%Y')}"
        if patient.birth_date
        else f"Patient: {patient.first_name} {patient.last_name}",
        f"Member ID: {policy.member_id}" if policy else "Member ID: (see the claim)",
        f"Date of service: {claim.service_date.strftime('%m/%d/%Y')}   "
        f"Billed: ${claim.total_cents / 100:,.2f}",
        "",
        "The following services were denied:",
    ]
    lines += [
        f"  Line {line.line_number}: {' '.join([line.cpt, *line.modifiers.split()])} x{line.units}, "
        f"${line.charge_cents / 100:,.2f}. {explain(line.denial_carc, line.denial_rarc, advice=False)}"
        for line in denied
    ]
    lines += [
        "",
        "We ask that you reconsider these services for payment, for this reason:",
        text,
        "",
        "Enclosed: the signed treatment note of the date of service, the plan of care in force with "
        "its certification, and the claim as sent.",
        "",
        "Sincerely,",
        "",
        f"{writer.full_name if writer else actor.email}, billing, {clinic.name}",
    ]
    return document("Request for reconsideration", lines)
