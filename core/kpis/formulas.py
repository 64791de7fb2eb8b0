"""The KPIs' arithmetic: pure functions over plain rows read by `core.kpis.definitions`, each one a
formula a clinic owner can check by hand (tests/test_kpi_formulas.py holds the worked examples).

Each returns a `Figure`: the value, what it was counted from (numerator, denominator) and a
breakdown. A KPI with nothing to count (no claims in the range, say) is None, never a made-up zero.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from statistics import median

# A note's documentation time is counted outside kpis (core.notes stores it at signing); read from here too.
from core.documentation_time import IDLE_MINUTES as IDLE_MINUTES
from core.documentation_time import active_minutes as active_minutes
from core.documentation_time import note_minutes as note_minutes
from core.documentation_time import until_signed as until_signed
from core.enums import AppointmentStatus, ClaimStatus
from core.timeutil import as_utc

# Claims the payer has answered, and claims that went out (answered or waiting).
ADJUDICATED = (ClaimStatus.paid, ClaimStatus.partially_paid, ClaimStatus.denied)
SENT = (ClaimStatus.submitted, *ADJUDICATED)
# Claims the payer's side has answered: adjudicated, or rejected before adjudication (a 277CA rejection).
ANSWERED = (*ADJUDICATED, ClaimStatus.rejected)
# Adjustment groups that take money off the receivable for good (contractual, other, payer-initiated).
WRITE_OFF = ("CO", "OA", "PI")
# CARC 45 (charge over the fee schedule) and 253 (sequestration) are what the contract allows, not a
# denial: net collection leaves them out of what was collectible.
CONTRACTUAL = ("45", "253")
# Appointment statuses that hold a place on the calendar.
KEPT = (
    AppointmentStatus.booked,
    AppointmentStatus.checked_in,
    AppointmentStatus.completed,
    AppointmentStatus.no_show,
)

# Average daily charges are taken over the 90 days ending with the range (MGMA's three months), so
# that a short range (a day, a week) does not divide all of AR by one day's charges.
AR_WINDOW_DAYS = 90


@dataclass(frozen=True)
class Figure:
    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    breakdown: dict[str, float] | None = None
    waiting: int | None = None  # claims of the range still with the payer, left out until answered


# What a KPI's numerator and denominator are counted in, where the key says it; money is counted in
# cents and said in dollars: "Net collection rate (3,640,366 / 5,659,800)" and "Days in AR (22,452,586 /
# 485,013.82)" read as millions (#20, trial 51). Anything else is a plain number.
COUNTED_IN: dict[str, tuple[str, str]] = {
    "net_collection_rate": ("cents", "cents"),
    "days_in_ar": ("cents", "cents a day"),
    "revenue_per_visit": ("dollars", "claims"),
    "charges_billed": ("dollars", "dollars"),
    "fill_rate": ("minutes", "minutes"),
}


def counted_amount(value: float | None, unit: str) -> float | None:
    """A numerator or denominator in the unit it is said in: cents as dollars to the cent."""
    if value is None:
        return None
    return round(value / 100, 2) if unit.startswith("cents") else value


def counted_words(value: float | None, unit: str) -> str:
    """A numerator or denominator as the owner reads it: '$36,403.66', '$4,850.14 a day', '1,250 minutes',
    '117 claims', '42' (a plain count); '' for none."""
    amount = counted_amount(value, unit)
    if amount is None:
        return ""
    if unit.startswith("cents") or unit == "dollars":
        money = f"{abs(amount):,.2f}"
        said = f"-${money}" if amount < 0 else f"${money}"
        return f"{said} a day" if unit.endswith("a day") else said
    number = f"{amount:,.2f}".rstrip("0").rstrip(".")
    return f"{number} {unit}" if unit else number


def last_full_month(today: date) -> tuple[date, date]:
    """The calendar month before the one `today` falls in: the dashboard's and the owner's home's first
    view, a month whose figures are all in (today alone has almost nothing adjudicated)."""
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def ratio(numerator: float, denominator: float, scale: float = 100.0) -> Figure:
    """numerator / denominator as a percentage (rounded to 2 places); None over nothing."""
    value = round(scale * numerator / denominator, 2) if denominator else None
    return Figure(value, numerator, denominator)


def median_of(values: Sequence[float]) -> Figure:
    """The median (rounded to 1 place) and how many values it was taken over."""
    return Figure(round(median(values), 1) if values else None, None, len(values))


def clean_claim_rate(first_scrub_clean: Iterable[bool]) -> Figure:
    """claims that passed the scrubber on its first run / claims scrubbed."""
    flags = list(first_scrub_clean)
    return ratio(sum(1 for clean in flags if clean), len(flags))


def first_pass_acceptance(adjudicated: Iterable[tuple[str, int]]) -> Figure:
    """(status, resubmissions) of answered claims (adjudicated or rejected): paid in full on the first
    submission / all; a rejected claim was not accepted on its first pass."""
    rows = list(adjudicated)
    return ratio(sum(1 for status, again in rows if status == ClaimStatus.paid and again == 0), len(rows))


def denial_rate(claims: Iterable[tuple[int, str]], denied_lines: Iterable[tuple[int, str]]) -> Figure:
    """Adjudicated claims as (claim id, payer name) and their denied lines as (claim id, CARC): claims
    with a denied line / claims; broken down by payer (% of its claims) and by CARC (% of denied lines)."""
    claims, denied_lines = list(claims), list(denied_lines)
    denied_claims = {claim_id for claim_id, _ in denied_lines}
    by_payer: dict[str, list[int]] = {}
    for claim_id, payer in claims:
        counts = by_payer.setdefault(payer, [0, 0])
        counts[0] += claim_id in denied_claims
        counts[1] += 1
    breakdown = {f"payer {k}": round(100 * d / n, 2) for k, (d, n) in sorted(by_payer.items())}
    for carc in sorted({c for _, c in denied_lines}):
        share = sum(1 for _, c in denied_lines if c == carc) / len(denied_lines)
        breakdown[f"CARC {carc}"] = round(100 * share, 2)
    counted = ratio(len(denied_claims), len(claims))
    return Figure(counted.value, counted.numerator, counted.denominator, breakdown)


def net_collection_rate(paid_cents: float, charged_cents: float, contractual_cents: float) -> Figure:
    """payments / (charges - contractual adjustments); denials are not contractual, they lower it."""
    return ratio(paid_cents, charged_cents - contractual_cents)


def ar_days(receivable_cents: float, charged_cents: float, window_days: int = AR_WINDOW_DAYS) -> float | None:
    """Days in AR: receivable / (charges over the window / days in the window); None with no charges."""
    per_day = charged_cents / window_days
    return round(receivable_cents / per_day, 1) if per_day else None


def days_in_ar(
    charged_cents: float, paid_cents: float, written_off_cents: float, window_charged_cents: float
) -> Figure:
    """(charges - payments - write-offs, all up to the end) / average charges a day over the window."""
    receivable = charged_cents - paid_cents - written_off_cents
    return Figure(
        ar_days(receivable, window_charged_cents), receivable, window_charged_cents / AR_WINDOW_DAYS
    )


def revenue_per_visit(claims: Iterable[tuple[str, float]]) -> Figure:
    """(status, cents paid) of the billed visits' claims: payments on the claims the payer has answered
    / those claims, in dollars. A claim still waiting has had no payment yet, so counting its visit
    would read a recent month's unpaid claims as lost revenue (the demo's November 2026: $6,972.65
    on 831 claims, 714 of them not yet answered, read $8.39 a visit; on the 117 answered, $59.60)."""
    answered = [paid for status, paid in claims if status in ADJUDICATED]
    paid, visits = sum(answered), len(answered)
    value = round(paid / visits / 100, 2) if visits else None
    return Figure(value, paid / 100, visits)


def documentation_minutes(minutes_per_note: Iterable[float | None]) -> Figure:
    """median over signed notes of their documentation time (`note_minutes`); a note whose time is
    unknown (None) is left out."""
    return median_of([minutes for minutes in minutes_per_note if minutes is not None])


def lag_hours(visit_start: datetime, signed_at: datetime) -> float:
    """Hours from a visit's booked start to its note's signature; a note signed before the booked start
    (the visit began early) has no lag, not a negative one."""
    return max(0.0, (as_utc(signed_at) - as_utc(visit_start)).total_seconds() / 3600)


def note_completion_lag(started_and_signed: Iterable[tuple[datetime, datetime]]) -> Figure:
    """median hours from the visit's start to the note's signature."""
    return median_of([lag_hours(start, signed) for start, signed in started_and_signed])


def authorization_turnaround(requested_and_decided: Iterable[tuple[date, date]]) -> Figure:
    """mean days from request to decision."""
    days = [(decided - requested).days for requested, decided in requested_and_decided]
    return Figure(round(sum(days) / len(days), 1) if days else None, sum(days), len(days))


@dataclass(frozen=True)
class EndingPlan:
    """A plan of care ending in the range, with what followed it for the same patient and discipline."""

    start: date
    end: date
    last_visit: date | None  # the patient's latest visit in the discipline, any plan
    other_plan_starts: tuple[date, ...]  # the starts of the patient's other plans in the discipline


def reevaluation_compliance(plans: Iterable[EndingPlan]) -> Figure:
    """plans whose care went on past their end and that were recertified (another plan starting after
    this one's start and no later than the day after its end) / plans whose care went on past their end."""
    continued = recertified = 0
    for plan in plans:
        after = plan.end + timedelta(days=1)
        if plan.last_visit is None or plan.last_visit < after:
            continue
        continued += 1
        recertified += any(plan.start < start <= after for start in plan.other_plan_starts)
    return ratio(recertified, continued)


@dataclass(frozen=True)
class Coverage:
    """One of a patient's insurance policies: its payer, priority (1 first) and the days it covers."""

    payer_id: int
    priority: int
    policy_id: int
    since: date
    until: date | None


def primary_payer_on(policies: Iterable[Coverage], day: date) -> int | None:
    """The payer of the first-priority policy in effect on the day, None for none (self-pay): the rule
    of core.patients.insurance.primary_payer, by which a visit is billed."""
    covering = [p for p in policies if p.since <= day and (p.until is None or p.until >= day)]
    return min(covering, key=lambda p: (p.priority, p.policy_id)).payer_id if covering else None


def visits_seen(statuses: Iterable[str]) -> Figure:
    """appointments completed: the month's volume an owner reads first."""
    seen = sum(1 for s in statuses if s == AppointmentStatus.completed)
    return Figure(float(seen), float(seen))


def charges_billed(totals_cents: Iterable[int]) -> Figure:
    """claims' charges, in dollars (what was billed, before any payer's answer)."""
    dollars = sum(totals_cents) / 100
    return Figure(dollars, dollars)


def no_show_rate(statuses: Iterable[str]) -> Figure:
    """appointments marked no-show / appointments not cancelled (the visits that were due)."""
    due = [s for s in statuses if s != AppointmentStatus.cancelled]
    return ratio(sum(1 for s in due if s == AppointmentStatus.no_show), len(due))


def cancellation_rate(status_and_late: Iterable[tuple[str, bool]]) -> Figure:
    """appointments cancelled / all; breakdown: late cancellations as % of all."""
    rows = list(status_and_late)
    cancelled = [late for status, late in rows if status == AppointmentStatus.cancelled]
    counted = ratio(len(cancelled), len(rows))
    late = {"late": round(100 * sum(1 for x in cancelled if x) / len(rows), 2)} if rows else None
    return Figure(counted.value, counted.numerator, counted.denominator, late)


@dataclass(frozen=True)
class WorkingDay:
    """A provider's weekly hours on one weekday, in minutes from midnight, and breaks in minutes."""

    provider_id: int
    weekday: int  # Monday 0
    start_minute: int
    end_minute: int
    break_minutes: int = 0


def working_minutes(
    start: date,
    end: date,
    hours: Iterable[WorkingDay],
    time_off: Mapping[int, Iterable[tuple[datetime, datetime]]],
) -> float:
    """Minutes the providers work from start to end (both included): each day's hours less breaks,
    leaving out a provider's day when their time off covers its noon (UTC)."""
    hours = list(hours)
    off = {provider: [(as_utc(a), as_utc(b)) for a, b in spans] for provider, spans in time_off.items()}
    total = 0.0
    day = start
    while day <= end:
        noon = datetime.combine(day, time(12), UTC)
        for h in hours:
            if h.weekday != day.weekday():
                continue
            if any(a <= noon < b for a, b in off.get(h.provider_id, ())):
                continue
            total += max(0, h.end_minute - h.start_minute - h.break_minutes)
        day += timedelta(days=1)
    return total


def fill_rate(kept_minutes: float, available_minutes: float) -> Figure:
    """minutes of appointments kept on the calendar / working minutes (one patient per provider minute)."""
    return ratio(kept_minutes, available_minutes)


def referral_conversion(first_visits: Iterable[date | None]) -> Figure:
    """referrals whose patient came to a first visit / referrals received."""
    rows = list(first_visits)
    return ratio(sum(1 for first in rows if first is not None), len(rows))


def target_bound(target: str) -> tuple[float, str] | None:
    """A KPI target in words as a number and a direction: '< 3 %' -> (3, 'below'), '> 95 %' -> (95,
    'above'), '97-99 %' -> (97, 'above'), '100 %' -> (100, 'above'); None where it is no number
    ('same day', '< 5 min with the scribe' is (5, 'below'))."""
    numbers = re.findall(r"\d+(?:\.\d+)?", target)
    if not numbers:
        return None
    value = float(numbers[0])
    return (value, "below") if target.strip().startswith("<") else (value, "above")


def meets(value: float | None, target: str) -> bool | None:
    """Whether a KPI's value meets its target; None when either is missing."""
    bound = target_bound(target)
    if value is None or bound is None:
        return None
    limit, direction = bound
    return value < limit if direction == "below" else value >= limit
