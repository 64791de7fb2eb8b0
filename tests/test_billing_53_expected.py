"""Medicare's payment reduction for an assistant's service (CQ for a PTA, CO for an OTA: 85 % of the
fee, 42 CFR 410.59(a)(4)) as the amount a biller compares an 835 with (#20): the rule table-driven with
rows that must not change, its invariants as hypothesis properties, and end to end on both backends: a
CQ line paid at 85 % is posted as expected (no underpayment), one allowed less is flagged on the
posting and the claim page, and the same 835 posted twice at once posts once."""

from datetime import date

import pytest
from conftest import Practice
from hypothesis import given
from hypothesis import strategies as st
from page_helpers import page_client
from remittance_helpers import lines_of, write_era
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text
from sqlmodel import Session

from core.billing.claim_view import claim_view
from core.billing.expected import allowed_cents, expectation, expected_cents, underpayment_words
from core.billing.models import Claim
from core.billing.posting import PostingResult, post_835
from core.billing.x12.era835 import Adjustment, ServicePayment, answer_claim
from core.errors import Conflict
from core.payers.models import Payer

DEMO_SIZE = "tiny"

# (charge, modifiers, payer kind, expected)
EXPECTED = [
    (6_000, "GP CQ", "medicare", 5_100),  # 97110 x2 at $30.00 by a PTA: $51.00
    (6_000, "GO CO", "medicare", 5_100),  # an OTA's
    (6_000, "GP KX CQ", "medicare", 5_100),  # past the KX threshold too
    (6_000, "gp cq", "medicare", 5_100),
    (3_333, "GP CQ", "medicare", 2_833),  # 28.3305 rounds down
    (4_545, "CQ", "medicare", 3_863),  # 38.6325
    (1_010, "CQ", "medicare", 859),  # 8.585 rounds half up
    (1, "CQ", "medicare", 1),
    (0, "CQ", "medicare", 0),
    # must not change: a therapist's line, an SLPA's (no modifier), other payers (their contract's fee)
    (6_000, "GP", "medicare", 6_000),
    (6_000, "GN", "medicare", 6_000),
    (6_000, "", "medicare", 6_000),
    (6_000, "GP CQ", "commercial", 6_000),
    (6_000, "GP CQ", "medicaid", 6_000),
    (6_000, "GP 59", "medicare", 6_000),
]


@pytest.mark.parametrize(("charge", "modifiers", "kind", "expected"), EXPECTED)
def test_what_the_payer_should_allow(charge: int, modifiers: str, kind: str, expected: int) -> None:
    assert expected_cents(charge, modifiers, kind) == expected
    assert expected_cents(charge, modifiers.split(), kind) == expected


CO45, PR2, SEQ = "45", "2", "253"
# (charge, modifiers, payer kind, adjustments, denied, (expected, allowed, underpaid))
LINES = [
    # a PTA's $60.00 line allowed $51.00 (paid $40.80, coinsurance $10.20, $9.00 off): as expected
    (6_000, "GP CQ", "medicare", [("CO", CO45, 900), ("PR", PR2, 1_020)], False, (5_100, 5_100, 0)),
    # the same with Medicare's 2 % sequestration taken from the payment: still as expected
    (
        6_000,
        "GP CQ",
        "medicare",
        [("CO", CO45, 900), ("CO", SEQ, 82), ("PR", PR2, 1_020)],
        False,
        (5_100, 5_100, 0),
    ),
    # allowed $45.90: $5.10 below the reduced fee, to chase
    (6_000, "GP CQ", "medicare", [("CO", CO45, 1_410), ("PR", PR2, 918)], False, (5_100, 4_590, 510)),
    # a therapist's line cut by 15 % is an underpayment
    (6_000, "GP", "medicare", [("CO", CO45, 900), ("PR", PR2, 1_020)], False, (6_000, 5_100, 900)),
    # must not change: a therapist's line allowed in full, more than expected, a denial
    (6_000, "GP", "medicare", [("PR", PR2, 1_200)], False, (6_000, 6_000, 0)),
    (6_000, "GP CQ", "medicare", [("PR", PR2, 1_200)], False, (5_100, 6_000, 0)),
    (6_000, "GP CQ", "medicare", [("CO", "50", 6_000)], True, (5_100, 0, 0)),
    # a commercial plan or Medicaid allowing 85 % of the clinic's fee with CO-45 is its contract, not a cut
    # to chase (review, stop 53: every demo commercial and Medicaid line read 'Underpaid')
    (6_000, "GP CQ", "commercial", [("CO", CO45, 900)], False, (6_000, 5_100, 0)),
    (6_000, "GP", "commercial", [("CO", CO45, 900), ("PR", "3", 2_500)], False, (6_000, 5_100, 0)),
    (6_000, "GN", "medicaid", [("CO", CO45, 900)], False, (6_000, 5_100, 0)),
]


@pytest.mark.parametrize(("charge", "modifiers", "kind", "adjustments", "denied", "want"), LINES)
def test_a_paid_line_against_what_was_expected(
    charge: int,
    modifiers: str,
    kind: str,
    adjustments: list[tuple[str, str, int]],
    denied: bool,
    want: tuple[int, int, int],
) -> None:
    got = expectation(charge, modifiers, kind, adjustments, denied=denied)
    assert (got.expected_cents, got.allowed_cents, got.underpaid_cents) == want
    assert got.reduction_cents == charge - want[0]


def test_the_underpayment_in_words() -> None:
    got = expectation(6_000, "GP CQ", "medicare", [("CO", CO45, 1_410)])
    assert underpayment_words("97110", "GP CQ", got) == (
        "97110 allowed $45.90, expected $51.00 (85 % of the fee: an assistant's service, CQ): "
        "underpaid by $5.10"
    )
    plain = expectation(6_000, "GP", "medicare", [("CO", CO45, 900)])
    assert (
        underpayment_words("97110", "GP", plain)
        == "97110 allowed $51.00, expected $60.00: underpaid by $9.00"
    )


MODIFIERS = st.lists(st.sampled_from(["GP", "GO", "GN", "CQ", "CO", "KX", "59", "XU"]), max_size=4)
KINDS = st.sampled_from(["medicare", "medicaid", "commercial"])


@given(st.integers(0, 10_000_000), MODIFIERS, KINDS)
def test_the_expected_amount_is_the_charge_or_85_percent_of_it(
    charge: int, modifiers: list[str], kind: str
) -> None:
    got = expected_cents(charge, modifiers, kind)
    assert 0 <= got <= charge
    reduced = kind == "medicare" and bool({"CQ", "CO"} & set(modifiers))
    if reduced:
        assert abs(got * 100 - charge * 85) <= 50  # to the nearest cent
    else:
        assert got == charge


ADJUSTMENTS = st.lists(
    st.tuples(
        st.sampled_from(["CO", "OA", "PI", "PR"]),
        st.sampled_from(["45", "2", "253", "97"]),
        st.integers(0, 50_000),
    ),
    max_size=5,
)


@given(st.integers(0, 100_000), MODIFIERS, KINDS, ADJUSTMENTS)
def test_an_underpayment_is_what_the_payer_allowed_below_the_expected(
    charge: int, modifiers: list[str], kind: str, adjustments: list[tuple[str, str, int]]
) -> None:
    got = expectation(charge, modifiers, kind, adjustments)
    assert got.underpaid_cents >= 0
    judged = kind == "medicare"
    assert not judged or got.allowed_cents + got.underpaid_cents >= got.expected_cents
    assert (got.underpaid_cents == 0) == (not judged or got.allowed_cents >= got.expected_cents)
    # the patient's part and sequestration never make an underpayment
    kept = [a for a in adjustments if a[0] != "PR" and a[1] != "253"]
    assert allowed_cents(charge, adjustments) == allowed_cents(charge, kept)
    assert expectation(charge, modifiers, kind, adjustments, denied=True).underpaid_cents == 0


# -- end to end --


def _medicare_claim(practice: Practice, skip: tuple[int, ...] = ()) -> tuple[int, int]:
    """A submitted claim of clinic 1 to a Medicare payer, none answered yet, its first line made an
    assistant's (CQ or CO by the line's discipline modifier): (claim id, payer id)."""
    claim_id, payer_id = one(
        practice,
        f"""SELECT c.id, c.payer_id FROM claim c JOIN payer p ON p.id = c.payer_id WHERE c.clinic_id = 1
        AND c.status = 'submitted' AND p.kind = 'medicare' AND c.id NOT IN ({",".join(map(str, (0, *skip)))})
        AND EXISTS (SELECT 1 FROM claim_line l WHERE l.claim_id = c.id AND l.line_number = 1
        AND (l.modifiers LIKE '%GP%' OR l.modifiers LIKE '%GO%')) ORDER BY c.id DESC LIMIT 1""",
    )
    with practice.engine.begin() as conn:
        conn.execute(
            text(
                """UPDATE claim_line SET modifiers = CASE WHEN modifiers LIKE '%GO%' THEN 'GO CO' ELSE 'GP CQ' END
                WHERE claim_id = :c AND line_number = 1"""
            ),
            {"c": claim_id},
        )
    return int(claim_id), int(payer_id)


def _era(practice: Practice, claim_id: int, *, allowed_percent: int, trace: str) -> str:
    """The payer's 835: line 1 (the assistant's) allowed `allowed_percent` of its charge, every other line
    in full; of each line's allowed amount the payer pays 80 % and the patient owes 20 % (PR 2)."""
    with Session(practice.engine) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        payer = session.get(Payer, claim.payer_id)
        assert payer is not None
        services = []
        for line in lines_of(session, claim_id):
            allowed = line.charge_cents * (allowed_percent if line.line_number == 1 else 100) // 100
            patient = allowed - allowed * 80 // 100
            adjustments = [Adjustment("PR", "2", patient)]
            if allowed < line.charge_cents:
                adjustments.insert(0, Adjustment("CO", "45", line.charge_cents - allowed))
            services.append(
                ServicePayment(
                    line.cpt,
                    tuple(line.modifiers.split()),
                    line.charge_cents,
                    allowed - patient,
                    line.units,
                    f"{claim.control_number}-{line.line_number}",
                    tuple(adjustments),
                )
            )
        answer = answer_claim(
            claim.control_number,
            tuple(services),
            payer_claim_number=f"ICN53{claim_id}",
            patient_last="PATIENT",
            patient_first="TEST",
            member_id="M000000001",
        )
        return write_era(payer, [answer], trace=trace, control=int(trace[-4:]), paid_on=date(2026, 12, 10))


def _post(practice: Practice, era: str) -> PostingResult | Conflict:
    with Session(practice.engine, expire_on_commit=False) as session:
        try:
            return post_835(session, actor=practice.actor("biller"), text=era)
        except Conflict as refused:
            return refused


def test_a_cq_line_paid_at_85_percent_is_as_expected_and_posted_once(pristine_practice: Practice) -> None:
    practice = pristine_practice
    claim_id, _ = _medicare_claim(practice)
    era = _era(practice, claim_id, allowed_percent=85, trace="EFT5301")

    outcomes = at_once(2, lambda _: _post(practice, era))

    posted = [o for o in outcomes if isinstance(o, PostingResult)]
    assert len(posted) == 1 and sum(isinstance(o, Conflict) for o in outcomes) == 1, outcomes
    (answered,) = posted[0].claims
    assert answered.underpaid == [] and answered.underpaid_cents == 0
    assert one(practice, "SELECT COUNT(*) FROM payment WHERE claim_id = :c", c=claim_id)[0] == 1
    with Session(practice.engine) as session:
        view = claim_view(session, actor=practice.actor("biller"), claim_id=claim_id)
    first = view.lines[0]
    assert first.expected_cents == (first.charge_cents * 85 + 50) // 100
    assert first.reduction_cents == first.charge_cents - first.expected_cents > 0
    assert (first.underpaid_cents, first.underpaid, view.underpaid_cents) == (0, "", 0)
    assert view.reduction_cents == first.reduction_cents
    assert view.open_cents == 0
    page = page_client(practice, "biller").get(f"/billing/claims/{claim_id}").text
    assert 'id="expected"' in page and 'id="expected-1"' in page
    assert "an assistant's service under Medicare" in page and 'id="underpaid' not in page
    patient = one(practice, "SELECT patient_id FROM claim WHERE id = :c", c=claim_id)[0]
    ledger = page_client(practice, "biller").get(f"/billing/patients/{patient}/ledger").text
    assert f"expected from the payer ${view.expected_cents / 100:,.2f}" in ledger


def test_a_cq_line_allowed_below_85_percent_is_an_underpayment_to_chase(pristine_practice: Practice) -> None:
    practice = pristine_practice
    claim_id, _ = _medicare_claim(practice, skip=(0,))
    charge = int(
        one(
            practice,
            "SELECT charge_cents FROM claim_line WHERE claim_id = :c AND line_number = 1",
            c=claim_id,
        )[0]
    )
    era = _era(practice, claim_id, allowed_percent=70, trace="EFT5302")

    result = _post(practice, era)

    assert isinstance(result, PostingResult), result
    (answered,) = result.claims
    expected, allowed = (charge * 85 + 50) // 100, charge * 70 // 100
    assert answered.underpaid_cents == expected - allowed > 0
    assert answered.underpaid[0].startswith("line 1: ") and "an assistant's service" in answered.underpaid[0]
    page = page_client(practice, "biller").get(f"/billing/claims/{claim_id}").text
    assert 'id="underpaid-1"' in page and f"underpaid by ${(expected - allowed) / 100:,.2f}" in page
    assert 'id="underpaid-2"' not in page  # the therapist's lines were allowed in full
