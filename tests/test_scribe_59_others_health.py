"""Someone else's health kept out of the patient's note (#17, blind36/blind37): "he" or "she" right after the
patient names someone of theirs ("That lock sticks even for my partner. He's got arthritis") is that
person, never the patient, in the quotes, the findings and the conditions named; a relative's symptom said
with "my wife's" is no "Reports coughing."; the clinician's own head cold is no finding of the visit."""

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


@pytest.mark.parametrize(
    ("turns", "written", "never"),
    [
        (
            (
                ("therapist", "Any trouble with the keys in the shop door?"),
                ("patient", "That lock sticks even for my partner. He's got arthritis, so he hates it."),
            ),
            "",
            "arthritis",
        ),
        (
            (
                ("therapist", "Does anyone else in the house lift heavy things for you?"),
                (
                    "patient",
                    "My son, when he's home from college. He's got his own bad shoulder from baseball.",
                ),
            ),
            "",
            "bad shoulder",
        ),
        (
            (
                ("therapist", "How are you sleeping?"),
                ("patient", "Badly. My wife's still coughing."),
            ),
            "",
            "Reports coughing",
        ),
        (
            (
                ("therapist", "Excuse the voice, I've had a head cold since Saturday, I'm not contagious."),
                ("patient", "My knee is sore today."),
            ),
            "",
            "head cold",
        ),
        # must not change: the patient's own, and "she" with nobody of the patient's named before it
        (
            (
                ("therapist", "How has the week been?"),
                ("patient", "My son drove me. I've got arthritis in both knees, so stairs are hard."),
            ),
            "arthritis",
            "",
        ),
        (
            (
                ("therapist", "How has she been doing with the exercises?"),
                ("patient", "She's had more swelling in the ankle this week."),
            ),
            "swelling",
            "",
        ),
        (
            (
                ("therapist", "How's the shoulder?"),
                ("patient", "My daughter came with me. She thinks it's tendinitis from the garden."),
            ),
            "tendinitis",
            "",
        ),
        (
            (
                ("therapist", "Put the cold pack on for ten minutes, I have a cold pack ready."),
                ("patient", "I still have some numbness in my fingers."),
            ),
            "numbness",
            "",
        ),
    ],
)
def test_anothers_health_stays_out(turns: tuple[tuple[str, str], ...], written: str, never: str) -> None:
    note = _note(*turns)
    assert written in note, note
    if never:
        assert never.lower() not in note.lower(), note
