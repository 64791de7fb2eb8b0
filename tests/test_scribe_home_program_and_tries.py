"""What a clinician says of the home program ("keep doing the home sheet, the calf raises and the towel
stretch", "You don't need to do those here, just keep doing them at home: side planks ...") and how many
tries a task took ("You opened it on the third try") are kept in the note as said. Table-driven over the
drafted note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _note(*said: tuple[str, str]) -> str:
    note = draft(turns(*said), discipline="PT", note_type="daily", role="PT", rule="cms").note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


KEPT = [
    ("keep those on and keep doing the home sheet the calf raises and the towel stretch", "towel stretch"),
    (
        "You don't need to do those here, just keep doing them at home: side planks, clamshells and the wall sit.",
        "side planks",
    ),
    ("Keep doing the bridges at home, two sets of ten.", "bridges"),
    ("You opened it on the third try.", "third try"),
    ("He got the zipper started on his second attempt.", "second attempt"),
    ("She found the word on her fourth try with a first-sound cue.", "fourth try"),
]


@pytest.mark.parametrize(("sentence", "words"), KEPT)
def test_kept_as_said(sentence: str, words: str) -> None:
    assert words in _note((T, sentence))


NOT_KEPT = [
    ("We'll skip the ultrasound today, it didn't help last time.", "ultrasound"),
    ("Keep your back flat. Breathe out.", "back flat"),
]


@pytest.mark.parametrize(("sentence", "words"), NOT_KEPT)
def test_not_kept(sentence: str, words: str) -> None:
    assert words not in _note((T, sentence))
