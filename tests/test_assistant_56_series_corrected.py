"""#19, stop 56: a series of visits waiting for its yes ("book her tues and thurs next week at 11"),
corrected with the words of a correction before the days ("no wait i meant wed not tues", "sorry i meant
wed not tues"): the day after "not" is the one left out and the day before it takes its place; the series is
proposed again with the Wednesday (never withdrawn as a message not understood), nothing written before
the yes. A correction that turns down no day of the series ("no wait, what does she owe") is read as
before."""

import re

import pytest
from conftest import Practice
from sqlalchemy import text
from test_assistant_pending_changes import FRONT_DESK, _ask, _no_auth_patient

DEMO_SIZE = "tiny"

pytestmark = pytest.mark.usefixtures("demo_clock")


def _count(practice: Practice) -> int:
    with practice.engine.connect() as conn:
        return int(conn.execute(text("SELECT COUNT(*) FROM appointment")).scalar_one())


@pytest.mark.parametrize(
    ("said", "takes_wed"),
    [
        ("no wait i meant wed not tues", True),
        ("sorry i meant wed not tues", True),
        ("wed not tues", True),  # must not change: read so before
    ],
)
def test_a_day_corrected_in_a_waiting_series(practice: Practice, said: str, takes_wed: bool) -> None:
    name = _no_auth_patient(practice)
    first = _ask(practice, FRONT_DESK, f"book {name} every tues and thurs at 11 for 3 weeks")
    assert first["proposal"] and first["proposal"]["action"] == "book", first["answer"]
    count = _count(practice)
    again = _ask(practice, FRONT_DESK, said, first["conversation_id"])
    assert again["proposal"] and again["proposal"]["token"] != first["proposal"]["token"], again["answer"]
    assert "left out, as you said: Tue" in again["answer"], again["answer"]
    assert re.search(r"\bWed \w{3} \d", again["answer"]) is not None, again["answer"]
    assert _count(practice) == count
