"""A clinician's sentence of a word or two that names a finding, a test, a task or a condition is chart
shorthand said aloud ("Hawkins neg.", "Goal met.", "You're discharged.", "Effortful swallow."), quoted
like a longer sentence. A word of coaching or praise ("Perfect.", "Both feet.", "Breathe.") is not, and a
patient's short answer is judged with its question, as before."""

import pytest

from scribe.statements import qualitative
from scribe.transcript import Segment

THERAPIST, PATIENT = "therapist", "patient"
T, P = THERAPIST, PATIENT


def _quoted(speaker: str, said: str) -> list[str]:
    segments = [
        Segment(0, 0.0, 1.0, THERAPIST, "Okay, let's get going."),
        Segment(1, 1.0, 2.0, speaker, said),
    ]
    return [s.words for s in qualitative(segments, set()) if s.segment == 1]


QUOTED = [
    (T, "Hawkins neg."),
    (T, "Neer positive."),
    (T, "Goal met."),
    (T, "Goal achieved."),
    (T, "Discharged today."),
    (T, "You're discharged."),
    (T, "Effortful swallow."),
    (T, "Tendonitis."),
    (T, "Moderate assist."),
    (T, "Verbal cues."),
    (T, "The pegboard."),
]

NOT_QUOTED = [
    (T, "Perfect."),
    (T, "Good job."),
    (T, "Both feet."),
    (T, "Breathe."),
    (T, "Again."),
    (T, "Swallow."),
    (T, "Hold it."),
    (P, "Okay."),
    (P, "The knee."),
]


@pytest.mark.parametrize(("speaker", "said"), QUOTED)
def test_short_shorthand_quoted(speaker: str, said: str) -> None:
    assert _quoted(speaker, said)


@pytest.mark.parametrize(("speaker", "said"), NOT_QUOTED)
def test_short_coaching_not_quoted(speaker: str, said: str) -> None:
    assert not _quoted(speaker, said)
