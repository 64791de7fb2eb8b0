"""Facts a therapist expects in the note that carry no number (#17): a condition whose name has no ending
of one (a disease by its eponym alone, a visual field cut, a degeneration or impairment, an arrhythmia,
a cyst, an infection's aftermath, a joint's pain by its name) is named in the visit; a test named by who
made it keeps its name when its result is said beside it. Phrasings written for these tests, typed and as
a recognizer writes them, one row a way of saying it."""

import pytest

from scribe.statements import EPONYM_AFTER, RESULT_BEFORE, conditions_named
from scribe.transcript import Segment

T, P, C = "therapist", "patient", "caregiver"


def _named(who: str, sentence: str) -> list[str]:
    return conditions_named([Segment(0, 0.0, 4.0, who, sentence)])


@pytest.mark.parametrize(
    ("who", "sentence", "named"),
    [
        # a disease by its eponym alone
        (T, "With the Huntington's that mixed texture is tough.", "Huntington's"),
        (C, "the parkinson's has been worse in the mornings", "parkinson's"),
        # a visual field cut, with the words that qualify it
        (
            T,
            "Left homonymous hemianopia, the field cut, so we train the head turn.",
            "Left homonymous hemianopia",
        ),
        # a degeneration and an impairment by their kind
        (
            T,
            "So the macular degeneration is the same, but look how much you're doing.",
            "macular degeneration",
        ),
        (T, "the mild cognitive impairment makes new information slippery", "mild cognitive impairment"),
        # an arrhythmia, a cyst, an infection's aftermath
        (T, "You have the atrial fibrillation, on the blood thinner.", "atrial fibrillation"),
        (T, "so the hand surgeon took out the ganglion three weeks ago", "ganglion"),
        (P, "Since the long COVID I get winded on the stairs.", "long COVID"),
        # a joint's or a region's pain by its name
        (T, "How's the temporomandibular pain this week?", "temporomandibular pain"),
        (T, "So this looks like patellofemoral pain.", "patellofemoral pain"),
        (T, "Cervicogenic, that fits with the neck.", "Cervicogenic"),
        (T, "Ulnar nerve at the wrist, Guyon's canal, from the long rides.", "Guyon's canal"),
    ],
)
def test_condition_without_an_ending_is_named(who: str, sentence: str, named: str) -> None:
    assert named in _named(who, sentence)


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        # denied, asked about or someone else's: none
        (P, "No COVID, I was tested twice."),
        (P, "My mother had Parkinson's for ten years."),
        (T, "If it's atrial fibrillation the cardiologist will call."),
    ],
)
def test_condition_not_had_is_not_named(who: str, sentence: str) -> None:
    assert not _named(who, sentence)


@pytest.mark.parametrize(
    ("before", "after", "a_test"),
    [
        # the result after the name
        ("", "'s is positive.", True),
        ("", " was negative on the left.", True),
        ("", "'s was mildly positive.", True),
        # the result before it
        ("That's a positive ", "'s click.", True),
        ("Positive ", " on the right, negative on the left.", True),
        # a score, a valve, a canal named for someone
        ("Her modified ", " score is 16 out of 25.", True),
        ("I'm putting the ", " valve on.", True),
        # a person: no result, no test word
        ("I saw ", " at the store.", False),
        ("", ", you did great today.", False),
    ],
)
def test_a_test_named_for_someone_is_not_a_person(before: str, after: str, a_test: bool) -> None:
    assert bool(EPONYM_AFTER.match(after) or RESULT_BEFORE.search(before)) is a_test
