"""What a speaker takes back is not said: of two numbers around a correction ("pain six, sorry, five",
"four plus, no wait, four minus") only the second is kept, and a finding followed by "let me change that"
or "scratch that" is blanked. Every position is kept (evidence points into the transcript). Table-driven,
one kind per row; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.extract import extract
from scribe.statements import denials, marked_questions, unsaid

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("said", "kept", "gone"),
    [
        ("pain six, sorry, five", "five", "six"),
        ("strength four plus, no wait, four minus", "four minus", "plus"),
        ("flexion one twenty, scratch that, one twenty five", "one twenty five", "scratch"),
        ("it's a seven I mean a six out of ten", "a six out of ten", "seven"),
        ("grip 40 pounds, correction, 45 pounds", "45 pounds", "40"),
        ("ten reps make that twelve reps", "twelve reps", "ten"),
        ("hepatosplenomegaly yes let me i will change that one", "", "hepatosplenomegaly"),
        ("the skin is dry. reports dizziness, scratch that", "the skin is dry.", "dizziness"),
    ],
)
def test_what_is_taken_back_is_blanked(said: str, kept: str, gone: str) -> None:
    out = unsaid(said)
    assert len(out) == len(said)
    assert kept in " ".join(out.split())
    assert gone not in out


@pytest.mark.parametrize(
    "said",
    [
        "pain six, sorry about the wait",  # no number after the marker
        "hold ten, wait for it, then relax",
        "sorry I'm late, the pain is a five",
        "two or three times a day",
        "sets of ten, I mean it, no cheating",
        # a unit said after the first figure only: both kept, as said (the services read their own corrections)
        "Manual twelve minutes, correction, fourteen, I forgot the glides.",
        "Neuro re-ed nine minutes, scratch that, eleven.",
    ],
)
def test_no_correction_blanks_nothing(said: str) -> None:
    assert unsaid(said) == said


@pytest.mark.parametrize(
    ("said", "value", "not_value"),
    [
        ("my pain is six out of ten, sorry, five out of ten", "5/10", "6/10"),
        ("it's like a seven, no wait, a four", "4/10", "7/10"),
        ("maybe a three I mean a two", "2/10", "3/10"),
    ],
)
def test_only_the_corrected_rating_is_a_fact(said: str, value: str, not_value: str) -> None:
    facts = extract(turns((T, "pain today zero to ten"), (P, said)))
    rated = {f.value for f in facts if f.kind == "pain"}
    assert value in rated and not_value not in rated, rated


def test_a_finding_taken_back_leaves_the_denial_before_it() -> None:
    heard = marked_questions(
        turns(
            (T, "your abdomen is soft with no swelling"),
            (T, "swelling yes let me change that one"),
        )
    )
    assert "swelling" not in heard[1].text
    assert any(d.what == "swelling" for d in denials(heard))
