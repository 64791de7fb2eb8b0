"""Facts found in everyday forms (#17): a rating answered to the clinician asking after the body part
("how is the hip today" / "sore, I'd say a five"), a task's score over trials said right after the task
("Immediate recall 8 of 10"), and "your plan, ..." read as no dictated plan heading. With the rows that
must not change: counts and other figures stay no rating or score. Table-driven; the phrasings are this
file's own."""

import pytest

from scribe.extract import extract
from scribe.transcript import Segment


def _facts(*turns: tuple[str, str]) -> list[tuple[str, str]]:
    segments = [Segment(i, i * 6.0, i * 6.0 + 5, who, text) for i, (who, text) in enumerate(turns)]
    return [(f.kind, f.value) for f in extract(segments)]


T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("asked", "answer", "value"),
    [
        ("how is the knee today", "achy i'd say a four it was a long day", "4/10"),
        ("How's the shoulder after the weekend?", "Better, still a two when I reach up.", "2/10"),
        ("hey how are the hands this week", "not bad a three i guess", "3/10"),
    ],
)
def test_rating_answered_to_the_body_part_asked(asked: str, answer: str, value: str) -> None:
    assert ("pain", value) in _facts((T, asked), (P, answer))


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        # a count is no rating, whatever was asked
        ("How is the knee?", "Better, I walked 2 blocks and did 3 sets of the bridges."),
        # no body part asked after: the week's news
        ("How was the trip?", "Long, a five hour drive."),
    ],
)
def test_counts_stay_no_rating(asked: str, answer: str) -> None:
    assert not [f for f in _facts((T, asked), (P, answer)) if f[0] == "pain"]


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("Delayed recall 7 of 10.", "7/10"),
        ("Naming pictures, twelve out of fifteen.", "12/15"),
        ("Sentence completion 16 of 20 trials.", "16/20"),
    ],
)
def test_task_scored_over_trials(said: str, value: str) -> None:
    assert ("accuracy", value) in _facts((T, said))


@pytest.mark.parametrize(
    "said",
    [
        "He walked 3 of 5 days.",
        "I got 2 of 10 right.",
        "Two of the three kids came.",
    ],
)
def test_other_shares_stay_no_score(said: str) -> None:
    assert not [f for f in _facts((T, said)) if f[0] == "accuracy"]


@pytest.mark.parametrize(
    ("said", "plan"),
    [
        ("It's not on your plan, so no wax today.", False),
        ("That's the plan, three sets at home.", False),
        ("Plan: continue twice a week.", True),
        ("Good session, plan, continue balance work.", True),
    ],
)
def test_plan_heading_only_where_dictated(said: str, plan: bool) -> None:
    assert bool([f for f in _facts((T, said)) if f[0] == "plan"]) is plan
