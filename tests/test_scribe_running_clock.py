"""scribe.running_clock on its own: a running clock's readings become the minutes of the blocks they close
(each the difference from the reading before, the first from zero), every position of the text kept; what
is not a reading of a started, rising clock stays as said."""

import pytest

from scribe.running_clock import readings_as_minutes
from scribe.transcript import CLINICIAN, Segment

T, P = CLINICIAN, "patient"


def _segments(*said: tuple[str, str]) -> list[Segment]:
    return [Segment(i, float(i), float(i + 1), speaker, text) for i, (speaker, text) in enumerate(said)]


def _read(*said: tuple[str, str]) -> list[str]:
    return [s.text for s in readings_as_minutes(_segments(*said))]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # started, then read twice: 14 - 0 and 23 - 14
        (
            [
                (T, "Clock starts now. Self care first."),
                (T, "We're at fourteen on the clock for the self care part."),
                (T, "And we're at twenty three on the clock, so the functional part is done."),
            ],
            [
                "Clock starts now. Self care first.",
                "that was 14 minutes            for the self care part.",
                "And that was 9 minutes                . so the functional part is done.",
            ],
        ),
        # no start said, but read twice, rising: the first reading is from zero
        (
            [(T, "We are at 12 on the clock."), (T, "We are at 30 on the clock now.")],
            ["that was 12 minutes      .", "that was 18 minutes          ."],
        ),
        # a reading said as what the clock says or reads; the comma after it ends the block with a full stop
        (
            [(T, "Start the timer, bike first."), (T, "Timer says nineteen, now the stairs.")],
            ["Start the timer, bike first.", "that was 19 minutes. now the stairs."],
        ),
        # a clock started again since the last reading is read from zero again
        (
            [
                (T, "Start the clock."),
                (T, "We're at ten on the clock."),
                (T, "Reset the clock, gait now."),
                (T, "We're at eight on the clock."),
            ],
            [
                "Start the clock.",
                "that was 10 minutes      .",
                "Reset the clock, gait now.",
                "that was 8 minutes         .",
            ],
        ),
        # the block after a rest is more of the service under way; the rest's own block is said plainly
        (
            [
                (T, "Start the clock, leg press."),
                (T, "We're at ten on the clock, take a breather."),
                (T, "We're at twelve on the clock, back to leg press."),
                (T, "We're at twenty on the clock."),
            ],
            [
                "Start the clock, leg press.",
                "that was 10 minutes      . take a breather.",
                "that was 2 minutes          . back to leg press.",
                "that was 8 more minutes     .",
            ],
        ),
        # the patient's turns are never read
        (
            [(T, "Start the clock."), (P, "We're at five on the clock."), (T, "We're at 7 on the clock.")],
            ["Start the clock.", "We're at five on the clock.", "that was 7 minutes     ."],
        ),
    ],
)
def test_readings_become_the_minutes_of_their_blocks(
    said: list[tuple[str, str]], expected: list[str]
) -> None:
    heard = _read(*said)
    assert heard == expected
    assert [len(h) for h in heard] == [len(text) for _, text in said]  # every position kept


@pytest.mark.parametrize(
    "said",
    [
        # must not change: one reading, no clock said to start (it may be how long the block took)
        [(T, "We're at fifteen on the clock.")],
        # must not change: minutes "on the clock" with no "at" are how long a block took
        [
            (T, "Start the clock."),
            (T, "That was twelve minutes on the clock."),
            (T, "Nine minutes on the clock."),
        ],
        # must not change: readings that fall (a clock started again unsaid, a mishearing)
        [(T, "We're at twenty on the clock."), (T, "We're at twelve on the clock.")],
        # must not change: a reading of zero or past two hours is no block's minutes
        [(T, "Start the clock."), (T, "We're at 0 on the clock.")],
        [(T, "Start the clock."), (T, "We're at 150 on the clock.")],
        # must not change: no clock at all
        [(T, "Gait training was nine minutes."), (P, "It felt longer.")],
        # must not change: a clock read to a fraction
        [(T, "Start the clock."), (T, "We're at two point five on the clock.")],
    ],
)
def test_what_is_no_running_clock_stays_as_said(said: list[tuple[str, str]]) -> None:
    assert _read(*said) == [text for _, text in said]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the time of day read off a clock is blanked, reading and all (its figures are no minutes)
        (
            [(T, "The clock says ten fifteen, let's start.")],
            ["                          , let's start."],
        ),
        (
            [(T, "Start the clock."), (T, "The clock says 10:15 now.")],
            ["Start the clock.", "                     now."],
        ),
    ],
)
def test_a_time_of_day_off_a_clock_is_no_reading(said: list[tuple[str, str]], expected: list[str]) -> None:
    assert _read(*said) == expected
