"""How long a service ran, when it was not said as "N minutes of X": read off the clock ("we started
manual at 2:10 and switched to exercise at 2:22", "from quarter past to half past on the bike"), or said
in pieces that add up ("first bout four minutes, then five, then another five").

Pure functions over one sentence; `scribe.services` decides whose minutes they are.
"""

import re
from collections.abc import Callable
from typing import NamedTuple

from scribe.numbers import NUMBER, TENS, UNITS, Said, numbers_in, value

# A visit's service is rarely longer than this; a longer span between two times is not one block.
LONGEST_SPAN = 90

CLOCK_TIME = re.compile(r"\b(?P<h>1[0-2]|0?[1-9]):(?P<m>[0-5]\d)\b")
_PAST_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "twenty": 20, "twenty five": 25, "half": 30}
# "twenty four past two", "seven past three": a minute past the hour that is not a five, read off a watch,
# with its hour. Only "past": "from one to two" is two hours, never 1:59, and "pain went from six after the
# bike to three after" rates, never reads a clock.
_ODD_PAST = (
    r"(?:twenty[- ](?:one|two|three|four|six|seven|eight|nine)|one|two|three|four|six|seven|eight|nine|"
    r"eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen)(?=\s+(?:minutes\s+)?past\b)"
)
# "ten past", "a quarter to", "half past the hour": a wall clock read without its hour.
SPOKEN_CLOCK = re.compile(
    r"\b(?:a\s+)?(?P<m>quarter|twenty[- ]five|twenty|ten|five|half|[1-5]?\d)\s+(?:minutes\s+)?"
    r"(?P<dir>past|after|to|till|of)\b(?:\s+the hour)?",
    re.IGNORECASE,
)
# What opens a time said as a point of a block: "at ten past", "from quarter past", "till half past",
# "between twenty past and ...".
LEADS_A_TIME = re.compile(
    r"\b(?:at|from|to|till|til|until|through|between|and)\s+(?:about\s+|around\s+|like\s+)?$", re.IGNORECASE
)


# A clock's words are the number words of scribe.numbers: hours one to twelve, minutes "oh" and a digit,
# a teen, or a ten up to fifty with a digit.
_HOURS = {w: n for w, n in UNITS.items() if 1 <= n <= 12}
_DIGITS = {w: n for w, n in UNITS.items() if 1 <= n <= 9}
_TEEN_MINUTES = {w: n for w, n in UNITS.items() if 10 <= n <= 19}
_TENS_MINUTES = {w: n for w, n in TENS.items() if n <= 50}
_HOUR_WORD = "|".join(sorted(_HOURS, key=len, reverse=True))
_DIGIT_WORD = "|".join(sorted(_DIGITS, key=len, reverse=True))
# "one-forty", "two-oh-six", "nine thirty-three", "eleven-oh-seven", "ten-fifteen": a wall clock said in
# words, its hour then its minutes.
WORD_CLOCK = re.compile(
    rf"\b(?P<h>{_HOUR_WORD})[- ](?P<m>oh[- ](?:{_DIGIT_WORD})"
    rf"|(?:{'|'.join(_TENS_MINUTES)})(?:[- ](?:{_DIGIT_WORD}))?"
    rf"|{'|'.join(sorted(_TEEN_MINUTES, key=len, reverse=True))})\b"
    r"(?![- ]?(?:minutes?|mins?|seconds?|secs?|hours?|degrees?|percent|pounds?|lbs?|reps?|times|sets?|"
    r"feet|meters?|steps?|inch\w*)\b)",
    re.IGNORECASE,
)
# "ten past ten", "a quarter past two", "twenty to four": a wall clock read with its hour.
PAST_HOUR = re.compile(
    rf"\b(?:a\s+)?(?P<m>{_ODD_PAST}|quarter|twenty[- ]five|twenty|ten|five|half)\s+(?:minutes\s+)?"
    r"(?P<dir>past|after|to|till|of)\s+"
    rf"(?P<h>{_HOUR_WORD})\b(?![- ]?(?:minutes?|mins?|o'?clock)\b)",
    re.IGNORECASE,
)
# What says a word is read off the clock: "at one-forty", "it's two-oh-six", "from ten past ten", and, once
# a time is said in the sentence, "to", "till", "and" before the next ("from nine-fifteen to nine-forty").
CLOCK_LEAD = re.compile(
    r"\b(?:at|from|by|between|it'?s|it\s+is|clock\s+(?:says|said|reads))\s+"
    r"(?:about\s+|around\s+|like\s+|almost\s+|exactly\s+|just\s+|already\s+|now\s+)?$",
    re.IGNORECASE,
)
# "I've got three-forty on the clock", "two-ten by my watch": a time read off a clock, said after it.
ON_THE_CLOCK = re.compile(
    r"^\s*(?:on|by)\s+(?:the|my|your|our|that)\s+(?:wall\s+)?(?:clock|watch|phone)\b", re.I
)
# "And that's ten thirty-eight, so we're done", "we're at two-forty, let's start the bike": a clock read
# with words that lead other numbers too, taken as a time only in a sentence about starting, stopping or
# the clock.
SOFT_CLOCK_LEAD = re.compile(
    r"\b(?:that'?s|that\s+is|we'?re\s+at|now\s+it'?s)\s+(?:about\s+|around\s+|just\s+|exactly\s+|now\s+)?$",
    re.IGNORECASE,
)
CLOCK_TALK = re.compile(r"\b(?:clock|watch|the time)\b", re.IGNORECASE)
NEXT_CLOCK_LEAD = re.compile(
    r"\b(?:to|till|til|until|through|and)\s+(?:about\s+|around\s+|like\s+|almost\s+|exactly\s+|just\s+)?$",
    re.IGNORECASE,
)
# A sentence about a range of motion or a measure: "one-twenty" there is degrees, never a clock.
MEASURE_SENTENCE = re.compile(
    r"\b(?:degrees?|flexion|extension|abduction|adduction|rotation|rom|range|pounds?|percent)\b", re.I
)


def _word_minute(said: str) -> int:
    words = re.split(r"[- ]+", said.lower())
    if words[0] == "oh":
        return _DIGITS[words[1]]
    if words[0] in _TEEN_MINUTES:
        return _TEEN_MINUTES[words[0]]
    return _TENS_MINUTES[words[0]] + (_DIGITS[words[1]] if len(words) > 1 else 0)


SPAN_JOIN = re.compile(r"\s+(?:until|till|til|through)\s+(?:about\s+|around\s+)?", re.IGNORECASE)


def clocks_read(text: str) -> str:
    """The text with each wall-clock time said in words written as "H:MM" in its place, padded to keep
    every position ("we started at one-forty" -> "we started at 1:40     "), so a block timed by the
    clock is read like one said in digits. A word is a time only where the words before it read a clock
    ("at", "from", "it's", or "to"/"till"/"and" after another time of the sentence), and never in a
    sentence about degrees or a measure ("flexion at one-twenty", "from ten to twelve degrees"), where only
    "... past ..." is a clock: a recognizer's run-on turn holds both ("we stopped walking at twenty four
    past two lowest was eighty nine percent")."""
    out = text
    for sentence in re.finditer(r"[^.!?]+[.!?]*", text):
        said = sentence.group(0)
        measure = MEASURE_SENTENCE.search(said) is not None
        found = sorted(
            [
                (m, _HOURS[m["h"].lower()], _word_minute(m["m"]))
                for m in WORD_CLOCK.finditer(said)
                if not measure
            ]
            + [
                (m, h - 1 if m["dir"].lower() in ("to", "till", "of") else h, _spoken_minute(m))
                for m in PAST_HOUR.finditer(said)
                if not measure or m["dir"].lower() == "past"
                for h in [_HOURS[m["h"].lower()]]
            ],
            key=lambda f: f[0].start(),
        )
        timed = False
        for k, (m, hour, minute) in enumerate(found):
            before = said[: m.start()]
            # "manual twenty to ten until ten to ten": a time joined to the next by "until" opens a span.
            joined = k + 1 < len(found) and SPAN_JOIN.fullmatch(said[m.end() : found[k + 1][0].start()])
            soft = SOFT_CLOCK_LEAD.search(before) and (
                ENDS_NOW.search(said) or BEGINS_NOW.search(said) or CLOCK_TALK.search(said)
            )
            if not (
                CLOCK_LEAD.search(before)
                or soft
                or (timed and NEXT_CLOCK_LEAD.search(before))
                or ON_THE_CLOCK.match(said[m.end() :])
                or joined
            ):
                continue
            timed = True
            hour = hour or 12
            width = m.end() - m.start()
            start = sentence.start() + m.start()
            out = out[:start] + f"{hour}:{minute:02d}".ljust(width) + out[start + width :]
    return out


class ClockSpan(NamedTuple):
    """The minutes between two clock times of a sentence, and where each time was said (characters)."""

    minutes: int
    end: int  # where the later time ends
    first: tuple[int, int]
    later: tuple[int, int]
    # For a block closed in a later turn than it was opened: the (turn, start) of the sentence that opened
    # it on the clock (None where it began as the block before ended).
    opened: tuple[int, int] | None = None


def _spoken_minute(t: re.Match[str]) -> int:
    word = t["m"].lower().replace("-", " ")
    past = _PAST_MINUTES.get(word) or int(value(word))
    return past if t["dir"].lower() in ("past", "after") else 60 - past


def _spoken_span(sentence: str) -> ClockSpan | None:
    times = [t for t in SPOKEN_CLOCK.finditer(sentence) if LEADS_A_TIME.search(sentence[: t.start()])]
    if len(times) != 2 or CLOCK_TIME.search(sentence):
        return None
    span = (_spoken_minute(times[1]) - _spoken_minute(times[0])) % 60
    if not 1 <= span <= 59:
        return None
    return ClockSpan(span, times[1].end(), times[0].span(), times[1].span())


def clock_span(sentence: str) -> ClockSpan | None:
    """Minutes between the two clock times of a sentence ("I started the manual at 2:10 and wrapped at
    2:19" -> 9; "from quarter past to half past" -> 15), across noon too; None unless exactly two times
    are said, 1-90 minutes apart."""
    times = list(CLOCK_TIME.finditer(sentence))
    if len(times) != 2:
        return _spoken_span(sentence)
    (h1, m1), (h2, m2) = ((int(t["h"]) % 12, int(t["m"])) for t in times)
    span = ((h2 * 60 + m2) - (h1 * 60 + m1)) % (12 * 60)
    if not 1 <= span <= LONGEST_SPAN:
        return None
    return ClockSpan(span, times[1].end(), times[0].span(), times[1].span())


# A block opened at one time and closed at another in a later turn: "We started the rows at 3:05." ...
# "Okay, done with the rows at 3:26." Each sentence says one time, with what it does to the block.
OPENED_AT = re.compile(
    r"\b(?:start(?:ed|ing|s)?|began|begin(?:ning|s)?|kick(?:ed)?\s+off|got going|hopp(?:ed)?\s+on|went on|"
    r"got on|got in)\b"
    r"[^.!?]*?\b(?:at|from)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
CLOSED_AT = re.compile(
    r"\b(?:finish(?:ed|ing)?|done|stopp(?:ed|ing)|end(?:ed|ing)?|wrapp(?:ed|ing)|came off|got off|off)\b"
    r"[^.!?]*?\b(?:at|by)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


# "It's 2:06, so we're done in here", "it's 2:17 now, hop off": the clock read as the block ends.
# ("It's, let me see, 2:10": the clock read with a pause for looking at it.)
READ_NOW = re.compile(
    r"\b(?:it'?s|it\s+is|that'?s|that\s+is|clock\s+(?:says|reads))\s*,?\s+"
    r"(?:(?:let me see|let'?s see|uh+|um+|hmm+)\s*,?\s+)?"
    r"(?:about\s+|around\s+|almost\s+|just\s+|already\s+|now\s+)?$",
    re.IGNORECASE,
)
ENDS_SAID = (
    r"\b(?:done|finish\w*|stop\w*|enough|wrap\w*|that'?s it|(?:hop|get|come|step|jump|climb)\s+(?:off|down)|"
    r"time'?s up|end\w*)\b"
)
ENDS_NOW = re.compile(rf"{ENDS_SAID}|^\s*,?\s*now\b", re.IGNORECASE)


def _one_time(sentence: str, lead: re.Pattern[str]) -> re.Match[str] | None:
    times = list(CLOCK_TIME.finditer(sentence))
    if len(times) != 1 or not lead.search(sentence[: times[0].start()]):
        return None
    return times[0]


# "Bike first, I've got 3:40 on the clock", "it's 10:05, let's start the manual": a block begins now.
BEGINS_NOW = re.compile(
    r"\b(?:first|start\w*|begin\w*|let'?s (?:go|do|get)|kick\w* off|hop on|get on|on you go|go ahead)\b", re.I
)


# "Now, in a separate block, the real-life reaching. It's three forty.": the sentence before the clock is
# read opens with what comes next, so the block begins at that time.
NEXT_BLOCK = re.compile(
    rf"^\s*(?:(?:okay|ok|alright|right|so),?\s+)?(?:now|next)\b(?!.*(?:{ENDS_SAID}))", re.IGNORECASE
)


def _read_as_begun(sentence: str, before: str = "") -> re.Match[str] | None:
    """The one clock time of a sentence read off the clock as a block begins ("Bike first, I've got 3:40
    on the clock", "It's 10:05, let's start the manual", "Let's get going. It's ten fifteen on the clock.":
    `before` is the sentence said just before it in the same turn); never one said as a block ends."""
    times = list(CLOCK_TIME.finditer(sentence))
    if len(times) != 1:
        return None
    time = times[0]
    read = READ_NOW.search(sentence[: time.start()]) or ON_THE_CLOCK.match(sentence[time.end() :])
    begins = (
        BEGINS_NOW.search(sentence)
        or (BEGINS_NOW.search(before) and not ENDS_NOW.search(before))
        or NEXT_BLOCK.match(before)
    )
    if not read or ENDS_NOW.search(sentence) or not begins:
        return None
    return time


# "Okay, it's 3:41. We're done with the work tasks.": the end said in the sentence right after the clock.
# "Okay, it's 10:32. That's our cognitive work for today.", "It's 11:40. That's our session.": the block
# (or the visit) said to be over, as what it was.
WRAPPED_UP = (
    r"that'?s\s+(?:all\s+(?:of\s+)?)?(?:our|the)\s+(?:[a-z-]+\s+){0,3}?(?:work|session|visit|time)"
    r"(?:\s+(?:for\s+)?today|\s+for\s+the\s+day)?\s*[.!]"
)
ENDS_NEXT = re.compile(
    rf"^\W*(?:(?:okay|ok|alright|all right|so|and)\W+)?(?:(?:we'?re|we are|that'?s|i'?m)\s+{ENDS_SAID}|"
    rf"{WRAPPED_UP})",
    re.I,
)


def _read_as_done(sentence: str, before: str = "", after: str = "") -> re.Match[str] | None:
    """The one clock time of a sentence read off the clock as the block ends ("It's 2:06, so we're done
    in here", "It's 2:17 now, hop off", "And we're done with exercise. It's 2:47.", "It's 3:41. We're
    done with the work tasks.": `before` and `after` are the sentences said just before and after it in the
    same turn)."""
    time = _one_time(sentence, READ_NOW)
    if time is None:
        return None
    rest = sentence[time.end() :]
    ended_before = bool(ENDS_NOW.search(before)) and not BEGINS_NOW.search(before)
    ended_after = bool(ENDS_NEXT.match(after)) and not BEGINS_NOW.search(after)
    return (
        time
        if ENDS_NOW.search(rest)
        or ENDS_NOW.search(sentence[: time.start()])
        or ((ended_before or ended_after) and not re.search(r"\w", rest))
        else None
    )


# "Yep. Now the exercises.", "Okay, next the balance": what the clinician says right after a block ends
# on the clock opens the next one then.
ACKNOWLEDGED = re.compile(r"^\W*(?:\w+\W*){0,2}$")


def _opens_next(sentences: list[tuple[int, int, str]], k: int) -> bool:
    """The clinician's words right after sentence `k` (the rest of its turn, else the next turn; a short
    acknowledgement skipped) open the next block at once ("Now the exercises.")."""
    for turn, _start, sentence in sentences[k + 1 : k + 3]:
        if ACKNOWLEDGED.match(sentence) and not NEXT_BLOCK.match(sentence):
            continue
        return (
            bool(NEXT_BLOCK.match(sentence))
            and not CLOCK_TIME.search(sentence)
            and turn <= sentences[k][0] + 2
        )
    return False


# "10:09 by the gym clock", "10:33 on my watch": which clock a time was read off.
READ_ON = re.compile(
    r"^\s*(?:on|by|per)\s+(?:the|my|your|our|his|her|that)\s+(?P<clock>(?:[a-z]+\s+)?(?:clock|watch|phone|timer))\b",
    re.I,
)
# "10:33 on my watch, which is the gym clock minus four": the clock read, against another one.
CLOCK_OFFSET = re.compile(
    r"\b(?:which is|that'?s|that is|so)\s+(?:the\s+|my\s+|your\s+)?"
    r"(?P<other>(?:[a-z]+\s+)?(?:clock|watch|phone|timer))"
    rf"\s+(?P<sign>minus|less|plus)\s+(?P<n>{NUMBER})\b",
    re.I,
)


# "my watch is two minutes fast compared with the wall clock", "the gym clock runs three minutes slow": one
# clock against another, said as how far ahead or behind it runs.
CLOCK_AHEAD = re.compile(
    r"\b(?:the\s+|my\s+|your\s+|our\s+|that\s+)?(?P<clock>(?:(?!is\b|was\b)[a-z]+\s+)?(?:clock|watch|phone|timer))"
    r"(?:\s+is|\s+was|'s|\s+runs|\s+reads)\s+(?:about\s+|like\s+)?"
    rf"(?P<n>{NUMBER})\s+(?:minutes?\s+)?(?P<dir>fast|slow|ahead|behind)\b"
    r"(?:\s+(?:compared\s+(?:with|to)|than|of|from|on)\s+(?:the\s+|my\s+|your\s+|our\s+)?"
    r"(?P<other>(?:[a-z]+\s+)?(?:clock|watch|phone|timer)))?",
    re.I,
)
_DETERMINERS = re.compile(r"^(?:the|my|your|our|that|and|so)\s+", re.I)


def _clock_name(said: str) -> str:
    return _DETERMINERS.sub("", re.sub(r"\s+", " ", said.lower()))


def _ahead_by(sentence: str, read: str, said: str) -> int | None:
    """Minutes to add to a time read off clock `read` to have clock `said` read it, from a sentence that
    says how far one runs ahead of the other ("my watch is two minutes fast compared with the wall
    clock": 2:53 on the watch is 2:51 on the wall clock); None where it says nothing of these two."""
    m = CLOCK_AHEAD.search(sentence)
    if m is None:
        return None
    clock, other = _clock_name(m["clock"]), _clock_name(m["other"] or "")
    n = value(m["n"])
    if n != int(n) or not 0 < n <= 60:
        return None
    ahead = int(n) if m["dir"].lower() in ("fast", "ahead") else -int(n)
    if clock == read and other in ("", said):
        return -ahead
    if clock == said and other in ("", read):
        return ahead
    return None


def _clock_read(sentence: str, time: re.Match[str]) -> str | None:
    """The clock a time was read off ("by the gym clock" -> "gym clock", "on my watch" -> "watch")."""
    m = READ_ON.match(sentence[time.end() :])
    return re.sub(r"\s+", " ", m["clock"].lower()) if m else None


def _on_clock(hm: tuple[int, int], read: str | None, said: str, sentence: str) -> tuple[int, int] | None:
    """A closing time `hm` read off clock `read` (in `sentence`), as the opening clock `said` would have
    read it: the same when either clock is unnamed or they are the same one; shifted by the offset the
    sentence says between them ("10:33 on my watch, which is the gym clock minus four" -> 10:37 on the gym
    clock); None when they differ and the sentence says no offset to that clock (the arithmetic is unclear).
    """
    if (
        read is None
        or said is None
        or read == said
        or {read, said} & {"clock", "timer"}
        and (read.split()[-1] == said.split()[-1])
    ):
        return hm  # ("by the clock" ... "on the gym clock": one clock, named once)
    offset = CLOCK_OFFSET.search(sentence)
    if offset is None or re.sub(r"\s+", " ", offset["other"].lower()) != said:
        ahead = _ahead_by(sentence, read, said)
        if ahead is None:
            return None
        total = (hm[0] * 60 + hm[1] + ahead) % (12 * 60)
        return total // 60, total % 60
    n = value(offset["n"])
    if n != int(n) or not 0 < n <= 60:
        return None
    # the closing clock reads `said` minus n: `said` reads the closing time plus n.
    shift = int(n) if offset["sign"].lower() in ("minus", "less") else -int(n)
    total = (hm[0] * 60 + hm[1] + shift) % (12 * 60)
    return total // 60, total % 60


def closed_spans(
    sentences: list[tuple[int, int, str]], unclear: list[str] | None = None
) -> dict[tuple[int, int], ClockSpan]:
    """Blocks opened by one sentence and closed by a later one (each `(turn, start, text)`, in the order
    said), keyed by the closing sentence: the minutes between its time and the opening one's, both
    positions the closing time's (the opening one is in another turn), and where it was opened. A sentence
    that says two times is read by `clock_span` alone. A block opened on one clock and closed on another
    ("by the gym clock" ... "on my watch") is read on the opening clock by the offset said ("which is the
    gym clock minus four"); with none said, no minutes are taken and the closing sentence is put in
    `unclear`, for the clinician."""
    out: dict[tuple[int, int], ClockSpan] = {}
    opened: tuple[int, int] | None = None
    opened_on: str | None = None  # the clock the block was opened on, where named
    opened_at: tuple[int, int] | None = None
    chained = False  # opened where the block before ended on the clock, the next said to begin at once
    last_turn, last_sentence = None, ""
    for k, (turn, start, sentence) in enumerate(sentences):
        before = last_sentence if turn == last_turn else ""
        last_turn, last_sentence = turn, sentence
        if len(CLOCK_TIME.findall(sentence)) > 1:
            opened = None
            continue
        began = _one_time(sentence, OPENED_AT) or (
            None if opened and not chained else _read_as_begun(sentence, before)
        )
        if began:
            opened, chained = (int(began["h"]) % 12, int(began["m"])), False
            opened_on, opened_at = _clock_read(sentence, began), (turn, start)
            continue
        after = next((t for u, _, t in sentences[k + 1 : k + 2] if u == turn), "")
        ended = _one_time(sentence, CLOSED_AT) or _read_as_done(sentence, before, after)
        if ended and opened:
            h, m = int(ended["h"]) % 12, int(ended["m"])
            read = _clock_read(sentence, ended)
            on_opening = _on_clock((h, m), read, opened_on or "", sentence) if opened_on else (h, m)
            if on_opening is None:
                if unclear is not None:
                    unclear.append(sentence.strip())
            else:
                span = ((on_opening[0] * 60 + on_opening[1]) - (opened[0] * 60 + opened[1])) % (12 * 60)
                if 1 <= span <= LONGEST_SPAN:
                    out[(turn, start)] = ClockSpan(span, ended.end(), ended.span(), ended.span(), opened_at)
            # "It's 2:25, that's the end of the manual part." ... "Now the exercises.": the time the
            # block ended is when the next began.
            chained = _opens_next(sentences, k)
            opened = (h, m) if chained else None
            opened_on, opened_at = (read if chained else None), None
    return out


# "switched to exercise at 2:22", "moved on to the bike at half past": what starts at the later time.
STARTS_AT_LATER = re.compile(
    r"\b(?:switch(?:ed|ing)?|mov(?:ed|ing)(?:\s+on)?|went|go(?:ing)?|chang(?:ed|ing)|over|then|start(?:ed|ing)?)"
    r"\s+(?:(?:on\s+)?(?:to|into|with)\s+)?(?:the\s+|some\s+)?$",
    re.IGNORECASE,
)


def span_owner(sentence: str, span: ClockSpan, services: list[tuple[int, int]]) -> int | None:
    """Which of the services named in the sentence (their character spans, in order) ran from the first
    time to the later one: the last one named before the first time ("We started manual at 2:10 ... and
    switched to exercise at 2:22"); else the first named between the two times and not said to start at
    the later one ("from quarter past the bike and the squats till half past"); else the first named after
    the later time ("from quarter past to half past on the bike"). None when the sentence names none of them
    (the minutes lean on the clauses around)."""
    first_start, _ = span.first
    later_start, later_end = span.later
    before = [k for k, (_, e) in enumerate(services) if e <= first_start]
    if before:
        return before[-1]
    between = [k for k, (s, e) in enumerate(services) if s >= span.first[1] and e <= later_start]
    between = [
        k
        for k in between
        if not STARTS_AT_LATER.search(sentence[max(0, services[k][0] - 40) : services[k][0]])
    ]
    if between:
        return between[0]
    after = [k for k, (s, _) in enumerate(services) if s >= later_end]
    return after[0] if after else None


# Between two pieces of one service: "four minutes, then five, then another five", "six and then seven".
_JOIN = r"(?:\s*,?\s*(?:and\s+)?(?:then\s+)?(?:another|an(?:other)? additional|a further|one more of)?\s*)"
CHUNK_JOIN = re.compile(rf"^(?:\s*minutes?)?{_JOIN}$", re.IGNORECASE)
# "bout", "round", "interval", "block": the words that say a service came in pieces.
PIECE_WORDS = re.compile(r"\b(?:bouts?|rounds?|intervals?|blocks?|chunks?|pieces?)\b", re.I)
# A later piece stands bare, ending the clause or leading to the next piece: "then five minutes of
# manual" is another service's minutes, not a piece of this one.
BARE_PIECE = re.compile(r"^\s*(?:minutes?)?\s*(?:[,.;!?]|$|,?\s*(?:and|then)\b)", re.IGNORECASE)
MINUTES_NEXT = re.compile(r"^\s*(?:-\s*)?minutes?\b", re.IGNORECASE)
# After a piece: "then five reps", "then five out of ten": a count or a score, never minutes.
NOT_A_PIECE_AFTER = re.compile(
    r"^\s*(?:reps?|repetitions|times|x\b|sets?|seconds?|secs?|out of|of\b|percent|%|degrees?|pounds?|"
    r"lbs?|feet|meters?|laps?|steps?|words?|trials?|/)",
    re.IGNORECASE,
)


# "six before the drill and six after", "ten before the phone call and another five after it": one service
# in two blocks around an interruption, said as the minutes before it and the minutes after.
AROUND_JOIN = re.compile(
    r"^\s*(?:minutes?\s+)?(?:before|prior to)\s+(?:the\s+|that\s+|his\s+|her\s+|your\s+|my\s+|our\s+)?"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*,?\s*(?:and|plus)\s+(?:then\s+)?(?:another\s+)?$",
    re.IGNORECASE,
)
AROUND_AFTER = re.compile(
    r"^\s*(?:more\s+)?(?:minutes?\s+)?(?:after(?:wards?)?|once we (?:got |were )?back)\b", re.I
)
# "Pain was four before the exercise and two after": a measure taken on either side, not two blocks.
MEASURED_BEFORE = re.compile(
    r"\b(?:pain|hurts?|sore\w*|rat(?:ing|ed)|scores?|rpe|borg|levels?|sats?|spo2|o2|oxygen|pulse|"
    r"heart rate|hr|bp|pressure|fatigue|dizz\w*|tired\w*|breath\w*|effort|reps?|sets?)\b",
    re.IGNORECASE,
)


class Pieces(NamedTuple):
    """A service's minutes said in pieces within one sentence: their sum, and where the run was said."""

    minutes: int
    start: int
    end: int


# "...six minutes and then another five with the hand helper": the later piece said on a thing.
ON_A_THING = re.compile(
    r"^\s*(?:more\s+)?(?:minutes?\s+)?(?:with|on|using|at)\s+(?:the|a|an|that|those|these|his|her|your)\s+",
    re.IGNORECASE,
)


def _same_thing(
    sentence: str, head_start: int, gap: str, after: str, codes_of: Callable[[str], set[str]] | None
) -> bool:
    """Whether a later piece said on a thing ("and then another five with the hand helper") is more of
    the service the run began with: "another" joins it, and the thing names no service other than those
    named before the run ("the thera putty six minutes and then another five with the hand helper")."""
    if codes_of is None or not re.search(r"\banother\b", gap, re.I) or not ON_A_THING.match(after):
        return False
    thing = re.split(r"[.;!?]", after, maxsplit=1)[0]
    return codes_of(thing) <= codes_of(sentence[:head_start])


# "About seventeen minutes, seventeen.": the figure said once more for whoever writes it down, bare and
# closing the sentence, with no "and", "then" or "another" before it: the same minutes, not a second piece.
ECHO_GAP = re.compile(r"^(?:\s*minutes?)?\s*,?\s*$", re.IGNORECASE)
ECHO_END = re.compile(r"^\s*(?:minutes?)?\s*(?:[.!?]|$)", re.IGNORECASE)


def _echoed(run: list[Said], said: Said, gap: str, after: str) -> bool:
    return (
        len(run) == 1
        and said.value == run[0].value
        and bool(ECHO_GAP.match(gap))
        and bool(ECHO_END.match(after))
    )


def pieces(sentence: str, codes_of: Callable[[str], set[str]] | None = None) -> list[Pieces]:
    """Runs of minutes said as the pieces of one block: the first said with "minutes" (or as a bout,
    round, interval), each next one joined to it by only "then", "and", "another" ("First bout four
    minutes, then five, then another five" -> 14). A run needs at least two pieces; a piece said as
    reps, seconds or a score ends it."""
    said = [n for n in numbers_in(sentence) if n.value == int(n.value) and 1 <= n.value <= 60]
    out: list[Pieces] = []
    k = 0
    while k < len(said):
        head = said[k]
        if (
            k + 1 < len(said)
            and AROUND_JOIN.match(sentence[head.end : said[k + 1].start])
            and AROUND_AFTER.match(sentence[said[k + 1].end :])
            and not MEASURED_BEFORE.search(sentence[: head.start])
        ):
            out.append(Pieces(int(head.value + said[k + 1].value), head.start, said[k + 1].end))
            k += 2
            continue
        opened = MINUTES_NEXT.match(sentence[head.end :]) or PIECE_WORDS.search(
            sentence[max(0, head.start - 20) : head.start]
        )
        run = [head]
        j = k + 1
        while opened and j < len(said):
            gap = sentence[run[-1].end : said[j].start]
            if not CHUNK_JOIN.match(gap) or not re.search(r",|\band\b|\bthen\b|\banother\b", gap, re.I):
                break
            after = sentence[said[j].end :]
            if _echoed(run, said[j], gap, after):
                break
            if NOT_A_PIECE_AFTER.match(after) or not (
                BARE_PIECE.match(after) or _same_thing(sentence, head.start, gap, after, codes_of)
            ):
                break
            run.append(said[j])
            j += 1
        if len(run) >= 2:
            total = int(sum(n.value for n in run))
            if total <= LONGEST_SPAN:
                out.append(Pieces(total, run[0].start, run[-1].end))
            k = j
            continue
        k += 1
    return out


# "we sat three times, two minutes each", "four bouts, five minutes apiece": a count of equal blocks and
# each one's minutes.
TIMES_EACH = re.compile(
    rf"(?<![\w.-])(?:(?P<n>{NUMBER})\s+(?:times|bouts|rounds|breaks|rests|intervals|blocks)|(?P<twice>twice))\s*,?\s*"
    rf"(?:(?:of|for|at)\s+)?(?:about\s+|around\s+|roughly\s+)?(?P<m>{NUMBER})\s*-?\s*min(?:ute)?s?\s+"
    r"(?:each|apiece|a (?:time|piece|bout|round))\b",
    re.IGNORECASE,
)


EACH = re.compile(r"\b(?:each|apiece|a (?:time|piece|bout|round))\b", re.IGNORECASE)


def times_each(text: str) -> str:
    """The text with each count of equal blocks written as their minutes in its place ("sat three times,
    two minutes each" -> "sat 6 minutes" and blanks), keeping every position, so the product is read
    as any other figure: a break's ("sat", "rested") or a service's ("four bouts, five minutes each")."""
    if not EACH.search(text):
        return text  # most turns: no number scan
    for m in reversed(list(TIMES_EACH.finditer(text))):
        count, each = 2 if m["twice"] else value(m["n"]), value(m["m"])
        if count != int(count) or each != int(each) or not 2 <= count * each <= LONGEST_SPAN:
            continue
        said = f"{int(count * each)} minutes"
        width = m.end() - m.start()
        text = text[: m.start()] + said[:width].ljust(width) + text[m.end() :]
    return text


def pieces_summed(text: str, codes_of: Callable[[str], set[str]] | None = None) -> str:
    """The text with each run of pieces written as its sum in their place ("four minutes, then five,
    then another five" -> "14 minutes" and blanks), keeping every position, so the sum is read as the
    service's minutes like any other figure."""
    for run in reversed(pieces(text, codes_of)):
        said = f"{run.minutes} minutes"
        width = run.end - run.start
        text = text[: run.start] + said[:width].ljust(width) + text[run.end :]
    return text


# Time out of a block: "we lost five minutes to the phone", "with a seven-minute break in the middle",
# "minus the six she was out", "not counting the four on the phone". The clock ran on; the service did not
# (timed codes count direct one-on-one minutes only: CMS Claims Processing Manual ch. 5 §20.2).
BREAK_BEFORE = re.compile(
    r"\b(?:minus|less|lost|losing|lose|not counting|except(?:\s+for)?|take\s+(?:off|out)|took\s+(?:off|out)|"
    r"subtract(?:ing)?|paused?\s+(?:it\s+)?for|stopped\s+(?:it\s+)?for|stepped\s+out\s+for|break\s+of|"
    # "we waited five minutes for the room", "you sat six of that on the bench", "rested for four": time
    # the patient waited or rested, which no service holds.
    r"wait(?:ed|ing)(?:\s+(?:around|there))?(?:\s+for)?|sat(?:\s+(?:down|out))?(?:\s+for)?|"
    r"rest(?:ed|ing)(?:\s+for)?|interruption\s+of|"
    # "you dropped off for about two minutes", "the video froze for three": a video visit's lost time.
    r"(?:dropped|cut|fell)\s+(?:off|out)(?:\s+of\s+the\s+(?:call|video|visit))?\s+for|froze\s+(?:up\s+)?for|"
    r"disconnected\s+for|lost\s+(?:the\s+)?(?:connection|signal|video|audio|you|him|her)\s+for)"
    r"\s+(?:(?:the|a|about|around|like|roughly|good)\s+)*$",
    re.IGNORECASE,
)
# "ten minutes out", "five minutes out of the room", "ten minutes out in the hall on a call": time away from
# the block; but "sixteen minutes out there on the curb" is where the block was done.
TIME_OUT = (
    r"out(?!\s+(?:there|here)\b(?![^.;,]{0,40}\b(?:call|phone|break|bathroom|restroom|rest\w*|desk|wait\w*|"
    r"copay|office|car)\b))"
)
BREAK_AFTER = re.compile(
    r"^\s*-?\s*(?:min(?:ute)?s?\s*(?:-\s*)?)?(?:long\s+)?(?:break|pause|interruption|time[- ]?out|"
    rf"bathroom|restroom|phone call|call)\b|^\s*-?\s*min(?:ute)?s?\s+(?:off|{TIME_OUT}|away)\b"
    # "five minutes for the bathroom", "four minutes on vitals", "three minutes of rest".
    r"|^\s*-?\s*min(?:ute)?s?\s+(?:for|on|in|of|taking|checking|doing)\s+(?:the\s+|a\s+|his\s+|her\s+|"
    r"their\s+|your\s+)?(?:(?:bathroom|restroom|toilet)(?!\s+(?:transfers?|training|practice|hygiene|stuff|tasks|part|"
    r"portion|block|routine|equipment|set[- ]?up))|vitals|"
    # ("ten minutes of the toilet transfer", "eleven minutes on the bathroom stuff, the raised toilet seat":
    # a service, self-care training, not a trip to the toilet)
    r"blood pressure|rest|resting|sitting|waiting)\b",
    re.IGNORECASE,
)


def is_break(before: str, after: str) -> bool:
    """The number between `before` and `after` is minutes out of a block (a break, a call, a trip to the
    bathroom), not a service's."""
    return bool(BREAK_BEFORE.search(before) or BREAK_AFTER.match(after))


def breaks(sentence: str) -> int:
    """Minutes a sentence says were taken out of a block ("9:05 to 9:30 less a six minute call" -> 6)."""
    return int(
        sum(
            n.value
            for n in numbers_in(sentence)
            if n.value == int(n.value)
            and not re.match(r"\s*:\d", sentence[n.end :])
            and not sentence[: n.start].endswith(":")
            and is_break(sentence[: n.start], sentence[n.end :])
            # "on my watch, which is the gym clock minus four": one clock against another, no break.
            and not CLOCK_AGAINST.search(sentence[: n.start])
        )
    )


CLOCK_AGAINST = re.compile(r"\b(?:clock|watch|phone|timer)\s+(?:minus|less|plus)\s+$", re.I)


# "calf pain came on at about two minutes", "symptoms started after three minutes": when a symptom set
# in during a test or a walk, a moment, not how long a service ran.
ONSET_BEFORE = re.compile(
    r"\b(?:came on|comes on|started|starts|began|begins|set in|sets in|kicked in|kicks in|showed up|onset)"
    r"\s+(?:at|after|around|by)\s+(?:about\s+|around\s+|roughly\s+|like\s+)?$",
    re.IGNORECASE,
)
# "Six-minute walk test", "a two minute step test": the number names a test, not a service's minutes.
NAMED_TEST_AFTER = re.compile(
    r"^\s*-?\s*min(?:ute)?s?\s+(?:walk|step|stand|sit[- ]to[- ]stand|push|stair|treadmill)(?:ing)?"
    r"\s+(?:test|tests)\b",
    re.IGNORECASE,
)
# "Then six minute walk, 365 meters", "the two-minute walk": the walk tests are named by their minutes
# (2, 6, 12) without the word "test" as often as with it.
WALK_TEST_MINUTES = (2, 6, 12)
WALK_TEST_AFTER = re.compile(r"^\s*-?\s*min(?:ute)?\s+walk\b", re.IGNORECASE)


def named_test(minutes: float, after: str) -> bool:
    """The number and the words after it name a timed test ("the six-minute walk test", "six minute
    walk, 365 meters"), not how long a service ran."""
    return bool(
        NAMED_TEST_AFTER.match(after) or (minutes in WALK_TEST_MINUTES and WALK_TEST_AFTER.match(after))
    )


# "nine minutes on the cones", "ten with the ball": the thing the minutes were spent on.
ON_PROP = re.compile(
    r"\b(?:minutes?\s+)?(?:on|with|using|at)\s+(?:the|that|those|these)\s+(?P<prop>[a-z][a-z-]{2,})\s*[.!]?\s*$",
    re.IGNORECASE,
)


def on_prop(clause: str) -> str | None:
    """The thing a clause of minutes says they were spent on, when it ends the clause ("nine minutes on
    the cones" -> "cones")."""
    m = ON_PROP.search(clause)
    return m["prop"].lower() if m else None
