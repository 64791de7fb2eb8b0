"""A measure of another visit said without its "it" is no minutes of this one (#17). "you held the side plank
for thirty seconds each side last week was twenty": what a measure was last week, as a recogniser writes it
(no "it"), was read as twenty more minutes of exercise. "last week it was twenty", "at the eval was ten",
"last time was fifteen": the figure of before, never this visit's minutes. Table-driven over the drafted
note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T = "therapist"


def _minutes(*said: str) -> dict[str, int]:
    d = draft(list(turns(*((T, s) for s in said))), discipline="PT", note_type="daily", role="PT", rule="cms")
    return {c["code"]: c["minutes"] for c in d.codes}


BEFORE = [
    (
        (
            "then sixteen minutes of exercise the bridges and the side planks",
            "you held the plank for forty seconds last week was twenty five",
        ),
        {"97110": 16},
    ),
    (
        (
            "ther ex was eighteen minutes today the wall sits and the clamshells",
            "the wall sit was a minute at the eval was thirty",
        ),
        {"97110": 18},
    ),
    (
        ("gait training twelve minutes with the cane", "you did the hallway twice last time was once"),
        {"97116": 12},
    ),
    # with its "it", as before
    (
        (
            "then sixteen minutes of exercise the bridges and the side planks",
            "the plank was forty seconds last week it was twenty",
        ),
        {"97110": 16},
    ),
]


@pytest.mark.parametrize(("said", "minutes"), BEFORE)
def test_a_measure_of_before_is_no_minutes_of_this_visit(
    said: tuple[str, ...], minutes: dict[str, int]
) -> None:
    assert _minutes(*said) == minutes
