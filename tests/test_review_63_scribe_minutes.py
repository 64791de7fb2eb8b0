"""Review of 2afe1543 (#17, scribe minutes of recaps: "same again for eight", "another eight of the same on the
scapula", "of the same" in its own turn, a split said with places, a group with its minutes, "N more minutes of
X" after a quoted block). Sessions are spoken as a therapist does, 15 minutes a turn (so no recording-length
doubt hides an over-bill). Rows marked BUG show a defect and assert what the therapist meant (they pass once
fixed; "regression" where 2afe1543^ billed it right). Plain rows hold at 2afe1543 and must keep holding."""

import pytest

from scribe.draft import draft
from scribe.transcript import Segment

T = "therapist"
P = "patient"
QUOTED = "minutes said with no service heard"
MOBS = [(T, "Let's start with some joint mobs to the right shoulder, grade three.")]
MANUAL_15 = [*MOBS, (T, "That was fifteen minutes of manual.")]
LIVE_10 = [*MOBS, (T, "That was ten minutes of manual.")]
BRIDGES = [
    (T, "Bridges, three sets of ten, hold each for three seconds."),
    (T, "Fifteen minutes of exercise so far."),
]
EX_GAIT = [(T, "Bridges and clamshells."), (T, "Then gait in the hallway.")]
FOREARM = [(T, "Soft tissue to the forearm."), (T, "That was fifteen minutes of manual.")]
MORE_TASKS = (T, "Then five more minutes of the typing and lifting tasks.")


def BUG(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def _draft(said: list[tuple[str, str]], discipline: str, rule: str, role: str = ""):  # noqa: ANN202
    segments = [Segment(i, i * 900.0, i * 900.0 + 895.0, who, text) for i, (who, text) in enumerate(said)]
    return draft(segments, discipline=discipline, note_type="daily", role=role or discipline, rule=rule)


MINUTES = [
    # ---- "the same" meaning the exercise (repetitions), not minutes ---------------------------------------------
    pytest.param(
        "PT",
        "",
        [*BRIDGES, (T, "Same again for ten.")],
        {"97110": 15},
        marks=BUG(
            'regression: "Same again for ten." (reps) after a tally billed as minutes: 97110 25, 2 units'
        ),
        id="reps_same_again_for_ten",
    ),
    pytest.param(
        "PT",
        "",
        [*BRIDGES, (T, "Rest a second, then same again for ten.")],
        {"97110": 15},
        marks=BUG('regression: "then same again for ten" (reps) billed as minutes: 97110 25, 2 units'),
        id="reps_then_same_again_for_ten",
    ),
    pytest.param(
        "PT",
        "",
        [*BRIDGES, (T, "Then the same for twelve on the other leg.")],
        {"97110": 15},
        marks=BUG('regression: "the same for twelve on the other leg" (reps) billed: 97110 27, 2 units'),
        id="reps_same_for_twelve_other_leg",
    ),
    pytest.param(
        "PT", "", [*BRIDGES, (T, "And same again, ten reps.")], {"97110": 15}, id="same_again_ten_reps"
    ),
    pytest.param(
        "PT", "", [*BRIDGES, (T, "Then the same for ten seconds.")], {"97110": 15}, id="same_ten_seconds"
    ),
    pytest.param(
        "PT",
        "",
        [*BRIDGES, (T, "Do the same again for eight, each side.")],
        {"97110": 15},
        id="do_the_same_again",
    ),
    pytest.param(
        "PT",
        "",
        [*BRIDGES, (T, "Now the clamshells, same again for ten each side.")],
        {"97110": 15},
        id="clamshells_same_again_each_side",
    ),
    # ---- "the same" planned for a later visit, or another day's: not today's minutes ----------------------------
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "and eight of the same on the following visit")],
        {"97140": 15},
        id="same_on_the_following_visit",
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "and eight of the same on the weekend")],
        {"97140": 15},
        id="same_on_the_weekend",
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "and another eight of the same with the home program")],
        {"97140": 15},
        id="same_with_the_home_program",
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "then the same again for eight on Monday")],
        {"97140": 15},
        id="same_again_for_eight_on_monday",
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "then the same again for eight last time")],
        {"97140": 15},
        id="same_again_for_eight_last_time",
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "so same again for eight when he comes back")],
        {"97140": 15},
        id="same_again_when_he_comes_back",
    ),
    pytest.param(
        "PT",
        "",
        [*MOBS, (T, "Ten minutes of manual today, and same again for fifteen on Thursday.")],
        {"97140": 10},
        id="same_again_on_thursday",
    ),
    pytest.param(
        "PT",
        "",
        [*MOBS, (T, "Ten minutes of manual today; last week, same again for fifteen.")],
        {"97140": 10},
        id="last_week_same_again",
    ),
    pytest.param(
        "PT",
        "PTA",
        [*LIVE_10, (T, "and the same again for fifteen on Friday")],
        {"97140": 10},
        id="pta_same_again_on_friday",
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "then the same again for eight next time")],
        {"97140": 15},
        id="same_next_time",
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "then the same again for eight at the next visit")],
        {"97140": 15},
        id="same_at_the_next_visit",
    ),
    pytest.param(
        "PT", "", [*MANUAL_15, (T, "then the same again for eight at home")], {"97140": 15}, id="same_at_home"
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "and eight more of the same for the next visit")],
        {"97140": 15},
        id="same_for_the_next_visit",
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "and yesterday the same again for eight")],
        {"97140": 15},
        id="yesterday_same_again",
    ),
    pytest.param(
        "PT",
        "",
        [*MANUAL_15, (T, "We'll do the same again next time, for about fifteen.")],
        {"97140": 15},
        id="well_do_the_same_next_time",
    ),
    # ---- a recap of minutes already counted adds nothing; "same again" with no figure adds nothing ---------------
    pytest.param(
        "PT", "", [*LIVE_10, (T, "So that was ten of manual, good.")], {"97140": 10}, id="recap_that_was_ten"
    ),
    pytest.param(
        "PT", "", [*LIVE_10, (T, "Same again on the other side.")], {"97140": 10}, id="same_again_no_figure"
    ),
    pytest.param(
        "PT", "", [*MOBS, (T, "So ten of manual, then same again.")], {"97140": 10}, id="then_same_again"
    ),
    pytest.param(
        "PT",
        "",
        [*LIVE_10, (T, "then the same again for eight")],
        {"97140": 18},
        id="live_same_again_for_eight",
    ),
    pytest.param(
        "PT",
        "",
        [
            *LIVE_10,
            (T, "then the same again for eight"),
            (T, "so ten of manual and the same again for eight, eighteen total"),
        ],
        {"97140": 18},
        id="live_then_recap_same_again",
    ),
    pytest.param(
        "PT",
        "",
        [
            *LIVE_10,
            (T, "then the same again for eight"),
            (T, "So in all ten of manual, then same again for eight."),
        ],
        {"97140": 18},
        id="live_then_recap_in_all",
    ),
    pytest.param(
        "PT",
        "",
        [*LIVE_10, (T, "and eight more minutes of the same"), (T, "so that was eighteen of manual")],
        {"97140": 18},
        id="live_of_the_same_then_total",
    ),
    pytest.param(
        "PT",
        "PTA",
        [*LIVE_10, (T, "then the same again for eight")],
        {"97140": 18},
        id="pta_live_same_again_for_eight",
    ),
    pytest.param(
        "PT",
        "PTA",
        [
            *LIVE_10,
            (T, "and eight more minutes of the same"),
            (T, "so that's ten of manual and eight of the same, eighteen altogether"),
        ],
        {"97140": 18},
        id="pta_recap_counted_once",
    ),
    # ---- two services, then more of one of them -------------------------------------------------------------------
    pytest.param(
        "PT",
        "",
        [*EX_GAIT, (T, "So twelve of exercise and ten of gait."), (T, "And eight more of the same.")],
        {"97110": 12, "97116": 18},
        id="same_is_the_last_service",
    ),
    pytest.param(
        "PT",
        "",
        [*EX_GAIT, (T, "So twelve of exercise, ten of gait and another eight of exercise.")],
        {"97110": 20, "97116": 10},
        id="another_eight_of_exercise",
    ),
    pytest.param(
        "PT",
        "",
        [*EX_GAIT, (T, "So twelve of exercise and ten of gait."), (T, "And eight more minutes of exercise.")],
        {"97110": 20, "97116": 10},
        id="eight_more_minutes_of_exercise_own_turn",
    ),
    # ---- a split said with places; a group with its minutes ------------------------------------------------------
    pytest.param(
        "PT",
        "",
        [
            (T, "Bridges and clamshells."),
            (T, "twenty five minutes of exercise, the first fifteen on the mat then ten on the bike"),
        ],
        {"97110": 25},
        id="split_with_places_adds_up",
    ),
    pytest.param(
        "PT",
        "",
        [
            (T, "Bridges and clamshells."),
            (T, "thirty minutes of exercise the first fifteen on the mat then ten of gait"),
        ],
        {"97110": 15, "97116": 10},
        id="split_with_a_place_then_gait",
    ),
    pytest.param(
        "PT",
        "",
        [
            (T, "Bridges and clamshells."),
            (T, "Twelve minutes of exercise."),
            (T, "She does a water aerobics group for forty five minutes at the Y."),
        ],
        {"97110": 12},
        id="water_aerobics_group_at_the_y",
    ),
    pytest.param(
        "PT",
        "",
        [
            (T, "Bridges and clamshells."),
            (T, "Twelve minutes of exercise."),
            (T, "So you go to a walking group for thirty minutes on Tuesdays?"),
            (P, "Yes, at the church."),
        ],
        {"97110": 12},
        marks=BUG("a question about a walking group at church billed 97150 30 (97116 30 at 2afe1543^)"),
        id="walking_group_on_tuesdays",
    ),
    pytest.param(
        "PT",
        "",
        [
            (T, "Bridges and clamshells."),
            (T, "Twelve minutes of exercise."),
            (T, "Keep up the walking group for thirty minutes twice a week."),
        ],
        {"97110": 12},
        id="keep_up_the_walking_group",
    ),
    pytest.param(
        "PT",
        "",
        [
            (T, "Bridges and clamshells."),
            (T, "Twelve minutes of exercise."),
            (T, "Next week you can join the balance group for twenty minutes."),
        ],
        {"97110": 12},
        id="group_next_week",
    ),
    # ---- "N more minutes of X" after a quoted block that was no service -------------------------------------------
    pytest.param(
        "OT",
        "",
        [*FOREARM, (T, "He took a water break, about six minutes."), MORE_TASKS],
        {"97140": 15, "97530": 5},
        marks=BUG(
            "regression: a water break's six minutes (the quote itself says break) added to 97530: 11, 1 unit"
        ),
        id="water_break_added_to_the_task",
    ),
    pytest.param(
        "OT",
        "",
        [*FOREARM, (T, "I was on the phone six minutes."), MORE_TASKS],
        {"97140": 15, "97530": 5},
        marks=BUG("regression: the therapist's six minutes on the phone added to 97530: 11, 1 unit"),
        id="on_the_phone_added_to_the_task",
    ),
    pytest.param(
        "OT",
        "",
        [*FOREARM, (T, "He was waiting for the bathroom for six minutes."), MORE_TASKS],
        {"97140": 15, "97530": 5},
        marks=BUG("regression: six minutes waiting for the bathroom added to 97530: 11, 1 unit"),
        id="waiting_added_to_the_task",
    ),
    pytest.param(
        "OT",
        "",
        [*FOREARM, (T, "That was six minutes sitting quietly."), MORE_TASKS],
        {"97140": 15, "97530": 5},
        marks=BUG("regression: six minutes sitting quietly added to 97530: 11, 1 unit"),
        id="sitting_quietly_added_to_the_task",
    ),
    pytest.param(
        "OT",
        "",
        [*FOREARM, (T, "Checked his blood pressure, that took four minutes."), MORE_TASKS],
        {"97140": 15, "97530": 5},
        marks=BUG("regression: four minutes of a blood pressure check added to 97530: 9"),
        id="vitals_added_to_the_task",
    ),
    pytest.param(
        "OT",
        "",
        [*FOREARM, (T, "He sat and rested for six minutes."), MORE_TASKS],
        {"97140": 15, "97530": 5},
        id="rested",
    ),
    pytest.param(
        "OT",
        "",
        [*FOREARM, (T, "Bathroom break, that was six minutes."), MORE_TASKS],
        {"97140": 15, "97530": 5},
        id="bathroom_break",
    ),
    pytest.param(
        "OT",
        "",
        [*FOREARM, (T, "He does about twenty minutes at home."), MORE_TASKS],
        {"97140": 15, "97530": 5},
        id="at_home",
    ),
]


@pytest.mark.parametrize("rule", ["per-code", "cms"])
@pytest.mark.parametrize(("discipline", "role", "said", "codes"), MINUTES)
def test_minutes(
    discipline: str, role: str, said: list[tuple[str, str]], codes: dict[str, int], rule: str
) -> None:
    d = _draft(said, discipline, rule, role)
    # every code said, with its minutes (a code whose minutes earn no unit is in the warnings, not the codes)
    got = {c["code"]: c.get("minutes") for c in d.codes}
    for w in d.warnings:
        head = w.split(" minutes earn no unit", 1)[0]
        if head != w and ": " in head:
            code, minutes = head.split(": ", 1)
            got.setdefault(code, int(minutes))
    assert got == codes


# Minutes lost with no line for the clinician: the therapist's recap names which service, or the scribe asks.
@pytest.mark.parametrize("rule", ["per-code", "cms"])
@pytest.mark.parametrize(
    ("said", "quote"),
    [
        pytest.param(
            [*EX_GAIT, (T, "So twelve of exercise and ten of gait, then eight more of the first one.")],
            "eight more of the first one",
            marks=BUG('pre-existing: "then eight more of the first one" lost with no line: 97110 12, not 20'),
            id="eight_more_of_the_first_one",
        ),
        pytest.param(
            [*EX_GAIT, (T, "So twelve of exercise and ten of gait."), (T, "And eight more of the exercise.")],
            "eight more of the exercise",
            marks=BUG(
                'pre-existing: "And eight more of the exercise." lost with no line ("... minutes of exercise" is read)'
            ),
            id="eight_more_of_the_exercise",
        ),
    ],
)
def test_more_of_a_named_service_is_billed_or_asked(
    said: list[tuple[str, str]], quote: str, rule: str
) -> None:
    d = _draft(said, "PT", rule)
    got = {c["code"]: c.get("minutes") for c in d.codes}
    assert got.get("97110") == 20 or any(quote in w for w in d.warnings)


def test_the_same_with_another_service_begun_in_the_turn_is_quoted() -> None:
    d = _draft(
        [(T, "Twelve minutes of exercise. Then walking in the hall. And eight more minutes of the same.")],
        "PT",
        "cms",
    )
    assert {c["code"]: c.get("minutes") for c in d.codes} == {"97110": 12}
    assert any(w.startswith(QUOTED) and "eight more minutes of the same" in w for w in d.warnings)


@pytest.mark.parametrize("rule", ["per-code", "cms"])
def test_group_minutes_count_toward_no_timed_unit(rule: str) -> None:
    d = _draft(
        [
            (T, "Five minutes one on one, bridges."),
            (T, "Then he joined the balance group for twenty minutes, four others."),
        ],
        "PT",
        rule,
    )
    assert {c["code"]: (c.get("minutes"), c.get("units")) for c in d.codes} == {"97150": (20, 1)}


@pytest.mark.parametrize(
    ("said", "units"),
    [
        pytest.param(
            [*BRIDGES, (T, "Same again for ten.")],
            {"97110": 1},
            marks=BUG("regression: reps read as minutes bill a second unit of 97110"),
            id="reps_second_unit",
        ),
        pytest.param(
            [*MANUAL_15, (T, "then the same again for eight on Monday")],
            {"97140": 1},
            id="monday_second_unit",
        ),
        pytest.param([*MANUAL_15, (T, "then the same again for eight")], {"97140": 2}, id="today_23_is_two"),
        pytest.param(
            [*MANUAL_15, (T, "then the same again for eight next time")],
            {"97140": 1},
            id="next_time_15_is_one",
        ),
    ],
)
@pytest.mark.parametrize("rule", ["per-code", "cms"])
def test_units(said: list[tuple[str, str]], units: dict[str, int], rule: str) -> None:
    assert {c["code"]: c.get("units") for c in _draft(said, "PT", rule).codes} == units
