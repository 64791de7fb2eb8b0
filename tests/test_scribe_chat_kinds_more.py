"""Small talk of four more kinds stays out of the note, the report beside it stays in: the patient asking
after their own looks with no question mark ("is my hair still purple under the lights"), "one" said of a
thing chosen and written in digits ("the dinosaur one"), a pet knocking a thing over ("my cat knocked my
phone in the toilet"), and a contest won ("he won a spelling bee trophy last year"). Table-driven over the
drafted note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P, C = "therapist", "patient", "caregiver"


def _note(*said: tuple[str, str]) -> str:
    note = draft(turns(*said), discipline="SLP", note_type="daily", role="SLP", rule="cms").note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan")).lower()


KEPT_OUT = [
    ([(T, "Okay, stand tall for me."), (P, "is my hair still green under these lights")], "green"),
    ([(T, "Stand on the foam now."), (P, "does my shirt look purple to you")], "shirt"),
    ([(T, "Pick a card from the pile."), (P, "the dinosaur one")], "dinosaur"),
    ([(T, "Which book do you want?"), (P, "that big one.")], "big"),
    ([(T, "Okay, squeeze the putty."), (P, "My dog knocked my coffee off the table, by the way.")], "coffee"),
    ([(T, "Now the pegs."), (P, "The cat pulled the curtain down again last night.")], "curtain"),
    (
        [(T, "Okay, good work today."), (C, "He won a spelling bee trophy last year, he's so proud.")],
        "spelling",
    ),
    ([(T, "Nice job on the sentences."), (P, "i won the science fair in my class")], "science fair"),
]


@pytest.mark.parametrize(("said", "word"), KEPT_OUT)
def test_small_talk_stays_out(said: list[tuple[str, str]], word: str) -> None:
    assert word not in _note(*said)


KEPT_IN = [
    # a pet that hurt the patient is the patient's report
    ([(T, "What happened to the hand?"), (P, "The dog pulled me over on the walk.")], "pulled me over"),
    ([(T, "Any falls?"), (P, "My cat knocked me off balance on the stairs, no fall though.")], "off balance"),
    # a level said in digits is a measure, not a pronoun
    ([(T, "Which liquids now?"), (P, "Still the IDDSI level one.")], "iddsi"),
    # a rating said as "a one" is a rating
    ([(T, "Any headache?"), (P, "Headache's a one today.")], "headache"),
    # a rating that opens the answer, after a word that answered the question
    ([(T, "How's the knee?"), (P, "It's good. A one, sometimes a two after hiking.")], "a 1, sometimes a 2"),
    # the patient asking of their own body, answered yes, is a report
    (
        [(T, "Let's look at the scar."), (P, "is my scar still red?"), (T, "Yes, a little red at the top.")],
        "red",
    ),
]


@pytest.mark.parametrize(("said", "word"), KEPT_IN)
def test_the_report_beside_it_stays(said: list[tuple[str, str]], word: str) -> None:
    assert word in _note(*said)
