"""The clinician directing an exercise, a functional task or a test in everyday words ("Then the suitcase
carry", "now wipe the counter with the dishcloth", "let's start with the MoCA", "keep doing the bands at
home") is quoted into the note: it is what was done in the visit. The same everyday words (a kitchen, a
towel, a passage, a carry) in what a patient or caregiver says are judged as before, and so are the
clinician's questions and what was weighed and not done."""

import pytest

from scribe.statements import qualitative
from scribe.transcript import Segment

THERAPIST, PATIENT, CAREGIVER = "therapist", "patient", "caregiver"
T, P, C = THERAPIST, PATIENT, CAREGIVER


def _quoted(speaker: str, said: str) -> list[str]:
    segments = [
        Segment(0, 0.0, 1.0, THERAPIST, "Okay, let's get going."),
        Segment(1, 1.0, 2.0, speaker, said),
    ]
    return [s.words for s in qualitative(segments, set()) if s.segment == 1]


# The clinician naming what is done in the visit, or given for home: quoted.
QUOTED = [
    (T, "Next the farmer carry down the hall and back."),
    (T, "Okay, now the prone Ts and Ys on the mat."),
    (T, "Then wall slides, nice and slow."),
    (T, "Now wipe the counter with the washcloth, big circles."),
    (T, "Let's put the plates up on the top shelf."),
    (T, "Grab the laundry basket and carry it to the bed."),
    (T, "Today we're going to make a sandwich in the kitchen."),
    (T, "First, set the timer on the microwave."),
    (T, "We're starting with the MoCA today."),
    (T, "Please read the Caterpillar passage out loud."),
    (T, "Okay, the TheraBite next, hold it open."),
    (T, "Keep doing the doorway stretch at home, morning and night."),
    (T, "Keep up the band work at home."),
    (T, "At home, keep narrating while you cook with him."),
    (T, "Let's practice the car transfer with the simulator."),
    (T, "Time for the tandem walk along the line."),
]

# Patients' and caregivers' news in the same everyday words, and the clinician's questions or what was
# weighed and not done: not quoted by this rule.
NOT_QUOTED = [
    (P, "We finally finished remodeling the kitchen."),
    (P, "I made grilled cheese for the grandkids on Sunday."),
    (C, "She bought a new microwave at the store."),
    (P, "My sister gave me a fancy timer for my birthday."),
    (C, "We watched the game on the couch with a sandwich."),
    (T, "Did you get a chance to fix the kitchen cabinets?"),
    (T, "I thought about the paraffin, but your skin is too fragile, so not today."),
    (T, "We'll skip the paraffin today."),
    (T, "We talked about a stove alarm; not needed now that you check the knobs."),
    (T, "I discussed the tub transfer bench with her, but it's not needed yet."),
]


@pytest.mark.parametrize(("speaker", "said"), QUOTED)
def test_directed_task_quoted(speaker: str, said: str) -> None:
    assert _quoted(speaker, said)


@pytest.mark.parametrize(("speaker", "said"), NOT_QUOTED)
def test_everyday_words_not_quoted(speaker: str, said: str) -> None:
    assert not _quoted(speaker, said)
