"""Kinds of speech whose services the blind30 dev sessions coded wrong, each with rows that must stay:
- "task practice" (constraint-induced movement therapy's practice with the stronger hand in a mitt) is a
  therapeutic activity (97530);
- training or practice with an eating utensil ("training with the spoon, the weight and the cup") is
  self-care training (97535), although a weight is named in it."""

import pytest
from transcript_helpers import turns

from scribe.services import activities, find

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("That was twenty four minutes of task practice.", "97530"),
        ("the tasks practice with the mitt on", "97530"),
        ("nine minutes of training with the spoon, the weight and the cup", "97535"),
        ("practice with the weighted fork", "97535"),
        # unchanged
        ("ten minutes with the weights", "97110"),
        ("the functional stuff", "97530"),
    ],
)
def test_services_named_as_said(text: str, code: str) -> None:
    assert [a.code for a in activities(text)][:1] == [code]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            [
                (T, "Flip the cards, one at a time. Then stack the cups."),
                (T, "That was twenty four minutes of task practice."),
            ],
            {"97530": 24},
        ),
        (
            [
                (T, "This weighted spoon, and a wrist weight on the right."),
                (T, "That was nine minutes of training with the spoon, the weight and the cup."),
            ],
            {"97535": 9},
        ),
        # unchanged: practice with putty is exercise; training with a reacher stays self-care training
        ([(T, "Twelve minutes of practice with the putty.")], {"97110": 12}),
        ([(T, "Ten minutes of training with the reacher and the sock aid.")], {"97535": 10}),
    ],
)
def test_minutes_said_of_the_practice(said: list[tuple[str, str]], expected: dict[str, int]) -> None:
    assert find(turns(*said), discipline="OT", note_type="daily").minutes == expected
