"""Front-desk phrasings of review 59 (#19), read in general: a why said after a comma with no label ("cancel
janet woods fri, 8 inches of snow" was cancelled for "patient called to cancel"); "whats on"/"whos in" a day
and a stretch of it ("between 12 and 3", "b4 noon": answered "I can't answer that", or noon openings listed
for the morning); a place in the schedule just listed said alone ("the 2nd one"); two patients named
together (the second silently dropped from a wait-list proposal); "put it down as a no show" (read as a
booking). Tiny demo, today Tue Nov 24 2026: Janet Woods OT Fri Nov 27 and Mon Nov 30 10:15 AM, Amy Thomas
SLP Wed Nov 25 3:00 PM; Monday's list: Mark Taylor, Janet Woods, Brenda Hernandez, Amy Thomas."""

from datetime import date

import pytest

from assistant.service import ask
from assistant.understand import slots

DEMO_SIZE = "tiny"
TODAY = date(2026, 11, 24)
FRONT_DESK = "frontdesk1@riverside.example.org"
CANT = "I can't answer that from the record."
AMY = "amy thomas next appt"


@pytest.mark.parametrize(
    ("said", "window", "times"),
    [
        # failed before: "between" a name word, noon a time asked
        ("whos on mon between 12 and 3", (720, 900), []),
        ("whos on fri btwn 1 and 4", (780, 960), []),
        ("book her between 9:30 and 11am fri", (570, 660), []),
        ("any ot openings b4 noon fri", (420, 720), []),
        ("any ot openings before noon tomorrow", (420, 720), []),
        ("anything after noon tmrw", (720, 1200), []),
        # must not change
        ("any ot openings before 12pm fri", (420, 720), []),
        ("any ot openings b4 12 fri", (420, 720), []),
        ("whos on fri after 12", (720, 1200), []),
        ("whos in tmrw mornings", (420, 720), []),
        ("move her from 10 to 2", None, [600, 840]),
        ("book her fri at noon", None, [720]),
    ],
)
def test_part_of_day(said: str, window: tuple[int, int] | None, times: list[int]) -> None:
    frame = slots(said, TODAY)
    assert (frame.window, [t.value for t in frame.times]) == (window, times)


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        # failed before: out of scope, or a booking
        ("whats on tues morning", "today_schedule"),
        ("whos in tmrw morning", "today_schedule"),
        ("whos in tomorrow am", "today_schedule"),
        ("whats on fri", "today_schedule"),
        ("what's on for tomorrow", "today_schedule"),
        ("put it down as a no show for tmrw", "no_shows"),
        ("put her down as a ns", "no_shows"),
        # must not change
        ("whos on mon", "today_schedule"),
        ("whats on her auth", "auth_status"),
        ("whats on file for her", "insurance"),
        ("put her down for tmrw at 3", "book"),
    ],
)
def test_intent(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        # failed before: no reason read
        ("cancel janet woods fri, 8 inches of snow", "8 inches of snow"),
        ("cancel janet woods fri, roads are icy", "roads are icy"),
        ("cancel janet woods fri - car broke down", "car broke down"),
        ("cancel janet woods fri due to snow", "snow"),
        ("cancel janet woods fri appt, ac is broken til monday", "ac is broken til monday"),
        # must not change
        ("cancel janet woods fri, shes sick", "shes sick"),
        ("cancel her fri bc of the weather", "of the weather"),
        ("cancel her fri, and book mon at 3", None),
        ("cancel janet fri, 10am", None),
        ("cancel janet fri, what about work?", None),
        ("cancel her tues, move wed to the 3pm spot", None),
    ],
)
def test_reason_after_a_comma(said: str, reason: str | None) -> None:
    assert slots(said, TODAY).reason == reason


def _talk(practice, turns: list[str]) -> dict:  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    chat = None
    reply: dict = {}
    for said in turns:
        with practice.session() as session:
            actor = actor_by_email(session, FRONT_DESK, "test")
            reply = ask(session, actor=actor, text=said, conversation_id=chat)
        chat = reply["conversation_id"]
    return reply


@pytest.mark.usefixtures("demo_clock")
@pytest.mark.parametrize(
    ("turns", "right"),
    [
        # failed before
        (["cancel janet woods fri - car broke down"], lambda r: "(reason: car broke down)" in r["answer"]),
        (["cancel janet woods fri due to snow"], lambda r: "(reason: snow)" in r["answer"]),
        (
            ["whats on tues morning"],
            lambda r: "Tue Dec 1" in r["answer"] and "before 12:00 PM" in r["answer"],
        ),
        (["whos in tomorrow morning"], lambda r: "Wed Nov 25" in r["answer"]),
        (
            ["whos on mon between 12 and 3"],
            lambda r: "between 12:00 PM and 3:00 PM" in r["answer"] and "Mark Taylor" not in r["answer"],
        ),
        (
            ["whos on mon btwn 8 and 11"],
            lambda r: "Mark Taylor" in r["answer"] and "Amy Thomas" not in r["answer"],
        ),
        (["whos on mon", "the 2nd one"], lambda r: "Janet Woods" in r["answer"] and r["proposal"] is None),
        (["whos on mon", "second one"], lambda r: "Janet Woods" in r["answer"]),
        (["whos on mon", "the 3rd one"], lambda r: "Brenda Hernandez" in r["answer"]),
        (["whos on mon", "the 5th one"], lambda r: "has 4 visits" in r["answer"]),
        (
            ["any ot openings before noon tomorrow"],
            lambda r: "8:00 AM" in r["answer"] and "12:00 PM" not in r["answer"],
        ),
        (
            ["waitlist amy thomas and janet woods"],
            lambda r: r["proposal"] is None and "Amy Thomas" in r["answer"] and "Janet Woods" in r["answer"],
        ),
        (
            ["put amy thomas & janet woods on the wait list"],
            lambda r: r["proposal"] is None and "Janet Woods" in r["answer"],
        ),
        (["cancel amy thomas and janet woods fri"], lambda r: r["proposal"] is None),
        (
            ["when are amy thomas and janet woods next in"],
            lambda r: "Nov 25" in r["answer"] and "Nov 27" in r["answer"],
        ),
        (
            [AMY, "put her down as a no show for tomorrow"],
            lambda r: r["proposal"] is None and "book" not in r["answer"].lower(),
        ),
        # must not change
        (["whos on fri after 12"], lambda r: "Abigail Murray" in r["answer"]),
        (
            ["whos on mon before 12"],
            lambda r: "Janet Woods" in r["answer"] and "Amy Thomas" not in r["answer"],
        ),
        (["whos on mon", "who's the 2nd one with"], lambda r: "Janet Woods" in r["answer"]),
        (
            [AMY, "put them on the waitlist"],
            lambda r: r["proposal"] is not None and "Amy Thomas" in r["answer"],
        ),
        (
            ["cancel janet woods fri and mon"],
            lambda r: r["proposal"] is not None and "Nov 27" in r["answer"] and "Nov 30" in r["answer"],
        ),
        (["amy thomas next appt and balance"], lambda r: "owes" in r["answer"]),
        (["cancel janet woods fri"], lambda r: "(reason: patient called to cancel)" in r["answer"]),
    ],
)
def test_front_desk(practice, turns: list[str], right) -> None:  # type: ignore[no-untyped-def]
    reply = _talk(practice, turns)
    assert right(reply), reply["answer"]


@pytest.mark.parametrize(
    ("said", "several"),
    [
        ("put those on the waitlist", True),
        ("the ones that didnt fit, waitlist them", True),
        ("waitlist them all", True),
        ("put everyone from fri on the wl", True),
        ("put her on the list for the rest", False),
        ("put them on the waitlist", False),
        ("waitlist amy thomas", False),
    ],
)
def test_several_meant_by_the_pronoun(said: str, several: bool) -> None:
    """Where a pronoun means several patients is read with the other pronouns (Frame.several), as the wait
    list's guard read it before."""
    assert slots(said, TODAY).several is several
