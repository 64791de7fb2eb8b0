"""Counts in words (core.words): one helper for every page and message, singular for exactly one."""

import pytest

from core.words import counted, listed, plural


@pytest.mark.parametrize(
    ("n", "word", "said"),
    [
        (1, "visit", "1 visit"),
        (0, "visit", "0 visits"),
        (2, "visit", "2 visits"),
        (1, "entry", "1 entry"),
        (3, "entry", "3 entries"),
        (1, "day", "1 day"),
        (30, "day", "30 days"),
        (1200, "claim", "1,200 claims"),
        (2, "box", "2 boxes"),
        (2, "person", "2 people"),
        (2, "week", "2 weeks"),
        (-1, "visit", "-1 visits"),
    ],
)
def test_a_count_reads_singular_for_exactly_one(n: int, word: str, said: str) -> None:
    assert counted(n, word) == said


def test_an_irregular_plural_may_be_named() -> None:
    assert counted(2, "fee schedule line", "fee schedule lines") == "2 fee schedule lines"
    assert plural("category") == "categories" and plural("delay") == "delays"


@pytest.mark.parametrize(
    ("items", "said"),
    [
        (["97110"], "97110"),
        (["97110", "97140"], "97110 and 97140"),
        (["97110", "97140", "97530"], "97110, 97140 and 97530"),
        (["OT", "PT", "SLP"], "OT, PT and SLP"),
    ],
)
def test_a_list_reads_with_and_before_its_last_item(items: list[str], said: str) -> None:
    assert listed(items) == said
