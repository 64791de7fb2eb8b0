"""A patient's account, called as a service (the pages reach it through HTTP): core.billing.ledger's
balance and hand-posted payments, core.money's amounts typed by people, core.billing.reasons' words
for denial codes."""

from datetime import date, timedelta

import pytest
from scheduling_helpers import one
from sqlalchemy import text

from core.billing.ledger import PatientPayment, ledger, post_patient_payment
from core.billing.reasons import explain
from core.errors import Conflict, Forbidden, Invalid
from core.money import parse_cents

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

TODAY = date(2026, 11, 24)


def _owing_patient(practice) -> int:  # type: ignore[no-untyped-def]
    """A patient of clinic 1 with a claim the payer answered and a part left to the patient."""
    return one(
        practice,
        """SELECT patient_id FROM claim WHERE clinic_id = 1 AND status IN ('paid', 'partially_paid')
        AND patient_responsibility_cents > 0 ORDER BY patient_id LIMIT 1""",
    )[0]


def test_the_balance_is_what_the_patient_owes_less_what_they_paid(practice) -> None:  # type: ignore[no-untyped-def]
    patient_id = _owing_patient(practice)
    with practice.session() as session:
        account = ledger(session, actor=practice.actor("biller"), patient_id=patient_id)
    assert account.entries, "the patient has claims"
    owed = sum(e.patient_owes_cents for e in account.entries)
    paid = sum(e.patient_paid_cents for e in account.entries)
    assert account.balance_cents == owed - paid
    assert account.entries[-1].balance_cents == account.balance_cents
    assert [e.on for e in account.entries] == sorted(e.on for e in account.entries)  # oldest first
    with practice.session() as session:
        void = set(
            session.exec(
                text("SELECT id FROM claim WHERE patient_id = :p AND status = 'void'").bindparams(
                    p=patient_id
                )
            ).scalars()
        )
    assert not void & {e.claim_id for e in account.entries}  # a voided claim is owed by no one


def test_a_payment_lowers_the_balance_once_and_is_refused_when_it_cannot_be_true(practice) -> None:  # type: ignore[no-untyped-def]
    patient_id = _owing_patient(practice)
    # what the test reads of others first: on SQLite a second session would wait for this one's write turn
    biller, desk, therapist = (practice.actor(role) for role in ("biller", "front_desk", "therapist"))
    other_claim = one(practice, "SELECT id FROM claim WHERE patient_id != :p LIMIT 1", p=patient_id)[0]
    with practice.session() as session:
        before = ledger(session, actor=biller, patient_id=patient_id).balance_cents
        copay = PatientPayment(amount_cents=1234, received_on=TODAY, method="check", reference="#5521")
        post_patient_payment(session, actor=biller, patient_id=patient_id, payment=copay, today=TODAY)
        account = ledger(session, actor=biller, patient_id=patient_id)
        assert account.balance_cents == before - 1234
        assert any(e.description == "Payment check #5521" for e in account.entries)

        # the same payment posted again at once (a double click) is refused, not counted twice
        with pytest.raises(Conflict):
            post_patient_payment(session, actor=biller, patient_id=patient_id, payment=copay, today=TODAY)
        refused = {
            "received tomorrow": copay.model_copy(update={"received_on": TODAY + timedelta(days=1)}),
            "paid in shells": copay.model_copy(update={"method": "shells"}),
        }
        for payment in refused.values():
            with pytest.raises(Invalid):
                post_patient_payment(
                    session, actor=biller, patient_id=patient_id, payment=payment, today=TODAY
                )
        with pytest.raises(Invalid, match="not this patient's"):
            post_patient_payment(
                session,
                actor=biller,
                patient_id=patient_id,
                payment=copay.model_copy(update={"amount_cents": 99, "claim_id": other_claim}),
                today=TODAY,
            )
        # the front desk and therapists neither see the account nor post to it
        with pytest.raises(Forbidden):
            ledger(session, actor=desk, patient_id=patient_id)
        with pytest.raises(Forbidden):
            post_patient_payment(
                session,
                actor=therapist,
                patient_id=patient_id,
                payment=copay.model_copy(update={"amount_cents": 77}),
                today=TODAY,
            )
        assert ledger(session, actor=biller, patient_id=patient_id).balance_cents == before - 1234


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("12", 1200),
        ("$1,234.50", 123450),
        (" 0.07 ", 7),
        ("1234.5", 123450),
    ],
)
def test_amounts_typed_by_people_are_exact_cents(typed: str, cents: int) -> None:
    assert parse_cents(typed) == cents


@pytest.mark.parametrize(
    ("typed", "allow_negative", "outcome"),
    [
        ("(12.00)", True, -1200),  # an accounting negative from the old system's export
        ("-3.10", True, -310),
        ("(12.00)", False, "negative"),
        ("12.005", False, "not to the cent"),
        ("twelve", False, "not an amount"),
        ("NaN", False, "not an amount"),
        ("", False, "not an amount"),
    ],
)
def test_amounts_that_are_no_cents_say_why(typed: str, allow_negative: bool, outcome: int | str) -> None:
    if isinstance(outcome, int):
        assert parse_cents(typed, allow_negative=allow_negative) == outcome
    else:
        with pytest.raises(ValueError, match=outcome):
            parse_cents(typed, allow_negative=allow_negative)


@pytest.mark.parametrize(
    ("carc", "rarc", "group", "starts", "contains"),
    [
        ("", "", "", "", ""),  # no code, no words
        ("45", "", "CO", "CARC 45: ", "group CO: contractual obligation"),
        ("97", "M15", "", "CARC 97: ", "RARC M15: "),
        ("Z9", "", "", "CARC Z9: reason code Z9 (not in our table", "look it up on x12.org"),
        ("50", "XX999", "", "CARC 50: ", "RARC XX999: remark code not in our table"),
    ],
)
def test_denial_codes_in_words_a_biller_can_act_on(
    carc: str, rarc: str, group: str, starts: str, contains: str
) -> None:
    words = explain(carc, rarc, group)
    assert words.startswith(starts) and contains in words
    if carc:
        assert words.endswith(".")
