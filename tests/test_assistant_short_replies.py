"""Short replies inside a conversation are read against what was just proposed or listed (issue #19): "1030
if its there" is 10:30 asked of the proposal waiting; "ok then yes", "alright then, yes" are a yes; a yes
after open times were listed, with nothing proposed, asks which time (never a generic "can't answer")."""

from datetime import date

import pytest
from conftest import Practice

from assistant.engine import _when_only
from assistant.pending import read_yes
from assistant.service import ask
from assistant.understand import slots

THU = date(2027, 4, 29)
FRONT_DESK = "frontdesk1@riverside.example.org"

pytestmark = pytest.mark.usefixtures("demo_clock")


@pytest.mark.parametrize(
    ("said", "minute"),
    [
        ("1030 if its there", 10 * 60 + 30),
        ("1030 if it's open", 10 * 60 + 30),
        ("930 if you have it", 9 * 60 + 30),
        ("1145 if possible", 11 * 60 + 45),
        ("245 if available", 14 * 60 + 45),
        ("1030", 10 * 60 + 30),
        ("930 works", 9 * 60 + 30),
    ],
)
def test_a_bare_time_asked_if_it_is_free(said: str, minute: int | None) -> None:
    frame = slots(said, THU)
    if minute is None:
        assert frame.minute in (None, 10 * 60 + 30), said
    else:
        assert frame.minute == minute, said


@pytest.mark.parametrize(
    "said", ["ok then yes", "alright then, yes", "ok then, yes", "then yes", "all right yes"]
)
def test_a_yes_said_last_is_a_yes(said: str) -> None:
    yes = read_yes(said)
    assert yes is not None and yes.accept is None and not yes.rest, said


@pytest.mark.parametrize(
    "said",
    [
        "ok then book her monday",
        "then cancel her friday",
        "alright, whats her balance",
        "fine whos the biller",
    ],
)
def test_filler_before_a_request_is_no_yes(said: str) -> None:
    yes = read_yes(said)
    assert yes is None or yes.rest, said


@pytest.mark.parametrize(
    ("said", "only"),
    [
        ("ok. fri 11 then", True),
        ("how about thurs at 2", True),
        ("tmrw 930 pls", True),
        ("5/12 at 10:30", True),
        ("next tues 3pm", True),
        ("the 14th then", True),
        # a name, a reason or a question beside the day is more than when
        ("fri 11 for Rose Ford", False),
        ("fri 11, she has a dentist appt", False),
        ("what's open fri", False),
        ("ok then", False),
    ],
)
def test_a_message_that_says_only_when(said: str, only: bool) -> None:
    assert _when_only(slots(said, THU)) is only, said


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
    with practice.session() as session:
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def test_a_yes_after_listed_times_asks_which(practice: Practice) -> None:
    listed = _ask(practice, "any pt openings tomorrow afternoon")
    assert "Open " in listed["answer"] and not listed["proposal"], listed["answer"]
    again = _ask(practice, "ok then yes", listed["conversation_id"])
    assert not again["proposal"], again["answer"]
    assert "which time" in again["answer"].lower() and "Open:" in again["answer"], again["answer"]


def _no_visit_patient(practice: Practice) -> str:
    from sqlalchemy import text

    from core.timeutil import utcnow

    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1
                   AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id AND a.starts_at > :now)
                   GROUP BY p.first_name, p.last_name HAVING COUNT(*) = 1 ORDER BY MIN(p.id) LIMIT 1"""
            ),
            {"now": utcnow().replace(tzinfo=None)},
        ).scalar_one()


def test_a_move_with_nothing_booked_asks_about_the_day_moved_to(practice: Practice) -> None:
    name = _no_visit_patient(practice)
    reply = _ask(practice, f"move {name} from fri to mon")
    assert not reply["proposal"], reply["answer"]
    assert "Should I look for a new visit" in reply["answer"] and " on Mon " in reply["answer"], reply[
        "answer"
    ]
    talk = _ask(practice, f"{name} wants to come earlier than monday")
    assert not talk["proposal"], talk["answer"]
    aside = _ask(practice, "should she ice it", talk["conversation_id"])
    assert not aside["proposal"], aside["answer"]
    again = _ask(practice, "ok. fri 11 then", talk["conversation_id"])
    assert not again["proposal"], again["answer"]
    assert "?" in again["answer"] and "11:00 AM" in again["answer"], again["answer"]
