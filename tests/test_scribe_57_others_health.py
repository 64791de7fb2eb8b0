"""Another person's health stays out of the note, the patient's own finding said in the same sentence stays
in: "The lady next door had a stroke and my knee gave out" wrote "Condition as named in the visit: stroke."
and quoted the stroke as the patient's. Table-driven, with rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft
from scribe.statements import conditions_named

T, P = "therapist", "patient"


def _subjective(said: str) -> str:
    segments = turns((P, said), (T, "Okay, let's get you on the bike."))
    return draft(segments, discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]


@pytest.mark.parametrize(
    ("said", "kept", "left_out"),
    [
        ("The lady next door had a stroke and my knee gave out.", "my knee gave out", "stroke"),
    ],
)
def test_the_patients_own_finding_stays_and_the_others_health_goes(
    said: str, kept: str, left_out: str
) -> None:
    note = _subjective(said)
    assert kept in note and left_out not in note.lower(), note


@pytest.mark.parametrize(
    "said",
    [
        # must not change
        "Our kids had the flu.",
        "The lady next door had a stroke.",
        "My brother had a stroke, he is worse.",
    ],
)
def test_only_the_others_health_is_never_written(said: str) -> None:
    assert _subjective(said) == "No subjective report captured in the session."


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("The lady next door had a stroke and my knee gave out.", []),
        ("The guy next door had a stroke, I was there when it happened.", []),
        # must not change
        ("I had a stroke in March.", ["stroke"]),
        ("The stroke was in March and my wife drives me now.", []),
        ("After the rotator cuff repair, I can't reach up.", ["rotator cuff repair"]),
        ("My doctor called it golfer's elbow, which is funny because I've never golfed.", ["golfer's elbow"]),
    ],
)
def test_a_condition_in_a_clause_of_anothers_health_is_not_the_patients(said: str, named: list[str]) -> None:
    assert conditions_named(turns((P, said))) == named
