"""Numbers said in thousands and in hundreds counted past twenty (scribe.numbers): read whole, so no part
of one number stands as a count of its own ("three thousand units" is never "3 units"). Phrasings are
this file's own."""

import pytest

from scribe.numbers import numbers_in


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("she takes three thousand units of vitamin D", [("three thousand", 3000)]),
        ("a thousand steps a day", [("a thousand", 1000)]),
        ("back in two thousand and nineteen", [("two thousand and nineteen", 2019)]),
        ("two thousand five hundred steps", [("two thousand five hundred", 2500)]),
        ("about 5 thousand steps", [("5 thousand", 5000)]),
        ("twenty five hundred steps", [("twenty five hundred", 2500)]),
        ("twenty-five hundred calories", [("twenty-five hundred", 2500)]),
        ("fifteen hundred", [("fifteen hundred", 1500)]),
        # what was read before stays as it was
        ("a hundred and ten degrees", [("a hundred and ten", 110)]),
        ("one-twenty of flexion", [("one-twenty", 120)]),
        ("twenty seventy percent", [("twenty", 20), ("seventy", 70)]),
        ("two twenty-minute bouts", [("two", 2), ("twenty", 20)]),
        # a hundred past one said with spaces, as a recogniser writes it (#17): read whole
        ("pitch about one eighty five hertz", [("one eighty five", 185)]),
        ("flexion to one thirty five today", [("one thirty five", 135)]),
        ("thousands of steps", []),
        ("5000 steps", [("5000", 5000)]),
    ],
)
def test_thousands_and_hundreds_are_read_whole(said: str, read: list[tuple[str, float]]) -> None:
    assert [(said[n.start : n.end], n.value) for n in numbers_in(said)] == read
