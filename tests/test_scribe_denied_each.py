"""Denials a recognizer's run-on hides: the finding asked after the clinician's acknowledgement of the
answer before ("worse at night okay redness" / "redness no"), findings asked together and answered each on
its own ("dizziness headaches" / "dizziness a little headaches no": only the headaches are denied), and what
has not happened since a time ("he hasn't dropped a cup since the splint"). Table-driven, one kind per row;
the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.statements import denials, marked_questions

T, P, C = "therapist", "patient", "caregiver"


def _denied(*said: tuple[str, str]) -> dict[str, str]:
    return {d.what: d.line(True) for d in denials(marked_questions(turns(*said)))}


@pytest.mark.parametrize(
    ("asked", "answer", "denied"),
    [
        (
            "stiff in the morning and worse at night okay redness",
            "redness no its more pale than anything",
            "redness",
        ),
        ("so the stairs are slow right numbness", "numbness nope", "numbness"),
        ("the grip is weaker good swelling in the wrist", "swelling no", "swelling in the wrist"),
    ],
)
def test_a_finding_asked_after_an_acknowledgement_is_denied(asked: str, answer: str, denied: str) -> None:
    assert denied in _denied((T, "how does it feel in the morning"), (P, "stiff"), (T, asked), (P, answer))


@pytest.mark.parametrize(
    ("asked", "answer", "denied", "not_denied"),
    [
        ("dizziness headaches", "dizziness a little headaches no", "headaches", "dizziness"),
        ("cramping swelling", "cramping yeah at night swelling nope", "swelling", "cramping"),
        ("any burning or tingling", "burning sometimes tingling no", "tingling", "burning"),
    ],
)
def test_findings_answered_each_on_its_own(asked: str, answer: str, denied: str, not_denied: str) -> None:
    found = _denied((T, asked), (P, answer))
    assert denied in found
    assert not any(not_denied in what for what in found)


@pytest.mark.parametrize(
    ("asked", "answer", "denied"),
    [
        # each finding with its own no after it, in a recognizer's run-on answer
        ("any numbness or swelling still", "numbness no swelling no", ("numbness", "swelling")),
        ("any dizziness or headaches", "dizziness no headaches nope", ("dizziness", "headaches")),
        ("calf pain or numbness", "calf pain, no numbness", ("numbness",)),
    ],
)
def test_each_no_after_its_finding_denies_it(asked: str, answer: str, denied: tuple[str, ...]) -> None:
    found = _denied((T, asked), (P, answer))
    assert all(any(what in said for said in found) for what in denied), found
    if len(denied) == 1:
        assert not any("calf" in said for said in found)


@pytest.mark.parametrize(
    ("said", "line"),
    [
        ("He hasn't dropped a cup since the new splint.", "Has not dropped a cup since the new splint"),
        ("She hasn't left the door unlocked since we got the alarm.", "since we got the alarm"),
        ("And he hasn't had a fall since August.", "Has not had a fall since August"),
    ],
)
def test_what_has_not_happened_since_a_time_is_denied(said: str, line: str) -> None:
    assert any(line in written for written in _denied((T, "How's the week been?"), (C, said)).values())


@pytest.mark.parametrize(
    "said",
    [
        "I haven't seen her since March.",
        "We haven't been to the lake since June.",
        "She hasn't called me since the funeral.",
    ],
)
def test_who_was_not_seen_since_is_no_denial(said: str) -> None:
    assert _denied((T, "How's the week been?"), (C, said)) == {}


def test_a_rating_asked_after_an_acknowledgement_is_no_finding_denied() -> None:
    found = _denied(
        (T, "and the surgery was the next day okay so pain today zero to ten"),
        (P, "zero at rest maybe a two after work"),
    )
    assert not any("pain" in what for what in found)


@pytest.mark.parametrize(
    ("asked", "answer", "denied", "present"),
    [
        # a finding with its own answer after it is present; the no before it is the finding before's
        ("any numbness or swelling still", "numbness no swelling a little", "numbness", "swelling"),
        ("any numbness or swelling still", "numbness no swelling some", "numbness", "swelling"),
        ("tingling or cramping", "tingling nope cramping yes", "tingling", "cramping"),
        ("any dizziness or headaches", "dizziness no headaches a bit", "dizziness", "headaches"),
        ("any numbness or swelling", "no numbness swelling a little bit", "numbness", "swelling"),
    ],
)
def test_a_finding_with_its_own_answer_is_present(asked: str, answer: str, denied: str, present: str) -> None:
    found = _denied((T, asked), (P, answer))
    assert any(denied in said for said in found), found
    assert not any(present in said for said in found), found


@pytest.mark.parametrize(
    ("asked", "answer", "denied"),
    [
        # a no opening the clause right before the finding is its own: the yes after it confirms it
        ("so no swelling today", "no swelling yeah", "swelling"),
        # an amount that does not end the clause may be the next thing's ("no swelling, a little stiff")
        ("any swelling", "no swelling a little stiff", "swelling"),
    ],
)
def test_a_no_said_to_the_finding_itself_still_denies_it(asked: str, answer: str, denied: str) -> None:
    assert any(denied in said for said in _denied((T, asked), (P, answer)))
