"""Numbers quoted as said keep what they measure (#17): a motion short of neutral ("extension minus
five") carries the motion's degrees, and the other side's value ("55 on the left") the unit just said.
Phrasings written for these tests, typed and as a recognizer writes them."""

import pytest

from scribe.statements import in_digits, with_units


@pytest.mark.parametrize(
    ("said", "written"),
    [
        # below neutral, typed and lower case
        ("Flexion is 110 degrees, extension minus five.", "extension -5 degrees."),
        ("knee flexion 95 degrees extension minus 10", "extension -10 degrees"),
        # the other side's value, the unit carried
        ("Grip 40 pounds on the right and 55 on the left.", "55 pounds on the left"),
        ("pinch 12 pounds left 9 on the right", "9 pounds on the right"),
        ("Dorsiflexion 5 degrees, plantarflexion 30, inversion 20 bilaterally.", "20 degrees bilaterally"),
    ],
)
def test_a_later_number_takes_the_unit_said(said: str, written: str) -> None:
    assert written in with_units(in_digits(said), None)[0]


@pytest.mark.parametrize(
    "said",
    [
        # a range, a level, a count of sets: no unit added
        "L4-5 and 3-5 reps",
        "we did 3 sets of 10 on the left",
    ],
)
def test_counts_and_ranges_take_no_unit(said: str) -> None:
    assert with_units(in_digits(said), "degrees")[0] == in_digits(said)
