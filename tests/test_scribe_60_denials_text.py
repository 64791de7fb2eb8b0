"""The note's text of denials, others' words and an interpreter's turns (#17, blind38-test): a question a
recogniser wrote without stops ("any pain or tingling going down either leg", "any new changes in vision
flashes or lines going wavy"), a change asked of ("Any change in your hearing?" is no "Denies vision"), a no
whose "but" is another person's ("No, but my wife fell last week."), a rating that names pain after a
denied symptom, what a family member noticed of the patient ("My husband says my knee is swelling."), an
interpreter's English for the patient's words, and "Nah", "Mhm" never taken for a name. Rows marked "must
not change" read as they did before."""

import pytest

from evals.eval_drafts import drafted
from scribe.statements import interpreted, unplaced
from scribe.transcript import Segment, parse


def _subjective(*turns: tuple[str, str]) -> str:
    segments = [
        {"speaker": who, "start": 5.0 * k, "end": 5.0 * k + 4, "text": text}
        for k, (who, text) in enumerate(turns)
    ]
    session = {
        "id": "x",
        "discipline": "PT",
        "note_type": "daily",
        "role": "PT",
        "rule": "cms",
        "transcript": {"segments": segments},
    }
    return drafted(session, parse(session)).note.get("subjective", "")


T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("turns", "written", "never"),
    [
        (
            [(T, "any pain or tingling going down either leg"), (P, "nah")],
            "Denies pain or tingling going down either leg.",
            "",
        ),
        (
            [(T, "any pain or tingling going down either leg"), (P, "nope not really")],
            "Denies pain or tingling going down either leg.",
            "",
        ),
        ([(T, "any numbness in both hands"), (P, "no")], "Denies numbness in both hands.", ""),
        (
            [(T, "any new changes in vision flashes or lines going wavy"), (P, "no nothing new")],
            "flashes",
            "",
        ),
        (
            [(T, "Any change in your hearing?"), (P, "No, the hearing is okay.")],
            "Denies change in your hearing.",
            "",
        ),
        ([(T, "Any changes in vision?"), (P, "No.")], "Denies changes in vision.", "Denies vision"),
        ([(T, "Any falls since last time?"), (P, "No, but my wife fell last week.")], "Denies falls", ""),
        ([(T, "Any numbness?"), (P, "No. Just the knee pain, like a 4.")], "pain 4/10", "numbness 4/10"),
        ([(T, "How is the knee?"), (P, "My husband says my knee is swelling.")], "my knee is swelling", ""),
        ([(T, "Okay."), (P, "My daughter noticed my ankle is swollen at night.")], "my ankle is swollen", ""),
        ([(T, "Any dizziness?"), ("interpreter", "She says no.")], "Denies dizziness.", ""),
        (
            [
                (T, "What brings you here?"),
                (P, "Tôi hay bị té. Hai lần rồi."),
                (C, "I fall often. Two times already."),
            ],
            'Patient reports: "I fall often."',
            "Caregiver",
        ),
        (
            [(T, "Any dizziness when you stand up?"), (P, "Không chóng mặt."), (C, "No dizziness.")],
            "Denies dizziness.",
            "Không",
        ),
        (
            [(T, "Did the brace help?"), (P, "Okay so, Mhm, Nah, it helped with my back pain.")],
            "Nah",
            "[name]",
        ),
        # must not change
        ([(T, "Any trouble sleeping?"), (P, "No.")], "Denies trouble sleeping.", ""),
        ([(T, "Any trouble swallowing?"), (P, "Nope.")], "Denies trouble swallowing.", ""),
        ([(T, "Any falls?"), (P, "No, but my knee gave out once.")], "gave out once", "Denies falls"),
        ([(T, "Any pain?"), (P, "No, but my left knee is sore.")], "my left knee is sore", "Denies pain"),
        ([(T, "Okay."), (P, "My husband says his knee is swelling.")], "", "swelling"),
        ([(T, "Any family history?"), (P, "My mom had a stroke.")], "", "stroke"),
        ([(T, "Any dizziness?"), (C, "She says no.")], "Denies dizziness.", ""),
        ([(T, "Does it hurt?"), (C, "Yes, she says her knee hurts.")], "", "Patient reports"),
        ([(T, "Dizziness zero to ten?"), (P, "A three.")], "dizziness 3/10", ""),
    ],
)
def test_the_note_says_what_was_denied_and_whose_it_is(
    turns: list[tuple[str, str]], written: str, never: str
) -> None:
    note = _subjective(*turns)
    assert written in note, note
    if never:
        assert never not in note, note


@pytest.mark.parametrize(
    ("name", "text", "kept"),
    [
        ("a no", "Yep, Nope, Mhm, Nah, it helped.", "Nah"),
        # must not change
        ("a yes", "Okay, Mhm, Yup, that one.", "Mhm"),
        ("a name said to", "Thanks, Harold, that helps.", "[name]"),
    ],
)
def test_a_spoken_yes_or_no_is_no_name(name: str, text: str, kept: str) -> None:
    assert kept in unplaced(text), name


def test_an_interpreters_english_is_the_patients_and_their_own_words_theirs() -> None:
    said = [
        Segment(0, 0, 4, T, "Did you fall?"),
        Segment(1, 5, 9, P, "Sí, me caí dos veces."),
        Segment(2, 10, 14, C, "Yes, I fell two times."),
        Segment(3, 15, 19, P, "Không đau."),
        Segment(4, 20, 24, C, "She says no pain."),
        Segment(5, 25, 29, C, "I'm the interpreter, number 412."),
    ]
    out = interpreted(said)
    assert [s.speaker for s in out] == [T, P, P, P, C, C]
    assert out[1].text.strip() == "" and len(out[1].text) == len(said[1].text)
    # must not change: the patient's English, a caregiver after the clinician
    plain = [Segment(0, 0, 4, T, "Any pain?"), Segment(1, 5, 9, P, "No."), Segment(2, 10, 14, C, "I agree.")]
    assert interpreted(plain) == plain
