"""Kinds of speech whose services the blind28 sessions coded wrong, each with rows that must stay as they are:
- a measure of before said with a possessive ("At your evaluation it was 39.") is no service's minutes,
  as "at the evaluation it was 39" is not;
- a recogniser's run-on turn that sets one thing aside, then says "so" and what was done ("well skip the
  heel lift so fitting and adjusting the orthotics was fourteen minutes"): the "skip" is the heel lift's;
- "or thotics" is a recogniser's "orthotics";
- an orthosis that "came in" and is tried on is issued at this visit: the initial encounter, 97760."""

import pytest
from transcript_helpers import turns

from scribe.misheard import corrected
from scribe.services import find

T = "therapist"


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            [
                (T, "Berg Balance today: 51 out of 56. At your evaluation it was 39."),
                (T, "That was 10 minutes of balance training."),
            ],
            {"97112": 10},
        ),
        (
            [
                (T, "Single leg stance 20 seconds. At his evaluation it was 5."),
                (T, "Balance work was 12 minutes."),
            ],
            {"97112": 12},
        ),
        # unchanged: the article form, and minutes said of this visit with no measure of before
        (
            [
                (T, "Berg Balance today: 51 out of 56. At the evaluation it was 39."),
                (T, "That was 10 minutes of balance training."),
            ],
            {"97112": 10},
        ),
        ([(T, "Balance training, your favourite. That was 14 minutes.")], {"97112": 14}),
        ([(T, "Your balance work today was 13 minutes.")], {"97112": 13}),
    ],
)
def test_a_measure_of_before_said_with_a_possessive(
    said: list[tuple[str, str]], minutes: dict[str, int]
) -> None:
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            "thats fine well skip the heel lift so fitting and adjusting the orthotics was fourteen minutes",
            {"97763": 14},
        ),
        ("we couldnt find the heel lift so manual therapy was twelve minutes", {"97140": 12}),
        # unchanged: what is set aside after the "so", a service named before it, "so" as "so much"
        ("the heel lift is fine so no manual therapy today", {}),
        ("we skip the bike so the manual was ten minutes", {}),
        ("we didnt do the manual therapy so much as the stretching ten minutes", {}),
        ("fitting and adjusting the orthotics was fourteen minutes", {"97763": 14}),
    ],
)
def test_so_opens_what_was_done_after_what_was_set_aside(said: str, minutes: dict[str, int]) -> None:
    assert find(turns((T, said)), discipline="PT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("lets try the or thotics", "lets try the orthotics"),
        ("the or thotic is ready", "the orthotic is ready"),
        # unchanged: "or" before other words
        ("the splint or the brace", "the splint or the brace"),
        ("orthotics or those shoes", "orthotics or those shoes"),
    ],
)
def test_orthotics_heard_in_two(heard: str, meant: str) -> None:
    assert corrected(heard)[0] == meant


@pytest.mark.parametrize(
    ("said", "untimed", "minutes"),
    [
        (
            [
                (T, "okay your orthotics came in lets try them on"),
                (T, "ill heat the right one and grind the edge a bit"),
                (T, "so fitting and adjusting the orthotics was fourteen minutes"),
            ],
            [],
            {"97760": 14},
        ),
        # unchanged: the orthosis she has, adjusted
        (
            [
                (T, "how are the orthotics you got last month"),
                (T, "adjusting the orthotics was fourteen minutes"),
            ],
            [],
            {"97763": 14},
        ),
    ],
)
def test_an_orthosis_that_came_in_is_issued(
    said: list[tuple[str, str]], untimed: list[str], minutes: dict[str, int]
) -> None:
    found = find(turns(*said), discipline="PT", note_type="daily")
    assert (found.untimed, found.minutes) == (untimed, minutes)
