"""Facts said as people say them (#17): a rating given as a range with the second figure hedged ("Two.
Sometimes three"), a denial of a finding in either of two places named with a side ("pain in the right
shoulder or hand"), the help given with a task (a cue, no looking) that is no finding denied, handwriting and
grasp as the clinician sees them, the patient's own home program partly skipped, and a timed test's score per
side with its seconds. Phrasings written for these tests; each table holds rows that must not change."""

import pytest
from transcript_helpers import quoted, turns

from scribe.extract import ratings
from scribe.statements import denials, shorthand

T, P = "therapist", "patient"


def rated(question: str, answer: str) -> list[tuple[str, str]]:
    return [(f.value, f.said) for f in ratings(turns((T, question), (P, answer)))]


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (
            "Pain zero to ten?",
            "Zero. Maybe one after the long drive.",
            [("0-1/10", "(0/10, 1/10 after the long drive)")],
        ),
        (
            "How's the back, zero to ten?",
            "Two. Sometimes three by supper.",
            [("2-3/10", "(2/10, 3/10 by supper)")],
        ),
        (
            "how is the pain overall",
            "five out of ten maybe a six at night",
            [("5-6/10", "(5/10, 6/10 at night)")],
        ),
        ("pain zero to ten", "seven or eight", [("7-8/10", "")]),
        ("pain zero to ten", "about a four to five", [("4-5/10", "")]),
        # must not change: two ratings of two moments, a lower second, a figure with its own words each
        ("pain zero to ten?", "four now six at night", [("4/10", "now"), ("6/10", "at night")]),
        ("pain zero to ten?", "six, maybe a four now", [("6/10", ""), ("4/10", "now")]),
        (
            "pain zero to ten?",
            "sitting a one turning my head a five",
            [("1/10", "sitting"), ("5/10", "turning my head")],
        ),
        ("pain zero to ten?", "three", [("3/10", "")]),
    ],
)
def test_a_rating_said_as_a_range_is_one_range(question: str, answer: str, expected: list) -> None:
    assert rated(question, answer) == expected


def denied(question: str, answer: str) -> list[str]:
    return [d.what for d in denials(turns((T, question), (P, answer)))]


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        ("Any pain in the left elbow or wrist?", "Nope.", ["pain in the left elbow or wrist"]),
        ("Any tingling in the right foot or toes?", "No.", ["tingling in the right foot or toes"]),
        ("Any numbness in the thumb or index finger?", "No.", ["numbness in the thumb or index finger"]),
        # must not change: a finding after "or" is a finding of its own; a yes denies nothing
        ("Any pain in the left elbow or swelling?", "No.", ["pain in the left elbow", "swelling"]),
        ("Any pain in the hip or numbness?", "No.", ["pain in the hip", "numbness"]),
        ("Any swelling in the hand or arm?", "No.", ["swelling in the hand or arm"]),
        ("Any pain in the left elbow or wrist?", "Yes, the wrist.", []),
    ],
)
def test_either_of_two_places_is_one_denial(question: str, answer: str, expected: list[str]) -> None:
    assert denied(question, answer) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Six out of eight with no cue.", []),
        ("Now, without looking, name them.", []),
        ("Walk to the door, sixty feet, no rest.", []),
        ("Nine of ten, without verbal cues.", []),
        # must not change: findings denied
        ("No rest pain, no swelling.", ["rest pain", "swelling"]),
        ("No numbness today.", ["numbness"]),
    ],
)
def test_help_given_is_no_finding_denied(said: str, expected: list[str]) -> None:
    assert [d.what for d in denials(turns((T, said)))] == expected


def test_a_cue_given_after_one_not_given_is_kept() -> None:
    text = quoted(
        turns(
            (T, "Six out of eight with no cue. What is missing? It starts with sal."),
            (P, "Salt!"),
            (T, "Good, with a phonemic cue."),
            (T, "Nine of twelve labels right, three needed a verbal cue."),
        )
    )
    assert "with a phonemic cue" in text and "needed a verbal cue" in text


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Letters are crowded, uneven baseline, mostly legible.", True),
        ("She holds the crayon with a palmar grasp.", True),
        ("He's using a fist grip on the marker.", True),
        # must not change: chat and coaching
        ("The parking lot was packed this morning.", False),
        ("We'll see you next week then.", False),
    ],
)
def test_handwriting_and_grasp_as_seen_are_kept(said: str, kept: bool) -> None:
    assert (said.rstrip(".") in quoted(turns((T, said)))) is kept


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("I do the bridges every day but the wall slides I skip sometimes", True),
        ("I skipped the stretches on Sunday, too sore", True),
        ("the side kicks at the sink, those ones", True),
    ],
)
def test_the_home_program_partly_skipped_is_reported(said: str, kept: bool) -> None:
    text = quoted(turns((T, "How is the home program going?"), (P, said)))
    assert (said[:20] in text) is kept


def test_a_service_skipped_by_the_clinician_stays_out() -> None:
    text = quoted(turns((T, "We'll skip the ultrasound today, the skin is too irritated.")))
    assert "ultrasound" not in text


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Nine-hole peg test: left hand fifty-two seconds, right thirty seconds.",
            ["9-hole peg left hand 52 seconds.", "9-hole peg right 30 seconds."],
        ),
        ("Box and Blocks left 30, right 51.", ["Box and Blocks left 30.", "Box and Blocks right 51."]),
        ("The TUG today was 9.8 seconds.", ["TUG 9.8 seconds."]),
        # must not change: a score with no side or unit, a scale's maximum
        ("Berg is 44 out of 56.", ["Berg 44/56."]),
        ("DHI came out 30.", ["DHI 30."]),
    ],
)
def test_a_timed_tests_score_keeps_its_side_and_seconds(said: str, expected: list[str]) -> None:
    assert [s.text for s in shorthand(turns((T, said)))] == expected


def test_a_range_is_written_once_with_its_figures_words() -> None:
    from scribe.draft import draft

    said = turns(
        (T, "How's the knee, zero to ten?"),
        (P, "Four out of ten, maybe a five at night."),
        (T, "Okay, quad sets today, ten minutes of exercise."),
    )
    note = draft(said, discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]
    assert "Patient reports knee pain 4-5/10 (4/10, 5/10 at night)." in note
    assert "maybe a five" not in note and "Patient reports pain 4/10" not in note


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("My sister says I should just soak it in Epsom salts.", False),
        ("My nephew keeps saying I should buy one of those massage guns.", False),
        ("My niece says I should get one of those talking scales.", False),
        # must not change: what happened at home, and the clinician's own advice
        ("My husband says I fell on the rug Sunday.", True),
        ("My daughter says I'm sleeping better since the pillow.", True),
    ],
)
def test_a_relatives_suggestion_is_no_report(said: str, kept: bool) -> None:
    text = quoted(turns((T, "Nice work on the kitchen tasks today."), (P, said)))
    assert (said[:25] in text) is kept


@pytest.mark.parametrize(
    ("before", "answer", "kept"),
    [
        ("Roll to your side, knees together, then push up.", "Log roll.", True),
        ("What do we tuck before each swallow?", "Chin tuck!", True),
        # must not change: a word or two that names nothing done in the visit
        ("Nice work on the stairs today.", "Thanks, dear.", False),
        ("Okay, switch legs.", "This one?", False),
        ("Good, that was the last set.", "Finally.", False),
    ],
)
def test_a_patients_short_answer_naming_the_technique_is_kept(before: str, answer: str, kept: bool) -> None:
    assert (answer.rstrip(".!") in quoted(turns((T, before), (P, answer)))) is kept


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("Then the suitcase carry and the Pallof press, ten each side.", "Pallof press"),
        ("Last, a Copenhagen plank, twenty seconds a side.", "Copenhagen plank"),
    ],
)
def test_an_exercise_named_after_its_maker_is_no_persons_name(said: str, kept: str) -> None:
    assert kept in quoted(turns((T, said)))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("I thought about a night splint for you, but I don't think you need one.", False),
        ("I considered a steroid referral for the shoulder; with how you're lifting, no.", False),
        # must not change: weighed with a clinical figure, and what was done
        ("I thought about stopping the bands but let's wait two weeks.", True),
        ("We did the night splint fitting today, it fits well.", True),
    ],
)
def test_what_the_clinician_weighed_and_set_aside_stays_out(said: str, kept: bool) -> None:
    assert (said[:20] in quoted(turns((T, said)))) is kept
