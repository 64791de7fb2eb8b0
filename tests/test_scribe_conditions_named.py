"""The condition the visit is for, as named in it, heads the Subjective: a diagnosis or a surgery named
by the clinician, the patient or a caregiver, in any sentence (a question that takes it as given
included), each once in the words said; a condition denied, asked about, ruled out, feared, someone
else's or named in small talk is none. Phrasings written for these tests, one row a way of saying it."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft
from scribe.statements import conditions_named

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("who", "sentence", "named"),
    [
        # a fracture named by its eponym, in a question that takes it as given
        (
            T,
            "Smith fracture, left wrist, cast off two weeks ago, and the swelling is down?",
            "Smith fracture",
        ),
        # a condition by its ending: -itis, -osis, -algia, -philia, -ism, -oma, dys-
        (T, "So with the plantar fasciitis we keep the load light.", "plantar fasciitis"),
        (T, "With your history of rheumatoid arthritis we go easy on the hands.", "rheumatoid arthritis"),
        (T, "any tingling today with the spinal stenosis", "spinal stenosis"),
        (P, "They finally said it was occipital neuralgia.", "occipital neuralgia"),
        (C, "The hematologist manages his hemophilia.", "hemophilia"),
        (P, "it turned out to be a small schwannoma on the nerve", "small schwannoma"),
        (C, "Her dyspraxia makes the buttons hard.", "dyspraxia"),
        # a surgery named by the part it was done to, or by its ending
        (T, "This is week six after the rotator cuff repair.", "rotator cuff repair"),
        (T, "Two weeks out from the reverse shoulder arthroplasty.", "reverse shoulder arthroplasty"),
        (C, "Since the partial laryngectomy she whispers mostly.", "partial laryngectomy"),
        (T, "after the biceps tenodesis we stay below ninety", "biceps tenodesis"),
        # named by what it is called, in a sentence that also says what comes next
        (T, "okay this is your last visit after the a c d f so were going to retest everything", "a c d f"),
        (T, "The trigger finger is catching less since the injection.", "trigger finger"),
        # "post" is part of a name
        (T, "With the post concussion syndrome we keep the screens short.", "post concussion syndrome"),
        # names that carry no such ending
        (T, "with the sickle cell we keep you hydrated", "sickle cell"),
        (T, "He's here for the Perthes on the right hip.", "Perthes"),
        (T, "discharge today after the acdf", "acdf"),
    ],
)
def test_a_condition_named_is_written(who: str, sentence: str, named: str) -> None:
    segments = turns((T, "Okay, let's get started."), (who, sentence), (T, "Alright."))
    assert named in conditions_named(segments)
    note = draft(segments, discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]
    assert "Condition as named in the visit: " in note and named in note


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        # denied, asked about, ruled out, feared
        (T, "Your x-ray showed no fracture."),
        (T, "Any history of stroke?"),
        (T, "We want to rule out a stress fracture first."),
        (P, "I was worried it was a tumor."),
        (T, "Any numbness, pins-and-needles neuropathy?"),
        # the patient's question asks about one
        (P, "Will I need a knee replacement eventually?"),
        (C, "Could it be juvenile arthritis?"),
        # someone else's
        (P, "My neighbor had a hip fracture last spring."),
        (C, "His grandfather had Parkinson's too."),
        (T, "Is there any family history of gi cancer or liver disease?"),
        (T, "any past medical history of rheumatoid arthritis"),
        # what it could be or come from, as explained: a list to choose among
        (
            T,
            "Some possible causes are certain medications, fatty liver disease, hepatitis, cirrhosis, "
            "and other liver diseases like Wilson's disease.",
        ),
        (T, "That kind of pain can be caused by arthritis or a disc."),
        (T, "Common causes include carpal tunnel syndrome and cubital tunnel syndrome."),
        # a word alone that names no part: "don't strain", "wear and tear"
        (T, "Don't strain, just breathe out."),
        (P, "It's just wear and tear, the doctor says."),
        # words that end like a condition and name none
        (T, "Good, that's the mechanism we want."),
        (T, "We'll mold the custom orthosis today."),
    ],
)
def test_a_condition_not_had_is_not_written(who: str, sentence: str) -> None:
    segments = turns((T, "Okay, let's get started."), (who, sentence), (T, "Alright."))
    assert conditions_named(segments) == []


def test_each_condition_is_written_once_by_its_fullest_name() -> None:
    segments = turns(
        (T, "Bennett fracture of the thumb, pins out last week?"),
        (P, "Yes, and the fracture feels solid."),
        (T, "Good, the Bennett fracture is healing well."),
    )
    assert conditions_named(segments) == ["Bennett fracture"]
