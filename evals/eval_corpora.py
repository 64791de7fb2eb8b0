"""The drafter on real visit dialogues written and spoken by other people (ACI-Bench, CC BY 4.0: Yim et
al., Scientific Data 2023; shared/corpora/aci-bench), for the measures that need no therapy labels:

- relevant-number recall: of the numbers said in the dialogue AND kept by the clinician's own note,
  the share the draft holds;
- invented numbers: numbers in the draft never said (codes and minutes the engine computed aside);
- denials kept: findings the reference note records as denied never written as present in the draft
  (a question the draft quotes as asked states nothing);
- failures: dialogues that did not draft.

The dialogues are general medicine, drafted as a PT daily note: the codes mean nothing here.
"""

import csv
import re

from core.config import corpora_dir
from scribe.draft import draft
from scribe.ground import DIGITS, grounded_numbers, invented_numbers
from scribe.numbers import numbers_in, show
from scribe.transcript import Segment

ACI = corpora_dir() / "aci-bench"
SPEAKERS = {"doctor": "therapist", "patient": "patient"}
LINE = re.compile(r"^\[(?P<who>[^\]]+)\]\s*(?P<text>.*)$")
NEGATION = re.compile(
    r"\b(?:no|denies|denied|without|not|never|none|negative|nothing|nope)\b|n't\b", re.IGNORECASE
)
DENIES = re.compile(r"\b(?:denies|denied|negative for|no)\s+(?P<what>[^.:;]+)", re.IGNORECASE)


def visits() -> list[dict]:
    rows = []
    for name in ("train.csv", "valid.csv"):
        path = ACI / name
        if path.exists():
            with path.open(newline="", encoding="utf-8") as handle:
                rows += list(csv.DictReader(handle))
    return rows


def segments_of(dialogue: str) -> list[Segment]:
    """The dialogue as a transcript: the doctor in the clinician's seat, anyone else beside the patient."""
    out: list[Segment] = []
    clock = 0.0
    for line in dialogue.splitlines():
        m = LINE.match(line.strip())
        if not m or not m.group("text").strip():
            continue
        text = re.sub(r"\s+([,.?!])", r"\1", m.group("text")).replace(" n't", "n't").replace(" 's", "'s")
        seconds = max(1.0, len(text.split()) / 2.6)
        who = SPEAKERS.get(m.group("who").strip().lower(), "caregiver")
        out.append(Segment(len(out), clock, clock + seconds, who, text))
        clock += seconds + 0.5
    return out


def _values(text: str) -> set[str]:
    return {s.digits for s in numbers_in(text)} | {show(float(n)) for n in DIGITS.findall(text)}


def _denied_terms(note: str) -> list[str]:
    terms = []
    for m in DENIES.finditer(note):
        for part in re.split(r",|\bor\b|\band\b", m.group("what")):
            part = part.strip().lower()
            # A bare "pain" out of "no pain with pronation" denies pain with pronation, not all pain.
            if (
                1 <= len(part.split()) <= 3
                and part.isascii()
                and not re.search(r"\d", part)
                and part != "pain"
            ):
                terms.append(part)
    return terms


def score(visit: dict) -> dict:
    segments = segments_of(visit["dialogue"])
    try:
        result = draft(segments, discipline="PT", note_type="daily", role="PT", rule="cms")
    except Exception as exc:  # a failure is a figure of its own
        return {"id": visit["encounter_id"], "failed": f"{type(exc).__name__}: {exc}"}
    text = "\n".join(result.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))
    said = set().union(*(_values(s.text) for s in segments)) if segments else set()
    relevant = (_values(visit["note"]) & said) - {"0", "1"}
    held = relevant & _values(text)
    allowed = grounded_numbers(segments, result.facts) | result.derived_numbers
    sentences = [s.lower() for s in re.split(r"(?<=[.!?])\s+|\n", text)]
    present = [
        term
        for term in dict.fromkeys(_denied_terms(visit["note"]))
        if any(term in s and not NEGATION.search(s) and not s.startswith("asked:") for s in sentences)
    ]
    return {
        "id": visit["encounter_id"],
        "failed": "",
        "relevant": len(relevant),
        "held": len(held),
        "invented": invented_numbers(text, allowed),
        "denied_written_present": present,
    }


def run() -> list[dict]:
    found = visits()
    if not found:
        return [{"suite": "drafts: ACI-Bench", "metric": "dialogues", "value": "none here", "goal": ""}]
    scores = [score(v) for v in found]
    good = [s for s in scores if not s["failed"]]
    relevant = sum(s["relevant"] for s in good)
    suite = f"drafts: ACI-Bench ({len(found)} dialogues)"
    rows = [
        {
            "suite": suite,
            "metric": "relevant-number recall",
            "value": f"{sum(s['held'] for s in good) / relevant:.3f}" if relevant else "n/a",
            "goal": ">= 0.850",
        },
        {
            "suite": suite,
            "metric": "invented numbers",
            "value": str(sum(len(s["invented"]) for s in good)),
            "goal": "0",
        },
        {
            "suite": suite,
            "metric": "denied findings written as present",
            "value": str(sum(len(s["denied_written_present"]) for s in good)),
            "goal": "0",
        },
        {"suite": suite, "metric": "drafts that failed", "value": str(len(scores) - len(good)), "goal": "0"},
    ]
    return rows
