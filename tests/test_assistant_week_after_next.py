""" "The week after next" is the week after next week, Monday to Friday, and a patient who wants to come in
then is a booking asked (the openings are offered), never a look-up of visits she does not have yet.
"Same time the week after next" (a repeat of a visit on the table) is left to the repeat readings.
Pure: no database, no model."""

from datetime import date

import pytest

from assistant.understand import slots

TUE = date(2027, 4, 6)


@pytest.mark.parametrize(
    ("text", "intent", "first", "last"),
    [
        ("Nick wants to come in the week after next", "book", date(2027, 4, 19), date(2027, 4, 23)),
        ("book her the wk after next w katherine", "book", date(2027, 4, 19), date(2027, 4, 23)),
        ("she'd like to come in the week after next", "book", date(2027, 4, 19), date(2027, 4, 23)),
        ("Nick wants to come in next week", "book", date(2027, 4, 12), date(2027, 4, 16)),
    ],
)
def test_week_after_next(text: str, intent: str, first: date, last: date) -> None:
    frame = slots(text, TUE)
    assert (frame.intent, frame.day, frame.day_to) == (intent, first, last), text


def test_same_time_left_alone() -> None:
    assert slots("same time the week after next", TUE).day is None
