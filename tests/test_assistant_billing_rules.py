"""Billing-rule questions (issue 19) answered from core's rules, not re-implemented in the chat: units for
the minutes said (core.billing.coding, the payer's unit rule) and the KX threshold (the payer profiles'
yearly figures); a patient's spending toward it is core's read (claim.read, audited), refused to the
roles that may not see charges."""

from datetime import UTC, date, datetime

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask
from assistant.understand import minutes_by_code, slots
from core.errors import Forbidden

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

BILLER = "biller1@billing.example.org"
FRONT_DESK = "frontdesk1@riverside.example.org"
THERAPIST = "pt1@riverside.example.org"
TODAY = date(2026, 12, 2)


def _actor(practice, email: str):  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    with practice.session() as session:
        return actor_by_email(session, email, "test")


def _ask(practice: Practice, email: str, message: str) -> dict:
    with practice.session() as session:
        return ask(session, actor=_actor(practice, email), text=message, conversation_id=None)


@pytest.mark.parametrize(
    ("said", "intent", "minutes"),
    [
        ("32 min 97110 and 6 min 97140 how many units medicare", "units_rule", {"97110": 32, "97140": 6}),
        ("97110 x 13 min, 97140 10 min - units?", "units_rule", {"97110": 13, "97140": 10}),
        (
            "if i do 97112 for 24 minutes and 97110: 23 minutes what do we bill",
            "units_rule",
            {"97112": 24, "97110": 23},
        ),
        ("8 mins of 97530 is that billable", "units_rule", {"97530": 8}),
        # minutes said before the code with no "min", and the per-code rule said in words
        ("20 min of 97110 and 9 of 97140 how many units", "units_rule", {"97110": 20, "97140": 9}),
        ("units if 25 was 97530 and 10 was 97112", "units_rule", {"97530": 25, "97112": 10}),
        ("per code payer: 18 of 97110 plus 6 of 97140", "units_rule", {"97110": 18, "97140": 6}),
        ("how many units for 41 minutes medicare", "units_rule", {}),
        ("44 timed min, how many units is that", "units_rule", {}),
        # the day of a date is no minutes of a code
        ("claim for 11/20 97140 denied", "claim_status", {}),
        ("what's the KX threshold this year, PT", "kx_threshold", {}),
        ("kx cap for 2025?", "kx_threshold", {}),
        ("is she past the kx threshold yet", "kx_threshold", {}),
        ("has Maria hit the therapy cap", "kx_threshold", {}),
        # not a rule question: units of an authorization, minutes of a visit
        ("how many units left on her auth for 97110", "auth_status", {}),
        ("is her 45 min slot tomorrow still on", None, {}),
    ],
)
def test_a_billing_rule_question_is_read_as_one(said: str, intent: str | None, minutes: dict) -> None:
    frame = slots(said, TODAY)
    if intent is None:
        assert frame.intent not in ("units_rule", "kx_threshold"), frame.intent
    else:
        assert frame.intent == intent
    assert minutes_by_code(said) == minutes


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        # PRODUCT.md's worked examples of the CMS 8-minute rule, asked as staff ask
        ("33 min 97110 + 7 min 97140 for medicare, how many units", "= 3 units (97110 x2, 97140 x1)"),
        ("medicare pt: 24 min 97112 and 23 min 97110, units?", "= 3 units (97112 x2, 97110 x1)"),
        ("5 min 97110 + 4 min 97140 how many units medicare", "= 1 unit (97110 x1, 97140 x0)"),
        ("32 min 97110 and 6 min 97140 how many units", "38 timed minutes together"),
        ("13 min 97110 and 10 min 97140, how many units for medicare", "= 2 units (97110 x1, 97140 x1)"),
        ("97161 and 97110 x 20 min, units for medicare", "97161 is untimed: 1 unit"),
    ],
)
def test_units_are_the_coding_rules_for_the_minutes_said(practice: Practice, said: str, answer: str) -> None:
    reply = _ask(practice, BILLER, said)
    assert answer in reply["answer"], reply["answer"]
    assert reply["proposal"] is None


def _conversation(practice: Practice, email: str, messages: list[str]) -> list[str]:
    answers, conversation = [], None
    for message in messages:
        with practice.session() as session:
            reply = ask(session, actor=_actor(practice, email), text=message, conversation_id=conversation)
        conversation = reply["conversation_id"]
        assert reply["proposal"] is None
        answers.append(reply["answer"])
    return answers


@pytest.mark.parametrize(
    ("messages", "answer"),
    [
        # minutes with no code: the CMS table over the total
        (["how many units can we bill for 41 minutes under medicare"], "= 3 units"),
        (["22 minutes total, how many units"], "= 1 unit "),
        # a follow-up splits the minutes, adds to them, or asks them under the per-code rule
        (
            ["units for 38 min medicare", "and if 23 of that was 97110 and 15 was 97530"],
            "(97110 x2, 97530 x1)",
        ),
        (
            ["24 min 97112 and 23 min 97110 units?", "and with 4 more min of 97140"],
            "(97112 x2, 97110 x1, 97140 x0)",
        ),
        (["30 min 97110 and 8 min 97140 units medicare", "what if the payer does per code"], "per-code rule"),
        (["33 of 97110 + 7 of 97140 for a per-code payer, units?"], "(97110 x2, 97140 x0)"),
        (["how many units is 33 of 97110 and 7 of 97140 for medicare"], "(97110 x2, 97140 x1)"),
    ],
)
def test_units_asked_in_a_conversation_follow_the_minutes_said(
    practice: Practice, messages: list[str], answer: str
) -> None:
    said = _conversation(practice, BILLER, messages)[-1]
    assert answer in said, said


def test_a_payer_that_counts_each_code_alone_is_answered_by_its_own_rule(practice: Practice) -> None:
    from assistant.understand import PAYER_WORDS

    with practice.engine.connect() as conn:
        payers = conn.execute(text("SELECT name, unit_rule FROM payer")).all()
    word = next(
        (
            w
            for w in sorted(PAYER_WORDS)
            if {r for n, r in payers if PAYER_WORDS[w] in n.lower()} == {"per-code"}
        ),
        None,
    )
    assert word is not None, "no payer of the demo practice counts units per code"
    reply = _ask(practice, BILLER, f"20 min 97110 and 9 min 97140 how many units for {word}")
    # per code: 20 minutes is one unit, 9 minutes another (the CMS rule gives 29 minutes two as well,
    # so the words say which rule was used)
    assert "per-code rule" in reply["answer"] and "97110 x1, 97140 x1" in reply["answer"], reply["answer"]


@pytest.mark.parametrize(
    ("said", "moment", "figure"),
    [
        ("what's the KX threshold this year, PT", datetime(2026, 12, 2, 15, tzinfo=UTC), "$2,480.00"),
        ("kx cap for 2025?", datetime(2026, 12, 2, 15, tzinfo=UTC), "$2,410.00"),
        ("whats the kx limit", datetime(2025, 6, 2, 15, tzinfo=UTC), "$2,410.00"),
    ],
)
def test_the_kx_threshold_is_the_payer_profiles_figure_for_the_year(
    practice: Practice, said: str, moment: datetime, figure: str
) -> None:
    from core.timeutil import clock_at

    with clock_at(moment):
        reply = _ask(practice, THERAPIST, said)
    assert figure in reply["answer"] and "PT and SLP combined" in reply["answer"], reply["answer"]


def _medicare_patient(practice: Practice) -> tuple[int, str]:
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.id, p.first_name || ' ' || p.last_name FROM patient p
                   JOIN insurance_policy i ON i.patient_id = p.id JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND y.kind = 'medicare' AND i.priority = 1
                   AND EXISTS (SELECT 1 FROM charge c WHERE c.patient_id = p.id)
                   AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                        AND q.last_name = p.last_name) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).one()


def test_a_patients_spending_toward_kx_is_cores_read_for_the_roles_that_see_charges(
    practice: Practice,
) -> None:
    from core.billing.charges import year_to_date_cents
    from core.billing.service import therapy_spending

    patient_id, name = _medicare_patient(practice)
    with practice.session() as session:
        spent = therapy_spending(session, actor=_actor(practice, BILLER), patient_id=patient_id, on=TODAY)
        assert spent.pt_slp_cents == year_to_date_cents(session, patient_id, "PT", TODAY)
        assert spent.ot_cents == year_to_date_cents(session, patient_id, "OT", TODAY)
        assert spent.kx_threshold_cents == 248_000
    for email in (FRONT_DESK, THERAPIST):
        with practice.session() as session, pytest.raises(Forbidden):
            therapy_spending(session, actor=_actor(practice, email), patient_id=patient_id, on=TODAY)
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT outcome FROM audit_entry WHERE record_type = 'therapy_spending' AND patient_id = :p"
            ),
            {"p": patient_id},
        ).all()
    assert {r[0] for r in rows} >= {"allowed", "denied"}


def test_is_she_past_kx_answers_from_her_spending_and_is_refused_to_the_front_desk(
    practice: Practice,
) -> None:
    _, name = _medicare_patient(practice)
    reply = _ask(practice, BILLER, f"is {name} past the kx threshold yet")
    assert name in reply["answer"] and "KX threshold" in reply["answer"], reply["answer"]
    assert "PT and SLP $" in reply["answer"] and "OT $" in reply["answer"], reply["answer"]
    refused = _ask(practice, FRONT_DESK, f"is {name} over the kx cap")
    assert "outside what your role may see" in refused["answer"], refused["answer"]
