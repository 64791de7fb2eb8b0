"""A patient's guess at what it is ("I think it's bursitis", "probably tendinitis", "I guess it's arthritis")
was written "Condition as named in the visit: bursitis.", a diagnosis: it is the patient's words, quoted as
said for review, never a condition named. Table-driven, with rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _subjective(said: str) -> str:
    segments = turns((T, "What do you think is going on?"), (P, said), (T, "Okay."))
    return draft(segments, discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]


@pytest.mark.parametrize(
    ("said", "condition"),
    [
        ("I think it's bursitis.", ""),
        ("Probably tendinitis.", ""),
        ("I guess it's arthritis.", ""),
        ("maybe its tendinitis", ""),
        # must not change
        ("I have bursitis.", "bursitis"),
        ("The doctor said it's bursitis.", "bursitis"),
        ("I had a rotator cuff repair in March.", "rotator cuff repair"),
        ("It feels like a year since the botulism.", "botulism"),
    ],
)
def test_a_guess_is_no_condition_named(said: str, condition: str) -> None:
    note = _subjective(said)
    named = [line for line in note.splitlines() if line.startswith("Condition as named in the visit: ")]
    assert named == ([f"Condition as named in the visit: {condition}."] if condition else []), note
    assert condition or said.rstrip(".") in note, note  # a guess stays quoted as said
