"""Requests misread as something else (issue 19): a slot asked for the patient ("can she lift the 3pm
slot", "can he take the 3pm", "could she grab that 10:30 spot") is a change of her visit, never a
clinical question; "cx that 1" is that one, no one o'clock; "cn she do erlier" typed in a hurry."""

from datetime import date

import pytest

from assistant.understand import slots

MON = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("can she lift the 3pm slot", "reschedule"),
        ("can he take the 3pm", "reschedule"),
        ("could she grab that 10:30 spot", "reschedule"),
        ("can she take the 3pm thurs", "reschedule"),
        ("cn she do erlier", "reschedule"),
        # a clinical question stays one; "you take the 3 off" is a cancel, not her taking a slot
        ("can she lift the box", "clinical"),
        ("can she lift 20 lbs with her shoulder yet", "clinical"),
        ("can you take the 3 off", "cancel"),
    ],
)
def test_a_slot_asked_for_the_patient_is_a_schedule_request(said: str, intent: str) -> None:
    assert slots(said, MON).intent == intent


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("cx that 1", []),  # "that one"
        ("the other 1", []),
        ("cx that 1pm", [13 * 60]),
        ("book her at 1", [13 * 60]),
        ("move her to that 1:30", [13 * 60 + 30]),
    ],
)
def test_one_said_as_a_digit_after_that_is_no_time(said: str, minutes: list[int]) -> None:
    assert [t.value for t in slots(said, MON).times] == minutes


def test_the_slot_words_are_no_names() -> None:
    assert slots("could she grab that 10:30 spot", MON).words == []
