"""A re-sent 835 read in parts (#20, helper-330's review of 6b90270): where a payer re-sends a claim's
remittance with every line numbered, the lines an earlier file posted are not posted again, and a biller
of one clinic read that file's part as its payments as posted, short of what the payer paid on their
claims: the clinics' parts did not add up to the check. Those lines are written on the claim's history
(POSTED_BEFORE) and counted in the part; the whole file, read by one who sees both clinics, is as it was."""

from dataclasses import replace

from conftest import Practice
from remittance_helpers import answer, lines_of, write_era
from scheduling_helpers import one
from sqlmodel import Session
from test_billing_20_era_unnumbered import _two_line_claims
from test_billing_54_review import _answers, _held_first, _outcome

from core.billing.claim_view import claim_view
from core.billing.models import Claim
from core.billing.posting import PostingResult
from core.billing.receivables import eras

DEMO_SIZE = "tiny"


def test_the_parts_of_a_resent_file_add_up_to_its_check(pristine_practice: Practice) -> None:
    practice = pristine_practice
    (held_id,) = _two_line_claims(practice, 1)
    _held_first(practice, held_id, "EFT58RS1", 9101)
    payer, (again,) = _answers(practice, [held_id])
    other = one(
        practice,
        "SELECT id FROM claim WHERE clinic_id = 2 AND status = 'submitted' AND payer_id = :p "
        "AND total_cents > 0 ORDER BY id LIMIT 1",
        p=payer.id,
    )
    assert other, "no clinic-2 claim to that payer"
    with Session(practice.engine) as s:
        second = s.get(Claim, other[0])
        assert second is not None
        answer_2 = answer(second, lines_of(s, second.id), payer_claim="ICN58RS2", percent=80)
    posted = _outcome(practice, write_era(payer, [again, answer_2], trace="EFT58RS2", control=9102))
    assert isinstance(posted, PostingResult), posted
    rows = {}
    for roles in ({1: "biller", 2: "biller"}, {1: "biller"}, {2: "biller"}):
        actor = replace(practice.actor("biller"), roles=roles)
        with practice.session() as s:
            listed, _ = eras(s, actor=actor, limit=50)
        row = next(r for r in listed if r.trace_number == "EFT58RS2")
        rows[tuple(roles)] = (row.paid_cents, row.claim_count, row.shared)
    # the whole file as before; each clinic's part is the payer's figure for its claim
    assert rows[(1, 2)] == (posted.paid_cents, 2, False)
    assert rows[(1,)] == (again.paid_cents, 1, True)
    assert rows[(2,)] == (answer_2.paid_cents, 1, True)
    assert rows[(1,)][0] + rows[(2,)][0] == rows[(1, 2)][0]
    with practice.session() as s:
        history = claim_view(s, actor=practice.actor("biller"), claim_id=held_id).history
    assert any("posted already" in str(h) for h in history), history
