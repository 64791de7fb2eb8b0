"""A block of minutes said, then split between two services with one part said only as "the rest".

"That whole ladder and carrying block was twenty-four minutes. Of those twenty-four, about nine were
balance on the foam, the rest was lifting and carrying": the block's 24 minutes are 9 of balance and 15 of
lifting, never 24 of each. Where the split cannot be read (the part is not a service heard, the rest names
none and the block's own sentence named none either, the part is not smaller than the block), the block is
given once, as it was said, and the split is quoted for the clinician to make: a guess would bill minutes
nobody gave.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from scribe.codes import THER_ACT
from scribe.numbers import NUMBER, value
from scribe.transcript import CLINICIAN, SENTENCE, Segment

if TYPE_CHECKING:
    from scribe.services import Mention

NEAR_TURNS = 4
HEDGE = r"(?:(?:about|around|roughly|maybe|probably|say|like|really|only|just|approximately)\s+)*"
# "Of those twenty-four, about nine were ...", "of that, ten was ...": the block named, then the part.
PART_AFTER = re.compile(
    rf"\bof\s+(?:those|that|these|this|it|them)(?:\s+(?P<of>{NUMBER}))?(?:\s+min(?:ute)?s?)?\s*,?\s*"
    rf"{HEDGE}(?P<part>{NUMBER})\b(?!\s*(?:reps?|sets?|times|seconds?|pounds?|lbs?|feet|degrees?|percent|%))",
    re.I,
)
# "About 9 of that was ...", "ten minutes of those went to ...": the part, then the block named, then what
# the part was. ("Fourteen minutes of that." is the minutes of what was just listed, not a part of them.)
PART_BEFORE = re.compile(
    rf"(?<![\w-]){HEDGE}(?P<part>{NUMBER})(?:\s+min(?:ute)?s?)?\s+of\s+(?:that|those|it|them|these)\b"
    r"(?=\s+(?:was|were|went|is|being|spent)\b)",
    re.I,
)
# "the rest was ...", "the remainder went to ...", "the rest of it was ...": what the other part was.
REST = re.compile(
    r"\bthe\s+(?:rest|remainder|remaining(?:\s+(?:minutes|time))?)"
    r"(?:\s+of\s+(?:it|that|them|those|the time|the block))?\s*,?\s*"
    r"(?:was|were|went\s+(?:to|on|into)|is|being|spent\s+on)\b",
    re.I,
)
# "... fifteen of the rest was ...": a figure said of the rest is a recap's, not a split's.
FIGURE_OF = re.compile(rf"{NUMBER}\s+(?:min(?:ute)?s?\s+)?(?:of|for|on)\s+(?:all\s+)?$", re.I)
# "the rest was the wheel and the clay tasks": tasks done, named as tasks, are therapeutic activities.
TASKS = re.compile(r"\b(?:tasks?|activities|functional)\b", re.I)


class _Named(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def label(self) -> str: ...


Activities = Callable[[str], Sequence[_Named]]


def _said_at_in(m: Mention, segment: int, start: int, end: int) -> bool:
    return m.segment == segment and any(start <= a < end for a, _ in m.said_at)


def _one_code(acts: Sequence[_Named]) -> _Named | None:
    """The service a part names: one code however many words name it ("lifting and carrying")."""
    if not acts or len({a.code for a in acts}) != 1:
        return None
    return acts[0]


def split_by_rest(
    mentions: list[Mention], segments: list[Segment], activities: Activities
) -> tuple[list[Mention], dict[str, str]]:
    """The mentions with each block said split by "the rest" given as its two parts; the review lines, by
    code, of the blocks whose split could not be read (given once, as said)."""
    out = list(mentions)
    review: dict[str, str] = {}
    for segment in segments:
        if segment.speaker != CLINICIAN:
            continue
        text = segment.text
        sentences = list(SENTENCE.finditer(text))
        for i, sm in enumerate(sentences):
            part = PART_AFTER.search(sm.group(0)) or PART_BEFORE.search(sm.group(0))
            if part is None:
                continue
            p_start, p_end = sm.start() + part.start("part"), sm.start() + part.end("part")
            rest = None
            rest_sentence = sm
            for later in sentences[i : i + 2]:
                from_at = p_end if later is sm else later.start()
                found = REST.search(text, from_at, later.end())
                if found is not None and not FIGURE_OF.search(text[later.start() : found.start()]):
                    rest, rest_sentence = found, later
                    break
            block = _block_before(out, segment.index, sm.start() + part.start())
            bare = _bare_block(segments, segment.index, sm.start() + part.start(), activities)
            if bare is not None and (block is None or (block[1].segment, block[1].start) < bare[:2]):
                # "hand block was twenty minutes" ... "eight of that was soft tissue, the rest was folding
                # laundry": a block no service was named for, split into two that are.
                if rest is not None:
                    out = _bare_block_split(
                        out, segment.index, bare[2], part, sm.start(), rest, text, activities
                    )
                continue
            if block is None:
                continue
            k, b = block
            if b.segment < segment.index - NEAR_TURNS:
                continue  # a block said long before is not what "of that" points at
            n, figure = b.minutes, int(value(part["part"]))
            of = part.groupdict().get("of")
            if of is not None and int(value(of)) != n:
                continue  # "of those twelve" said of something else than the block just given
            inside = [
                j
                for j, m in enumerate(out)
                if j != k and _said_at_in(m, segment.index, sm.start() + part.start(), rest_sentence.end())
            ]
            quote = text[sm.start() : rest_sentence.end()].strip()
            first = _one_code(activities(text[p_end : rest.start() if rest is not None else sm.end()]))
            if rest is None:
                # "Manual was twelve minutes, ten of that went to the mobs": a part said of the block with no
                # rest is within it, never more minutes; of another service, the split is the clinician's.
                if not inside:
                    continue
                out = [m for j, m in enumerate(out) if j not in inside]
                if first is None or first.code != b.code or not 0 < figure <= n:
                    review.setdefault(b.code, _unclear(b, quote))
                continue
            rest_text = text[rest.end() : rest_sentence.end()]
            other = _one_code(_head_of_a_list(rest_text, activities))
            other_code = other.code if other is not None else None
            if other_code is None and TASKS.search(rest_text):
                other_code = THER_ACT
            elif other_code is None and _named_with_its_minutes(b, segments):
                other_code = b.code
            if first is None or other_code is None or not 0 < figure < n:
                out = [m for j, m in enumerate(out) if j not in inside]
                review.setdefault(b.code, _unclear(b, quote))
                continue
            parts = _two_parts(
                b,
                segment.index,
                (first.code, first.label, figure, p_start, p_end),
                (
                    other_code,
                    other.label if other is not None else b.label,
                    n - figure,
                    rest.start(),
                    rest.end(),
                ),
            )
            at = sum(1 for j in range(k) if j not in inside)
            out = [m for j, m in enumerate(out) if j not in inside and j != k]
            out[at:at] = parts
            if other is None:
                review.setdefault(
                    other_code,
                    f'{other_code}: the rest of a {n}-minute block ("{quote}") was taken as {other_code}; '
                    "confirm the service before signing",
                )
    return out, review


Part = tuple[str, str, int, int, int]  # code, label, minutes, start, end


def _two_parts(template: Mention, segment: int, first: Part, second: Part) -> list[Mention]:
    """A block's two parts, each a mention of its own in the turn that split it."""
    return [
        replace(
            template,
            code=code,
            minutes=minutes,
            label=label,
            start=start,
            end=end,
            said_at=((start, end),),
            again=False,
            added=False,
            total=False,
            said_as_range=None,
            segment=segment,
        )
        for code, label, minutes, start, end in (first, second)
    ]


# "hand block was twenty minutes", "the next block, ten minutes": minutes said of a block, no service named.
BLOCK_SAID = re.compile(rf"\bblock\b[^.!?]*?\b(?P<n>{NUMBER})\s*min(?:ute)?s?\b", re.I)


def _bare_block(
    segments: list[Segment], segment: int, at: int, activities: Activities
) -> tuple[int, int, int] | None:
    """The last block of minutes said before a split with no service named in its sentence (in the split's
    turn before it, or a clinician's turn of the few before): its turn, where its figure is, its minutes."""
    best = None
    for s in segments:
        if s.speaker != CLINICIAN or not segment - NEAR_TURNS <= s.index <= segment:
            continue
        for sm in SENTENCE.finditer(s.text):
            if s.index == segment and sm.end() > at:
                break
            said = BLOCK_SAID.search(sm.group(0))
            if said is not None and not activities(sm.group(0)):
                best = (s.index, sm.start() + said.start("n"), int(value(said["n"])))
    return best


def _bare_block_split(
    out: list[Mention],
    segment: int,
    n: int,
    part: re.Match[str],
    offset: int,
    rest: re.Match[str],
    text: str,
    activities: Activities,
) -> list[Mention]:
    """The mentions with the one the split's part gave ("eight of that was soft tissue") put as the block's
    two parts, where each part names one service and the part is smaller than the block."""
    p_start, p_end = offset + part.start("part"), offset + part.end("part")
    figure = int(value(part["part"]))
    first = _one_code(activities(text[p_end : rest.start()]))
    other = _one_code(activities(text[rest.end() :]))
    inside = [j for j, m in enumerate(out) if _said_at_in(m, segment, p_start, rest.start())]
    if first is None or other is None or not inside or not 0 < figure < n:
        return out
    parts = _two_parts(
        out[inside[0]],
        segment,
        (first.code, first.label, figure, p_start, p_end),
        (other.code, other.label, n - figure, rest.start(), rest.end()),
    )
    kept = [m for j, m in enumerate(out) if j not in inside]
    kept[inside[0] : inside[0]] = parts
    return kept


# "the car, toilet and tub transfers": kinds listed before one head noun, each a kind of the head.
LISTED_KINDS = re.compile(r"\b(?:[a-z]+,?\s+){1,4}and\s+(?P<last>[a-z]+)\s+(?P<head>[a-z]+)\b", re.I)


def _head_of_a_list(text: str, activities: Activities) -> Sequence[_Named]:
    """What a text names; a list of kinds sharing one head noun ("the car, toilet and tub transfers") names
    the head's service, not the service its last kind alone would name ("tub transfers")."""
    acts = activities(text)
    listed = LISTED_KINDS.search(text)
    if listed is None or len(acts) != 1:
        return acts
    head = activities(listed["head"])
    said_last = text[listed.start("last") : listed.end("head")]
    if len(head) == 1 and acts[0].label.lower() == said_last.lower() and head[0].code != acts[0].code:
        return head
    return acts


def _unclear(b: Mention, quote: str) -> str:
    return (
        f'{b.code}: {b.minutes} minutes were said split between services ("{quote}") in a way not clear '
        f"enough to bill; given once, as {b.code}: split the minutes before signing"
    )


def _block_before(mentions: list[Mention], segment: int, at: int) -> tuple[int, Mention] | None:
    """The last block of minutes said before a split (in its turn before it, or an earlier turn)."""
    best: tuple[int, Mention] | None = None
    for k, m in enumerate(mentions):
        if m.again or not m.said_at:
            continue
        where = (m.segment, m.said_at[-1][0])
        if where < (segment, at) and (best is None or where > (best[1].segment, best[1].said_at[-1][0])):
            best = (k, m)
    return best


def _named_with_its_minutes(m: Mention, segments: list[Segment]) -> bool:
    """The block's service was named in the sentence that gave its minutes ("That whole ladder and carrying
    block was twenty-four minutes"), not taken from what an earlier turn did."""
    text = next((s.text for s in segments if s.index == m.segment), "")
    at = m.said_at[-1][0]
    sm = next((s for s in SENTENCE.finditer(text) if s.start() <= at < s.end()), None)
    return sm is not None and sm.start() <= m.start < sm.end()
