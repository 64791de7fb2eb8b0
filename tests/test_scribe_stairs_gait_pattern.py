"""PT minutes on the stairs are gait training (97116; Medicare's gait training includes stair climbing) where
the clinician said how the feet took them (step-over-step, one step at a time, leading with one side) and
no load or task was carried with them; stairs said with carrying stay a functional activity (97530) (#17).
Table-driven over the drafted note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import Draft, draft

T = "therapist"


def _drafted(*said: str) -> Draft:
    return draft(
        list(turns(*((T, s) for s in said))), discipline="PT", note_type="daily", role="PT", rule="cms"
    )


def _codes(d: Draft) -> dict[str, int]:
    return {c["code"]: c["units"] for c in d.codes}


GAIT = [
    (
        "Okay, the stairs now, a flight of twelve, reciprocal going up with the handrail.",
        "Quad sets and heel slides were twenty minutes, stairs twelve minutes.",
    ),
    (
        "On the steps she went one step at a time down, leading with the good leg.",
        "So twenty minutes of exercises, then eleven minutes on the stairs.",
    ),
]


@pytest.mark.parametrize(("first", "then"), GAIT)
def test_stairs_with_their_pattern_said_are_gait_training(first: str, then: str) -> None:
    codes = _codes(_drafted(first, then))
    assert "97116" in codes and "97530" not in codes, codes


FUNCTIONAL = [
    (
        "Stairs with the laundry basket, one step at a time, leading with the right.",
        "Twenty minutes of exercises, then ten minutes of stairs carrying the basket.",
    ),
    (
        "We did the bike and the bands.",
        "Twenty minutes of exercises, then ten minutes on the stairs.",
    ),
]


@pytest.mark.parametrize(("first", "then"), FUNCTIONAL)
def test_stairs_with_a_load_or_no_pattern_stay_as_they_were(first: str, then: str) -> None:
    codes = _codes(_drafted(first, then))
    assert "97116" not in codes, codes
