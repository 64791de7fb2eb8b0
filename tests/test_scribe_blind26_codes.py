"""Kinds of speech whose services the blind26 sessions coded wrong, each with rows that must stay as they are:
- a service named after "separate from", "apart from", "besides" is the block the minutes are not ("That
  teaching was nine minutes, separate from the kitchen work");
- at an OT visit, minutes said of a block named as teaching ("That teaching was ten minutes", "ten minutes
  on teaching you the built-up grip") are self-care training (97535), even where a service was named
  before them or in what was taught;
- "cooking" is a therapeutic activity (97530), "meal prep" self-care/home management training (97535), and
  household tasks billed as 97530 carry a line for the clinician;
- "after five minutes" is a moment, not a block ("we stopped after six minutes" is the block's length);
- bed mobility, log rolling, deadlifts, kettlebells, sled pushes and circuits named as they are said;
- a physical performance test named as done (a work tolerance test) takes "the testing part"'s minutes
  (97750); a measure named "functional scale" is no functional activity;
- at a PT visit, the stairs said in the same stretch of walking are gait training (97116)."""

import pytest
from transcript_helpers import turns

from scribe.services import activities, find

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("said", "discipline", "expected"),
    [
        (
            [
                (
                    T,
                    "Now the kitchen: get the bread, put it on the tray. That kitchen activity was eighteen minutes.",
                ),
                (T, "Let's go over the energy saving tips sheet. Sit to prep, slide don't lift."),
                (T, "That teaching was nine minutes, separate from the kitchen work."),
            ],
            "OT",
            {"97530": 18, "97535": 9},
        ),
        (
            [
                (
                    T,
                    "Let's do some soft tissue and gentle mobilization. That manual part was thirteen minutes.",
                ),
                (T, "Now let's practice how to get in and out of bed, the log roll."),
                (T, "That practice was eight minutes separate from the manual."),
            ],
            "PT",
            {"97140": 13, "97530": 8},
        ),
        # unchanged: "separate from" before the service the minutes are said of
        (
            [
                (T, "Twelve minutes of manual."),
                (
                    T,
                    "Then separate from the manual, fifteen minutes of functional work, reaching in the cupboard.",
                ),
            ],
            "PT",
            {"97140": 12, "97530": 15},
        ),
        (
            [(T, "That functional part was fifteen minutes, separate from the manual. Manual was ten.")],
            "PT",
            {"97530": 15, "97140": 10},
        ),
    ],
)
def test_a_service_set_apart_is_not_the_block(
    said: list[tuple[str, str]], discipline: str, expected: dict[str, int]
) -> None:
    assert find(turns(*said), discipline=discipline, note_type="daily").minutes == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            [
                (T, "Good. Now the stretch for your fingers before you write."),
                (T, "That teaching was ten minutes, separate from the writing."),
            ],
            {"97535": 10},
        ),
        (
            [
                (
                    T,
                    "I spent about ten minutes on teaching you the built-up grip, the slant board and the "
                    "signature guide.",
                )
            ],
            {"97535": 10},
        ),
        # unchanged: minutes gone over with an exercise, a task's own minutes, teaching at a PT visit
        ([(T, "We spent seven minutes going over the tendon glides.")], {"97110": 7}),
        ([(T, "The writing practice with the slant board was sixteen minutes.")], {"97530": 16}),
    ],
)
def test_a_block_named_as_teaching_is_self_care_training(
    said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert find(turns(*said), discipline="OT", note_type="daily").minutes == expected


def test_teaching_at_a_pt_visit_is_unchanged() -> None:
    said = turns((T, "Now the stretch for your calf."), (T, "That teaching was ten minutes."))
    assert find(said, discipline="PT", note_type="daily").minutes == {"97110": 10}


@pytest.mark.parametrize(
    ("said", "expected", "line"),
    [
        ([(T, "Let's do the cooking task. The cooking task was fourteen minutes.")], {"97530": 14}, True),
        ([(T, "That cooking was sixteen minutes.")], {"97530": 16}, True),
        (
            [(T, "Then carrying groceries, lifting the laundry basket to the counter, eight minutes.")],
            {"97530": 8},
            True,
        ),
        # unchanged: meal preparation is self-care/home management training; tasks of no household
        ([(T, "That meal prep was fourteen minutes.")], {"97535": 14}, False),
        (
            [
                (T, "So today we're cooking in the kitchen, the grilled cheese with the recipe card."),
                (T, "So the kitchen was from 1:05 to 1:31, the whole meal prep with cleanup."),
            ],
            {"97535": 26},
            False,
        ),
        (
            [(T, "Then the pegboard and the coins, the fine motor part, twelve minutes.")],
            {"97530": 12},
            False,
        ),
    ],
)
def test_cooking_and_household_tasks(
    said: list[tuple[str, str]], expected: dict[str, int], line: bool
) -> None:
    found = find(turns(*said), discipline="OT", note_type="daily")
    assert found.minutes == expected
    assert ("97530" in found.doubtful and "home management" in found.doubtful["97530"]) is line


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            [
                (
                    T,
                    "Let's do the cooking task, use the rocker knife, pace yourself, rest breaks after five minutes.",
                ),
                (T, "The cooking task was fourteen minutes."),
            ],
            {"97530": 14},
        ),
        # unchanged: a block stopped after its minutes, minutes after a block
        (
            [
                (
                    T,
                    "We tried standing balance on the foam, but you were guarding so we stopped after six minutes.",
                )
            ],
            {"97112": 6},
        ),
        ([(T, "After the testing we did ten minutes of balance on the foam.")], {"97112": 10}),
    ],
)
def test_after_minutes_is_a_moment(said: list[tuple[str, str]], expected: dict[str, int]) -> None:
    assert find(turns(*said), discipline="OT", note_type="daily").minutes == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("practice how to get in and out of bed", "97530"),
        ("the log roll", "97530"),
        ("deadlift with the kettlebell", "97110"),
        ("plus the sled push", "97110"),
        ("the strength circuit", "97110"),
        ("farmer carries", "97110"),
        ("today we'll do a work tolerance test", "97750"),
        ("the functional capacity evaluation", "97750"),
        ("carry test, forty pounds", "97750"),
        # unchanged
        ("carrying the laundry basket", "97530"),
        ("the work simulation, you did the whole circuit", "97530"),
        ("the functional stuff", "97530"),
    ],
)
def test_services_named_as_said(text: str, code: str) -> None:
    assert [a.code for a in activities(text)][:1] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Lower extremity functional scale is sixty-eight",
        "the functional reach test",
        "the functional gait assessment",
    ],
)
def test_a_measure_s_name_is_no_functional_activity(text: str) -> None:
    assert "97530" not in {a.code for a in activities(text)}


def test_the_testing_part_of_a_performance_test() -> None:
    said = turns(
        (T, "Today we'll do a work tolerance test. Floor to waist lift first."),
        (T, "Max safe floor to waist lift is sixty pounds. Carry test, forty pounds, a hundred feet."),
        (T, "The testing part was sixteen minutes."),
        (T, "Now the circuit: sled push, farmer carries. Twenty-four minutes of exercise."),
    )
    assert find(said, discipline="PT", note_type="re-evaluation").minutes == {"97750": 16, "97110": 24}


@pytest.mark.parametrize(
    "said",
    [
        # no performance test named: the testing's minutes stay a line for the clinician
        [(T, "We did the Berg and the TUG."), (T, "The testing part was sixteen minutes.")],
        # a test planned for later
        [(T, "Next visit we'll do a work tolerance test."), (T, "The testing part will be twenty minutes.")],
    ],
)
def test_testing_without_a_performance_test_is_not_billed(said: list[tuple[str, str]]) -> None:
    assert "97750" not in find(turns(*said), discipline="PT", note_type="re-evaluation").minutes


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            [
                (
                    T,
                    "Then we walked outside on the grass and the ramp and did the stairs with no rail, nine minutes.",
                )
            ],
            {"97116": 9},
        ),
        # unchanged: stairs carrying a load, stairs alone
        ([(T, "Then the stairs with the laundry basket, nine minutes.")], {"97530": 9}),
        ([(T, "Then the stairs, nine minutes.")], {"97530": 9}),
    ],
)
def test_stairs_in_a_walk_are_gait_training(said: list[tuple[str, str]], expected: dict[str, int]) -> None:
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == expected
