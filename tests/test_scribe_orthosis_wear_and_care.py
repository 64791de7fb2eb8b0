"""Minutes on an orthosis said as teaching the patient how to wear and care for it ("how to put it on, how
to check the skin", "how to clean it, when to wear it"), at a visit whose talk of the orthosis never says it was made,
fitted, adjusted or issued (what is planned for a later visit aside), are self-care training (97535) with
a line for the clinician, not an orthotic fitting encounter (97760) given with confidence (#17). Where
the fit, the molding or an adjustment is said, 97760 stays. Table-driven over find(); the phrasings are
this file's own."""

import pytest

from scribe import services
from scribe.transcript import Segment

T = "therapist"


def found(turns: list[str], note_type: str) -> services.Services:
    segments = [
        Segment(index=i, start=i * 60.0, end=i * 60.0 + 50.0, speaker=T if i % 2 == 0 else "patient", text=t)
        for i, t in enumerate(turns)
    ]
    return services.find(segments, discipline="OT", note_type=note_type)


CARE = [
    (
        ["then nine minutes teaching you the wrist brace how to put it on and how to check the skin"],
        "evaluation",
    ),
    (
        [
            "Eleven minutes on the thumb splint: how to clean it, when to wear it at night.",
            "Okay.",
            "Bring the splint next time so I can check how it fits.",
        ],
        "daily",
    ),
]
FITTED = [
    (
        ["I molded the splint and checked the fit, then how to put it on, twelve minutes on the splint"],
        "evaluation",
    ),
    (["Ten minutes on the brace, putting it on, the skin checks, and checking the fit."], "daily"),
    (
        ["I adjusted the strap on your splint.", "Better.", "Eight minutes on the splint, how to clean it."],
        "daily",
    ),
    # the wearing schedule and the skin checks gone over, not taught as how to: orthotic management
    (["Nine minutes on the splint, the wearing schedule and the skin checks."], "daily"),
]


@pytest.mark.parametrize(("turns", "note_type"), CARE)
def test_wear_and_care_teaching_is_self_care(turns: list[str], note_type: str) -> None:
    f = found(turns, note_type)
    assert "97535" in f.minutes and "97760" not in f.minutes, f.mentions
    assert any("97535" in w and "97760" in w for w in f.warnings), f.warnings


@pytest.mark.parametrize(("turns", "note_type"), FITTED)
def test_orthosis_fitted_or_adjusted_stays_orthotic(turns: list[str], note_type: str) -> None:
    f = found(turns, note_type)
    assert set(f.minutes) & {"97760", "97763"} and "97535" not in f.minutes, f.mentions
