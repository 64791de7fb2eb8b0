"""A question put in the negative of the patient to the caregiver ("He hasn't had any falls, has he?",
"She's not having any dizziness, right?", "No falls since last week, Mom?") answered with the caregiver's
agreeing no is the same denial as the patient's, the caregiver's to have said: those asked in the third
person or with the one asked named at the end were read as no question put in the negative, and the denial
went unwritten. Table-driven, with rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.statements import denials

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("question", "answer", "denied"),
    [
        ("She's not having any dizziness, right?", "Right.", "dizziness"),
        ("No falls since last week, Mom?", "No, she's been steady.", "falls"),
        ("No dizziness, Mr. Okafor?", "Nope.", "dizziness"),
        # must not change
        ("He isn't getting any headaches, is he?", "No.", "headaches"),
        ("No falls since last week?", "No.", "falls"),
        ("You're not having any numbness, right?", "Right.", "numbness"),
    ],
)
def test_the_caregivers_agreeing_no_is_the_denial(question: str, answer: str, denied: str) -> None:
    found = [d for d in denials(turns((T, question), (C, answer), (T, "Okay."))) if denied in d.what]
    assert found and all(d.speaker == "caregiver" for d in found), found


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("She's not having any dizziness, right?", "Actually, yes, a little."),
        ("He hasn't had any falls, has he?", "He did, once, on Sunday."),
        ("No falls since last week, Mom?", "No, she fell on Sunday."),
    ],
)
def test_an_answer_that_says_otherwise_is_no_denial(question: str, answer: str) -> None:
    assert not [d for d in denials(turns((T, question), (C, answer), (T, "Okay."))) if d.what in question], (
        answer
    )
