"""A finding asked about and answered as resolved ("it stopped", "they went away", "that cleared up") is
denied as of now; one that came back or is still there is not. Phrasings written for these tests."""

import pytest
from transcript_helpers import turns

from scribe.statements import answered_no, denials, marked_questions


@pytest.mark.parametrize(
    ("question", "answer", "denied"),
    [
        ("Any wheezing at night?", "The wheezing stopped once we changed inhalers.", "wheezing"),
        ("How about the headaches?", "They went away after the second week.", "headaches"),
        ("Any clicking in the jaw", "That cleared up.", "clicking"),
        ("and the drooling", "oh the drooling is gone since the new meds", "drooling"),
        ("Any numbness in the fingers?", "Numbness resolved about a month ago.", "numbness"),
    ],
)
def test_a_finding_answered_as_resolved_is_denied(question: str, answer: str, denied: str) -> None:
    assert answered_no(answer)
    found = denials(marked_questions(turns(("therapist", question), ("caregiver", answer))))
    assert any(denied in d.what for d in found)


@pytest.mark.parametrize(
    "answer",
    [
        "It went away but it came back Tuesday.",
        "Gone down a lot, maybe a two.",
        "It stopped for a week, still there at night though.",
    ],
)
def test_a_finding_that_came_back_or_is_still_there_is_not_denied(answer: str) -> None:
    assert not answered_no(answer)
