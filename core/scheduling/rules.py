"""Scheduling rules as pure functions over plain data."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from core.authorizations.counts import booked_words, visits_left
from core.enums import AppointmentStatus, Credential
from core.timeutil import as_utc, clinic_day
from core.words import counted, with_article

# Assistants may not furnish evaluations, re-evaluations or progress reports (Medicare Benefit
# Policy Manual ch. 15 §230.1-230.3; PRODUCT.md 'Documentation').
ASSISTANT_KINDS = frozenset({"follow-up", "group"})
ACTIVE = (AppointmentStatus.booked, AppointmentStatus.checked_in)


def may_take(credential: str, type_kind: str) -> bool:
    return not Credential(credential).is_assistant or type_kind in ASSISTANT_KINDS


def may_check_in(status: str, visit_day: date, today: date) -> bool:
    """A booked visit is checked in on its own (local) day, not before, not after."""
    return status == AppointmentStatus.booked and visit_day == today


def may_mark_no_show(status: str, starts_at: datetime, now: datetime) -> bool:
    """A booked visit becomes a no-show only once its start has passed."""
    return status == AppointmentStatus.booked and starts_at <= now


def may_undo_check_in(status: str, documented: bool) -> bool:
    """A check-in made by mistake (the wrong patient, one who left before being seen) is put back to
    booked while nothing was documented for the visit: once something is recorded for it or its note
    signed (core.visits.rules.documented; a visit only opened ahead is not), it is the clinician's
    record and what is billed from it. A copay taken at check-in is the patient's payment and
    stays on their account (core.billing.copays)."""
    return status == AppointmentStatus.checked_in and not documented


def may_undo_no_show(status: str, documented: bool) -> bool:
    """A no-show marked by mistake (the patient was in the waiting room) is put back while nothing was
    documented for it (core.visits.rules.documented: recorded, or its note signed; a visit only opened
    ahead is not): that is the clinician's record and what is billed from it."""
    return status == AppointmentStatus.no_show and not documented


def is_late_cancel(starts_at: datetime, cancelled_at: datetime, late_cancel_hours: int) -> bool:
    return starts_at - cancelled_at < timedelta(hours=late_cancel_hours)


# Who cancelled, as the desk answers it. Only the patient's cancellation can count as late, so the desk
# says which every time: a form that chose "the patient" for it counted the clinic's own cancellations
# as the patient's, and as late inside the window (#20, trial 51).
CANCELLED_BY = ("patient", "clinic")
WHO_CANCELLED_UNSAID = (
    "Say who cancelled: the patient or the clinic (only a patient's cancellation can count as late)."
)


def who_cancelled(answer: str | None) -> str | None:
    """'patient' or 'clinic' as the desk answered it (any case, spaces around), else None: not answered."""
    said = (answer or "").strip().lower()
    return said if said in CANCELLED_BY else None


@dataclass(frozen=True)
class AuthDecision:
    outcome: str  # "ok", "warn" or "refuse"
    reason: str = ""


def authorization_decision(
    *,
    requires_authorization: bool,
    overrun: str,
    service_date: date,
    authorization: tuple[date, date, int, int] | None,
    booked_ahead: int,
    alert_visits_left: int = 2,
) -> AuthDecision:
    """Whether a visit on service_date may be booked against the authorization.

    authorization is (start, end, visits approved, visits used); booked_ahead counts the visits
    already booked against it that have not been used yet. The payer profile says whether going
    past it is refused or only warned (overrun 'refuse' or 'warn').
    """
    if not requires_authorization:
        return AuthDecision("ok")
    over = "refuse" if overrun == "refuse" else "warn"
    if authorization is None:
        return AuthDecision(over, "the payer requires an authorization and none covers this visit")
    start, end, approved, used = authorization
    if service_date < start:
        return AuthDecision(over, f"the authorization starts on {clinic_day(start)}, after this visit")
    if service_date > end:
        return AuthDecision(over, f"the authorization ended on {clinic_day(end)}")
    # The visits left are said as every screen says them (core.authorizations.counts), with those booked
    # against them beside: "8 of 10 visits left", never the visits left after every booking (#20).
    left_after = visits_left(approved, used) - booked_ahead - 1
    if left_after < 0:
        return AuthDecision(over, booked_words(approved, used, booked_ahead + 1))
    if left_after < alert_visits_left:
        return AuthDecision("ok", booked_words(approved, used, booked_ahead + 1))
    return AuthDecision("ok")


def progress_report_due(treatment_days_since_report: int, every: int = 10) -> bool:
    """The next visit is the one that must carry a progress report (Medicare: at least every 10
    treatment days, Benefit Policy Manual ch. 15 §220.3)."""
    return treatment_days_since_report >= every - 1


@dataclass(frozen=True)
class SeriesCap:
    days: list[date]
    left_out: list[date]
    reason: str = ""
    # Of left_out, the dates inside the authorization's dates, left out only by its count: a series tries
    # them in turn when a date it covers cannot be booked (a clash), up to the visits left.
    spare: list[date] = field(default_factory=list)


def within_authorization(
    days: list[date], authorization: tuple[date, date, int, int], booked_ahead: int
) -> SeriesCap:
    """The dates of a recurring series the authorization still covers, and why the rest are left out.

    authorization is (start, end, visits approved, visits used), as in authorization_decision; a series
    stops at the end date and at the visits left after those already booked, whichever comes first."""
    start, end, approved, used = authorization
    left = max(0, visits_left(approved, used) - booked_ahead)
    inside = [d for d in sorted(days) if start <= d <= end]
    kept = inside[:left]
    left_out = [d for d in sorted(days) if d not in kept]
    if not left_out:
        return SeriesCap(kept, [])
    after_end = any(d > end for d in left_out)
    over = len(inside) > left
    reasons = []
    if over:
        reasons.append(f"{counted(left, 'visit')} left on the authorization")
    if after_end:
        reasons.append(f"the authorization ends on {clinic_day(end)}")
    if not reasons:
        reasons.append(f"the authorization starts on {clinic_day(start)}")
    return SeriesCap(kept, left_out, " and ".join(reasons), inside[left:])


@dataclass(frozen=True)
class WaitingFit:
    """One waiting patient whose wishes suit a freed time (discipline, provider, day, hours, length), as
    the offer is judged: whether they have a visit at that time already, and whether they have one of the
    same discipline that day."""

    entry_id: int
    busy_then: bool = False
    same_discipline_that_day: bool = False


def offer_order(fits: list[WaitingFit]) -> list[int]:
    """Whom a freed time is offered to, in rank order (`fits` longest waiting first): only those free at
    that time ("Book it" would refuse the others: #20, trial 53), and those with no visit of the
    discipline that day before those who have one (a second PT visit the same day is rarely what the
    patient or the payer wants), each in the order they have waited."""
    free = [f for f in fits if not f.busy_then]
    return [f.entry_id for f in free if not f.same_discipline_that_day] + [
        f.entry_id for f in free if f.same_discipline_that_day
    ]


def week_shown(today: date, asked: date | None) -> date:
    """The Monday of the week a clinician's week page shows: the asked day's week, else today's, but on a
    Sunday, the week's last day and one clinics rarely work, the week that starts the next day (#20: on
    a Sunday 'My week' opened on the five days just done, every note signed, and not on tomorrow's)."""
    day = asked or (today + timedelta(days=1) if today.weekday() == 6 else today)
    return day - timedelta(days=day.weekday())


def offer_open(status: str, expires_at: datetime, now: datetime) -> bool:
    """Whether a wait-list offer still holds: made and not answered, withdrawn or past its hold. An offer
    past its hold is expired whether or not anyone read it since: its patient waits again, to be offered
    the next freed time, and the desk lists them as waiting, not offered (#20: entries stayed 'offered'
    on offers long expired, shown neither as waiting nor among the offers out)."""
    return status == "offered" and as_utc(expires_at) > as_utc(now)


def nobody_offered_words(
    *, started: bool, discipline: str, waiting: int, suited: int, busy: int, closed: str = ""
) -> str:
    """Why a freed time was offered to nobody, as the desk reads it after the cancellation: `waiting`
    patients wait for the discipline in the clinic, `suited` of them can come then (provider, day, hours,
    visit length), `busy` of those have a visit at that time already; `closed`: the clinic is closed that
    day, in closed_days.closed_reason's words."""
    if started:
        return "The time has begun, so it was not offered on the wait list."
    if closed:
        return f"The clinic is closed that day ({closed}), so the time was not offered on the wait list."
    if waiting == 0:
        return (
            f"Nobody is on the wait list for {with_article(discipline)} visit, so the time was offered "
            "to no one."
        )
    if suited == 0:
        return (
            f"The time was offered to no one: of the {counted(waiting, 'patient')} waiting for "
            f"{with_article(discipline)} visit, none can come then (their days, hours, provider or visit "
            "length)."
        )
    return (
        f"The time was offered to no one: {counted(suited, 'patient')} waiting could come then, but "
        f"{'they already have' if busy > 1 else 'the patient already has'} a visit at that time."
    )
