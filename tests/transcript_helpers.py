"""Transcripts written as tables in the scribe's tests: turns said one after another, and what the
statements drafter quotes of them."""

from evals.eval_drafts import drafted
from scribe.statements import numbered, qualitative
from scribe.transcript import Segment, parse


def turns(*said: tuple[str, str]) -> list[Segment]:
    """(speaker, text) pairs as segments 5 s apart, each 4 s long."""
    return [Segment(i, i * 5.0, i * 5.0 + 4.0, who, text) for i, (who, text) in enumerate(said)]


def quoted(segments: list[Segment]) -> str:
    """The sentences the note quotes as said: the numbered ones, then the qualitative ones."""
    said = numbered(segments, set())
    return " ".join(s.text for s in [*said, *qualitative(segments, {(s.segment, s.start) for s in said})])


def drafted_note(*said: tuple[str, str], discipline: str = "PT", rule: str = "cms") -> dict[str, str]:
    """The note a daily visit's draft writes of (speaker, text) turns, 6 s apart, as the eval sets' files
    are read (parse, then the drafter with the visit's payer rules)."""
    segments = [
        {"speaker": who, "start": 6.0 * k, "end": 6.0 * k + 5, "text": text}
        for k, (who, text) in enumerate(said)
    ]
    session = {
        "id": "x",
        "discipline": discipline,
        "note_type": "daily",
        "role": discipline,
        "rule": rule,
        "transcript": {"segments": segments},
    }
    return drafted(session, parse(session)).note
