""" "What do I owe" bill by bill (#20): the front desk (balance.read, with billers and owners; never a
therapist) reads each bill of a patient, oldest first, with the charge, what insurance paid and adjusted,
the patient's part and what is still owed on it once their payments settle the oldest first; the bills
sum to the balance the desk already reads. The settling as a rule, table-driven with rows that must not
change; end to end on SQLite and PostgreSQL with a patient who has a credit on one claim and a balance
on another."""

from datetime import date

import pytest
from conftest import Practice
from scheduling_helpers import one
from sqlalchemy import text
from sqlmodel import Session

from core.billing.ledger import PatientPayment, post_patient_payment
from core.billing.service import balance, bills_owed, settle_oldest_first
from core.errors import Forbidden

DEMO_SIZE = "tiny"
TODAY = date(2026, 11, 24)

# (each bill's part oldest first, paid and written off, (still owed on each, credit left))
SETTLES = [
    ([], 0, ([], 0)),
    ([2_000], 0, ([2_000], 0)),
    ([3_000, 2_000], 3_500, ([0, 1_500], 0)),
    ([3_000, 2_000], 1_000, ([2_000, 2_000], 0)),
    ([5_000], 6_000, ([0], 1_000)),
    # a refund owed on one bill settles the oldest of the others
    ([5_000, -1_000], 0, ([4_000, 0], 0)),
    ([-1_500, 5_000], 1_000, ([0, 2_500], 0)),
    # must not change: nothing paid, nothing owed; a void beyond payments owes in full
    ([0, 0], 0, ([0, 0], 0)),
    ([700], -200, ([700], 0)),
]


@pytest.mark.parametrize(("parts", "credits", "want"), SETTLES)
def test_payments_settle_the_oldest_bill_first(
    parts: list[int], credits: int, want: tuple[list[int], int]
) -> None:
    assert settle_oldest_first(parts, credits) == want


def _patient_with_two_claims(practice: Practice) -> tuple[int, list[int]]:
    with practice.session() as session:
        rows = session.exec(  # type: ignore[call-overload]
            text(
                """SELECT c.patient_id, c.id FROM claim c WHERE c.clinic_id = 1 AND c.status <> 'void'
                AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.patient_id = c.patient_id)
                AND NOT EXISTS (SELECT 1 FROM opening_balance b WHERE b.patient_id = c.patient_id)
                ORDER BY c.patient_id, c.service_date, c.id"""
            )
        ).all()
    claims: dict[int, list[int]] = {}
    for patient, claim in rows:
        claims.setdefault(patient, []).append(claim)
    patient, ids = next((p, c) for p, c in claims.items() if len(c) >= 2)
    return patient, ids


def test_the_desk_reads_each_bill_and_they_sum_to_the_balance(pristine_practice: Practice) -> None:
    practice = pristine_practice
    patient, claims = _patient_with_two_claims(practice)
    older, newer = claims[0], claims[-1]
    with practice.session() as session:
        session.exec(
            text("UPDATE claim SET patient_responsibility_cents = 0 WHERE patient_id = :p").bindparams(
                p=patient
            )
        )  # type: ignore[call-overload]
        session.exec(
            text("UPDATE claim SET patient_responsibility_cents = -1500 WHERE id = :c").bindparams(c=older)
        )  # type: ignore[call-overload]
        session.exec(
            text("UPDATE claim SET patient_responsibility_cents = 5000 WHERE id = :c").bindparams(c=newer)
        )  # type: ignore[call-overload]
        session.commit()
    with Session(practice.engine) as session:
        post_patient_payment(
            session,
            actor=practice.actor("biller"),
            patient_id=patient,
            payment=PatientPayment(amount_cents=1_000, received_on=TODAY, method="card"),
            today=TODAY,
            request_key="bills-owed-1",
        )
    desk = practice.actor("front_desk")
    with Session(practice.engine) as session:
        owed = bills_owed(session, actor=desk, patient_id=patient)
    with Session(practice.engine) as session:
        said = balance(session, actor=desk, patient_id=patient)
    assert [b.service_date for b in owed.bills] == sorted(b.service_date for b in owed.bills)
    assert len(owed.bills) == len(claims)
    by_number = {b.claim_number: b for b in owed.bills}
    control_older = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=older)[0]
    control_newer = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=newer)[0]
    assert by_number[control_older].patient_owes_cents == -1_500
    assert by_number[control_newer].still_owed_cents == 5_000 - 1_500 - 1_000
    assert owed.balance_cents == said.balance_cents == 2_500
    assert sum(b.still_owed_cents for b in owed.bills) - owed.credit_cents == said.balance_cents
    # the desk reads no claim amounts (only claim.read shows them, as on the claim pages): each bill's
    # charge and insurance payment come with a biller's read
    assert all(b.charge_cents is None and b.insurance_paid_cents is None for b in owed.bills)
    with Session(practice.engine) as session:
        billed = bills_owed(session, actor=practice.actor("biller"), patient_id=patient)
    for bill in billed.bills:
        charge, paid = one(
            practice,
            "SELECT total_cents, paid_cents FROM claim WHERE control_number = :n",
            n=bill.claim_number,
        )
        assert (bill.charge_cents, bill.insurance_paid_cents) == (charge, paid)
        assert bill.what == f"Visit, claim {bill.claim_number}" and bill.insurance
    # audited as a balance read
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE patient_id = :p AND action = 'balance.read'",
            p=patient,
        )[0]
        >= 2
    )


@pytest.mark.parametrize(
    ("role", "may"), [("front_desk", True), ("biller", True), ("owner", True), ("therapist", False)]
)
def test_who_may_read_the_bills(pristine_practice: Practice, role: str, may: bool) -> None:
    practice = pristine_practice
    patient, _ = _patient_with_two_claims(practice)
    with Session(practice.engine) as session:
        if may:
            assert bills_owed(session, actor=practice.actor(role), patient_id=patient).patient_id == patient
        else:
            with pytest.raises(Forbidden):
                bills_owed(session, actor=practice.actor(role), patient_id=patient)
