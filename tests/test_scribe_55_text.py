"""The note's text on speech nobody here wrote (#17): findings asked as alternatives and answered no are
denied in one line as asked ("Denies numbness or tingling in the hand"), the time a question asked of
stays with its denial ("Denies falls since the last visit"), a question put again to the patient by the
person beside them is answered by the turn after, and a question someone asked at home, or a relative's
likeness of how the patient does a task, is relayed, not reported. Table-driven, with rows that must not
change; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.statements import denials, kept_out, marked_questions

T, P, C = "therapist", "patient", "caregiver"


def _lines(*said: tuple[str, str]) -> list[str]:
    return [line for d in denials(marked_questions(turns(*said))) if (line := d.line(True))]


def _whats(*said: tuple[str, str]) -> set[str]:
    return {d.what for d in denials(marked_questions(turns(*said)))}


@pytest.mark.parametrize(
    ("asked", "answer", "lines"),
    [
        ("Any burning or itching at the scar?", "No.", ["Denies burning or itching at the scar"]),
        (
            "Any cramping or twitching in the calf?",
            "Nope, none.",
            ["Denies cramping or twitching in the calf"],
        ),
        ("Any nausea, sweating, or chest tightness?", "No.", ["Denies nausea, sweating or chest tightness"]),
        ("any stiffness or popping in the jaw", "no", ["Denies stiffness or popping in the jaw"]),
        # must not change: a list without "or" is a line each; a pair asked as one screen is one line
        ("Any redness? Any warmth?", "No.", ["Denies redness", "Denies warmth"]),
        ("Any bowel or bladder changes?", "No.", ["Denies bowel or bladder changes"]),
        # must not change: one finding in either of two places is one finding
        ("Any swelling in the ankle or foot?", "No.", ["Denies swelling in the ankle or foot"]),
        # must not change: a finding answered yes is no part of the line
        ("Any cramping or twitching?", "Cramping no, twitching a little.", ["Denies cramping"]),
    ],
)
def test_findings_asked_as_alternatives_are_denied_in_one_line(asked: str, answer: str, lines: list) -> None:
    assert _lines((T, asked), (P, answer)) == lines


def test_each_alternative_is_still_denied_for_what_reads_the_denials() -> None:
    assert _whats((T, "Any cramping or twitching in the calf?"), (P, "No.")) == {
        "cramping",
        "twitching in the calf",
    }


@pytest.mark.parametrize(
    ("asked", "answer", "lines"),
    [
        ("Any falls since your last appointment?", "No falls.", ["Denies falls since the last appointment"]),
        ("Any swelling since Tuesday?", "Nope.", ["Denies swelling since Tuesday"]),
        ("Any headaches this week?", "No, none.", ["Denies headaches this week"]),
        ("Any clicking or catching lately?", "No.", ["Denies clicking or catching lately"]),
        ("Any pain when you chew?", "No.", ["Denies pain when you chew"]),
        ("Any falls since then, Mrs. Alvarez?", "None since.", ["Denies falls since then"]),
        # must not change: a question that asks of no time of its own
        ("Any swelling in the knee?", "No.", ["Denies swelling in the knee"]),
        ("Any tingling?", "No.", ["Denies tingling"]),
        # must not change: a yes denies nothing
        ("Any falls since your last appointment?", "Yes, one on the ice.", []),
    ],
)
def test_the_time_a_question_asks_of_stays_with_its_denial(asked: str, answer: str, lines: list) -> None:
    assert _lines((T, asked), (P, answer)) == lines


@pytest.mark.parametrize(
    ("said", "lines"),
    [
        (
            [(T, "Any dizziness or blurred vision?"), (C, "Mom, dizzy? Blurred vision?"), (P, "No, none.")],
            ["Denies dizziness or blurred vision"],
        ),
        ([(T, "Any chest pain?"), (C, "Papa, chest pain?"), (P, "No.")], ["Denies chest pain"]),
        # must not change: the one beside the patient answering, or saying something of their own
        ([(T, "Any chest pain?"), (C, "No, he hasn't said so."), (P, "No.")], ["Denies chest pain"]),
        ([(T, "Any chest pain?"), (C, "Where is the bathroom?"), (P, "Over there?")], []),
    ],
)
def test_a_question_put_again_by_the_one_beside_the_patient_is_answered_after(
    said: list, lines: list
) -> None:
    assert _lines(*said) == lines


def test_a_finding_asked_whether_it_came_back_is_denied() -> None:
    assert _lines((T, "Any wheezing ever come back?"), (P, "No, never.")) == ["Denies wheezing"]


@pytest.mark.parametrize(
    ("speaker", "sentence", "out"),
    [
        ("patient", "okay sorry she wanted to know if i need milk", True),
        ("caregiver", "He asks if he can mow the lawn this weekend.", True),
        ("patient", "my brother says i throw like a toddler", True),
        # must not change: the patient's own question, and what a relative saw of how the patient is
        ("patient", "I wanted to know if I can mow the lawn yet.", False),
        ("patient", "My daughter says I'm limping more.", False),
        ("caregiver", "His wife says he fell on Sunday.", False),
        ("patient", "my husband says I'm walking faster", False),
        # review of def1a3f: the patient's own report after the relayed question keeps the sentence
        ("patient", "The surgeon wanted to know if my knee still swells at night, and it does.", False),
        ("caregiver", "She asks if the numbness in her foot is normal, it started Tuesday.", False),
        ("patient", "Everyone asks if my knee hurts, and it does, about a six.", False),
        ("patient", "he wanted to know if i need groceries, and i said no", True),
    ],
)
def test_what_is_asked_or_likened_at_home_is_relayed_not_reported(
    speaker: str, sentence: str, out: bool
) -> None:
    assert kept_out(speaker, sentence) is out
