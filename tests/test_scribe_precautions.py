"""A clinician's limits ("no twisting", "no ladders with that hand yet", "no crossing your legs", "don't lift
more than ten pounds") are precautions the patient is given: they go to the plan as said, never to the
note as a finding denied ("No twisting." written among the objective findings). A finding the clinician
says is absent stays a denial ("no swelling at the incision", "with no device"). Table-driven, one kind a
row; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.statements import denials, gives_a_precaution, marked_questions, numbered, qualitative

T, P = "therapist", "patient"


def _denied(*said: tuple[str, str]) -> set[str]:
    return {d.what.lower() for d in denials(marked_questions(turns(*said)))}


def _placed(*said: tuple[str, str]) -> dict[str, str]:
    segments = turns(*said)
    found = numbered(segments, set())
    found += qualitative(segments, {(s.segment, s.start) for s in found})
    return {s.words: s.section for s in found}


LIMITS = [
    # a movement or effort kept from
    ("No bending, no lifting, no twisting.", "twisting"),
    ("Okay, no pulling on that leg when you get him up.", "pulling"),
    ("And no cracking those knuckles.", "cracking"),
    ("so use the reacher no twisting with the trunk", "twisting"),
    ("im thinking twice a week and no crossing your legs when you sit", "crossing"),
    # what is kept from for now
    ("No ladders with that arm yet.", "ladders"),
    ("No scrimmages for two more weeks.", "scrimmages"),
    ("Everybody heals different. No roofs for you yet.", "roofs"),
    ("Half the reps, no box jumps this week.", "box jumps"),
]


@pytest.mark.parametrize(("said", "word"), LIMITS)
def test_a_clinicians_limit_is_no_denial(said: str, word: str) -> None:
    denied = _denied((P, "Okay."), (T, said), (P, "Got it."))
    assert not any(w.startswith(word) for w in denied), denied


@pytest.mark.parametrize(("said", "word"), LIMITS)
def test_a_clinicians_limit_goes_to_the_plan(said: str, word: str) -> None:
    assert gives_a_precaution(T, said)
    placed = _placed((P, "Okay."), (T, said), (P, "Got it."))
    assert any(word in words.lower() and section == "plan" for words, section in placed.items()), placed


@pytest.mark.parametrize(
    "said",
    [
        "Don't lift more than ten pounds for now.",
        "Avoid bending past ninety at the hip until the surgeon says so.",
        "And don't carry anything heavier than a gallon of milk yet.",
    ],
)
def test_a_limit_said_with_dont_goes_to_the_plan(said: str) -> None:
    assert gives_a_precaution(T, said)
    placed = _placed((P, "Okay."), (T, said), (P, "Okay."))
    assert [section for words, section in placed.items() if words[:10] in said or "10" in words] == ["plan"]


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        # what the clinician found absent stays a denial, and no precaution
        ("No swelling at the incision today.", "swelling"),
        ("No redness, no drainage.", "redness"),
        ("Six-minute walk, three hundred meters with no device.", "device"),
        ("No extensor lag today.", "extensor lag"),
        ("No rotation when you make a fist, the finger lines up.", "rotation"),
        ("No swelling for two weeks now, that's great.", "swelling"),
    ],
)
def test_a_finding_the_clinician_found_absent_is_still_denied(said: str, denied: str) -> None:
    assert not gives_a_precaution(T, said)
    assert any(w.startswith(denied) for w in _denied((P, "Okay."), (T, said), (P, "Okay."))), said


@pytest.mark.parametrize(
    "said",
    [
        # a question asks, it sets no limit
        "No bending or twisting at work this week?",
        "Any lifting at home, no lifting at all?",
        # coaching a movement is no precaution
        "Don't lock your knee, keep it soft.",
    ],
)
def test_a_question_or_coaching_is_no_precaution(said: str) -> None:
    assert not gives_a_precaution(T, said)
