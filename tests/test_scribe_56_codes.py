"""Kinds of speech whose services the blind34 sessions and the review of #17 drafted wrong, each with rows
that must stay as they are:
- "How long does this take?" "Usually ten minutes.": how long a thing takes as a rule, not a block;
- "Ten minutes on the bike first." ... "Ten minutes done. Onto the table.": the clock called as the block
  ends, counted once;
- "you dropped off for about two minutes": a video visit's lost time, no service's minutes;
- services named as clinicians say them: "activities of daily living training" (97535), "water exercise"
  (97113), "that deck part" (land exercise beside the pool, 97110), "the fabrication and training took
  twenty minutes" (orthotic management, 97760), "the pre-driving screen" (97530), "the community trip
  planning" (97535);
- "equipment training with the new walker" at a PT visit is gait training (97116); at an OT visit it stays
  self-care training;
- "Exercise twelve with the arms": the block's minutes, the limbs it worked (after a task, "sit to stand
  twelve with the arms", a count);
- "My minutes for gait go on my note, and the balance was twelve minutes": the co-treating clinician's
  clause is theirs, the clause after it with its own service and minutes this note's;
- "the joint protect shun training": a recogniser's "protection";
- "It's 11:02 by the kitchen clock. First the checkbook task." ... "Okay, it's 11:40. That's our session.": a
  block opened on the clock and named right after, closed on it, is that service's whole block, whatever
  figure was said inside it; "balance the register" is no balance training."""

import pytest
from transcript_helpers import turns

from scribe.misheard import corrected
from scribe.services import find

T = "therapist"
P = "patient"


@pytest.mark.parametrize(
    ("discipline", "note_type", "said", "minutes"),
    [
        # how long a thing takes as a rule
        (
            "PT",
            "daily",
            [
                (T, "Now tandem stance at the counter."),
                (P, "How long does the drill take?"),
                (T, "Usually ten minutes. They'll give the all clear."),
                (T, "Balance work before the drill was fourteen minutes."),
            ],
            {"97112": 14},
        ),
        ("PT", "daily", [(T, "We usually start on the bike. Ten minutes on the bike.")], {"97110": 10}),
        # the clock called as the block ends
        (
            "PT",
            "daily",
            [
                (T, "Ten minutes on the bike first to warm up."),
                (P, "Seat's a bit low."),
                (T, "Ten minutes done. Onto the table."),
            ],
            {"97110": 10},
        ),
        (
            "PT",
            "daily",
            [(T, "Ten minutes on the bike."), (P, "Okay."), (T, "Another ten minutes on the bike.")],
            {"97110": 20},
        ),
        (
            "PT",
            "daily",
            [(T, "Ten minutes on the bike."), (P, "Okay."), (T, "Ten minutes of manual now.")],
            {"97110": 10, "97140": 10},
        ),
        # a video visit's lost time
        (
            "OT",
            "daily",
            [
                (T, "and showering"),
                (P, "i use the bench"),
                (T, "you dropped off for about two minutes i called back"),
                (T, "the activities of daily living training was thirteen minutes"),
            ],
            {"97535": 13},
        ),
        ("OT", "daily", [(T, "Twelve minutes of showering practice.")], {"97535": 12}),
        # services as clinicians name them
        (
            "PT",
            "daily",
            [
                (T, "that is thirty two minutes of water exercise"),
                (P, "legs feel heavy out of the water"),
                (T, "now on the deck standing hip extension, that deck part was six minutes"),
            ],
            {"97113": 32, "97110": 6},
        ),
        ("PT", "daily", [(T, "Twelve minutes of exercise with the pool noodle.")], {"97110": 12}),
        (
            "OT",
            "evaluation",
            [
                (T, "An ulnar gutter splint. I'm fabricating it now from thermoplastic."),
                (P, "It's warm."),
                (T, "Yes, sleep in it. The fabrication and training took twenty minutes."),
            ],
            {"97760": 20},
        ),
        (
            "OT",
            "daily",
            [
                (T, "Today is the pre-driving screen we talked about."),
                (T, "Now the reaction time pedal."),
                (T, "These screening tasks were fifteen minutes."),
                (T, "The community trip planning was nine minutes."),
            ],
            {"97530": 15, "97535": 9},
        ),
        ("OT", "daily", [(T, "the activities were twelve minutes")], {"97530": 12}),
        # walking with a device at a PT visit
        (
            "PT",
            "daily",
            [(T, "We did equipment training with the new walker for twelve minutes.")],
            {"97116": 12},
        ),
        (
            "PT",
            "daily",
            [
                (T, "Now equipment training with the new walker, step to the walker."),
                (T, "That was twelve minutes."),
            ],
            {"97116": 12},
        ),
        (
            "OT",
            "daily",
            [(T, "Equipment training with the new walker in the bathroom, twelve minutes.")],
            {"97535": 12},
        ),
        (
            "PT",
            "daily",
            [(T, "We did equipment training with the tub bench for ten minutes.")],
            {"97535": 10},
        ),
        # the limbs a block worked
        ("PT", "daily", [(T, "Exercise twelve with the arms.")], {"97110": 12}),
        ("PT", "daily", [(T, "Sit to stand twelve with the arms.")], {}),
        # a co-treating clinician's clause, then this clinician's own
        (
            "PT",
            "daily",
            [(T, "My minutes for gait go on my note, and the balance was twelve minutes.")],
            {"97112": 12},
        ),
        ("OT", "daily", [(T, "My minutes for the kitchen reaching go on my note, twelve minutes.")], {}),
    ],
)
def test_minutes_of_each_service(discipline, note_type, said, minutes):
    assert find(turns(*said), discipline=discipline, note_type=note_type).minutes == minutes


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("so that was nine minutes on the joint protect shun training", "joint protection training"),
        ("good instruct shuns for the home program", "instructions"),
        ("they shun the stairs at home", "they shun the stairs"),
    ],
)
def test_tion_heard_apart(heard, meant):
    assert meant in corrected(heard)[0]


OPENED = (T, "Good. Let's start. It's 11:02 by the kitchen clock. First the checkbook task.")
CLOSED = (T, "That's the visualizing strategy. Okay, it's 11:40. That's our session.")


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        (
            "SLP",
            [
                OPENED,
                (P, "The fake checkbook."),
                (T, "Write three checks, record them, and balance the register."),
                (T, "All three recorded, no errors. Six minutes, last week eleven."),
                (T, "Now the memory part."),
                CLOSED,
            ],
            {"97129": 15, "97130": 23},
        ),
        (
            "SLP",
            [OPENED, (P, "The fake checkbook."), (T, "Write three checks and record them."), CLOSED],
            {"97129": 15, "97130": 23},
        ),
        (
            "PT",
            [(T, "Balance on the foam, feet together."), (T, "That balance work was twelve minutes.")],
            {"97112": 12},
        ),
    ],
)
def test_block_on_the_clock(discipline, said, minutes):
    assert find(turns(*said), discipline=discipline, note_type="daily").minutes == minutes
