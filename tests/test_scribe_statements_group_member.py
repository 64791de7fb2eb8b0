"""In a group, the note's patient is the member the patient's own turns answer ("Mrs. Lindgren, you sit on
the end" / "On my bad side."), never a member the patient speaks of ("Go Gladys, she keeps us honest"),
even where another member is spoken to more often: what is said to the others ("Gladys, you got 29 of 40")
stays out of the note. Table-driven, one kind per row; the phrasings are this file's own."""

import pytest
from transcript_helpers import quoted, turns

from scribe.statements import addressed

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("said", "patient", "other_said"),
    [
        (
            [
                (T, "Okay everyone, welcome to group. Mrs. Ortiz, you take the end seat today."),
                (P, "Fine by me."),
                (T, "Ruth, you go first. Ruth, you got 31 of 40 on the sheet."),
                (P, "Way to go Ruth."),
                (T, "You found 36 of 40 today."),
            ],
            "Ortiz",
            "31 of 40",
        ),
        (
            [
                (T, "Welcome to balance group, everyone. Walter, you're in front of the mirror."),
                (P, "I see myself, hello."),
                (T, "Mr. Khan, you held 12 seconds. Mr. Khan, nice work. Mr. Khan, you can sit."),
                (P, "Mr. Khan is a natural."),
                (T, "Walter, you held 20 seconds on foam."),
            ],
            "Walter",
            "12 seconds",
        ),
    ],
)
def test_the_patient_is_the_member_the_patient_answers(
    said: list[tuple[str, str]], patient: str, other_said: str
) -> None:
    segments = turns(*said)
    found = addressed(segments)
    assert patient in found.names
    assert other_said not in quoted(segments).replace("/", " of ")
