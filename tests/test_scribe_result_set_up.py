"""A result said alone at the start of the clinician's turn ("Sixteen seconds.") is quoted with the
clinician's set-up of the test it measures, said just before with only the patient's doing it between
("Maximum phonation time, take a big breath ..." / "Ahhhh." / "Sixteen seconds."); a set-up that is a
yes-or-no question, holds a number of its own, or is followed by a number the patient said is not joined.
Phrasings written for these tests, one row a way of saying it."""

import pytest
from transcript_helpers import quoted, turns

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            [
                (T, "Okay. Maximum phonation time, take a big breath, say ah as long as you can."),
                (P, "Ahhhh."),
                (T, "Sixteen seconds. It was six seconds at the evaluation."),
            ],
            "Maximum phonation time, take a big breath, say ah as long as you can. ... 16 seconds.",
        ),
        (
            [
                (T, "Let's start. Maximum phonation time, big breath, ah as long as you can."),
                (P, "Ahhhhh."),
                (T, "Nine seconds. Again."),
            ],
            "Maximum phonation time, big breath, ah as long as you can. ... 9 seconds.",
        ),
        (
            [
                (T, "It isn't. Okay, cognitive work. Trail Making B first."),
                (P, "The connect the dots with numbers and letters."),
                (T, "112 seconds. At the start it was 160."),
            ],
            "Trail Making B first. ... 112 seconds.",
        ),
        (
            [
                (T, "Nico, what did you get for the 10-meter walk?"),
                (T, "Seventeen seconds, so point six meters per second."),
            ],
            "what did you get for the 10-meter walk? ... 17 seconds, so 0.6 meters per second.",
        ),
        (
            [
                (T, "ok single leg stance on the left eyes open go"),
                (P, "okay"),
                (C, "careful honey"),
                (T, "twelve seconds good"),
            ],
            "ok single leg stance on the left eyes open go ... 12 seconds good",
        ),
        (
            [
                (T, "Now the sustained vowel, as long as you can."),
                (P, "Aaaah."),
                (T, "About fourteen seconds."),
            ],
            "Now the sustained vowel, as long as you can. ... about 14 seconds.",
        ),
        (
            [
                (T, "Timed up and go, stand up, walk to the line, turn, come back and sit."),
                (P, "Okay, here I go."),
                (T, "Twenty-four seconds with the walker."),
            ],
            "Timed up and go, stand up, walk to the line, turn, come back and sit. ... 24 seconds with the walker.",
        ),
    ],
)
def test_a_result_said_alone_is_quoted_with_its_set_up(said: list[tuple[str, str]], written: str) -> None:
    assert written.lower() in quoted(turns((T, "Hi."), *said)).lower()


@pytest.mark.parametrize(
    "said",
    [
        # a yes-or-no question is no set-up
        [(T, "Any pain with that?"), (P, "No."), (T, "Thirty seconds.")],
        [(T, "Did that feel okay?"), (P, "Yes."), (T, "Thirty seconds.")],
        # the patient said a number between
        [(T, "Walk to the wall and back."), (P, "I did it in twenty."), (T, "Twenty seconds.")],
        # a set-up with a number of its own
        [(T, "Three laps around the gym, go."), (P, "Okay."), (T, "Ninety seconds.")],
        # too far back
        [
            (T, "Single leg stance, right side."),
            (P, "Okay."),
            (C, "He's wobbly."),
            (P, "Done."),
            (T, "Ten seconds."),
        ],
        # a greeting or an aside is no set-up
        [(T, "Hi Mom."), (C, "Hi."), (T, "Three words!")],
        [(T, "I'm right here."), (P, "Okay."), (T, "Twenty seconds, good.")],
        [(T, "Once more."), (P, "Aaah."), (T, "Eight seconds again.")],
        # the result is not the turn's first sentence
        [(T, "Single leg stance, right side."), (P, "Okay."), (T, "Good. Ten seconds.")],
    ],
)
def test_no_set_up_is_joined(said: list[tuple[str, str]]) -> None:
    assert " ... " not in quoted(turns((T, "Hi."), *said))
