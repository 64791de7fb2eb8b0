"""How OTs name a block of tasks when they give its minutes: by the chore or the room it was ("the laundry
was fourteen minutes", "the kitchen was fifteen minutes", "eleven minutes on the bathroom stuff"), by a
bare "tasks" with the list after ("nine minutes of tasks, keys, buttons"), by a set-up of the job ("eight
minutes on your work setup"), or by what the chore was done to practise ("laundry folding, seven minutes,
to practise pacing"). And "instead of"/"rather than" refuse only the thing said after them, not the
service before them ("ten minutes on the bike instead of the treadmill"). blind22 x_ot04, x_ot11, x_ot14,
blind10-dev k_ot03, blind21-test w_ot11 drafted a wrong code or dropped a block (#17). No model is loaded:
services.find reads the words alone."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        # the laundry, carried, loaded and folded: keyed as a functional activity in every studied set
        (
            (
                (T, "Now the laundry: carrying the basket on the rolling cart, loading the washer, folding."),
                (P, "I'm breathing hard."),
                (T, "Okay, the laundry was fourteen minutes, that's enough today."),
            ),
            {"97530": 14},
        ),
        (
            (
                (T, "today we are doing the laundry and getting in and out of the car"),
                (T, "then the car transfer backing up sitting down and swinging both legs in together"),
                (T, "you did it with standby assist twice so seventeen minutes on the laundry and the car"),
                (T, "then fourteen minutes on the hip kit the sock aid and the long shoe horn"),
            ),
            {"97530": 17, "97535": 14},
        ),
        (((T, "Then ten minutes getting in and out of the car with the walker."),), {"97530": 10}),
        # a chore done to practise a strategy is training in the strategy
        (((T, "Then we did laundry folding with breaks, seven minutes, to practise pacing."),), {"97535": 7}),
        # the room named as the block, its minutes after it
        (
            (
                (
                    T,
                    "good so the kitchen was fifteen minutes and then eleven minutes on the bathroom stuff the "
                    "raised toilet seat and the grab bar and how to use the reacher for the towel",
                ),
            ),
            {"97530": 15, "97535": 11},
        ),
        (
            ((T, "Then twelve minutes on the bathroom stuff, the shower chair and the long sponge."),),
            {"97535": 12},
        ),
        # ... but a trip to the bathroom is no service
        (((T, "Twenty minutes of dressing, minus five minutes for the bathroom."),), {"97535": 15}),
        (((T, "She was five minutes in the bathroom, then twenty minutes of dressing."),), {"97535": 20}),
        # "tasks" with the list after its minutes
        (
            ((T, "And nine minutes of tasks, keys, buttons, opening the water bottle, the ski pole grip."),),
            {"97530": 9},
        ),
        # the set-up of a job or a home
        (
            (
                (
                    T,
                    "then eight minutes on your work setup using the longer wrench so you use less force the "
                    "impact gun instead of the breaker bar and the wrist support for the first week back",
                ),
            ),
            {"97535": 8},
        ),
    ],
)
def test_a_task_block_named_as_ots_name_it(
    said: tuple[tuple[str, str], ...], minutes: dict[str, int]
) -> None:
    assert find(turns(*said), discipline="OT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("Then ten minutes on the bike instead of the treadmill.", {"97110": 10}),
        ("We did the putty rather than the pegboard, twelve minutes.", {"97110": 12}),
        ("Instead of the bike we did ten minutes of the putty.", {"97110": 10}),
        ("Twelve minutes on the Nustep rather than the treadmill.", {"97110": 12}),
        # what was refused stays refused
        ("We skipped the treadmill today, no time.", {}),
    ],
)
def test_what_is_said_instead_of_another_thing_was_done(said: str, minutes: dict[str, int]) -> None:
    assert find(turns((T, said)), discipline="PT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        # the pattern said of today's stairs, before or in the turn with their minutes: gait training
        (
            (
                "Now the stairs, a flight of twelve, reciprocal going up with the handrail.",
                "Twenty minutes of exercises, then twelve minutes on the stairs.",
            ),
            {"97110": 20, "97116": 12},
        ),
        (
            ("Twenty minutes of exercises. Stairs ten minutes, step-over-step going up.",),
            {"97110": 20, "97116": 10},
        ),
        # the stairs were a task: a load said with them anywhere before their minutes
        (
            (
                "Stairs with the laundry basket, one step at a time, leading with the right.",
                "Twenty minutes of exercises, then ten minutes on the stairs.",
            ),
            {"97110": 20, "97530": 10},
        ),
        # the pattern taught for home, after the minutes, says nothing of today's stairs
        (
            (
                "Twenty minutes of exercises, then ten minutes on the stairs.",
                "At home, take the stairs one step at a time, leading with the good leg.",
            ),
            {"97110": 20, "97530": 10},
        ),
        (
            (
                "Twenty minutes of exercises, then ten minutes on the stairs.",
                "Next visit we try the stairs step-over-step.",
            ),
            {"97110": 20, "97530": 10},
        ),
    ],
)
def test_stairs_are_gait_training_by_what_was_said_of_todays_stairs(
    said: tuple[str, ...], minutes: dict[str, int]
) -> None:
    assert find(turns(*((T, s) for s in said)), discipline="PT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        # one kitchen task, its minutes said after it; the safety teaching that followed, apart
        (
            (
                (T, "Okay, to the kitchen. We're making the grilled cheese today."),
                (
                    T,
                    "Good. That whole kitchen task was eighteen minutes, with standing balance the whole time.",
                ),
                (T, "Now, while you eat, let's go over the stove safety stuff. Separate from the cooking."),
                (
                    T,
                    "Check when you get home and put it by the door. That's the teaching, twelve minutes of it.",
                ),
            ),
            {"97530": 18, "97535": 12},
        ),
        (((T, "that was eleven minutes on the tool tasks"),), {"97530": 11}),
    ],
)
def test_a_task_named_by_its_kind(said: tuple[tuple[str, str], ...], minutes: dict[str, int]) -> None:
    assert find(turns(*said), discipline="OT", note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        # leave asked, for a service done somewhere else: the answer's minutes are a home program
        (
            (
                (T, "Then standing hip abduction with the yellow band."),
                (P, "My wife wants to know if I can do the recumbent bike at the Y."),
                (T, "Yes, fifteen minutes, low resistance. That's a home thing, not today."),
                (T, "That was twelve minutes of strengthening."),
            ),
            {"97110": 12},
        ),
        (
            (
                (P, "He was wondering if he could ride the bike at home."),
                (T, "Yes, ten minutes a day."),
                (T, "Twenty minutes of exercise today."),
            ),
            {"97110": 20},
        ),
        # asked for here, the service is this visit's
        (((P, "He asked if he can ride the bike."), (T, "Sure, ten minutes on the bike.")), {"97110": 10}),
    ],
)
def test_leave_asked_for_somewhere_else_is_a_home_program(
    said: tuple[tuple[str, str], ...], minutes: dict[str, int]
) -> None:
    assert find(turns(*said), discipline="PT", note_type="daily").minutes == minutes
