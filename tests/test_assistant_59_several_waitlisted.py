"""Several patients meant for the wait list, none named (#19, test32's b32-cv-24-t5 after worker C's move
path): "the ones that didnt fit, waitlist them" proposed wait-listing the one patient talked of last, a
write where none may come. Now it asks which patients; "put her on the waitlist" and a name said still
propose the one patient."""

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask

DEMO_SIZE = "tiny"
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"


def _patient(practice: Practice) -> str:
    """A patient of clinic 1 with a unique first name and PT visits."""
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1
                   AND EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id)
                   AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).scalar_one()


@pytest.mark.parametrize(
    ("said", "proposed"),
    [
        # failed before: the patient talked of last was proposed for the wait list
        ("the ones that didnt fit, waitlist them", False),
        ("put those on the waitlist", False),
        ("waitlist the rest", False),
        # must not change: the one patient talked of, or a name said
        ("put her on the waitlist", True),
        ("{name} on the waitlist pls", True),
        ("and put her on the list for the rest", True),
        ("put her on the waitlist for those days", True),
    ],
)
def test_several_meant_are_asked(practice: Practice, said: str, proposed: bool) -> None:
    from core.users.service import actor_by_email

    name = _patient(practice)
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        first = ask(session, actor=actor, text=f"when is {name}s next appt")
        reply = ask(
            session, actor=actor, text=said.format(name=name), conversation_id=first["conversation_id"]
        )
    assert (reply["proposal"] is not None) == proposed, reply["answer"]
    if not proposed:
        assert "Which patients" in reply["answer"], reply["answer"]
