"""Minutes an OT clinician says of teaching, by its own name ("That teaching was twelve minutes", "nine
minutes of education on ...") or as going over a way of doing things ("we spent about nine minutes going
over the desensitization program", "For about eleven minutes I went over how to set up your practice"),
are self-care/home management training (97535) where no service took them; they were quoted as minutes
with no service, or dropped. Minutes another service took keep it, findings gone over are no service, PT
visits and teaching to come are unchanged. A PT's shop tasks ("the shop stuff") are therapeutic
activities, as "the work stuff" was."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T, P = "therapist", "patient"
COGNITION = [
    (T, "The cognitive work was twenty minutes."),
    (P, "Okay."),
    (T, "Now his morning routine with you both: the phone alarms, the checklist on the door."),
    (P, "The Sunday review is when we fight."),
]


@pytest.mark.parametrize(
    "closing",
    [
        "Use the same time every Sunday. That teaching was twelve minutes.",
        "The education part took twelve minutes.",
        "That caregiver training was twelve minutes.",
        "Okay, all that teaching ran about twelve minutes.",
        "That teaching was twelve minutes, and it was its own block.",
    ],
)
def test_teaching_named_with_its_minutes_is_self_care_training(closing: str) -> None:
    found = find(turns(*COGNITION, (T, closing)), discipline="OT", note_type="progress")
    assert found.minutes == {"97129": 15, "97130": 5, "97535": 12}
    assert not any("no service heard" in w for w in found.warnings)


@pytest.mark.parametrize(
    ("said", "minutes", "doubted"),
    [
        ("Then eight minutes of education on the sternal precautions and the pillow.", {"97535": 8}, False),
        (
            "We spent about nine minutes going over the desensitization program, the textures and the "
            "left right cards.",
            {"97535": 9},
            True,
        ),
        (
            "For about eleven minutes I went over how to set up your practice: twenty-minute blocks, a "
            "five-minute break, and the shoulder rest adjustment.",
            {"97535": 11},
            False,
        ),
        (
            "And six minutes going over the compression glove care and the sunscreen routine.",
            {"97535": 6},
            False,
        ),
    ],
)
def test_minutes_going_over_a_way_of_doing_things(said: str, minutes: dict[str, int], doubted: bool) -> None:
    found = find(turns((T, said)), discipline="OT", note_type="daily")
    assert found.minutes == minutes
    assert ("97535" in found.doubtful) is doubted
    assert not any("no service heard" in w or "desensitization said" in w for w in found.warnings)


def test_teaching_after_a_self_care_block_adds_to_it() -> None:
    found = find(
        turns(
            (T, "The dressing practice with the sock aid was ten minutes."),
            (P, "Okay."),
            (T, "Now sit to get the pans from the low cupboard. That teaching was eight minutes."),
        ),
        discipline="OT",
        note_type="daily",
    )
    assert found.minutes == {"97535": 18}


def test_teaching_how_said_after_a_self_care_block_adds_to_it() -> None:
    found = find(
        turns(
            (T, "Dressing practice with the sock aid was twelve minutes."),
            (P, "Okay."),
            (T, "Then ten minutes on how to do the scar massage at home."),
        ),
        discipline="OT",
        note_type="daily",
    )
    assert found.minutes == {"97535": 22}


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        # a PT's teaching: what was taught decides its code, for the clinician
        ("PT", [(T, "Keep the back straight when you lift."), (T, "That teaching was twelve minutes.")], {}),
        # findings gone over are the visit, not a service
        ("OT", [(T, "Ten minutes going over your test results and the goals.")], {}),
        ("OT", [(T, "We spent about ten minutes going over the questionnaire.")], {}),
        # training alone may be a task's or the cognitive work's: a line for the clinician
        (
            "OT",
            [(T, "Then nine minutes of training for your return to climbing: taping, how to warm up.")],
            {},
        ),
        ("OT", [(T, "So after the testing, ten minutes of training on a weekly pill box with alarms.")], {}),
        # teaching to come
        ("OT", [(T, "Next visit we'll do ten minutes of teaching on the bathroom.")], {}),
        ("OT", [(T, "I want to spend ten minutes going over the home program next time.")], {}),
        # minutes another service took keep it
        ("OT", [(T, "Seven minutes going over the tendon glides and the putty.")], {"97110": 7}),
        # the work tasks gone over keep their code and its review line (97530 or work reintegration)
        ("OT", [(T, "and then eight minutes going over lifting at work with the toolbox")], {"97530": 8}),
        ("OT", [(T, "We did the wrist active range of motion exercises, seven minutes.")], {"97110": 7}),
        # an orthosis worked on keeps its own code
        (
            "OT",
            [
                (
                    T,
                    "I made the splint and went over the wearing schedule, fitting and teaching took eighteen minutes.",
                )
            ],
            {"97760": 18},
        ),
    ],
)
def test_teaching_that_stays_as_it_was(
    discipline: str, said: list[tuple[str, str]], minutes: dict[str, int]
) -> None:
    found = find(turns(*said), discipline=discipline, note_type="daily")
    assert found.minutes == minutes
    assert "97535" not in found.minutes


def test_pt_teaching_stays_a_question() -> None:
    found = find(
        turns((T, "Keep the back straight when you lift."), (T, "That teaching was twelve minutes.")),
        discipline="PT",
        note_type="daily",
    )
    assert any("no service heard" in w for w in found.warnings)


@pytest.mark.parametrize(
    "shop",
    [
        "Now, in a separate block, let's do the shop stuff. Creeper first: get on, roll under the table.",
        "Now the shop tasks. Creeper first: get on, roll under the table.",
    ],
)
def test_shop_tasks_are_therapeutic_activities(shop: str) -> None:
    found = find(
        turns(
            (T, shop),
            (P, "This is exactly my day."),
            (T, "Now lift the tire from the floor to the bench."),
            (T, "Okay, that was nine minutes. Water break."),
            (P, "Thanks."),
            (T, "Now the fender reach. Okay, that was another seven on the work tasks."),
            (T, "Last, bird dogs and side planks. That exercise part was eight minutes."),
        ),
        discipline="PT",
        note_type="daily",
    )
    assert found.minutes == {"97530": 16, "97110": 8}
    assert "97530" in found.doubtful  # work tasks: 97530 or work reintegration, the clinician's to confirm


def test_what_was_gone_over_is_written_with_the_service() -> None:
    found = find(
        turns((T, "And six minutes going over the compression glove care and the sunscreen routine.")),
        discipline="OT",
        note_type="daily",
    )
    assert found.minutes == {"97535": 6}
    assert found.parts["97535"] == ["the compression glove care and the sunscreen routine"]
