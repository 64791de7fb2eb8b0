"""The KPI formulas over plain rows, each worked by hand (tests/test_kpis.py counts them on a database)."""

from datetime import UTC, date, datetime

import pytest

from core.kpis import formulas as f
from core.kpis.formulas import EndingPlan, Figure, WorkingDay


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (f.clean_claim_rate([True, False, True, True, True]), Figure(80.0, 4, 5)),
        # the month's volume: completed visits only (no-shows, cancellations and booked ones are not seen)
        (f.visits_seen(["completed", "no_show", "completed", "cancelled", "booked"]), Figure(2.0, 2.0)),
        (f.visits_seen([]), Figure(0.0, 0.0)),  # a month with no visit is 0 seen, not "no figure"
        # 120.00 + 85.50 + 0 in dollars
        (f.charges_billed([12000, 8550, 0]), Figure(205.5, 205.5)),
        (f.charges_billed([]), Figure(0.0, 0.0)),
        (f.clean_claim_rate([]), Figure(None, 0, 0)),  # nothing scrubbed: no figure, not 0 %
        # only the claim paid with no resubmission counts; partly paid and resubmitted ones do not
        (
            f.first_pass_acceptance([("paid", 0), ("partially_paid", 0), ("denied", 0), ("paid", 1)]),
            Figure(25.0, 1, 4),
        ),
        (
            f.denial_rate([(1, "Alpha"), (2, "Alpha"), (3, "Beta"), (5, "Alpha")], [(2, "97"), (3, "50")]),
            Figure(50.0, 2, 4, {"payer Alpha": 33.33, "payer Beta": 100.0, "CARC 50": 50.0, "CARC 97": 50.0}),
        ),
        # two denied lines of one claim count the claim once, each line in the CARC shares
        (
            f.denial_rate([(1, "Alpha"), (2, "Alpha")], [(1, "97"), (1, "97"), (1, "16")]),
            Figure(50.0, 1, 2, {"payer Alpha": 50.0, "CARC 16": 33.33, "CARC 97": 66.67}),
        ),
        # 26000 paid of 52000 charged less 3000 contractual
        (f.net_collection_rate(26000, 52000, 3000), Figure(53.06, 26000, 49000)),
        # AR 61000 - 30000 - 11000 = 20000 over 61000 charged in 90 days
        (f.days_in_ar(61000, 30000, 11000, 61000), Figure(29.5, 20000, 61000 / 90)),
        # 8000 + 2000 + 9000 + 0 (denied) + 7000 over the 4 answered claims; the one submitted and
        # waiting is no visit at $0, and a void one is no visit at all
        (
            f.revenue_per_visit(
                [("paid", 10000), ("partially_paid", 9000), ("denied", 0), ("submitted", 0), ("paid", 7000)]
                + [("void", 0)]
            ),
            Figure(65.0, 260.0, 4),
        ),
        # the demo's November 2026 (SQL over its claims and payments): 678 submitted and 36 ready
        # waiting, 117 answered with $6,972.65 paid -> $59.60 (it read $8.39 over all 831)
        (
            f.revenue_per_visit(
                [("paid", 697265)]
                + [("paid", 0)] * 103
                + [("denied", 0)] * 8
                + [("partially_paid", 0)] * 5
                + [("submitted", 0)] * 678
                + [("ready", 0)] * 36
            ),
            Figure(59.6, 6972.65, 117),
        ),
        (f.revenue_per_visit([("submitted", 0)]), Figure(None, 0.0, 0)),
        (f.revenue_per_visit([]), Figure(None, 0.0, 0)),
        (
            f.authorization_turnaround(
                [(date(2026, 10, 1), date(2026, 10, 4)), (date(2026, 9, 28), date(2026, 10, 8))]
            ),
            Figure(6.5, 13, 2),
        ),  # fmt: skip
        (
            f.no_show_rate(["completed"] * 10 + ["no_show"] * 2 + ["cancelled"] * 3 + ["booked"]),
            Figure(15.38, 2, 13),
        ),  # fmt: skip
        (
            f.cancellation_rate([("completed", False)] * 12 + [("cancelled", True), ("cancelled", False)]),
            Figure(14.29, 2, 14, {"late": 7.14}),
        ),
        (f.cancellation_rate([]), Figure(None, 0, 0, None)),
        (f.fill_rate(390, 8820), Figure(4.42, 390, 8820)),
        (f.referral_conversion([date(2026, 10, 10), None, date(2026, 10, 28)]), Figure(66.67, 2, 3)),
    ],
)
def test_each_formula_gives_the_figure_worked_by_hand(figure: Figure, expected: Figure) -> None:
    assert figure == expected


@pytest.mark.parametrize(
    ("moments", "minutes"),
    [
        ([at(5, 10, 50), at(5, 10, 51), at(5, 10, 53), at(5, 10, 54)], 4),
        # read, went to the next patient for 23 minutes, came back and signed
        ([at(12, 14, 40), at(12, 14, 42), at(12, 15, 5), at(12, 15, 10)], 7),
        # drafted by the scribe in the evening, reviewed and signed the next morning
        ([at(19, 18, 45), at(20, 8, 50), at(20, 9, 0)], 10),
        ([at(20, 9, 0), at(20, 8, 50)], 10),  # in any order
        ([at(20, 9, 0)], 0),  # one action (signed through the API without opening it): nothing to time
        ([datetime(2026, 10, 20, 8, 50), at(20, 8, 53)], 3),  # a naive time from SQLite is UTC
    ],
)
def test_active_minutes_leave_out_time_away_from_the_note(moments: list[datetime], minutes: float) -> None:
    assert f.active_minutes(moments) == pytest.approx(minutes)


def test_documentation_time_counts_the_authors_actions_up_to_the_signature() -> None:
    signed = at(20, 9, 0)
    # the sign entry is written a moment after the note's signed_at; reading after it is not writing
    actions = [
        ("note.write", at(19, 18, 45)),
        ("note.read", at(20, 8, 52)),
        ("note.sign", datetime(2026, 10, 20, 9, 0, 0, 5000, tzinfo=UTC)),
        ("note.read", at(20, 9, 5)),
    ]
    assert f.until_signed(actions, signed)[-1] == datetime(2026, 10, 20, 9, 0, 0, 5000, tzinfo=UTC)
    assert f.until_signed([("note.read", at(20, 8, 50)), ("note.read", at(20, 9, 5))], signed) == [
        at(20, 8, 50)
    ]
    # a note's documentation time, as signing stores it: 8:52 to the signature, the rest idle or after
    assert f.note_minutes(actions, signed) == pytest.approx(8 + 5 / 60_000)
    assert f.note_minutes([("note.read", at(20, 9, 5))], signed) is None  # nothing of theirs before it
    assert f.note_minutes([("note.sign", at(20, 9, 0))], signed) == 0  # signed unopened: known, 0 min
    per_note = [4.0, 7.0, f.note_minutes(actions, signed)]
    assert f.documentation_minutes(per_note) == Figure(7.0, None, 3)
    assert f.documentation_minutes([]) == Figure(None, None, 0)
    # notes with no trail of their author (the demo's, an old system's) are no zero minutes
    assert f.documentation_minutes([None, None]) == Figure(None, None, 0)
    assert f.documentation_minutes([None, *per_note]) == Figure(7.0, None, 3)


def test_note_lag_is_the_median_of_hours_from_visit_start_to_signature() -> None:
    rows = [(at(5, 10), at(5, 10, 54)), (at(12, 14), at(12, 15, 10)), (at(19, 9), at(20, 9))]
    assert f.note_completion_lag(rows) == Figure(1.2, None, 3)


@pytest.mark.parametrize(
    ("plan", "counted", "recertified"),
    [
        # care went on after the end and a new plan began the day after it: recertified
        (EndingPlan(date(2026, 8, 1), date(2026, 10, 10), date(2026, 10, 30), (date(2026, 10, 11),)), 1, 1),
        # a new plan starting before the old one's end counts too
        (EndingPlan(date(2026, 8, 1), date(2026, 10, 10), date(2026, 10, 30), (date(2026, 10, 9),)), 1, 1),
        # care went on, no new plan (or one begun too late): not recertified
        (EndingPlan(date(2026, 7, 22), date(2026, 10, 15), date(2026, 10, 20), ()), 1, 0),
        (EndingPlan(date(2026, 7, 22), date(2026, 10, 15), date(2026, 10, 20), (date(2026, 10, 17),)), 1, 0),
        # discharged at the end (no visit after it), or never seen: not counted
        (EndingPlan(date(2026, 7, 23), date(2026, 10, 20), date(2026, 10, 20), ()), 0, 0),
        (EndingPlan(date(2026, 7, 23), date(2026, 10, 20), None, ()), 0, 0),
    ],
)
def test_reevaluation_compliance_counts_only_care_that_went_on(
    plan: EndingPlan, counted: int, recertified: int
) -> None:
    figure = f.reevaluation_compliance([plan])
    assert (figure.numerator, figure.denominator) == (recertified, counted)


def test_working_minutes_leave_out_breaks_weekends_and_days_off() -> None:
    # Monday-Friday 8:00-16:00 less a 60-minute lunch, over October 2026 (22 weekdays), Friday the
    # 16th off: 21 x 420 minutes.
    hours = [WorkingDay(1, weekday, 480, 960, 60) for weekday in range(5)]
    off = {1: [(at(16, 0), at(17, 0))]}
    assert f.working_minutes(date(2026, 10, 1), date(2026, 10, 31), hours, off) == 21 * 420
    # another provider's day off is not this one's
    assert f.working_minutes(date(2026, 10, 16), date(2026, 10, 16), hours, {2: off[1]}) == 420
    assert f.working_minutes(date(2026, 10, 17), date(2026, 10, 18), hours, {}) == 0  # a weekend


@pytest.mark.parametrize(
    ("value", "target", "met"),
    [
        (2.5, "< 3 %", True),
        (3.0, "< 3 %", False),
        (96.0, "> 95 %", True),
        (96.0, "97-99 %", False),
        (100.0, "100 %", True),
        (4.0, "< 5 min with the scribe", True),
        (1.0, "same day", None),
        (None, "< 3 %", None),
    ],
)
def test_meets_reads_the_target_in_words(value: float | None, target: str, met: bool | None) -> None:
    assert f.meets(value, target) is met
