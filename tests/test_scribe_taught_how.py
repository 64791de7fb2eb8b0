"""At an OT visit, minutes said as teaching the patient how to do things are self-care/home-management
training (97535), as the studied keys bill them: "ten minutes on how to do your scar massage and tendon
glides at home" teaches the exercises (their minutes are not exercise or manual therapy, and "at home"
is where they will be done, not where these minutes were). Teaching to come, skipped teaching, an
orthosis made with the teaching, and a PT visit keep what they had."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we spent about ten minutes on how to do your scar massage and tendon glides at home and how to "
            "hold the scissors and brush for now",
            {"97535": 10},
        ),
        ("and five minutes on how to lift the baby with palms up and the forearms under him", {"97535": 5}),
        ("and like seven minutes of how to hold the tools palm up lifting with the elbow bent", {"97535": 7}),
        ("and five minutes on how to do stuff one handed for now the toothpaste the jar", {"97535": 5}),
        ("Then twelve minutes going over how to get the sock aid on, twice a day.", {"97535": 12}),
        ("I spent nine minutes teaching you how to use the reacher and the long sponge.", {"97535": 9}),
        ("Eleven minutes showing her how to carry the laundry basket at home.", {"97535": 11}),
        ("We spent ten minutes on how to use the reacher and the sock aid at home.", {"97535": 10}),
    ],
)
def test_minutes_on_how_to_are_self_care_training(text: str, expected: dict[str, int]) -> None:
    found = find(turns((T, text)), discipline="OT", note_type="daily")
    assert found.minutes == expected
    assert not any("no service heard" in w or "named without" in w for w in found.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Next time we'll spend ten minutes on how to use the reacher.",
        "We'll do ten minutes on how to get in the tub on Thursday.",
        "We didn't get to the ten minutes on how to use the sock aid.",
        "Can you bill ten minutes on how to use the reacher?",
    ],
)
def test_minutes_on_how_to_planned_skipped_or_asked_are_no_service(text: str) -> None:
    assert "97535" not in find(turns((T, text)), discipline="OT", note_type="daily").minutes


def test_orthosis_made_with_the_teaching_keeps_its_code() -> None:
    found = find(
        turns(
            (
                T,
                "I made you a custom splint today, ten minutes of fitting it and teaching you how to wear it.",
            )
        ),
        discipline="OT",
        note_type="evaluation",
    )
    assert found.minutes == {"97760": 10}


def test_how_to_at_a_pt_visit_is_not_moved() -> None:
    found = find(
        turns((T, "Ten minutes of exercise on how to do the bridges and clamshells at the clinic.")),
        discipline="PT",
        note_type="daily",
    )
    assert "97535" not in found.minutes
