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
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        sentences = re.split(r"(?<=[.!?])\s+", line) if line else [""]
        good: list[str] = []
        for sentence in sentences:
            stray = [n for n in DIGITS.findall(sentence) if show(float(n)) not in allowed]
            (removed if stray else good).append(sentence)
        kept.append(" ".join(s for s in good if s or not line))
    return Guarded("\n".join(kept).strip(), [s for s in removed if s])


# Findings, symptoms and signs a note may state: a sentence of a language model's that names one the
# transcript never said ("reports numbness" when nobody spoke of numbness) is not the visit's.
FINDINGS = re.compile(
    r"\b(?:swell\w*|swollen|numb(?!er)\w*|tingl\w*|dizz\w*|vertigo|fevers?|chills|nausea|vomit\w*|headaches?|"
    r"bruis\w*|redness|warmth|edema|effusion|crepitus|instability|weakness|spasms?|spasticity|tender\w*|"
    r"aspirat\w*|chok\w+|cough\w*|falls?|fell|fractures?|infection|drainage|clonus|atrophy|pain\w*|"
    r"stiff\w*|lighthead\w*|shortness of breath|incontinen\w*|radiat\w*|sciatica|sharp|burning|throbbing|"
    r"locking|clicking|giving way|hoarse\w*|residue|pocketing|drool\w*)\b",
    re.IGNORECASE,
)


def unsaid_findings(text: str, segments: list[Segment]) -> list[str]:
    """The sentences of `text` that name a finding no one said in the transcript (stems compared, so
    "swelling" is said by "swells" and "swollen" by "swelling")."""
    said = " ".join(s.text for s in segments).lower()
    stems = {w[:4] for w in re.findall(r"[a-z]+", said)}
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        for m in FINDINGS.finditer(sentence):
            word = m.group(0).lower()
            if word not in said and word[:4] not in stems:
                out.append(sentence.strip())
                break
    return out


def invented_numbers(text: str, allowed: set[str]) -> list[str]:
    return [n for n in DIGITS.findall(text) if show(float(n)) not in allowed]
