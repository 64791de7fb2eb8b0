"""Balances and claim status: what the front desk may see of billing, and what only billers see."""

from datetime import date

from pydantic import BaseModel
from sqlmodel import Session, col, func, select

from core.access import audit_on, require_on
from core.actor import Actor
from core.billing.charges import payer_rules, primary_payer, year_to_date_cents
from core.billing.ledger import ACCOUNT_SOURCES, WRITE_OFF, responsibility_cents
from core.billing.models import Claim, ClaimLine, OpeningBalance, Payment
from core.enums import ClaimStatus
from core.errors import existing
from core.patients.service import audit_patient_records, load_patient_for
from core.permissions import Action, allowed


class Balance(BaseModel):
    patient_id: int
    patient_responsibility_cents: int
    patient_paid_cents: int
    written_off_cents: int = 0  # given up by the clinic (a small balance)
    balance_cents: int
    last_payment_cents: int | None = None
    last_payment_on: str | None = None


class ClaimStatusRead(BaseModel):
    """Where a claim is, as the front desk may read it: no money."""

    id: int
    patient_id: int
    status: ClaimStatus
    service_date: str
    denial_codes: list[str]
    submitted_on: str | None = None  # last sent to the payer ("has her claim gone out")


def balance(session: Session, *, actor: Actor, patient_id: int) -> Balance:
    """What the patient owes: their responsibility on adjudicated claims and balances carried over from
    the old system, less what they paid (a voided payment taken back) and what the clinic wrote off."""
    patient = load_patient_for(session, actor, patient_id, Action.balance_read, "balance")
    owed = responsibility_cents(session, patient_id)
    paid = session.exec(
        select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
            Payment.patient_id == patient_id, Payment.source == "patient"
        )
    ).one()
    written_off = session.exec(
        select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
            Payment.patient_id == patient_id, Payment.source == WRITE_OFF
        )
    ).one()
    audit_patient_records(session, actor, Action.balance_read, patient, "balance")
    last = session.exec(  # a void is no payment received
        select(col(Payment.amount_cents), col(Payment.received_on))
        .where(Payment.patient_id == patient_id, Payment.source == "patient", Payment.amount_cents > 0)
        .order_by(col(Payment.received_on).desc(), col(Payment.id).desc())
    ).first()
    session.commit()
    return Balance(
        patient_id=patient_id,
        patient_responsibility_cents=owed,
        patient_paid_cents=paid,
        written_off_cents=written_off,
        balance_cents=owed - paid - written_off,
        last_payment_cents=last[0] if last else None,
        last_payment_on=last[1].isoformat() if last else None,
    )


def claim_statuses(
    session: Session, *, actor: Actor, patient_id: int, limit: int = 200
) -> list[ClaimStatusRead]:
    """A patient's claims as the front desk may see them (claim.status_read): status, date of service,
    when it went out and the denial codes; never an amount, which only claim.read shows. Latest first."""
    patient = load_patient_for(session, actor, patient_id, Action.claim_status_read, "claims")
    claims = session.exec(
        select(Claim)
        .where(Claim.patient_id == patient_id)
        .order_by(col(Claim.service_date).desc(), col(Claim.id).desc())
        .limit(limit)
    ).all()
    codes: dict[int, set[str]] = {}
    for claim_id, carc in session.exec(
        select(ClaimLine.claim_id, ClaimLine.denial_carc).where(
            col(ClaimLine.claim_id).in_([c.id for c in claims]), col(ClaimLine.denial_carc) != ""
        )
    ).all():
        codes.setdefault(claim_id, set()).add(carc)
    audit_patient_records(session, actor, Action.claim_status_read, patient, "claims", f"{len(claims)} rows")
    session.commit()
    return [
        ClaimStatusRead(
            id=c.id or 0,
            patient_id=patient_id,
            status=ClaimStatus(c.status),
            service_date=c.service_date.isoformat(),
            denial_codes=sorted(codes.get(c.id or 0, set())),
            submitted_on=c.submitted_at.date().isoformat() if c.submitted_at else None,
        )
        for c in claims
    ]


def claim_status(session: Session, *, actor: Actor, claim_id: int) -> ClaimStatusRead:
    claim = existing(session.get(Claim, claim_id), "claim", claim_id)
    require_on(session, actor, Action.claim_status_read, claim, "claim")
    codes = session.exec(
        select(ClaimLine.denial_carc).where(ClaimLine.claim_id == claim_id, col(ClaimLine.denial_carc) != "")
    ).all()
    audit_on(session, actor, Action.claim_status_read, claim, "claim")
    session.commit()
    return ClaimStatusRead(
        id=claim_id,
        patient_id=claim.patient_id,
        status=ClaimStatus(claim.status),
        service_date=claim.service_date.isoformat(),
        denial_codes=sorted(set(codes)),
        submitted_on=claim.submitted_at.date().isoformat() if claim.submitted_at else None,
    )


class TherapySpending(BaseModel):
    """A patient's therapy spending this year toward the primary payer's KX threshold, by bucket (PT and
    SLP together, OT on its own), in cents; no threshold where the payer has none for the year."""

    patient_id: int
    year: int
    payer: str | None
    pt_slp_cents: int
    ot_cents: int
    kx_threshold_cents: int | None
    review_threshold_cents: int | None


def therapy_spending(session: Session, *, actor: Actor, patient_id: int, on: date) -> TherapySpending:
    """What counts toward the KX threshold for the patient, year to `on` (charges are amounts: claim.read,
    the biller's and owner's), with the threshold of the payer on file that day."""
    patient = load_patient_for(session, actor, patient_id, Action.claim_read, "therapy_spending")
    payer = primary_payer(session, patient_id, on)
    rules = payer_rules(session, payer, on.year)
    spending = TherapySpending(
        patient_id=patient_id,
        year=on.year,
        payer=payer.name if payer else None,
        pt_slp_cents=year_to_date_cents(session, patient_id, "PT", on),
        ot_cents=year_to_date_cents(session, patient_id, "OT", on),
        kx_threshold_cents=rules.kx_threshold_cents,
        review_threshold_cents=rules.review_threshold_cents,
    )
    audit_patient_records(session, actor, Action.claim_read, patient, "therapy_spending", str(on.year))
    session.commit()
    return spending


class BillOwed(BaseModel):
    """One bill as the front desk reads it to a patient asking "what do I owe": the visit's date, the
    patient's part, and what is still owed on it once their payments are applied, oldest bill first (as a
    statement applies them); what was charged and what insurance paid and adjusted off only to a reader
    with claim.read (the desk sees no claim's amounts: PRODUCT.md), None to others."""

    service_date: date
    what: str  # "Visit, claim TS000000123" or "Balance from the old system"
    claim_number: str = ""
    insurance: str = ""  # where the claim is with the payer, in words
    charge_cents: int | None = None
    insurance_paid_cents: int | None = None
    adjusted_cents: int | None = None
    patient_owes_cents: int = 0
    still_owed_cents: int = 0


class BillsOwed(BaseModel):
    patient_id: int
    bills: list[BillOwed]
    paid_cents: int  # what the patient paid, less voids, and what the clinic wrote off
    balance_cents: int  # the same as `balance` says: their part of every bill less what they paid
    credit_cents: int  # paid ahead of their bills


def settle_oldest_first(parts: list[int], credits_cents: int) -> tuple[list[int], int]:
    """What is still owed on each bill (in the order given, oldest first) once `credits_cents` (paid and
    written off) and any negative part (a refund owed to the patient) settle the oldest first, and the
    credit left over (pure)."""
    credit = credits_cents - sum(part for part in parts if part < 0)
    left: list[int] = []
    for part in parts:
        settled = min(max(credit, 0), max(part, 0))
        credit -= settled
        left.append(max(part, 0) - settled)
    return left, max(credit, 0)


def _insurance_words(status: str) -> str:
    if status in (ClaimStatus.draft, ClaimStatus.held, ClaimStatus.ready, ClaimStatus.rejected):
        return "not sent to insurance yet"
    if status == ClaimStatus.submitted:
        return "with insurance, not answered yet"
    if status == ClaimStatus.denied:
        return "denied by insurance, being worked"
    return "answered by insurance"


def bills_owed(session: Session, *, actor: Actor, patient_id: int) -> BillsOwed:
    """The patient's bills one by one (balance.read: the front desk, billers and owners), oldest first:
    each visit's claim (not void) and each balance carried over from the old system, with the patient's
    part and what is still owed on it, and, to a reader with claim.read (billers, owners), the charge,
    insurance paid and adjustments. Sums to `balance`. An audited read. (Its oldest-first settling per
    bill is not the ledger's running balance, one total after each entry by date: the two answer
    different questions and agree on the total.)"""
    patient = load_patient_for(session, actor, patient_id, Action.balance_read, "balance")
    amounts = allowed(actor.roles, Action.claim_read, patient.clinic_id)
    bills: list[BillOwed] = []
    for claim in session.exec(
        select(Claim)
        .where(Claim.patient_id == patient_id, col(Claim.status) != ClaimStatus.void)
        .order_by(col(Claim.service_date), col(Claim.id))
    ).all():
        answered = claim.status in (ClaimStatus.paid, ClaimStatus.partially_paid)
        bills.append(
            BillOwed(
                service_date=claim.service_date,
                what=f"Visit, claim {claim.control_number}",
                claim_number=claim.control_number,
                insurance=_insurance_words(claim.status),
                charge_cents=claim.total_cents if amounts else None,
                insurance_paid_cents=claim.paid_cents if amounts else None,
                adjusted_cents=(
                    max(0, claim.total_cents - claim.paid_cents - claim.patient_responsibility_cents)
                    if answered
                    else 0
                )
                if amounts
                else None,
                patient_owes_cents=claim.patient_responsibility_cents,
            )
        )
    for carried in session.exec(
        select(OpeningBalance).where(
            OpeningBalance.patient_id == patient_id, col(OpeningBalance.payer_id).is_(None)
        )
    ).all():
        bills.append(
            BillOwed(
                service_date=carried.service_date,
                what="Balance from the old system",
                charge_cents=0 if amounts else None,
                insurance_paid_cents=0 if amounts else None,
                adjusted_cents=0 if amounts else None,
                patient_owes_cents=carried.amount_cents,
            )
        )
    bills.sort(key=lambda b: (b.service_date, b.claim_number == "", b.claim_number))
    paid = int(
        session.exec(
            select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
                Payment.patient_id == patient_id, col(Payment.source).in_(ACCOUNT_SOURCES)
            )
        ).one()
    )
    left, credit = settle_oldest_first([b.patient_owes_cents for b in bills], paid)
    for bill, still in zip(bills, left, strict=True):
        bill.still_owed_cents = still
    audit_patient_records(session, actor, Action.balance_read, patient, "balance")
    session.commit()
    return BillsOwed(
        patient_id=patient_id,
        bills=bills,
        paid_cents=paid,
        balance_cents=sum(b.patient_owes_cents for b in bills) - paid,
        credit_cents=credit,
    )
