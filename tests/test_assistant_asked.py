"""What a message asks (issue 19), for phrasings of payments and insurance the blind sets showed read as
something else ("group # for Kimberly Moreno" answered with her next visit, "most recent pt payment"
with her last visit): each read as its kind, and answered from the record."""

from datetime import date

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask
from assistant.understand import slots

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

TODAY = date(2026, 12, 2)
BILLER = "biller1@billing.example.org"


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("lst pymnt Donna Hendreson", "last_payment"),
        ("most recent pt payment Paul Cooper", "last_payment"),
        ("latest patient payment for Ana Ruiz?", "last_payment"),
        ("last pt payment on Rebecca Henderson, card or check?", "last_payment"),
        ("when did Austin last make a payment", "last_payment"),
        ("did Abigail Hunt pay last time she was in", "last_payment"),
        ("group # for Kimberly Moreno", "insurance"),
        ("grp number on file for joe diaz", "insurance"),
        ("who's Matthew's payer? checking if I need to think about the KX", "insurance"),
        ("does Nicole Collns have aetna", "insurance"),
        ("does mr lee still have humana", "insurance"),
        ("is Tom medicare or the medicare one thru humana", "insurance"),
        # still what they were: a payer's payment on a claim, a last visit, a visit asked
        ("what did aetna pay on her last claim", "payer_paid"),
        ("most recent visit for Paul Cooper", "last_appointment"),
        ("when was her last visit", "last_appointment"),
    ],
)
def test_payments_and_insurance_are_read_as_asked(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent


def _one_named_patient_with_a_payment(practice: Practice) -> tuple[str, str]:
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name, y.name FROM patient p
                   JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
                   JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND EXISTS (SELECT 1 FROM payment m WHERE m.patient_id = p.id
                   AND m.source = 'patient')
                   AND (SELECT COUNT(*) FROM patient q WHERE q.last_name = p.last_name
                        AND q.first_name = p.first_name) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).one()


@pytest.mark.parametrize(
    ("said", "holds"),
    [
        ("group # for {name}", "{payer}"),
        ("who's {name}'s payer", "{payer}"),
        ("most recent pt payment {name}", "last payment was $"),
        ("lst pymnt {name}", "last payment was $"),
    ],
)
def test_the_reply_is_the_record_asked_for(practice: Practice, said: str, holds: str) -> None:
    from core.users.service import actor_by_email

    name, payer = _one_named_patient_with_a_payment(practice)
    with practice.session() as session:
        reply = ask(session, actor=actor_by_email(session, BILLER, "test"), text=said.format(name=name))
    assert holds.format(payer=payer) in reply["answer"], reply["answer"]
    assert reply["proposal"] is None


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        # a holiday's week is that week, Monday to Sunday: never every visit she has
        (
            "cancel all of her visits christmas week, family's traveling",
            date(2026, 12, 21),
            date(2026, 12, 27),
        ),
        ("is she in xmas wk", date(2026, 12, 21), date(2026, 12, 27)),
        ("cx everything thanksgiving week", date(2026, 11, 23), date(2026, 11, 29)),
    ],
)
def test_a_holidays_week_is_a_span_of_that_week(said: str, first: date, last: date) -> None:
    frame = slots(said, TODAY)
    assert (frame.day, frame.day_to) == (first, last)
