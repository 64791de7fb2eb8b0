"""A request said beside a cancel that waits ("offer them ..." after "cancel ...") that proposes nothing
leaves the cancel waiting for its yes (review, stop 53: the cancel was withdrawn, and the next "yes" found
"nothing waiting for your confirmation" while the visit stayed booked)."""

from datetime import datetime

from conftest import Practice
from sqlalchemy import text
from test_assistant_asked_back import FRONT_DESK, _alone_on_a_day

from assistant.service import ask
from core.users.service import actor_by_email

DEMO_SIZE = "small"


def _ask(practice: Practice, message: str, conversation: int | None = None) -> dict:
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation)


def test_an_offer_that_finds_no_time_keeps_the_cancel_waiting(
    practice: Practice, demo_clock: datetime
) -> None:
    first, last, visit_id, local = _alone_on_a_day(practice, 2)
    asked = _ask(practice, f"cancel {first} {last} {local:%A} {local:%-I:%M}".lower())
    assert asked["proposal"] is not None and asked["proposal"]["action"] == "cancel", asked["answer"]
    offered = _ask(practice, "offer them fri at 11pm", asked["conversation_id"])
    # nothing new proposed: what waits is the cancel, shown again with its Confirm
    assert offered["proposal"] is not None and offered["proposal"]["action"] == "cancel", offered["answer"]
    assert offered["proposal"]["token"] == asked["proposal"]["token"]
    assert "Still waiting for your yes" in offered["answer"] and "withdrawn" not in offered["answer"]
    _ask(practice, "yes", asked["conversation_id"])
    with practice.engine.connect() as conn:
        status = conn.execute(text("SELECT status FROM appointment WHERE id = :a"), {"a": visit_id}).scalar()
    assert status == "cancelled"
