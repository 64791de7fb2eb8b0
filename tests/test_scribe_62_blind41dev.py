"""Minutes said only as a running clock (#17, blind41-dev ar_pt03, ar_ot02, ar_slp04): "clock starts now" ...
"we're at twelve on the clock" ... "twenty two on the clock": the readings of one clock that kept running,
so each block took the difference from the reading before (the first from the start). Also the cognitive
"attention task" said in the singular (ar_slp04), and an aphasia evaluation known by its subtests
(word finding, sentence repetition, step commands, anomic) over a caregiver's long answer of swallowing history
(ar_slp01). Rows marked "must not change" read as they did before:
minutes said "on the clock" with no reading ("twenty minutes on the clock"), one reading with no start
said, and clock times of day."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _minutes(*said: tuple[str, str], discipline: str = "PT", role: str = "PT") -> dict[str, int | None]:
    d = draft(turns(*said), discipline=discipline, note_type="daily", role=role, rule="per-code")
    return {c["code"]: c.get("minutes") for c in d.codes}


@pytest.mark.parametrize(
    ("said", "discipline", "minutes"),
    [
        # failing before: the readings were no minutes at all (nothing billed)
        (
            [
                (T, "Okay, timer's going. Warm up on the bike first, then squats and step ups."),
                (P, "My thighs are on fire."),
                (T, "Alright, we're at ten on the timer."),
                (T, "Now gait training down the hall with the walker."),
                (P, "Is this far enough?"),
                (T, "Good, we're at nineteen on the timer, that's the walking done."),
            ],
            "PT",
            {"97110": 10, "97116": 9},
        ),
        # failing before: nothing billed (the readings were no minutes)
        (
            [
                (T, "I'll start the stopwatch. Dressing practice first, socks with the sock aid."),
                (P, "The sock aid is tricky."),
                (T, "That puts us at eleven minutes on the stopwatch."),
                (T, "Now the therapeutic activity, lifting the laundry basket to the counter."),
                (P, "Heavier than it looks."),
                (T, "And the stopwatch says twenty, so we're done there."),
            ],
            "OT",
            {"97535": 11, "97530": 9},
        ),
        # failing before: nothing billed; two rising readings with no start said are differences too
        (
            [
                (T, "Leg press and hamstring curls to begin."),
                (T, "We are at thirteen on the clock."),
                (T, "Now standing balance on the foam pad, eyes closed."),
                (T, "And we are at twenty five on the clock now."),
            ],
            "PT",
            {"97110": 13, "97112": 12},
        ),
    ],
)
def test_running_clock_readings_are_differences(
    said: list[tuple[str, str]], discipline: str, minutes: dict[str, int]
) -> None:
    assert _minutes(*said, discipline=discipline, role=discipline) == minutes


@pytest.mark.parametrize(
    ("said", "discipline", "minutes"),
    [
        # must not change: minutes said "on the clock" with no reading are how long the block took
        (
            [
                (T, "Start the clock. Step ups and wall squats."),
                (T, "That was twelve minutes on the clock."),
                (T, "Then gait in the hallway, nine minutes on the clock."),
            ],
            "PT",
            {"97110": 12, "97116": 9},
        ),
        # must not change: clock times of day close a block as before
        (
            [
                (T, "It's 10:05, let's start the theraband exercises."),
                (T, "Okay, it's 10:17, exercises done."),
            ],
            "PT",
            {"97110": 12},
        ),
    ],
)
def test_minutes_on_the_clock_as_said(
    said: list[tuple[str, str]], discipline: str, minutes: dict[str, int]
) -> None:
    assert _minutes(*said, discipline=discipline, role=discipline) == minutes


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        # failing before: "the attention task" (singular) named no service, its minutes unbilled
        (
            [
                (T, "Let's do the attention task with the shuffled cards, sort the red ones."),
                (P, "Done, I think."),
                (T, "That was fourteen minutes."),
            ],
            {"97129": 14},
        ),
        # must not change: "attention training" as before
        (
            [(T, "Attention training with the tones, tap on the high one."), (T, "That was ten minutes.")],
            {"97129": 10},
        ),
    ],
)
def test_attention_task_is_cognitive(said: list[tuple[str, str]], minutes: dict[str, int]) -> None:
    assert _minutes(*said, discipline="SLP", role="SLP") == minutes


def _evaluation(*said: tuple[str, str]) -> list[str]:
    d = draft(turns(*said), discipline="SLP", note_type="evaluation", role="SLP", rule="per-code")
    return [c["code"] for c in d.codes]


C = "caregiver"


@pytest.mark.parametrize(
    ("said", "codes"),
    [
        # failing before (92610): an aphasia evaluation by its subtests (word finding, sentence repetition,
        # step commands, an anomic pattern) whose swallowing is only a daughter's long answer of history
        (
            [
                (T, "Any problems with swallowing or eating?"),
                (
                    C,
                    "At the rehab place they gave her pureed food and thickened water for a while, and she "
                    "hated it, but now she has her tea and toast every morning with no coughing, and she "
                    "swallows pills fine, so swallowing is not the worry.",
                ),
                (T, "Let's look at her language. Word finding first: name these objects."),
                (P, "Key. Pen. The... writing... pencil."),
                (T, "Sentence repetition, six of ten. Three-step commands, five of six."),
                (T, "Word-finding pauses in conversation; an anomic pattern overall."),
            ],
            ["92523"],
        ),
        # must not change: a swallowing evaluation by its trials stays 92610
        (
            [
                (T, "Clinical swallow evaluation today. Oral mech is within limits."),
                (T, "Thin liquid by cup: coughing after the third sip. Nectar thick: no signs."),
                (T, "Puree and soft solids: good bolus control, chin tuck helps."),
            ],
            ["92610"],
        ),
    ],
)
def test_aphasia_evaluation_by_its_subtests(said: list[tuple[str, str]], codes: list[str]) -> None:
    assert _evaluation(*said) == codes
