"""A void's key ('void:<payment id>', made by void_payment) is its own: a payment form or a write-off
form posted with a key that starts so is refused, wherever a patient's payment form is posted (the
biller's ledger, the desk's copay, a write-off). Before, such a form wrote a payment the ledger read
as a void of that payment, and a later real void of it returned that payment instead of reversing it."""

from datetime import date

import pytest
from conftest import Practice
from scheduling_helpers import one

from core.billing.ledger import (
    BalanceWriteOff,
    PatientPayment,
    PaymentVoid,
    form_key,
    ledger,
    post_patient_payment,
    void_payment,
    write_off_balance,
)
from core.errors import Invalid

DEMO_SIZE = "tiny"
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)

FORM_KEY_ROWS = [
    # (key as sent, key as kept, or None: refused)
    ("void:12", None),
    ("void:", None),
    ("void:abc", None),
    ("  void:12 ", None),  # kept trimmed, it would read as a void
    # must not change: every other key is kept as it was, trimmed to 200 characters
    ("", ""),
    ("  f3a9-01 ", "f3a9-01"),
    ("avoid:12", "avoid:12"),
    ("VOID:12", "VOID:12"),  # a void's key is lower-case: this one never reads as a void
    ("void 12", "void 12"),
    ("k" * 250, "k" * 200),
]


@pytest.mark.parametrize(("sent", "kept"), FORM_KEY_ROWS)
def test_a_form_key_is_kept_unless_it_is_a_voids(sent: str, kept: str | None) -> None:
    if kept is None:
        with pytest.raises(Invalid):
            form_key(sent)
    else:
        assert form_key(sent) == kept


def _payments(practice: Practice, patient_id: int) -> int:
    return int(one(practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p", p=patient_id)[0])


def test_no_form_posts_under_a_voids_key(pristine_practice: Practice) -> None:
    practice = pristine_practice
    biller = practice.actor("biller")
    patient_id = int(
        one(
            practice,
            """SELECT p.id FROM patient p WHERE p.clinic_id = 1 AND NOT EXISTS
            (SELECT 1 FROM payment y WHERE y.patient_id = p.id AND y.source <> 'era')
            ORDER BY p.id DESC LIMIT 1""",
        )[0]
    )
    cash = PatientPayment(amount_cents=1500, received_on=TODAY, method="cash")
    with practice.session() as session:
        paid = post_patient_payment(
            session, actor=biller, patient_id=patient_id, payment=cash, today=TODAY, request_key="form-1"
        )
    before = _payments(practice, patient_id)
    with practice.session() as session, pytest.raises(Invalid):
        post_patient_payment(
            session,
            actor=biller,
            patient_id=patient_id,
            payment=cash,
            today=TODAY,
            request_key=f"void:{paid.id}",
        )
    with practice.session() as session, pytest.raises(Invalid):
        write_off_balance(
            session,
            actor=biller,
            patient_id=patient_id,
            write_off=BalanceWriteOff(amount_cents=100, reason="small balance"),
            today=TODAY,
            request_key=f"void:{paid.id}",
        )
    assert _payments(practice, patient_id) == before
    # the payment is not read as voided, and its real void still reverses it
    with practice.session() as session:
        said = [e.description for e in ledger(session, actor=biller, patient_id=patient_id).entries]
    assert not any("voided" in line.lower() for line in said)
    with practice.session() as session:
        void = void_payment(
            session,
            actor=biller,
            patient_id=patient_id,
            void=PaymentVoid(payment_id=paid.id or 0, reason="posted in error"),
            today=TODAY,
        )
        assert (void.amount_cents, void.request_key) == (-1500, f"void:{paid.id}")
