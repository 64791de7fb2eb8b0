"""Walking said in the pool ("twelve minutes in the shallow end to start walking forward and back", "back in
the water for another ten minutes") is aquatic exercise (97113), not gait training (#17, blind34 ak_pt11); a
water exercise class at the Y on one's own, walking in the hallway, walking in chest-high water described
(not timed) stay as they were."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        # walking in the pool: aquatic exercise
        (
            [
                (T, "twelve minutes in the shallow end to start walking forward and back"),
                (P, "okay"),
                (T, "deck exercises nine minutes"),
                (T, "back in the water for another ten minutes kickboard and marching"),
            ],
            {"97113": 22, "97110": 9},
        ),
        ([(T, "Walking in the deep end with the belt, fifteen minutes.")], {"97113": 15}),
        ([(T, "Ten minutes in the shallow end, side stepping along the wall.")], {"97113": 10}),
        # must not change: not in the pool, not this visit's, not timed
        ([(P, "can i go to the water class at the y"), (T, "ask the therapist she sees you next week")], {}),
        (
            [
                (T, "She does a water exercise class at the Y on her own, forty five minutes twice a week."),
                (T, "Gait training today was twelve minutes."),
            ],
            {"97116": 12},
        ),
        (
            [(T, "Keep doing the water exercise class at the Y on your own."), (T, "Bike ten minutes.")],
            {"97110": 10},
        ),
        (
            [
                (T, "walking in chest high water takes weight off the hip"),
                (T, "thats nine minutes of gait training on the sidewalk"),
            ],
            {"97116": 9},
        ),
        ([(T, "Walking in the hallway, twelve minutes.")], {"97116": 12}),
        ([(T, "Eighteen minutes of aquatic exercise in the pool.")], {"97113": 18}),
    ],
)
def test_walking_in_the_pool(said, minutes):
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == minutes
