"""After the chat declined a patient's notes to the front desk, asking when those visits were ("dates of
them then") is the desk's to know: her last visit is answered, never the refusal again. Asking for the
notes once more is still declined."""

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FRONT_DESK = "frontdesk1@riverside.example.org"
pytestmark = pytest.mark.usefixtures("demo_clock")


def _seen_patient(practice: Practice) -> str:
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   WHERE p.clinic_id = 1 AND EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id
                   AND a.status = 'completed')
                   AND (SELECT COUNT(*) FROM patient q WHERE q.last_name = p.last_name
                        AND q.first_name = p.first_name) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).scalar_one()


@pytest.mark.parametrize(
    ("after", "refused"),
    [
        ("dates of them then", False),
        ("ok what days were those", False),
        ("just read me them then", True),
    ],
)
def test_dates_after_notes_refused(practice: Practice, after: str, refused: bool) -> None:
    from core.users.service import actor_by_email

    name = _seen_patient(practice)
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        first = ask(session, actor=actor, text=f"whats {name}s phone")
        chat = first["conversation_id"]
        notes = ask(session, actor=actor, text="and her last 3 visit notes", conversation_id=chat)
        assert "can't" in notes["answer"], notes["answer"]
        reply = ask(session, actor=actor, text=after, conversation_id=chat)
    assert ("can't" in reply["answer"]) == refused, reply["answer"]
    if not refused:
        assert "last seen" in reply["answer"] or "last visit" in reply["answer"], reply["answer"]
    assert reply["proposal"] is None
