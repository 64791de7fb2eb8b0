"""Review of 8182d3b (#20): an 835 line with no REF*6R is held and the claim stays awaiting the payer;
the payer's remittance re-sent with every line numbered (what a biller asks for) is a new file and a new
adjudication, and posted the whole claim again: a second payment and new adjustments for the lines the
first file posted (money counted twice). Now only the lines not answered yet are posted; a changed
answer to a posted line is refused, naming the claim. SQLite and PostgreSQL; the second file posted
twice at once: once."""

from dataclasses import replace
from datetime import timedelta

import pytest
from conftest import Practice
from remittance_helpers import answer, lines_of, write_era
from scheduling_helpers import one
from server_helpers import at_once
from sqlmodel import Session
from test_billing_20_bills_owed import _patient_with_two_claims
from test_billing_20_era_unnumbered import _two_line_claims, _without

from assistant.tools import WORK_LIST_SHOWN, _sent_unpaid
from core.billing.models import Claim
from core.billing.posting import PostingResult, post_835
from core.billing.service import balance, bills_owed
from core.billing.waiting import sent_unpaid
from core.billing.x12.era835 import ClaimPayment, answer_claim
from core.errors import Conflict, Invalid
from core.payers.models import Payer
from core.words import counted

DEMO_SIZE = "tiny"


def _outcome(practice, text: str):  # type: ignore[no-untyped-def]
    with Session(practice.engine, expire_on_commit=False) as session:
        try:
            return post_835(session, actor=practice.actor("biller"), text=text)
        except (Conflict, Invalid) as refused:
            return refused


def _answers(practice: Practice, claim_ids: list[int], percent: int = 80) -> tuple[Payer, list[ClaimPayment]]:
    with Session(practice.engine) as session:
        answers = []
        for claim_id in claim_ids:
            claim = session.get(Claim, claim_id)
            assert claim is not None
            answers.append(
                answer(claim, lines_of(session, claim_id), payer_claim=f"ICN54{claim_id}", percent=percent)
            )
        payer = session.get(Payer, claim.payer_id)
        assert payer is not None
    return payer, answers


def _held_first(practice: Practice, claim_id: int, trace: str, control: int) -> ClaimPayment:
    """The first 835: line 1 numbered and posted, line 2 bare on another day (no line matches): held."""
    payer, (paid,) = _answers(practice, [claim_id])
    with Session(practice.engine) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        bare = replace(paid.services[1], service_date=claim.service_date + timedelta(days=1))
    era = _without(
        write_era(payer, [replace(paid, services=(paid.services[0], bare))], trace=trace, control=control),
        {paid.services[1].control},
    )
    posted = _outcome(practice, era)
    assert isinstance(posted, PostingResult), posted
    assert posted.claims[0].status == "submitted" and len(posted.claims[0].held) == 1
    return paid


def _only(payment: ClaimPayment, index: int) -> ClaimPayment:
    """The payer's answer to one line of the claim alone, its totals that line's."""
    return answer_claim(
        payment.control_number,
        (payment.services[index],),
        payer_claim_number=payment.payer_claim_number,
        patient_last=payment.patient_last,
        patient_first=payment.patient_first,
        member_id=payment.member_id,
    )


def _money(practice: Practice, claim_id: int) -> tuple[int, int, int, str, int]:
    payments, paid_sum = one(
        practice,
        "SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM payment WHERE claim_id = :c",
        c=claim_id,
    )
    adjustments = one(
        practice,
        "SELECT COUNT(*) FROM adjustment a JOIN claim_line l ON l.id = a.claim_line_id WHERE l.claim_id = :c",
        c=claim_id,
    )[0]
    status, paid = one(practice, "SELECT status, paid_cents FROM claim WHERE id = :c", c=claim_id)
    return int(payments), int(paid_sum), int(adjustments), str(status), int(paid)


def test_the_remittance_re_sent_numbered_posts_only_the_held_line_once(pristine_practice: Practice) -> None:
    practice = pristine_practice
    held_id, fresh_id = _two_line_claims(practice, 2)
    paid = _held_first(practice, held_id, "EFT5401", 5401)
    assert _money(practice, held_id) == (
        1,
        paid.services[0].paid_cents,
        1,
        "submitted",
        paid.services[0].paid_cents,
    )

    # the payer re-sends the remittance, every line numbered; beside it a claim answered for the first
    # time (must not change: posted in full)
    payer, (again, fresh) = _answers(practice, [held_id, fresh_id])
    assert again == paid
    era = write_era(payer, [again, fresh], trace="EFT5402", control=5402)
    outcomes = at_once(2, lambda _: _outcome(practice, era))
    posted = [o for o in outcomes if isinstance(o, PostingResult)]
    refused = [o for o in outcomes if not isinstance(o, PostingResult)]
    assert len(posted) == 1 and len(refused) == 1, outcomes
    assert isinstance(refused[0], Conflict) and "posted already" in str(refused[0])
    by_id = {c.claim_id: c for c in posted[0].claims}
    assert by_id[held_id].already_posted == ["line 1"]
    assert by_id[held_id].already_posted_cents == paid.services[0].paid_cents
    assert by_id[fresh_id].already_posted == []

    # each line's payment and adjustment counted once; the claim paid in full of what the payer allowed
    assert _money(practice, held_id) == (2, paid.paid_cents, 2, "paid", paid.paid_cents)
    assert _money(practice, fresh_id) == (1, fresh.paid_cents, 2, "paid", fresh.paid_cents)
    patient = one(practice, "SELECT patient_responsibility_cents FROM claim WHERE id = :c", c=held_id)[0]
    assert patient == paid.patient_responsibility_cents
    # the check: what was applied now + what the first file posted on the line = the second file's total
    applied = one(
        practice,
        "SELECT SUM(amount_cents) FROM payment WHERE era_id = (SELECT id FROM era_file WHERE trace_number = 'EFT5402')",
    )[0]
    assert applied + paid.services[0].paid_cents == paid.paid_cents + fresh.paid_cents

    # the same remittance a third time, under another trace number: the claims are paid, refused
    third = _outcome(practice, write_era(payer, [again, fresh], trace="EFT5403", control=5403))
    assert isinstance(third, Conflict) and "not awaiting payment" in str(third)
    assert _money(practice, held_id) == (2, paid.paid_cents, 2, "paid", paid.paid_cents)


def test_a_changed_answer_to_a_posted_line_is_refused_naming_the_claim(pristine_practice: Practice) -> None:
    practice = pristine_practice
    (claim_id,) = _two_line_claims(practice, 1)
    first = _held_first(practice, claim_id, "EFT5411", 5411)
    before = _money(practice, claim_id)
    payer, (changed,) = _answers(practice, [claim_id], percent=70)
    refused = _outcome(practice, write_era(payer, [changed], trace="EFT5412", control=5412))
    control = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=claim_id)[0]
    assert isinstance(refused, Conflict), refused
    assert control in str(refused) and "line 1" in str(refused) and "by hand" in str(refused)
    assert _money(practice, claim_id) == before
    assert one(practice, "SELECT COUNT(*) FROM era_file WHERE trace_number = 'EFT5412'")[0] == 0

    # must not change: the held line answered alone (line 1 left out) is posted
    payer, (same,) = _answers(practice, [claim_id])
    assert same == first
    alone = _only(same, 1)
    posted = _outcome(practice, write_era(payer, [alone], trace="EFT5413", control=5413))
    assert isinstance(posted, PostingResult), posted
    assert _money(practice, claim_id) == (2, first.paid_cents, 2, "paid", first.paid_cents)


def test_re_sending_only_lines_posted_already_is_refused(pristine_practice: Practice) -> None:
    practice = pristine_practice
    (claim_id,) = _two_line_claims(practice, 1)
    first = _held_first(practice, claim_id, "EFT5421", 5421)
    before = _money(practice, claim_id)
    payer, _ = _answers(practice, [claim_id])
    only = _only(first, 0)
    refused = _outcome(practice, write_era(payer, [only], trace="EFT5422", control=5422))
    control = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=claim_id)[0]
    assert isinstance(refused, Conflict) and control in str(refused) and "posted already" in str(refused)
    assert _money(practice, claim_id) == before


# -- bills_owed (2a67569): the desk (balance.read) sees no claim's amounts, which only claim.read shows --


@pytest.mark.parametrize(("role", "amounts"), [("front_desk", False), ("biller", True), ("owner", True)])
def test_only_claim_read_sees_a_bills_charge_and_insurance(
    pristine_practice: Practice, role: str, amounts: bool
) -> None:
    practice = pristine_practice
    patient, claims = _patient_with_two_claims(practice)
    with Session(practice.engine) as session:
        owed = bills_owed(session, actor=practice.actor(role), patient_id=patient)
    with Session(practice.engine) as session:
        said = balance(session, actor=practice.actor(role), patient_id=patient)
    assert len(owed.bills) == len(claims)
    # must not change for anyone: the date, the patient's part, what is still owed, the balance
    assert owed.balance_cents == said.balance_cents
    for bill in owed.bills:
        total, paid, patient_part, service_date = one(
            practice,
            "SELECT total_cents, paid_cents, patient_responsibility_cents, service_date FROM claim "
            "WHERE control_number = :n",
            n=bill.claim_number,
        )
        assert bill.patient_owes_cents == patient_part and str(bill.service_date) == str(service_date)
        shown = (bill.charge_cents, bill.insurance_paid_cents, bill.adjusted_cents)
        if amounts:
            assert shown[:2] == (total, paid) and shown[2] is not None
        else:
            assert shown == (None, None, None)


# -- the assistant's "any claims waiting" names each claim by its control number, not the database id --


def test_claims_waiting_are_named_by_their_control_numbers(pristine_practice: Practice) -> None:
    practice = pristine_practice
    biller = practice.actor("biller")
    with Session(practice.engine) as session:
        total, rows = sent_unpaid(session, actor=biller, limit=WORK_LIST_SHOWN)
    with Session(practice.engine) as session:
        reply = _sent_unpaid(session, biller)
    assert rows, "the demo has claims sent and not yet paid"
    for r in rows:
        control = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=r["claim_id"])[0]
        assert control and f"claim {control} to {r['payer']}" in reply.answer, reply.answer
        assert f"claim {r['claim_id']} to" not in reply.answer
    # must not change: the count, the payer, what is cited (the claims by id, for the links)
    assert f"{counted(total, 'claim')} sent and not yet paid" in reply.answer
    assert [c["id"] for c in reply.citations] == [r["claim_id"] for r in rows]
