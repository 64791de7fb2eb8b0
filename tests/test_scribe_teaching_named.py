"""Minutes of teaching named by what was taught (positioning, skin care, a lifting technique), of an
orthosis's care said with that teaching, and of exercise named by the limb ("arm work"). The studied
keys bill teaching a technique or a routine as self-care/home-management training (97535), the
orthosis's care taught with it the same, and "nine minutes of arm work" as therapeutic exercise."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("said", "note_type", "expected"),
    [
        # a service said for a later visit gives its name to no minutes; the teaching said next is billed
        (
            [
                (T, "These are the night splints, the resting hand splints, I'll make them next visit."),
                (T, "That was about ten minutes of teaching on positioning, skin care and the home routine."),
            ],
            "evaluation",
            {"97535": 10},
        ),
        ([(T, "We went over skin care for the graft, twelve minutes.")], "daily", {"97535": 12}),
        ([(T, "Positioning education for the arm in bed, nine minutes.")], "daily", {"97535": 9}),
        # an orthosis made at the evaluation, the minutes said of a technique taught and the orthosis's care
        (
            [
                (T, "I'm making you a thumb spica today, custom, out of the thermoplastic."),
                (T, "Okay, that teaching on the lifting and the splint care was about nine minutes."),
            ],
            "evaluation",
            {"97535": 9},
        ),
        # minutes said of the fitting stay the orthosis's
        (
            [
                (
                    T,
                    "Today I made you the thumb spica splint, that fitting and the teaching took eighteen minutes.",
                )
            ],
            "evaluation",
            {"97760": 18},
        ),
        (
            [
                (T, "I fitted the splint. Then the splint care and the skin checks, ten minutes."),
            ],
            "evaluation",
            {"97760": 10},
        ),
        # exercise named by the limb
        (
            [
                (T, "Now some arm exercises, light, with the half-pound weights."),
                (P, "These are baby weights."),
                (T, "Shoulder flexion, ten. Biceps, ten. Rest."),
                (P, "My arms are tired already."),
                (T, "Another set. Okay, nine minutes of arm work, with rests."),
            ],
            "daily",
            {"97110": 9},
        ),
        ([(T, "Leg work was twelve minutes, the weights and the bike.")], "daily", {"97110": 12}),
    ],
)
def test_teaching_and_limb_work_minutes(
    said: list[tuple[str, str]], note_type: str, expected: dict[str, int]
) -> None:
    assert find(turns(*said), discipline="OT", note_type=note_type).minutes == expected


@pytest.mark.parametrize(
    "text",
    [
        "It saves a lot of arm work.",
        "The arm work at home can wait.",
    ],
)
def test_limb_work_said_in_passing_is_no_service(text: str) -> None:
    found = find(
        turns((T, text), (T, "Your oxygen dropped to ninety-one with the arms up.")),
        discipline="OT",
        note_type="daily",
    )
    assert found.minutes == {}
