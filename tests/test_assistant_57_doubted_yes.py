"""#19, stop 57: a yes with a doubt said after it ("ok yes although hmm", "yes tho idk", "yes but im not
sure") is no yes: nothing is written and what waits is asked about once more, as with "ok yes but wait"
(test_review_56_assistant). A yes with a remark, a question or a change after it reads as before."""

from datetime import datetime

import pytest
from conftest import Practice
from test_assistant_55_pending_kept import _alone_on_a_day, _ask, _status

from assistant.pending import hesitant_yes

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("said", "doubted"),
    [
        ("ok yes although hmm", True),
        ("yes hmm", True),
        ("ok yes, hmm", True),
        ("yes but hmm", True),
        ("yes hmmm", True),
        ("yes tho idk", True),
        ("yes but im not sure", True),
        ("ok yes, i'm not sure", True),
        ("yes though not too sure", True),
        ("yes, on second thought", True),
        # must not change: a plain yes, a remark or a question after it, a wait list named
        ("ok yes", False),
        ("yes", False),
        ("ok yes although she might be late", False),
        ("yes, and whens her next one", False),
        ("yes and wait list her too", False),
        ("yes, no rush", False),
        ("yes um", False),
        ("lol ok yes", False),
        ("ok yes but wait", True),
    ],
)
def test_a_yes_with_a_doubt_after_it(said: str, doubted: bool) -> None:
    assert hesitant_yes(said) is doubted


@pytest.mark.parametrize(
    ("said", "done"), [("ok yes although hmm", False), ("yes tho idk", False), ("ok yes", True)]
)
def test_a_doubted_yes_leaves_the_cancel_waiting(
    practice: Practice, demo_clock: datetime, said: str, done: bool
) -> None:
    first, last, visit_id, local = _alone_on_a_day(practice)
    asked = _ask(practice, f"cancel {first} {last} {local:%-m/%-d} {local:%-I:%M}".lower())
    assert asked["proposal"] is not None and asked["proposal"]["action"] == "cancel", asked["answer"]
    chat = asked["conversation_id"]
    answer = _ask(practice, said, chat)
    if done:
        assert answer["answer"].startswith("Cancelled the visit"), answer["answer"]
        assert _status(practice, visit_id)[0] == "cancelled"
        return
    assert answer["answer"].startswith("To be sure: yes to Cancel"), answer["answer"]
    assert _status(practice, visit_id)[0] == "booked"
    again = _ask(practice, "yes", chat)
    assert again["answer"].startswith("Cancelled the visit"), again["answer"]
    assert _status(practice, visit_id)[0] == "cancelled"
