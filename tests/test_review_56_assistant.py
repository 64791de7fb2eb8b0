"""Review of 1ea4589 (#19): a yes taken back in the same message ("ok yes but wait", "yes? wait", "ok yes,
wait no", "k yes hold on", "yes but let me check with her first") is no yes: nothing is written and what
waits is asked about once more. With 1ea4589, "ok yes ..." was no longer a sighed yes, and these cancelled
the visit at once (as "yes but wait" already did). A yes with more asked after it, a wait list named, or "no
rush" confirms as before."""

import pytest
from test_assistant_55_pending_kept import _alone_on_a_day, _ask, _status

from assistant.pending import hesitant_yes
from assistant.refusals import audit_asked_again

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("said", "taken_back"),
    [
        ("ok yes but wait", True),
        ("ok yes? wait", True),
        ("yes? wait", True),
        ("yes but wait", True),
        ("ok yes, wait no", True),
        ("k yes hold on", True),
        ("ok yes no wait", True),
        ("ok yes but let me check with her first", True),
        ("yes hold off", True),
        ("alright yes but hang on", True),
        # must not change: a plain yes, a yes with more asked, a wait list named, "no rush"
        ("ok yes", False),
        ("alright yes book it", False),
        ("yes", False),
        ("yes, and whens her next one", False),
        ("yes and wait list her too", False),
        ("yes, no rush", False),
        ("ok yes the 3pm not the 2pm", False),
        ("lol ok yes", False),
    ],
)
def test_a_yes_taken_back_in_the_same_message(said: str, taken_back: bool) -> None:
    assert hesitant_yes(said) is taken_back


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("ok yes but wait", False),
        ("ok yes? wait", False),
        ("yes? wait", False),
        ("ok yes, wait no", False),
        ("k yes hold on", False),
        ("ok yes but let me check with her first", False),
        # must not change
        ("ok yes", True),
        ("alright yes", True),
        ("yes", True),
    ],
)
def test_a_yes_taken_back_leaves_the_cancel_waiting(practice, demo_clock, said: str, done: bool) -> None:  # type: ignore[no-untyped-def]
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
    # the change still waits: a plain yes after it does it
    again = _ask(practice, "yes", chat)
    assert again["answer"].startswith("Cancelled the visit"), again["answer"]
    assert _status(practice, visit_id)[0] == "cancelled"


AUDIT = (
    "I can't do that here: who opened a chart is in the audit log, which the owner reviews on its own page."
)


@pytest.mark.parametrize(
    ("said", "again"),
    [
        # review of 9166afd: a request about the schedule, a visit or a bill after the audit log was declined
        ("print her schedule for the week", False),
        ("change that one to 3pm", False),
        ("fix it, move her to thursday", False),
        ("send her the bill for that", False),
        # must not change: a cancel read as one, the log asked again
        ("cancel that one", False),
        ("why did the front desk open his notes", True),
        ("why was anyone in on memorial day", True),
        ("delete the one from monday, it was me testing", True),
        ("delete that entry, it was me", True),
        ("ok then export the week", True),
    ],
)
def test_a_request_after_the_audit_log_declined_is_read_as_one(said: str, again: bool) -> None:
    assert (audit_asked_again(said, AUDIT) is not None) is again
