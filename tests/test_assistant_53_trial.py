"""#19, new-user trial (stop 53): a negative balance is a credit, never "owes $-11.02"; a clinic work list
asked for ("which claims are held") is that list, never the claims of the patient talked of before; a
balance answer cites the patient's account as a linked source; the wait list's hours read "7:00 AM", as
every other time the chat writes. Pure tables with rows that must not change, then the chat itself."""

from datetime import date

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import clinic_work_list
from assistant.service import ask
from assistant.tools import _span, balance_words, owes_words
from assistant.understand import slots
from core.enums import Role
from core.permissions import Action, role_may

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
MON = date(2026, 11, 30)
# the sources the chat page links (web/static/chat.js)
LINKED = {"patient", "appointment", "provider", "claim"}


@pytest.mark.parametrize(
    ("cents", "said"),
    [
        (-1102, "Henry Nguyen has a credit of $11.02 (nothing owed)."),
        (-1, "Henry Nguyen has a credit of $0.01 (nothing owed)."),
        (-123456, "Henry Nguyen has a credit of $1,234.56 (nothing owed)."),
        # must not change
        (0, "Henry Nguyen owes $0.00."),
        (2480, "Henry Nguyen owes $24.80."),
        (123456, "Henry Nguyen owes $1,234.56."),
    ],
)
def test_a_negative_balance_is_a_credit(cents: int, said: str) -> None:
    assert owes_words("Henry Nguyen", cents) == said
    assert "-" not in balance_words(cents)


@pytest.mark.parametrize(
    ("window", "said"),
    [
        ((7 * 60, 12 * 60), "between 7:00 AM and 12:00 PM"),
        ((13 * 60 + 30, 17 * 60), "between 1:30 PM and 5:00 PM"),
        ((0, 24 * 60), "between 12:00 AM and 11:59 PM"),
        ((8 * 60, 17 * 60), "between 8:00 AM and 5:00 PM"),
    ],
)
def test_wait_list_hours_read_as_the_rest_of_the_site(window: tuple[int, int], said: str) -> None:
    assert _span(window) == said


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Which claims are held?", "held"),
        ("what claims are denied", "denied"),
        ("any claims waiting", "sent"),  # #19: sent, not yet paid (test_assistant_54_pure)
        ("any held claims?", "held"),
        ("what claims are on hold", "held"),
        ("list the denied claims", "denied"),
        # must not change: one patient's claims, one claim, a day, no status, not claims
        ("which of her claims are held", None),
        ("is her claim held", None),
        ("what claims are denied for Maria Lopez", None),
        ("which of Jeremy West's claims are denied", None),
        ("were any claims denied today", None),
        ("what claims went out", None),
        ("has claim 32 been paid", None),
        ("what does Henry Nguyen owe?", None),
    ],
)
def test_a_clinic_work_list_is_asked_without_a_patient(said: str, kind: str | None) -> None:
    assert clinic_work_list(slots(said, MON)) == kind


def _patient_with_claims(practice: Practice) -> str:
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   WHERE p.clinic_id = 1 AND EXISTS (SELECT 1 FROM claim c WHERE c.patient_id = p.id)
                   AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.id <> p.id AND q.first_name = p.first_name
                                   AND q.last_name = p.last_name)
                   ORDER BY p.id LIMIT 1"""
            )
        ).scalar_one()


@pytest.mark.parametrize("role", [Role.front_desk, Role.biller, Role.owner])
def test_a_balance_answer_cites_a_linked_source(practice: Practice, role: Role) -> None:
    name = _patient_with_claims(practice)
    actor = practice.actor(role.value, "riverside" if role is Role.front_desk else None)
    for said in (f"what does {name} owe?", f"when did {name} last pay?"):
        with practice.session() as session:
            answer = ask(session, actor=actor, text=said)
        assert answer["intent"] in ("balance", "last_payment"), answer["answer"]
        assert {c["type"] for c in answer["citations"]} & LINKED, answer


@pytest.mark.parametrize("role", [Role.front_desk, Role.biller, Role.owner, Role.therapist])
@pytest.mark.parametrize("asked", ["which claims are held?", "what claims are denied"])
def test_a_work_list_after_a_patient_is_not_her_claims(practice: Practice, role: Role, asked: str) -> None:
    name = _patient_with_claims(practice)
    actor = practice.actor(role.value, "riverside" if role in (Role.front_desk, Role.therapist) else None)
    with practice.session() as session:
        first = ask(session, actor=actor, text=f"what does {name} owe?")
    with practice.session() as session:
        listed = ask(session, actor=actor, text=asked, conversation_id=first["conversation_id"])
    assert name not in listed["answer"] and "latest claims" not in listed["answer"], listed["answer"]
    if role_may(role, Action.claim_read):
        assert listed["intent"] == "claim_status", listed["answer"]
    else:
        assert listed["intent"] == "refused" and not listed["citations"], listed["answer"]
