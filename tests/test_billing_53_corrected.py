"""A corrected claim (frequency 7, the original's payer claim number) for a claim the payer paid in part
(#20): which claims may be replaced (a rule, table-driven, with the rows that must not change), and end
to end on SQLite and PostgreSQL through an 835: a line paid and a line denied; the claim reopened (twice
at once: once), what the payer paid stays posted and the ledger shows it beside the corrected charges;
the replacement goes out as frequency 7 with REF*F8; the payer's answer reverses its first one (CLP02
22) and pays the corrected claim, posted once however often it is sent; an answer that does not reverse
the first, or reverses the wrong amount, posts nothing; a claim never adjudicated is not replaced."""

from datetime import date

import pytest
from conftest import Practice
from remittance_helpers import lines_of, write_era
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text
from sqlmodel import Session

from core.billing.corrections import LineCorrection, correct_line
from core.billing.denials import correction_refusal, start_correction
from core.billing.ledger import ledger
from core.billing.models import Claim, ClaimBatch
from core.billing.posting import PostingResult, post_835
from core.billing.submission import export_837
from core.billing.x12.era835 import Adjustment, ClaimPayment, ServicePayment
from core.enums import ClaimStatus
from core.errors import Conflict, Invalid
from core.payers.models import Payer

DEMO_SIZE = "tiny"
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)
S = ClaimStatus

# (status, frequency code, refused with these words; "" may be replaced)
REFUSALS = [
    (S.denied, "1", ""),
    (S.partially_paid, "1", ""),  # paid in part: replaced, what was paid stays posted
    (S.denied, "7", ""),  # a replacement denied again is replaced again
    # must not change: never adjudicated, or nothing to correct
    (S.submitted, "1", "not answered yet"),
    (S.rejected, "1", "never accepted it"),
    (S.ready, "7", "reopened as its corrected claim already"),
    (S.held, "7", "reopened as its corrected claim already"),
    (S.draft, "1", "has not been sent"),
    (S.ready, "1", "has not been sent"),
    (S.paid, "1", "paid in full"),
    (S.void, "1", "is void"),
]


@pytest.mark.parametrize(("status", "frequency", "words"), REFUSALS)
def test_which_claims_a_corrected_claim_replaces(status: str, frequency: str, words: str) -> None:
    refusal = correction_refusal(status, frequency)
    assert (refusal == "") if not words else (words in refusal)


def _service(
    control: str, line, paid: int, adjustments: tuple[Adjustment, ...], remarks=()
) -> ServicePayment:  # type: ignore[no-untyped-def]
    return ServicePayment(
        line.cpt,
        tuple(line.modifiers.split()),
        line.charge_cents,
        paid,
        line.units,
        f"{control}-{line.line_number}",
        adjustments,
        tuple(remarks),
    )


def _claim(control: str, status: str, services: list[ServicePayment], payer_claim: str) -> ClaimPayment:
    return ClaimPayment(
        control,
        status,
        sum(s.charge_cents for s in services),
        sum(s.paid_cents for s in services),
        sum(s.patient_responsibility_cents for s in services),
        payer_claim,
        tuple(services),
        "PATIENT",
        "TEST",
        "M000000001",
    )


def _paid(line) -> tuple[int, tuple[Adjustment, ...]]:  # type: ignore[no-untyped-def]
    """80 % paid, 20 % the patient's coinsurance."""
    paid = line.charge_cents * 80 // 100
    return paid, (Adjustment("PR", "2", line.charge_cents - paid),)


def _first_answer(session: Session, claim: Claim) -> ClaimPayment:
    """Line 1 paid, every other line denied (CO 50, not medically necessary)."""
    services = []
    for line in lines_of(session, claim.id or 0):
        if line.line_number == 1:
            paid, adjustments = _paid(line)
            services.append(_service(claim.control_number, line, paid, adjustments))
        else:
            services.append(
                _service(
                    claim.control_number, line, 0, (Adjustment("CO", "50", line.charge_cents),), ("N115",)
                )
            )
    return _claim(claim.control_number, "1", services, f"ICN53A{claim.id}")


def _reversal_of(first: ClaimPayment) -> ClaimPayment:
    """The payer's first answer taken back: every amount negated (CLP02 22)."""
    services = [
        ServicePayment(
            s.cpt,
            s.modifiers,
            -s.charge_cents,
            -s.paid_cents,
            s.units,
            s.control,
            tuple(Adjustment(a.group, a.carc, -a.amount_cents) for a in s.adjustments),
            s.remarks,
        )
        for s in first.services
    ]
    return _claim(first.control_number, "22", services, first.payer_claim_number)


def _replacement_answer(session: Session, claim: Claim) -> ClaimPayment:
    services = []
    for line in lines_of(session, claim.id or 0):
        paid, adjustments = _paid(line)
        services.append(_service(claim.control_number, line, paid, adjustments))
    return _claim(claim.control_number, "1", services, f"ICN53B{claim.id}")


def _era(practice: Practice, answers: list[ClaimPayment], trace: str) -> str:
    with Session(practice.engine) as session:
        claim = session.exec(
            text("SELECT payer_id FROM claim WHERE control_number = :c").bindparams(
                c=answers[0].control_number
            )
        ).one()
        payer = session.get(Payer, claim[0])
        assert payer is not None
        return write_era(payer, answers, trace=trace, control=int(trace[-4:]), paid_on=date(2026, 12, 10))


def _outcome(practice, act):  # type: ignore[no-untyped-def]
    with Session(practice.engine, expire_on_commit=False) as session:
        try:
            return act(session)
        except (Conflict, Invalid) as refused:
            return refused


def _claim_row(practice: Practice, claim_id: int) -> tuple[str, str, int, int, int]:
    status, frequency, paid, patient, total = one(
        practice,
        "SELECT status, frequency_code, paid_cents, patient_responsibility_cents, total_cents FROM claim WHERE id = :c",
        c=claim_id,
    )
    return str(status), str(frequency), int(paid), int(patient), int(total)


def _era_money(practice: Practice, claim_id: int) -> tuple[int, int]:
    rows, money = one(
        practice,
        "SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM payment WHERE claim_id = :c AND source = 'era'",
        c=claim_id,
    )
    return int(rows), int(money)


def _ledger_entry(practice, claim_id: int):  # type: ignore[no-untyped-def]
    patient = int(one(practice, "SELECT patient_id FROM claim WHERE id = :c", c=claim_id)[0])
    with Session(practice.engine) as session:
        account = ledger(session, actor=practice.actor("biller"), patient_id=patient)
    return next(e for e in account.entries if e.claim_id == claim_id)


def test_a_claim_paid_in_part_is_replaced_and_its_first_payment_stays_posted(
    pristine_practice: Practice,
) -> None:
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    claim_id = int(
        one(
            practice,
            """SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'submitted'
            AND (SELECT COUNT(*) FROM claim_line l WHERE l.claim_id = c.id) >= 2 ORDER BY c.id DESC LIMIT 1""",
        )[0]
    )
    with Session(practice.engine) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        first = _first_answer(session, claim)
        line1 = lines_of(session, claim_id)[0]
    paid_first, patient_first = _paid(line1)[0], line1.charge_cents - _paid(line1)[0]

    # Not answered yet: nothing to replace.
    refused = _outcome(practice, lambda s: start_correction(s, actor=biller, claim_id=claim_id, today=TODAY))
    assert isinstance(refused, Conflict) and "not answered yet" in refused.detail

    # The payer pays line 1 and denies the rest: paid in part.
    assert isinstance(
        _outcome(practice, lambda s: post_835(s, actor=biller, text=_era(practice, [first], "EFT5311"))),
        PostingResult,
    )
    status, _, paid, patient, total_before = _claim_row(practice, claim_id)
    assert (status, paid, patient) == ("partially_paid", paid_first, patient_first)

    # Reopened as its corrected claim, clicked twice at once: once.
    outcomes = at_once(
        2,
        lambda _: _outcome(
            practice, lambda s: start_correction(s, actor=biller, claim_id=claim_id, today=TODAY)
        ),
    )
    assert sum(isinstance(o, Claim) for o in outcomes) == 1, outcomes
    (again,) = [o for o in outcomes if isinstance(o, Conflict)]
    assert "reopened as its corrected claim already" in again.detail
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'corrected'",
            c=claim_id,
        )[0]
        == 1
    )
    status, frequency, paid, patient, _ = _claim_row(practice, claim_id)
    assert frequency == "7" and status in ("ready", "held")
    assert (paid, patient) == (paid_first, patient_first)  # the payer's money stays posted
    assert _era_money(practice, claim_id) == (1, paid_first)
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM claim_line WHERE claim_id = :c AND (status <> 'open' OR (line_number > 1 AND adjusted_cents <> 0))",
            c=claim_id,
        )[0]
        == 0
    )

    # The denied line corrected (one more unit): the corrected claim carries the full corrected charges.
    with Session(practice.engine) as session:
        line2 = lines_of(session, claim_id)[1]
        correct_line(
            session,
            actor=biller,
            claim_id=claim_id,
            change=LineCorrection(
                line_number=2,
                cpt=line2.cpt,
                units=line2.units + 1,
                modifiers=line2.modifiers.split(),
                reason="the note documents one more unit",
            ),
            today=TODAY,
        )
    status, _, paid, patient, total = _claim_row(practice, claim_id)
    assert total > total_before and paid == paid_first
    entry = _ledger_entry(practice, claim_id)
    assert (entry.charge_cents, entry.insurance_paid_cents, entry.patient_owes_cents) == (
        total,
        paid_first,
        patient_first,
    )

    # Sent as the replacement: frequency 7 with the original's payer claim number.
    with practice.engine.begin() as conn:  # whatever else the scrubber holds it for is not this test's
        conn.execute(text("UPDATE claim SET status = 'ready' WHERE id = :c"), {"c": claim_id})
    payer_id = int(one(practice, "SELECT payer_id FROM claim WHERE id = :c", c=claim_id)[0])
    with Session(practice.engine) as session:
        batch = export_837(session, actor=biller, clinic_id=1, payer_id=payer_id)
        content = session.get(ClaimBatch, batch.id).content  # type: ignore[union-attr]
    assert f"REF*F8*ICN53A{claim_id}~" in content and ":B:7*" in content
    assert _claim_row(practice, claim_id)[0] == "submitted"

    with Session(practice.engine) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        answer = _replacement_answer(session, claim)
    reversal = _reversal_of(first)

    # An answer that does not reverse the first, or reverses another amount, posts nothing.
    alone = _outcome(practice, lambda s: post_835(s, actor=biller, text=_era(practice, [answer], "EFT5312")))
    assert isinstance(alone, Invalid) and "without reversing" in alone.detail
    assert _era_money(practice, claim_id) == (1, paid_first)

    # The payer's answer: its first answer reversed and the corrected claim paid, sent twice at once.
    era = _era(practice, [answer, reversal], "EFT5313")
    outcomes = at_once(2, lambda _: _outcome(practice, lambda s: post_835(s, actor=biller, text=era)))
    assert sum(isinstance(o, PostingResult) for o in outcomes) == 1, outcomes
    assert sum(isinstance(o, Conflict) for o in outcomes) == 1, outcomes
    status, _, paid, patient, total = _claim_row(practice, claim_id)
    assert status == "paid" and paid == answer.paid_cents and patient == answer.patient_responsibility_cents
    assert _era_money(practice, claim_id) == (3, answer.paid_cents)  # first + reversal + replacement
    entry = _ledger_entry(practice, claim_id)
    assert (entry.charge_cents, entry.insurance_paid_cents, entry.patient_owes_cents) == (
        total,
        answer.paid_cents,
        answer.patient_responsibility_cents,
    )
    assert entry.adjusted_cents == total - answer.paid_cents - answer.patient_responsibility_cents == 0


def test_a_reversal_of_another_amount_or_of_an_original_claim_posts_nothing(
    pristine_practice: Practice,
) -> None:
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    claim_id = int(
        one(
            practice,
            """SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'submitted' AND c.frequency_code = '1'
            AND (SELECT COUNT(*) FROM claim_line l WHERE l.claim_id = c.id) >= 2 ORDER BY c.id LIMIT 1""",
        )[0]
    )
    with Session(practice.engine) as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        first = _first_answer(session, claim)
    # An original claim awaiting its answer has nothing to reverse.
    odd = _outcome(
        practice,
        lambda s: post_835(s, actor=biller, text=_era(practice, [first, _reversal_of(first)], "EFT5321")),
    )
    assert isinstance(odd, Invalid) and "not corrected claims awaiting the payer" in odd.detail
    assert _era_money(practice, claim_id) == (0, 0)
    post_835_ok = _outcome(
        practice, lambda s: post_835(s, actor=biller, text=_era(practice, [first], "EFT5322"))
    )
    assert isinstance(post_835_ok, PostingResult)
    _outcome(practice, lambda s: start_correction(s, actor=biller, claim_id=claim_id, today=TODAY))
    with practice.engine.begin() as conn:
        conn.execute(text("UPDATE claim SET status = 'submitted' WHERE id = :c"), {"c": claim_id})
    short = _reversal_of(first)
    short = ClaimPayment(**{**short.__dict__, "paid_cents": short.paid_cents + 100})
    refused = _outcome(practice, lambda s: post_835(s, actor=biller, text=_era(practice, [short], "EFT5323")))
    assert isinstance(refused, (Invalid, Conflict)), refused
    assert _era_money(practice, claim_id) == (1, first.paid_cents)
    assert _claim_row(practice, claim_id)[2] == first.paid_cents
