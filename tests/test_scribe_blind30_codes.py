"""Kinds of speech whose services the blind30 sessions drafted wrong, each with rows that must stay as they
are:
- minutes said "to go over" or "going over" what is under way ("Eight minutes to go over the school plan",
  "eight minutes going over it") are its minutes, as "eight minutes for that" is; "five minutes to go" is
  time left, and going over test results or goals is no service;
- a caregiver taught the home schedule or diary (a mitt's wearing schedule) is self-care/home management
  training (97535);
- minutes "on the cab", "on the car seat": practice getting into a vehicle is a therapeutic activity;
- a task block opened by its service's own name ("functional tasks: wash your face, the top button, the
  jug") whose minutes recall its parts ("the face washing, buttons and the jug") is that service's, though
  a part ("buttons") is a word of the other task code;
- an SLP's functional cognitive task (a spreadsheet of receipts, self-monitoring) with "the task part took
  thirty eight minutes" is the cognitive intervention (97129 and 97130 for its further minutes)."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"

JOINT = (T, "Now the joint protection review for school.")
BIKE = (T, "Bike now, keep pedaling.")
TASKS = (
    T,
    "now a separate block functional tasks wash your face with the cloth reach for your back pocket and the "
    "top button",
)
SHEET = (T, "Now the spreadsheet task. Sort the receipts.")


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        ("OT", [JOINT, (P, "ok"), (T, "Eight minutes to go over the school plan.")], {"97535": 8}),
        ("OT", [JOINT, (P, "ok"), (T, "Eight minutes going over it.")], {"97535": 8}),
        ("OT", [(T, "Ten minutes for the home schedule and the diary.")], {"97535": 10}),
        ("PT", [(T, "that was fourteen minutes on the cab and the seat")], {"97530": 14}),
        (
            "OT",
            [
                TASKS,
                (P, "the top button is the hardest"),
                (T, "lift the jug of water to the shelf"),
                (T, "twelve minutes on the face washing buttons and the jug"),
            ],
            {"97530": 12},
        ),
        (
            "SLP",
            [SHEET, (P, "Done."), (T, "The task part took thirty eight minutes today, with the checklist.")],
            {"97129": 15, "97130": 23},
        ),
        # unchanged
        ("OT", [JOINT, (P, "ok"), (T, "Eight minutes for that.")], {"97535": 8}),
        ("OT", [JOINT, (P, "ok"), (T, "Ten minutes going over your test results.")], {}),
        ("OT", [JOINT, (P, "ok"), (T, "Ten minutes going over the goals with you.")], {}),
        ("PT", [BIKE, (P, "ok"), (T, "Five minutes to go.")], {}),
        (
            "PT",
            [BIKE, (P, "ok"), (T, "Ten minutes on the bike. Five minutes to go on the treadmill.")],
            {"97110": 10},
        ),
        ("OT", [(T, "We'll set up your home schedule next week.")], {}),
        ("PT", [(T, "Twelve minutes on the car transfers.")], {"97530": 12}),
        ("PT", [(T, "I was ten minutes in the car this morning, traffic.")], {}),
        (
            "OT",
            [
                (T, "Now self-care, the buttons and the zipper."),
                (P, "ok"),
                (T, "Twelve minutes on the buttons."),
            ],
            {"97535": 12},
        ),
        (
            "OT",
            [
                (T, "Now functional tasks, wash your face with the cloth."),
                (P, "ok"),
                (T, "Twelve minutes on the buttons."),
            ],
            {"97535": 12},
        ),
        (
            "OT",
            [
                (T, "Functional tasks, wash your face."),
                (T, "Ten minutes of functional tasks."),
                (T, "Now the buttons on the shirt."),
                (T, "Eight minutes on the buttons and the face."),
            ],
            {"97530": 10, "97535": 8},
        ),
        ("SLP", [SHEET, (P, "Done."), (T, "It took you about four minutes to sort them.")], {}),
        ("SLP", [(T, "Four of five free recall, five with a cue.")], {}),
        ("OT", [(T, "Then the buttoning, that took three minutes.")], {}),
    ],
)
def test_blocks_gone_over_named_by_their_parts_or_vehicles_and_cognitive_tasks(
    discipline: str, said: list[tuple[str, str]], minutes: dict[str, int]
) -> None:
    assert find(turns(*said), discipline=discipline, note_type="daily").minutes == minutes
