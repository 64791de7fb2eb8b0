"""A yes naming a kind of visit ("yes eval", "yeah the ot one") when nothing was proposed asks back what is
needed, never books on a guess nor answers "I can't answer that"; with a proposal waiting it is still a
change of that proposal (tests/test_assistant_yes_naming_a_change.py). A day said after a booking that
found no opening, with a filler word ("oh duh monday then"), carries the booking on."""

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import YES_WITH_KIND
from assistant.service import ask

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("yes eval", "eval"),
        ("yeah the ot one", "ot"),
        ("ok a re-eval then", "re-eval"),
        ("yes pt eval please", "pt eval"),
        ("yep follow up", "follow up"),
        # must not change: a bare yes, a yes with a day or time, a request
        ("yes", None),
        ("yes book it", None),
        ("yes eval at 9 monday", None),
        ("yes, book her for an eval friday", None),
        ("eval", None),
    ],
)
def test_yes_naming_a_kind(said: str, kind: str | None) -> None:
    match = YES_WITH_KIND.match(said)
    assert (match["kind"] if match else None) == kind


def _patient(practice: Practice) -> str:
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   WHERE p.clinic_id = 1 AND EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id)
                   AND (SELECT COUNT(*) FROM patient q WHERE q.last_name = p.last_name
                        AND q.first_name = p.first_name) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).scalar_one()


def test_yes_eval_with_nothing_waiting_asks(practice: Practice) -> None:
    from core.users.service import actor_by_email

    name = _patient(practice)
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        first = ask(session, actor=actor, text=f"whats {name}s phone")
        chat = first["conversation_id"]
        reply = ask(session, actor=actor, text="yes eval", conversation_id=chat)
        alone = ask(session, actor=actor, text="yes eval")
    for answer in (reply, alone):
        assert answer["proposal"] is None
        assert "nothing waiting" in answer["answer"] and answer["answer"].rstrip().endswith("?"), answer
    assert name in reply["answer"], reply["answer"]


@pytest.mark.parametrize("then", ["oh duh monday then", "oops monday then", "monday then"])
def test_day_after_no_opening_carries_the_booking(practice: Practice, then: str) -> None:
    from core.users.service import actor_by_email

    name = _patient(practice)
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        first = ask(session, actor=actor, text=f"book {name} saturday at 10")
        assert first["proposal"] is None, first["answer"]
        chat = first["conversation_id"]
        reply = ask(session, actor=actor, text=then, conversation_id=chat)
    answer = reply["answer"]
    assert "can't answer" not in answer, answer
    # a booking on Monday proposed in words, or the open times / a question: never written
    assert reply["proposal"] is not None or "?" in answer or "Open" in answer, answer
    if reply["proposal"] is not None:
        assert name in answer and "Mon Nov 30" in answer, answer
