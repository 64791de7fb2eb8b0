"""A month said without a year is the nearest sensible one (issue #19): ahead where what is asked lies
ahead ("everything booked thru may" on Apr 29 is May 2027, not May 2026; "thru feb" in April is next
February, from today), behind for figures and what was ("collections in may" on Apr 29 is last May). And
"does she have enough visits for everything booked" asks what her authorization covers."""

from datetime import date

import pytest

from assistant.understand import slots

THU = date(2027, 4, 29)


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        # ahead: booked, through, expiring, openings, a start
        ("does Cook have enough visits for everything booked thru may", THU, date(2027, 5, 31)),
        ("auths expiring before end of may", THU, date(2027, 5, 31)),
        ("is she covered through june", THU, date(2027, 6, 30)),
        ("her visits thru feb", THU, date(2028, 2, 29)),
        ("what's booked until the end of april", THU, date(2027, 4, 30)),
        ("any openings in may", date(2027, 5, 1), date(2027, 5, 31)),
        ("book her sometime in june", date(2027, 6, 1), date(2027, 6, 30)),
        ("she wants to start in march", date(2028, 3, 1), date(2028, 3, 31)),
        ("whose auths run out in july", date(2027, 7, 1), date(2027, 7, 31)),
        # behind: figures and what was
        ("collections in may", date(2026, 5, 1), date(2026, 5, 31)),
        ("collections in sept", date(2026, 9, 1), date(2026, 9, 30)),
        ("what did we collect in march", date(2027, 3, 1), date(2027, 3, 31)),
        ("her visits in march", date(2027, 3, 1), date(2027, 3, 31)),
        ("how many no shows in april", date(2027, 4, 1), date(2027, 4, 30)),
    ],
)
def test_a_month_alone_is_the_nearest_sensible_one(said: str, start: date, end: date) -> None:
    assert slots(said, THU).period == (start, end), said


@pytest.mark.parametrize("said", ["decline rate this month", "what's the denial rate", "jan called"])
def test_words_that_only_look_like_a_month_name_none(said: str) -> None:
    period = slots(said, THU).period
    assert period is None or period[0].month == THU.month, said


@pytest.mark.parametrize(
    "said",
    [
        "does Cook have enough visits for everything booked thru may",
        "does Stephanie Guzman have enough visits to cover whats booked thru end of april",
        "does he have enough auth for what's scheduled",
        "enough visits left for everything on the books?",
    ],
)
def test_enough_visits_for_what_is_booked_asks_the_authorization(said: str) -> None:
    assert slots(said, THU).intent == "auth_status", said
