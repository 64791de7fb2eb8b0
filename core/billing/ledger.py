"""A patient's account: every claim with what insurance paid and left to the patient, balances carried
over from the old system, the patient's payments, and the running balance; payments taken at the
desk or by mail posted by hand; the statement sent to the patient, as a PDF."""

from datetime import date

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from core.actor import Actor
from core.billing.models import Claim, OpeningBalance, Payment
from core.clinics.models import Clinic
from core.enums import ClaimStatus
from core.errors import Conflict, Invalid
from core.patients.models import Patient
from core.patients.service import audit_patient_records, load_patient, load_patient_for, lock_patient_for
from core.payers.models import Payer
from core.pdf import Column, Table, document
from core.permissions import Action

METHODS = ("cash", "check", "card", "other")
# A rejected claim was never received by the payer: it is sent again, as one not sent yet.
UNBILLED = (ClaimStatus.draft, ClaimStatus.held, ClaimStatus.ready, ClaimStatus.rejected, ClaimStatus.void)


class LedgerEntry(BaseModel):
    on: date
    description: str
    claim_id: int | None = None
    claim_number: str = ""  # the claim's control number, on a visit's entry
    charge_cents: int = 0
    insurance_paid_cents: int = 0
    adjusted_cents: int = 0
    patient_owes_cents: int = 0
    patient_paid_cents: int = 0
    balance_cents: int = 0


class Ledger(BaseModel):
    patient_id: int
    clinic_id: int
    patient: str
    entries: list[LedgerEntry]
    balance_cents: int


def ledger(session: Session, *, actor: Actor, patient_id: int, audited: bool = True) -> Ledger:
    """The patient's account, oldest first; the balance is what the patient owes after each entry
    (their part of adjudicated claims and carried-over balances, less what they paid). An audited read
    unless the caller audits it otherwise (`audited=False`: a download, audited as an export)."""
    patient = load_patient_for(session, actor, patient_id, Action.payment_read, "ledger")
    payers = dict(session.exec(select(Payer.id, Payer.name)).all())
    entries: list[LedgerEntry] = []
    for claim in session.exec(
        select(Claim).where(Claim.patient_id == patient_id, col(Claim.status) != ClaimStatus.void)
    ):
        billed = claim.status not in UNBILLED
        entries.append(
            LedgerEntry(
                on=claim.service_date,
                description=f"Visit, claim {claim.control_number} to {payers.get(claim.payer_id, '')}"
                + ("" if billed else " (not sent yet)"),
                claim_id=claim.id,
                claim_number=claim.control_number or "",
                charge_cents=claim.total_cents,
                insurance_paid_cents=claim.paid_cents,
                adjusted_cents=max(
                    0, claim.total_cents - claim.paid_cents - claim.patient_responsibility_cents
                )
                if claim.status in (ClaimStatus.paid, ClaimStatus.partially_paid)
                else 0,
                patient_owes_cents=claim.patient_responsibility_cents,
            )
        )
    for carried in session.exec(
        select(OpeningBalance).where(
            OpeningBalance.patient_id == patient_id, col(OpeningBalance.payer_id).is_(None)
        )
    ):
        entries.append(
            LedgerEntry(
                on=carried.service_date,
                description=": ".join(filter(None, ("Balance from the old system", carried.description))),
                patient_owes_cents=carried.amount_cents,
            )
        )
    for payment in session.exec(
        select(Payment).where(Payment.patient_id == patient_id, Payment.source == "patient")
    ):
        entries.append(
            LedgerEntry(
                on=payment.received_on,
                description=f"Payment{' ' + payment.reference if payment.reference else ''}",
                claim_id=payment.claim_id,
                patient_paid_cents=payment.amount_cents,
            )
        )
    # Charges before payments on the same day: a copay taken at the visit pays that day's visit.
    entries.sort(key=lambda e: (e.on, e.patient_paid_cents > 0))
    running = 0
    for entry in entries:
        running += entry.patient_owes_cents - entry.patient_paid_cents
        entry.balance_cents = running
    if audited:
        audit_patient_records(
            session, actor, Action.payment_read, patient, "ledger", f"{len(entries)} entries"
        )
        session.commit()
    return Ledger(
        patient_id=patient_id,
        clinic_id=patient.clinic_id,
        patient=f"{patient.first_name} {patient.last_name}",
        entries=entries,
        balance_cents=running,
    )


class PatientPayment(BaseModel):
    amount_cents: int = Field(gt=0, le=10_000_000)
    received_on: date
    method: str = "card"
    reference: str = Field(default="", max_length=30)
    claim_id: int | None = None


def post_patient_payment(
    session: Session,
    *,
    actor: Actor,
    patient_id: int,
    payment: PatientPayment,
    today: date,
    request_key: str = "",
) -> Payment:
    """Money the patient paid, posted by hand (payment.write). Serialised on the patient's row.

    `request_key` is the key of the form that posted it (each render of the ledger's form has its
    own): the same key again (a double click, a retried request) is the payment it posted, never a
    second one; another key is another payment, even of the same amount on the same day (two visits'
    copays). Without a key, the same payment (amount, day, method and reference) as the last one is
    taken for a repeat and refused."""
    reference = paid_by(payment.method, payment.reference)
    if payment.received_on > today:
        raise Invalid("a payment is received today or earlier", fields={"received_on": "in the future"})
    key = request_key.strip()[:200]
    patient = lock_patient_for(session, actor, patient_id, Action.payment_write, "payment")
    if payment.claim_id is not None:
        claim = session.get(Claim, payment.claim_id)
        if claim is None or claim.patient_id != patient_id:
            raise Invalid("the claim is not this patient's", fields={"claim_id": "not this patient's"})
    return record_patient_payment(
        session,
        actor=actor,
        patient=patient,
        payment=payment,
        reference=reference,
        request_key=key,
        action=Action.payment_write,
    )


def paid_by(method: str, reference: str) -> str:
    """A patient payment's reference as stored: its method, then the reference typed ('check 1042');
    a method the clinic does not take is refused."""
    if method not in METHODS:
        raise Invalid(f"the method is one of {', '.join(METHODS)}", fields={"method": "choose one"})
    return f"{method} {reference.strip()}".strip()


def record_patient_payment(
    session: Session,
    *,
    actor: Actor,
    patient: Patient,
    payment: PatientPayment,
    reference: str,
    request_key: str,
    action: Action,
) -> Payment:
    """The patient's payment written once, the patient's row locked by the caller: the same form's key
    again is the payment it posted; without a key the same payment as the last is refused. Audited as
    `action` (payment.write at the biller's ledger, copay.collect at the desk), and committed."""
    patient_id = patient.id or 0
    key = request_key
    described = (payment.amount_cents, payment.received_on, reference, payment.claim_id)
    if key:
        earlier = session.exec(
            select(Payment).where(Payment.patient_id == patient_id, Payment.request_key == key)
        ).first()
        if earlier is not None:
            if (earlier.amount_cents, earlier.received_on, earlier.reference, earlier.claim_id) != described:
                raise Conflict(
                    "this form has already posted a different payment; reload the page to post another"
                )
            return earlier  # the same form again: the payment it posted
    else:
        last = session.exec(
            select(Payment)
            .where(Payment.patient_id == patient_id, Payment.source == "patient")
            .order_by(col(Payment.id).desc())
        ).first()
        if (
            last is not None
            and (last.amount_cents, last.received_on, last.reference, last.claim_id) == described
        ):
            raise Conflict(
                "this payment has just been posted (the same amount, day and reference); "
                "a second payment of the same amount is posted from a new form"
            )
    row = Payment(
        clinic_id=patient.clinic_id,
        patient_id=patient_id,
        claim_id=payment.claim_id,
        source="patient",
        amount_cents=payment.amount_cents,
        received_on=payment.received_on,
        reference=reference,
        request_key=key or None,
    )
    session.add(row)
    session.flush()
    audit_patient_records(
        session,
        actor,
        action,
        patient,
        "payment",
        f"patient payment ${payment.amount_cents / 100:,.2f}",
        record_id=row.id or "",
    )
    session.commit()
    return row


STATEMENT_COLUMNS = (
    Column("Date", 0.13),
    Column("What", 0.45),
    Column("Insurance paid", 0.16, "R"),
    Column("You owe", 0.13, "R"),
    Column("You paid", 0.13, "R"),
)


def statement(session: Session, *, actor: Actor, patient_id: int, today: date) -> bytes:
    """The patient's statement: each visit they owe something for, their payments, and the amount due."""
    account = ledger(session, actor=actor, patient_id=patient_id)
    patient = load_patient(session, patient_id)
    clinic = session.get(Clinic, patient.clinic_id)
    assert clinic is not None
    lines: list[str | Table] = [
        clinic.name,
        f"{clinic.address}   Phone {clinic.phone}",
        "",
        f"Statement date: {today.strftime('%m/%d/%Y')}",
        f"{patient.first_name} {patient.last_name}",
        patient.address,
        f"{patient.city}, {patient.state} {patient.postal_code}".strip(", "),
        "",
        Table(
            STATEMENT_COLUMNS,
            tuple(
                (
                    e.on.strftime("%m/%d/%Y"),
                    e.description,
                    _money(e.insurance_paid_cents),
                    _money(e.patient_owes_cents),
                    _money(e.patient_paid_cents),
                )
                for e in account.entries
                if e.patient_owes_cents or e.patient_paid_cents
            ),
        ),
    ]
    lines += [
        "",
        f"Amount due: {_money(max(account.balance_cents, 0))}"
        + (f" (credit of {_money(-account.balance_cents)})" if account.balance_cents < 0 else ""),
        "",
        f"Questions about this statement: call {clinic.phone}.",
    ]
    return document("Patient statement", lines)


def _money(cents: int) -> str:
    return f"${cents / 100:,.2f}"
