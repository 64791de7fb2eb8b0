"""Denials asked in everyday questions, kept as asked (#17, blind36/blind37): "today" stays with the finding
a question asked of today ("Any pain in the hand today?" / "No." is "Denies pain in the hand today."), what
the patient was doing when it would come on is no part of the finding ("Any shortness of breath walking
in?"), "Not drinks either." answers no, and "trouble with drinks" is
never "Denies drinks."."""

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
    ("asked", "answer", "written", "never"),
    [
        ("Any pain today?", "She says no pain, zero.", "Denies pain today.", ""),
        ("Any pain in the hand today?", "No, no pain.", "Denies pain in the hand today.", ""),
        ("Any shortness of breath walking in?", "No.", "Denies shortness of breath.", ""),
        ("Any pain in the ankle wearing it?", "No pain, just the rubbing.", "Denies pain in the ankle.", ""),
        ("Any trouble with drinks?", "Not drinks either.", "Denies trouble with drinks.", "Denies drinks"),
        # must not change
        ("Any falls this week?", "No.", "Denies falls this week.", ""),
        ("Any pain in the knee going up stairs?", "Yes, a little.", "", "Denies"),
        ("Any numbness?", "Not since Tuesday, but it comes and goes.", "", "Denies"),
        ("Any tingling?", "No.", "Denies tingling.", ""),
        # (#17, worker B: "Denies bowel or bladder" said the patient has none; the change asked is kept)
        ("Any change in bowel or bladder?", "No.", "Denies change in bowel or bladder.", "Denies bowel"),
        ("Any pain waking you up?", "Not since last week.", "pain waking you up", ""),
    ],
)
def test_a_denial_is_kept_as_asked(asked: str, answer: str, written: str, never: str) -> None:
    note = _subjective(("therapist", asked), ("patient", answer))
    assert written in note, note
    if never:
        assert never not in note, note
