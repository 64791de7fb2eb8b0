"""A finding said to be there after a no is never written denied (#17): "Any numbness or tingling?" / "No,
just some numbness." reports the numbness and denies the tingling (both were "Denies ..."), and "I think my
arthritis is acting up" names the patient's arthritis ("my" owns it; what is guessed is the flare)."""

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
        ("Any numbness or tingling?", "No, just some numbness.", "Denies tingling.", "Denies numbness"),
        ("any numbness or tingling", "no just some numbness", "Reports numbness.", "Denies numbness"),
        ("no numbness or tingling", "no, just some numbness", "Reports numbness.", "Denies numbness"),
        ("How are you feeling today?", "I think my arthritis is acting up.", "Condition as named", ""),
        # must not change
        ("Any numbness or tingling?", "No.", "Denies numbness or tingling.", "Reports"),
        ("Any numbness?", "No, just the heel pain.", "Denies numbness.", ""),
        ("Any pain or swelling?", "No pain, just the rubbing.", "Denies pain or swelling.", ""),
        ("How are you feeling today?", "I think it's bursitis.", "", "Condition as named"),
    ],
)
def test_a_finding_there_is_never_denied(asked: str, answer: str, written: str, never: str) -> None:
    note = _subjective(("therapist", asked), ("patient", answer))
    assert written in note, note
    if never:
        assert never not in note, note
