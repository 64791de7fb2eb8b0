"""Services from speech nobody here wrote (#17), by kind of phrasing met in blind20-dev: a measure said
side by side after a service's minutes, a clock span in one clause of a sentence that says a time twice, the
clinician's own work named right before "took", a home dose said with its time of day, a figure that was
"over" something at the evaluation, an orthosis cared for with self-care tasks, a word of another
discipline said in one block with this discipline's own service, and a job's tasks coded for review.
No model is loaded: services.find reads the words alone."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"


def minutes_of(*said: str, discipline: str = "PT", note_type: str = "daily") -> dict[str, int]:
    return find(turns(*((T, s) for s in said)), discipline=discipline, note_type=note_type).minutes


# A side's figure after another side's measure in the same sentence is that measure (degrees, seconds,
# kilograms), never a service's minutes: "left is seventy" billed 97140 x5 for nine minutes of manual.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "nine minutes of manual okay rotation to the right is sixty five degrees left is seventy",
            {"97140": 9},
        ),
        ("Twelve minutes of manual. Right rotation 60 degrees, the left one is forty.", {"97140": 12}),
        ("ten minutes of exercise grip right is twenty kilograms left is thirty", {"97110": 10}),
        ("manual therapy eleven minutes, single leg stance right 14 seconds left was twenty", {"97140": 11}),
    ],
)
def test_the_other_sides_measure_is_no_minutes(said: str, expected: dict[str, int]) -> None:
    assert minutes_of(said) == expected


def test_a_side_said_with_minutes_keeps_them() -> None:
    assert minutes_of("Ankle pumps first. Then the manual on the left was ten minutes.") == {"97140": 10}


# A sentence that says its start twice holds one span: the clause with both times is the block's.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Alright, we started at quarter past, you were on the decline board and the slow squats from "
            "quarter past to half past.",
            {"97110": 15},
        ),
        ("We started at 10:05, the bike and the bridges from 10:05 to 10:17.", {"97110": 12}),
    ],
)
def test_a_span_in_one_clause_is_the_blocks(said: str, expected: dict[str, int]) -> None:
    assert minutes_of(said) == expected


def test_a_third_time_ends_another_block_not_this_span() -> None:
    # blind12-test n_pt15: the 24 minutes said after are the whole block's, not the bike's ten.
    said = "Okay, exercise. Bike from 5:06 to 5:16, then split squats and step-downs till 5:30. Twenty-four minutes."
    assert "97110" in minutes_of(said) and minutes_of(said).get("97110") != 10


# Jump-landing and sport footwork are functional activities (97530).
@pytest.mark.parametrize(
    "said",
    [
        "Then the jump-landing stuff, the box drops and the approach footwork for spiking, sixteen minutes.",
        "box jumps and landing drills twelve minutes",
        "footwork drills for the court, ten minutes",
    ],
)
def test_landing_and_footwork_are_therapeutic_activities(said: str) -> None:
    assert set(minutes_of(said)) == {"97530"}


# The clinician's own work named right before "took" is how long the service took.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "today i made you the thumb spica splint custom out of the thermoplastic that fitting and the "
            "teaching took eighteen minutes",
            {"97760": 18},
        ),
        ("I molded the splint for you, the fitting and the training took twelve minutes", {"97760": 12}),
    ],
)
def test_the_clinicians_work_took_the_minutes(said: str, expected: dict[str, int]) -> None:
    assert minutes_of(said, discipline="OT", note_type="evaluation") == expected


@pytest.mark.parametrize(
    "said", ["the buttoning took him four minutes", "I watched the buttons, that took three minutes"]
)
def test_a_task_that_took_the_patient_is_a_measure(said: str) -> None:
    assert minutes_of(said, discipline="OT") == {}


# A home dose said with its time of day is when, at home, not a service of the visit.
@pytest.mark.parametrize(
    "said",
    [
        "yes ten minutes in the morning it helps the stiffness then do your finger exercises right after",
        "the bike at home fifteen minutes in the evening",
        "ice it twenty minutes at night and do your exercises",
        "ten minutes before bed of the stretches",
    ],
)
def test_a_home_dose_by_time_of_day_is_no_service(said: str) -> None:
    assert minutes_of(said, discipline="OT") == {}


# "At the eval it was over two minutes": what a measure was before, with a bound, is no service.
@pytest.mark.parametrize(
    "said",
    [
        "Dressing upper and lower body, independent. Nine hole peg, thirty-eight seconds. At the eval it was over two minutes.",
        "Dressing independent now. Initially it was almost five minutes for the socks.",
    ],
)
def test_what_a_measure_was_with_a_bound_is_no_minutes(said: str) -> None:
    assert minutes_of(said, discipline="OT") == {}


def test_minutes_after_a_measure_then_stay_with_the_service_named_next() -> None:
    said = (
        "Dressing upper and lower body, independent with the button hook. At the eval it was over two minutes.",
        "Today we did the kitchen, the meal prep with the rocker knife and opening the cans, and the "
        "medication setup. Twenty-three minutes.",
    )
    assert minutes_of(*said, discipline="OT") == {"97535": 23}


# An orthosis the patient has, cared for with self-care tasks, is self-care training; made, fitted or
# adjusted it stays the orthotic encounter.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "And then nine minutes on the splint care and skin checks, and how to do the buttons and the "
            "keys without jamming that finger.",
            {"97535": 9},
        ),
        ("I trimmed the splint and we did the buttons, nine minutes on the splint.", {"97760": 9}),
        ("Eight minutes on the splint, the wearing schedule and the skin checks.", {"97760": 8}),
    ],
)
def test_orthosis_care_with_self_care_tasks(said: str, expected: dict[str, int]) -> None:
    assert minutes_of(said, discipline="OT") == expected


# A word naming another discipline's service takes no minutes from this discipline's own service said with
# it; alone, its minutes stay unbilled (quoted for the clinician).
@pytest.mark.parametrize(
    ("said", "discipline", "expected"),
    [
        (
            "Then meal prep at the counter and walking the plates to the table, gait was steady, twenty minutes.",
            "OT",
            {"97535": 20},
        ),
        (
            "The chin tuck exercises and the memory strategies, twenty five minutes.",
            "SLP",
            {"97129": 15, "97130": 10},
        ),
        ("The chin tuck exercises, twenty five minutes.", "SLP", {}),
    ],
)
def test_another_disciplines_word_takes_no_minutes(
    said: str, discipline: str, expected: dict[str, int]
) -> None:
    services = find(turns((T, said)), discipline=discipline, note_type="daily")
    assert services.minutes == expected
    assert not any("named without its minutes" in w for w in services.warnings)


def test_walking_in_an_ot_task_stays_functional_mobility() -> None:
    said = "Then the gait, walking to the bathroom for the grooming at the sink, eighteen minutes."
    assert minutes_of(said, discipline="OT") == {"97530": 18}


# A job's tasks practised: coded 97530 (most keys here), the line marked for review naming 97535.
@pytest.mark.parametrize(
    "said",
    [
        "Then, separately, the work tasks: the drill, the screwdriver, carrying the toolbox by the handle. Fourteen minutes of that.",
        "and then eight minutes going over lifting at work with the toolbox and the pallet jack",
        "Then the work tasks: kneading dough, the rolling pin, using the piping bag. Ten minutes.",
    ],
)
def test_work_tasks_are_marked_for_review(said: str) -> None:
    services = find(turns((T, said)), discipline="OT", note_type="daily")
    assert set(services.minutes) == {"97530"}
    assert "97535" in services.doubtful["97530"]


def test_activities_without_work_are_not_marked() -> None:
    services = find(
        turns((T, "Then the transfers, ten minutes. See you at work tomorrow.")),
        discipline="OT",
        note_type="daily",
    )
    assert services.minutes == {"97530": 10} and services.doubtful == {}
