"""#19, stop 56: a booking asked on a day the clinic is closed ("book her on christmas at 10"), corrected with
a bare weekday ("oh duh thursday then", "ok wed then"): the weekday of the closed day's week (Thu Dec 24),
never the coming one weeks before it (Thu Nov 26, itself Thanksgiving). A weekday said with "next" or
"this", or one near the day asked, is read as before."""

import pytest
from conftest import Practice
from test_assistant_pending_changes import FRONT_DESK, _ask, _no_auth_patient

DEMO_SIZE = "tiny"  # today: Tue Nov 24, 2026

pytestmark = pytest.mark.usefixtures("demo_clock")


@pytest.mark.parametrize(
    ("said", "day", "not_day"),
    [
        ("oh duh thursday then", "Dec 24", "Nov 26"),
        ("ok wed then", "Dec 23", "Nov 25"),
        ("tues then", "Dec 22", "Dec 1"),
        # must not change: "next" said, the coming week's day
        ("next wed then", "Dec 2", "Dec 23"),
    ],
)
def test_a_weekday_after_a_closed_day_is_that_week(
    practice: Practice, said: str, day: str, not_day: str
) -> None:
    name = _no_auth_patient(practice)
    closed = _ask(practice, FRONT_DESK, f"book {name} on christmas at 10")
    assert closed["answer"].startswith("The clinic is closed on Fri Dec 25"), closed["answer"]
    again = _ask(practice, FRONT_DESK, said, closed["conversation_id"])
    assert day in again["answer"] and not_day not in again["answer"], again["answer"]
