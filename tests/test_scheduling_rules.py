"""Scheduling rules and slot arithmetic: worked examples, daylight-saving days, and properties."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.identifiers import npi_check_digit, npi_valid
from core.plans.rules import certification_end_ok, is_icd10, recert_due, signature_overdue
from core.scheduling.rules import authorization_decision, is_late_cancel, may_take, progress_report_due
from core.scheduling.slots import Span, local_instant, open_slots, peak_overlap, subtract, working_spans

NY = ZoneInfo("America/New_York")
Z = UTC


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=Z)


@pytest.mark.parametrize(
    ("day", "start_utc"),
    [
        (date(2027, 3, 12), utc(2027, 3, 12, 13)),  # Friday before spring-forward: EST, UTC-5
        (date(2027, 3, 15), utc(2027, 3, 15, 12)),  # Monday after: EDT, UTC-4
        (date(2027, 11, 5), utc(2027, 11, 5, 12)),  # Friday before fall-back: EDT
        (date(2027, 11, 8), utc(2027, 11, 8, 13)),  # Monday after: EST
    ],
)
def test_eight_oclock_stays_eight_oclock_across_both_changes(day: date, start_utc: datetime) -> None:
    [span] = working_spans(day, NY, [(8 * 60, 17 * 60)], [])
    assert span.start == start_utc and span.end - span.start == timedelta(hours=9)
    assert span.start.astimezone(NY).hour == 8


@pytest.mark.parametrize(("day", "real_hours"), [(date(2027, 3, 14), 9), (date(2027, 11, 7), 11)])
def test_the_change_days_themselves_neither_drop_nor_double_a_slot(day: date, real_hours: int) -> None:
    # A window from midnight to 10:00 local holds 9 real hours on spring-forward, 11 on fall-back.
    working = working_spans(day, NY, [(0, 600)], [])
    slots = list(open_slots(working, timedelta(hours=1), timedelta(hours=1), [], 1))
    assert len(slots) == real_hours
    assert len({s.start for s in slots}) == real_hours
    assert slots[-1].end.astimezone(NY).hour == 10


def test_a_wall_time_in_the_spring_gap_lands_after_it() -> None:
    assert local_instant(date(2027, 3, 14), 150, NY).astimezone(NY).hour == 3


def test_breaks_and_time_off_are_cut_out() -> None:
    off = Span(utc(2027, 1, 4, 19), utc(2027, 1, 4, 20))  # 14:00-15:00 local
    spans = working_spans(date(2027, 1, 4), NY, [(480, 1020)], [(720, 780)], [off])
    local = [(s.start.astimezone(NY).hour, s.end.astimezone(NY).hour) for s in spans]
    assert local == [(8, 12), (13, 14), (15, 17)]


def test_peak_overlap_counts_at_one_instant_not_in_total() -> None:
    busy = [Span(utc(2027, 1, 4, 14), utc(2027, 1, 4, 15)), Span(utc(2027, 1, 4, 15), utc(2027, 1, 4, 16))]
    assert peak_overlap(busy, Span(utc(2027, 1, 4, 14), utc(2027, 1, 4, 16))) == 1


AUTH = (date(2027, 1, 1), date(2027, 3, 31), 12, 8)


@pytest.mark.parametrize(
    ("required", "overrun", "on", "auth", "ahead", "outcome"),
    [
        (False, "refuse", date(2027, 1, 5), None, 0, "ok"),
        (True, "refuse", date(2027, 1, 5), None, 0, "refuse"),
        (True, "warn", date(2027, 1, 5), None, 0, "warn"),
        (True, "refuse", date(2027, 4, 1), AUTH, 0, "refuse"),
        (True, "warn", date(2027, 4, 1), AUTH, 0, "warn"),
        (True, "refuse", date(2027, 1, 5), AUTH, 3, "ok"),  # 12 - 8 - 3 = 1 left for this visit
        (True, "refuse", date(2027, 1, 5), AUTH, 4, "refuse"),  # none left
        (True, "warn", date(2027, 1, 5), AUTH, 4, "warn"),
    ],
)
def test_authorization_decision(required, overrun, on, auth, ahead, outcome) -> None:  # type: ignore[no-untyped-def]
    decision = authorization_decision(
        requires_authorization=required,
        overrun=overrun,
        service_date=on,
        authorization=auth,
        booked_ahead=ahead,
    )
    assert decision.outcome == outcome
    assert bool(decision.reason) is (outcome != "ok" or ahead == 3)


@pytest.mark.parametrize(
    ("credential", "kind", "ok"),
    [
        ("PT", "evaluation", True),
        ("PTA", "evaluation", False),
        ("PTA", "follow-up", True),
        ("OTA", "re-evaluation", False),
        ("OTA", "progress", False),
        ("SLPA", "group", True),
        ("SLP", "progress", True),
    ],
)
def test_assistants_take_follow_ups_only(credential: str, kind: str, ok: bool) -> None:
    assert may_take(credential, kind) is ok


def test_late_cancel_and_progress_report_rules() -> None:
    start = utc(2027, 1, 5, 14)
    assert is_late_cancel(start, start - timedelta(hours=23), 24)
    assert not is_late_cancel(start, start - timedelta(hours=25), 24)
    assert [progress_report_due(n) for n in (0, 8, 9, 12)] == [False, False, True, True]


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("M54.50", True),
        ("S83.511A", True),
        ("R26.89", True),
        ("I69.351", True),
        ("M17", True),
        ("U07.1", False),
        ("m54.5", False),
        ("M5", False),
        ("M54.50000", False),
        ("54.5", False),
        ("M54-5", False),
    ],
)
def test_icd10_format(code: str, ok: bool) -> None:
    assert is_icd10(code) is ok


def test_npi_check_digit_and_certification_periods() -> None:
    assert npi_valid("1234567893") and not npi_valid("1234567890") and not npi_valid("12345")
    assert npi_valid("123456789" + npi_check_digit("123456789"))
    assert certification_end_ok(date(2027, 1, 1), date(2027, 3, 31))  # day 90
    assert not certification_end_ok(date(2027, 1, 1), date(2027, 4, 1))  # day 91
    assert signature_overdue(date(2027, 1, 1), None, date(2027, 2, 1), 30)
    assert not signature_overdue(date(2027, 1, 1), date(2027, 1, 9), date(2027, 2, 1), 30)
    assert recert_due(date(2027, 1, 10), date(2027, 1, 1), 14) and not recert_due(
        date(2027, 2, 1), date(2027, 1, 1), 14
    )


minutes = st.integers(0, 96).map(lambda q: q * 15)


@st.composite
def calendars(draw):  # type: ignore[no-untyped-def]
    day = draw(st.dates(date(2027, 1, 1), date(2027, 12, 31)))
    hours = [tuple(sorted(draw(st.tuples(minutes, minutes)))) for _ in range(draw(st.integers(1, 2)))]
    breaks = [tuple(sorted(draw(st.tuples(minutes, minutes)))) for _ in range(draw(st.integers(0, 2)))]
    base = datetime.combine(day, datetime.min.time(), NY)

    def span() -> Span:  # noqa: E306
        a, b = sorted(draw(st.tuples(minutes, minutes)))
        return Span(
            (base + timedelta(minutes=a)).astimezone(Z), (base + timedelta(minutes=b + 15)).astimezone(Z)
        )

    off = [span() for _ in range(draw(st.integers(0, 2)))]
    busy = [span() for _ in range(draw(st.integers(0, 8)))]
    return day, hours, breaks, off, busy, draw(st.integers(1, 3)), draw(st.sampled_from((30, 45, 60)))


@settings(max_examples=300, deadline=None)
@given(calendars())
def test_availability_never_offers_what_cannot_be_booked(cal) -> None:  # type: ignore[no-untyped-def]
    day, hours, breaks, off, busy, capacity, length = cal
    working = working_spans(day, NY, hours, breaks, off)
    window = [Span(local_instant(day, s, NY), local_instant(day, e, NY)) for s, e in hours if e > s]
    holes = [Span(local_instant(day, s, NY), local_instant(day, e, NY)) for s, e in breaks if e > s] + off
    for slot in open_slots(working, timedelta(minutes=length), timedelta(minutes=15), busy, capacity):
        assert any(w.contains(slot) for w in window)  # inside working hours
        assert not any(h.overlaps(slot) for h in holes)  # no break, no time off
        assert peak_overlap([*busy, slot], slot) <= capacity  # never over capacity
        assert slot.end - slot.start == timedelta(minutes=length)


@given(st.lists(st.tuples(minutes, minutes), max_size=4), st.lists(st.tuples(minutes, minutes), max_size=4))
def test_subtract_leaves_nothing_of_the_holes(spans, holes) -> None:  # type: ignore[no-untyped-def]
    base = datetime(2027, 1, 4, tzinfo=Z)

    def mk(pairs: list[tuple[int, int]]) -> list[Span]:
        return [
            Span(base + timedelta(minutes=min(p)), base + timedelta(minutes=max(p)))
            for p in pairs
            if p[0] != p[1]
        ]

    left = subtract(mk(spans), mk(holes))
    assert not any(a.overlaps(h) for a in left for h in mk(holes))
