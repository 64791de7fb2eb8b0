"""A patient's credit in the AR aging split (#20): what a patient paid counts whether or not anything of
theirs was billed yet (a copay taken at check-in before the 835 answered; before the fix such a patient was
dropped from the split and their credit was never counted), and a patient with a credit on one claim (a
refund owed) and a balance on another is netted, oldest bill first. Table-driven end to end: each row is
one patient of the demo with two claims sent and nothing of theirs billed or paid yet."""

from datetime import date, timedelta

import pytest
from sqlalchemy import text
from sqlmodel import Session

from core.billing.ledger import PatientPayment, post_patient_payment
from core.billing.receivables import BUCKETS, ar_aging, bucket_of

DEMO_SIZE = "tiny"
AS_OF = date(2026, 12, 10)

# (the patient's part on their first and second claim, what they paid, what the split gains:
#  owed on the first claim's bucket, owed on the second's, credit, patients owing)
ROWS = [
    # a copay taken before any bill of theirs: a credit (the fix; was 0)
    ((0, 0), 3_000, (0, 0, 3_000, 0)),
    # a credit on one claim (a refund owed) and a balance on the other: netted, the rest owed
    ((5_000, -1_500), 1_000, (2_500, 0, 0, 1)),
    # the same with more paid: nothing owed, the rest a credit
    ((5_000, -1_500), 4_000, (0, 0, 500, 0)),
    # a balance on both claims, paid in part: the older claim settled first
    ((2_000, 3_000), 2_500, (0, 2_500, 0, 1)),
    # must not change: a bill and no payment; a bill paid exactly
    ((4_000, 0), 0, (4_000, 0, 0, 1)),
    ((4_000, 0), 4_000, (0, 0, 0, 0)),
]


def _aging(practice):  # type: ignore[no-untyped-def]
    with Session(practice.engine) as session:
        return ar_aging(session, actor=practice.actor("biller"), as_of=AS_OF, clinic_id=1)


def _patients(practice, count: int):  # type: ignore[no-untyped-def]
    """Patients of clinic 1 with two claims sent on different days before AS_OF and nothing of theirs
    billed, paid or carried over: (patient, [(claim, date of service)] oldest first)."""
    with practice.session() as session:
        rows = session.exec(
            text(
                """SELECT c.patient_id, c.id, c.service_date FROM claim c WHERE c.clinic_id = 1
                AND c.status <> 'void' AND c.service_date <= :d
                AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.patient_id = c.patient_id)
                AND NOT EXISTS (SELECT 1 FROM claim o WHERE o.patient_id = c.patient_id
                                AND o.patient_responsibility_cents <> 0)
                AND NOT EXISTS (SELECT 1 FROM opening_balance b WHERE b.patient_id = c.patient_id)
                ORDER BY c.patient_id, c.service_date, c.id"""
            ).bindparams(d=AS_OF)
        ).all()
    found: dict[int, list[tuple[int, date]]] = {}
    for patient, claim, served in rows:
        served = served if isinstance(served, date) else date.fromisoformat(str(served))
        claims = found.setdefault(patient, [])
        if not claims or claims[-1][1] != served:
            claims.append((claim, served))
    picked = [(p, c[:2]) for p, c in found.items() if len(c) >= 2]
    assert len(picked) >= count, "the demo has too few patients with two claims"
    return picked[:count]


def test_each_patients_credit_and_balance_across_claims(pristine_practice) -> None:  # type: ignore[no-untyped-def]
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    for (parts, paid, want), (patient, claims) in zip(ROWS, _patients(practice, len(ROWS)), strict=True):
        before = _aging(practice)
        with practice.session() as session:
            for (claim_id, _), part in zip(claims, parts, strict=True):
                session.exec(
                    text("UPDATE claim SET patient_responsibility_cents = :p WHERE id = :c").bindparams(
                        p=part, c=claim_id
                    )
                )
            session.commit()
        if paid:
            with Session(practice.engine) as session:
                post_patient_payment(
                    session,
                    actor=biller,
                    patient_id=patient,
                    payment=PatientPayment(amount_cents=paid, received_on=AS_OF, method="card"),
                    today=AS_OF,
                    request_key=f"credit-{patient}",
                )
        after = _aging(practice)
        first, second = (bucket_of((AS_OF - served).days) for _, served in claims)
        owed_first, owed_second, credit, owing = want
        gained = {label: after.patient[label] - before.patient[label] for label, _, _ in BUCKETS}
        expected = {label: 0 for label, _, _ in BUCKETS}
        expected[first] += owed_first
        expected[second] += owed_second
        row = (parts, paid)
        assert gained == expected, row
        assert after.patient_total_cents - before.patient_total_cents == owed_first + owed_second, row
        assert after.patient_credit_cents - before.patient_credit_cents == credit, row
        assert after.patients_owing - before.patients_owing == owing, row
        # the payers' side is not touched by the patient's part
        assert after.totals == before.totals, row


@pytest.mark.parametrize("paid", [1, 2_500])
def test_a_copay_before_any_bill_is_the_patients_credit_in_the_split(pristine_practice, paid: int) -> None:  # type: ignore[no-untyped-def]
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    patient, _ = _patients(practice, 1)[-1]
    before = _aging(practice)
    with Session(practice.engine) as session:
        post_patient_payment(
            session,
            actor=biller,
            patient_id=patient,
            payment=PatientPayment(amount_cents=paid, received_on=AS_OF - timedelta(days=1), method="cash"),
            today=AS_OF,
            request_key=f"copay-{patient}-{paid}",
        )
    after = _aging(practice)
    assert after.patient_credit_cents - before.patient_credit_cents == paid
    assert after.patient == before.patient and after.patients_owing == before.patients_owing
