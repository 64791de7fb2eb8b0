"""One reader of 0-10 ratings (`scribe.extract.ratings`), each rating written once in the note with the
words said beside it, and a muscle grade only where its measure is named or asked (#17)."""

import re

import pytest

from scribe.draft import draft
from scribe.extract import extract, ratings
from scribe.transcript import Segment


def _turns(*turns: tuple[str, str]) -> list[Segment]:
    return [
        Segment(index=i, start=float(i), end=i + 1.0, speaker=who, text=text)
        for i, (who, text) in enumerate(turns)
    ]


def _note(*turns: tuple[str, str]) -> str:
    result = draft(_turns(*turns), discipline="PT", note_type="daily", role="PT", rule="cms")
    return "\n".join(result.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


@pytest.mark.parametrize(
    "asked, answer, expected",
    [
        (
            "On a scale of zero to ten, how's the pain?",
            "about a four out of ten today, it was a six last week",
            [("pain", "4/10", "today"), ("pain", "6/10", "last week")],
        ),
        ("Pain today?", "five outta ten", [("pain", "5/10", "")]),
        ("How's the shoulder feel?", "like a 5", [("shoulder pain", "5/10", "")]),
        ("Pain zero to ten?", "a five-ish", [("pain", "5/10", "")]),
        (
            "What's your pain, zero to ten?",
            "two at rest and three with fast walking",
            [("pain", "2/10", "at rest"), ("pain", "3/10", "with fast walking")],
        ),
        # as a recogniser writes it: lower case, no stop
        ("any pain today zero to ten", "four out of ten", [("pain", "4/10", "")]),
        ("Pain zero to ten?", "A three when I grip something.", [("pain", "3/10", "when I grip something")]),
        # another rating asked is named as the note names it, not written as pain
        ("How tired are you, zero to ten?", "A solid six.", [("fatigue", "6/10", "")]),
        ("Pain zero to ten?", "Nope, but I did 2 loads of laundry.", []),
    ],
)
def test_ratings_as_people_say_them(asked: str, answer: str, expected: list[tuple[str, str, str]]) -> None:
    found = ratings(_turns(("therapist", asked), ("patient", answer)))
    assert [(f.text, f.value, f.said) for f in found] == expected


def test_the_clinicians_own_rating_is_read_where_pain_is_named() -> None:
    found = ratings(
        _turns(("patient", "It's the knee again."), ("therapist", "She says it hurts, 3 out of 10."))
    )
    assert [f.value for f in found] == ["3/10"]


@pytest.mark.parametrize(
    "turns",
    [
        (("therapist", "Pain zero to ten?"), ("patient", "A three when I grip something.")),
        (
            ("therapist", "How's the pain, zero to ten?"),
            ("patient", "Four out of ten."),
            ("therapist", "Okay, four out of ten. Let's start."),
        ),
        (("therapist", "Pain today?"), ("patient", "five outta ten")),
        (
            ("therapist", "Pain zero to ten?"),
            ("patient", "about a four out of ten today, it was a six last week"),
        ),
        (("therapist", "How tired are you, zero to ten?"), ("patient", "A solid six.")),
    ],
)
def test_a_note_never_holds_the_same_rating_twice(turns: tuple[tuple[str, str], ...]) -> None:
    note = _note(*turns)
    figures = re.findall(r"(?<![\d/])(\d+)/10\b", note) + re.findall(r"\b[Aa] (\d+)\b", note)
    assert figures, note
    assert len(figures) == len(set(figures)), note


def test_the_rating_is_written_with_the_words_said_beside_it() -> None:
    note = _note(("therapist", "Pain zero to ten?"), ("patient", "Two at rest and three with fast walking."))
    assert "2/10 at rest" in note and "3/10 with fast walking" in note


@pytest.mark.parametrize(
    "turns, graded",
    [
        ((("patient", "My doctor told me 4 out of 5 doctors recommend the surgery."),), False),
        ((("patient", "Three out of five days I walk the dog."),), False),
        ((("therapist", "Quads are four out of five on the left."),), True),
        ((("therapist", "Manual muscle test, hip abduction 4 minus out of 5."),), True),
        (
            (
                ("therapist", "How strong is the hip when you push against me?"),
                ("therapist", "Four out of five."),
            ),
            True,
        ),
        ((("therapist", "How many of your friends agree?"), ("patient", "Four out of five.")), False),
    ],
)
def test_a_grade_needs_its_measure_named_or_asked(turns: tuple[tuple[str, str], ...], graded: bool) -> None:
    facts = extract(_turns(*turns))
    assert any(f.kind == "strength_grade" for f in facts) == graded
    assert ("Strength 4/5" in _note(*turns)) is False or graded
