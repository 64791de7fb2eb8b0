"""A patient's account: every claim with what insurance paid and left to the patient, balances carried
over from the old system, the patient's payments, and the running balance; payments taken at the
desk or by mail posted by hand; the statement sent to the patient, as a PDF."""

from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session, col, func, select

from core.actor import Actor
from core.billing.expected import expected_cents
from core.billing.models import Claim, ClaimLine, OpeningBalance, Payment, one_line
from core.clinics.models import Clinic
from core.enums import ClaimStatus
from core.errors import Conflict, Invalid
from core.patients.models import Patient, full_name
from core.patients.service import audit_patient_records, load_patient, load_patient_for, lock_patient_for
from core.payers.models import Payer
from core.pdf import Column, Table, document
from core.permissions import Action
from core.words import dollars

METHODS = ("cash", "check", "card", "other")
# A rejected claim was never received by the payer: it is sent again, as one not sent yet.
UNBILLED = (ClaimStatus.draft, ClaimStatus.held, ClaimStatus.ready, ClaimStatus.rejected, ClaimStatus.void)


class LedgerEntry(BaseModel):
    on: date
    description: str
    claim_id: int | None = None
    claim_number: str = ""  # the claim's control number, on a visit's entry
    charge_cents: int = 0
    # What the payer should allow where it is less than billed: Medicare's 85 % of an assistant's
    # CQ/CO lines (core.billing.expected); 0 where it is the charge.
    expected_cents: int = 0
    insurance_paid_cents: int = 0
    adjusted_cents: int = 0
    patient_owes_cents: int = 0
    patient_paid_cents: int = 0
    balance_cents: int = 0
    payment_id: int | None = None  # a payment of the patient's that may still be voided


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
    payers = {pid: (name, kind) for pid, name, kind in session.exec(select(Payer.id, Payer.name, Payer.kind))}
    entries: list[LedgerEntry] = []
    claims = session.exec(
        select(Claim).where(Claim.patient_id == patient_id, col(Claim.status) != ClaimStatus.void)
    ).all()
    lines = session.exec(
        select(ClaimLine.claim_id, ClaimLine.charge_cents, ClaimLine.modifiers).where(
            col(ClaimLine.claim_id).in_([c.id for c in claims])
        )
    ).all()
    for claim in claims:
        billed = claim.status not in UNBILLED
        payer, kind = payers.get(claim.payer_id, ("", ""))
        expected = sum(expected_cents(c, m, kind) for claim_id, c, m in lines if claim_id == claim.id)
        entries.append(
            LedgerEntry(
                on=claim.service_date,
                description=f"Visit, claim {claim.control_number} to {payer}"
                + ("" if billed else " (not sent yet)"),
                claim_id=claim.id,
                claim_number=claim.control_number or "",
                charge_cents=claim.total_cents,
                expected_cents=expected if expected != claim.total_cents else 0,
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
    payments = session.exec(
        select(Payment)
        .where(Payment.patient_id == patient_id, col(Payment.source).in_(ACCOUNT_SOURCES))
        .order_by(col(Payment.id))
    ).all()
    voided = voided_ids(payments)
    paid_by_id = {p.id: p for p in payments}
    for payment in payments:
        entries.append(_entry(payment, voided, paid_by_id))
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
        patient=full_name(patient),
        entries=entries,
        balance_cents=running,
    )


# A patient's account moves by their payments (a void is a payment's reversal: the same amount, negative,
# so every sum of what they paid stays right) and by the clinic's small-balance write-offs.
WRITE_OFF = "write_off"
ACCOUNT_SOURCES = ("patient", WRITE_OFF)
# A void's form key names the payment it voids: the database's one key per patient makes a second void
# of the same payment (a double click, two at once) impossible, whatever the form.
VOID_KEY = "void:"


def form_key(request_key: str) -> str:
    """A patient payment form's key as kept: trimmed, at most 200 characters. A key that starts with
    VOID_KEY is a void's (void_payment makes it from the payment it voids), never a form's: a form posted
    under one would be read as that payment's void and stand in the place of its real one."""
    key = request_key.strip()[:200]
    if key.startswith(VOID_KEY):
        raise Invalid("the form is out of date; reload the page")
    return key


def reversed_id(payment: Payment) -> int | None:
    """The id of the payment `payment` voids, if it is a void."""
    key = payment.request_key or ""
    named = key[len(VOID_KEY) :]
    return int(named) if key.startswith(VOID_KEY) and named.isdigit() else None


def voided_ids(payments: Sequence[Payment]) -> set[int]:
    """The payments a void among `payments` reverses."""
    return {voided for p in payments if (voided := reversed_id(p)) is not None}


def _written(
    session: Session, actor: Actor, action: Action, patient: Patient, row: Payment, what: str
) -> Payment:
    """`row` (a patient's payment, a void or a write-off) written, audited as `action` saying `what`, and
    committed: one way for each row of the patient's account."""
    session.add(row)
    session.flush()
    audit_patient_records(session, actor, action, patient, "payment", what, record_id=row.id or "")
    session.commit()
    return row


def _posted_with(session: Session, patient_id: int, key: str) -> Payment | None:
    """What the patient's form with this key posted already (the key is one per patient), if anything."""
    return session.exec(
        select(Payment).where(Payment.patient_id == patient_id, Payment.request_key == key)
    ).first()


def _entry(payment: Payment, voided: set[int], by_id: dict[int | None, Payment]) -> LedgerEntry:
    if payment.source == WRITE_OFF:
        return LedgerEntry(
            on=payment.received_on,
            description=f"Written off by the clinic: {payment.reference}",
            patient_owes_cents=-payment.amount_cents,
        )
    if (reverses := reversed_id(payment)) is not None:
        original = by_id.get(reverses)
        what = f" {original.reference}" if original and original.reference else ""
        return LedgerEntry(
            on=payment.received_on,
            description=f"Payment{what} voided: {payment.reference}",
            claim_id=payment.claim_id,
            patient_paid_cents=payment.amount_cents,
        )
    return LedgerEntry(
        on=payment.received_on,
        description=f"Payment{' ' + payment.reference if payment.reference else ''}"
        + (" (voided)" if payment.id in voided else ""),
        claim_id=payment.claim_id,
        patient_paid_cents=payment.amount_cents,
        payment_id=None if payment.id in voided else payment.id,
    )


def same_check(reference: str, other: str) -> bool:
    """Two payments' references name the same check ('check CK1234', 'check ck 1234', 'check #CK1234'):
    a check is deposited once, so the second is a repeat until the biller says it is another."""
    method, _, number = reference.partition(" ")
    other_method, _, other_number = other.partition(" ")

    def bare(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())

    return method == other_method == "check" and bare(number) != "" and bare(number) == bare(other_number)


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
    another_check: bool = False,
) -> Payment:
    """Money the patient paid, posted by hand (payment.write). Serialised on the patient's row.

    A check whose number is on a payment of theirs already (not voided) is refused as a repeat unless
    the biller says it is another check (`another_check`): the same check posted twice from two pages
    was two payments (#20, trial 51).

    `request_key` is the key of the form that posted it (each render of the ledger's form has its
    own): the same key again (a double click, a retried request) is the payment it posted, never a
    second one; another key is another payment, even of the same amount on the same day (two visits'
    copays). Without a key, the same payment (amount, day, method and reference) as the last one is
    taken for a repeat and refused."""
    reference = paid_by(payment.method, payment.reference)
    if payment.received_on > today:
        raise Invalid("a payment is received today or earlier", fields={"received_on": "in the future"})
    key = form_key(request_key)
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
        check_repeats=not another_check,
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
    check_repeats: bool = False,
) -> Payment:
    """The patient's payment written once, the patient's row locked by the caller: the same form's key
    again is the payment it posted; without a key the same payment as the last is refused. Audited as
    `action` (payment.write at the biller's ledger, copay.collect at the desk), and committed."""
    patient_id = patient.id or 0
    key = form_key(request_key)
    described = (payment.amount_cents, payment.received_on, reference, payment.claim_id)
    if key:
        earlier = _posted_with(session, patient_id, key)
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
    if check_repeats:
        _refuse_a_repeated_check(session, patient_id, reference)
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
    return _written(session, actor, action, patient, row, f"patient payment {dollars(payment.amount_cents)}")


def _patient_payments(session: Session, patient_id: int) -> Sequence[Payment]:
    return session.exec(
        select(Payment)
        .where(Payment.patient_id == patient_id, Payment.source == "patient")
        .order_by(col(Payment.id))
    ).all()


def _refuse_a_repeated_check(session: Session, patient_id: int, reference: str) -> None:
    payments = _patient_payments(session, patient_id)
    voided = voided_ids(payments)
    earlier = next(
        (
            p
            for p in payments
            if p.id not in voided and p.amount_cents > 0 and same_check(p.reference, reference)
        ),
        None,
    )
    if earlier is not None:
        raise Conflict(
            f"this check number was posted already, on {earlier.received_on.strftime('%m/%d/%Y')} "
            f"({dollars(earlier.amount_cents)}): if this is another check with the same number, "
            "tick 'Another check with the same number' and post it again",
            fields={"reference": "posted already"},
        )


class PaymentVoid(BaseModel):
    """Why a patient's payment is taken back (posted in error, posted twice, the check bounced)."""

    payment_id: int
    reason: str = Field(max_length=50)

    @field_validator("reason")
    @classmethod
    def _said_why(cls, value: str) -> str:
        return one_line(value, "say why the payment is voided")


def void_payment(
    session: Session, *, actor: Actor, patient_id: int, void: PaymentVoid, today: date
) -> Payment:
    """A payment of the patient's posted in error, reversed (payment.write): a payment of the same amount,
    negative, dated today, which names the one it reverses, so the account and every sum of what the
    patient paid come back as they were and the history keeps both. Serialised on the patient's row;
    a second void of the same payment (a double click, two at once) is the first one."""
    patient = lock_patient_for(session, actor, patient_id, Action.payment_write, "payment")
    original = session.get(Payment, void.payment_id)
    if original is None or original.patient_id != patient_id or original.source != "patient":
        raise Invalid("that is not a payment of this patient's", fields={"payment_id": "not theirs"})
    if (original.request_key or "").startswith(VOID_KEY):
        raise Invalid("that is a void already; post the payment again instead")
    key = f"{VOID_KEY}{original.id}"
    earlier = _posted_with(session, patient_id, key)
    if earlier is not None:
        return earlier
    row = Payment(
        clinic_id=original.clinic_id,
        patient_id=patient_id,
        claim_id=original.claim_id,
        source="patient",
        amount_cents=-original.amount_cents,
        received_on=today,
        reference=void.reason,
        request_key=key,
    )
    done = f"payment {original.id} voided ({dollars(original.amount_cents)})"
    return _written(session, actor, Action.payment_write, patient, row, done)


class BalanceWriteOff(BaseModel):
    """Part or all of what the patient owes, given up by the clinic (a small balance not worth a
    statement, a hardship), with the reason the ledger shows."""

    amount_cents: int = Field(gt=0, le=10_000_000)
    reason: str = Field(max_length=50)

    @field_validator("reason")
    @classmethod
    def _said_why(cls, value: str) -> str:
        return one_line(value, "say why the balance is written off")


def write_off_balance(
    session: Session,
    *,
    actor: Actor,
    patient_id: int,
    write_off: BalanceWriteOff,
    today: date,
    request_key: str,
) -> Payment:
    """The clinic writes off part or all of the patient's balance (payment.write): never more than they
    owe, never money received (the collections figures do not count it). Serialised on the patient's
    row; the same form again (a double click, two at once) is the write-off it made."""
    key = form_key(request_key)
    if not key:
        raise Invalid("the write-off form is out of date; reload the page")
    patient = lock_patient_for(session, actor, patient_id, Action.payment_write, "payment")
    earlier = _posted_with(session, patient_id, key)
    if earlier is not None:
        if (earlier.source, earlier.amount_cents) != (WRITE_OFF, write_off.amount_cents):
            raise Conflict("this form has already posted something else; reload the page")
        return earlier
    owed = owed_cents(session, patient_id)
    if write_off.amount_cents > owed:
        raise Invalid(
            f"the patient owes {dollars(max(owed, 0))}; no more than that is written off",
            fields={"amount": "more than the balance"},
        )
    row = Payment(
        clinic_id=patient.clinic_id,
        patient_id=patient_id,
        source=WRITE_OFF,
        amount_cents=write_off.amount_cents,
        received_on=today,
        reference=write_off.reason,
        request_key=key,
    )
    done = f"balance written off {dollars(write_off.amount_cents)}"
    return _written(session, actor, Action.payment_write, patient, row, done)


def owed_cents(session: Session, patient_id: int) -> int:
    """What the patient owes now: their part of claims and carried-over balances, less what they paid
    and what the clinic wrote off."""
    settled = session.exec(
        select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
            Payment.patient_id == patient_id, col(Payment.source).in_(ACCOUNT_SOURCES)
        )
    ).one()
    return responsibility_cents(session, patient_id) - int(settled)


def responsibility_cents(session: Session, patient_id: int) -> int:
    """The patient's part of their claims and the balances carried over from the old system."""
    owed = session.exec(
        select(func.coalesce(func.sum(Claim.patient_responsibility_cents), 0)).where(
            Claim.patient_id == patient_id
        )
    ).one()
    owed += session.exec(
        select(func.coalesce(func.sum(OpeningBalance.amount_cents), 0)).where(
            OpeningBalance.patient_id == patient_id, col(OpeningBalance.payer_id).is_(None)
        )
    ).one()
    return int(owed)


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
        full_name(patient),
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
    return f"{'-' if cents < 0 else ''}{dollars(abs(cents))}"
