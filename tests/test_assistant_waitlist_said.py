"""The wait list as staff talk of it (issue #19): "ok who's on the wl for that" asks who is on it (a talk
word before the question never turns it into adding someone), and "she wants in sooner than the 12th if
something opens, can u flag that" puts her on it, with the date a bound, not the weekday she waits for."""

from datetime import date

import pytest

from assistant.understand import slots

THU = date(2027, 4, 29)


@pytest.mark.parametrize(
    "said",
    [
        "ok who's on the wl for that",
        "so who is on the waitlist for friday",
        "and anyone on the wait list for mornings",
        "ok, is anyone on the wl for pt",
        "um who's on the wait list",
        "who's on the wl",
    ],
)
def test_who_is_on_the_wait_list_is_asked_not_added(said: str) -> None:
    assert slots(said, THU).intent == "waitlist_lookup", said


@pytest.mark.parametrize(
    "said",
    [
        "ok put her on the wl",
        "ok add her to the waitlist",
        "Barbara wants in sooner than the 12th if something opens, can u flag that",
        "call her if anything earlier comes up",
        "if something opens sooner let her know",
        "flag him for anything sooner",
        "flag her if something earlier opens",
    ],
)
def test_an_earlier_time_wanted_if_one_opens_is_the_wait_list(said: str) -> None:
    assert slots(said, THU).intent == "waitlist", said


@pytest.mark.parametrize(
    "said",
    [
        "can she come in sooner",
        "move her to something earlier on the 12th",
        "is anything open sooner",
        # a move of her visit if a time is open, not the wait list
        "george wants earlier tmrw if anything opens, otherwise leave it",
        "she wants earlier if a spot opens up",
    ],
)
def test_sooner_without_a_flag_is_not_the_wait_list(said: str) -> None:
    assert slots(said, THU).intent not in ("waitlist", "waitlist_lookup"), said
