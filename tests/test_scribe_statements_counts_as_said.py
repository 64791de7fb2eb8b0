"""A count said as "N of M" stays as said in the note's quotes ("4 of 12 lines missed", "eight of ten sips"):
only a score said on its scale ("six out of ten", "three over five") takes the note's shorthand N/M.
Table-driven, one kind per row; the phrasings are this file's own."""

import pytest

from scribe.statements import in_digits


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("4 of 12 lines missed", "4 of 12 lines missed"),
        ("she got seven of ten with a visual cue", "7 of 10 with a visual cue"),
        ("sarcasm and humor, five of eight", "5 of 8"),
        ("coughed on one of ten sips", "1 of 10 sips"),
    ],
)
def test_a_count_of_a_number_stays_as_said(said: str, written: str) -> None:
    assert written in in_digits(said)


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("pain is six out of ten", "6/10"),
        ("quad strength four out of five", "4/5"),
        ("three over five on the left", "3/5"),
        ("twelve percent", "12%"),
    ],
)
def test_a_score_on_its_scale_takes_the_shorthand(said: str, written: str) -> None:
    assert written in in_digits(said)
