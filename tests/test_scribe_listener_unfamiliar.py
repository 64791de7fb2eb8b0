"""Intelligibility is judged by a listener who does not know the speaker: a clinician's figure said "to
someone who doesn't know him", "to me, someone he doesn't know", "to someone unfamiliar" is a finding,
quoted; what someone else did stays out. Table-driven over the drafted note; the phrasings are this file's
own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, C = "therapist", "caregiver"


def _note(*said: tuple[str, str]) -> str:
    note = draft(turns(*said), discipline="SLP", note_type="daily", role="SLP", rule="cms").note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


KEPT = [
    ("Intelligibility to me, someone he doesn't know, is about forty percent.", "40%"),
    ("She's about sixty percent intelligible to someone who has never met her.", "60%"),
    ("In conversation he was seventy percent intelligible to someone unfamiliar.", "70%"),
    ("Intelligibility to someone that doesn't know her was fifty-five percent today.", "55%"),
]


@pytest.mark.parametrize(("sentence", "figure"), KEPT)
def test_a_listener_unfamiliar_keeps_the_finding(sentence: str, figure: str) -> None:
    assert figure in _note((T, sentence))


def test_someone_elses_doing_stays_out() -> None:
    note = _note((C, "Someone at his school gave him a test, he got forty percent."))
    assert "40%" not in note
