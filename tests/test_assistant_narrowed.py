"""A booking proposed, then narrowed by the part of the day (issue 19): "anything later that day",
"mornings", "just the afternoon" list the open times for that patient and visit in that part of the span,
for a pick, and propose nothing; a bare time then ("330") is the time listed, proposed for a yes; a bare
time that several listed days could take is asked about, naming the days, never guessed."""

import re
from datetime import date

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import ASKED_AGAIN, LATER_ASKED, PRESSED
from assistant.service import ask
from assistant.understand import slots

FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "which"),
    [
        ("anything later that day", "later"),
        ("any later?", "later"),
        ("something earlier", "earlier"),
        ("what about later", "later"),
        ("anything sooner that day", "sooner"),
        ("later", None),  # a lone word is not asked as a search
        ("she's coming later", None),
    ],
)
def test_later_or_earlier_asked(said: str, which: str | None) -> None:
    found = LATER_ASKED.search(said)
    assert (found[1].lower() if found else None) == which


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("mornings", (420, 720)),
        ("just the afternoon", (720, 1080)),
        ("afternoons only", (720, 1080)),
        ("she can only do mornings", (420, 720)),
    ],
)
def test_a_part_of_the_day_alone_is_a_window(said: str, window: tuple[int, int]) -> None:
    frame = slots(said, date(2027, 4, 6))
    assert (frame.window, frame.times, frame.words) == (window, [], [])


def _actor(practice, email: str):  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    with practice.session() as session:
        return actor_by_email(session, email, "test")


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    with practice.session() as session:
        return ask(session, actor=_actor(practice, FRONT_DESK), text=message, conversation_id=conversation_id)


def _patient(practice: Practice) -> str:
    """A patient of one name whose payer needs no authorization."""
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN insurance_policy i ON i.patient_id = p.id JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND NOT y.requires_authorization
                   GROUP BY p.first_name, p.last_name HAVING COUNT(*) = 1 ORDER BY MIN(p.id) LIMIT 1"""
            )
        ).scalar_one()


def test_later_that_day_lists_then_a_bare_time_is_proposed(practice: Practice) -> None:
    name = _patient(practice)
    first = _ask(practice, f"book {name} for a PT follow-up next wednesday with christian diaz")
    assert first["proposal"], first["answer"]
    later = _ask(practice, "anything later that day", first["conversation_id"])
    assert not later["proposal"], later["answer"]
    assert "Which one should I book?" in later["answer"], later["answer"]
    times = re.findall(r"\b(\d{1,2}:\d\d [AP]M) with", later["answer"])
    assert times, later["answer"]
    picked = times[-1]
    hour, minute = picked[:-3].split(":")
    said = f"{hour}{minute}"
    booked = _ask(practice, said, first["conversation_id"])
    assert booked["proposal"], booked["answer"]
    assert picked in booked["answer"], booked["answer"]


def test_mornings_over_a_week_then_a_time_not_listed_asks_the_day(practice: Practice) -> None:
    name = _patient(practice)
    first = _ask(practice, f"{name} wants to come in the week after next")
    assert first["proposal"] or "open" in first["answer"].lower(), first["answer"]
    mornings = _ask(practice, "mornings", first["conversation_id"])
    assert not mornings["proposal"], mornings["answer"]
    listed = re.findall(r"\b(\d{1,2}):\d\d ([AP]M) with", mornings["answer"])
    assert listed and all(m == "AM" for _, m in listed), mornings["answer"]
    days = set(re.findall(r"\b(Mon|Tue|Wed|Thu|Fri) \w{3} \d{1,2}, \d{1,2}:\d\d", mornings["answer"]))
    if len(days) > 1:
        odd = _ask(practice, "1055", first["conversation_id"])  # on no day listed: which day is asked
        assert not odd["proposal"], odd["answer"]
        assert "on which day" in odd["answer"], odd["answer"]


@pytest.mark.parametrize(
    ("said", "pressed"),
    [
        ("actually all three", True),
        ("make it 1", True),
        ("both of them", True),
        ("ok do all of them", True),
        ("the other one too", True),
        ("what about her balance", False),
        ("and whens her next", False),
        ("whats the denial rate", False),
    ],
)
def test_a_refused_change_pressed_again(said: str, pressed: bool) -> None:
    """Right after a role was told it may not book, cancel or move, these say the same request again."""
    assert bool(PRESSED.search(said)) == pressed


@pytest.mark.parametrize(
    ("said", "again"),
    [
        ("and today", True),
        ("what about last week", True),
        ("delete the ones from the front desk, they were training", True),
        ("ok export the log for her then", True),
        ("can u message her pt", True),
        ("whats the clean claim rate", False),
        ("whens her next visit", False),
    ],
)
def test_said_right_after_a_refusal_it_is_refused_again(said: str, again: bool) -> None:
    """Only where the message was understood as nothing else (the engine's last resort) is this read."""
    assert bool(ASKED_AGAIN.search(said)) == again
