"""A no said after the patient repeats what was asked ("cramping no", "the locking no"), as a recognizer
writes it with no stop between the echo and the no: the answer is a no, the question is marked, and the
finding is denied. An echo is what was asked, never a person or a verb, so "we have no idea" or "there's
no rush" is no denial. Table-driven, one kind per row."""

import pytest
from transcript_helpers import turns

from scribe.statements import answered_no, denials, marked_questions, numbered, qualitative

T = "therapist"


@pytest.mark.parametrize(
    ("answer", "no"),
    [
        ("cramping no", True),
        ("cramping no its more of a pull", True),
        ("the locking no not since the scope", True),
        ("pins and needles no", True),
        ("blurry vision nope", True),
        ("headaches nah", True),
        ("giving way none", True),
        # a person or a verb before the no is no echo of a finding
        ("we have no idea", False),
        ("i have no clue what you mean", False),
        ("there is no rush", False),
        ("theres no way i could", False),
        ("it was no fun", False),
        # the echo said with a yes is not a no
        ("cramping yes at night", False),
        ("yeah cramping no wait it is cramping", False),
    ],
)
def test_an_echo_then_no_is_a_no(answer: str, no: bool) -> None:
    assert answered_no(answer) is no


@pytest.mark.parametrize(
    ("asked", "answer", "denied"),
    [
        ("good keep going any cramping in the calf", "cramping no", "cramping in the calf"),
        ("nice work there ok any locking", "the locking no not since the scope", "locking"),
        ("3 out of 10 ok any blurry vision", "blurry vision nope", "blurry vision"),
        ("and any headaches after the sessions", "headaches nah just tired", "headaches"),
    ],
)
def test_a_finding_asked_and_echoed_with_a_no_is_denied(asked: str, answer: str, denied: str) -> None:
    segments = marked_questions(turns((T, asked), ("patient", answer)))
    assert denied in {d.what for d in denials(segments)}
    # the clinician's question, marked, is not quoted as if the finding were there
    quoted = [s.text for s in numbered(segments, set()) + qualitative(segments, set())]
    question = asked.split(" any ")[-1]
    assert not [q for q in quoted if question in q.lower() and answer not in q], quoted
