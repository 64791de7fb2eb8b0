"""A plan fact is what comes after "next visit" or "next time"; the phrase with nothing of the plan after it
("I'd ask them at the next visit", "Berg I'll do next time, you're tired") writes no "Next visit." line."""

import pytest
from transcript_helpers import turns

from scribe.extract import extract

T = "therapist"


@pytest.mark.parametrize(
    ("said", "plan"),
    [
        ("Next visit we'll add the stairs.", ["next visit we'll add the stairs"]),
        ("Next time, you're going to try the curb.", ["Next time, you're going to try the curb"]),
        ("Next session progress to single leg stance.", ["Next session progress to single leg stance"]),
        ("That's a question for your surgeon, and I'd ask them at the next visit.", []),
        ("Berg balance I'll do next time, you're tired.", []),
        ("See you next time.", []),
    ],
)
def test_a_plan_says_what_comes_next(said: str, plan: list[str]) -> None:
    found = [f.value for f in extract(turns((T, said))) if f.kind == "plan"]
    assert [v.lower() for v in found] == [p.lower() for p in plan]
