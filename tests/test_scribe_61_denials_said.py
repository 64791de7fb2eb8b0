"""Denials and others' words as the note writes them (#17): a thing done "without locking the brakes" denies no
finding; a no to one body part's pain with another's named after "but"; an answer that bounds its no in time
("not this week"); where a fall was asked about ("at home"); "no fever no cough" to a negative question put as
one line; "His knees are bad." right after naming the husband; a name before "says" first in a sentence.

Rows marked "fails before" failed at 47e50fb; the others guard a neighbour that must not change."""

import pytest
from transcript_helpers import turns

from evals.eval_drafts import drafted
from scribe.statements import agrees_not, denials, marked_questions, unplaced
from scribe.transcript import parse

T, P, C = "therapist", "patient", "caregiver"


def _text(said: tuple[tuple[str, str], ...]) -> str:
    segments = [
        {"speaker": who, "start": 6.0 * k, "end": 6.0 * k + 5, "text": text}
        for k, (who, text) in enumerate(said)
    ]
    session = {
        "id": "x",
        "discipline": "PT",
        "note_type": "daily",
        "role": "PT",
        "rule": "cms",
        "transcript": {"segments": segments},
    }
    note = drafted(session, parse(session)).note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan")).lower()


NOTE = [
    # fails before: "No locking." / "No holding."
    (
        ((T, "The alarm on her wheelchair went off, she tried to stand without locking the brakes."),),
        ["brakes"],
        ["no locking"],
    ),
    (((T, "She did the stairs without holding the rail."),), ["rail"], ["no holding"]),
    # kept: a finding after "without"
    (((P, "I walked to the store without tingling in the fingers."),), ["denies tingling"], []),
    (((P, "I walked to the store without limping."),), ["denies limping"], []),
    # fails before: the knee's pain denied with the back's named after "but"
    (
        ((T, "any pain in the knee"), (P, "no but my back hurts")),
        ["denies pain in the knee", "back"],
        ["pain location: knee"],
    ),
    (  # fails before
        ((T, "Any pain in the knee?"), (P, "Nope, but my shoulder is sore.")),
        ["denies pain in the knee", "shoulder"],
        [],
    ),
    # kept: the exception is of the part asked about, no denial
    (((T, "Any pain in the knee?"), (P, "No, but my knee aches at night.")), [], ["denies pain in the knee"]),
    # fails before: a no bounded in time
    (
        (
            (T, "any falls this week"),
            (P, "no no falls"),
            (T, "any freezing in doorways"),
            (P, "not this week"),
        ),
        ["denies freezing in doorways this week"],
        [],
    ),
    # fails before: where the fall was asked about is kept
    (((T, "Any falls at home?"), (P, "No falls. Not one.")), ["denies falls at home"], []),
    # fails before: two findings asked in the negative, each denied by name
    (((T, "okay good no cough or fever"), (C, "no no fever no cough")), ["denies cough or fever"], []),
    # fails before: the husband's knees
    (
        ((T, "Who lives with you?"), (P, "My husband. His knees are bad. My knees are worse on the stairs.")),
        ["my knees are worse"],
        ["his knees"],
    ),
    # kept: the patient's own, with no one named before
    (((T, "How are the knees?"), (P, "Her knees are fine, mine are bad.")), [], ["denies"]),
    # fails before: a name first in a sentence, before "says"
    (((T, "Any pain today?"), (P, "Nah. Dolores says I look better though.")), ["denies pain"], ["dolores"]),
]


@pytest.mark.parametrize(("said", "written", "never"), NOTE)
def test_the_notes_text(said: tuple[tuple[str, str], ...], written: list[str], never: list[str]) -> None:
    text = _text(said)
    assert all(w in text for w in written), text
    assert not [w for w in never if w in text], text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("Nah. Dolores says I look better though.", "Nah. [name] says I look better though."),  # fails before
        ("Karen said I walk faster.", "[name] said I walk faster."),  # fails before
        ("Everyone says I limp.", "Everyone says I limp."),
        ("Mom says I limp.", "Mom says I limp."),
        ("Doctor said to rest it.", "Doctor said to rest it."),
        ("Nah, Karen comes on weekends.", "Nah, [name] comes on weekends."),
    ],
)
def test_a_name_before_says(text: str, scrubbed: str) -> None:
    assert unplaced(text) == scrubbed


@pytest.mark.parametrize(
    ("answer", "agrees"),
    [
        ("no no fever no cough", True),  # fails before
        ("No, none.", True),
        ("No, I do have it.", False),
        ("no no it's worse", False),
    ],
)
def test_agreeing_no(answer: str, agrees: bool) -> None:
    assert agrees_not(answer) is agrees


def test_not_this_week_is_a_denial_this_week() -> None:  # fails before
    said = marked_questions(turns((T, "any freezing in doorways"), (P, "not this week")))
    assert [d.said for d in denials(said)] == ["freezing in doorways this week"]
