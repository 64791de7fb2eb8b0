"""Desensitization (graded textures: the rice bucket, cotton, velcro), the range of a joint worked with its
minutes, and a job's tools practised, as an OTA says them (#17). blind20-test v_ot11 ("the desensitization
the rice bucket and the cotton and the velcro then the range for the middle finger nine minutes", "the work
stuff the saw handle practice the tape measure the pencil with the built up grip sixteen minutes") drafted
no code at all.

- Desensitization is billed as sensory re-education (97112) by some clinics and with the scar work
  (97140) or exercise (97110) it goes with by others (the keys here: with its block's service, 97140 where
  said alone). It is no service of its own: in a block with one, the block's minutes are that service's;
  said with minutes and no service, the minutes are shown for review, never dropped, never coded.
- "the range for the middle finger nine minutes": range of motion worked (97110) when said with minutes;
  "the range for the knee is five to one ten" is a measure, no service.
- A job's tools and tasks practised ("the work stuff", "hand tool practice") are therapeutic activities
  (97530) with the review line naming 97535 (work reintegration), the policy kept for work tasks.
No model is loaded: services.find reads the words alone."""

import pytest
from transcript_helpers import turns

from scribe.services import find

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

T = "therapist"
P = "patient"
WITHOUT = "was named without its minutes"


@pytest.mark.parametrize(
    ("said", "minutes", "shown"),
    [
        # with a service billed in one block: that service's
        (
            "good so the desensitization the rice bucket and the cotton and the velcro then the range for the "
            "middle finger nine minutes",
            {"97110": 9},
            None,
        ),
        ("Scar massage and the desensitization, eight minutes.", {"97140": 8}, None),
        (
            "today i did eight minutes of scar massage and the desensitization with the different textures",
            {"97140": 8},
            None,
        ),
        # said alone with its minutes: shown for review, not coded
        ("Desensitization with the rice bin and the textures, ten minutes.", {}, "ten minutes"),
        (
            "now active range of motion the tendon glides and the soft foam squeeze nine minutes. then um seven "
            "minutes of the desensitization with the textures cotton then velcro then the rice bin",
            {"97110": 9},
            "seven minutes",
        ),
        # the home program is no service of this visit
        ("Keep doing the desensitization at home, five minutes three times a day.", {}, None),
        # sensory re-education by its own name is neuromuscular re-education
        ("Sensory re-training with the graded textures, twelve minutes.", {"97112": 12}, None),
    ],
)
def test_desensitization_is_billed_by_its_block_or_shown(
    said: str, minutes: dict[str, int], shown: str | None
) -> None:
    services = find(turns((T, said)), discipline="OT", note_type="daily")
    assert services.minutes == minutes
    about = [w for w in services.warnings if w.startswith("desensitization said with")]
    if shown is None:
        assert about == []
    else:
        assert len(about) == 1 and shown in about[0] and "97112" in about[0] and "97140" in about[0]
    assert not [w for w in services.warnings if WITHOUT in w]


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("then the range for the middle finger nine minutes", {"97110": 9}),
        ("Range work for the wrist, ten minutes.", {"97110": 10}),
        # a measure of the range, not a service
        ("The range for the knee is five to one ten.", {}),
        ("the range for the middle finger is better today", {}),
    ],
)
def test_the_range_worked_with_its_minutes_is_exercise(said: str, minutes: dict[str, int]) -> None:
    services = find(turns((T, said)), discipline="OT", note_type="daily")
    assert services.minutes == minutes
    assert not [w for w in services.warnings if WITHOUT in w]


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            "it is then the work stuff the saw handle practice the tape measure the pencil with the built up "
            "grip sixteen minutes",
            16,
        ),
        ("Hand tool practice with the screwdriver and the pliers, twelve minutes.", 12),
        ("The work tasks: the drill, the screwdriver, carrying the toolbox. Fifteen minutes.", 15),
    ],
)
def test_a_jobs_tools_practised_are_activities_for_review(said: str, minutes: int) -> None:
    services = find(turns((T, said)), discipline="OT", note_type="daily")
    assert services.minutes == {"97530": minutes}
    assert "97535" in services.doubtful["97530"] and "work reintegration" in services.doubtful["97530"]
