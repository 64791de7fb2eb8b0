"""One claim as the biller works it: who it is for and from, what the payer paid, adjusted and left to
the patient line by line, the money received, and everything done to it since it was built."""

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session, col, select

from core.access import audit_on, require_on
from core.actor import Actor
from core.audit.models import AuditEntry
from core.billing.acknowledgements import ACKNOWLEDGED
from core.billing.claims import _plan, claim_lines, get_claim, grouped
from core.billing.corrections import note_mismatch
from core.billing.denials import AUDIT_DETAILS
from core.billing.expected import expectation, underpayment_words
from core.billing.held import HELD_POSTED
from core.billing.lifecycle import fixable
from core.billing.models import (
    Adjustment,
    Charge,
    Claim,
    ClaimAction,
    ClaimBatch,
    ClaimFinding,
    ClaimLine,
    ClaimLineRead,
    EraFile,
    Payment,
)
from core.billing.posting import HELD, POSTED_BEFORE
from core.billing.reasons import explain
from core.billing.rejections import fixed_on
from core.billing.rendering import rendering_for
from core.clinics.models import Clinic
from core.enums import ClaimLineStatus, ClaimStatus
from core.patients.models import Patient, full_name, listed_name
from core.payers.models import Payer
from core.permissions import Action
from core.users.models import User
from core.visits.models import Visit
from core.words import dollars

# Reads leave an audit entry each time the claim is opened; its history is what changed it.
CHANGES = (Action.claim_write.value, Action.payment_write.value)


class AdjustmentView(BaseModel):
    group_code: str
    carc: str
    rarc: str
    amount_cents: int
    reason: str
    counted_in: str  # which of the claim's amounts it is part of (ADJUSTMENT_COUNTED_IN)


# Where an 835 adjustment lands among a claim's amounts. A tester read 'Adjusted $0.00' above lines
# listing 'PR 2: $12.40' as a contradiction (#20): group PR is the patient's part (coinsurance,
# deductible), never taken off the bill; CO/OA/PI are taken off, closed once the line is paid or
# written off, still to work while it is denied (X12 835 CAS01 group codes).
PATIENT_GROUP = "PR"


def counted_in(group_code: str, line_status: str) -> str:
    """The claim amount an adjustment of this group on a line of this status is counted in."""
    if line_status == ClaimLineStatus.open:
        return "from the payer's answer before this claim was corrected"
    if group_code == PATIENT_GROUP:
        return "patient's part"
    if line_status == ClaimLineStatus.denied:
        return "denied, still to work"
    if line_status == ClaimLineStatus.written_off:
        return "adjusted (written off)"
    return "adjusted"


# A line's diagnosis pointers as the CMS-1500 prints them (box 24E points with the letters of box 21's
# diagnoses, A to L); the 837P's SV107 sends the same as numbers 1 to 12.
POINTER_LETTERS = "ABCDEFGHIJKL"


class Pointer(BaseModel):
    """One diagnosis a line points to: its letter, its 837P number and the ICD-10 code ("" if the claim
    has no diagnosis at that place, which the scrubber holds)."""

    letter: str
    number: int
    code: str


def pointers_of(stored: str, diagnoses: Sequence[str]) -> list[Pointer]:
    """A line's stored pointers ("12": the claim's first and second diagnoses, a digit each) as the
    diagnoses they point to, in order; anything but a digit 1 to 9 is left out."""
    return [
        Pointer(letter=POINTER_LETTERS[n - 1], number=n, code=diagnoses[n - 1] if n <= len(diagnoses) else "")
        for n in (int(c) for c in stored if c.isdigit() and c != "0")
    ]


def diagnosis_letters(diagnoses: Sequence[str]) -> list[Pointer]:
    """The claim's diagnoses with the letter a line points to each by (box 21 of the CMS-1500)."""
    return [
        Pointer(letter=POINTER_LETTERS[i], number=i + 1, code=code) for i, code in enumerate(diagnoses[:12])
    ]


class LineView(ClaimLineRead):
    """A claim line as the biller reads it: the line, the diagnoses it points to, its denial in words
    and its adjustments."""

    pointers: list[Pointer]
    denial_reason: str
    adjustments: list[AdjustmentView]
    # The line's share of the claim's 'Adjusted' and 'Denied, still to work' (adjusted_and_denied).
    closed_adjusted_cents: int = 0
    denied_cents: int = 0
    note_mismatch: str = ""  # the line no longer bills what the signed note records (note_mismatch)
    # What the payer should allow (core.billing.expected): the charge, less Medicare's 15 % for an
    # assistant's CQ/CO line; and, once the line is paid, how far below it the payer allowed.
    expected_cents: int = 0
    reduction_cents: int = 0
    underpaid_cents: int = 0
    underpaid: str = ""


class PaymentView(BaseModel):
    source: str
    amount_cents: int
    received_on: date
    reference: str
    era_id: int | None


class HistoryItem(BaseModel):
    at: datetime
    who: str
    what: str


class ClaimView(BaseModel):
    id: int
    control_number: str
    status: str
    service_date: date
    clinic_id: int
    clinic: str
    patient_id: int
    patient: str
    patient_birth_date: date | None
    payer_id: int
    payer: str
    # The rendering provider (an assistant's supervising therapist, core.billing.rendering); "" when
    # an assistant's visit has none known.
    provider: str
    provider_credential: str
    provider_npi: str
    # The assistant who furnished the visit, when the claim renders under their supervisor.
    furnished_by: str = ""
    furnished_by_credential: str = ""
    visit_id: int | None
    note_id: int | None
    # The plan of care the claim's diagnoses and certification come from (in force that day, else the last).
    plan_id: int | None
    diagnosis_codes: list[str]
    diagnoses: list[Pointer]
    total_cents: int
    paid_cents: int
    adjusted_cents: int  # taken off by the payer and closed (contract); not the denials
    written_off_cents: int = 0  # denied lines the clinic wrote off
    standing: str = ""  # the status in words where the status alone misleads (standing())
    denied_cents: int  # what the payer's denials took off, still to work (correct, appeal or write off)
    patient_responsibility_cents: int
    open_cents: int
    expected_cents: int = 0  # the lines' expected amounts (LineView.expected_cents)
    reduction_cents: int = 0  # of which Medicare's reduction of assistants' lines
    underpaid_cents: int = 0
    # Lines, modifiers, units and diagnoses may still be fixed: not yet sent (a sent claim is answered
    # by the payer; a denied one is reopened as a corrected claim to be fixed).
    editable: bool = False
    # What the clearinghouse's or payer's rejection report said, while the claim waits to be fixed.
    rejection: str = ""
    rejection_fixed_on: str = ""  # where what it names is fixed (core.billing.rejections.fixed_on)
    payer_claim_number: str
    frequency_code: str
    batch_id: int | None
    batch_control_number: int | None
    submitted_at: datetime | None
    assigned_to: str
    assigned_user_id: int | None
    lines: list[LineView]
    findings: list[dict[str, Any]]
    payments: list[PaymentView]
    history: list[HistoryItem]
    # The latest appeal (an appeal letter written): where it stands and when to call the payer if it
    # has not answered (appeal_standing); "" and None where none was written.
    appeal_status: str = ""
    appeal_follow_up_on: date | None = None


def names_of(session: Session, user_ids: set[int | None]) -> dict[int, str]:
    ids = [i for i in user_ids if i is not None]
    if not ids:
        return {}
    return {
        uid or 0: name
        for uid, name in session.exec(select(User.id, User.full_name).where(col(User.id).in_(ids))).all()
    }


def whose(session: Session, claim_ids: set[int]) -> dict[int, tuple[str, str, str]]:
    """Each claim's control number, patient ('Last, First') and payer, for a work list that names them
    (the caller has read the claims)."""
    if not claim_ids:
        return {}
    rows = session.exec(
        select(Claim, Patient, Payer)
        .join(Patient, col(Patient.id) == Claim.patient_id)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .where(col(Claim.id).in_(claim_ids))
    ).all()
    return {
        claim.id or 0: (claim.control_number, listed_name(patient), payer.name)
        for claim, patient, payer in rows
    }


def payer_open_cents(lines: Sequence[LineView | ClaimLine]) -> int:
    """What the payer may still pay: each line's charge less paid, adjusted and the patient's part; a
    denied line stays open until it is corrected, appealed and paid, or written off."""
    total = 0
    for line in lines:
        if line.status == ClaimLineStatus.written_off:
            continue
        adjusted = 0 if line.status == ClaimLineStatus.denied else line.adjusted_cents
        total += max(0, line.charge_cents - line.paid_cents - adjusted - line.patient_responsibility_cents)
    return total


def adjusted_and_denied(lines: Sequence[LineView | ClaimLine]) -> tuple[int, int]:
    """The payer's adjustments split in two, as a biller reads a claim's amounts: the closed ones
    (contractual, written off) and the denials still open ('Adjusted $110.40' beside 'Still open
    $74.75' read as a contradiction when both were in one sum)."""
    denied = sum(line.adjusted_cents for line in lines if line.status == ClaimLineStatus.denied)
    return sum(line.adjusted_cents for line in lines) - denied, denied


def written_off_by_clinic(lines: Sequence[LineView | ClaimLine]) -> int:
    """What the clinic gave up on denied lines it wrote off: the payer's adjustment of those lines, which
    the claim shows as the clinic's write-off, not as 'Adjusted off by the payer' (#20, trial 51)."""
    return sum(line.adjusted_cents for line in lines if line.status == ClaimLineStatus.written_off)


def standing(status: str, line_statuses: Sequence[str]) -> str:
    """The claim's state in the biller's words where its status alone misleads: a denial the clinic
    has written off in full is closed, not a denial still to work ("" where the status says it)."""
    worked = ClaimLineStatus.written_off in line_statuses and ClaimLineStatus.denied not in line_statuses
    # A claim none of whose lines the payer paid is denied whatever its status says: 'paid in part' read
    # beside $0.00 paid (#20, trial 53: a one-line claim denied CO-29 and written off).
    nothing_paid = ClaimLineStatus.paid not in line_statuses
    if worked and (status == ClaimStatus.denied or (status == ClaimStatus.partially_paid and nothing_paid)):
        return "denied, written off by the clinic (closed)"
    if status == ClaimStatus.partially_paid and worked:
        return "paid in part, the denied lines written off by the clinic (closed)"
    return ""


def claim_view(session: Session, *, actor: Actor, claim_id: int) -> ClaimView:
    """Everything on one claim for the biller (claim.read); an audited read."""
    claim = get_claim(session, claim_id)
    require_on(session, actor, Action.claim_read, claim, "claim")
    patient = session.get(Patient, claim.patient_id)
    payer = session.get(Payer, claim.payer_id)
    who = rendering_for(session, claim)
    provider, rendering = who.furnished_by, who.rendering
    clinic = session.get(Clinic, claim.clinic_id)
    batch = session.get(ClaimBatch, claim.batch_id) if claim.batch_id else None
    assert patient is not None and payer is not None and provider is not None and clinic is not None
    lines = claim_lines(session, claim_id)
    status_of = {line.id: line.status for line in lines}
    adjustments = {
        line_id: [
            AdjustmentView(
                group_code=a.group_code,
                carc=a.carc,
                rarc=a.rarc,
                amount_cents=a.amount_cents,
                reason=explain(a.carc, a.rarc, a.group_code),
                counted_in=counted_in(a.group_code, status_of.get(line_id, ClaimLineStatus.open)),
            )
            for a in rows
        ]
        for line_id, rows in grouped(
            session, Adjustment, Adjustment.claim_line_id, [ln.id for ln in lines]
        ).items()
    }
    noted = dict(
        session.exec(
            select(Charge.id, Charge.cpt).where(
                col(Charge.id).in_([ln.charge_id for ln in lines if ln.charge_id])
            )
        ).all()
    )
    note_id = session.exec(
        select(Charge.note_id).where(
            col(Charge.id).in_([line.charge_id for line in lines if line.charge_id]),
            col(Charge.note_id).is_not(None),
        )
    ).first()
    expected = {
        line.id: expectation(
            line.charge_cents,
            line.modifiers,
            payer.kind,
            [(a.group_code, a.carc, a.amount_cents) for a in adjustments.get(line.id or 0, [])],
            denied=line.status != ClaimLineStatus.paid,
        )
        for line in lines
    }
    line_views = [
        LineView(
            **ClaimLineRead.model_validate(line).model_dump(),
            pointers=pointers_of(line.diagnosis_pointers, claim.diagnosis_codes),
            denial_reason=explain(line.denial_carc, line.denial_rarc) if line.denial_carc else "",
            adjustments=adjustments.get(line.id or 0, []),
            closed_adjusted_cents=adjusted_and_denied([line])[0],
            denied_cents=adjusted_and_denied([line])[1],
            note_mismatch=note_mismatch(line.cpt, noted.get(line.charge_id)),
            expected_cents=expected[line.id].expected_cents,
            reduction_cents=expected[line.id].reduction_cents,
            underpaid_cents=expected[line.id].underpaid_cents,
            underpaid=underpayment_words(line.cpt, line.modifiers, expected[line.id])
            if expected[line.id].underpaid_cents
            else "",
        )
        for line in lines
    ]
    payments = session.exec(
        select(Payment)
        .where(Payment.claim_id == claim_id)
        .order_by(col(Payment.received_on), col(Payment.id))
    ).all()
    era_traces = {
        e.id: e.trace_number
        for e in session.exec(
            select(EraFile).where(col(EraFile.id).in_([p.era_id for p in payments if p.era_id]))
        ).all()
    }
    actions = session.exec(
        select(ClaimAction).where(ClaimAction.claim_id == claim_id).order_by(col(ClaimAction.id))
    ).all()
    changes = session.exec(
        select(AuditEntry)
        .where(
            AuditEntry.record_type == "claim",
            AuditEntry.record_id == str(claim_id),
            col(AuditEntry.action).in_(CHANGES),
            AuditEntry.outcome == "allowed",
        )
        .order_by(col(AuditEntry.id))
        .limit(200)
    ).all()
    names = names_of(
        session,
        {a.user_id for a in actions}
        | {a.assigned_user_id for a in actions}
        | {e.user_id for e in changes}
        | {claim.assigned_user_id},
    )
    history = [
        HistoryItem(at=e.at, who=names.get(e.user_id or 0, "the system"), what=e.detail)
        for e in changes
        if not e.detail.startswith(AUDIT_DETAILS)
    ]
    history += [
        HistoryItem(at=a.created_at, who=names.get(a.user_id or 0, "the system"), what=action_text(a, names))
        for a in actions
    ]
    history.sort(key=lambda h: h.at)
    findings = session.exec(select(ClaimFinding).where(ClaimFinding.claim_id == claim_id)).all()
    visit = session.get(Visit, claim.visit_id) if claim.visit_id else None
    plan = _plan(
        session, claim.patient_id, visit.discipline if visit else provider.discipline, claim.service_date
    )
    rejection = (
        next((a.reason for a in reversed(actions) if a.kind == "rejected"), "")
        if claim.status == ClaimStatus.rejected
        else ""
    )
    view = ClaimView(
        id=claim_id,
        control_number=claim.control_number,
        status=claim.status,
        service_date=claim.service_date,
        clinic_id=claim.clinic_id,
        clinic=clinic.name,
        patient_id=claim.patient_id,
        patient=full_name(patient),
        patient_birth_date=patient.birth_date,
        payer_id=claim.payer_id,
        payer=payer.name,
        provider=rendering.full_name if rendering else "",
        provider_credential=rendering.credential if rendering else "",
        provider_npi=(rendering.npi or "") if rendering else "",
        furnished_by=provider.full_name if rendering is not provider else "",
        furnished_by_credential=provider.credential if rendering is not provider else "",
        visit_id=claim.visit_id,
        note_id=note_id,
        plan_id=plan.id if plan else None,
        diagnosis_codes=list(claim.diagnosis_codes),
        diagnoses=diagnosis_letters(claim.diagnosis_codes),
        total_cents=claim.total_cents,
        paid_cents=claim.paid_cents,
        adjusted_cents=adjusted_and_denied(lines)[0] - written_off_by_clinic(lines),
        written_off_cents=written_off_by_clinic(lines),
        denied_cents=adjusted_and_denied(lines)[1],
        standing=standing(claim.status, [line.status for line in lines]),
        patient_responsibility_cents=claim.patient_responsibility_cents,
        open_cents=0 if fixable(claim.status) else payer_open_cents(line_views),
        expected_cents=sum(v.expected_cents for v in line_views),
        reduction_cents=sum(v.reduction_cents for v in line_views),
        underpaid_cents=sum(v.underpaid_cents for v in line_views),
        editable=fixable(claim.status),
        rejection=rejection,
        rejection_fixed_on=fixed_on(rejection) if rejection else "",
        payer_claim_number=claim.payer_claim_number,
        frequency_code=claim.frequency_code,
        batch_id=claim.batch_id,
        batch_control_number=batch.interchange_control_number if batch else None,
        submitted_at=claim.submitted_at,
        assigned_to=names.get(claim.assigned_user_id or 0, ""),
        assigned_user_id=claim.assigned_user_id,
        lines=line_views,
        findings=[f.model_dump(exclude={"created_at", "claim_id"}) for f in findings],
        payments=[
            PaymentView(
                source=p.source,
                amount_cents=p.amount_cents,
                received_on=p.received_on,
                reference=era_traces.get(p.era_id, p.reference) if p.era_id else p.reference,
                era_id=p.era_id,
            )
            for p in payments
        ],
        history=history,
        **_appeal_fields(actions, payments, payer.kind),
    )
    audit_on(session, actor, Action.claim_read, claim, "claim")
    session.commit()
    return view


# How much of an appeal's argument the claim's history shows: its opening, the letter has the rest.
OPENING = 200


def _opening(argument: str) -> str:
    """An appeal's argument as the history shows it (pure): whole where it is one short paragraph, else
    its first words up to OPENING characters, cut at a word, with how long the whole is."""
    if len(argument) <= OPENING and "\n" not in argument:
        return argument
    words = " ".join(argument.split())
    first = words if len(words) <= OPENING else words[: OPENING + 1].rsplit(" ", 1)[0]
    return f"{first} ... ({len(argument):,} characters in the letter)"


def action_text(action: ClaimAction, names: dict[int, str]) -> str:
    money = dollars(action.amount_cents)
    line = f" line {action.line_number}" if action.line_number else ""
    if action.kind == "written_off":
        return f"wrote off{line} {money}: {action.reason}"
    if action.kind == "assigned":
        who = names.get(action.assigned_user_id or 0, "nobody")
        return f"assigned to {who}" + (f": {action.reason}" if action.reason else "")
    if action.kind == "appealed":
        return f"appeal letter written: {_opening(action.reason)}"
    if action.kind == "corrected":
        return f"corrected claim started (replaces payer claim {action.reason})"
    if action.kind == "line_corrected":
        return f"corrected{line}: {action.reason}"
    if action.kind == "rejected":
        return f"rejected before adjudication: {action.reason}"
    if action.kind == HELD:
        return f"835 line held for a person ({money} not posted): {action.reason}"
    if action.kind == POSTED_BEFORE:
        return f"835 answered lines posted already ({money} not posted again): {action.reason}"
    if action.kind == HELD_POSTED:
        return f"held 835 line posted by hand to{line}: {action.reason}"
    if action.kind == ACKNOWLEDGED:
        return f"taken in by the payer: {action.reason}"
    return f"{action.kind}: {action.reason}"


# Days a payer takes to answer an appeal before the biller calls: Medicare's redetermination is decided
# within 60 days of the request; commercial payers' reconsiderations within about 30.
APPEAL_ANSWER_DAYS = {"medicare": 60}
APPEAL_ANSWER_DAYS_OTHERWISE = 30


def appeal_standing(appealed_on: date, answered_on: date | None, payer_kind: str) -> tuple[str, date | None]:
    """Where an appeal written on `appealed_on` stands (pure): answered once a remittance for the claim
    came after that day (no follow-up then), else sent and awaiting the payer, to follow up on the day
    the payer should have answered by."""
    if answered_on is not None and answered_on > appealed_on:
        return f"appealed {appealed_on:%m/%d/%Y}, answered by the payer {answered_on:%m/%d/%Y}", None
    days = APPEAL_ANSWER_DAYS.get(payer_kind, APPEAL_ANSWER_DAYS_OTHERWISE)
    return f"appealed {appealed_on:%m/%d/%Y}, awaiting the payer's answer", appealed_on + timedelta(days=days)


def _appeal_fields(
    actions: Sequence[ClaimAction], payments: Sequence[Payment], payer_kind: str
) -> dict[str, Any]:
    appealed = [a.created_at.date() for a in actions if a.kind == "appealed"]
    if not appealed:
        return {}
    answers = [p.received_on for p in payments if p.era_id and p.received_on > appealed[-1]]
    status, follow_up = appeal_standing(appealed[-1], max(answers) if answers else None, payer_kind)
    return {"appeal_status": status, "appeal_follow_up_on": follow_up}
