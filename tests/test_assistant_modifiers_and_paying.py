"""Billing words staff say in the chat (issue 19, test25): whether two codes take the distinct-service
modifier ("do i need 59 on 97530 if i did 97140 too", "and if i added 97530, need 59?" after the units of
97110 and 97140) is answered from core's NCCI pairs (the modifier on the column-two code, XU for Medicare,
59 for others; the payers that deny the pair anyway named) with what only the note can show; an assistant's
visit asked for its modifier is CQ or CO at 85 %. "she'll pay $260.09 today on card", "ya post" after her
balance: the payment is not posted here, where it is said, with what she owes. Tables of phrasings, then the
demo; rows marked must-not-change keep their old reading."""

from datetime import date

import pytest
from conftest import Practice

from assistant.engine import PAYMENT_TAKEN, PAYS
from assistant.service import ask
from assistant.understand import slots

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

THERAPIST = "pt1@riverside.example.org"
FRONT_DESK = "frontdesk1@riverside.example.org"
TODAY = date(2028, 1, 3)


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("do i need 59 on 97530 if i did 97140 too", "ncci_rule"),
        ("and if i added 97530, need 59?", "ncci_rule"),
        ("97530 and 97140 same day bcbs, 59 on which one", "ncci_rule"),
        ("does 97530 and 97140 same day need 59", "ncci_rule"),
        ("does 97530 w 97140 need a 59", "ncci_rule"),
        ("my pta visit w Amanda Medina today, more than 10% by me, what modifier", "assistant_modifier"),
        ("pta did most of the visit on a medicare pt, what modifier", "assistant_modifier"),
        # must not change: a claim resubmitted with a modifier is refused; minutes are minutes
        ("resubmit 13010 w the 59 on 97530", "restricted"),
        ("can i just add 59 and resubmit", "restricted"),
        ("33 min 97110 + 7 min 97140, units?", "units_rule"),
        ("did she need 59 min of therex", "out_of_scope"),
    ],
)
def test_modifier_questions_read(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent


@pytest.mark.parametrize(
    ("said", "taken", "pays"),
    [
        ("she'll pay $260.09 today on card", True, True),
        ("ya post", True, False),
        ("ok post it", True, False),
        ("he will pay the rest today", True, True),
        # must not change
        ("wants to pay the 25 now", True, True),
        ("post", False, False),
        ("she'll call back", False, False),
        ("ya", False, False),
    ],
)
def test_a_payment_said(said: str, taken: bool, pays: bool) -> None:
    assert bool(PAYMENT_TAKEN.search(said)) is taken
    assert bool(PAYS.search(said)) is pays


def _ask(practice: Practice, email: str, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


@pytest.mark.usefixtures("demo_clock")
def test_the_pair_after_the_units_asked(practice: Practice) -> None:
    units = _ask(practice, THERAPIST, "33 min 97110 + 7 min 97140, units?")
    assert "units" in units["answer"], units["answer"]
    pair = _ask(practice, THERAPIST, "and if i added 97530, need 59?", units["conversation_id"])
    assert "NCCI pair" in pair["answer"] and "goes on 97530" in pair["answer"], pair["answer"]
    assert "can't tell" in pair["answer"] and pair["proposal"] is None


@pytest.mark.usefixtures("demo_clock")
@pytest.mark.parametrize(
    ("said", "has", "lacks"),
    [
        ("do i need 59 on 97530 if i did 97140 too", "goes on 97530", "no modifier"),
        ("does 97530 need a 59", "Which code is 97530 billed with", "NCCI pair"),  # one code: asked
        ("does 97110 with 97112 need a 59", "No NCCI edit", "goes on"),
        ("pta did most of the visit on a medicare pt, what modifier", "CQ", "takes CO (an OTA"),
        ("my ota did the whole visit, what modifier", "CO (an OTA", "takes CQ"),
    ],
)
def test_modifier_answers(practice: Practice, said: str, has: str, lacks: str) -> None:
    answer = _ask(practice, THERAPIST, said)
    assert has in answer["answer"] and lacks not in answer["answer"], answer["answer"]
    assert answer["proposal"] is None


@pytest.mark.usefixtures("demo_clock")
def test_a_payment_said_after_her_balance(practice: Practice) -> None:
    from sqlalchemy import text

    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1 AND
                (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                 AND q.last_name = p.last_name) = 1 ORDER BY p.id LIMIT 1"""
            )
        ).first()
    assert row is not None
    name = str(row[0])
    bal = _ask(practice, FRONT_DESK, f"whats {name}'s balance")
    assert "owes" in bal["answer"] or "balance" in bal["answer"], bal["answer"]
    pay = _ask(practice, FRONT_DESK, "she'll pay $20.00 today on card", bal["conversation_id"])
    assert "can't post payments" in pay["answer"] and name in pay["answer"], pay["answer"]
    post = _ask(practice, FRONT_DESK, "ya post", bal["conversation_id"])
    assert "can't post payments" in post["answer"] and post["proposal"] is None, post["answer"]


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("why did Austin Kennedy's insurance not pay", "claim_status"),
        ("why didnt medicare pay for Austin Kennedy", "claim_status"),
        ("how come bcbs never paid for her", "claim_status"),
        ("Charlotte Sanders's plan year, calendar or not?", "insurance"),
        ("is her benefit period calendar year", "insurance"),
        # must not change
        ("did medicare pay for her 12/3 visit", "payer_paid"),
        ("why was the claim denied", "claim_status"),
        ("whats Charlotte Sanders's insurance", "insurance"),
    ],
)
def test_not_paid_and_plan_year_read(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent


@pytest.mark.usefixtures("demo_clock")
def test_a_plan_year_asked_says_the_record_does_not_hold_it(practice: Practice) -> None:
    from sqlalchemy import text

    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p JOIN insurance_policy i
                ON i.patient_id = p.id AND i.priority = 1 WHERE p.clinic_id = 1 AND
                (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                 AND q.last_name = p.last_name) = 1 ORDER BY p.id LIMIT 1"""
            )
        ).first()
    assert row is not None
    answer = _ask(practice, FRONT_DESK, f"{row[0]}'s plan year, calendar or not?")
    assert "insurance on file" in answer["answer"] and "does not hold the plan's year" in answer["answer"]
    plain = _ask(practice, FRONT_DESK, f"whats {row[0]}'s insurance")  # must not change
    assert "plan's year" not in plain["answer"], plain["answer"]
