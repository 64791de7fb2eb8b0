"""The front desk's rules, table-driven: what a search box's words mean, when a visit may be checked in or
marked a no-show, where a recurring series stops at its authorization, what a grid cell is, and an
authorization alert said as a whole phrase."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.alerts.service import authorization_reason
from core.authorizations.service import change_refused
from core.patients.query import SearchTerms, birth_date_of, search_terms
from core.scheduling.grid import cell_state, grid_minutes
from core.scheduling.rules import may_check_in, may_mark_no_show, within_authorization
from core.scheduling.slots import Span

TODAY = date(2026, 11, 24)
NY = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Lopez, Maria", SearchTerms(words=["lopez", "maria"])),
        ("maria lopez", SearchTerms(words=["maria", "lopez"])),
        ("O'Brien", SearchTerms(words=["o'brien"])),
        ("4/10/1984", SearchTerms(birth_date=date(1984, 4, 10))),
        ("04/10/84", SearchTerms(birth_date=date(1984, 4, 10))),
        ("8/14/13", SearchTerms(birth_date=date(2013, 8, 14))),
        ("1984-04-10", SearchTerms(birth_date=date(1984, 4, 10))),
        ("4-10-1984", SearchTerms(birth_date=date(1984, 4, 10))),
        ("Lopez 4/10/1984", SearchTerms(words=["lopez"], birth_date=date(1984, 4, 10))),
        ("2175550123", SearchTerms(phone_digits="2175550123")),
        ("217-555-0123", SearchTerms(phone_digits="2175550123")),
        ("(217) 555 0123", SearchTerms(phone_digits="2175550123")),
        ("555-0123", SearchTerms(phone_digits="5550123")),
        ("smith 2175550123", SearchTerms(words=["smith"], phone_digits="2175550123")),
        ("2/30/1990", SearchTerms(words=["2/30/1990"])),  # no such day: left as a word, finds nothing
        ("12/01/2027", SearchTerms(words=["12/01/2027"])),  # a birth date is never in the future
        ("123", SearchTerms(words=["123"])),
        ("", SearchTerms()),
    ],
)
def test_search_terms(query: str, expected: SearchTerms) -> None:
    assert search_terms(query, TODAY) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("10/20/69", date(1969, 10, 20)),
        ("10/20/26", date(2026, 10, 20)),
        ("12/20/26", date(1926, 12, 20)),  # later this year would be in the future
        ("1/1/1899", None),
        ("13/01/1990", None),
        ("maria", None),
    ],
)
def test_birth_date_of(word: str, expected: date | None) -> None:
    assert birth_date_of(word, TODAY) == expected


NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "day", "expected"),
    [
        ("booked", TODAY, True),
        ("booked", TODAY + timedelta(days=1), False),
        ("booked", TODAY - timedelta(days=1), False),
        ("checked_in", TODAY, False),
        ("cancelled", TODAY, False),
    ],
)
def test_may_check_in(status: str, day: date, expected: bool) -> None:
    assert may_check_in(status, day, TODAY) is expected


@pytest.mark.parametrize(
    ("status", "starts", "expected"),
    [
        ("booked", NOW - timedelta(minutes=1), True),
        ("booked", NOW, True),
        ("booked", NOW + timedelta(minutes=1), False),
        ("checked_in", NOW - timedelta(hours=1), False),
        ("no_show", NOW - timedelta(hours=1), False),
    ],
)
def test_may_mark_no_show(status: str, starts: datetime, expected: bool) -> None:
    assert may_mark_no_show(status, starts, NOW) is expected


MONDAYS = [date(2026, 11, 30) + timedelta(weeks=w) for w in range(6)]


@pytest.mark.parametrize(
    ("authorization", "ahead", "kept", "reason"),
    [
        # (start, end, approved, used), booked ahead -> how many Mondays kept, why the rest are not
        ((date(2026, 11, 1), date(2027, 3, 1), 20, 4), 0, 6, ""),
        ((date(2026, 11, 1), date(2027, 3, 1), 12, 4), 4, 4, "4 visits left on the authorization"),
        ((date(2026, 11, 1), date(2027, 3, 1), 12, 10), 1, 1, "1 visit left on the authorization"),
        ((date(2026, 11, 1), date(2026, 12, 20), 20, 0), 0, 3, "the authorization ends on 12/20/2026"),
        (
            (date(2026, 11, 1), date(2026, 12, 20), 6, 4),
            0,
            2,
            "2 visits left on the authorization and the authorization ends on 12/20/2026",
        ),
        ((date(2026, 11, 1), date(2027, 3, 1), 10, 10), 0, 0, "0 visits left on the authorization"),
    ],
)
def test_a_series_stops_at_its_authorization(
    authorization: tuple[date, date, int, int], ahead: int, kept: int, reason: str
) -> None:
    cap = within_authorization(MONDAYS, authorization, ahead)
    assert cap.days == MONDAYS[:kept]
    assert cap.left_out == MONDAYS[kept:]
    assert cap.reason == reason
    # the dates left out only by the count, inside the authorization's dates: tried past a clash
    start, end = authorization[:2]
    assert cap.spare == [d for d in MONDAYS[kept:] if start <= d <= end]


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 25, hour, minute, tzinfo=NY).astimezone(UTC)


WORKING = [Span(_at(8), _at(12)), Span(_at(13), _at(17))]


@pytest.mark.parametrize(
    ("hour", "minute", "busy", "capacity", "expected"),
    [
        (9, 0, [], 1, "open"),
        (7, 45, [], 1, "off"),  # before hours
        (12, 0, [], 1, "off"),  # lunch
        (11, 45, [], 1, "open"),  # the last step before lunch
        (16, 45, [], 1, "open"),
        (17, 0, [], 1, "off"),
        (9, 0, [Span(_at(9), _at(9, 45))], 1, "busy"),
        (9, 30, [Span(_at(9), _at(9, 45))], 1, "busy"),
        (9, 45, [Span(_at(9), _at(9, 45))], 1, "open"),  # the visit before ends as this one starts
        (9, 0, [Span(_at(9), _at(9, 45))], 2, "open"),  # a provider who treats two at once
    ],
)
def test_cell_state(hour: int, minute: int, busy: list[Span], capacity: int, expected: str) -> None:
    slot = Span(_at(hour, minute), _at(hour, minute) + timedelta(minutes=15))
    assert cell_state(slot, WORKING, busy, capacity, _at(7)) == expected


def test_a_cell_already_past_is_not_open() -> None:
    slot = Span(_at(9), _at(9, 15))
    assert cell_state(slot, WORKING, [], 1, _at(9, 5)) == "busy"


@pytest.mark.parametrize(
    ("working", "first", "last"),
    [
        ([WORKING], "08:00", "16:45"),
        ([[Span(_at(9, 10), _at(10))], [Span(_at(7, 30), _at(8))]], "07:30", "09:45"),  # rows on the step
        ([], "08:00", "17:45"),  # nobody works: a plain working day, empty
    ],
)
def test_grid_minutes(working: list[list[Span]], first: str, last: str) -> None:
    rows = grid_minutes(working, date(2026, 11, 25), NY, 15)
    assert f"{rows[0] // 60:02d}:{rows[0] % 60:02d}" == first
    assert f"{rows[-1] // 60:02d}:{rows[-1] % 60:02d}" == last


@pytest.mark.parametrize(
    ("left", "low", "ends_soon", "expected"),
    [
        (1, True, False, "1 visit left"),
        (2, True, False, "2 visits left"),
        (-1, True, False, "0 visits left"),
        (5, False, True, "ends 12/01/2026"),
        (1, True, True, "1 visit left and ends 12/01/2026"),
    ],
)
def test_an_authorization_alert_is_a_whole_phrase(
    left: int, low: bool, ends_soon: bool, expected: str
) -> None:
    assert authorization_reason(left, date(2026, 12, 1), low=low, ends_soon=ends_soon) == expected


@pytest.mark.parametrize(
    ("start", "end", "approved", "used", "refused"),
    [
        (date(2026, 12, 1), date(2027, 2, 28), 12, 4, ""),
        (date(2026, 12, 1), date(2026, 12, 1), 4, 4, ""),  # a one-day authorization, all used
        (date(2026, 12, 1), date(2026, 11, 30), 12, 0, "the end date is before the start date"),
        (date(2026, 12, 1), date(2027, 2, 28), 3, 4, "4 visits are already used; approve at least that many"),
    ],
)
def test_an_authorization_change(start: date, end: date, approved: int, used: int, refused: str) -> None:
    assert change_refused(start, end, approved, used) == refused
