"""A no to a finding asked in the negative that goes on to say the finding is there ("You're not having any
numbness, right?" / "No, I do have it.") is no denial and no yes: the question and its answer are quoted for
the clinician's review, where nothing was written before. A plain no or one that says the finding is gone is
still the denial, and no quote. Table-driven, with rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _subjective(*said: tuple[str, str]) -> str:
    return draft(turns(*said), discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("You're not having any numbness, right?", "No, I do have it."),
        ("You're not having any numbness, right?", "No. It's still there."),
        ("No dizziness?", "No, I get it when I stand up."),
    ],
)
def test_a_no_that_says_it_is_there_is_quoted_for_review(question: str, answer: str) -> None:
    note = _subjective((T, question), (P, answer), (T, "Okay, let's get you on the bike."))
    assert f'Asked: "{question}" Patient answers: "{answer}" (as said; review)' in note, note
    assert "Denies" not in note, note


@pytest.mark.parametrize(
    ("question", "answer", "denied"),
    [
        ("You're not having any numbness, right?", "No.", "Denies numbness"),
        ("You're not having any numbness, right?", "No, it's gone.", "Denies numbness"),
        ("No dizziness?", "Nope.", "Denies dizziness"),
    ],
)
def test_a_no_that_agrees_is_the_denial_and_no_quote(question: str, answer: str, denied: str) -> None:
    note = _subjective((T, question), (P, answer), (T, "Okay, let's get you on the bike."))
    assert denied in note and "Asked:" not in note, note
