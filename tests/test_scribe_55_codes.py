"""Kinds of speech whose services the blind33 sessions drafted wrong (#17), each with rows that must stay
as they are:
- a block opened on the clock ("It's 10:05 now, let's get started.") and closed on it with what it was said
  right after ("Okay, it's 10:32. That's our cognitive work for today.") is that service's;
- "so that counts as balance and neuromuscular work": the clinician puts what was just named under a service;
- a goal read out in a run-on recap ("... twelve minutes goal walk to the mailbox met ... continue twice a
  week") neither takes the minutes said before it nor is a service done;
- "if it doesnt hurt that was four more minutes of walking": the minutes said as done open a new account,
  whatever the run-on supposed before them;
- "Sit to stand eleven without hands": a test's count, not minutes;
- "eight minutes on the home equipment training": self-care/home management training (97535);
- "quick note before we start you are past the medicare threshold": said of this visit, no condition;
- at an OT visit, a block practising a self-care task ("seventeen minutes of dressing practice") timed apart
  from a block teaching or setting up the home ("twelve minutes on the home setup") is billed as therapeutic
  activities (97530) beside the training (97535), with a line to confirm;
- "My minutes for the kitchen reaching go on my note": a co-treating clinician's minutes, not this note's;
- "The notebook training was ten minutes": training in a compensatory aid, 97535."""

import pytest
from transcript_helpers import turns

from scribe.services import find
from scribe.threshold_said import threshold_passed
from scribe.timing import _read_as_done

T = "therapist"
P = "patient"

START = (T, "Today is the mail task again. It's 10:05 now, let's get started.")
RECAP = (
    "okay summary for the progress note therapeutic exercise thirteen minutes neuromuscular balance ten minutes "
    "actually twelve minutes with the turns timed up and go eleven point eight with cane"
)
GOALS = " goal walk to mailbox without cane met goal community walking with cane partly met"


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        (
            "OT",
            [
                START,
                (P, "Okay."),
                (T, "Okay, it's 10:32. That's our cognitive work for today. The mail trials."),
            ],
            {"97129": 15, "97130": 12},
        ),
        (
            "PT",
            [
                (
                    T,
                    "good that was fourteen minutes on the agility drill so that counts as balance and neuromuscular work",
                )
            ],
            {"97112": 14},
        ),
        ("PT", [(T, "Ten minutes on the stairs, which counts as gait training.")], {"97116": 10}),
        ("PT", [(T, RECAP + GOALS + " continue twice a week for four weeks")], {"97110": 13, "97112": 12}),
        (
            "PT",
            [
                (T, "okay we have time so six minutes of walking before the call lets finish up"),
                (P, "okay"),
                (
                    T,
                    "thats okay if it doesnt hurt that was four more minutes of walking so ten minutes of gait",
                ),
            ],
            {"97116": 10},
        ),
        ("PT", [(T, "Sit to stand eleven without hands. Exercise eighteen minutes.")], {"97110": 18}),
        ("OT", [(T, "so that was eight minutes on the home equipment training")], {"97535": 8}),
        (
            "PT",
            [
                (T, "That's 14 minutes of gait."),
                (
                    T,
                    "My minutes for the kitchen reaching go on my note, fifteen for the functional activity.",
                ),
            ],
            {"97116": 14},
        ),
        ("OT", [(T, "The notebook training was ten minutes.")], {"97535": 10}),
        # review of a27734c: "counts as" moves only what was named last before it (the manual therapy timed
        # apart was billed as gait training), and a memory book is cognitive work, as before
        (
            "PT",
            [
                (
                    T,
                    "Ten minutes of manual therapy, then twelve minutes on the stairs, which counts as gait training.",
                )
            ],
            {"97140": 10, "97116": 12},
        ),
        ("OT", [(T, "Ten minutes of memory book training.")], {"97129": 10}),
        # unchanged
        ("OT", [START, (P, "Okay."), (T, "Okay, it's 10:32.")], {}),
        ("OT", [START, (P, "Okay."), (T, "Okay, it's 10:32. That's the time we have.")], {}),
        ("PT", [(T, "That was twelve minutes of balance. That counts as a fall risk.")], {"97112": 12}),
        ("PT", [(T, "Fourteen minutes on the agility drill.")], {"97530": 14}),
        ("PT", [(T, RECAP)], {"97110": 13, "97112": 12}),
        ("PT", [(T, "Goals: stairs with one rail, walking thirty minutes.")], {}),
        ("PT", [(T, "if it hurts tomorrow ten minutes of walking")], {}),
        ("PT", [(T, "if it hurts thats ten minutes of walking")], {}),
        ("PT", [(T, "Sit to stand, eleven minutes.")], {"97530": 11}),
        ("OT", [(T, "Twelve minutes of adaptive equipment training.")], {"97535": 12}),
        (
            "PT",
            [(T, "Fifteen minutes of the functional activity, the kitchen reaching. That's my minutes.")],
            {"97530": 15},
        ),
        (
            "SLP",
            [(T, "That was twenty minutes of cognitive work, the notebook and the planner.")],
            {"97129": 15, "97130": 5},
        ),
    ],
)
def test_blocks_named_as_they_close_counted_as_goals_and_counts(
    discipline: str, said: list[tuple[str, str]], minutes: dict[str, int]
) -> None:
    assert find(turns(*said), discipline=discipline, note_type="daily").minutes == minutes


@pytest.mark.parametrize(
    ("after", "ends"),
    [
        ("That's our cognitive work for today.", True),
        ("That's our session.", True),
        ("That's the session.", True),
        # unchanged
        ("That's the time we have.", False),
        ("That's the last one.", False),
        ("That's our time to start.", False),
        ("Now the bills.", False),
    ],
)
def test_block_said_over_after_the_clock(after: str, ends: bool) -> None:
    assert bool(_read_as_done("Okay, it's 10:32.", "", after)) is ends


@pytest.mark.parametrize(
    ("said", "passed"),
    [
        (
            "okay quick note before we start you are past the medicare threshold for occupational therapy this "
            "year so im adding the k x modifier",
            True,
        ),
        ("before we begin you are past the medicare threshold", True),
        # unchanged
        ("once we start you are past the medicare threshold", False),
        ("before you go over the medicare threshold we should talk", False),
        ("after we start the exercises you will be past the medicare threshold", False),
        ("before your therapy goes past the medicare threshold we should talk", False),
    ],
)
def test_threshold_said_before_starting(said: str, passed: bool) -> None:
    assert bool(threshold_passed(turns((T, said)))) is passed


DRESS = (T, "Let's practice the dressing, shirt right arm first, then the socks with the sock aid.")
DRESSED = (T, "You're getting it, that was seventeen minutes of dressing practice.")
SETUP = (T, "Now let's set up your bedroom: the chair next to the dresser and a night light on the path.")
SET_UP = (T, "Great, that was twelve minutes on the home setup.")


@pytest.mark.parametrize(
    ("discipline", "said", "minutes", "doubt"),
    [
        (
            "OT",
            [DRESS, (P, "ok"), DRESSED, (P, "ok"), SETUP, (P, "ok"), SET_UP],
            {"97530": 17, "97535": 12},
            True,
        ),
        (
            "OT",
            [
                (T, "okay that was seventeen minutes on the tub transfer and bathing tasks"),
                (P, "ok"),
                (T, "so that was ten minutes on the home safety and equipment training with rachel"),
            ],
            {"97530": 17, "97535": 10},
            True,
        ),
        # unchanged: one block, two practice blocks, two teaching blocks, a therapeutic activity of its own,
        # another discipline
        ("OT", [DRESS, (P, "ok"), DRESSED], {"97535": 17}, False),
        (
            "OT",
            [DRESS, (P, "ok"), DRESSED, (P, "ok"), (T, "Then twelve minutes of grooming at the sink.")],
            {"97535": 29},
            False,
        ),
        (
            "OT",
            [SETUP, (P, "ok"), SET_UP, (P, "ok"), (T, "And ten minutes of joint protection teaching.")],
            {"97535": 22},
            False,
        ),
        (
            "OT",
            [DRESSED, (P, "ok"), SET_UP, (P, "ok"), (T, "Then ten minutes on the kitchen tasks.")],
            {"97535": 29, "97530": 10},
            False,
        ),
        ("PT", [DRESSED, (P, "ok"), SET_UP], {"97535": 29}, False),
        # review of a27734c: training named as the service itself (adaptive equipment, energy conservation)
        # sets up no home; the dressing and grooming beside it stay self-care training as said
        (
            "OT",
            [
                (T, "Fifteen minutes of lower body dressing with the sock aid."),
                (P, "ok"),
                (T, "Then ten minutes of adaptive equipment training with the reacher."),
            ],
            {"97535": 25},
            False,
        ),
        (
            "OT",
            [
                (T, "Twelve minutes of grooming at the sink."),
                (P, "ok"),
                (T, "Then ten minutes of energy conservation training."),
            ],
            {"97535": 22},
            False,
        ),
    ],
)
def test_practice_timed_apart_from_home_training(
    discipline: str, said: list[tuple[str, str]], minutes: dict[str, int], doubt: bool
) -> None:
    found = find(turns(*said), discipline=discipline, note_type="daily")
    assert found.minutes == minutes
    assert ("timed apart" in found.doubtful.get("97530", "")) is doubt
