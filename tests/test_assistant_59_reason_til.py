"""A day said after "til/until" inside the why of a cancel (#19, review 59): "cancel janet woods fri appt, ac is
broken til monday" added Monday's visit to the cancel. Now that day is no visit asked; "fri til monday" with no
why between, and two days said with "and", are left as they were."""

from datetime import date

import pytest

from assistant.understand import slots

TODAY = date(2026, 11, 24)
FRI, MON, WED = date(2026, 11, 27), date(2026, 11, 30), date(2026, 11, 25)


@pytest.mark.parametrize(
    ("said", "days"),
    [
        # failed before: Monday read as a second visit
        ("cancel janet woods fri appt, ac is broken til monday", [FRI]),
        ("cancel janet woods fri appt shes out of town til monday", [FRI]),
        ("move her fri appt to mon, shes away until wed", [FRI, MON]),
        # must not change
        ("cancel all her appts til monday", [MON]),
        ("cancel janet fri and mon", [FRI, MON]),
        ("cancel her appts fri til monday", [FRI, MON]),
        ("move her fri appt to wed", [FRI, WED]),
    ],
)
def test_til_day_in_a_why(said: str, days: list[date]) -> None:
    assert [d.value for d in slots(said, TODAY).days] == days
