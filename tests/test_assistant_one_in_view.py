"""A pick among several ("the older one", "the Cole one" by her own surname, "the little one") said after a
read about one patient, with no list open, is answered for that patient, saying she is the only one found;
"the other one" and another surname are read as usual, and a pick with a list open still picks from it
(tests/test_assistant_choices.py)."""

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import ONE_PICKED
from assistant.service import ask

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "which"),
    [
        ("the older one", "older"),
        ("the Cole one", "Cole"),
        ("the little one", "little"),
        ("ok the second one", "second"),
        ("no i meant the younger one", "younger"),
        ("that one", ""),
        # must not change: more said than a pick
        ("the older one's balance", None),
        ("cancel the older one", None),
        ("the one on friday", None),
        ("and the other one", None),
    ],
)
def test_pick_read(said: str, which: str | None) -> None:
    match = ONE_PICKED.match(said)
    assert ((match["which"] or "").strip() if match else None) == which


def _unique_patient(practice: Practice) -> tuple[str, str]:
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                """SELECT p.first_name, p.last_name FROM patient p
                   WHERE p.clinic_id = 1 AND EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id)
                   AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name) = 1
                   AND (SELECT COUNT(*) FROM patient q WHERE q.last_name = p.last_name) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).one()
    return row[0], row[1]


@pytest.mark.parametrize(
    ("then", "only"),
    [
        ("the older one", True),
        ("the {last} one", True),
        ("the little one", True),
        ("the zzyzx one", False),
    ],
)
def test_one_in_view_on_the_demo(practice: Practice, then: str, only: bool) -> None:
    from core.users.service import actor_by_email

    first, last = _unique_patient(practice)
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        asked = ask(session, actor=actor, text=f"whens {first} {last} next")
        chat = asked["conversation_id"]
        reply = ask(session, actor=actor, text=then.format(last=last), conversation_id=chat)
    assert reply["proposal"] is None
    assert reply["answer"].startswith(f"I found only one: {first} {last}.") == only, reply["answer"]
    if only:
        # the question before answered again, for her
        assert asked["answer"] in reply["answer"], (asked["answer"], reply["answer"])
