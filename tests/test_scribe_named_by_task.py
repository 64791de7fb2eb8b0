"""OT services named by what was done rather than by the service's name: the hand tasks of a therapeutic
activity ("turn the door knobs on the board", "the key in the lock", "pour the water from the pitcher"),
a work task ("the work task: knead the putty like dough, then lift the tray"), hands-on joint work
("hands-on: gentle CMC distraction", "Hands-on was nine minutes"). Minutes said of "that part" after
such a description go to it; minutes that nothing before them names stay a question for the clinician."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            [
                (
                    T,
                    "thats twelve minutes of exercises now lets do some real stuff turn the door knobs on the board",
                ),
                (P, "the knob is stiff"),
                (T, "good now the key in the lock"),
                (P, "there"),
                (T, "thats okay that part was nine minutes"),
            ],
            {"97110": 12, "97530": 9},
        ),
        (
            [
                (T, "Exercise was ten minutes. Now pour the water from the pitcher into the cups."),
                (P, "I spilled a little."),
                (T, "That's fine. That part was eight minutes."),
            ],
            {"97110": 10, "97530": 8},
        ),
        (
            [
                (T, "The bike was ten minutes. Now turning the door knob, then the key in the door."),
                (P, "Okay."),
                (T, "That block was eleven minutes."),
            ],
            {"97110": 10, "97530": 11},
        ),
        (
            [
                (T, "Putty, eight minutes. Next, turning the key in the lock, five times."),
                (T, "That was nine minutes."),
            ],
            {"97110": 8, "97530": 9},
        ),
        (
            [
                (
                    T,
                    "Exercise was fourteen minutes. Now, the work task: knead the putty like dough, then lift the tray.",
                ),
                (P, "Loaded trays are heavier."),
                (T, "Then we go to fifteen. Good form. That part was ten minutes."),
            ],
            {"97110": 14, "97530": 10},
        ),
        ([(T, "The work task was twelve minutes, the crate to the shelf.")], {"97530": 12}),
        (
            [
                (T, "Now, hands-on: some gentle CMC distraction and the first web space stretch."),
                (P, "That's tight."),
                (T, "Hands-on was nine minutes. Now the knitting task."),
            ],
            {"97140": 9},
        ),
        ([(T, "Hands-on took eleven minutes.")], {"97140": 11}),
        ([(T, "Gentle joint distraction at the wrist, ten minutes.")], {"97140": 10}),
        ([(T, "Long axis distraction of the thumb, eight minutes.")], {"97140": 8}),
    ],
)
def test_minutes_go_to_the_task_named_by_what_was_done(
    said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert find(turns(*said), discipline="OT", note_type="daily").minutes == expected


def test_that_part_with_nothing_named_stays_a_question() -> None:
    found = find(
        turns(
            (T, "Exercise was twelve minutes. Now some real stuff."),
            (P, "Okay."),
            (T, "That part was nine minutes."),
        ),
        discipline="OT",
        note_type="daily",
    )
    assert found.minutes == {"97110": 12}
    assert any("no service heard" in w for w in found.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # a report of home, a distraction of the mind, a task said for later
        "The door knobs at home are hard for her, she says.",
        "No distraction in the room today, so she focused well.",
        "Next time we'll do the key in the lock.",
    ],
)
def test_named_in_passing_is_no_minutes(text: str) -> None:
    found = find(turns((T, text), (P, "Okay.")), discipline="OT", note_type="daily")
    assert found.minutes == {}
