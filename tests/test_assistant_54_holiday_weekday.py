"""A holiday named by a weekday ("good friday", "black friday") is that day wherever it stands in the
message, never the coming weekday; a holiday said in passing is still no day (test30, b30-cx-07: "pls cancel
all of Kyles pts good friday shes out" on Thu Mar 15, 2029 proposed cancelling Fri Mar 16)."""

from datetime import date

import pytest

from assistant.understand import holidays_said, slots

THU_MAR_15_2029 = date(2029, 3, 15)
GOOD_FRIDAY_2029 = date(2029, 3, 30)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("pls cancel all of Kyles pts good friday shes out", ["good friday"]),
        ("move her good friday appt to thurs", ["good friday"]),
        ("is black friday busy", ["black friday"]),
        ("book her good friday at 10", ["good friday"]),
        # must not change: in passing, after a preposition that is not where a day goes
        ("her grandkids are coming for good friday service", []),
        ("she was out before good friday and back monday", []),
        ("the kids are off for christmas", []),
        ("her son visits around christmas, can she do mornings", []),
        ("open christmas eve?", ["christmas eve"]),
    ],
)
def test_holidays_said(text: str, found: list[str]) -> None:
    assert [m[0] for m in holidays_said(text)] == found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("pls cancel all of Kyles pts good friday shes out", GOOD_FRIDAY_2029),
        ("whats open good friday morning", GOOD_FRIDAY_2029),
        # must not change: the plain weekday is the coming Friday
        ("pls cancel all of Kyles pts friday shes out", date(2029, 3, 16)),
    ],
)
def test_the_day_meant(text: str, day: date) -> None:
    assert slots(text, THU_MAR_15_2029).day == day
