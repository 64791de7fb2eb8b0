"""A length said while a move waits (#19, test32 b32-cv-28-t4 "actually make it 30 min"): a move keeps the
visit's kind and length, so what was meant is asked and the move withdrawn; before, the message was not
understood ("I can't answer that from the record"). A shift ("30 min later") still moves the time."""

import pytest
from conftest import DEMO_NOW, Practice
from sqlalchemy import text

from assistant.service import ask

DEMO_SIZE = "tiny"
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "asked", "proposed"),
    [
        # failed before
        ("actually make it 30 min", True, None),
        ("ok but make it a 30 min appt", True, None),
        # must not change: a shift of the time proposed
        ("make it 30 min later", False, "2:30 PM"),
        ("actually make it 3", False, "3:00 PM"),
    ],
)
def test_a_length_said_while_a_move_waits_is_asked(
    practice: Practice, said: str, asked: bool, proposed: str | None
) -> None:
    from core.users.service import actor_by_email

    with practice.engine.connect() as conn:
        name = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1
                   AND (SELECT COUNT(*) FROM appointment a WHERE a.patient_id = p.id AND a.status = 'booked'
                        AND a.starts_at > :now AND a.starts_at < '2026-12-01') >= 2
                   AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name) = 1
                   ORDER BY p.id LIMIT 1"""
            ),
            {"now": DEMO_NOW.replace(tzinfo=None)},
        ).scalar_one()
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        first = ask(session, actor=actor, text=f"{name} next appt")
        chat = first["conversation_id"]
        move = ask(session, actor=actor, text="move it to fri at 2", conversation_id=chat)
        assert move["proposal"] is not None, move["answer"]
        reply = ask(session, actor=actor, text=said, conversation_id=chat)
    assert ("keeps the visit's kind and length" in reply["answer"]) == asked, reply["answer"]
    if asked:
        assert reply["proposal"] is None and "withdrawn" in reply["answer"], reply["answer"]
    else:
        assert reply["proposal"] is not None and proposed in reply["answer"], reply["answer"]
