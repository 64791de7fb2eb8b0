"""A unit carried to a bare number (scribe.statements.with_units) in the forms blind40-dev met (#17), in this
file's own words: a figure written with a thousands comma ("1,100 feet") is one number, its "1" no bare
number before a comma; a sentence that names a unit of its own ("about 400, 396 meters") takes no other
unit from the sentence before it. Rows marked "must not change" read as they did before."""

import pytest

from scribe.statements import in_digits, with_units


@pytest.mark.parametrize(
    ("said", "carried", "written"),
    [
        # failing before: "1,100" was cut at its comma and the "1" given the unit ("1 feet,100 feet")
        (
            "She walked 1,450 feet, up from 1,100 feet in March.",
            None,
            "She walked 1,450 feet, up from 1,100 feet in March.",
        ),
        ("Today 1,200, last month 980 feet.", "feet", "Today 1,200 feet, last month 980 feet."),
        # failing before: the unit of the sentence before given to a figure of another unit
        ("In meters that is about 400, 396 meters.", "feet", "In meters that is about 400, 396 meters."),
        ("Roughly 19, 19 kilograms.", "pounds", "Roughly 19, 19 kilograms."),
        # must not change: a unit carried within a sentence and to the next one
        ("Grip right 40 pounds, left is 32", None, "Grip right 40 pounds, left is 32 pounds"),
        ("Last week you were at 15", "seconds", "Last week you were at 15 seconds"),
        ("Left 52, right 18.", "pounds", "Left 52 pounds, right 18 pounds."),
        ("Right 48 pounds, left 30 pounds.", "pounds", "Right 48 pounds, left 30 pounds."),
    ],
)
def test_unit_carried(said: str, carried: str | None, written: str) -> None:
    assert with_units(in_digits(said), carried)[0] == written
