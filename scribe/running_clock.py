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


# "Take a breather", "we're at ten on the clock, take a rest break": a block spent resting, billed to nothing.
REST = re.compile(
    r"\b(?:(?:take|taking|have|having)\s+(?:a\s+)?(?:quick\s+|short\s+|little\s+)?(?:breather|break|rest)|"
    r"rest\s+break|breather)\b",
    re.I,
)


# "ten fifteen", "10:15", "ten o'clock", "ten thirty a m": what follows a figure read off a clock that makes
# it a time of day.
TIME_OF_DAY = re.compile(
    rf"(?:\s*:\s*\d\d|\s+(?:o'?\s?clock|[ap]\.?\s?m\b\.?|(?:oh\s+)?{NUMBER}))",
    re.I,
)


def _put(figure: int, length: int, more: bool = False) -> str:
    """The minutes of a block, said as done, no longer than the reading they stand for; `more`: a block after
    a rest, said as more of the service under way ("that was 8 more minutes"), the rest not closing it."""
    extra = "more " if more else ""
    for said in (f"that was {figure} {extra}minutes", f"{figure} {extra}minutes"):
        if len(said) <= length:
            return said + " " * (length - len(said))
    return ""


def _between(segments: list[Segment], start: tuple[int, int], end: tuple[int, int]) -> str:
    """What the clinician said from `start` to `end` (segment position, character)."""
    said = []
    for k in range(start[0], end[0] + 1):
        if segments[k].speaker != CLINICIAN:
            continue
        text = segments[k].text
        said.append(text[start[1] if k == start[0] else 0 : end[1] if k == end[0] else len(text)])
    return " ".join(said)


def readings_as_minutes(segments: list[Segment]) -> list[Segment]:
    """The clinician's turns with a running clock's readings put as the minutes of the blocks they close.
    Read only where the clock was said to start before the first reading, or read two or more times, the
    readings rising; a reading at or below the one before (a clock started again unsaid, a mishearing)
    leaves the rest as said."""
    found: list[tuple[int, re.Match[str], int]] = []  # segment position, reading, minutes read
    starts: list[tuple[int, int]] = []  # (segment position, character) of a clock said to start
    times: list[tuple[int, int, int]] = []  # (segment position, start, end) of a time of day read off a clock
    for i, segment in enumerate(segments):
        if segment.speaker != CLINICIAN:
            continue
        starts += [(i, m.start()) for m in STARTED.finditer(segment.text)]
        for m in READING.finditer(segment.text):
            time_of_day = TIME_OF_DAY.match(segment.text, m.end())
            if time_of_day:
                # "The clock says ten fifteen": the time of day off the wall clock, no reading; blanked so
                # that its figures are not taken as minutes either.
                times.append((i, m.start(), time_of_day.end()))
                continue
            figure = value(m["n"] or m["m"])
            if figure != int(figure) or not 0 < figure <= 120:
                continue
            found.append((i, m, int(figure)))
    out = list(segments)
    for i, begin, finish in times:
        text = out[i].text
        out[i] = replace(out[i], text=text[:begin] + " " * (finish - begin) + text[finish:])
    if not found or (len(found) < 2 and not starts):
        return out
    segments = list(out)
    previous, since = 0, (-1, -1)
    rested = [False, False]  # the block closed by this reading, and the one before it, was a rest
    end = (0, 0)  # where the last reading ended (segment position, character)
    for i, m, figure in found:
        # A clock started (again) since the last reading is read from zero.
        if any(since < start < (i, m.start()) for start in starts):
            previous = 0
        since = (i, m.start())
        if figure <= previous:
            return segments
        rested = [bool(REST.search(_between(segments, end, (i, m.start())))), rested[0]]
        end = (i, m.end())
        said = _put(figure - previous, len(m.group(0)), more=rested[1] and not rested[0])
        if not said:
            return segments
        text = out[i].text
        after = text[m.end() :]
        # "We're at twelve on the clock, gait training now": the reading closes the block before it, not the
        # service said after it in the same sentence; it is ended there (a full stop for the comma).
        if re.match(r",\s*\S", after):
            after = "." + after[1:]
        out[i] = replace(out[i], text=text[: m.start()] + said + after)
        previous = figure
    return out
