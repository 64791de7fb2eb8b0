"""Trial 51's front-desk rules as pure functions (#20): an offered time a booking has filled, and who
cancelled a visit (no answer is chosen for the desk)."""

from datetime import UTC, datetime, timedelta

import pytest

from core.scheduling.offers import filled
from core.scheduling.rules import who_cancelled
from core.scheduling.slots import Span

AT = datetime(2026, 12, 7, 20, 45, tzinfo=UTC)  # 3:45 PM in New York


def _span(minutes_after: int, length: int = 45) -> Span:
    start = AT + timedelta(minutes=minutes_after)
    return Span(start, start + timedelta(minutes=length))


@pytest.mark.parametrize(
    ("busy", "capacity", "expected"),
    [
        ([_span(0)], 1, True),  # the trial: another patient booked straight into the offered 3:45 PM
        ([_span(15, 30)], 1, True),  # a shorter visit inside it
        ([_span(-30)], 1, True),  # one that starts before and runs into it
        # must not change: the offer stays open
        ([], 1, False),  # nothing booked there
        ([_span(45)], 1, False),  # the next visit, right after it
        ([_span(-45)], 1, False),  # the visit before, ending as it starts
        ([_span(0)], 2, False),  # a provider who takes two at once: one place left
        ([_span(0), _span(0)], 2, True),  # both places taken
    ],
)
def test_an_offered_time_is_filled_only_when_no_place_is_left(busy, capacity, expected) -> None:  # type: ignore[no-untyped-def]
    assert filled(_span(0), busy, capacity) is expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("patient", "patient"),
        ("clinic", "clinic"),
        (" Clinic ", "clinic"),
        ("PATIENT", "patient"),
        # not answered: refused, never taken as the patient's
        ("", None),
        (None, None),
        ("provider", None),
        ("patient,clinic", None),
    ],
)
def test_who_cancelled_is_said_never_assumed(answer, expected) -> None:  # type: ignore[no-untyped-def]
    assert who_cancelled(answer) == expected
