"""Transcripts written as tables in the scribe's tests: turns said one after another, and what the
statements drafter quotes of them."""

from scribe.statements import numbered, qualitative
from scribe.transcript import Segment


def turns(*said: tuple[str, str]) -> list[Segment]:
    """(speaker, text) pairs as segments 5 s apart, each 4 s long."""
    return [Segment(i, i * 5.0, i * 5.0 + 4.0, who, text) for i, (who, text) in enumerate(said)]


def quoted(segments: list[Segment]) -> str:
    """The sentences the note quotes as said: the numbered ones, then the qualitative ones."""
    said = numbered(segments, set())
    return " ".join(s.text for s in [*said, *qualitative(segments, {(s.segment, s.start) for s in said})])
