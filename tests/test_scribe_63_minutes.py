"""#17: minutes of recaps and blocks that billed the wrong figure: "the same again for N" (the figure after the
words that make it more of the same), "N more of the same" in a sentence or turn of its own, "of the same" said
with where it was done, a total's split whose parts say where they were done, a group said with its minutes, "N
more minutes of X" after a quoted block with no service heard, and a second task of the kind just timed. Rows
that must not change: the same planned for a later visit, another day's, a recap of minutes already counted,
counts of repetitions, and minutes "of the same" with no service timed just before (quoted, never guessed)."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T = "therapist"
P = "patient"
MOBS = [(T, "manual to the shoulder, the mobs"), (T, "ten of manual"), (T, "then more mobs on the scapula")]
EX = [(T, "bridges and clam shells")]
LIVE = [(T, "mobs on the shoulder"), (T, "that was ten minutes of manual")]
QUOTED = "minutes said with no service heard"


def _draft(said: list[tuple[str, str]], discipline: str, rule: str = "cms"):  # noqa: ANN202
    return draft(turns(*said), discipline=discipline, note_type="daily", role=discipline, rule=rule)


def _minutes(said: list[tuple[str, str]], discipline: str, rule: str) -> dict[str, int | None]:
    return {c["code"]: c.get("minutes") for c in _draft(said, discipline, rule).codes}


MINUTES = [
    # ---- the figure after "the same" --------------------------------------------------------------------------
    pytest.param(
        "PT",
        [*MOBS, (T, "so twelve of manual and the same again for nine")],
        {"97140": 21},
        id="same_again_for",
    ),
    pytest.param(
        "PT",
        [*MOBS, (T, "ten of manual, then the same thing for eight minutes")],
        {"97140": 18},
        id="same_thing_for",
    ),
    pytest.param(
        "PT",
        [*MOBS, (T, "so ten of manual and the same again, nine minutes")],
        {"97140": 19},
        id="same_again_comma",
    ),
    # ---- "of the same" with where it was done, or in a sentence or turn of its own -------------------------------
    pytest.param(
        "PT", [*LIVE, (T, "then another nine of the same on the left")], {"97140": 19}, id="same_on_the_left"
    ),
    pytest.param(
        "PT", [*LIVE, (T, "Plus nine more minutes of the same.")], {"97140": 19}, id="plus_more_own_turn"
    ),
    pytest.param(
        "PT",
        [*MOBS, (T, "so ten of manual"), (T, "then nine more of the same stuff")],
        {"97140": 19},
        id="more_of_the_same_stuff_next_turn",
    ),
    # ---- a total split by where its parts were done ---------------------------------------------------------------
    pytest.param(
        "PT",
        [*EX, (T, "twenty five minutes of exercise, the first fifteen on the floor then ten at the wall")],
        {"97110": 25},
        id="split_with_places_adds_up",
    ),
    pytest.param(
        "PT",
        [*EX, (T, "thirty minutes of exercise the first twenty at the bars then five on the mat")],
        {"97110": 30},
        id="split_with_places_short",
    ),
    # ---- a group said with its minutes ----------------------------------------------------------------------------
    pytest.param(
        "PT",
        [*EX, (T, "Then he went to the balance group for fifteen minutes, five patients.")],
        {"97150": 15},
        id="balance_group_for_minutes",
    ),
    # ---- "N more minutes of X" after a quoted block; the next task of the kind just timed ------------------------
    pytest.param(
        "OT",
        [
            (T, "Soft tissue to the forearm."),
            (T, "That was ten minutes of manual."),
            (T, "Now the keyboard."),
            (T, "That was six minutes on the keys."),
            (P, "My wrist is sore."),
            (T, "Okay, back to it."),
            (T, "Five more minutes of the typing and lifting tasks."),
        ],
        {"97530": 11},
        id="more_of_a_task_after_a_quoted_block",
    ),
    pytest.param(
        "SLP",
        [
            (T, "I'll start the timer. First, the problem solving task: the bus schedule."),
            (T, "We're at fifteen on the timer."),
            (T, "Now the next one: sorting your bills by due date."),
            (T, "We're at twenty six on the timer now, so that part is done."),
        ],
        {"97129": 15, "97130": 11},
        id="next_cognitive_task_on_the_timer",
    ),
    # ---- must not change ------------------------------------------------------------------------------------------
    pytest.param(
        "PT",
        [*EX, (T, "twelve minutes of exercise; same again next visit for ten")],
        {"97110": 12},
        id="same_next_visit",
    ),
    pytest.param(
        "PT",
        [*EX, (T, "twelve minutes of exercise, we'll do the same for ten next time")],
        {"97110": 12},
        id="same_for_ten_next_time",
    ),
    pytest.param(
        "PT",
        [*EX, (T, "twelve minutes of exercise and eight of the same yesterday")],
        {"97110": 12},
        id="same_yesterday",
    ),
    pytest.param("PT", [*MOBS, (T, "so ten of manual")], {"97140": 10}, id="recap_of_minutes_counted"),
    pytest.param(
        "PT", [*LIVE, (T, "so that was ten minutes of manual")], {"97140": 10}, id="recap_said_again"
    ),
    pytest.param(
        "PT",
        [*EX, (T, "twelve minutes of exercise, then the same for ten reps")],
        {"97110": 12},
        id="same_for_reps",
    ),
    pytest.param(
        "PT",
        [*LIVE, (P, "it still aches"), (T, "pain, the same, five")],
        {"97140": 10},
        id="a_rating_the_same",
    ),
    pytest.param(
        "PT",
        [
            (T, "Clock starts now, therapeutic exercise, bridges and clams."),
            (T, "We're at ten on the clock, take a rest break."),
            (T, "We're at thirteen on the clock, back to it, gait training now."),
            (T, "We're at twenty five on the clock, gait done."),
        ],
        {"97116": 12},
        id="rest_break_stays_out",
    ),
]


@pytest.mark.parametrize("rule", ["per-code", "cms"])
@pytest.mark.parametrize(("discipline", "said", "codes"), MINUTES)
def test_minutes(discipline: str, said: list[tuple[str, str]], codes: dict[str, int], rule: str) -> None:
    got = _minutes(said, discipline, rule)
    assert {code: got.get(code) for code in codes} == codes


@pytest.mark.parametrize(
    ("discipline", "said", "quoted", "absent"),
    [
        # "the same" with no service timed right before it: which service is the clinician's to say
        pytest.param(
            "PT", [*EX, (T, "same again for eight")], "same again for eight", "97110", id="no_minutes_before"
        ),
        pytest.param(
            "PT",
            [
                *EX,
                (T, "twelve minutes of exercise"),
                (T, "then walking in the hall"),
                (T, "and eight more minutes of the same"),
            ],
            "and eight more minutes of the same",
            "97116",
            id="another_service_begun_since",
        ),
        # a service of another code named between a quoted block and "more of": the block stays quoted
        pytest.param(
            "OT",
            [
                (T, "Soft tissue to the forearm."),
                (T, "That was ten minutes of manual."),
                (T, "Now the keyboard."),
                (T, "That was six minutes on the keys."),
                (T, "Now the ultrasound on the wrist."),
                (T, "Five more minutes of the typing and lifting tasks."),
            ],
            "That was six minutes on the keys.",
            "",
            id="another_service_between_block_and_more",
        ),
        # the next task named as another service's: the timer's block is not taken as more of the first
        pytest.param(
            "SLP",
            [
                (T, "I'll start the timer. First, the attention task: cross out every letter A."),
                (T, "We're at fifteen on the timer."),
                (T, "Now the next one: take a short break and some water."),
                (T, "We're at twenty on the timer."),
            ],
            "",
            "97130",
            id="next_one_after_a_break",
        ),
    ],
)
def test_unclear_minutes_are_quoted_not_billed(
    discipline: str, said: list[tuple[str, str]], quoted: str, absent: str
) -> None:
    d = _draft(said, discipline)
    codes = {c["code"]: c.get("minutes") for c in d.codes}
    if absent:
        assert absent not in codes or not codes[absent]
    if quoted:
        assert any(w.startswith(QUOTED) and quoted in w for w in d.warnings)


def test_group_minutes_earn_no_unit_of_a_timed_code() -> None:
    d = _draft(
        [
            (T, "Twelve minutes one on one for the exercises, bridges and clams."),
            (T, "Then he joined the hand group for thirty minutes, three others."),
        ],
        "OT",
    )
    got = {c["code"]: (c.get("minutes"), c.get("units")) for c in d.codes}
    assert got == {"97110": (12, 1), "97150": (30, 1)}
