"""A patient's or caregiver's report of doing a task alone is a report of function (#17): "went on his
own", "ordered tacos all by himself", "through the store without holding onto the cart". Phrasings
written for these tests, typed and as a recognizer writes them."""

import pytest

from scribe.statements import REPORTED


@pytest.mark.parametrize(
    ("said", "report"),
    [
        ("He wrote the dentist appointment and went on his own.", True),
        ("she ordered tacos last friday all by herself", True),
        ("I made it through the store without holding onto the cart.", True),
        ("he got dressed without any help this week", True),
        # no task done alone
        ("Everybody heals on their own clock.", False),
        ("They bought it with their own money.", False),
        ("We drove up to the lake Saturday.", False),
    ],
)
def test_doing_a_task_alone_is_a_report(said: str, report: bool) -> None:
    assert bool(REPORTED.search(said)) is report
