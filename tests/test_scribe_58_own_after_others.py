"""The patient's own finding said after someone else's health in the same sentence stays, the other's goes:
"Our kids had the flu and now I have a cough" was left out whole (the kids kept the sentence out), and "My
wife has had headaches and now I have some tingling" read the tingling as the wife's. Table-driven, with rows
that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _subjective(said: str) -> str:
    segments = turns((P, said), (T, "Okay, let's get you on the bike."))
    return draft(segments, discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]


@pytest.mark.parametrize(
    ("said", "kept", "left_out"),
    [
        ("Our kids had the flu and now I have a cough.", "now I have a cough", "flu"),
        ("Our kids had the flu and now my knee hurts.", "now my knee hurts", "flu"),
        ("My wife has had headaches and now I have some tingling.", "Reports tingling", "headaches"),
        ("My husband had a fall last week, and I have some swelling in my knee.", "Reports swelling", "fall"),
        # must not change
        ("The lady next door had a stroke and my knee gave out.", "my knee gave out", "stroke"),
    ],
)
def test_the_patients_own_finding_after_anothers_stays(said: str, kept: str, left_out: str) -> None:
    note = _subjective(said)
    assert kept in note and left_out not in note.lower(), note


@pytest.mark.parametrize(
    "said",
    [
        # must not change
        "Our kids had the flu.",
        "My wife fell last week and broke her hip.",
        "My son has headaches and he has tingling.",
        "My mom had a fall and she has swelling.",
        # another's news, not their health: the sentence stays out whole
        "My granddaughter's soccer season starts Saturday, I gotta be able to hold the umbrella.",
        "my granddaughter had a bake sale at school and i ate four lemon bars so thats my exercise excuse",
    ],
)
def test_only_anothers_health_is_never_written(said: str) -> None:
    assert _subjective(said) == "No subjective report captured in the session."
