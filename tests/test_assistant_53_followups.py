"""#19, test28's follow-ups: a reason said with a yes is written only once a proposal showed it ("yes, he's
sick" after a cancel proposed with another reason is proposed again), "wait i meant dec" moves the proposed
day to that month, "offer them tues" after a cancel is a booking for that patient, and "thru tues" said after
another day keeps that day as the start. Pure tables, with rows that must not change."""

from datetime import date

import pytest

from assistant.engine import kpi_stretch, month_meant, offer_as_booking, same_reason
from assistant.understand import slots

MON = date(2028, 11, 27)  # a Monday


@pytest.mark.parametrize(
    ("said", "proposed", "same"),
    [
        ("patient called to cancel", "patient called to cancel", True),
        ("Patient called to cancel.", "patient called to cancel", True),
        ("sick", "sick", True),
        # another reason, or none shown: never written on this yes
        ("sick", "patient called to cancel", False),
        ("car trouble", None, False),
        ("", "", False),
    ],
)
def test_a_reason_is_the_one_proposed_only_when_it_is_the_same(
    said: str, proposed: str | None, same: bool
) -> None:
    assert same_reason(said, proposed) is same


WED = date(2028, 11, 29)


@pytest.mark.parametrize(
    ("said", "proposed", "day"),
    [
        ("wait i meant dec", WED, date(2028, 12, 29)),
        ("no, I meant in December", WED, date(2028, 12, 29)),
        ("sorry meant jan", WED, date(2029, 1, 29)),  # a month before the proposed one: next year's
        ("i meant aug not july", date(2028, 7, 12), date(2028, 8, 12)),
        # must not change: no month, the same month, a day the month lacks, more than the month
        ("wait i meant 10", WED, None),
        ("i meant nov", WED, None),
        ("i meant feb", date(2028, 11, 30), None),
        ("i meant dec 3rd at 2", WED, None),
        ("dec is full right?", WED, None),
    ],
)
def test_a_month_meant_moves_the_proposed_day_to_it(said: str, proposed: date, day: date | None) -> None:
    assert month_meant(said, proposed) == day


@pytest.mark.parametrize(
    ("said", "state", "read"),
    [
        ("offer them tues", {"undo": {"appointment_id": 1}, "patient_id": 5}, "book them tues"),
        (
            "ok offer her thursday afternoon",
            {"undo": {"appointment_id": 1}, "patient_id": 5},
            "book her thursday afternoon",
        ),
        ("offer him tmrw", {"draft": {"action": "cancel"}, "patient_id": 5, "pending": "t"}, "book him tmrw"),
        # must not change: nothing cancelled here, no patient, the wait list offered, a question
        ("offer them tues", {"patient_id": 5}, "offer them tues"),
        ("offer them tues", {"draft": {"action": "book"}, "patient_id": 5}, "offer them tues"),
        ("offer them tues", {"undo": {"appointment_id": 1}}, "offer them tues"),
        (
            "offer them to the waitlist",
            {"undo": {"appointment_id": 1}, "patient_id": 5},
            "offer them to the waitlist",
        ),
        ("offer her tues?", {"undo": {"appointment_id": 1}, "patient_id": 5}, "offer her tues?"),
    ],
)
def test_an_offer_of_another_day_after_a_cancel_is_a_booking(said: str, state: dict, read: str) -> None:
    before = dict(state)
    assert offer_as_booking(state, said) == read
    # a cancel waiting stays armed beside the booking; nothing else is touched
    assert state.pop("adds", False) is (read != said and "pending" in before)
    assert state == before


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [
        ("Wayne cxl wed 8, staying at the lake thru wed", date(2028, 11, 29), None),
        ("cxl tues 10, staying at the lake thru tues", date(2028, 11, 28), None),
        ("cancel her wed thru fri", date(2028, 11, 29), date(2028, 12, 1)),
        ("cancel everything for her thru the 5th", MON, date(2028, 12, 5)),
        # must not change: from today through the day said
        ("cancel her thru friday", MON, date(2028, 12, 1)),
        ("cancel Nancy thru tues she is at the lake", MON, date(2028, 11, 28)),
        ("out thru 12/5 cancel her", MON, date(2028, 12, 5)),
    ],
)
def test_a_stretch_through_a_day_starts_at_the_day_said_before_it(
    said: str, first: date, last: date | None
) -> None:
    frame = slots(said, MON)
    assert frame.days[0].value == first, said
    assert frame.day_to == last, said


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("hows november looking so far", "kpi"),
        ("how did the year go", "kpi"),
        ("how bad was thanksgiving week", "kpi"),
        ("how is the month going", "kpi"),
        # must not change: a provider's, a patient's or the asker's own schedule, a count, a clinical question
        ("hows the week looking for kyle", "out_of_scope"),
        ("hows my week looking", "my_schedule"),
        ("how many visits this week", "visits"),
        ("how does next week look for her", "visits"),
        ("how was december booked for Kim", "visits"),
        ("how is she doing this week", "out_of_scope"),
    ],
)
def test_how_a_stretch_went_is_the_clinics_figures(said: str, intent: str) -> None:
    assert slots(said, MON).intent == intent


@pytest.mark.parametrize(
    ("said", "stretch"),
    [
        ("how bad was thanksgiving week", (date(2028, 11, 20), date(2028, 11, 26))),
        ("how did the year go", (date(2028, 1, 1), MON)),
        # must not change: a period said is read as before, none said is the default's
        ("kpis for october", None),
        ("clean claim rate", None),
    ],
)
def test_a_figures_stretch_said_as_days_is_its_range(said: str, stretch: tuple[date, date] | None) -> None:
    frame = slots(said, MON)
    assert (frame.period is not None) is (said == "kpis for october")
    assert kpi_stretch(frame, MON) == stretch
