"""What helper-333's review of the text commits (9e65983..b323693) found written the wrong way round, read
as before (#17): a symptom the patient has is never written denied or as history ("I get numbness and it's
gone after ten minutes", "I used to be really active and I have tingling in my feet": a62a517 reverted),
and a finding in someone else's body is not the patient's ("My wife has been dizzy and I notice swelling in
her ankles"); a side said last in a recognizer's turn is no question tag ("no numbness on the right" / "no"
wrote "Denies numbness on the.")."""

import pytest

from evals.eval_drafts import drafted
from scribe.transcript import parse


def _subjective(*turns: tuple[str, str]) -> str:
    segments = [
        {"speaker": who, "start": 5.0 * k, "end": 5.0 * k + 4, "text": text}
        for k, (who, text) in enumerate(turns)
    ]
    session = {
        "id": "x",
        "discipline": "PT",
        "note_type": "daily",
        "role": "PT",
        "rule": "cms",
        "transcript": {"segments": segments},
    }
    return drafted(session, parse(session)).note.get("subjective", "")


@pytest.mark.parametrize(
    ("said", "written", "never"),
    [
        ("I get numbness and it's gone after ten minutes", "Reports numbness", "Denies numbness"),
        ("I have numbness and it's gone into my foot now", "Reports numbness", "Denies numbness"),
        ("I had swelling but it went away and came back", "Reports swelling", "Denies swelling"),
        (
            "I used to be really active and I have tingling in my feet",
            "Reports tingling",
            "History of tingling",
        ),
        ("I used to be fine until the dizziness started", "Reports dizziness", "History of dizziness"),
        ("My wife has been dizzy and I notice swelling in her ankles", "", "Reports swelling"),
        # must not change
        ("My wife has had headaches and now I have some tingling", "Reports tingling", "Denies"),
    ],
)
def test_a_symptom_is_never_written_the_wrong_way_round(said: str, written: str, never: str) -> None:
    note = _subjective(("therapist", "How are you doing?"), ("patient", said))
    assert written in note, note
    assert never not in note, note


@pytest.mark.parametrize(
    ("asked", "answer", "written"),
    [
        ("no numbness on the right", "no", "Denies numbness on the right."),
        ("you don't have any tingling on the right", "no", "Denies tingling on the right."),
        ("no numbness on the right?", "no", "Denies numbness on the right."),
        # must not change: "right" as the tag that asks
        ("no pain right", "right", "Denies pain."),
        ("he hasn't had any falls has he", "no", "Denies falls."),
        ("You're not having any numbness, right?", "No.", "Denies numbness."),
    ],
)
def test_a_side_said_last_is_no_tag(asked: str, answer: str, written: str) -> None:
    assert written in _subjective(("therapist", asked), ("patient", answer))
