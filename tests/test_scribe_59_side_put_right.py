"""A side the clinician said wrong and the patient put right is never the patient's (#17, am_ot04): "how is
the right elbow" / "the left its the left elbow" / "sorry the left elbow" kept "the right elbow" in the note.
The wrong side is blanked where the next turn opens with the other side and the clinician owns it after."""

import pytest

from evals.eval_drafts import drafted
from scribe.transcript import parse


def _note(*turns: tuple[str, str]) -> str:
    segments = [
        {"speaker": who, "start": 5.0 * k, "end": 5.0 * k + 4, "text": text}
        for k, (who, text) in enumerate(turns)
    ]
    session = {
        "id": "x",
        "discipline": "OT",
        "note_type": "daily",
        "role": "OT",
        "rule": "cms",
        "transcript": {"segments": segments},
    }
    note = drafted(session, parse(session)).note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("turns", "written", "never"),
    [
        (
            (
                (T, "hi mister novak how is the right elbow"),
                (P, "the left its the left elbow"),
                (
                    T,
                    "sorry the left elbow i had your chart open to the other side let me fix that left elbow",
                ),
            ),
            "left elbow",
            "right elbow",
        ),
        (
            (
                (T, "How is the right knee today?"),
                (P, "The left, it's the left knee."),
                (T, "Oh, sorry, the left knee. Any swelling?"),
                (P, "No."),
            ),
            "Denies swelling.",
            "right knee",
        ),
        # must not change: a right agreed, an instruction questioned and kept
        (
            (
                (T, "Which side is worse, the right?"),
                (P, "Right, the right is worse."),
                (T, "Okay, right it is."),
            ),
            "the right is worse",
            "",
        ),
        (
            (
                (T, "Any pain in the right elbow?"),
                (P, "Yes, the right elbow hurts when I lift."),
                (T, "Okay, the right elbow then."),
            ),
            "right elbow",
            "",
        ),
    ],
)
def test_a_side_put_right_is_not_the_patients(
    turns: tuple[tuple[str, str], ...], written: str, never: str
) -> None:
    note = _note(*turns)
    assert written in note, note
    if never:
        assert never not in note, note
