"""Denials as a recognizer writes them, lower case and with no stops: "so no tingling" / "no there's tingling"
wrote "Denies tingling" (the punctuated "No, there's tingling." is a report), and "he hasn't had any falls has
he" / "no" wrote "Denies falls has he". A clause that says the finding is there after a bare no, and a
question put in the negative asked by its tag alone, read as they do with their stops. Table-driven, with
rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P, C = "therapist", "patient", "caregiver"


def _subjective(*said: tuple[str, str]) -> str:
    note = draft(
        turns(*said, (T, "okay lets get you on the bike")),
        discipline="PT",
        note_type="daily",
        role="PT",
        rule="cms",
    ).note
    return note["subjective"] + "\n" + note["objective"]


@pytest.mark.parametrize(
    ("said", "present", "absent"),
    [
        (((T, "so no tingling"), (P, "no there's tingling")), "Reports tingling", "Denies"),
        (((T, "so no tingling?"), (P, "no theres tingling")), "Reports tingling", "Denies"),
        (((T, "so no headaches"), (P, "nope i have some headaches")), "headaches", "Denies"),
        (((T, "he hasn't had any falls has he"), (C, "no")), "Denies falls.", "has he"),
        (((T, "you havent had any dizziness have you"), (P, "no")), "Denies dizziness.", "have you"),
        # must not change
        (((T, "So no tingling?"), (P, "No, there's tingling.")), "Reports tingling", "Denies"),
        (((T, "So no tingling?"), (P, "No.")), "Denies tingling", "Reports tingling"),
        (((T, "so no tingling"), (P, "no there's no tingling")), "Denies tingling", "Reports tingling"),
        (((T, "He hasn't had any falls, has he?"), (C, "No.")), "Denies falls.", "has he"),
        (((T, "any numbness"), (P, "no")), "Denies numbness.", "Reports numbness"),
    ],
)
def test_a_recognizers_denial_reads_as_the_punctuated_one(
    said: tuple[tuple[str, str], ...], present: str, absent: str
) -> None:
    note = _subjective(*said)
    assert present in note and absent not in note, note
