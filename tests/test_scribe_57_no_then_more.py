"""A no said alone to a finding asked in the negative, then more words that say nothing of the finding there
("No. The doctor listened Monday, clear.", "None. Coffee, water, fine.", "No, I don't think I get those.",
"No, I caught the doorframe both times.") agrees the finding is not there: 48412da read such answers as no
agreement and the denial went unwritten. A further clause still takes the agreement back where it says the
finding is there ("No, I do have it.", "no no it's worse", "No, there's tingling."), says when or how much
("No, just at night.") or names a finding. Table-driven, with rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft
from scribe.statements import agrees_not

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("answer", "agrees"),
    [
        ("No. The doctor listened Monday, clear.", True),
        ("None. Coffee, water, fine.", True),
        ("No, I don't think I get those.", True),
        ("No, I caught the doorframe both times.", True),
        ("No, I'm fine.", True),
        ("No, there's none.", True),
        ("No, I've never had that.", True),
        # must not change
        ("No.", True),
        ("No, it's gone.", True),
        ("No, nothing like that.", True),
        ("No, I do have it.", False),
        ("No, it's still there.", False),
        ("no no it's worse", False),
        ("No, there's tingling.", False),
        ("No, I fell on Sunday.", False),
        ("No, it hurts a lot.", False),
        ("No, I have, twice.", False),
        ("No, a few times.", False),
        ("No, just at night.", False),
        ("No, mostly in the mornings.", False),
        ("No, it comes and goes.", False),
        ("No. Well, the knee aches.", False),
        ("No, the numbness.", False),
        ("No, why?", False),
        ("No. Not avoiding now. Sometimes I want, but I don't.", False),
        ("Right, just the tingling.", False),
        ("Nothing new.", False),
        ("No idea", False),
        ("No numbness just the heavy feeling", False),
    ],
)
def test_a_no_said_alone_then_more_agrees_unless_the_more_says_it_is_there(answer: str, agrees: bool) -> None:
    assert agrees_not(answer) is agrees


def _subjective(*said: tuple[str, str]) -> str:
    return draft(turns(*said), discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]


@pytest.mark.parametrize(
    ("question", "answer", "word"),
    [
        ("No falls to the floor?", "No, I caught the doorframe both times.", "falls"),
        ("No pain when you swallow?", "None. Coffee, water, fine.", "pain"),
    ],
)
def test_the_finding_agreed_away_with_more_words_is_written_denied(
    question: str, answer: str, word: str
) -> None:
    note = _subjective((T, question), (P, answer), (T, "Okay, let's get you on the bike."))
    lines = [line for line in note.splitlines() if word in line.lower()]
    assert lines and any(line.startswith(("Denies", "No ")) for line in lines), note


def test_a_no_then_the_finding_there_is_never_a_denial() -> None:
    note = _subjective(
        (T, "You're not having any numbness, right?"),
        (P, "No, it's still there."),
        (T, "Okay, let's get you on the bike."),
    )
    assert "Denies numbness" not in note and "No numbness" not in note, note
