"""The scribe's review marks: a sentence it could only quote ('Patient reports: "the knee gave out twice"
(as said; review)') is marked for the clinician to check. A signed note is what the clinician attests,
so it carries no mark: before signing, each marked sentence is edited (the mark deleted with it) or the
signer accepts them as written, and the version signed is the same text without the marks (the marked
version is kept, as every version is)."""

import re
from collections.abc import Collection, Mapping, Sequence

from core.words import counted

MARK = "(as said; review)"
SECTIONS = ("subjective", "objective", "assessment", "plan")

_MARK = re.compile(r"[ \t]*\(as said; review\)")
# What the scribe writes before its mark (scribe.statements): a question and its answer, a person's
# report, a precaution, or a bare quote.
_QUOTED = re.compile(
    r'(?:Asked: "[^"\n]*" \w+ answers: |\w+ reports: |Precautions: )?"[^"\n]*"[ \t]*\(as said; review\)'
)


def marked_sentences(text: str) -> list[str]:
    """Each sentence of `text` that carries the mark, as it reads without it."""
    found, at = [], 0
    for mark in _MARK.finditer(text):
        quoted = None
        for match in _QUOTED.finditer(text, at, mark.end()):
            if match.end() == mark.end():
                quoted = match
        start = quoted.start() if quoted else max(text.rfind("\n", at, mark.start()) + 1, at)
        sentence = text[start : mark.start()].strip(" \t")
        if sentence:
            found.append(sentence)
        at = mark.end()
    return found


def marks_in(sections: Mapping[str, str]) -> list[str]:
    """The marked sentences of a note's sections, in the note's order."""
    return [sentence for name in SECTIONS for sentence in marked_sentences(sections.get(name) or "")]


def without_marks(text: str) -> str:
    """The text as signed once its marked sentences are accepted as written."""
    return _MARK.sub("", text)


def unresolved_marks(
    marks: Sequence[str], accepted: Collection[str], *, accept_all: bool = False
) -> list[str]:
    """The marked sentences the signer has neither accepted as written nor edited (an edited sentence
    carries no mark, so it is not in `marks`), in the note's order."""
    if accept_all:
        return []
    said = {" ".join(sentence.split()) for sentence in accepted}
    return [sentence for sentence in marks if " ".join(sentence.split()) not in said]


def unresolved_words(unresolved: Sequence[str]) -> str:
    """The refusal as the signer reads it, naming each line still to check."""
    quoted = "; ".join(unresolved)
    them = "it" if len(unresolved) == 1 else "each"
    return (
        f"{counted(len(unresolved), 'sentence')} of the draft still marked '{MARK}', neither accepted nor "
        f"edited: {quoted}. Accept {them} as written, or edit {them}, before signing"
    )
