"""Codes and minutes from speech nobody here wrote (#17), by kind of phrasing met in blind30 and blind31:
a modifier said by its number ("fifty nine on the functional activity"), a plan cue matched inside a word
("that home safety training" is no "at home"), a block summed with another clinician's figure named again,
a measure's figure before ("eleven reps. It was seven."), a group said by itself ("Group was thirty
minutes with five of you."), one clock said to run ahead of another, a treadmill run as conditioning, and
tasks or pacing named right after "minutes on the". Rows marked "unchanged" must keep reading as before.
No model is loaded: services.find reads the words alone."""

import pytest
from transcript_helpers import turns

from scribe.services import TREADMILL_EXERCISE, find

T = "therapist"
P = "patient"


def found(*said: tuple[str, str], discipline: str = "PT", note_type: str = "daily"):
    return find(turns(*said), discipline=discipline, note_type=note_type)


def minutes_of(*said: str, discipline: str = "PT", note_type: str = "daily") -> dict[str, int]:
    return found(*((T, s) for s in said), discipline=discipline, note_type=note_type).minutes


# CMS's distinct-procedure modifier said aloud is no service's minutes: "so fifty nine on the functional
# activity" billed 97530 x4 for thirteen minutes.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "functional activity thirteen minutes separate from the manual so fifty nine on the functional "
            "activity",
            {"97530": 13},
        ),
        (
            "functional activities were fifteen minutes separate from the manual so the functional part gets "
            "the fifty nine modifier",
            {"97530": 15},
        ),
        (
            "Manual therapy ten minutes, modifier 59 on the ther act, fifteen minutes of ther act.",
            {"97140": 10, "97530": 15},
        ),
        # unchanged: fifty-nine said as minutes, or with no word of two services apart
        ("Gait was fifty nine minutes.", {"97116": 59}),
        ("Ther ex fifty nine minutes, separate from the manual.", {"97110": 59}),
        ("Balance was fifteen minutes.", {"97112": 15}),
        ("Gait training twelve minutes with mod assist of one.", {"97116": 12}),
    ],
)
def test_a_modifier_said_is_no_minutes(said: str, expected: dict[str, int]) -> None:
    assert minutes_of(said) == expected


# A plan's cue opens a word: "That home safety training" lost its fourteen minutes to "at home".
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("That home safety training with Peter on the video was fourteen minutes.", {"97535": 14}),
        ("The home safety training was fourteen minutes.", {"97535": 14}),
        # unchanged: the home program and the next visit are still not today's services
        ("Do the bike at home, ten minutes every day.", {}),
        ("Next time we'll do twelve minutes of home safety training.", {}),
    ],
)
def test_plan_cues_open_a_word(said: str, expected: dict[str, int]) -> None:
    assert minutes_of(said, discipline="OT") == expected


# One clinician's block and another's, both named alike, summed with the other's figure named again.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            (
                "She told me she did ten minutes of gait with you, the interval walking.",
                "I did twelve minutes of gait with you, so with Rachel's ten that's twenty two for the walking today.",
            ),
            {"97116": 22},
        ),
        (
            (
                "Ten minutes of gait in the hall.",
                "Then eight minutes of gait outside, so with the ten that makes eighteen of gait.",
            ),
            {"97116": 18},
        ),
        # unchanged: a figure said again of the same block replaces, and parts summed add up as before
        (("Ten minutes of gait.", "Gait was twelve minutes, not ten."), {"97116": 12}),
        (
            ("We walked ten minutes in the hall, then another six outside, so sixteen minutes of walking.",),
            {"97116": 16},
        ),
    ],
)
def test_a_sum_naming_the_other_block(said: tuple[str, ...], expected: dict[str, int]) -> None:
    assert minutes_of(*said) == expected


# "It was seven." right after a measure said with its unit is that measure's figure before.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            ("Thirty second sit to stand, eleven reps. It was seven.", "Balance was thirteen minutes."),
            {"97112": 13},
        ),
        (("Single leg stance twelve point four seconds. It was eight.",), {}),
        # unchanged: a short sentence closing a list of tasks is their minutes
        (("Sit to stands, step ups, carrying the pan. That was ten.",), {"97530": 10}),
    ],
)
def test_a_measures_figure_before_is_no_minutes(said: tuple[str, ...], expected: dict[str, int]) -> None:
    assert minutes_of(*said) == expected


@pytest.mark.parametrize(
    ("said", "group", "expected"),
    [
        (("Group was thirty minutes with five of you. Now it's just you and me.",), True, {}),
        (
            (
                "Hi Dev. The cooking group went long today.",
                "The group was forty five minutes with four of you.",
            ),
            True,
            {},
        ),
        (
            ("Group was thirty minutes.", "One-on-one balance training was thirteen minutes."),
            True,
            {"97112": 13},
        ),
        # unchanged: a group the patient belongs to elsewhere is no service
        (("Her support group was great last week.", "Manual ten minutes."), False, {"97140": 10}),
    ],
)
def test_a_group_said_by_itself(said: tuple[str, ...], group: bool, expected: dict[str, int]) -> None:
    services = found(*((T, s) for s in said), discipline="OT")
    assert ("97150" in services.untimed) is group
    assert services.minutes == expected


def test_a_group_takes_its_minutes_not_its_head_count() -> None:
    services = found((T, "Group was thirty minutes with five of you."), discipline="OT")
    assert [(m.code, m.minutes) for m in services.mentions] == [("97150", 30)]


# A block opened on one clock and closed on another, with how far one runs ahead of the other said.
@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "I stopped you at 2:53 by my watch, and my watch is two minutes fast compared with the wall clock.",
            11,
        ),
        (
            "I stopped you at 2:53 by my watch, and my watch is two minutes slow compared with the wall clock.",
            15,
        ),
        ("I stopped you at 2:53 by my watch, and the wall clock is two minutes fast.", 15),
        ("I stopped you at 2:53 by my watch, my watch runs three minutes ahead.", 10),
        # unchanged: the same clock both times
        ("I stopped you at 2:53 by the wall clock.", 13),
    ],
)
def test_one_clock_said_ahead_of_another(closing: str, expected: int) -> None:
    services = found(
        (T, "Now the walking in the hall. I'm starting you at 2:40 by the wall clock."),
        (P, "Okay."),
        (T, f"We'll stop there. {closing}"),
    )
    assert services.minutes == {"97116": expected}


def test_clocks_apart_with_no_offset_said_stay_unbilled() -> None:
    services = found(
        (T, "Now the walking in the hall. I'm starting you at 2:40 by the wall clock."),
        (P, "Okay."),
        (T, "We'll stop there. I stopped you at 2:53 by my watch."),
    )
    assert services.minutes == {}
    assert any("two clocks" in w for w in services.warnings)


# The treadmill run as conditioning is therapeutic exercise, marked for review; run as walking practice it
# stays gait training.
@pytest.mark.parametrize(
    ("said", "expected", "review"),
    [
        (
            (
                "Now the treadmill. I'm starting you at 2:40 by the wall clock.",
                "Two point eight miles an hour, two percent incline.",
                "Good, that's the talk test. Keep going.",
                "We'll stop there. I stopped you at 2:51 by the wall clock.",
            ),
            {"97110": 11},
            True,
        ),
        # unchanged: the treadmill with the gait's cues, or named as walking
        (
            (
                "Now the treadmill, longer stride, push off through the big toe.",
                "Ten minutes on the treadmill.",
            ),
            {"97116": 10},
            False,
        ),
        (("Ten minutes of treadmill walking at two miles an hour.",), {"97116": 10}, False),
        (
            ("Gait training on the treadmill with the harness, twelve minutes, speed one point five.",),
            {"97116": 12},
            False,
        ),
    ],
)
def test_treadmill_run_as_conditioning(said: tuple[str, ...], expected: dict[str, int], review: bool) -> None:
    services = found(*((T, s) for s in said))
    assert services.minutes == expected
    assert (services.doubtful.get("97110") == TREADMILL_EXERCISE) is review


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "thats the extend sir tendon stretching fifteen minutes on the stocking and the cutter tasks",
            {"97530": 15},
        ),
        ("Then Sunday has nothing else. Sixteen minutes on the pacing and the week plan.", {"97535": 16}),
        # unchanged: a self-care task named so stays self-care; tasks said alone stay therapeutic activity
        ("Twelve minutes on the dressing tasks.", {"97535": 12}),
        ("Ten minutes on the kitchen tasks.", {"97530": 10}),
        ("Okay, that was 26 minutes on the cognitive tasks altogether.", {"97129": 15, "97130": 11}),
        ("Fourteen minutes on the memory and the attention tasks.", {"97129": 14}),
    ],
)
def test_what_follows_minutes_on_the(said: str, expected: dict[str, int]) -> None:
    assert minutes_of(said, discipline="OT") == expected


def test_a_pacing_board_stays_speech() -> None:
    services = found((T, "Ten minutes on the pacing board for the sentences."), discipline="SLP")
    assert "97535" not in services.minutes
