"""The answer to "I move one visit at a time: which first?" (#19, test34 b34-cv-18-t3 / b34-cv-04-t3): "start w
emily, 1pm" read "emily" as a provider ("w" before her) and the message as nothing (or, in test34, a new
booking for her instead of the move asked); now it is the move asked, of hers among the visits listed, to
where that message said unless this one says another time."""

import re
from datetime import date

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask
from assistant.understand import slots

DEMO_SIZE = "tiny"
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "words", "led"),
    [
        # read alone, "start w" leads a provider like any "w" ("book ..., start w kyle"); only as the answer to
        # "which first?" is the name the patient (the engine's reading, test_which_first_answered)
        ("start w stephen", ["stephen"], ["stephen"]),
        ("start with Joe Smith", ["Joe", "Smith"], ["Joe"]),
        ("book janet woods ot fu tues dec 1 2pm, start w kyle", ["janet", "woods", "fu", "kyle"], ["kyle"]),
        # must not change: a provider after with / w
        ("bk her w kyle", ["kyle"], ["kyle"]),
        ("with kyle tmrw", ["kyle"], ["kyle"]),
    ],
)
def test_start_with_names_a_patient(said: str, words: list[str], led: list[str]) -> None:
    frame = slots(said, date(2029, 12, 26))
    assert frame.words == words
    assert frame.led == led


@pytest.mark.parametrize(
    ("turns", "proposed"),
    [
        # failed before: not understood
        (
            ["whos on mon before 12", "move them all to the afternoon same day", "start w {first}, 1pm"],
            "1:00 PM",
        ),
        (
            ["whos on mon before 12", "move them all to the afternoon same day", "{first} first, 1:30"],
            "1:30 PM",
        ),
        # must not change: no move asked, nothing moved; a cancel of one listed
        (["whos on mon before 12", "start w {first}, 1pm"], None),
        (["whos on mon before 12", "cancel {first}s, she called"], "Cancel"),
    ],
)
def test_which_first_answered(practice: Practice, turns: list[str], proposed: str | None) -> None:
    from core.users.service import actor_by_email

    chat = None
    first = ""
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        for said in turns:
            reply = ask(session, actor=actor, text=said.format(first=first), conversation_id=chat)
            chat = reply["conversation_id"]
            if not first:
                # a listed patient whose first name is no verb ("mark") and no provider's
                listed = re.findall(r"\d (?:AM|PM) ([A-Z][a-z]+) [A-Z][a-z]+ \(", reply["answer"])
                first = next(n for n in listed if n not in ("Mark", "Bill", "Chase", "Sue")).lower()
    answer = reply["answer"]
    if proposed is None:
        assert reply["proposal"] is None or not answer.startswith("Move"), answer
    else:
        assert reply["proposal"] is not None, answer
        assert proposed in answer and first.title() in answer, answer
        if proposed != "Cancel":
            assert answer.startswith("Move") and "Mon Nov 30, " in answer, answer


@pytest.mark.parametrize(
    ("said", "booked"),
    [
        # failed before: open times listed, then a move asked, then "start w emily, 1pm" proposed a new booking
        ("start w {first}, 1pm", False),
        ("ok start with {first} 1pm", False),
        # must not change: a name and a time said for the open times listed is a booking
        ("{first}, 1pm", True),
    ],
)
def test_start_with_is_no_booking_at_an_open_time(practice: Practice, said: str, booked: bool) -> None:
    from core.users.service import actor_by_email

    with practice.engine.connect() as conn:
        first = conn.execute(
            text(
                """SELECT p.first_name FROM patient p WHERE p.clinic_id = 1
                   AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name) = 1
                   AND p.first_name NOT IN ('Mark', 'Bill', 'Chase', 'Sue', 'May', 'June')
                   ORDER BY p.id LIMIT 1"""
            )
        ).scalar_one()
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        offered = ask(session, actor=actor, text="any pt openings mon after 12")
        chat = offered["conversation_id"]
        reply = ask(session, actor=actor, text=said.format(first=first.lower()), conversation_id=chat)
    assert (reply["proposal"] is not None and reply["answer"].startswith("Book")) == booked, reply["answer"]
