"""A complaint the patient says is past ("I had headaches but they're gone now", "I used to have headaches")
was written "Reports headaches", a complaint of now. Said gone in a clause after it, it is denied now; said
used to, it is history. Table-driven, with rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _subjective(said: str) -> str:
    segments = turns((T, "How are you feeling?"), (P, said), (T, "Okay."))
    return draft(segments, discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("I had headaches but they're gone now.", "Denies headaches."),
        ("I had some swelling and it went away.", "Denies swelling."),
        ("I had numbness, but it's resolved.", "Denies numbness."),
        ("I used to have headaches.", "History of headaches."),
        ("i used to get dizziness", "History of dizziness."),
        # must not change
        ("I used to have headaches but not since the exercises.", "Denies headaches."),
        ("The swelling is gone.", "Denies swelling."),
        ("I had some swelling and it's gone down.", "Reports swelling."),
        ("I had headaches and they've gotten worse.", "Reports headaches."),
        ("I have headaches.", "Reports headaches."),
    ],
)
def test_a_past_complaint_is_not_one_of_now(said: str, written: str) -> None:
    note = _subjective(said)
    assert written in note, note
