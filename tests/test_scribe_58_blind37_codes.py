"""Minutes and codes from blind37-dev's misses (#17), each a general reading:
- "the lunges ten each side that was twenty minutes": "ten each side" counts reps a side, never minutes
  (an_pt07 billed thirty);
- "we stopped walking at twenty four past two": a minute past the hour that is no five is a clock, also in a
  recognizer's run-on turn that reads a percentage too (an_pt03 lost the walk);
- "sixteen minutes out there on the curb": where the block was done, not time out of it (an_pt02);
- a curb with a functional task and no walking ("the curb, the van step and the bag carry") is that task's
  practice, therapeutic activities (an_pt02);
- "add standing at the sink one minute longer each day": a dose stepped up, not a block's minutes (an_pt05);
- "you are discharged from speech therapy": the program left, no 92507 given (an_slp06).
The must-not-change rows keep what was read before."""

import pytest
from transcript_helpers import turns

from scribe.services import find
from scribe.timing import clocks_read

T = "therapist"


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        (
            "PT",
            [(T, "twenty then the lunges ten each side that was twenty minutes of exercise")],
            {"97110": 20},
        ),
        ("PT", [(T, "Lunges, ten each leg. That was twenty minutes of exercise.")], {"97110": 20}),
        (
            "PT",
            [
                (T, "we started walking at ten past two"),
                (T, "one lap checking you now ninety one percent good"),
                (
                    T,
                    "we stopped walking at twenty four past two four laps total lowest was eighty nine percent",
                ),
            ],
            {"97116": 14},
        ),
        ("PT", [(T, "That was sixteen minutes out there on the curb.")], {"97116": 16}),
        (
            "PT",
            [(T, "That was sixteen minutes out there on the curb, the van step and the bag carry.")],
            {"97530": 16},
        ),
        (
            "PT",
            [
                (T, "that was thirteen minutes of exercise"),
                (
                    T,
                    "dont worry for home keep the bridges and the clam shells and add standing at the sink one minute longer each day",
                ),
            ],
            {"97110": 13},
        ),
        (
            "SLP",
            [
                (T, "the cognitive part today was twenty eight minutes"),
                (T, "so you are discharged from speech therapy"),
            ],
            {"97129": 15, "97130": 13},
        ),
        # must not change
        ("PT", [(T, "Manual twelve, ther ex ten.")], {"97140": 12, "97110": 10}),
        ("PT", [(T, "We started walking at 2:10."), (T, "We stopped walking at 2:24.")], {"97116": 14}),
        ("PT", [(T, "Ten minutes of exercise, then she was five minutes out on the phone.")], {"97110": 10}),
        ("PT", [(T, "Sixteen minutes on the curb and the stairs.")], {"97116": 16}),
        ("PT", [(T, "Twelve minutes of walking, the curb and carrying the bag.")], {"97116": 12}),
    ],
)
def test_blind37_minutes(discipline, said, minutes):
    found = find(turns(*said), discipline=discipline, note_type="daily")
    assert found.minutes == minutes


@pytest.mark.parametrize(
    ("said", "untimed"),
    [
        ([(T, "The memory work was twenty minutes."), (T, "So you are discharged from speech therapy.")], []),
        (
            [
                (T, "The memory work was twenty minutes."),
                (T, "I'll refer you to voice therapy for the hoarseness."),
            ],
            [],
        ),
        # must not change: speech-language treatment given
        ([(T, "Speech therapy today was on the s sound, words and sentences.")], ["92507"]),
        ([(T, "Language work on the naming cards, then you are discharged.")], ["92507"]),
    ],
)
def test_a_program_left_is_no_service(said, untimed):
    assert find(turns(*said), discipline="SLP", note_type="daily").untimed == untimed


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("at twenty four past two", "at 2:24"),
        ("at seven minutes past three we stopped", "at 3:07 we stopped"),
        ("at seven past three", "at 3:07"),
        # must not change: hours, a measure's range, the fives
        ("from one to two we walked", "from one to two we walked"),
        ("flexion from ten to twelve degrees", "flexion from ten to twelve degrees"),
        ("at twenty to three", "at 2:40"),
        ("at quarter past two", "at 2:15"),
    ],
)
def test_odd_minutes_past_the_hour(said, read):
    assert " ".join(clocks_read(said).split()) == read
