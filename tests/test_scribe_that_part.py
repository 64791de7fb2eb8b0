"""Minutes said of "that part" in any wording ("That part took eleven minutes", "that piece took about
eleven", "That section ran eleven minutes", "that whole block lasted eleven", "Okay, that took eleven
minutes") go to the activity the clinician described just before, as "that part was eleven minutes"
already did; they are not read as how long a task took the patient, nor dropped without a word."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T, P = "therapist", "patient"
DESCRIBED = [
    (T, "The bike was ten minutes. Now turning the door knob, then the key in the door."),
    (P, "Okay."),
]


@pytest.mark.parametrize(
    "closing",
    [
        "That part took eleven minutes.",
        "That bit took eleven minutes.",
        "That piece took about eleven minutes.",
        "the whole block took eleven minutes",
        "That section ran eleven minutes.",
        "that whole block lasted eleven minutes",
        "That chunk ran about eleven minutes.",
        "Okay, that took eleven minutes.",
        "So, that took eleven minutes.",
        "That block was eleven minutes.",
        "Eleven minutes for that part.",
    ],
)
def test_that_part_goes_to_the_activity_just_described(closing: str) -> None:
    found = find(turns(*DESCRIBED, (T, closing)), discipline="OT", note_type="daily")
    assert found.minutes == {"97110": 10, "97530": 11}
    assert not any("named without its minutes" in w for w in found.warnings)


@pytest.mark.parametrize(
    "said",
    [
        # the activity just described already had its minutes: these are another's, quoted for the clinician
        [
            (T, "Now the key in the lock and the door knob."),
            (T, "The key in the lock was eight minutes."),
            (P, "My hand is tired."),
            (T, "That part took eleven minutes."),
        ],
    ],
)
def test_that_part_after_minutes_said_stays_a_question(said: list[tuple[str, str]]) -> None:
    found = find(turns(*said), discipline="OT", note_type="daily")
    assert found.minutes == {"97530": 8}
    assert any("no service heard" in w for w in found.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # how long a task took the patient, said of a part of it, is a measure
        "It took you eleven minutes to do the buttons.",
        "That part of the test took her twelve seconds.",
    ],
)
def test_time_a_task_took_the_patient_is_no_service(text: str) -> None:
    found = find(turns(*DESCRIBED, (T, text)), discipline="OT", note_type="daily")
    assert found.minutes == {"97110": 10}


def test_a_block_announced_with_its_minutes_is_not_said_of_the_last_one() -> None:
    # "this is the first block, twenty minutes on ..." opens a block; the recap adds both blocks
    found = find(
        turns(
            (T, "were doing the thinking and memory work again today"),
            (P, "ok"),
            (
                T,
                "this is the first block twenty minutes on the organizer and the alarm setting on your phone",
            ),
            (P, "ok"),
            (T, "ok second block word lists and delayed recall"),
            (P, "apple chair penny"),
            (T, "that block was eighteen minutes so twenty and eighteen thirty eight minutes today"),
        ),
        discipline="SLP",
        note_type="daily",
    )
    assert found.minutes == {"97129": 15, "97130": 23}
