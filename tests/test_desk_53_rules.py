"""Trial 53, front desk (#20): the scheduling rules behind the findings, as pure functions.

"a"/"an" as said (core.words.with_article), whom a freed time is offered to (offer_order),
why it was offered to nobody (nobody_offered_words), and when a check-in may be undone
(may_undo_check_in). Rows marked "must not change" hold what was right before."""

import pytest

from core.enums import AppointmentStatus
from core.scheduling.rules import (
    WaitingFit,
    may_undo_check_in,
    may_undo_no_show,
    nobody_offered_words,
    offer_order,
)
from core.words import with_article


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("evaluation", "an evaluation"),
        ("OT initial evaluation", "an OT initial evaluation"),
        ("SLP treatment", "an SLP treatment"),
        ("OTA", "an OTA"),
        ("SLPA", "an SLPA"),
        ("OT", "an OT"),
        ("SLP", "an SLP"),
        ("hour", "an hour"),
        ("initial evaluation", "an initial evaluation"),
        # must not change
        ("PT follow-up", "a PT follow-up"),
        ("PT initial evaluation", "a PT initial evaluation"),
        ("PTA", "a PTA"),
        ("PT", "a PT"),
        ("follow-up", "a follow-up"),
        ("re-evaluation", "a re-evaluation"),
        ("progress", "a progress"),
        ("group", "a group"),
        ("unit", "a unit"),
        ("visit", "a visit"),
        ("", ""),
    ],
)
def test_the_article_is_the_one_said(phrase: str, said: str) -> None:
    assert with_article(phrase) == said


@pytest.mark.parametrize(
    ("fits", "order"),
    [
        # busy at that time: never offered ("Book it" would refuse)
        ([WaitingFit(1, busy_then=True), WaitingFit(2)], [2]),
        # a visit of the discipline that day: after those with none, each group in waiting order
        ([WaitingFit(1, same_discipline_that_day=True), WaitingFit(2), WaitingFit(3)], [2, 3, 1]),
        (
            [
                WaitingFit(1, same_discipline_that_day=True),
                WaitingFit(2, busy_then=True, same_discipline_that_day=True),
                WaitingFit(3, same_discipline_that_day=True),
                WaitingFit(4),
            ],
            [4, 1, 3],
        ),
        ([WaitingFit(1, busy_then=True)], []),
        # must not change: everyone free, no visit that day: the order they waited in
        ([WaitingFit(3), WaitingFit(1), WaitingFit(2)], [3, 1, 2]),
        ([], []),
    ],
)
def test_whom_a_freed_time_is_offered_to(fits: list[WaitingFit], order: list[int]) -> None:
    assert offer_order(fits) == order


@pytest.mark.parametrize(
    ("started", "discipline", "waiting", "suited", "busy", "said"),
    [
        (True, "PT", 3, 3, 0, "The time has begun, so it was not offered on the wait list."),
        (
            False,
            "OT",
            0,
            0,
            0,
            "Nobody is on the wait list for an OT visit, so the time was offered to no one.",
        ),
        (
            False,
            "PT",
            0,
            0,
            0,
            "Nobody is on the wait list for a PT visit, so the time was offered to no one.",
        ),
        (
            False,
            "SLP",
            4,
            0,
            0,
            "The time was offered to no one: of the 4 patients waiting for an SLP visit, none can come then "
            "(their days, hours, provider or visit length).",
        ),
        (
            False,
            "PT",
            3,
            3,
            3,
            "The time was offered to no one: 3 patients waiting could come then, but they already have a "
            "visit at that time.",
        ),
        (
            False,
            "PT",
            2,
            1,
            1,
            "The time was offered to no one: 1 patient waiting could come then, but the patient already has "
            "a visit at that time.",
        ),
    ],
)
def test_why_a_freed_time_was_offered_to_nobody(
    started: bool, discipline: str, waiting: int, suited: int, busy: int, said: str
) -> None:
    assert (
        nobody_offered_words(
            started=started, discipline=discipline, waiting=waiting, suited=suited, busy=busy
        )
        == said
    )


@pytest.mark.parametrize(
    ("status", "documented", "undone"),
    [
        (AppointmentStatus.checked_in, False, True),
        (AppointmentStatus.checked_in, True, False),  # a visit opened on it: the clinician's record
        # must not change: only a check-in is undone here; a no-show has its own undo
        (AppointmentStatus.booked, False, False),
        (AppointmentStatus.completed, False, False),
        (AppointmentStatus.cancelled, False, False),
        (AppointmentStatus.no_show, False, False),
    ],
)
def test_when_a_check_in_may_be_undone(status: str, documented: bool, undone: bool) -> None:
    assert may_undo_check_in(status, documented) is undone
    assert may_undo_no_show(status, documented) is (status == AppointmentStatus.no_show and not documented)
