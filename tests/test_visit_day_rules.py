"""A visit's note is signed or co-signed from the visit's own day in the clinic's zone on, and a visit
opened before it is opened ahead, to prepare its note (core.visits.rules): worked examples, the UTC date
line, late documentation, and properties."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.timeutil import local_day
from core.visits.rules import (
    before_the_day,
    kept_on_its_day,
    opened_ahead_words,
    signing_refusal,
    unkept_refusal,
)

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
HONOLULU = ZoneInfo("Pacific/Honolulu")
# Tuesday 12/07/2027, 8:00 AM Eastern: 13:00 UTC.
VISIT = datetime(2027, 12, 7, 8, tzinfo=NY)


@pytest.mark.parametrize(
    ("starts_at", "now", "zone", "refused"),
    [
        (VISIT, datetime(2027, 12, 7, 7, 30, tzinfo=NY), NY, False),  # half an hour early, the same day
        (VISIT, datetime(2027, 12, 7, 0, 0, tzinfo=NY), NY, False),  # the first minute of the day
        (VISIT, VISIT, NY, False),  # at its start
        (VISIT, datetime(2027, 12, 7, 23, 59, tzinfo=NY), NY, False),  # that night
        (VISIT, datetime(2027, 12, 10, 9, tzinfo=NY), NY, False),  # days later: late documentation
        (VISIT, datetime(2028, 1, 20, 9, tzinfo=NY), NY, False),  # weeks later, a new year
        (VISIT, datetime(2027, 12, 6, 23, 59, tzinfo=NY), NY, True),  # the minute before the day
        (VISIT, datetime(2027, 12, 6, 17, tzinfo=NY), NY, True),  # the evening before
        (VISIT, datetime(2027, 12, 2, 9, tzinfo=NY), NY, True),  # the week before
        # 7:30 PM Eastern the evening before is 00:30 UTC on the visit's day: still the day before.
        (VISIT, datetime(2027, 12, 7, 0, 30, tzinfo=UTC), NY, True),
        (VISIT, datetime(2027, 12, 7, 4, 59, tzinfo=UTC), NY, True),  # 11:59 PM Eastern
        (VISIT, datetime(2027, 12, 7, 5, 0, tzinfo=UTC), NY, False),  # midnight Eastern
        # A 7 PM Eastern visit is the next day in UTC: opened at 9 AM Eastern that day, not refused.
        (datetime(2027, 12, 7, 19, tzinfo=NY), datetime(2027, 12, 7, 9, tzinfo=NY), NY, False),
        # A 5 PM Pacific visit (01:00 UTC the next day) opened at 4 PM Pacific the same day.
        (datetime(2027, 12, 7, 17, tzinfo=LA), datetime(2027, 12, 8, 0, 0, tzinfo=UTC), LA, False),
        # Honolulu at 8 AM (18:00 UTC); 10 PM the evening before is 08:00 UTC on the visit's day.
        (datetime(2027, 12, 7, 8, tzinfo=HONOLULU), datetime(2027, 12, 7, 8, tzinfo=UTC), HONOLULU, True),
        # Stored times come back naive UTC from SQLite: read as UTC.
        (datetime(2027, 12, 7, 13), datetime(2027, 12, 7, 12, 30, tzinfo=UTC), NY, False),
        (datetime(2027, 12, 7, 13), datetime(2027, 12, 7, 1, 0, tzinfo=UTC), NY, True),
        # The spring-forward and fall-back days themselves.
        (datetime(2027, 3, 14, 9, tzinfo=NY), datetime(2027, 3, 14, 1, 30, tzinfo=NY), NY, False),
        (datetime(2027, 3, 14, 9, tzinfo=NY), datetime(2027, 3, 13, 23, 30, tzinfo=NY), NY, True),
        (datetime(2027, 11, 7, 9, tzinfo=NY), datetime(2027, 11, 7, 1, 30, tzinfo=NY, fold=1), NY, False),
    ],
)
def test_a_visit_opens_and_signs_from_its_own_local_day_on(
    starts_at: datetime, now: datetime, zone: ZoneInfo, refused: bool
) -> None:
    assert (before_the_day(starts_at, now, zone) is not None) is refused
    assert (opened_ahead_words(starts_at, now, zone) is not None) is refused
    assert (signing_refusal(starts_at, now, zone) is not None) is refused
    assert (signing_refusal(starts_at, now, zone, "co-signed") is not None) is refused


def test_the_refusals_name_the_day_as_the_pages_do_and_nothing_else() -> None:
    evening_before = datetime(2027, 12, 7, 0, 30, tzinfo=UTC)
    assert before_the_day(VISIT, evening_before, NY) == VISIT.date()
    assert opened_ahead_words(VISIT, evening_before, NY) == (
        "this visit is on Tue 12/07/2027: before it, its note is prepared ahead. The appointment stays "
        "booked; recording, signing and billing wait until that day"
    )
    assert signing_refusal(VISIT, evening_before, NY) == (
        "this note's date of service is Tue 12/07/2027; it can be signed from that day"
    )
    assert signing_refusal(VISIT, evening_before, NY, "co-signed") == (
        "this note's date of service is Tue 12/07/2027; it can be co-signed from that day"
    )


CLINIC_ZONES = st.sampled_from(
    [NY, LA, HONOLULU, ZoneInfo("America/Chicago"), ZoneInfo("America/Denver"), ZoneInfo("America/Phoenix")]
)
MOMENTS = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
)


@given(starts_at=MOMENTS, now=MOMENTS, zone=CLINIC_ZONES)
def test_refused_exactly_when_the_clinics_calendar_has_not_reached_the_day(
    starts_at: datetime, now: datetime, zone: ZoneInfo
) -> None:
    refused = opened_ahead_words(starts_at, now, zone) is not None
    assert refused is (local_day(now, zone) < local_day(starts_at, zone))
    assert refused is (signing_refusal(starts_at, now, zone) is not None)


@given(
    starts_at=MOMENTS,
    later=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)),
    zone=CLINIC_ZONES,
)
def test_from_the_start_on_never_refused_and_a_day_and_more_before_always(
    starts_at: datetime, later: timedelta, zone: ZoneInfo
) -> None:
    assert opened_ahead_words(starts_at, starts_at + later, zone) is None
    assert signing_refusal(starts_at, starts_at + later, zone) is None
    # 25 hours back is the day before on any of these clinics' calendars, a clock change included.
    assert opened_ahead_words(starts_at, starts_at - timedelta(hours=25) - later, zone) is not None


@pytest.mark.parametrize(
    ("status", "ahead", "kept"),
    [
        ("booked", False, True),  # opened (or signed) on its day: completed, as before
        ("checked_in", False, True),
        ("booked", True, False),  # opened ahead: stays booked (#20, pre-charting)
        ("checked_in", True, False),
        ("completed", False, False),  # must not change: already completed
        ("cancelled", False, False),  # never a visit not kept
        ("no_show", False, False),
    ],
)
def test_an_appointment_is_completed_on_its_day_never_ahead(status: str, ahead: bool, kept: bool) -> None:
    assert kept_on_its_day(status, ahead) is kept


@pytest.mark.parametrize(
    ("status", "said"),
    [
        ("cancelled", "this visit's appointment was cancelled, so its note is not signed or billed"),
        ("no_show", "this visit's appointment was marked a no-show, so its note is not signed or billed"),
        ("booked", None),  # must not change: a visit opened ahead is signed on its day
        ("checked_in", None),
        ("completed", None),
    ],
)
def test_a_note_of_a_visit_not_kept_is_not_signed(status: str, said: str | None) -> None:
    assert unkept_refusal(status) == said
