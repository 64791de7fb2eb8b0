"""A refused request pressed in the next message (issue 19): "go", "can someone else see her", "yes them"
after a role may not cancel, "but im literally working there monday", "the owner said its fine" after a
refusal. Understood as nothing else, the message is told the same refusal again, never "I can't answer
that from the record" with the list of what the chat does, nor a bare "nothing is waiting" that reads as if
the change could still be made. A look-up asked after the refusal is answered as one, and a thanks stays a
thanks."""

import pytest
from conftest import Practice

from assistant.service import ask

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = pytest.mark.usefixtures("demo_clock")

THERAPIST = "pt1@riverside.example.org"
FRONT_DESK = "frontdesk1@riverside.example.org"


def _ask(practice: Practice, email: str, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


@pytest.mark.parametrize(
    ("email", "refused", "pressed"),
    [
        (THERAPIST, "cancel my 8am monday", "go"),
        (THERAPIST, "cancel my 8am monday", "can someone else see her"),
        (THERAPIST, "cancel my 8am monday", "yes them"),
        (THERAPIST, "cancel my 8am monday", "but i have a course that day"),
        (FRONT_DESK, "delete the audit log", "but the owner said its fine"),
        (FRONT_DESK, "delete the audit log", "go"),
    ],
)
def test_a_refused_request_pressed_is_refused_again(
    practice: Practice, email: str, refused: str, pressed: str
) -> None:
    first = _ask(practice, email, refused)
    assert first["proposal"] is None and "can't" in first["answer"], first["answer"]
    again = _ask(practice, email, pressed, first["conversation_id"])
    assert again["proposal"] is None
    assert "I can't answer that from the record" not in again["answer"], again["answer"]
    # the refusal said before, said again (its own words), so the person knows it cannot be done here
    assert first["answer"] in again["answer"], again["answer"]


@pytest.mark.parametrize(
    ("email", "refused", "then", "kept"),
    [
        # must not change: a look-up after the refusal is answered, a thanks is a thanks
        (THERAPIST, "cancel my 8am monday", "whats my monday then", "visit"),
        (FRONT_DESK, "delete the audit log", "thanks", "You're welcome"),
        (FRONT_DESK, "delete the audit log", "whos on tmrw", "visit"),
    ],
)
def test_a_look_up_after_a_refusal_is_answered(
    practice: Practice, email: str, refused: str, then: str, kept: str
) -> None:
    first = _ask(practice, email, refused)
    after = _ask(practice, email, then, first["conversation_id"])
    assert kept in after["answer"] and first["answer"] not in after["answer"], after["answer"]
