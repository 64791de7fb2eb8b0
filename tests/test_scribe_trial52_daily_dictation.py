"""Trial 52: a daily PT note dictated after the visit. A pain rating compared against an earlier one is
written as the comparison; a service named in the patient's daily life, as a limitation or for a later
visit is not one done today (no "named without its minutes" warning); a dictation's length says nothing
of the session's; a range of motion measured is a measurement, not an exercise; a heading said inside a
sentence opens its section."""

import pytest

from scribe import services as visit_services
from scribe.draft import draft
from scribe.transcript import Segment


def _draft(text: str, *, dictated: bool = False, seconds: float = 54.0):
    return draft(
        [Segment(0, 0.0, seconds, "therapist", text)],
        discipline="PT",
        note_type="daily",
        role="PT",
        rule="cms",
        dictated=dictated,
    )


@pytest.mark.parametrize(
    ("said", "written", "not_written"),
    [
        (
            "Patient reports right knee pain is 4 out of 10 today, down from 6 out of 10 last visit.",
            "Pain 4/10, down from 6/10 last visit.",
            "down from.",
        ),
        (
            "Pain 3 out of 10 today, up from 2 out of 10 yesterday.",
            "Pain 3/10, up from 2/10 yesterday.",
            "up from.",
        ),
        (
            "Pain 5 out of 10, compared to 7 out of 10 at the evaluation.",
            "Pain 5/10, compared to 7/10 at the evaluation.",
            "compared.",
        ),
        # must not change: a rating said of another day without a comparison, one with what it was said of
        (
            "Pain is about a four out of ten today, it was a six out of ten last week.",
            "Pain 6/10 last week.",
            "",
        ),
        ("Knee pain 3 out of 10 at rest and 6 out of 10 with stairs.", "Pain 6/10 with stairs.", ""),
    ],
)
def test_a_rating_compared_is_written_as_the_comparison(said: str, written: str, not_written: str) -> None:
    subjective = _draft(said).note["subjective"]
    assert written in subjective
    if not_written:
        assert not_written not in subjective


MISSING = "was named without its minutes"


@pytest.mark.parametrize(
    ("said", "warned"),
    [
        ("She is walking to the mailbox without a cane. Therapeutic exercise 20 minutes.", False),
        ("Therapeutic exercise 20 minutes. Plan: progress to step ups next visit.", False),
        ("Therapeutic exercise 20 minutes. Still limited with stairs.", False),
        ("Therapeutic exercise 20 minutes. He walks around the block at home every day.", False),
        # must not change: a service done today without its minutes still warns
        ("Therapeutic exercise 20 minutes. We did gait training with the walker today.", True),
        ("Therapeutic exercise 20 minutes, then step ups on the 6 inch box.", True),
    ],
)
def test_a_service_not_done_today_is_not_asked_for_minutes(said: str, warned: bool) -> None:
    warnings = _draft(said).warnings
    assert any(MISSING in w for w in warnings) is warned, warnings


SPAN = "minutes of services were said in a recording of"


@pytest.mark.parametrize(("dictated", "warned"), [(True, False), (False, True)])
def test_a_dictations_length_is_not_the_sessions(dictated: bool, warned: bool) -> None:
    said = "We did therapeutic exercise for 23 minutes. Manual therapy for 10 minutes."
    result = _draft(said, dictated=dictated)
    assert any(SPAN in w for w in result.warnings) is warned, result.warnings
    assert [(c["code"], c["minutes"]) for c in result.codes] == [("97110", 23), ("97140", 10)]


@pytest.mark.parametrize(
    ("said", "labels"),
    [
        ("Objective: knee flexion AROM 105 degrees, extension lacking 5 degrees.", []),
        ("Knee flexion active range of motion 105 degrees.", []),
        ("Flexion AROM 105.", []),
        ("PROM was 90 degrees.", []),
        # must not change: range of motion done as an exercise
        ("We did AROM 10 minutes.", ["arom"]),
        ("AROM, quad sets, and bridges.", ["arom", "quad sets", "bridges"]),
        ("Active range of motion exercises for 8 minutes.", ["active range of motion exercises"]),
        ("Including quadsets and straight leg raises.", ["quadsets", "straight leg raises"]),
    ],
)
def test_a_range_measured_is_no_exercise(said: str, labels: list[str]) -> None:
    assert [a.label for a in visit_services.activities(said)] == labels


@pytest.mark.parametrize(
    ("said", "facts"),
    [
        (
            "Objective: knee flexion AROM 105 degrees, extension lacking 5 degrees.",
            [("knee flexion", "105"), ("extension", "-5")],
        ),
        ("Right shoulder flexion PROM 150 degrees.", [("right shoulder flexion", "150")]),
        ("Shoulder flexion range of motion is 120 degrees.", [("shoulder flexion", "120")]),
        # must not change
        ("Knee flexion 105 degrees, extension minus 5.", [("knee flexion", "105"), ("extension", "-5")]),
    ],
)
def test_a_range_said_with_its_kind_is_a_fact(said: str, facts: list[tuple[str, str]]) -> None:
    found = [(f.text, f.value) for f in _draft(said).facts if f.kind == "range_of_motion"]
    assert found == facts


def test_the_daily_note_dictated_reads_as_said() -> None:
    said = (
        "Patient reports right knee pain is 4 out of 10 today, down from 6 out of 10 last visit. "
        "She is walking to the mailbox without a cane. Objective, knee flexion active range of motion "
        "105 degrees, extension lacking 5 degrees. We did therapeutic exercise for 23 minutes, including "
        "quadsets, straight leg raises, mini squats, and stationary bike. Manual therapy for 10 minutes. "
        "Patient tolerated treatment well with no increase in pain, assessment, improving knee flexion, "
        "and quad control, still limited with stairs. Plan, continue plan of care, progress to step ups, "
        "next visit, 2 times a week."
    )
    result = _draft(said, dictated=True, seconds=54.0)
    note = result.note
    assert "Tolerated treatment well with no increase in pain." in note["assessment"]
    assert "Improving knee flexion, and quad control, still limited with stairs." in note["assessment"]
    assert "Continue plan of care, progress to step ups, next visit, 2 times a week." in note["plan"]
    assert "quadsets, straight leg raises, mini squats, stationary bike" in note["objective"]
    assert "active range of motion" not in note["objective"].split("(97110)")[1].splitlines()[0]
    assert result.warnings == []
    assert [(c["code"], c["minutes"]) for c in result.codes] == [("97110", 23), ("97140", 10)]


@pytest.mark.parametrize(
    ("said", "plan"),
    [
        ("Plan: continue plan of care, progress to step ups next visit.", "Continue plan of care"),
        # must not change: "next visit" alone, and a plan said as "plan is"
        ("Next visit we will add the bike.", "Next visit we will add the bike."),
        ("The plan is to add the bike.", "Plan is to add the bike."),
    ],
)
def test_the_plan_after_its_heading(said: str, plan: str) -> None:
    assert plan in _draft(f"Therapeutic exercise 20 minutes. {said}").note["plan"]
