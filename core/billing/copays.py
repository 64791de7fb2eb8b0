"""The copay taken at the front desk when a patient checks in (#20).

The desk checks people in and sees balances, never payments or billing history (PRODUCT.md's role
matrix): `copay.collect` lets it record the visit's copay, and what it reads back is that visit's copay
alone (what the primary policy asks, what was taken for this visit), not the patient's ledger. The
payment is the patient's like any other (core.billing.ledger), so the biller's ledger and statement
count it; it names its visit in its reference, which is how a second one for the visit is noticed."""

from datetime import date

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from core.actor import Actor
from core.billing.ledger import VOID_KEY, PatientPayment, paid_by, record_patient_payment, voided_ids
from core.billing.models import Payment
from core.enums import AppointmentStatus
from core.errors import Conflict, NotFound
from core.locks import locked
from core.patients.models import InsurancePolicy
from core.patients.service import audit_patient_records, load_patient_for, lock_patient_for
from core.permissions import Action
from core.scheduling.calendar import clinic_zone
from core.scheduling.models import Appointment
from core.timeutil import local_day, utcnow

# A copay is taken from the patient who is here: checked in, or seen, on the visit's own day.
TAKEN_AT = (AppointmentStatus.checked_in, AppointmentStatus.completed)


class CopayIn(BaseModel):
    amount_cents: int = Field(gt=0, le=100_000)
    method: str = "card"
    reference: str = Field(default="", max_length=20)


class CopayAtDesk(BaseModel):
    """What the desk sees of one visit's copay: what the policy asks, and what was taken for it."""

    appointment_id: int
    may_take: bool  # the patient is here today (checked in or seen)
    asked_cents: int  # the primary policy's copay on the visit's day; 0 when none (self-pay, none set)
    taken_cents: int  # taken for this visit so far
    taken: list[tuple[int, str]]  # each payment for this visit: cents, method


def visit_reference(appointment_id: int) -> str:
    """The words a visit's copay carries in its reference, after its method: 'card copay visit 812'."""
    return f"copay visit {appointment_id}"


def _visit_day(session: Session, appointment: Appointment) -> tuple[date, date]:
    zone = clinic_zone(session, appointment.clinic_id)
    return local_day(appointment.starts_at, zone), utcnow().astimezone(zone).date()


def _taken(session: Session, appointment: Appointment) -> list[Payment]:
    """The visit's copays that stand: one voided at the ledger (a copay taken in error) is not taken."""
    copays = session.exec(
        select(Payment)
        .where(
            Payment.patient_id == appointment.patient_id,
            Payment.source == "patient",
            col(Payment.reference).endswith(" " + visit_reference(appointment.id or 0)),
        )
        .order_by(col(Payment.id))
    ).all()
    voids = session.exec(
        select(Payment).where(
            Payment.patient_id == appointment.patient_id, col(Payment.request_key).startswith(VOID_KEY)
        )
    ).all()
    gone = voided_ids(voids)
    return [p for p in copays if p.id not in gone]


def _asked(session: Session, patient_id: int, day: date) -> int:
    policy = session.exec(
        select(InsurancePolicy)
        .where(
            InsurancePolicy.patient_id == patient_id,
            col(InsurancePolicy.effective_from) <= day,
            (col(InsurancePolicy.effective_to).is_(None)) | (col(InsurancePolicy.effective_to) >= day),
        )
        .order_by(col(InsurancePolicy.priority))
    ).first()
    return policy.copay_cents if policy else 0


def _appointment(session: Session, appointment_id: int, *, lock: bool = False) -> Appointment:
    found = locked(session, Appointment, appointment_id) if lock else session.get(Appointment, appointment_id)
    if found is None:
        raise NotFound(f"appointment {appointment_id} not found")
    return found


def copay_at_desk(session: Session, *, actor: Actor, appointment_id: int) -> CopayAtDesk:
    """The visit's copay as the desk sees it (copay.collect); an audited read of that one visit's copay."""
    appointment = _appointment(session, appointment_id)
    patient = load_patient_for(session, actor, appointment.patient_id, Action.copay_collect, "copay")
    day, today = _visit_day(session, appointment)
    taken = _taken(session, appointment)
    audit_patient_records(
        session, actor, Action.copay_collect, patient, "copay", f"visit {appointment_id}", appointment_id
    )
    session.commit()
    return CopayAtDesk(
        appointment_id=appointment_id,
        may_take=appointment.status in TAKEN_AT and day == today,
        asked_cents=_asked(session, appointment.patient_id, day),
        taken_cents=sum(p.amount_cents for p in taken),
        taken=[(p.amount_cents, p.reference.split(" ", 1)[0]) for p in taken],
    )


def collect_copay(
    session: Session, *, actor: Actor, appointment_id: int, copay: CopayIn, request_key: str = ""
) -> Payment:
    """The copay the patient paid at check-in, recorded as the patient's payment (copay.collect).
    Serialised on the patient's row; the same form's key again (a double click) is the payment it
    recorded, never a second one. A second copay for the same visit needs a new form."""
    method_words = paid_by(copay.method, copay.reference)
    appointment = _appointment(session, appointment_id)
    patient = lock_patient_for(session, actor, appointment.patient_id, Action.copay_collect, "payment")
    appointment = _appointment(session, appointment_id, lock=True)
    day, today = _visit_day(session, appointment)
    if appointment.status not in TAKEN_AT or day != today:
        raise Conflict(
            "a copay is taken when the patient checks in, on the day of the visit: check them in first"
        )
    return record_patient_payment(
        session,
        actor=actor,
        patient=patient,
        payment=PatientPayment(amount_cents=copay.amount_cents, received_on=today, method=copay.method),
        reference=f"{method_words} {visit_reference(appointment_id)}"[:50],
        request_key=request_key,
        action=Action.copay_collect,
    )
