"""Facts a therapist expects, said in ways the reader missed: a goal's status said as a sentence of its own
after the goal ("Goal three, ... Nine out of twenty. Not met."), a goal's status whatever else its sentence
names ("not met, still needs his mom to check"), a grip in kilograms written as said, and intelligibility
judged by a listener who does not know the patient. Table-driven over the drafted note; the phrasings are
this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _note(*said: tuple[str, str], discipline: str = "SLP") -> dict[str, str]:
    return draft(turns(*said), discipline=discipline, note_type="progress", role=discipline, rule="cms").note


GOALS = [
    (
        [(T, "Goal two, naming objects with minimal cues. Twelve out of twenty, sixty percent. Not met.")],
        "goal not met",
    ),
    ([(T, "Okay. Goal one, ordering coffee with no cues. Met. Ten out of ten today.")], "goal met"),
    ([(T, "Goal three: dress his upper body alone. Partly met.")], "goal partially met"),
    (
        [(T, "Goal two, manage her own pill box for a week: not met, still needs her son to check.")],
        "goal not met",
    ),
]


@pytest.mark.parametrize(("said", "line"), GOALS)
def test_a_goals_status_is_written(said: list[tuple[str, str]], line: str) -> None:
    assert line in _note(*said)["assessment"].lower()


NO_GOAL = [
    # a status with no goal named before it in the turn is no goal's
    [(T, "We met last Tuesday. Met."), (P, "Yes.")],
    # a goal whose status was said in its own sentence is written once
    [(T, "Goal one, walk to the mailbox: met.")],
]


@pytest.mark.parametrize("said", NO_GOAL)
def test_no_goal_line_is_made_up(said: list[tuple[str, str]]) -> None:
    assessment = _note(*said, discipline="PT")["assessment"].lower()
    assert assessment.count("goal met") <= 1


UNITS = [
    ([(T, "Grip on the right is eighteen kilograms, the left thirty.")], "18 kilograms"),
    ([(T, "Key pinch four kilograms on the left.")], "4 kilograms"),
    ([(T, "Grip on the right is twenty two kilos.")], "22 kg"),
    ([(T, "Grip right forty pounds.")], "40 pounds"),
]


@pytest.mark.parametrize(("said", "written"), UNITS)
def test_a_grip_is_written_in_the_unit_said(said: list[tuple[str, str]], written: str) -> None:
    assert written in _note(*said, discipline="OT")["objective"].lower()


def test_intelligibility_to_an_unfamiliar_listener_is_kept() -> None:
    note = _note(
        (T, "Intelligibility in conversation is about sixty percent to someone who doesn't know her.")
    )
    assert "60%" in note["objective"] + note["assessment"]


def test_decibels_are_quoted_as_said_beside_the_measure() -> None:
    note = _note((T, "Loudness in conversation was seventy two decibels, you started at sixty."))
    assert "72 dB" in note["objective"]
    assert "72 decibels" in note["objective"]


def test_a_pitch_carries_its_unit_to_the_figure_after_it() -> None:
    note = _note((T, "Average speaking pitch is one ninety hertz, up from one seventy at the start."))
    assert "170 Hz" in note["objective"] + note["assessment"]
