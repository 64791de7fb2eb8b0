"""Goals read out one by one with their status (#17, blind42-dev as_pt05, as_ot05, as_pt06, as_slp06): a
status opening its own sentence with what shows it after ("Met, you did it twice this week.", "Partly met,
you're at about half."), said of the goal ("That's met.", "so that's partly met"), a goal named "goal one was
..." or read out in order ("First, ...", "Second, ...") after the clinician said they would go over the goals.
Each goal is written with its status, and what was measured for it between the goal and its status is kept.
The status and the order words are never a name said to someone ("Met, sixty eight decibels" was "[name]").
A goal's target ("Goals are grip at seventy pounds on the right") is no measure of today (as_ot01).
Rows marked "must not change" read as they did before."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _note(*said: tuple[str, str], discipline: str = "PT", note_type: str = "progress") -> dict[str, str]:
    d = draft(turns(*said), discipline=discipline, note_type=note_type, role=discipline, rule="per-code")
    return d.note


@pytest.mark.parametrize(
    ("said", "lines"),
    [
        # failing before: no goal line, "Met" lost to the name after it
        (
            [
                (T, "Let's read your goals today."),
                (
                    T,
                    "Goal one was climbing the bus steps without the handrail. Met, Marco, you did it twice.",
                ),
                (T, "Goal two, lifting the toolbox with both hands. Partly met, you're at about half."),
                (T, "Goal three, kneeling on the job site for five minutes. Not met, we haven't started."),
            ],
            [
                "Goal met: Goal one was climbing the bus steps without the handrail. Met.",
                "Goal partially met: Goal two, lifting the toolbox with both hands. Partly met, you're at about half.",
                "Goal not met: Goal three, kneeling on the job site for five minutes. Not met, we haven't started.",
            ],
        ),
        # failing before: today's figure between the goal and its status dropped; "Met," was a name
        (
            [
                (T, "Goal one, reading aloud above eighty percent. Today eighty six percent. Met."),
                (T, "Goal two, ordering at the cafe. Met, sixty eight decibels at arm's length."),
            ],
            [
                "Goal met: Goal one, reading aloud above eighty percent. Today eighty six percent. Met.",
                "Goal met: Goal two, ordering at the cafe. Met, sixty eight decibels at arm's length.",
            ],
        ),
        # failing before: goals read out in order were "[name]" and no goal line
        (
            [
                (T, "We'll go over your goals first."),
                (T, "First, standing a full ten hour shift at the bakery. That's met."),
                (
                    T,
                    "Second, single leg stance for thirty seconds. Today you held twenty, so that's partly met.",
                ),
                (T, "Third, walking the trail to the mailbox without pain. Met."),
            ],
            [
                "Goal met: First, standing a full ten hour shift at the bakery. That's met.",
                "Goal partially met: Second, single leg stance for thirty seconds. Today you held twenty, so "
                "that's partly met.",
                "Goal met: Third, walking the trail to the mailbox without pain. Met.",
            ],
        ),
        # failing before: the figure between the goal and its status dropped ("...restaurant: Not met.")
        (
            [
                (
                    T,
                    "Goal three, short phrases to order at a restaurant. Nine out of twenty, moderate cues. Not met.",
                )
            ],
            [
                "Goal not met: Goal three, short phrases to order at a restaurant. Nine out of twenty, moderate cues. Not met."
            ],
        ),
        # must not change: a goal and its status in one sentence
        (
            [(T, "Goal one, walk to the mailbox: met.")],
            ["Goal met: Goal one, walk to the mailbox: met."],
        ),
    ],
)
def test_goals_read_out_with_status(said: list[tuple[str, str]], lines: list[str]) -> None:
    assessment = _note(*said)["assessment"]
    for line in lines:
        assert line in assessment, assessment


@pytest.mark.parametrize(
    ("said", "absent", "present"),
    [
        # failing before: "Met" and "Second" written "[name]"
        (
            [(T, "Goal two, ordering at the cafe. Met, sixty eight decibels at arm's length.")],
            "[name], 68",
            "Met, 68 decibels",
        ),
        # must not change: a name said to the patient is still written "[name]"
        (
            [(T, "Marco, ten more step ups."), (P, "Okay.")],
            "Marco",
            "",
        ),
        # failing before: no goal line; a name after the status is never part of it
        (
            [(T, "Goal one was the bus steps. Met, Marco, you did it twice.")],
            "Goal met: Goal one was the bus steps. Met, Marco",
            "Goal met: Goal one was the bus steps. Met.",
        ),
    ],
)
def test_status_and_order_words_are_no_names(said: list[tuple[str, str]], absent: str, present: str) -> None:
    note = _note(*said)
    text = "\n".join(note.values())
    assert absent not in text, text
    assert present in text, text


@pytest.mark.parametrize(
    ("said", "absent", "present"),
    [
        # failing before: "Grip 70 pounds right." written as today's measure
        (
            [
                (T, "Grip with the dynamometer, right hand."),
                (T, "Goals are grip at seventy pounds on the right and writing a full page."),
            ],
            "Grip 70 pounds",
            "",
        ),
        # must not change: a measure of today said with its goal's status stays a measure
        (
            [(T, "Right grip is forty pounds today, so the grip goal is partly met.")],
            "",
            "40 pounds",
        ),
        # must not change: a measure with no goal said
        (
            [(T, "Right grip is forty two pounds.")],
            "",
            "42 pounds",
        ),
    ],
)
def test_goal_target_is_no_measure(said: list[tuple[str, str]], absent: str, present: str) -> None:
    note = _note(*said, discipline="OT", note_type="daily")
    text = "\n".join(note.values())
    if absent:
        assert absent not in text, text
    assert present in text, text


@pytest.mark.parametrize(
    ("said", "lines", "absent"),
    [
        # failing before: no measure, the sides lost ("right is 1 15")
        (
            [
                (T, "Now both knees together."),
                (
                    T,
                    "Flexion, left is one thirty five degrees, right is one fifteen, so the right still lags.",
                ),
            ],
            ["Left knee flexion 135 degrees.", "Right knee flexion 115 degrees."],
            "",
        ),
        # failing before: no measure of either side
        (
            [(T, "Shoulder external rotation, left ninety, right sixty five, right is tighter.")],
            ["Left shoulder external rotation 90 degrees.", "Right shoulder external rotation 65 degrees."],
            "",
        ),
        # failing before: "Ankle dorsiflexion 4 degrees" with no side, the right's figure lost
        (
            [(T, "Ankle dorsiflexion, four degrees on the left and fourteen degrees on the right.")],
            ["Left ankle dorsiflexion 4 degrees.", "Right ankle dorsiflexion 14 degrees."],
            "Ankle dorsiflexion 4 degrees.",
        ),
        # failing before: "No on the left." (a zero read as a denial), the right's minus lost
        (
            [(T, "Now both knees together. Extension, zero on the left, minus four on the right.")],
            ["Left knee extension 0 degrees.", "Right knee extension -4 degrees."],
            "No on the left",
        ),
        # must not change: one side read with its side
        (
            [(T, "Right knee flexion is one twenty degrees.")],
            ["Right knee flexion 120 degrees."],
            "Left",
        ),
    ],
)
def test_both_sides_keep_their_figures(said: list[tuple[str, str]], lines: list[str], absent: str) -> None:
    objective = _note(*said, note_type="daily")["objective"]
    for line in lines:
        assert line in objective, objective
    if absent:
        assert absent not in objective, objective
