"""Treatment with a speech-generating (AAC) device (#17, blind34 ak_slp02 / ak_slp14): 92609 is in the code
reference (untimed, SLP treatment), and a visit that worked with the device stays billed as speech-language
treatment (92507, PRODUCT.md's list; the keys of earlier sets bill it so) with a line naming 92609 for the
clinician; a late talker, a picture board, a device put off to later get no such line."""

import pytest
from transcript_helpers import turns

from core.billing.reference import codes
from scribe.services import find

T = "therapist"


def test_speech_generating_device_code():
    aac = codes()["92609"]
    assert (aac.timed, aac.disciplines, aac.kind) == (False, frozenset({"SLP"}), "treatment")
    assert "speech-generating device" in aac.description
    # must not change
    assert not codes()["92507"].timed and codes()["97113"].timed


@pytest.mark.parametrize(
    ("said", "named"),
    [
        (
            [
                (T, "Hi Ruth, hi Frank. Ready to practice with the talker?"),
                (T, "Tell Frank how you feel today using the talker."),
                (T, "In ten tries at requests, she got eight with no cues."),
            ],
            True,
        ),
        (
            [
                (T, "hi greg hi linda lets work on the eye gaze device today"),
                (T, "in ten tries he selected the right button eight times that is eighty percent"),
            ],
            True,
        ),
        ([(T, "ha not the bath so the a a c device the tablet with the core words")], True),
        ([(T, "Hi Mr. Okoye. Today we keep setting up the speech tablet.")], True),
        # must not change: no device worked with at this visit
        (
            [
                (
                    T,
                    "So she's met her goals for the late talker program. Speech work today was on two-word phrases.",
                )
            ],
            False,
        ),
        ([(T, "We'll add a picture board too, so he can ask for things. Language work on requests.")], False),
        (
            [
                (
                    T,
                    "Later, a communication device. Not now, but it's good to plan ahead. Speech drills today.",
                )
            ],
            False,
        ),
        (
            [
                (T, "We thought about the speech-generating app, but we'll hold off."),
                (T, "Articulation drills today."),
            ],
            False,
        ),
        ([(T, "liam can be the listener not the talker. Language work on the bus cards.")], False),
    ],
)
def test_speech_generating_device_named_for_review(said, named):
    found = find(turns(*said), discipline="SLP", note_type="daily")
    assert found.untimed == ["92507"]
    assert any(w.startswith("92609:") for w in found.warnings) is named
