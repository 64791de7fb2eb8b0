"""A clinician's "my", "i", "me" is their own schedule and notes (issue #19): "how many pts do i have
today", "im out all next week. how many pts do i have", "when am i done today", "which of my notes arent
signed"; and "any gaps in my monday" says the asker's own visits that day before the open times between
them (a gap is read off the day, not a list of openings alone)."""

from datetime import date

import pytest
from conftest import Practice

from assistant.service import ask
from assistant.understand import ask_clauses, slots

THU = date(2027, 4, 29)
PT = "pt1@riverside.example.org"

pytestmark = pytest.mark.usefixtures("demo_clock")


@pytest.mark.parametrize(
    "said",
    [
        "how many pts do i have today",
        "how many patients do i have tomorrow",
        "how many visits do i have next week",
        "how many evals am i seeing this week",
        "how many kids do i have monday",
        "how many pts did i see yesterday",
        "when am i done today",
        "what time do i finish tmrw",
        "when will i be done friday",
        "what time am i out today",
        "im out all next week",
        "i'm off friday",
        "i'll be on vacation the week of the 10th",
        "any gaps in my monday",
        "whats my day look like tmrw",
    ],
)
def test_the_askers_own_schedule(said: str) -> None:
    frame = slots(said, THU)
    assert (frame.intent, frame.mine) == ("my_schedule", True), said


def test_an_absence_and_a_count_are_one_question() -> None:
    said = "im out all next week. how many pts do i have"
    assert len(ask_clauses(said)) == 1
    frame = slots(said, THU)
    assert (frame.intent, frame.day, frame.day_to) == ("my_schedule", date(2027, 5, 3), date(2027, 5, 7))


@pytest.mark.parametrize(
    "said",
    [
        "which of my notes arent signed",
        "which of my notes aren't signed yet",
        "any notes of mine still not signed",
        "notes that havent been signed",
        "which of my notes are unsigned",
    ],
)
def test_notes_not_signed_said_many_ways(said: str) -> None:
    assert slots(said, THU).intent == "unsigned_notes", said


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        # another's schedule, or the clinic's, stays theirs
        ("how many pts does Kyle have today", "today_schedule"),
        ("she's out all next week, cancel her visits", "cancel"),
        ("is Rose Ford signed in", "out_of_scope"),
    ],
)
def test_not_the_askers_own(said: str, intent: str) -> None:
    frame = slots(said, THU)
    assert frame.intent != "my_schedule", said


def _ask(practice: Practice, email: str, message: str) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
    with practice.session() as session:
        return ask(session, actor=actor, text=message)


@pytest.mark.parametrize(
    "said", ["any gaps in my day tomorrow", "do i have a gap tmrw", "any openings in my tmrw"]
)
def test_gaps_in_my_day_say_my_visits_then_the_open_times(practice: Practice, said: str) -> None:
    reply = _ask(practice, PT, said)
    answer = reply["answer"]
    assert "for Katherine Hill" in answer or "No visits for" in answer, answer
    booked = answer.find(" for Katherine Hill")
    opened = answer.find("Open ")
    assert booked != -1 and (opened == -1 or booked < opened), answer
    assert not reply["proposal"]


def test_how_many_pts_do_i_have_is_my_own_day(practice: Practice) -> None:
    answer = _ask(practice, PT, "im out all next week. how many pts do i have")["answer"]
    assert "for the clinic" not in answer and "Katherine Hill" in answer, answer
