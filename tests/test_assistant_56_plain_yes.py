"""#19, stop 56: a plain yes to a clear proposal confirms it. "ok yes", "alright yes book it", "k yes" lead
into the yes with an acknowledging word and no sigh: the change is done at once, never asked about again
("To be sure: ..."). A yes said through a sigh ("lol ok yes", "ok fine yes", "ugh YES") is still asked
about once more before anything is written."""

from datetime import datetime

import pytest
from conftest import Practice
from test_assistant_55_pending_kept import _alone_on_a_day, _ask, _status

from assistant.pending import grudging_yes, read_yes

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("said", "grudging"),
    [
        ("ok yes", False),
        ("okay yes book it", False),
        ("alright yes", False),
        ("k yes", False),
        ("ok, yes please", False),
        # must not change: a sigh among the words before the yes
        ("lol ok yes", True),
        ("ok fine yes", True),
        ("ugh fine yes", True),
        ("fine. yes cancel them", True),
        ("ugh YES", True),
        ("yes", False),
    ],
)
def test_only_a_sigh_makes_a_yes_grudging(said: str, grudging: bool) -> None:
    assert (grudging_yes(said) is not None) == grudging
    assert (read_yes(said) is not None) == (not grudging)


@pytest.mark.parametrize(("said", "done"), [("ok yes", True), ("alright yes", True), ("lol ok yes", False)])
def test_a_plain_ok_yes_confirms_the_waiting_cancel(
    practice: Practice, demo_clock: datetime, said: str, done: bool
) -> None:
    first, last, visit_id, local = _alone_on_a_day(practice)
    asked = _ask(practice, f"cancel {first} {last} {local:%-m/%-d} {local:%-I:%M}".lower())
    assert asked["proposal"] is not None and asked["proposal"]["action"] == "cancel", asked["answer"]
    answer = _ask(practice, said, asked["conversation_id"])
    if done:
        assert answer["answer"].startswith("Cancelled the visit"), answer["answer"]
        assert _status(practice, visit_id)[0] == "cancelled"
    else:
        assert answer["answer"].startswith("To be sure: yes to Cancel"), answer["answer"]
        assert _status(practice, visit_id)[0] == "booked"
