"""Codes and minutes from misses on studied sessions (blind39-test): the speech of ALS re-evaluated by
its rate and intelligibility is dysarthria, an evaluation of speech sound production (92522, which CPT
names for dysarthria), however often "voice" is said of voice banking (ap_slp12)."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T, P, C = "therapist", "patient", "caregiver"


# ---- SLP evaluation code: dysarthria of ALS is speech sound production -----------------------------------

ALS = [
    (T, "Re-evaluation of his speech today, it has been three months. He has ALS."),
    (T, "Speaking rate is eighty words per minute, it was one twenty. Intelligibility sixty percent."),
    (T, "Maximum phonation time nine seconds."),
    (T, "We'll start voice banking while his voice is still strong, he records phrases in his own voice."),
]


@pytest.mark.parametrize(
    ("said", "code"),
    [
        # failing before: the voice banking and the phonation time made it a voice evaluation (92524)
        (ALS, "92522"),
        (
            [
                (T, "Re-evaluation today. Bulbar onset, the speech is slower and nasal."),
                (T, "Speech rate ninety words per minute. Voice banking started, your voice is still clear."),
                (T, "Maximum phonation time ten seconds, your voice gets tired at the end."),
            ],
            "92522",
        ),
        # must not change: a voice evaluation (nodules, pitch, loudness), a fluency one with its rate, a
        # Parkinson's voice evaluation
        (
            [
                (T, "Voice evaluation. Hoarse for three months, nodules on the scope."),
                (T, "Maximum phonation time eight seconds, pitch is low, loudness drops at the end."),
                (T, "Vocal hygiene and the voice handicap index, VHI thirty two."),
            ],
            "92524",
        ),
        (
            [
                (T, "Let's look at the stuttering. Lots of blocks and repetitions, some prolongations."),
                (T, "Speaking rate one forty words per minute, SSI score twenty four, moderate."),
                (T, "Disfluencies mostly on the first word."),
            ],
            "92521",
        ),
        (
            [
                (T, "Parkinson's, his voice is soft. Loudness sixty two decibels in conversation."),
                (T, "Maximum phonation time eleven seconds, pitch range is narrow, the voice is hoarse."),
            ],
            "92524",
        ),
    ],
)
def test_slp_evaluation_code(said: list[tuple[str, str]], code: str) -> None:
    found = find(turns(*said), discipline="SLP", note_type="re-evaluation")
    assert found.untimed == [code], found.reasons
