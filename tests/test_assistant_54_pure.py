"""#19, stop 54: the assistant's pure reads, as tables with rows that must not change. A day the clinic is
closed (a holiday it closes on, a weekday nobody works) is said closed with the next open day; a biller's
"any claims waiting" / "claims not paid yet" is the list of claims sent and not yet paid (held claims stay
"held"); the therapist a patient sees is the one of her next visit, else the one she saw most; "whats open
for him" is about the patient talked of."""

from datetime import date, datetime, timedelta

import pytest

from assistant.engine import FOR_THE_PATIENT, clinic_work_list, closed_day_words, usual_provider
from assistant.tools import Visit
from assistant.understand import slots
from core.scheduling.closed_days import closed_why, next_open

WEEKDAYS = {0, 1, 2, 3, 4}
MON = date(2028, 11, 27)


@pytest.mark.parametrize(
    ("day", "worked", "why"),
    [
        (date(2028, 12, 2), WEEKDAYS, "Saturdays"),
        (date(2028, 12, 3), WEEKDAYS, "Sundays"),
        (date(2028, 12, 25), WEEKDAYS, "Christmas Day"),
        (date(2028, 11, 23), WEEKDAYS, "Thanksgiving"),
        (date(2028, 5, 29), WEEKDAYS, "Memorial Day"),
        (date(2027, 12, 31), WEEKDAYS, "New Year's Day"),  # Jan 1 2028 a Saturday: observed the Friday
        # must not change: open weekdays, the day after a holiday, a Saturday a provider works
        (date(2028, 11, 27), WEEKDAYS, None),
        (date(2028, 11, 24), WEEKDAYS, None),
        (date(2028, 12, 26), WEEKDAYS, None),
        (date(2028, 12, 2), WEEKDAYS | {5}, None),
    ],
)
def test_a_closed_day_is_a_holiday_or_a_weekday_nobody_works(
    day: date, worked: set[int], why: str | None
) -> None:
    assert closed_why(day, worked) == why


@pytest.mark.parametrize(
    ("day", "after"),
    [
        (date(2028, 12, 2), date(2028, 12, 4)),  # Saturday: the Monday
        (date(2028, 12, 23), date(2028, 12, 26)),  # Saturday before Christmas Monday: the Tuesday
        (date(2028, 11, 23), date(2028, 11, 24)),  # Thanksgiving: the Friday
        (date(2028, 11, 27), date(2028, 11, 28)),  # an open Monday: the next day
    ],
)
def test_the_next_open_day_skips_weekends_and_holidays(day: date, after: date) -> None:
    assert next_open(day, WEEKDAYS) == after


def test_no_open_day_within_the_horizon_is_none() -> None:
    assert next_open(MON, set()) is None


def test_a_closed_day_is_said_with_the_next_open_day() -> None:
    said = closed_day_words(date(2028, 12, 2), "Saturdays", date(2028, 12, 4))
    assert said.startswith(
        "The clinic is closed on Sat Dec 2, 2028 (closed Saturdays); the next open day is Mon Dec 4"
    )
    assert "Nothing was searched or proposed" in said
    said = closed_day_words(date(2028, 12, 25), "Christmas Day", date(2028, 12, 26))
    assert "(Christmas Day)" in said and "Tue Dec 26" in said


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("any claims waiting", "sent"),
        ("claims not paid yet", "sent"),
        ("which claims are unpaid", "sent"),
        ("any claims still out", "sent"),
        ("claims waiting on payment", "sent"),
        ("claims waiting for the payer", "sent"),
        ("what claims are pending", "sent"),
        ("claims sent but not paid", "sent"),
        ("outstanding claims?", "sent"),
        # must not change: held and denied work lists, one patient's claims, one claim
        ("any claims waiting to go out", "held"),
        ("any claims stuck", "held"),
        ("Which claims are held?", "held"),
        ("what claims are denied", "denied"),
        ("any claims waiting for Maria Lopez", None),
        ("which of her claims are unpaid", None),
        ("has claim 32 been paid", None),
        ("how many oct claims still out", None),  # a month: not the whole list
        ("november claims not sent yet", None),
        ("what does Henry Nguyen owe?", None),
    ],
)
def test_claims_waiting_are_those_sent_and_not_paid(said: str, kind: str | None) -> None:
    assert clinic_work_list(slots(said, MON)) == kind


def _visit(days: int, provider: int, status: str = "completed", discipline: str = "PT") -> Visit:
    starts = datetime(2028, 11, 27, 9) + timedelta(days=days)
    return Visit(
        id=100 + days, patient="P", starts=starts, ends=starts + timedelta(minutes=45), status=status,
        provider_id=provider, provider="X", type_id=1, type_name="PT follow-up", discipline=discipline,
        kind="follow-up",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("history", "usual"),
    [
        ([_visit(-14, 1), _visit(-7, 2), _visit(-3, 2)], 2),  # seen most
        ([_visit(-14, 1), _visit(-7, 2), _visit(3, 1, "booked")], 1),  # the next visit's therapist first
        ([_visit(-14, 1), _visit(-7, 2)], 2),  # a tie: the latest
        ([_visit(-14, 1), _visit(-7, 2, "cancelled"), _visit(-3, 2, "cancelled")], 1),  # cancelled not seen
        ([_visit(-7, 3, discipline="OT"), _visit(-3, 1)], 1),  # another discipline's therapist not hers
        # must not change: no visit of the discipline
        ([_visit(-7, 3, discipline="OT")], None),
        ([], None),
    ],
)
def test_the_therapist_a_patient_sees(history: list[Visit], usual: int | None) -> None:
    assert usual_provider(history, "PT", MON) == usual


@pytest.mark.parametrize(
    ("said", "for_her"),
    [
        ("whats open for him tues", True),
        ("anything open to fit her in thursday", True),
        ("can she get in tomorrow", True),
        ("any openings for them next week", True),
        # must not change: the clinic's open times, another patient named
        ("whats open tues", False),
        ("any openings tomorrow afternoon", False),
        ("who has room thursday", False),
    ],
)
def test_open_times_asked_for_the_patient_talked_of(said: str, for_her: bool) -> None:
    assert bool(FOR_THE_PATIENT.search(said)) is for_her
