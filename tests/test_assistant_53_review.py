"""A month's name is a whole word (review, stop 53: PERIOD_HOW and MONTH_MEANT took any word starting with
a month's first three letters, so 'how is janet doing' became the clinic's figures and 'i meant julie' moved
a proposal to July)."""

from datetime import date

import pytest

from assistant.engine import month_meant
from assistant.understand import PERIOD_HOW

PERIODS = [
    # the clinic's figures over a stretch: must not change
    ("hows november looking so far", True),
    ("how did the year go", True),
    ("how bad was thanksgiving week", True),
    ("how was november?", True),
    ("how was nov", True),
    ("how is the month going", True),
    ("hows dec been", True),
    ("how did sept go", True),
    ("how was march so far", True),
    # a person asked after, or a provider's schedule
    ("how is janet doing", False),
    ("hows mark doing today", False),
    ("how is julie doing?", False),
    ("how is june doing", False),
    ("how is may doing today", False),
    ("how is the week looking for dr smith", False),
]


@pytest.mark.parametrize(("said", "period"), PERIODS)
def test_a_stretch_of_time_asked_after(said: str, period: bool) -> None:
    assert bool(PERIOD_HOW.search(said)) is period


MEANT = [
    ("wait i meant dec", date(2028, 12, 29)),
    ("no i meant jan", date(2029, 1, 29)),
    ("i meant september not oct", date(2029, 9, 29)),
    ("meant june", date(2029, 6, 29)),
    ("i meant julie", None),
    ("i meant mark", None),
    ("i meant nov", None),  # the proposed day's own month
]


@pytest.mark.parametrize(("said", "moved"), MEANT)
def test_the_month_meant(said: str, moved: date | None) -> None:
    assert month_meant(said, date(2028, 11, 29)) == moved
