"""A line the payer paid in full carries no adjustment (its 835 had no CAS), yet it holds the payment: a
reopened corrected claim may not lose it (review, stop 53: fix_claim removed it, the claim read $70.00 paid
on no paid line, could not be voided, and the payer's reversal then refused the whole 835)."""

from conftest import Practice
from remittance_helpers import lines_of
from scheduling_helpers import one
from sqlmodel import Session
from test_billing_53_corrected import TODAY, _claim, _era, _outcome, _service

from core.billing.claims import ClaimFix, fix_claim
from core.billing.denials import start_correction
from core.billing.models import Claim
from core.billing.posting import PostingResult, post_835
from core.billing.x12.era835 import Adjustment
from core.errors import Invalid

DEMO_SIZE = "tiny"


def test_a_line_paid_in_full_stays_on_its_corrected_claim(pristine_practice: Practice) -> None:
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    claim_id = int(
        one(
            practice,
            "SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'submitted' AND "
            "(SELECT COUNT(*) FROM claim_line l WHERE l.claim_id = c.id) >= 2 ORDER BY c.id DESC LIMIT 1",
        )[0]
    )
    with Session(practice.engine) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        services = [
            _service(claim.control_number, line, line.charge_cents, ())  # paid in full, no CAS
            if line.line_number == 1
            else _service(
                claim.control_number, line, 0, (Adjustment("CO", "50", line.charge_cents),), ("N115",)
            )
            for line in lines_of(session, claim_id)
        ]
        first = _claim(claim.control_number, "1", services, f"ICNR{claim_id}")
    posted = _outcome(practice, lambda s: post_835(s, actor=biller, text=_era(practice, [first], "EFT5301")))
    assert isinstance(posted, PostingResult), posted
    reopened = _outcome(practice, lambda s: start_correction(s, actor=biller, claim_id=claim_id, today=TODAY))
    assert isinstance(reopened, Claim), reopened
    refused = _outcome(
        practice,
        lambda s: fix_claim(s, actor=biller, claim_id=claim_id, fix=ClaimFix(remove_lines=[1]), today=TODAY),
    )
    assert isinstance(refused, Invalid) and "line 1" in str(refused) and "answer posted" in str(refused)
    count, paid = one(
        practice,
        "SELECT COUNT(*), SUM(paid_cents) FROM claim_line WHERE claim_id = :c AND line_number = 1",
        c=claim_id,
    )
    assert (count, paid) == (
        1,
        int(one(practice, "SELECT paid_cents FROM claim WHERE id = :c", c=claim_id)[0]),
    )
