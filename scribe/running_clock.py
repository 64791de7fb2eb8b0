"""A running clock read aloud: "Clock starts now." ... "We're at fourteen on the clock for the self care
part." ... "And we're at twenty three on the clock, so the functional part is done." The figures are the
readings of one clock that kept running, not the minutes of each block: each block took the difference
from the reading before (the first from the start, zero). The clinician's turns are given back with each
reading put as the minutes it closes ("that was 9 minutes"), every position kept, so the rest of the
reading of services takes them as minutes said of what was done since the last ones."""

import re
from dataclasses import replace

from scribe.numbers import NUMBER, value
from scribe.transcript import CLINICIAN, Segment

_CLOCK = r"(?:clock|timer|stopwatch|watch)"
# "let's start the clock on the bike", "clock starts now", "I'll start the timer", "starting the stopwatch",
# "timer's running", "reset the clock": a clock that will be read from zero.
STARTED = re.compile(
    rf"\b(?:start(?:s|ed|ing)?|reset(?:s|ting)?|restart(?:s|ed|ing)?)\s+(?:the\s+|my\s+|our\s+)?{_CLOCK}\b|"
    rf"\b{_CLOCK}(?:'s|\s+is)?\s+(?:starts|started|is\s+running|running|going|on)\b",
    re.I,
)
# "we're at twelve on the clock", "so were at fourteen on the clock now", "we are at 23 minutes by the
# timer", "the clock says thirty one", "timer reads nineteen": a reading of the running clock. ("Twenty
# minutes on the clock", said with no "at", is how long a block took, and stays as said.)
READING = re.compile(
    rf"(?:\b(?:we'?re|were|we\s+are|you'?re|that\s+puts\s+us|puts\s+us|it'?s|now)\s+)?"
    rf"\bat\s+(?P<n>{NUMBER})(?:\s+minutes?)?\s+(?:on|by)\s+(?:the|my|our)\s+{_CLOCK}(?P<now>\s+now)?\b|"
    rf"\b(?:the\s+)?{_CLOCK}(?:'s|\s+is|\s+says|\s+reads|\s+shows)(?:\s+at)?\s+(?P<m>{NUMBER})(?:\s+minutes?)?\b",
    re.I,
)


def _put(figure: int, length: int) -> str:
    """The minutes of a block, said as done, no longer than the reading they stand for."""
    for said in (f"that was {figure} minutes", f"{figure} minutes"):
        if len(said) <= length:
            return said + " " * (length - len(said))
    return ""


def readings_as_minutes(segments: list[Segment]) -> list[Segment]:
    """The clinician's turns with a running clock's readings put as the minutes of the blocks they close.
    Read only where the clock was said to start before the first reading, or read two or more times, the
    readings rising; a reading at or below the one before (a clock started again unsaid, a mishearing)
    leaves the rest as said."""
    found: list[tuple[int, re.Match[str], int]] = []  # segment position, reading, minutes read
    starts: list[tuple[int, int]] = []  # (segment position, character) of a clock said to start
    for i, segment in enumerate(segments):
        if segment.speaker != CLINICIAN:
            continue
        starts += [(i, m.start()) for m in STARTED.finditer(segment.text)]
        for m in READING.finditer(segment.text):
            figure = value(m["n"] or m["m"])
            if figure != int(figure) or not 0 < figure <= 120:
                continue
            found.append((i, m, int(figure)))
    if not found or (len(found) < 2 and not starts):
        return segments
    out = list(segments)
    previous, since = 0, (-1, -1)
    for i, m, figure in found:
        # A clock started (again) since the last reading is read from zero.
        if any(since < start < (i, m.start()) for start in starts):
            previous = 0
        since = (i, m.start())
        if figure <= previous:
            return segments
        said = _put(figure - previous, len(m.group(0)))
        if not said:
            return segments
        text = out[i].text
        out[i] = replace(out[i], text=text[: m.start()] + said + text[m.end() :])
        previous = figure
    return out
