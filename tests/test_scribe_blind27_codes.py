"""Kinds of speech whose services the blind27 sessions coded wrong, each with rows that must stay as they are:
- blocks read off the clock one after another: the time one block ends on ("It's 2:25, so that's the end of
  the manual part.") is when the next begins, where the clinician opens it right away ("Now the
  exercises."), and "And we're done with exercise. It's 2:47." ends it; a clock read with a pause ("It's,
  let me see, 2:10, we're starting") opens the first;
- an untimed service named as done ("the plan today was the e-stim") and refused in a later turn ("so no
  e-stim today, we skip it") is not billed."""

import pytest
from transcript_helpers import turns

from scribe.services import find
from scribe.timing import closed_spans

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                (0, 0, "It's, let me see, 2:10, we're starting right on time for once."),
                (14, 0, "It's 2:25, so that's the end of the manual part."),
                (16, 0, "Yep."),
                (16, 5, "Now the exercises."),
                (28, 0, "And we're done with exercise."),
                (28, 30, "It's 2:47."),
            ],
            {(14, 0): 15, (28, 30): 22},
        ),
        # unchanged: no next block opened after the first ends, a time read with nothing ended before it
        (
            [
                (0, 0, "It's 2:10, let's start the manual."),
                (4, 0, "It's 2:25, so that's the end of the manual part."),
                (6, 0, "Your range is better today."),
                (8, 0, "It's 2:47, we're done for today."),
            ],
            {(4, 0): 15},
        ),
        (
            [
                (0, 0, "It's 2:10, let's start the manual."),
                (4, 0, "It's 2:25, so that's the end of the manual part."),
                (6, 0, "Now the exercises."),
                (8, 0, "Chin tucks, ten reps."),
                (8, 20, "It's 2:47."),
            ],
            {(4, 0): 15},
        ),
        # the next block opened by a clock read of its own
        (
            [
                (0, 0, "It's 2:10, let's start the manual."),
                (4, 0, "It's 2:25, so that's the end of the manual part."),
                (6, 0, "Now the exercises."),
                (6, 20, "We started the bike at 2:30."),
                (8, 0, "Okay, done with the bike at 2:40."),
            ],
            {(4, 0): 15, (8, 0): 10},
        ),
    ],
)
def test_blocks_read_off_the_clock_one_after_another(
    sentences: list[tuple[int, int, str]], expected: dict[tuple[int, int], int]
) -> None:
    assert {k: v.minutes for k, v in closed_spans(sentences).items()} == expected


def test_a_visit_timed_by_the_clock_block_after_block() -> None:
    said = turns(
        (T, "Come on in. It's, let me see, 2:10, we're starting right on time for once."),
        (T, "Face down first. Now thoracic mobilization, central PA glides, breathe out."),
        (T, "Okay, sit up slowly. It's 2:25, so that's the end of the manual part."),
        (P, "Already?"),
        (T, "Yep. Now the exercises. Chin tucks, ten reps with a five second hold."),
        (T, "Then the band rows, two sets of fifteen."),
        (T, "And we're done with exercise. It's 2:47."),
    )
    assert find(said, discipline="PT", note_type="daily").minutes == {"97140": 15, "97110": 22}


@pytest.mark.parametrize(
    ("said", "untimed"),
    [
        (
            [
                (T, "So the plan today was the e-stim on your shoulder again after the exercises."),
                (
                    T,
                    "I see some redness where the pads sat, so no e-stim today, we skip it until that heals.",
                ),
                (T, "Next time, if the skin is clear, we go back to the e-stim."),
            ],
            [],
        ),
        (
            [
                (T, "The plan today is traction after the exercises."),
                (T, "Your neck is too sore, we'll skip the traction."),
            ],
            [],
        ),
        # unchanged: refused, then given after all; given, and none at home
        (
            [
                (T, "No e-stim today, the skin is red."),
                (T, "Actually it looks fine now, let's put the e-stim on, fifteen minutes unattended."),
            ],
            ["G0283"],
        ),
        (
            [
                (T, "E-stim on the low back now, fifteen minutes while you rest."),
                (T, "And no TENS unit at home yet, we'll order one."),
            ],
            ["G0283"],
        ),
        ([(T, "Mechanical traction today, fifteen minutes.")], ["97012"]),
    ],
)
def test_an_untimed_service_refused_after_it_was_named(
    said: list[tuple[str, str]], untimed: list[str]
) -> None:
    assert find(turns(*said), discipline="PT", note_type="daily").untimed == untimed
