"""The grounding guard: every number in a draft must trace to the transcript (said, or computed from
what was said, like 18/20 = 90 %); a sentence that carries any other number is removed and reported.
Transcript text is data, never instructions: nothing in it reaches the codes but extracted minutes."""

import re
from dataclasses import dataclass

from scribe.extract import Fact
from scribe.numbers import NUMBER, show, value
from scribe.transcript import Segment

DIGITS = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")
SCALES = {"10", "5"}  # the denominators of "3/10" and "4/5" belong to the scale, not the patient


def grounded_numbers(segments: list[Segment], facts: list[Fact]) -> set[str]:
    said = {show(value(m.group(0))) for s in segments for m in re.finditer(NUMBER, s.text, re.IGNORECASE)}
    derived = {n for f in facts for n in DIGITS.findall(f"{f.value} {f.unit} {f.code}")}
    return said | derived | SCALES


@dataclass
class Guarded:
    text: str
    removed: list[str]


def guard(text: str, allowed: set[str]) -> Guarded:
    """Keep the sentences whose numbers are all grounded; report the others."""
    kept, removed = [], []
    for line in text.split("\n"):
        sentences = re.split(r"(?<=[.!?])\s+", line) if line else [""]
        good = []
        for sentence in sentences:
            stray = [n for n in DIGITS.findall(sentence) if show(float(n)) not in allowed]
            (removed if stray else good).append(sentence)
        kept.append(" ".join(s for s in good if s or not line))
    return Guarded("\n".join(kept).strip(), [s for s in removed if s])


def invented_numbers(text: str, allowed: set[str]) -> list[str]:
    return [n for n in DIGITS.findall(text) if show(float(n)) not in allowed]
