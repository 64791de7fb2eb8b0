"""An answer to a finding asked in the negative that says its no again in a few words of its own ("Right.
No numbness.", "No, nothing like that.", "no falls since") agrees the finding is not there (48412da read
only bare agreements, and eight studied sessions lost a denial: the finding went unwritten); a no of degree
("No more than usual", "no worse") or one that goes on to say what is there ("No, I do have it.", "no no
it's worse") is still no agreement. Table-driven, with rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft
from scribe.statements import agrees_not

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("answer", "agrees"),
    [
        ("Right. No numbness.", True),
        ("No, nothing like that.", True),
        ("no falls since", True),
        ("No. None of that.", True),
        # must not change
        ("Right.", True),
        ("No.", True),
        ("Correct, none.", True),
        ("nope not since tuesday", True),
        ("No, I do have it.", False),
        ("No, it's still there.", False),
        ("No more than usual.", False),
        ("no worse than before", False),
        ("no no it's worse", False),
        ("No, I fell on Sunday.", False),
        ("No, it hurts a lot.", False),
        ("No, there's tingling.", False),
        ("No, I have, twice.", False),
        ("Right, a little in the mornings", False),
        ("Right, just the tingling.", False),
        ("The big toe is still a little numb. The rest, no.", False),
        ("Nothing new.", False),
        ("No idea", False),
        ("No numbness just the heavy feeling", False),
    ],
)
def test_a_no_said_again_in_its_own_words_agrees(answer: str, agrees: bool) -> None:
    assert agrees_not(answer) is agrees


def _subjective(*said: tuple[str, str]) -> str:
    return draft(turns(*said), discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]


def test_the_finding_agreed_away_in_its_own_words_is_written_denied() -> None:
    note = _subjective(
        (T, "And no tingling in the feet?"),
        (P, "No, nothing like that."),
        (T, "Okay, let's get you on the bike."),
    )
    lines = [line for line in note.splitlines() if "tingling" in line.lower()]
    assert lines and all(line.startswith(("Denies", "No ")) for line in lines), note


def test_a_no_that_goes_on_to_say_it_is_there_is_never_a_denial() -> None:
    note = _subjective(
        (T, "You're not having any numbness, right?"),
        (P, "No, I do have it."),
        (T, "Okay, let's get you on the bike."),
    )
    assert "Denies numbness" not in note and "No numbness" not in note, note
