"""A question asked while a proposal waits for its yes (issue 19): "whats open thurs am", "who else is on
fri", "whats her balance" are look-ups, answered as such. The proposal is never made again in their place
(a yes after the re-shown proposal wrote a booking the person had moved on from), it stays waiting (the
same one, not confirmed), and the bare yes after the question is asked about once more. A time offered
("what about 3", "how about thursday") is still a change of the proposal. Pure tables first, then on the
demo practice."""

from datetime import date, datetime, timedelta

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import LOOKUP_ASKED, _aside
from assistant.service import ask
from assistant.understand import slots
from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
TUE = date(2027, 6, 1)


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("whats open thurs am", "open_slots"),
        ("what's open thursday morning", "open_slots"),
        ("who's open friday", "open_slots"),
        ("who else is on thurs", "today_schedule"),
        ("who else is in friday", "today_schedule"),
        # must not change: an open balance or claim is money, not open times
        ("whats the open balance", "balance"),
        ("is her claim still open", "claim_status"),
        ("any openings fri?", "open_slots"),
    ],
)
def test_what_is_open_and_who_else_is_on_are_asked_of_the_day(said: str, intent: str) -> None:
    assert slots(said, TUE).intent == intent


@pytest.mark.parametrize(
    ("said", "looked_up"),
    [
        ("whats open thurs am", True),
        ("who else is on thurs", True),
        ("ok what time is she done friday", True),
        ("is there anything at 3 thurs", True),
        ("how many visits does she have left", True),
        ("when's her next one", True),
        ("so who is she with friday", True),
        # must not change: a time or a day offered in place of the one proposed is a change
        ("what about 3", False),
        ("how about thursday", False),
        ("what if we do 4", False),
        ("make it 4 instead", False),
        ("ok 3 then", False),
        ("thursday works better", False),
        ("any openings fri?", False),
    ],
)
def test_a_look_up_is_told_from_a_time_offered(said: str, looked_up: bool) -> None:
    assert bool(LOOKUP_ASKED.search(said)) is looked_up


@pytest.mark.parametrize(
    ("said", "aside"),
    [
        ("whats open thurs am", True),
        ("whats her balance", True),
        ("who else is on thurs", True),
        # must not change: a wish for another time, a time said, a correction
        ("any openings fri?", False),
        ("whats open thurs at 3", False),
        ("actually whats open thurs instead", False),
    ],
)
def test_which_questions_keep_the_proposal_waiting(said: str, aside: bool) -> None:
    assert _aside(slots(said, TUE)) is aside


# -- on the demo practice -------------------------------------------------------------------------------


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _written(practice: Practice) -> tuple:
    with practice.engine.connect() as conn:
        return tuple(
            conn.execute(
                text("SELECT COUNT(*), SUM(CASE WHEN status = 'booked' THEN 1 ELSE 0 END) FROM appointment")
            ).one()
        )


def _lone_visit(practice: Practice) -> tuple[str, date]:
    """A patient (her name unshared) with a visit ahead that is her only one that day, and its day."""
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name, MIN(a.starts_at) FROM patient p
                   JOIN appointment a ON a.patient_id = p.id AND a.status = 'booked' AND a.starts_at > :now
                   WHERE p.clinic_id = 1
                   AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.id <> p.id
                                   AND q.first_name = p.first_name AND q.last_name = p.last_name)
                   GROUP BY p.id, p.first_name, p.last_name ORDER BY p.id LIMIT 1"""
            ),
            {"now": (utcnow() + timedelta(days=2)).replace(tzinfo=None)},
        ).one()
    starts = datetime.fromisoformat(row[1]) if isinstance(row[1], str) else row[1]
    return row[0], starts.date()


@pytest.mark.parametrize(
    "question",
    [
        "whats open {day}",
        "who else is on {day}",
        "whats her balance",
        "how many visits does she have left",
        "when is her next visit after that",
        "who is she with {day}?",
    ],
)
@pytest.mark.parametrize("change", ["cancel {name} {day}", "move {name} {day} to {later} same time"])
def test_a_question_while_a_change_waits_is_answered_and_the_change_kept(
    practice: Practice, question: str, change: str
) -> None:
    name, day = _lone_visit(practice)
    words = {"name": name, "day": f"{day:%m/%d}", "later": f"{day + timedelta(days=7):%m/%d}"}
    proposed = _ask(practice, change.format(**words))
    assert proposed["proposal"], proposed["answer"]
    token, before = proposed["proposal"]["token"], _written(practice)
    asked = _ask(practice, question.format(**words), proposed["conversation_id"])
    # answered as a look-up: the same proposal still waits (never made again, never withdrawn)
    assert "Still waiting for your yes" in asked["answer"], asked["answer"]
    assert not asked["answer"].startswith(("Cancel ", "Move ", "Book ")), asked["answer"]
    assert asked["proposal"] and asked["proposal"]["token"] == token, asked
    # the bare yes after it may answer the question: asked once more, nothing written
    again = _ask(practice, "ok", proposed["conversation_id"])
    assert again["answer"].startswith("To be sure"), again["answer"]
    assert _written(practice) == before
    dropped = _ask(practice, "no", proposed["conversation_id"])
    assert "nothing was changed" in dropped["answer"] and _written(practice) == before
