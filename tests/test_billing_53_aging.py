"""AR aging split between payers and patients (#20): the patients' part by bucket (their share after the
835's PR adjustments, less what they paid, oldest bills settled first) as a rule, table-driven with rows
that must not change and hypothesis properties; end to end on SQLite and PostgreSQL: an 835's
coinsurance moves the claim from the payers' row to the patients' in its bucket, a patient's payment
(sent twice at once: once) takes it down, and the page and its CSV say the same."""

import csv
import io
from datetime import date, timedelta

import pytest
from conftest import Practice
from hypothesis import given
from hypothesis import strategies as st
from page_helpers import page_client
from remittance_helpers import era_for
from scheduling_helpers import one
from server_helpers import at_once
from sqlmodel import Session

from core.billing.ledger import PatientPayment, post_patient_payment
from core.billing.posting import post_835
from core.billing.receivables import BUCKETS, ar_aging, bucket_of, patient_buckets
from core.errors import Conflict

DEMO_SIZE = "tiny"
AS_OF = date(2026, 12, 10)
LABELS = [label for label, _, _ in BUCKETS]


def _days_ago(days: int) -> date:
    return AS_OF - timedelta(days=days)


def _only(**cents: int) -> dict[str, int]:
    return {label: cents.get(label.replace("-", "_").replace(" ", "_"), 0) for label in LABELS}


def _b(label: str) -> str:
    return label.replace("-", "_").replace(" ", "_")


# (bills as (days since service, the patient's part), paid and written off, (buckets, credit left))
SPLITS = [
    ([], 0, (_only(), 0)),
    ([(40, 2_000)], 0, (_only(**{_b("31-60"): 2_000}), 0)),
    # the payment settles the oldest bill first
    ([(100, 3_000), (10, 2_000)], 3_500, (_only(**{_b("0-30"): 1_500}), 0)),
    ([(100, 3_000), (10, 2_000)], 1_000, (_only(**{_b("91-120"): 2_000, _b("0-30"): 2_000}), 0)),
    # paid ahead: a credit, not AR
    ([(10, 5_000)], 6_000, (_only(), 1_000)),
    # a refund owed to the patient (a negative part) is a credit too
    ([(10, 5_000), (5, -1_000)], 0, (_only(**{_b("0-30"): 4_000}), 0)),
    # must not change: the bucket edges, a future date of service, voids beyond payments
    (
        [(30, 100), (31, 200), (60, 300), (61, 400), (120, 500), (121, 600)],
        0,
        (
            _only(
                **{
                    _b("0-30"): 100,
                    _b("31-60"): 500,
                    _b("61-90"): 400,
                    _b("91-120"): 500,
                    _b("over 120"): 600,
                }
            ),
            0,
        ),
    ),
    ([(-3, 700)], 0, (_only(**{_b("0-30"): 700}), 0)),
    ([(45, 700)], -200, (_only(**{_b("31-60"): 700}), 0)),
]


@pytest.mark.parametrize(("bills", "credits", "want"), SPLITS)
def test_a_patients_part_by_bucket(
    bills: list[tuple[int, int]], credits: int, want: tuple[dict[str, int], int]
) -> None:
    assert patient_buckets([(_days_ago(d), c) for d, c in bills], credits, AS_OF) == want


BILLS = st.lists(st.tuples(st.integers(-10, 400), st.integers(0, 50_000)), max_size=8)


@given(BILLS, st.integers(0, 300_000))
def test_what_patients_owe_is_their_bills_less_what_they_paid(
    bills: list[tuple[int, int]], credits: int
) -> None:
    buckets, left = patient_buckets([(_days_ago(d), c) for d, c in bills], credits, AS_OF)
    assert all(v >= 0 for v in buckets.values()) and left >= 0
    assert sum(buckets.values()) - left == sum(c for _, c in bills) - credits
    assert not (left and sum(buckets.values()))
    # an amount is owed only in a bucket one of the bills falls in
    for label, cents in buckets.items():
        if cents:
            assert any(bucket_of(d) == label for d, c in bills if c)


# -- end to end --


def _aging(practice):  # type: ignore[no-untyped-def]
    with Session(practice.engine) as session:
        return ar_aging(session, actor=practice.actor("biller"), as_of=AS_OF, clinic_id=1)


def test_the_835s_coinsurance_moves_to_the_patients_row_and_their_payment_takes_it_down(
    pristine_practice: Practice,
) -> None:
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    claim_id, patient_id, served, total = one(
        practice,
        """SELECT c.id, c.patient_id, c.service_date, c.total_cents FROM claim c WHERE c.clinic_id = 1
        AND c.status = 'submitted' AND c.total_cents > 0 AND c.service_date <= :d
        AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.patient_id = c.patient_id)
        AND NOT EXISTS (SELECT 1 FROM claim o WHERE o.patient_id = c.patient_id AND o.patient_responsibility_cents <> 0)
        AND NOT EXISTS (SELECT 1 FROM opening_balance b WHERE b.patient_id = c.patient_id)
        ORDER BY c.id LIMIT 1""",
        d=AS_OF,
    )
    served = served if isinstance(served, date) else date.fromisoformat(str(served))
    bucket = bucket_of((AS_OF - served).days)
    before = _aging(practice)

    with Session(practice.engine) as session:
        era = era_for(session, [claim_id], trace="EFT5331", control=5331, percent=80, paid_on=AS_OF)
    with Session(practice.engine) as session:
        post_835(session, actor=biller, text=era)
    patient_part = int(
        one(practice, "SELECT patient_responsibility_cents FROM claim WHERE id = :c", c=claim_id)[0]
    )
    assert patient_part > 0
    after = _aging(practice)
    assert after.patient[bucket] - before.patient[bucket] == patient_part
    assert after.patient_total_cents - before.patient_total_cents == patient_part
    assert before.totals[bucket] - after.totals[bucket] == total  # the payer owes none of it now
    assert after.patients_owing == before.patients_owing + 1

    # The patient pays part of it, the form sent twice at once: one payment.
    paying = PatientPayment(amount_cents=patient_part // 2, received_on=AS_OF, method="card")

    def pay(_: int) -> object:
        with Session(practice.engine, expire_on_commit=False) as session:
            try:
                return post_patient_payment(
                    session,
                    actor=biller,
                    patient_id=patient_id,
                    payment=paying,
                    today=AS_OF,
                    request_key="form-5331",
                ).id
            except Conflict as refused:
                return refused

    outcomes = at_once(2, pay)
    assert len({o for o in outcomes if isinstance(o, int)}) == 1, outcomes
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'patient'",
            p=patient_id,
        )[0]
        == 1
    )
    paid = _aging(practice)
    assert paid.patient[bucket] == after.patient[bucket] - patient_part // 2
    assert paid.patient_total_cents == after.patient_total_cents - patient_part // 2

    # The page and its CSV say the same.
    client = page_client(practice, "biller")
    page = client.get(f"/billing/aging?as_of={AS_OF}&clinic_id=1").text
    assert 'id="aging-split"' in page and f"${paid.patient_total_cents / 100:,.2f}" in page
    assert f'href="/billing/aging-split.csv?as_of={AS_OF}&amp;clinic_id=1"' in page
    reply = client.get(f"/billing/aging-split.csv?as_of={AS_OF}&clinic_id=1")
    assert f'filename="ar-aging-split-{AS_OF}-clinic1.csv"' in reply.headers["content-disposition"]
    rows = {r["owed by"]: r for r in csv.DictReader(io.StringIO(reply.text))}
    assert list(rows) == ["Payers", "Patients", "All AR"]
    for label in LABELS:
        assert round(float(rows["Patients"][f"{label} days"]) * 100) == paid.patient[label]
        assert round(float(rows["Payers"][f"{label} days"]) * 100) == paid.totals[label]
        assert round(float(rows["All AR"][f"{label} days"]) * 100) == paid.patient[label] + paid.totals[label]
    assert round(float(rows["All AR"]["total"]) * 100) == paid.total_cents + paid.patient_total_cents
