"""core.billing.claim_view called directly: what the payer may still pay, line by line (a rule, table-driven);
a claim action said in words; and one claim of the demo practice as the biller reads it, its sums agreeing
with its lines and payments, its read audited, and refused to a clinician or the front desk."""

import pytest
from conftest import Practice
from sqlmodel import col, func, select

from core.audit.models import AuditEntry
from core.billing.claim_view import action_text, adjusted_and_denied, claim_view, names_of, payer_open_cents
from core.billing.claims import UNSENT
from core.billing.denials import assign, assignable_in
from core.billing.models import Claim, ClaimAction, ClaimLine, Payment
from core.enums import ClaimLineStatus, ClaimStatus
from core.errors import Forbidden, NotFound
from core.patients.models import Patient
from core.payers.models import Payer

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _line(status: str, charge: int, paid: int = 0, adjusted: int = 0, patient: int = 0) -> ClaimLine:
    return ClaimLine(
        claim_id=1,
        line_number=1,
        cpt="97110",
        units=1,
        charge_cents=charge,
        paid_cents=paid,
        adjusted_cents=adjusted,
        patient_responsibility_cents=patient,
        status=status,
    )


# (lines as (status, charge, paid, adjusted, patient's part), what the payer may still pay)
OPEN = [
    ([], 0),
    ([(ClaimLineStatus.open, 10_000, 0, 0, 0)], 10_000),
    ([(ClaimLineStatus.paid, 10_000, 7_000, 2_000, 1_000)], 0),
    ([(ClaimLineStatus.paid, 10_000, 6_000, 2_000, 1_000)], 1_000),
    # A denied line's adjustment is the denial itself: it stays open until corrected or written off.
    ([(ClaimLineStatus.denied, 10_000, 0, 10_000, 0)], 10_000),
    ([(ClaimLineStatus.written_off, 10_000, 0, 0, 0)], 0),
    ([(ClaimLineStatus.paid, 5_000, 6_000, 0, 0)], 0),  # overpaid: never below zero
    (
        [
            (ClaimLineStatus.open, 4_000, 0, 0, 0),
            (ClaimLineStatus.denied, 3_000, 0, 3_000, 0),
            (ClaimLineStatus.written_off, 2_000, 0, 0, 0),
        ],
        7_000,
    ),
]


@pytest.mark.parametrize(("lines", "expected"), OPEN)
def test_what_the_payer_may_still_pay(lines: list[tuple[str, int, int, int, int]], expected: int) -> None:
    assert payer_open_cents([_line(*line) for line in lines]) == expected


# (lines as (status, charge, paid, adjusted, patient's part), (adjusted and closed, denied and open))
SPLIT = [
    ([], (0, 0)),
    ([(ClaimLineStatus.paid, 10_000, 7_000, 2_000, 1_000)], (2_000, 0)),
    ([(ClaimLineStatus.denied, 10_000, 0, 10_000, 0)], (0, 10_000)),
    ([(ClaimLineStatus.written_off, 3_565, 0, 3_565, 0)], (3_565, 0)),  # written off: closed
    (
        [  # the screenshot's claim: one denied line written off, two still denied
            (ClaimLineStatus.written_off, 3_565, 0, 3_565, 0),
            (ClaimLineStatus.denied, 3_335, 0, 3_335, 0),
            (ClaimLineStatus.denied, 4_140, 0, 4_140, 0),
        ],
        (3_565, 7_475),
    ),
]


@pytest.mark.parametrize(("lines", "expected"), SPLIT)
def test_the_payers_adjustments_split_into_closed_and_denials_to_work(
    lines: list[tuple[str, int, int, int, int]], expected: tuple[int, int]
) -> None:
    shown = [_line(*line) for line in lines]
    assert adjusted_and_denied(shown) == expected
    # a claim all answered reads whole: billed = paid + adjusted + denied + the patient's part
    if all(s != ClaimLineStatus.open for s, *_ in lines):
        assert sum(line[1] for line in lines) == sum(line[2] + line[4] for line in lines) + sum(expected)


# (the action, the names of users, the words)
ACTIONS = [
    (
        ClaimAction(
            claim_id=1, kind="written_off", line_number=2, amount_cents=12_345, reason="small balance"
        ),
        {},
        "wrote off line 2 $123.45: small balance",
    ),
    (
        ClaimAction(claim_id=1, kind="written_off", amount_cents=100_000, reason="timely filing"),
        {},
        "wrote off $1,000.00: timely filing",
    ),
    (
        ClaimAction(claim_id=1, kind="assigned", assigned_user_id=7),
        {7: "Bea Biller"},
        "assigned to Bea Biller",
    ),
    (
        ClaimAction(claim_id=1, kind="assigned", assigned_user_id=7, reason="call payer"),
        {},
        "assigned to nobody: call payer",
    ),
    (
        ClaimAction(claim_id=1, kind="appealed", reason="medical necessity"),
        {},
        "appeal letter written: medical necessity",
    ),
    (
        ClaimAction(claim_id=1, kind="corrected", reason="PCN123"),
        {},
        "corrected claim started (replaces payer claim PCN123)",
    ),
    (ClaimAction(claim_id=1, kind="noted", reason="left a message"), {}, "noted: left a message"),
]


@pytest.mark.parametrize(("action", "names", "words"), ACTIONS)
def test_a_claim_action_in_words(action: ClaimAction, names: dict[int, str], words: str) -> None:
    assert action_text(action, names) == words


def test_a_paid_claim_as_the_biller_reads_it(practice: Practice) -> None:
    biller = practice.actor("biller")
    with practice.session() as session:
        assert names_of(session, {None}) == {}
        claim_id = session.exec(
            select(Payment.claim_id)
            .where(col(Payment.claim_id).is_not(None), Payment.source == "era")
            .order_by(col(Payment.claim_id))
            .limit(1)
        ).first()
        assert claim_id is not None, "the demo has claims a payer paid"
        claim = session.get(Claim, claim_id)
        assert claim is not None
        reads = session.exec(select(func.count()).where(AuditEntry.record_id == str(claim_id))).one()
        view = claim_view(session, actor=biller, claim_id=claim_id)

        patient, payer = session.get(Patient, claim.patient_id), session.get(Payer, claim.payer_id)
        assert patient is not None and payer is not None
        assert (view.id, view.status, view.payer) == (claim_id, claim.status, payer.name)
        assert view.patient == f"{patient.first_name} {patient.last_name}"
        assert view.total_cents == sum(line.charge_cents for line in view.lines) == claim.total_cents
        assert [line.line_number for line in view.lines] == sorted(line.line_number for line in view.lines)
        assert view.adjusted_cents + view.denied_cents == sum(line.adjusted_cents for line in view.lines)
        assert view.open_cents == payer_open_cents(view.lines)
        era = [p for p in view.payments if p.source == "era"]
        assert era and all(p.amount_cents >= 0 for p in era)
        assert [h.at for h in view.history] == sorted(h.at for h in view.history)
        for line in view.lines:
            assert bool(line.denial_reason) == bool(line.denial_carc)
        # The read is audited.
        after = session.exec(select(func.count()).where(AuditEntry.record_id == str(claim_id))).one()
        assert after == reads + 1


def test_an_unsent_claim_has_nothing_open_and_a_denied_line_says_why(practice: Practice) -> None:
    biller = practice.actor("biller")
    with practice.session() as session:
        draft = session.exec(
            select(Claim.id).where(col(Claim.status).in_(UNSENT)).order_by(col(Claim.id)).limit(1)
        ).first()
        if draft is not None:
            assert claim_view(session, actor=biller, claim_id=draft).open_cents == 0
        denied = session.exec(
            select(ClaimLine.claim_id)
            .where(ClaimLine.status == ClaimLineStatus.denied, ClaimLine.denial_carc != "")
            .order_by(col(ClaimLine.claim_id))
            .limit(1)
        ).first()
        assert denied is not None, "the demo has denied claim lines"
        view = claim_view(session, actor=biller, claim_id=denied)
        line = next(line for line in view.lines if line.status == ClaimLineStatus.denied)
        assert line.denial_reason and line.denial_carc
        assert view.open_cents >= line.charge_cents - line.paid_cents - line.patient_responsibility_cents


@pytest.mark.parametrize(
    ("role", "clinic"), [("therapist", "riverside"), ("front_desk", "hillcrest"), ("assistant", "riverside")]
)
def test_a_clinician_or_the_desk_may_not_read_a_claim(practice: Practice, role: str, clinic: str) -> None:
    actor = practice.actor(role, clinic)
    with practice.session() as session:
        claim_id = session.exec(
            select(Claim.id).where(Claim.status != ClaimStatus.draft).order_by(col(Claim.id)).limit(1)
        ).first()
        assert claim_id is not None
        with pytest.raises(Forbidden):
            claim_view(session, actor=actor, claim_id=claim_id)


def test_a_claim_that_is_not_there(practice: Practice) -> None:
    with practice.session() as session, pytest.raises(NotFound):
        claim_view(session, actor=practice.actor("owner"), claim_id=10**9)


def test_a_claim_handed_to_a_biller_says_so_in_its_history(pristine_practice: Practice) -> None:
    biller = pristine_practice.actor("biller")
    with pristine_practice.session() as session:
        claim = session.exec(
            select(Claim).where(Claim.status == ClaimStatus.denied).order_by(col(Claim.id)).limit(1)
        ).first()
        assert claim is not None, "the demo has denied claims"
        _, user_id, name = assignable_in(session, [claim.clinic_id])[0]
        assert assign(session, actor=biller, claim_id=claim.id or 0, user_id=user_id, note="call the payer")
        view = claim_view(session, actor=biller, claim_id=claim.id or 0)
        assert (view.assigned_to, view.assigned_user_id) == (name, user_id)
        assert f"assigned to {name}: call the payer" in [h.what for h in view.history]
