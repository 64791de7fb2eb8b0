"""A patient's account as the biller works it (#20, trial 51), on SQLite and PostgreSQL: a check number
posted already is refused unless it is another check; a payment posted in error is voided, once however
often asked; a small balance is written off, never past what is owed; each audited."""

from datetime import date

import pytest
from conftest import Practice
from page_helpers import page_client
from pydantic import ValidationError
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text
from sqlmodel import Session

from core.billing.ledger import (
    BalanceWriteOff,
    PatientPayment,
    PaymentVoid,
    ledger,
    post_patient_payment,
    same_check,
    void_payment,
    write_off_balance,
)
from core.billing.service import balance
from core.errors import Conflict, Invalid

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)


def _count(practice: Practice, sql: str, **params: object) -> int:
    with practice.session() as session:
        return int(session.exec(text(sql).bindparams(**params)).one()[0])  # type: ignore[call-overload]


SAME_CHECK_ROWS = [
    # (earlier reference, new reference, the same check?)
    ("check CK1234", "check CK1234", True),  # the trial's check, posted twice
    ("check CK1234", "check ck 1234", True),
    ("check #1042", "check 1042", True),
    # must not change: other numbers, no number, not a check
    ("check CK1234", "check CK1235", False),
    ("check 1042", "check 10420", False),
    ("check", "check", False),  # no number to match
    ("cash 1042", "cash 1042", False),  # a receipt number, not a check
    ("card 1042", "check 1042", False),
]


@pytest.mark.parametrize(("earlier", "new", "same"), SAME_CHECK_ROWS)
def test_a_check_number_names_one_check(earlier: str, new: str, same: bool) -> None:
    assert same_check(earlier, new) is same


def _patient_with_no_payments(practice: Practice) -> int:
    return int(
        one(
            practice,
            """SELECT p.id FROM patient p WHERE p.clinic_id = 1 AND NOT EXISTS
            (SELECT 1 FROM payment y WHERE y.patient_id = p.id AND y.source <> 'era')
            ORDER BY p.id DESC LIMIT 1""",
        )[0]
    )


def _balance(practice: Practice, patient_id: int) -> int:
    with practice.session() as session:
        return balance(session, actor=practice.actor("biller"), patient_id=patient_id).balance_cents


def test_a_check_posted_twice_is_refused_voided_and_written_off(pristine_practice: Practice) -> None:
    """Trial 51: the same $20 check CK1234 posted twice from fresh pages, both accepted, and no way to
    take one back or write a small balance off. Now the second is refused unless it is another check;
    a payment posted in error is voided once (however often asked), and the balance written off."""
    practice = pristine_practice
    biller = practice.actor("biller")
    patient_id = _patient_with_no_payments(practice)
    start = _balance(practice, patient_id)
    check = PatientPayment(amount_cents=2000, received_on=TODAY, method="check", reference="CK1234")
    with practice.session() as session:
        first = post_patient_payment(
            session, actor=biller, patient_id=patient_id, payment=check, today=TODAY, request_key="a"
        )
    with practice.session() as session, pytest.raises(Conflict) as refused:
        post_patient_payment(
            session, actor=biller, patient_id=patient_id, payment=check, today=TODAY, request_key="b"
        )
    assert refused.value.extra["fields"] == {"reference": "posted already"}
    assert _balance(practice, patient_id) == start - 2000
    # the same form again is still its one payment; another check of that number, said so, is posted
    with practice.session() as session:
        again = post_patient_payment(
            session, actor=biller, patient_id=patient_id, payment=check, today=TODAY, request_key="a"
        )
        assert again.id == first.id
    with practice.session() as session:
        second = post_patient_payment(
            session,
            actor=biller,
            patient_id=patient_id,
            payment=check,
            today=TODAY,
            request_key="c",
            another_check=True,
        )
    assert _balance(practice, patient_id) == start - 4000
    # the second voided, twice at once: one reversal
    void = PaymentVoid(payment_id=second.id or 0, reason="posted twice")

    def send(_: int) -> int:
        with Session(practice.engine, expire_on_commit=False) as session:
            return void_payment(session, actor=biller, patient_id=patient_id, void=void, today=TODAY).id or 0

    voids = set(at_once(2, send))
    assert len(voids) == 1
    assert _balance(practice, patient_id) == start - 2000
    assert (
        _count(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'payment' AND patient_id = :p
            AND detail = :d""",
            p=patient_id,
            d=f"payment {second.id} voided ($20.00)",
        )
        == 1
    )
    with practice.session() as session:
        account = ledger(session, actor=biller, patient_id=patient_id)
    said = [e.description for e in account.entries]
    assert "Payment check CK1234 voided: posted twice" in said and "Payment check CK1234 (voided)" in said
    assert [e.payment_id for e in account.entries if e.payment_id] == [first.id]  # only it may be voided
    assert account.balance_cents == start - 2000
    # a void of another patient's payment is refused
    other = int(
        one(practice, "SELECT MIN(id) FROM patient WHERE clinic_id = 1 AND id <> :p", p=patient_id)[0]
    )
    with practice.session() as session, pytest.raises(Invalid):
        void_payment(
            session,
            actor=biller,
            patient_id=other,
            void=PaymentVoid(payment_id=first.id or 0, reason="x"),
            today=TODAY,
        )
    with practice.session() as session, pytest.raises(Invalid):  # nor is a void voided
        void_payment(
            session,
            actor=biller,
            patient_id=patient_id,
            void=PaymentVoid(payment_id=voids.pop(), reason="x"),
            today=TODAY,
        )
    with pytest.raises(ValidationError):
        PaymentVoid(payment_id=1, reason="  ")


def test_a_small_balance_is_written_off_once_and_never_past_what_is_owed(pristine_practice: Practice) -> None:
    practice = pristine_practice
    biller = practice.actor("biller")
    patient_id = int(
        one(
            practice,
            """SELECT patient_id FROM claim WHERE clinic_id = 1 AND patient_responsibility_cents > 0
            ORDER BY patient_id DESC LIMIT 1""",
        )[0]
    )
    owed = _balance(practice, patient_id)
    assert owed > 0
    with practice.session() as session, pytest.raises(Invalid):  # more than owed
        write_off_balance(
            session,
            actor=biller,
            patient_id=patient_id,
            write_off=BalanceWriteOff(amount_cents=owed + 1, reason="small balance"),
            today=TODAY,
            request_key="w0",
        )
    part = BalanceWriteOff(amount_cents=min(owed, 450), reason="small balance")

    def send(_: int) -> int:
        with Session(practice.engine, expire_on_commit=False) as session:
            row = write_off_balance(
                session, actor=biller, patient_id=patient_id, write_off=part, today=TODAY, request_key="w1"
            )
            return row.id or 0

    assert len(set(at_once(2, send))) == 1  # the same form twice at once: one write-off
    assert _balance(practice, patient_id) == owed - part.amount_cents
    with practice.session() as session:
        account = ledger(session, actor=biller, patient_id=patient_id)
        found = balance(session, actor=biller, patient_id=patient_id)
    assert account.balance_cents == found.balance_cents == owed - part.amount_cents
    assert found.written_off_cents == part.amount_cents and found.patient_paid_cents >= 0
    assert "Written off by the clinic: small balance" in [e.description for e in account.entries]
    assert (
        _count(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'payment' AND patient_id = :p
            AND detail LIKE 'balance written off%'""",
            p=patient_id,
        )
        == 1
    )
    # a write-off is no money received: it is kept apart from the patient's payments
    assert (
        _count(
            practice,
            "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'write_off'",
            p=patient_id,
        )
        == 1
    )


def test_the_ledger_page_refuses_a_repeated_check_and_voids_and_writes_off(
    pristine_practice: Practice,
) -> None:
    """The ledger page: the second CK1234 from a fresh page shows why, with 'another check' to tick; the
    Void button and the write-off form each post once however often clicked."""
    practice = pristine_practice
    client = page_client(practice, "biller")
    patient_id = _patient_with_no_payments(practice)
    url = f"/billing/patients/{patient_id}/ledger"
    form = {"amount": "20", "received_on": TODAY.isoformat(), "method": "check", "reference": "CK1234"}
    assert (
        client.post(
            f"/billing/patients/{patient_id}/payments", data={**form, "idempotency_key": "p1"}
        ).status_code
        == 200
    )
    again = client.post(f"/billing/patients/{patient_id}/payments", data={**form, "idempotency_key": "p2"})
    assert again.status_code == 422
    assert "This check number was posted already" in again.text and 'name="another_check"' in again.text
    payment_id = one(
        practice, "SELECT id FROM payment WHERE patient_id = :p AND source = 'patient'", p=patient_id
    )[0]
    page = client.get(url).text
    assert f'action="/billing/patients/{patient_id}/payments/{payment_id}/void"' in page
    replies = at_once(
        2,
        lambda _: client.post(
            f"/billing/patients/{patient_id}/payments/{payment_id}/void",
            data={"reason": "posted in error"},
            follow_redirects=False,
        ),
    )
    assert [r.status_code for r in replies] == [303, 303]
    assert (
        _count(
            practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND amount_cents < 0", p=patient_id
        )
        == 1
    )
    page = client.get(url).text
    assert "voided: posted in error" in page
    assert f"/payments/{payment_id}/void" not in page  # voided once, no button left
