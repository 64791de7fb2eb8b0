"""A figure corrected in a later sentence of its own, in the same turn or the speaker's next, is taken back:
only the corrected value reaches the note ("pain is a six ... actually more like a four"). A later figure
of another time, side or kind, or a sentence that says more than the new figure, takes nothing back.
Table-driven; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft
from scribe.statements import corrected_later

T, P = "therapist", "patient"


def _note(*said: tuple[str, str]) -> str:
    d = draft(turns(*said), discipline="PT", note_type="daily", role="PT", rule="cms")
    return "\n".join(d.note[k] for k in ("subjective", "objective", "assessment", "plan"))


@pytest.mark.parametrize(
    ("said", "kept", "gone"),
    [
        # the same turn, a sentence later
        ([(T, "Where's your pain at?"), (P, "It's a seven. Actually, more like a five.")], "5/10", "7/10"),
        ([(T, "Pain scale?"), (P, "Eight out of ten. Hmm, no, I'd say a six.")], "6/10", "8/10"),
        # the next turn, after the clinician's echo of the first figure
        ([(T, "Pain today?"), (P, "Three."), (T, "Three?"), (P, "Sorry, no, a two.")], "2/10", "3/10"),
        # a measure re-read by the clinician
        ([(T, "Elbow flexion is 120 degrees. Sorry, let me look again, 125 degrees.")], "125", "120"),
        ([(T, "Hip abduction measured 30 degrees. Correction, 25 degrees.")], "25", "30"),
    ],
)
def test_the_later_figure_wins(said: list[tuple[str, str]], kept: str, gone: str) -> None:
    note = _note(*said)
    assert kept in note
    assert gone not in note


@pytest.mark.parametrize(
    "said",
    [
        # another time, not a correction
        [(P, "It was a six last week. Actually, a three.")],
        # the same figure said again
        [(P, "Pain's a four. Actually, a four.")],
        # another unit
        [(T, "Grip 30 pounds. Actually 12 seconds.")],
        # the correcting sentence says more than the new figure
        [(P, "My pain is a five. Actually my neighbour says hers is a nine.")],
        # another speaker's figure, not the speaker's own
        [(T, "You did ten reps."), (P, "Actually, twelve.")],
        # no correction word at all
        [(P, "Pain is a six. The stairs are hard.")],
    ],
)
def test_nothing_is_taken_back(said: list[tuple[str, str]]) -> None:
    segments = turns(*said)
    assert [s.text for s in corrected_later(segments)] == [s.text for s in segments]


def test_positions_are_kept() -> None:
    segments = turns((P, "Pain is a six. Well, actually more like a four."))
    out = corrected_later(segments)
    assert len(out[0].text) == len(segments[0].text)
    assert "six" not in out[0].text and "four" in out[0].text
