"""A clinician's sentence of findings that ends on what someone else does ("..., medication management is
dependent, your wife does it all") is kept; the patient told to ask someone ("Ask your daughter about a grab
bar") is the plan's; someone else's own story stays out. A patient reciting the limits asked about ("Are you
remembering your hip precautions?" / "No bending past ninety, no twisting") writes no Denies line.
Table-driven over the drafted note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _note(*said: tuple[str, str]) -> str:
    note = draft(turns(*said), discipline="OT", note_type="daily", role="OT", rule="cms").note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


KEPT = [
    (
        "Showering is supervision, dressing is set-up, medication management is dependent, your wife does it all.",
        "medication management is dependent",
    ),
    ("Toileting is min assist, his son helps at night.", "min assist"),
    ("Ask your daughter about a grab bar by the toilet.", "grab bar"),
]


@pytest.mark.parametrize(("sentence", "words"), KEPT)
def test_kept_as_said(sentence: str, words: str) -> None:
    assert words in _note((T, sentence))


NOT_KEPT = [
    ("My mother had a hip replacement too, she did great.", "hip replacement"),
    ("Her brother has the same thing, he's in a wheelchair now.", "wheelchair"),
]


@pytest.mark.parametrize(("sentence", "words"), NOT_KEPT)
def test_someone_elses_story_stays_out(sentence: str, words: str) -> None:
    assert words not in _note((T, sentence))


RECITED = [
    [
        (T, "Are you remembering your hip precautions?"),
        (P, "No bending past ninety, no crossing my legs, no twisting."),
    ],
    [(T, "What are your restrictions?"), (P, "No lifting over ten pounds and no pushing.")],
    [(T, "Tell me the sternal precautions."), (P, "No pushing up with my arms, no pulling.")],
]


@pytest.mark.parametrize("said", RECITED)
def test_limits_recited_are_no_denials(said: list[tuple[str, str]]) -> None:
    note = _note(*said)
    assert not [x for x in note.splitlines() if x.startswith("Denies")], note
