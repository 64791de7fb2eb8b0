"""Therapy words a recogniser wrote as ordinary words ("there ex", "man you all", "four teen"), written
as the clinician said them before anything is read from a transcript, so that a service keeps its
minutes and a finding its name whichever way the words were heard.

The vocabulary is data (`rules/misheard.json`): each entry a stretch that is never ordinary talk in a
therapy room, with lookarounds where a word is a mishearing only beside another ("gate training",
"for out of ten"). `scribe.soundalike` repairs the audio path against the recogniser's prompt; this
list holds what a typed or uploaded transcript brings in the recogniser's spelling too.

Evidence points into the transcript as it was heard: `heard_at` takes a position in the corrected text
back to the heard one."""

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from scribe.transcript import Segment, Unsure

RULES = Path(__file__).parent / "rules" / "misheard.json"


@dataclass(frozen=True)
class Edit:
    """One stretch rewritten: `start`/`end` in the heard text, `written` what stands there now."""

    start: int
    end: int
    written: str


def spelled(abbreviation: str) -> re.Pattern[str]:
    """The letters of an abbreviation as a recogniser writes them one by one ("n d i", "o. d. i.",
    "l-e-f-s"), never the word written whole: a space, a dot or a hyphen stands between each two."""
    letters = [re.escape(c) for c in abbreviation]
    dotted = r"\.\s?".join(letters) + r"\."  # "n.d.i." (its last dot is the abbreviation's)
    apart = r"(?:\s|-)".join(letters)
    return re.compile(rf"(?<![\w.-])(?:{dotted}|{apart}(?![\w-]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = json.loads(RULES.read_text())
    letters = tuple((spelled(a), a.replace("\\", "\\\\")) for a in rules.get("spelled", []))
    return letters + tuple((re.compile(t["heard"], re.IGNORECASE), t["meant"]) for t in rules["terms"])


def _cased(heard: str, meant: str) -> str:
    """A heard word that opened a sentence ("There ex was ten") keeps its capital."""
    return meant[:1].upper() + meant[1:] if heard[:1].isupper() else meant


def corrected(text: str) -> tuple[str, tuple[Edit, ...]]:
    """The text with every known mishearing written as meant, and where each was (heard positions).
    Entries apply in order, each over the text the ones before it left; a stretch is rewritten once."""
    edits: list[Edit] = []
    for pattern, meant in _vocabulary():
        found: list[Edit] = []
        for m in pattern.finditer(text):
            written = _cased(m.group(0), m.expand(meant))
            if written != m.group(0):
                found.append(Edit(m.start(), m.end(), written))
        for edit in reversed(found):
            text = text[: edit.start] + edit.written + text[edit.end :]
        # Earlier edits were placed in the text before this pass: move them back to heard positions.
        edits = _merged(edits, found)
    return text, tuple(edits)


def _merged(earlier: list[Edit], later: list[Edit]) -> list[Edit]:
    """Edits in heard positions, given `earlier` ones (heard positions) and `later` ones made on the text
    the earlier ones wrote. A later edit over an earlier one's words takes its span whole."""
    merged = list(earlier)
    for edit in later:
        start, end = heard_at(tuple(merged), edit.start), heard_at(tuple(merged), edit.end, end=True)
        merged = [e for e in merged if e.end <= start or e.start >= end]
        merged.append(Edit(start, end, edit.written))
        merged.sort(key=lambda e: e.start)
    return merged


def heard_at(edits: tuple[Edit, ...], position: int, *, end: bool = False) -> int:
    """The heard text's position for a position of the corrected text; one inside a rewritten stretch
    is the stretch's start (or, for the `end` of a span, its end)."""
    shift = 0
    for edit in edits:
        written_start = edit.start + shift
        written_end = written_start + len(edit.written)
        if position <= written_start:
            break
        if position < written_end or (end and position == written_end):
            return edit.end if end else edit.start
        shift += len(edit.written) - (edit.end - edit.start)
    return position - shift


def written_at(edits: tuple[Edit, ...], position: int, *, end: bool = False) -> int:
    """The corrected text's position for a position of the heard text (inside a rewritten stretch, the
    start of what was written there, or its end for the `end` of a span)."""
    shift = 0
    for edit in edits:
        if position <= edit.start and not (end and position == edit.start and edit.start < edit.end):
            break
        if position < edit.end or (end and position == edit.end):
            return edit.start + shift + (len(edit.written) if end else 0)
        shift += len(edit.written) - (edit.end - edit.start)
    return position + shift


def segments_corrected(segments: list[Segment]) -> tuple[list[Segment], dict[int, tuple[Edit, ...]]]:
    """Each segment with its mishearings written as meant (its unsure stretches moved with the text), and
    the edits by segment index for the segments that had any."""
    out: list[Segment] = []
    edits_by: dict[int, tuple[Edit, ...]] = {}
    for segment in segments:
        text, edits = corrected(segment.text)
        if not edits:
            out.append(segment)
            continue
        edits_by[segment.index] = edits
        unsure = tuple(
            Unsure(written_at(edits, u.start), written_at(edits, u.end, end=True), u.other)
            for u in segment.unsure
        )
        out.append(replace(segment, text=text, unsure=unsure))
    return out, edits_by
