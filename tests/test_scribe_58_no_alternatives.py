"""Findings asked as alternatives in the negative ("and no popping or catching" / "none") are denied in one
line, as asked: the recognizer's turn with no "?" was read as no question, and even "And no popping or
catching?" / "None." wrote "Denies popping." and "Denies catching.", two lines a key of "popping or catching"
does not find. Table-driven, with rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _subjective(question: str, answer: str) -> str:
    segments = turns((T, question), (P, answer), (T, "okay lets get you on the bike"))
    return draft(segments, discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]


@pytest.mark.parametrize(
    ("question", "answer", "line"),
    [
        ("and no popping or catching", "none", "Denies popping or catching."),
        ("And no popping or catching?", "None.", "Denies popping or catching."),
        ("so no numbness or tingling", "no", "Denies numbness or tingling."),
        # must not change
        ("Any numbness or tingling in the hand?", "No.", "Denies numbness or tingling in the hand."),
        ("So no tingling?", "No.", "Denies tingling."),
        ("No falls this week?", "Nope.", "Denies falls this week."),
    ],
)
def test_alternatives_asked_in_the_negative_are_one_line(question: str, answer: str, line: str) -> None:
    note = _subjective(question, answer)
    assert line in note.splitlines(), note
    assert len([n for n in note.splitlines() if n.startswith("Denies")]) == 1, note
