"""The transcript format: {"segments": [{"start", "end", "speaker", "text"}]}, seconds from the start; a
segment heard by the recogniser may also hold "unsure": [{"start", "end", ...}], the characters of its
text (numbers) that the recogniser could not be sure of (see `scribe.stt.unsure`)."""

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# "Flexion... one forty-five", "Not... dizzy. No.": a pause that a recogniser (or a typist) writes as dots
# inside a sentence. It ends no sentence, and the words either side of it belong together.
HESITATION = re.compile(r"(?<=[A-Za-z])(?:\.\.\.|\u2026)(?=\s*[a-z0-9])")
# A decimal point ("an index of 0.62", "2.5 pounds") ends no sentence either, nor a title's stop ("Mr. Reyes,
# 10 cones in 48 seconds" is one sentence, not "Mr." and the rest).
SENTENCE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Mx|Dr|St)\.(?=\s+[A-Z])|[^.!?]|(?<=\d)\.(?=\d)|\.\.\.(?=\s*[a-z0-9]))+[.!?]*"
)


def unhesitating(text: str) -> str:
    """The text with its pauses blanked, every position kept (evidence points into the transcript)."""
    return HESITATION.sub(lambda m: " " * len(m.group(0)), text)


SPEAKERS = ("therapist", "patient", "caregiver", "other")
# The speaker whose words describe what was done (services, findings): the treating clinician.
CLINICIAN = SPEAKERS[0]
# Roles named otherwise, as the product names them: an interpreter, like family or an aide, is a "caregiver"
# (a further voice in the room; `scribe.statements.interpreted` reads an interpreter's English as the
# patient's).
SPEAKER_NAMES = {"interpreter": "caregiver", "family": "caregiver", "aide": "caregiver"}


class TranscriptError(ValueError):
    """A transcript file that cannot be read; the message says what is wrong with it."""


@dataclass(frozen=True)
class Unsure:
    """A stretch of a segment's text (characters) the recogniser was unsure of, and the other reading it
    weighed, if any ("50", perhaps "15")."""

    start: int
    end: int
    other: str = ""


@dataclass(frozen=True)
class Segment:
    index: int
    start: float
    end: float
    speaker: str
    text: str
    unsure: tuple[Unsure, ...] = ()


def _unsure(raw: object, text: str) -> tuple[Unsure, ...]:
    """A segment's "unsure" list; an entry that does not point into its text is left out (the text was
    edited by hand after it was heard)."""
    kept = []
    for item in raw if isinstance(raw, list) else []:
        try:
            start, end, other = int(item["start"]), int(item["end"]), str(item.get("other", ""))
        except (KeyError, TypeError, ValueError):
            continue
        if 0 <= start < end <= len(text):
            kept.append(Unsure(start, end, other))
    return tuple(kept)


def parse(data: dict[str, Any]) -> list[Segment]:
    """Segments from a transcript object, or from an example file's `transcript` key."""
    if isinstance(data, dict) and "transcript" in data and "segments" not in data:
        data = data["transcript"]
    raw = data.get("segments") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        raise TranscriptError("a transcript is an object with a 'segments' list")
    segments = []
    for i, item in enumerate(raw):
        try:
            start, end = float(item["start"]), float(item["end"])
            speaker, text = str(item.get("speaker", "other")), str(item["text"])
        except (KeyError, TypeError, ValueError) as exc:
            raise TranscriptError(f"segment {i} needs start, end and text") from exc
        if end < start or start < 0:
            raise TranscriptError(f"segment {i} ends before it starts")
        segments.append(
            Segment(
                i,
                start,
                end,
                speaker if speaker in SPEAKERS else SPEAKER_NAMES.get(speaker.lower(), "other"),
                text,
                _unsure(item.get("unsure"), text),
            )
        )
    return segments


def load(path: Path) -> list[Segment]:
    try:
        return parse(json.loads(path.read_text(encoding="utf-8")))
    except json.JSONDecodeError as exc:
        raise TranscriptError(f"{path.name} is not JSON") from exc
