"""A clinician's aside inside a clinical sentence stays out of the quote: a question or the week's news with
nothing clinical in it, between or after the measures ("Hip abduction is 4 minus, how was the wedding, and
adduction 4"), or a remark before the clinician goes back to the work with "okay" (as a recognizer writes a
run-on). What is left out is marked "..."; a sentence with no aside, or with nothing clinical left, is as
said. Table-driven, one kind per row; the phrasings are this file's own."""

import pytest
from transcript_helpers import quoted, turns

from scribe.statements import clinical_part

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("sentence", "kept", "gone"),
    [
        # a question of the week's news between two measures
        (
            "Hip abduction is 4 minus, how was the wedding Saturday, and adduction 4.",
            "adduction 4",
            "wedding",
        ),
        (
            "Elbow flexion 130, tell him that's a great Yankees cap, and extension zero.",
            "extension zero",
            "Yankees",
        ),
        # a question run on after the measure, with "um" before it
        ("pain's a two now um did you see the parade downtown", "pain's a two now", "parade"),
        (
            "and on the stairs you lead with the good leg uh how did the kids like the aquarium",
            "good leg",
            "aquarium",
        ),
        # a remark before "okay" and the work
        (
            "ugh the printer jammed again okay stand tall so single leg stance is nine seconds on the left",
            "nine seconds",
            "printer",
        ),
    ],
)
def test_an_aside_is_left_out_of_the_clinician_s_sentence(sentence: str, kept: str, gone: str) -> None:
    part = clinical_part(T, sentence)
    assert kept in part and gone not in part and "..." in part


@pytest.mark.parametrize(
    "sentence",
    [
        "Okay, squeeze, good, grip is 20 pounds.",
        "Knee flexion is 100, and she says the stairs at home are easier.",
        "three out of ten okay any tingling in the fingers",
        # nothing clinical would be left: judged whole by the other rules
        "How was the wedding, did you dance?",
    ],
)
def test_a_sentence_with_no_aside_is_as_said(sentence: str) -> None:
    assert clinical_part(T, sentence) == sentence


def test_the_note_quotes_the_measures_and_not_the_aside() -> None:
    note = quoted(
        turns(
            (T, "Shoulder flexion is 95 degrees, how did the grandkids like the circus, and abduction 80."),
            (P, "They loved it."),
        )
    )
    assert "95 degrees" in note and "80" in note and "circus" not in note


def test_a_word_that_begins_like_a_finding_names_none() -> None:
    # "scarf" is no scar
    assert quoted(turns((T, "Tell him that's a sharp scarf, by the way."), (P, "Thanks."))) == ""
