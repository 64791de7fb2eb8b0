"""What is said in a visit but must stay out of its note (#17, blind39-dev): a line the patient or a
caregiver asks to have written and the clinician turns down, the clinician's talk of what a block was filed
or billed under (and the code taken back), the building's alarms, and another's health (a relative's body
said of "he" or "she" right after naming them, a caregiver's own hip). The patient's own findings said
beside them, the help the patient is given, a request the clinician agrees to and the clinician's plan
stay."""

import pytest

from evals.eval_drafts import drafted
from scribe.off_record import off_record
from scribe.transcript import Segment, parse

T, P, C = "therapist", "patient", "caregiver"


def _note(*turns: tuple[str, str]) -> str:
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
    note = drafted(session, parse(session)).note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


# Each written into the note before: never there now.
KEPT_OUT = [
    (
        (
            (T, "How was the week?"),
            (P, "Good. I did all my exercises every day. Put that down, that I did all my exercises."),
            (T, "I can't put that, you told me you skipped three days. I write what you tell me."),
        ),
        ["did all my exercises"],
    ),
    (
        (
            (T, "How is work going?"),
            (P, "I can't work at all. Tell them I can't work."),
            (T, "I won't write that. I can only write what we measure here."),
        ),
        ["can't work"],
    ),
    (
        (
            (T, "Step-ups, three sets of ten."),
            (P, "Done."),
            (T, "I was going to put the step-ups under balance training."),
            (T, "Actually no, those were strengthening, so therapeutic exercise, not balance training."),
            (T, "Twelve minutes of therapeutic exercise."),
        ),
        ["not balance", "under balance"],
    ),
    (
        (
            (T, "That was ten minutes of gait training."),
            (T, "wait i wrote the stairs under self care too so it got counted twice"),
            (T, "take it out of self care so self care stays eight and gait is the ten"),
        ),
        ["counted twice", "take it out"],
    ),
    (
        (
            (T, "I almost coded the bike as gait, but it was exercise."),
            (T, "Ten minutes of exercise on the bike."),
        ),
        ["coded", "as gait"],
    ),
    (
        (
            (T, "okay oh thats the smoke alarm"),
            (P, "is that us"),
            (T, "no somebody burned toast in the staff kitchen but we have to go out"),
            (P, "okay"),
        ),
        ["burned toast", "smoke alarm"],
    ),
    (
        (
            (T, "hear that?"),
            (P, "is it a fire"),
            (T, "no the alarm's from the kitchen on the second floor, we stay put unless they call it"),
            (P, "okay"),
        ),
        ["kitchen"],
    ),
    (
        (
            (T, "We walked out for the fire drill, 200 feet with the walker, no rest break."),
            (P, "I made it."),
        ),
        ["fire drill"],
    ),
    (
        (
            (T, "Who lives with you?"),
            (P, "Just my son. He has a bad back, he can't lift much."),
        ),
        ["bad back"],
    ),
    (
        (
            (T, "Anyone at home?"),
            (P, "My wife. She's got a bad hip, she walks with a cane."),
        ),
        ["bad hip", "cane"],
    ),
    (
        (
            (T, "Who helps you at home?"),
            (C, "Me. Honestly my hip hurts after getting him into the car."),
        ),
        ["hip hurts", "Pain location: hip"],
    ),
]


@pytest.mark.parametrize(("turns", "never"), KEPT_OUT)
def test_kept_out_of_the_note(turns: tuple[tuple[str, str], ...], never: list[str]) -> None:
    text = _note(*turns).lower()
    assert not [w for w in never if w.lower() in text], text


# Judged as before: the patient's own finding beside a refused request, a request agreed to, the speaker's
# own writing, a task's own burnt toast, a bed alarm, the help given, the patient's own knees, the plan,
# the walk out for a drill with its distance, a service named against one not done.
STAYS = [
    (
        (
            (T, "Pain today?"),
            (P, "My knee pain was 3 out of 10 this morning. Write that down, that I'm ready to drive."),
            (T, "I can't write that. Driving is for your doctor."),
        ),
        ["3/10"],
        ["ready to drive"],
    ),
    (
        (
            (T, "How was the week?"),
            (P, "I walked to the mailbox and back every day this week. Put that in the note."),
            (T, "Sure, that's great progress, I'll put it in."),
        ),
        ["mailbox"],
        [],
    ),
    (
        (
            (T, "How's the home program?"),
            (P, "I'll write that down so I remember. I did the exercises twice a day."),
            (T, "Good, twice a day is right."),
        ),
        ["twice a day"],
        [],
    ),
    (
        (
            (T, "How is she doing at home?"),
            (C, "She's totally dependent now. Make sure the note says she needs help with everything."),
            (T, "I can't write that; today she dressed her upper body with supervision."),
        ),
        ["supervision"],
        ["needs help with everything"],
    ),
    (
        (
            (T, "Now make the toast, and watch the dial."),
            (P, "Oops."),
            (T, "You burned the toast a little, you needed a reminder to turn the dial down."),
        ),
        ["burned the toast"],
        [],
    ),
    (
        ((T, "Any falls?"), (C, "No, but the bed alarm went off twice last night when he got up alone.")),
        ["bed alarm"],
        [],
    ),
    (
        ((T, "Who lives with you?"), (P, "My husband. He helps me dress in the morning.")),
        ["helps me dress"],
        [],
    ),
    (
        ((T, "Who lives with you?"), (P, "My daughter. My knees are worse on the stairs this week.")),
        ["knees are worse"],
        [],
    ),
    (((T, "Next visit we'll add step-ups to the exercise program."),), ["step-ups"], []),
    (
        (
            (T, "We walked out for the fire drill, 200 feet with the walker, no rest break."),
            (P, "I made it."),
        ),
        ["200 feet"],
        [],
    ),
    (((T, "Gait training was twelve minutes, not the bike today."),), ["12 minutes"], []),
    # a caregiver's own operation named after their knee is theirs, whole sentence, never the patient's
    (
        (
            (T, "How's he been?"),
            (C, "Oh, and I had my own knee done, the ACL, so I've been limping next to him."),
        ),
        [],
        ["acl"],
    ),
    # a caregiver's "No, I didn't hit my head" answering what was asked of the patient: denied as before
    (
        (
            (T, "Did he hit his head when he fell?"),
            (C, "No, I didn't hit my head. My son helped me up."),
        ),
        ["hit his head"],
        [],
    ),
]


@pytest.mark.parametrize(("turns", "written", "never"), STAYS)
def test_stays_in_the_note(turns: tuple[tuple[str, str], ...], written: list[str], never: list[str]) -> None:
    text = _note(*turns).lower()
    assert all(w.lower() in text for w in written), text
    assert not [w for w in never if w.lower() in text], text


def test_blanking_keeps_every_position() -> None:
    said = "Fine. I'm ready to drive. Write that down, that I'm ready to drive."
    segments = [
        Segment(0, 0.0, 4.0, P, said),
        Segment(1, 5.0, 9.0, T, "I can't write that. Driving is for your doctor."),
    ]
    blanked = off_record(segments)
    assert len(blanked[0].text) == len(said)
    assert blanked[0].text.strip() == "Fine."
    assert blanked[1] is segments[1]
