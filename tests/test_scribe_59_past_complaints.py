"""A complaint the patient says is past is not one of now (#17), redone after a62a517 was reverted: the word
after "gone" is read ("gone now" is past; "gone after ten minutes", "gone into my foot", "went away and came
back" are of now), and a used-to makes a history only of the finding it had ("I used to have headaches"),
never of one in a clause of its own ("I used to be really active and I have tingling in my feet")."""

import pytest

from evals.eval_drafts import drafted
from scribe.transcript import parse


def _subjective(said: str) -> str:
    segments = [
        {"speaker": who, "start": 5.0 * k, "end": 5.0 * k + 4, "text": text}
        for k, (who, text) in enumerate((("therapist", "How are you feeling?"), ("patient", said)))
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
        ("I had headaches but they're gone now.", "Denies headaches.", "Reports headaches"),
        ("I had some swelling and it went away.", "Denies swelling.", "Reports swelling"),
        ("I had numbness, but it's resolved.", "Denies numbness.", "Reports numbness"),
        ("I used to have headaches.", "History of headaches.", "Reports headaches"),
        ("i used to get dizziness", "History of dizziness.", "Reports dizziness"),
        # must not change (tests/test_scribe_58_text_review.py's rows among them)
        ("I used to have headaches but not since the exercises.", "Denies headaches.", "Reports"),
        ("The swelling is gone.", "Denies swelling.", "Reports swelling"),
        ("I had some swelling and it's gone down.", "Reports swelling.", "Denies"),
        ("I have headaches.", "Reports headaches.", "Denies"),
        ("I get numbness and it's gone after ten minutes", "Reports numbness", "Denies numbness"),
        ("I have numbness and it's gone into my foot now", "Reports numbness", "Denies numbness"),
        ("I had swelling but it went away and came back", "Reports swelling", "Denies swelling"),
        ("I used to be really active and I have tingling in my feet", "Reports tingling", "History of"),
        ("I used to be fine until the dizziness started", "Reports dizziness", "History of"),
        ("I used to get headaches, now I get them once a week.", "Reports headaches", "History of"),
    ],
)
def test_a_past_complaint_is_not_one_of_now(said: str, written: str, never: str) -> None:
    note = _subjective(said)
    assert written in note, note
    assert never not in note, note
