"""A day's list asked for part of the day (#19, test33 b33-cv-04-t1 "whos on thurs after 12"): the visits from
that time on (or before it) only, and the list said to be of that part; the whole day was listed before."""

import re

import pytest
from conftest import Practice

from assistant.service import ask

DEMO_SIZE = "tiny"
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "am", "pm", "words"),
    [
        # failed before: the whole day
        ("whos on mon after 12", False, True, "from 12:00 PM"),
        ("whos on mon after 1pm", False, True, "from 1:00 PM"),
        ("whos on mon morning", True, False, "before 12:00 PM"),
        # must not change: the whole day
        ("whos on mon", True, True, ""),
    ],
)
def test_part_of_the_day_listed(practice: Practice, said: str, am: bool, pm: bool, words: str) -> None:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        reply = ask(session, actor=actor, text=said)
    answer = reply["answer"]
    assert reply["proposal"] is None, answer
    assert "Mon Nov 30, 2026" + (" " + words if words else ":") in answer, answer
    listed = answer.split(": ", 1)[1]
    assert bool(re.search(r"\d AM ", listed)) == am, answer
    assert bool(re.search(r"\d PM ", listed)) == pm, answer
