"""A household's bills (an everyday task in cognitive and OT work: "bill paying", "the electric bill",
"pays her bills") are not billing talk, which stays out of the note (#17). Phrasings written for these
tests."""

import pytest

from scribe.statements import NOT_CLINICAL


@pytest.mark.parametrize(
    ("said", "billing"),
    [
        # a household's bills: an everyday task
        ("Then problem solving with bill paying: reading the electric bill.", False),
        ("she pays her bills with the checkbook now", False),
        ("the phone bill came and he read it out", False),
        # billing talk: kept out
        ("Bill manual therapy 45 minutes.", True),
        ("can you bill that as two units", True),
        ("billing for the ultrasound too", True),
        ("my bill is huge this month", True),
    ],
)
def test_a_households_bills_are_not_billing(said: str, billing: bool) -> None:
    assert bool(NOT_CLINICAL.search(said)) is billing
