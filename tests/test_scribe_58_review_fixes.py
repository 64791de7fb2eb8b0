"""What helper-331's review of 13fe2f6 and d88bcf3 found billed wrong, read as before those commits (#17):
a rating "six after the bike" read as a clock, the pool said of another time or place turning land
exercise into 97113, "ten minutes out in the hall on a call" taken as the block's minutes, "for the first
fifteen minutes ... the rest" taken as a code's counting rule, "her OT time after this" as another
clinician's chart, "No, now fifteen minutes of bike" as a correction of the block before, a curb with a
walker or the stairs as a functional task."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            [
                (
                    T,
                    "Manual therapy to the low back today. Pain went from six after the bike to three after the manual.",
                ),
                (T, "Therapeutic exercise twelve minutes."),
            ],
            {"97110": 12},
        ),
        (
            [
                (T, "We started gait training at eight after two weeks off"),
                (T, "Done with the gait at 2:30."),
            ],
            {},
        ),
        (
            [(T, "Walking fifteen minutes in the hallway before she gets back in the pool next month.")],
            {"97116": 15},
        ),
        (
            [(T, "Gait training twelve minutes; she can't get in the pool until the incision heals.")],
            {"97116": 12},
        ),
        (
            [(T, "Twenty minutes on the bike today; she swims in the pool at the Y on weekends.")],
            {"97110": 20},
        ),
        ([(T, "ten minutes of balance work on the foam, she says it's easier in the pool.")], {"97112": 10}),
        (
            [
                (
                    T,
                    "Therapeutic exercise twenty four minutes, then she was ten minutes out in the hall on a call.",
                )
            ],
            {"97110": 24},
        ),
        (
            [
                (
                    T,
                    "Manual therapy for the first fifteen minutes, then exercise for the rest of the hour, thirty minutes.",
                )
            ],
            {"97140": 15, "97110": 30},
        ),
        (
            [
                (
                    T,
                    "Manual therapy for the first fifteen minutes, that's one unit, then exercise for ten minutes.",
                )
            ],
            {"97140": 15, "97110": 10},
        ),
        (
            [
                (
                    T,
                    "Gait training for fifteen minutes today, she has to save energy for her OT time after this.",
                )
            ],
            {"97116": 15},
        ),
        (
            [
                (T, "Ther ex on the mat fifteen minutes."),
                (P, "Are we done?"),
                (T, "No, now fifteen minutes of bike."),
            ],
            {"97110": 30},
        ),
        ([(T, "Curb training with the walker and sit to stand practice, twenty minutes.")], {"97116": 20}),
        ([(T, "Curb, stairs and floor transfer practice, twenty four minutes.")], {"97116": 24}),
    ],
)
def test_read_as_before(said, minutes):
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == minutes
