"""A measure's figure put right is never minutes (review of 65cb538, issue #17): "that was closer to N"
puts right an earlier figure of minutes, but "heart rate, it was closer to ninety", "her Berg score, it
was closer to forty" and "pain, that was closer to four" put right a measure, and a figure put right
with no service named goes to the one under way only where minutes were said for it before."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            [(T, "Twelve minutes on the treadmill."), (T, "Heart rate, it was closer to ninety.")],
            {"97116": 12},
        ),
        (
            [(T, "Ten minutes on the recumbent bike."), (T, "Her Berg score, it was closer to forty.")],
            {"97110": 10},
        ),
        (
            [(T, "Twelve minutes of manual on the low back."), (T, "Pain, that was closer to four.")],
            {"97140": 12},
        ),
        (
            [
                (T, "Ten minutes of manual on the low back."),
                (P, "What was my Berg?"),
                (T, "It was closer to forty."),
            ],
            {"97140": 10},
        ),
        # must not change: minutes put right
        (
            [
                (T, "We can start with roughly ten on the recumbent bike."),
                (P, "Fine."),
                (T, "That ran closer to twenty on the recumbent bike."),
            ],
            {"97110": 20},
        ),
    ],
)
def test_a_measure_put_right_is_no_minutes(said: list[tuple[str, str]], minutes: dict[str, int]) -> None:
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == minutes
