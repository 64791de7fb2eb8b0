"""A "no" that names no finding writes no denial line in the draft: a count said before a no ("Three steps,
no rail."), a word taken back ("tat no cat", "the trout no the bass"), "oh no" said in sympathy, and the
patient taking up a "no <thing>" the clinician just said ("use a cup no straw" / "no straw okay"). A
finding asked and answered no, or denied in so many words, stays a denial. Table-driven over the drafted
note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P, C = "therapist", "patient", "caregiver"


def _note(*said: tuple[str, str]) -> str:
    note = draft(turns(*said), discipline="SLP", note_type="daily", role="SLP", rule="cms").note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


def _denial_lines(note: str) -> list[str]:
    return [x for x in note.splitlines() if x.startswith(("Denies", "No "))]


NOT_DENIED = [
    # a count said before the no: what there is, the no is another thing's
    (
        [(T, "So the steps into the house are the hard part then."), (C, "Four steps, no rail at all.")],
        "steps",
    ),
    ([(T, "How many pillows at night?"), (P, "Two pillows, no more than that.")], "pillows"),
    # a word said, then taken back with a no between
    ([(T, "say the first sound again"), (P, "doat no goat")], "goat"),
    ([(T, "what did you have for lunch"), (P, "the the soup no the salad salad")], "salad"),
    ([(T, "and who drove you today"), (P, "my my brother no the neighbor")], "neighbor"),
    # "oh no" of sympathy, then a farewell
    ([(C, "the storm took the fence down last night"), (T, "oh no see you friday")], "see you"),
    ([(P, "my car got towed again"), (T, "oh no okay same time thursday")], "same time"),
    # the patient taking up a "no <thing>" the clinician just said in a statement
    ([(T, "small bites and sip from the cup no straw"), (C, "no straw okay")], "straw okay"),
    ([(T, "keep it on the counter no tray"), (P, "no tray got it")], "tray got"),
]


@pytest.mark.parametrize(("said", "word"), NOT_DENIED)
def test_a_no_that_names_no_finding_writes_no_denial(said: list[tuple[str, str]], word: str) -> None:
    lines = _denial_lines(_note(*said))
    assert not any(word in x.lower() for x in lines), lines


DENIED = [
    # a finding asked, answered no
    ([(T, "Any numbness in the hand?"), (P, "No.")], "numbness"),
    ([(T, "any coughing with drinks"), (P, "no coughing not since december")], "coughing"),
    # a finding named with a no, after a word before it
    ([(T, "How was the week?"), (P, "Pretty good, no headaches since Monday.")], "headaches"),
    ([(T, "any trouble at meals"), (P, "fine no choking")], "choking"),
    # "oh no" before a finding's name stays a denial of it
    ([(T, "Any dizziness this week?"), (P, "Oh no, no dizziness at all.")], "dizziness"),
    # the clinician's question of a finding, taken up by a no of the same finding
    ([(T, "Any swelling?"), (P, "no swelling okay")], "swelling"),
]


@pytest.mark.parametrize(("said", "word"), DENIED)
def test_a_finding_said_no_to_stays_denied(said: list[tuple[str, str]], word: str) -> None:
    lines = _denial_lines(_note(*said))
    assert any(word in x.lower() for x in lines), lines
