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
        # the clock read first, the end said in the next sentence of the same turn
        (
            [
                (0, 0, "It's 3:05, let's get going."),
                (4, 0, "Okay, it's 3:19, so that's the end of the hands-on part."),
                (6, 0, "Now, the functional block."),
                (8, 0, "Okay, it's 3:41."),
                (8, 17, "We're done with the work tasks."),
            ],
            {(4, 0): 14, (8, 0): 22},
        ),
        # unchanged: the next sentence opens a block, goes on with the work, or the end is another turn's
        (
            [
                (0, 0, "It's 3:05, let's get going."),
                (4, 0, "It's 3:19, so that's the end of the manual."),
                (6, 0, "Now the exercises."),
                (8, 0, "Okay, it's 3:41."),
                (8, 17, "Now the stairs."),
            ],
            {(4, 0): 14},
        ),
        (
            [
                (0, 0, "It's 3:05, let's get going."),
                (4, 0, "It's 3:19, so that's the end of the manual."),
                (6, 0, "Now the exercises."),
                (8, 0, "Okay, it's 3:41."),
                (8, 17, "Two more sets of the rows."),
            ],
            {(4, 0): 14},
        ),
        (
            [
                (0, 0, "It's 3:05, let's get going."),
                (4, 0, "It's 3:19, so that's the end of the manual."),
                (6, 0, "Now the exercises."),
                (8, 0, "Okay, it's 3:41."),
                (9, 0, "We're done with the rows."),
            ],
            {(4, 0): 14},
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


@pytest.mark.parametrize(
    ("discipline", "said", "minutes", "untimed"),
    [
        # a bandage named by its stretch ("short stretch bandages") is no stretching exercise
        (
            "OT",
            [
                (T, "Now the manual lymph drainage, lie back."),
                (T, "After the drainage I wrap the arm, the short stretch bandages from the fingers up."),
                (T, "Okay, that was eighteen minutes for the drainage and the wrapping."),
            ],
            {"97140": 18},
            [],
        ),
        # unchanged: stretching said as the exercise, a stretch band
        ("PT", [(T, "Hamstring stretches, then the calf stretch, ten minutes.")], {"97110": 10}, []),
        ("PT", [(T, "Stretching for twelve minutes, then the bike.")], {"97110": 12}, []),
        # minutes told to someone as how long until ("tell her two minutes") are no service's
        (
            "PT",
            [
                (T, "okay nine minutes of exercises"),
                (P, "my phone its her she is outside"),
                (T, "tell her two minutes lets walk to the door together i want to see you on the stairs"),
                (T, "okay thats six minutes of walking and stairs"),
            ],
            {"97110": 9, "97116": 6},
            [],
        ),
        (
            "PT",
            [(T, "Give me five minutes."), (T, "Okay, the bike now, ten minutes.")],
            {"97110": 10},
            [],
        ),
        # unchanged: minutes said with who gave them
        ("PT", [(T, "I gave her ten minutes of walking in the hall.")], {"97116": 10}, []),
        # a vital sign the patient read off, said back, is not minutes ("your watch can say ninety")
        (
            "PT",
            [
                (P, "My watch says my heart rate is ninety."),
                (T, "Your watch can say ninety, that's fine for walking."),
                (T, "That's fifteen minutes of exercise."),
            ],
            {"97110": 15},
            [],
        ),
        # unchanged: the patient's figure that is no vital sign; minutes said back with the word
        (
            "PT",
            [(P, "I walked ninety feet yesterday."), (T, "Walking, twelve minutes today.")],
            {"97116": 12},
            [],
        ),
        (
            "PT",
            [(P, "My pulse was ninety after the bike."), (T, "Bike twelve minutes, then.")],
            {"97110": 12},
            [],
        ),
        # "the stimulation" named alone is the e-stim
        (
            "PT",
            [
                (T, "Now the stimulation with the ice, like before."),
                (T, "Pads on the quad, the ice pack on top, fifteen minutes, unattended."),
            ],
            {},
            ["G0283"],
        ),
        # unchanged: stimulation said as what a technique gives
        ("SLP", [(T, "Thermal tactile stimulation to the arches, then trials of puree.")], {}, ["92526"]),
    ],
)
def test_words_that_look_like_a_service_or_its_minutes(
    discipline: str, said: list[tuple[str, str]], minutes: dict[str, int], untimed: list[str]
) -> None:
    found = find(turns(*said), discipline=discipline, note_type="daily")
    assert {c: m for c, m in found.minutes.items() if c != "97010"} == minutes
    assert found.untimed == untimed
