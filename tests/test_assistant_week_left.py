"""What is left of this week said as one stretch of days ("cancel her for the week", "the remainder of the
wk", "all week", "thru friday", "through the end of the week"): a range from now to its last day, so a
cancel lists every visit of hers then for one yes, never the first alone (issue #19)."""

from datetime import date

import pytest

from assistant.understand import slots

MON = date(2027, 5, 3)
THU = date(2027, 4, 29)


@pytest.mark.parametrize(
    ("said", "today", "start", "end"),
    [
        ("cancel rose ford for the rest of the week", THU, THU, date(2027, 4, 30)),
        ("cancel rose ford for the week", MON, MON, date(2027, 5, 7)),
        ("cancel rose ford for the whole week", MON, MON, date(2027, 5, 7)),
        ("cx rose ford all week, she has the flu", MON, MON, date(2027, 5, 7)),
        ("cancel rose ford for the remainder of the wk", MON, MON, date(2027, 5, 7)),
        ("cancel rose ford through the end of the week", MON, MON, date(2027, 5, 7)),
        ("cancel rose ford thru friday", MON, MON, date(2027, 5, 7)),
        ("cancel rose ford through 5/5", MON, MON, date(2027, 5, 5)),
        # other weeks keep their own reading
        ("cancel rose ford for next week", MON, date(2027, 5, 10), date(2027, 5, 14)),
        ("cancel rose ford for the week of the 10th", MON, date(2027, 5, 10), date(2027, 5, 14)),
        ("book rose ford the week after next", MON, date(2027, 5, 17), date(2027, 5, 21)),
    ],
)
def test_what_is_left_of_the_week_is_one_stretch(said: str, today: date, start: date, end: date) -> None:
    frame = slots(said, today)
    assert (frame.intent, frame.day, frame.day_to) == (
        "cancel" if "cancel" in said or "cx" in said else frame.intent,
        start,
        end,
    ), said


@pytest.mark.parametrize(
    "said",
    ["what does the week look like", "how was the week", "move her wed to thu"],
)
def test_a_week_said_without_a_stretch_is_no_range(said: str) -> None:
    assert slots(said, MON).day_to is None, said


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("schedule Barbara w Dr. Thomas 5/11 @ 1115", "book"),
        ("schedule Barbara Martin 5/11 at 11:15", "book"),
        ("sched joe diaz w/ kyle fri 2", "book"),
        ("schedule Barbara Martin, 5/11 at 3", "book"),
        # the schedule itself asked for, no one to book
        ("schedule for tomorrow", "today_schedule"),
        ("schedule 5/11", "today_schedule"),
        ("schedule looks light", "today_schedule"),
    ],
)
def test_schedule_said_before_her_name_and_when_is_a_booking(said: str, intent: str) -> None:
    assert slots(said, THU).intent == intent, said
