"""Minutes put right, added to, or never minutes at all (issue #17), as general rules:

- "that was closer to eighteen" puts right the figure an earlier turn said (often as a plan: "we'll do
  about ten on the bike"): the later figure stands, for the service its sentence names (by a word of
  the earlier service's name, "in the kitchen") or else the service under way;
- "that was eight more minutes" with no service of its own is more of the service under way, added to
  the minutes an earlier turn gave it;
- "lacks thirty two" is a motion's deficit, never minutes;
- "forty eight out of fifty six, it was forty one": a bare figure said right after another figure, as
  "it was", is that measure's before, never minutes.
"""

import pytest
from transcript_helpers import turns

from scribe.services import find

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        # put right, its service named after the figure, before it, or not at all
        (
            "PT",
            [
                (T, "We can start with roughly ten on the recumbent bike."),
                (P, "Fine."),
                (T, "That ran closer to twenty on the recumbent bike."),
            ],
            {"97110": 20},
        ),
        (
            "OT",
            [
                (T, "We'll spend about ten minutes in the laundry room, then the kitchen safety training."),
                (P, "Sure."),
                (T, "Right, that was closer to sixteen in the laundry room."),
            ],
            {"97530": 16},
        ),
        (
            "OT",
            [
                (T, "We'll spend about ten minutes in the laundry room."),
                (P, "Sure."),
                (T, "The laundry room, that was nearer to fourteen."),
            ],
            {"97530": 14},
        ),
        (
            "PT",
            [
                (T, "Twelve minutes of manual on the low back."),
                (P, "Ahh."),
                (T, "Actually that was closer to fifteen."),
            ],
            {"97140": 15},
        ),
        # must not change: a plain figure, and "closer to" that times nothing
        ("PT", [(T, "Ten minutes on the recumbent bike."), (P, "Okay.")], {"97110": 10}),
        (
            "PT",
            [
                (T, "Ten minutes on the recumbent bike."),
                (P, "My car is closer to twenty years old than new."),
            ],
            {"97110": 10},
        ),
        (
            "PT",
            [
                (T, "Ten minutes on the recumbent bike."),
                (T, "Step up to twenty steps on the stairs next time."),
            ],
            {"97110": 10},
        ),
    ],
)
def test_a_figure_put_right(discipline: str, said: list[tuple[str, str]], minutes: dict[str, int]) -> None:
    assert find(turns(*said), discipline=discipline, note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            [
                (T, "Bridges, two sets of twelve."),
                (T, "Ten minutes of exercise so far."),
                (P, "I need the bathroom."),
                (T, "Clamshells with the band. So that was six more minutes."),
            ],
            {"97110": 16},
        ),
        (
            [
                (T, "Thirteen minutes of gait in the hallway."),
                (P, "Tired."),
                (T, "Okay, that was five more minutes once you rested."),
            ],
            {"97116": 18},
        ),
        # must not change: more of something else, or more that is not minutes
        ([(T, "Thirteen minutes of gait in the hallway."), (T, "Do ten more reps at home.")], {"97116": 13}),
        (
            [
                (T, "Thirteen minutes of gait in the hallway."),
                (T, "Then eight more minutes of manual therapy."),
            ],
            {"97116": 13, "97140": 8},
        ),
    ],
)
def test_more_minutes_of_the_service_under_way(said: list[tuple[str, str]], minutes: dict[str, int]) -> None:
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("measure", "minutes"),
    [
        ("Extension after the stretching exercise lacking fifteen.", {"97110": 9}),
        ("Knee extension after the exercise: lacks twenty one.", {"97110": 9}),
        ("Standing balance on the Tinetti twenty two out of twenty eight, it was seventeen.", {"97110": 9}),
        ("Balance today forty four out of fifty six, it was thirty nine.", {"97110": 9}),
        ("Grip today sixty pounds, it was fifty one.", {"97110": 9}),
        # must not change: a figure that is minutes
        ("Then the bike, it was twelve.", {"97110": 21}),
        ("Then the balance board, fifteen, it was twelve minutes.", {"97110": 9, "97112": 12}),
    ],
)
def test_a_measure_said_beside_minutes(measure: str, minutes: dict[str, int]) -> None:
    said = [
        (T, "Heel slides and quad sets, two sets of ten."),
        (T, f"That was nine minutes of exercise. {measure}"),
    ]
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("closing", "minutes"),
    [
        ("Sorry about that. Eleven minutes on the hip and the glutes.", {"97140": 11, "97110": 9}),
        ("So ten minutes on the hip.", {"97140": 10, "97110": 9}),
        # must not change: a thing no service was named with, or a service given its minutes already
        ("Eleven minutes on the phone with your insurer.", {"97110": 9}),
        ("Eleven minutes on the weights.", {"97110": 20}),
    ],
)
def test_minutes_on_a_thing_named_with_a_service_turns_before(closing: str, minutes: dict[str, int]) -> None:
    said = [
        (T, "Heel slides and quad sets, two sets of ten. Nine minutes of exercise."),
        (T, "Now soft tissue mobilization on the hip and the glutes. Breathe."),
        (P, "Oof, tight."),
        (P, "Hang on, my daughter is texting me."),
        (T, "Sure, take it."),
        (P, "Okay, sorry."),
        (T, closing),
    ]
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == minutes
