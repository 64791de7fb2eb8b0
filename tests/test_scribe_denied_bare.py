"""Denials of questions a recognizer wrote as a bare phrase or that the answer does not echo: a finding
named with where or when it comes on, no "?" and no "any" ("cramping in the calf at night" / "nope"), a
finding asked with "ever" ("has she ever had shingles"), a reminder that it was said before ("the popping,
you told me about it last time?"), and the answer's echo naming when it comes on ("clicking when chewing
no"). Table-driven, one kind per row; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.statements import denials, marked_questions

T, P, C = "therapist", "patient", "caregiver"


def _denied(*said: tuple[str, str]) -> dict[str, str]:
    return {d.what: d.line(True) for d in denials(marked_questions(turns(*said)))}


@pytest.mark.parametrize(
    ("asked", "answer", "denied"),
    [
        ("cramping in the calf at night", "nope not for a couple weeks", "cramping"),
        ("tingling or pins and needles over the shin", "tingling no just sore", "tingling"),
        ("stiffness in the knuckles first thing in the day", "not really since the new splint", "stiffness"),
        ("swelling around the ankle by the evening", "thats gone now since i keep it up", "swelling"),
        ("redness along the incision line today", "never had any of that", "redness"),
    ],
)
def test_a_finding_put_as_a_phrase_and_answered_no_is_denied(asked: str, answer: str, denied: str) -> None:
    said = _denied((T, "okay lets look at the leg"), (P, "sure"), (T, asked), (P, answer))
    assert any(w.startswith(denied) for w in said), said


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        # a clause, not a phrase: the clinician says what was so
        ("the swelling in the ankle was down a lot today", "no it felt better"),
        # a verdict said with the phrase, not asked
        ("and cramping in the calf on the long walks, not an issue now", "nope all good"),
        # answered yes
        ("cramping in the calf at night", "yeah a couple times"),
        # a no said later, after the answer names what is so
        ("cramping in the calf at night", "it happens sometimes but no not every night"),
    ],
)
def test_a_phrase_not_answered_no_or_not_a_question_is_not_denied(said: str, answer: str) -> None:
    assert not any(
        w.startswith("swelling") or w.startswith("cramping") for w in _denied((T, said), (P, answer))
    )


@pytest.mark.parametrize(
    ("asked", "answer", "who", "denied"),
    [
        ("Has she ever had shingles?", "Never, thank goodness.", C, "shingles"),
        ("Have you recently had any chest pain?", "No, none of that.", P, "chest pain"),
        (
            "And the catching when you reach up, last week you brought it up?",
            "No, that's gone.",
            P,
            "catching",
        ),
        (
            "And the popping when you squat, you told me about it last time?",
            "No, that's settled down.",
            P,
            "popping",
        ),
        (
            "The headaches after screen time, last visit you mentioned them?",
            "Nope, not since the glasses.",
            P,
            "headaches",
        ),
    ],
)
def test_a_question_answered_no_without_the_word_is_denied(
    asked: str, answer: str, who: str, denied: str
) -> None:
    assert denied in _denied((T, asked), (who, answer))


@pytest.mark.parametrize(
    ("asked", "answer", "denied"),
    [
        ("any clicking when chewing", "clicking when chewing no not lately", "clicking when chewing"),
        ("any choking with thin liquids", "choking with thin liquids nope", "choking with thin liquids"),
    ],
)
def test_the_answers_echo_says_when_it_comes_on(asked: str, answer: str, denied: str) -> None:
    assert denied in _denied((T, asked), (P, answer))


@pytest.mark.parametrize(
    "said",
    [
        # a speaker correcting herself (blind20-dev v_ot05, v_pt04 wrote "No wait." as a denial)
        "Joint mobs on the knuckle, that was fifteen minutes, no wait, that was twelve.",
        "manual on the upper neck fifteen minutes no wait that was nine not fifteen",
        # a patient's banter (v_ot03 wrote "Denies promises.")
        "Ha. No promises.",
    ],
)
def test_a_correction_or_banter_is_no_denial(said: str) -> None:
    denied = _denied((T, "okay"), (P, said)) | _denied((T, said), (P, "okay"))
    assert not any(w.lower().startswith(("wait", "promise")) for w in denied), denied


@pytest.mark.parametrize(
    ("before", "said", "word"),
    [
        # the patient taking up a limit the clinician just set (blind20-dev v_ot05 wrote "Denies walls.",
        # v_pt06 "Denies roofs.")
        ("And we are not punching anything.", "No walls. I learned.", "walls"),
        ("No trampolines for you yet.", "No trampolines. Got it.", "trampolines"),
        ("Don't carry the laundry basket with that arm.", "No laundry, fine by me.", "laundry"),
    ],
)
def test_a_patient_taking_up_a_limit_denies_nothing(before: str, said: str, word: str) -> None:
    denied = _denied((T, before), (P, said))
    assert not any(w.lower().startswith(word) for w in denied), denied


@pytest.mark.parametrize(
    ("who", "said", "word"),
    [
        # a count read out is no finding (v_slp01 wrote "No five." from "zero of five")
        (T, "With the chin tuck, zero of five.", "five"),
        (T, "Cued recall was zero of three.", "three"),
        # a phrase cut where a preposition waits for the rest (v_pt01: "Denies shot for.")
        (P, "yeah he said no shot for now", "shot"),
    ],
)
def test_a_no_of_no_finding_is_no_denial(who: str, said: str, word: str) -> None:
    other = P if who == T else T
    denied = _denied((other, "okay"), (who, said))
    assert not any(w.lower().startswith(word) for w in denied), denied


@pytest.mark.parametrize(
    ("before", "said", "denied"),
    [
        # a finding stays denied after a limit is set, and after a statement with no question
        ("Don't lift the grandkids yet.", "No swelling since Friday though.", "swelling"),
        ("And we are not running this week.", "No numbness in the foot at all.", "numbness"),
        ("Okay, that's the last set.", "No pain with that one.", "pain"),
    ],
)
def test_a_finding_said_after_a_limit_is_still_denied(before: str, said: str, denied: str) -> None:
    assert any(w.startswith(denied) for w in _denied((T, before), (P, said)))
