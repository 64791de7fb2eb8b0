"""Minutes as the treating clinician settles them: a range then the figure chosen, a later correction,
another clinician's own minutes in a co-treatment, and a service named
only as the cause of a symptom. Phrasings are this file's own."""

import pytest

from scribe.services import find
from scribe.transcript import Segment

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

T, P = "therapist", "patient"


def minutes(*said: tuple[str, str], discipline: str = "PT", note_type: str = "daily") -> dict[str, int]:
    segments = [Segment(i, i * 6.0, i * 6.0 + 5.0, who, text) for i, (who, text) in enumerate(said)]
    return find(segments, discipline=discipline, note_type=note_type).minutes


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a range, then the figure settled in the same breath
        ([(T, "Gait training on the ramp, six to eight minutes, say seven.")], {"97116": 7}),
        ([(T, "Ther ex was fifteen, sixteen minutes, we'll say sixteen.")], {"97110": 16}),
        ([(T, "The bike and the band rows, ten, twelve minutes, eleven by the timer.")], {"97110": 11}),
        ([(T, "Manual to the neck, nine or ten, call it ten.")], {"97140": 10}),
        # a correction in a later turn replaces the earlier figure
        (
            [
                (T, "Manual to the thoracic spine was twelve minutes."),
                (P, "It felt shorter than that."),
                (T, "Then the rows and the wall slides, ther ex eighteen minutes."),
                (T, "Scratch that on the manual, it was only nine, the phone rang."),
            ],
            {"97140": 9, "97110": 18},
        ),
    ],
)
def test_the_settled_figure_sets_the_minutes(said: list[tuple[str, str]], expected: dict[str, int]) -> None:
    assert minutes(*said) == expected


def test_a_co_treating_clinicians_own_minutes_are_not_this_notes() -> None:
    said = [
        (T, "Hi, I'm Dev from PT, I'll do his standing balance first and then he's all yours."),
        (T, "Okay, that's my ten minutes of balance, I'll put it on my side."),
        (T, "Thanks Dev. Now the dressing practice with the reacher and the sock aid, sixteen minutes."),
    ]
    assert minutes(*said, discipline="OT") == {"97535": 16}
    handed = [
        (T, "I'm Lena from OT, I'll take her for the bathroom transfers, that's fourteen for the OT note."),
        (T, "Back with me. Gait training with the rollator, thirteen minutes."),
    ]
    assert minutes(*handed, discipline="PT") == {"97116": 13}


def test_a_service_named_as_a_cause_is_not_done() -> None:
    said = [
        (T, "Any soreness in the neck? Some folks get that from the traction."),
        (T, "Okay, ther ex today, the chin tucks and the rows, twelve minutes."),
    ]
    found = find(
        [Segment(i, i * 6.0, i * 6.0 + 5.0, who, text) for i, (who, text) in enumerate(said)],
        discipline="PT",
        note_type="daily",
    )
    assert found.minutes == {"97110": 12}
    assert "97012" not in found.untimed
