"""What the review of stop 57's scribe changes found (#17), each its input and what the draft must do:
a no that goes on to date, count or tell what happened takes itself back (no denial); a question put in
the negative of someone else ("She's not having any fever now, right?") answered by the patient is no
denial of the patient's; eye gaze as a skill, a communication book's pages, or a device that is not
working or away name no speech-generating device; "fixes" as in holds is no orthosis adjustment. With rows
that must not change."""

import pytest
from transcript_helpers import turns

from scribe.services import find
from scribe.statements import agrees_not, denials

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("answer", "agrees"),
    [
        ("No, it happened Saturday.", False),
        ("No, on Saturday in the kitchen.", False),
        ("No, I tripped Monday.", False),
        ("No, my wife had to catch me.", False),
        ("No, yesterday.", False),
        ("No, occasionally.", False),
        ("No, a couple this week.", False),
        ("No, one yesterday.", False),
        # must not change
        ("No. The doctor listened Monday, clear.", True),
        ("None. Coffee, water, fine.", True),
        ("No, I don't think I get those.", True),
        ("No, I caught the doorframe both times.", True),
        ("No, the new liner fixed that.", True),
        ("No, none since last week.", True),
        ("No.", True),
    ],
)
def test_a_no_that_dates_or_counts_the_finding_is_no_agreement(answer: str, agrees: bool) -> None:
    assert agrees_not(answer) is agrees


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        (
            [
                (P, "My wife had the flu last week."),
                (T, "She's not having any fever now, right?"),
                (P, "No."),
            ],
            False,
        ),
        (
            [
                (P, "My son has migraines."),
                (T, "He's not getting headaches anymore?"),
                (P, "No, not lately."),
            ],
            False,
        ),
        # must not change: the caregiver answers of the patient
        ([(T, "She's not having any dizziness, right?"), (C, "Right.")], True),
        ([(T, "He isn't getting any headaches, is he?"), (C, "No.")], True),
        ([(T, "You're not having any fever, right?"), (P, "No.")], True),
    ],
)
def test_a_question_of_someone_else_answered_by_the_patient_is_no_denial(said, denied: bool) -> None:
    what = {"fever", "headaches", "dizziness"}
    found = [d for d in denials(turns(*said, (T, "Okay."))) if any(w in d.what for w in what)]
    assert bool(found) is denied, found


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ([(T, "Good eye gaze to the picture cards today, eight of ten.")], False),
        (
            [(T, "He made eye gaze with me for joint attention during play. Picture board for requests.")],
            False,
        ),
        ([(T, "Let's turn to her communication pages in the binder.")], False),
        ([(T, "Her communication device isn't working so we used the picture board today.")], False),
        ([(T, "Mom says the eye gaze device is still at the vendor, so we used picture cards.")], False),
        # must not change
        ([(T, "hi greg hi linda lets work on the eye gaze device today")], True),
        ([(T, "Hi Mr. Okoye. Today we keep setting up the speech tablet.")], True),
        ([(T, "Tell Frank how you feel today using the talker.")], True),
    ],
)
def test_no_speech_generating_device_without_one_worked_with(said, named: bool) -> None:
    found = find(turns(*said), discipline="SLP", note_type="daily")
    assert any(w.startswith("92609:") for w in found.warnings) is named


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            [(T, "The splint fixes the wrist in extension. Therapeutic exercise twelve minutes.")],
            {"97110": 12},
        ),
        # must not change
        ([(T, "The splint fix took ten minutes.")], {"97763": 10}),
        ([(T, "Brace check and adjustment, eight minutes.")], {"97763": 8}),
    ],
)
def test_a_splint_that_fixes_a_joint_is_no_adjustment(said, minutes) -> None:
    found = find(turns(*said), discipline="OT", note_type="daily")
    assert found.minutes == minutes
    if "97763" not in minutes:
        assert not any(w.startswith("97763") or "fixes" in w for w in found.warnings), found.warnings
