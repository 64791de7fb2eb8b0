"""Kinds of speech found on blind31-dev (issue #17), as general rules:

- a block timed by the clock across turns, opened on one clock and closed on another, is read on the
  opening clock by the offset said between them ("10:33 on my watch, which is the gym clock minus four");
  with no offset said, no minutes are taken and the sentence is marked for the clinician; the offset is
  no break;
- such a block closed with no service named ("we're done with those at 10:28") is what the turn that
  opened it named it as ("Bike first, then the strengthening");
- "it was twelve, not fourteen" puts right the one earlier figure of fourteen;
- an outcome measure named, then scored in the next sentence ("the Dizziness Handicap Inventory. You
  scored thirty two today") is that measure's score;
- at an OT visit, "that ergonomic teaching was eight minutes" and "that caregiver training on the video
  was nine minutes" name the block as teaching (97535), even where the minutes leaned on the orthosis
  under way (marked for the clinician).
"""

import pytest
from transcript_helpers import turns

from scribe.draft import outcome_line
from scribe.extract import extract
from scribe.services import find
from scribe.timing import breaks, closed_spans

T, P = "therapist", "patient"

OPEN = [
    (5, 0, "Great."),
    (5, 7, "Bike first, then the strengthening."),
    (5, 44, "I'm starting you at 10:09 by the gym clock."),
]


@pytest.mark.parametrize(
    ("closing", "minutes", "unclear"),
    [
        ("I stopped the exercise at 10:24 on my watch, which is the gym clock minus four.", 19, False),
        ("I stopped the exercise at 10:32 on my watch, which is the gym clock plus four.", 19, False),
        ("I stopped the exercise at 10:28 on the gym clock.", 19, False),
        # unchanged: no clock named at the end, or the same one
        ("I stopped the exercise at 10:28.", 19, False),
        ("We finished at 10:28 by the gym clock.", 19, False),
        ("We finished at 10:28 by the clock.", 19, False),
        # two clocks and no offset said, or an offset against a third clock: marked, no minutes
        ("I stopped the exercise at 10:24 on my watch.", None, True),
        ("I stopped the exercise at 10:24 on my watch, which is the wall clock minus four.", None, True),
    ],
)
def test_a_block_closed_on_another_clock(closing: str, minutes: int | None, unclear: bool) -> None:
    marked: list[str] = []
    spans = closed_spans([*OPEN, (9, 0, closing)], marked)
    assert {k: v.minutes for k, v in spans.items()} == ({(9, 0): minutes} if minutes else {})
    assert bool(marked) == unclear
    if minutes:
        assert spans[(9, 0)].opened == (5, 44)


@pytest.mark.parametrize(
    ("sentence", "off"),
    [
        ("I stopped the balance at 10:33 on my watch, which is the gym clock minus four.", 0),
        ("Manual 10:00 to 10:20, minus four for the call.", 4),
        ("We lost five minutes to the phone.", 5),
    ],
)
def test_a_clock_against_another_is_no_break(sentence: str, off: int) -> None:
    assert breaks(sentence) == off


GYM = [
    (T, "Great. Bike first, then the strengthening. I'm starting you at 10:09 by the gym clock."),
    (P, "The gym clock's always wrong."),
    (T, "Bridges, two sets of fifteen."),
    (T, "Sit to stand from the low mat, no hands, ten reps."),
]


@pytest.mark.parametrize(
    ("opening", "closing", "minutes"),
    [
        (None, "Okay, we're done with those at 10:28 on the gym clock.", {"97110": 19}),
        (
            None,
            "Okay, we're done with those at 10:28 on the gym clock. Now balance, I'm starting at 10:28 on "
            "the gym clock.",
            {"97110": 19},
        ),
        # unchanged: the closing sentence names its service; the opening turn names two codes
        (None, "Okay, we're done with the sit to stands at 10:28.", {"97530": 19}),
        (
            "Great. Bike first, then the balance. I'm starting you at 10:09 by the gym clock.",
            "Okay, we're done with those at 10:28 on the gym clock.",
            {"97530": 19},
        ),
    ],
)
def test_a_clock_block_closed_unnamed_is_what_its_opening_said(
    opening: str | None, closing: str, minutes: dict[str, int]
) -> None:
    said = list(GYM)
    if opening:
        said[0] = (T, opening)
    found = find(turns(*said, (T, closing)), discipline="PT", note_type="daily")
    assert found.minutes == minutes


def test_the_balance_on_the_watch_less_four() -> None:
    said = [
        *GYM,
        (
            T,
            "Okay, we're done with those at 10:28 on the gym clock. Now balance, I'm starting at 10:28 on the gym clock.",
        ),
        (T, "Stand on the foam, feet together, eyes open."),
        (
            T,
            "We'll finish there. I stopped the balance at 10:33 on my watch, which is the gym clock minus four.",
        ),
    ]
    found = find(turns(*said), discipline="PT", note_type="daily")
    assert found.minutes == {"97110": 19, "97112": 9}
    said[-1] = (T, "We'll finish there. I stopped the balance at 10:33 on my watch.")
    found = find(turns(*said), discipline="PT", note_type="daily")
    assert found.minutes == {"97110": 19}
    assert any("two clocks" in w for w in found.warnings)


CORRECTED = [
    (T, "Now the strengthening. Step-ups, two sets of ten."),
    (T, "Okay, I had sixteen minutes for the exercise and fourteen for the balance."),
]


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            [
                (T, "For the balance I watched the clock, it was twelve, not fourteen."),
                (T, "Twelve for the balance then."),
            ],
            {"97110": 16, "97112": 12},
        ),
        ([(T, "The balance, it was twelve minutes, not fourteen.")], {"97110": 16, "97112": 12}),
        # unchanged: a count put right, not minutes; no figure of fourteen said before
        ([(T, "Heel raises, it was two sets, not three.")], {"97110": 16, "97112": 14}),
        ([(T, "Then ten more minutes of balance, it was ten, not eight.")], {"97110": 16, "97112": 24}),
    ],
)
def test_new_figure_not_old_puts_the_old_right(said: list[tuple[str, str]], minutes: dict[str, int]) -> None:
    found = find(turns(*CORRECTED, *said), discipline="PT", note_type="progress")
    assert found.minutes == minutes


SPLINT = [
    (T, "We'll start with the exercises. Passive flexion, ten reps. That was thirteen minutes of exercise."),
    (T, "Keisha, I'm going to show you how to put the splint back on after his shower."),
    (T, "Wrist in thirty degrees, straps from the bottom up."),
]


@pytest.mark.parametrize(
    ("closing", "minutes", "doubted"),
    [
        ("That caregiver training on the video was nine minutes.", {"97110": 13, "97535": 9}, True),
        ("That caregiver training was nine minutes.", {"97110": 13, "97535": 9}, True),
        # unchanged: the orthosis named with its minutes, or fitted
        ("The splint part was nine minutes.", {"97110": 13, "97760": 9}, False),
        ("That was nine minutes of splint fitting.", {"97110": 13, "97760": 9}, False),
    ],
)
def test_caregiver_training_on_an_orthosis(closing: str, minutes: dict[str, int], doubted: bool) -> None:
    found = find(turns(*SPLINT, (T, closing)), discipline="OT", note_type="daily")
    assert found.minutes == minutes
    assert ("97535" in found.doubtful) == doubted


@pytest.mark.parametrize(
    ("closing", "minutes"),
    [
        (
            "Yes the wrist stretch at recess, that ergonomic teaching was eight minutes.",
            {"97110": 10, "97535": 8},
        ),
        ("Yes the wrist stretch at recess, that teaching was eight minutes.", {"97110": 10, "97535": 8}),
        # unchanged: no teaching named
        ("Yes the wrist stretch at recess, that was eight minutes.", {"97110": 18}),
    ],
)
def test_teaching_named_with_what_it_was_about(closing: str, minutes: dict[str, int]) -> None:
    said = [(T, "Two sets of ten with the blue putty. That was ten minutes of exercise."), (T, closing)]
    found = find(turns(*said), discipline="OT", note_type="discharge")
    assert found.minutes == minutes


@pytest.mark.parametrize(
    ("said", "lines"),
    [
        ("Okay, the Dizziness Handicap Inventory. You scored thirty two today.", ["DHI 32."]),
        ("Now the Berg. She scored forty nine.", ["Berg 49."]),
        # unchanged: the score said with the name; a sentence between; no score said
        ("The DHI was thirty two.", ["DHI 32."]),
        ("Now the Berg. Stand up without your hands. You scored forty nine.", []),
        ("Okay, the Dizziness Handicap Inventory. Fill it in at home.", []),
    ],
)
def test_a_measure_named_then_its_score(said: str, lines: list[str]) -> None:
    facts = [f for f in extract(turns((T, said))) if f.kind == "outcome_measure"]
    assert [outcome_line(f) for f in facts] == lines
