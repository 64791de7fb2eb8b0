"""The practice's KPIs, each one a documented query over core for a date range, per clinic and
optionally per payer or provider. Each function's docstring is its formula; targets are PRODUCT.md's.

A KPI with nothing to count (no claims in the range, say) is None, never a made-up zero.
"""

import logging
import queue
import threading
import time as clock
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from statistics import median
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy import and_, event, func
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from core.access import require_anywhere
from core.actor import Actor
from core.audit.service import Event, record_one
from core.authorizations.models import Authorization
from core.billing.models import Adjustment, Claim, ClaimLine, Payment
from core.clinics.models import Clinic
from core.db import snapshot_session
from core.errors import Forbidden, Invalid
from core.notes.models import Note
from core.permissions import Action
from core.plans.models import PlanOfCare
from core.referrals.models import Referral
from core.scheduling.models import Appointment, ProviderBreak, ProviderHours, TimeOff
from core.timeutil import as_utc
from core.visits.models import Visit

ADJUDICATED = ("paid", "partially_paid", "denied")
SENT = ("submitted", *ADJUDICATED)
WRITE_OFF = ("CO", "OA", "PI")
CONTRACTUAL = ("45", "253")
KEPT = ("booked", "scheduled", "checked_in", "completed", "no_show")


@dataclass(frozen=True)
class Scope:
    start: date
    end: date
    clinic_ids: tuple[int, ...]
    payer_id: int | None = None
    provider_id: int | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class Kpi(BaseModel):
    key: str
    name: str
    value: float | None
    unit: str
    target: str
    formula: str
    numerator: float | None = None
    denominator: float | None = None
    breakdown: dict[str, float] | None = None
    as_of: datetime | None = None


@dataclass(frozen=True)
class Definition:
    key: str
    name: str
    unit: str
    target: str
    compute: Callable[[Session, Scope], tuple[float | None, float | None, float | None, dict | None]]


DEFINITIONS: list[Definition] = []


def kpi(key: str, name: str, unit: str, target: str = "") -> Callable:
    def register(fn: Callable) -> Callable:
        DEFINITIONS.append(Definition(key, name, unit, target, fn))
        return fn

    return register


def _ratio(numerator: float, denominator: float, scale: float = 100.0) -> tuple[float | None, float, float]:
    return (round(scale * numerator / denominator, 2) if denominator else None, numerator, denominator)


def _claims(scope: Scope):
    conditions = [
        col(Claim.clinic_id).in_(scope.clinic_ids),
        col(Claim.service_date) >= scope.start,
        col(Claim.service_date) <= scope.end,
    ]
    if scope.payer_id:
        conditions.append(Claim.payer_id == scope.payer_id)
    if scope.provider_id:
        conditions.append(Claim.provider_id == scope.provider_id)
    return and_(*conditions)


@kpi("clean_claim_rate", "Clean-claim rate", "%", "97-99 %")
def clean_claim_rate(session: Session, scope: Scope):
    """claims that passed the scrubber on its first run / claims scrubbed, by date of service."""
    rows = session.exec(
        select(Claim.first_scrub_clean).where(_claims(scope), col(Claim.first_scrub_clean).is_not(None))
    ).all()
    return (*_ratio(sum(1 for r in rows if r), len(rows)), None)


@kpi("first_pass_acceptance", "First-pass acceptance", "%", "")
def first_pass_acceptance(session: Session, scope: Scope):
    """adjudicated claims paid (in full or part) on their first submission, with no line denied /
    adjudicated claims."""
    rows = session.exec(
        select(Claim.status, Claim.resubmissions).where(_claims(scope), col(Claim.status).in_(ADJUDICATED))
    ).all()
    accepted = sum(1 for status, again in rows if status == "paid" and again == 0)
    return (*_ratio(accepted, len(rows)), None)


@kpi("denial_rate", "Denial rate", "%", "< 3 %")
def denial_rate(session: Session, scope: Scope):
    """adjudicated claims with at least one denied line / adjudicated claims; broken down by payer
    (payer name: % of its claims) and by CARC (code: share of denied lines, %)."""
    from core.payers.models import Payer

    claims = session.exec(
        select(Claim.id, Payer.name)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .where(_claims(scope), col(Claim.status).in_(ADJUDICATED))
    ).all()
    denied_lines = session.exec(
        select(ClaimLine.claim_id, ClaimLine.denial_carc)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(_claims(scope), col(Claim.status).in_(ADJUDICATED), ClaimLine.status == "denied")
    ).all()
    denied_claims = {claim_id for claim_id, _ in denied_lines}
    by_payer: dict[str, list[int]] = {}
    for claim_id, payer in claims:
        by_payer.setdefault(payer, [0, 0])
        by_payer[payer][1] += 1
        by_payer[payer][0] += claim_id in denied_claims
    breakdown = {f"payer {k}": round(100 * d / n, 2) for k, (d, n) in sorted(by_payer.items())}
    for carc in sorted({c for _, c in denied_lines}):
        breakdown[f"CARC {carc}"] = round(
            100 * sum(1 for _, c in denied_lines if c == carc) / len(denied_lines), 2
        )
    return (*_ratio(len(denied_claims), len(claims)), breakdown)


def _payments(session: Session, scope: Scope) -> int:
    return session.exec(
        select(func.coalesce(func.sum(Payment.amount_cents), 0))
        .join(Claim, col(Claim.id) == Payment.claim_id)
        .where(_claims(scope))
    ).one()


@kpi("net_collection_rate", "Net collection rate", "%", "> 95 %")
def net_collection_rate(session: Session, scope: Scope):
    """payments received (payer and patient) / (charges - contractual adjustments (group CO with CARC
    45, over the fee schedule, or 253, sequestration)), over adjudicated claims with a date of service in
    the range. Denials are not contractual: they lower the rate."""
    adjudicated = and_(_claims(scope), col(Claim.status).in_(ADJUDICATED))
    charges = session.exec(select(func.coalesce(func.sum(Claim.total_cents), 0)).where(adjudicated)).one()
    contractual = session.exec(
        select(func.coalesce(func.sum(Adjustment.amount_cents), 0))
        .join(ClaimLine, col(ClaimLine.id) == Adjustment.claim_line_id)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(adjudicated, Adjustment.group_code == "CO", col(Adjustment.carc).in_(CONTRACTUAL))
    ).one()
    paid = session.exec(
        select(func.coalesce(func.sum(Payment.amount_cents), 0))
        .join(Claim, col(Claim.id) == Payment.claim_id)
        .where(adjudicated)
    ).one()
    return (*_ratio(paid, charges - contractual), None)


# Average daily charges are taken over the 90 days ending with the range (MGMA's three months), so
# that a short range (a day, a week) does not divide all of AR by one day's charges.
AR_WINDOW_DAYS = 90


def ar_days(receivable_cents: float, charged_cents: float, window_days: int = AR_WINDOW_DAYS) -> float | None:
    """Days in AR: receivable / (charges over the window / days in the window); None with no charges."""
    per_day = charged_cents / window_days
    return round(receivable_cents / per_day, 1) if per_day else None


@kpi("days_in_ar", "Days in AR", "days", "< 30")
def days_in_ar(session: Session, scope: Scope):
    """accounts receivable at the end of the range / average charges per day over the 90 days ending
    with the range, where AR = charges with service up to the end - payments received by then -
    write-offs (CO, OA, PI) posted by then."""
    upto = and_(
        col(Claim.clinic_id).in_(scope.clinic_ids),
        col(Claim.service_date) <= scope.end,
        col(Claim.status) != "void",
        *([Claim.payer_id == scope.payer_id] if scope.payer_id else []),
        *([Claim.provider_id == scope.provider_id] if scope.provider_id else []),
    )
    charged = session.exec(select(func.coalesce(func.sum(Claim.total_cents), 0)).where(upto)).one()
    paid = session.exec(
        select(func.coalesce(func.sum(Payment.amount_cents), 0))
        .join(Claim, col(Claim.id) == Payment.claim_id)
        .where(upto, col(Payment.received_on) <= scope.end)
    ).one()
    written_off = session.exec(
        select(func.coalesce(func.sum(Adjustment.amount_cents), 0))
        .join(Payment, col(Payment.id) == Adjustment.payment_id)
        .join(ClaimLine, col(ClaimLine.id) == Adjustment.claim_line_id)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(upto, col(Adjustment.group_code).in_(WRITE_OFF), col(Payment.received_on) <= scope.end)
    ).one()
    in_window = session.exec(
        select(func.coalesce(func.sum(Claim.total_cents), 0)).where(
            upto, col(Claim.service_date) > scope.end - timedelta(days=AR_WINDOW_DAYS)
        )
    ).one()
    receivable = charged - paid - written_off
    return (ar_days(receivable, in_window), receivable, in_window / AR_WINDOW_DAYS, None)


@kpi("revenue_per_visit", "Revenue per visit", "$", "")
def revenue_per_visit(session: Session, scope: Scope):
    """payments received (payer and patient) on claims with service in the range / billed visits
    (claims) in the range, in dollars."""
    visits = session.exec(
        select(func.count()).select_from(Claim).where(_claims(scope), col(Claim.status) != "void")
    ).one()
    paid = _payments(session, scope)
    return (round(paid / visits / 100, 2) if visits else None, paid / 100, visits, None)


def _local_range(session: Session, scope: Scope) -> tuple[datetime, datetime]:
    zone = ZoneInfo(session.get(Clinic, scope.clinic_ids[0]).timezone) if scope.clinic_ids else UTC  # type: ignore[union-attr]
    return (
        datetime.combine(scope.start, time(0), zone).astimezone(UTC),
        datetime.combine(scope.end + timedelta(days=1), time(0), zone).astimezone(UTC),
    )


def _notes(session: Session, scope: Scope):
    start, end = _local_range(session, scope)
    query = (
        select(Note.created_at, Note.signed_at, Visit.service_date)
        .join(Visit, col(Visit.id) == Note.visit_id)
        .where(
            col(Note.clinic_id).in_(scope.clinic_ids),
            col(Note.signed_at).is_not(None),
            col(Visit.service_date) >= start,
            col(Visit.service_date) < end,
        )
    )
    if scope.provider_id:
        query = query.where(Note.provider_id == scope.provider_id)
    return session.exec(query).all()


@kpi("documentation_minutes", "Documentation time per note", "min", "< 5 min with the scribe")
def documentation_minutes(session: Session, scope: Scope):
    """median minutes from the note's first draft to its signature, over notes signed for visits in
    the range (the clinician's review-and-sign time once the scribe has drafted)."""
    spans = [(as_utc(s) - as_utc(c)).total_seconds() / 60 for c, s, _ in _notes(session, scope)]
    return (round(median(spans), 1) if spans else None, None, len(spans), None)


def lag_hours(visit_start: datetime, signed_at: datetime) -> float:
    """Hours from a visit's booked start to its note's signature; a note signed before the booked start
    (the visit began early) has no lag, not a negative one."""
    return max(0.0, (as_utc(signed_at) - as_utc(visit_start)).total_seconds() / 3600)


@kpi("note_completion_lag", "Note completion lag", "h", "same day")
def note_completion_lag(session: Session, scope: Scope):
    """median hours from the visit's start to the note's signature (0 when signed before the booked
    start), over notes signed for visits in the range."""
    lags = [lag_hours(v, s) for _, s, v in _notes(session, scope)]
    return (round(median(lags), 1) if lags else None, None, len(lags), None)


@kpi("authorization_turnaround", "Authorization turnaround", "days", "")
def authorization_turnaround(session: Session, scope: Scope):
    """mean days from an authorization's request to the payer's decision, over authorizations decided
    in the range."""
    from core.patients.models import Patient

    query = (
        select(Authorization.id, Authorization.requested_on, Authorization.decided_on)
        .join(Patient, col(Patient.id) == Authorization.patient_id)
        .where(
            col(Patient.clinic_id).in_(scope.clinic_ids),
            col(Authorization.requested_on).is_not(None),
            col(Authorization.decided_on) >= scope.start,
            col(Authorization.decided_on) <= scope.end,
        )
    )
    if scope.payer_id:
        query = query.where(Authorization.payer_id == scope.payer_id)
    days = [(decided - requested).days for _, requested, decided in session.exec(query).all()]
    return (round(sum(days) / len(days), 1) if days else None, sum(days), len(days), None)


@kpi("reevaluation_compliance", "Re-evaluation compliance", "%", "100 %")
def reevaluation_compliance(session: Session, scope: Scope):
    """plans of care ending in the range whose care went on past the end date and that were
    recertified (a new plan for the same patient and discipline starting on or before the old plan's
    end date + 1) / plans ending in the range whose care went on past the end date."""
    plans = session.exec(
        select(PlanOfCare).where(
            col(PlanOfCare.clinic_id).in_(scope.clinic_ids),
            col(PlanOfCare.end_date) >= scope.start,
            col(PlanOfCare.end_date) <= scope.end,
        )
    ).all()
    patients = sorted({p.patient_id for p in plans})
    starts: dict[tuple[int, str], list[tuple[int, date]]] = {}
    last_visit: dict[tuple[int, str], datetime] = {}
    for i in range(0, len(patients), 1000):  # three queries in all, whatever the number of plans
        chunk = patients[i : i + 1000]
        for pid, patient, discipline, start in session.exec(
            select(PlanOfCare.id, PlanOfCare.patient_id, PlanOfCare.discipline, PlanOfCare.start_date).where(
                col(PlanOfCare.patient_id).in_(chunk)
            )
        ).all():
            starts.setdefault((patient, discipline), []).append((pid or 0, start))
        for patient, discipline, latest in session.exec(
            select(Visit.patient_id, Visit.discipline, func.max(Visit.service_date))
            .where(col(Visit.patient_id).in_(chunk))
            .group_by(Visit.patient_id, Visit.discipline)
        ).all():
            last_visit[(patient, discipline)] = as_utc(latest)
    continued = recertified = 0
    for plan in plans:
        key = (plan.patient_id, plan.discipline)
        after = datetime.combine(plan.end_date + timedelta(days=1), time(0), UTC)
        if key not in last_visit or last_visit[key] < after:
            continue
        continued += 1
        recertified += any(
            other != plan.id and plan.start_date < start <= plan.end_date + timedelta(days=1)
            for other, start in starts.get(key, [])
        )
    return (*_ratio(recertified, continued), None)


def _appointments(session: Session, scope: Scope):
    start, end = _local_range(session, scope)
    query = select(
        Appointment.status, Appointment.starts_at, Appointment.ends_at, Appointment.late_cancel
    ).where(
        col(Appointment.clinic_id).in_(scope.clinic_ids),
        col(Appointment.starts_at) >= start,
        col(Appointment.starts_at) < end,
    )
    if scope.provider_id:
        query = query.where(Appointment.provider_id == scope.provider_id)
    return session.exec(query).all()


@kpi("no_show_rate", "No-show rate", "%", "")
def no_show_rate(session: Session, scope: Scope):
    """appointments marked no-show / appointments in the range not cancelled (the visits that were due)."""
    rows = [r for r in _appointments(session, scope) if r[0] != "cancelled"]
    return (*_ratio(sum(1 for r in rows if r[0] == "no_show"), len(rows)), None)


@kpi("cancellation_rate", "Cancellation rate", "%", "")
def cancellation_rate(session: Session, scope: Scope):
    """appointments cancelled / all appointments that were in the range; breakdown: late cancellations
    (inside the clinic's window) as % of all."""
    rows = _appointments(session, scope)
    late = sum(1 for r in rows if r[0] == "cancelled" and r[3])
    value = _ratio(sum(1 for r in rows if r[0] == "cancelled"), len(rows))
    return (*value, {"late": round(100 * late / len(rows), 2)} if rows else None)


@kpi("fill_rate", "Fill rate", "%", "> 85 %")
def fill_rate(session: Session, scope: Scope):
    """minutes of appointments kept on the calendar (booked, checked in, completed, no-show) / working
    minutes of the providers (weekly hours less breaks, days off excluded) over the range, one
    patient place per provider minute."""
    booked = sum(
        (as_utc(ends) - as_utc(starts)).total_seconds() / 60
        for status, starts, ends, _ in _appointments(session, scope)
        if status in KEPT
    )
    hours_query = select(ProviderHours).where(col(ProviderHours.clinic_id).in_(scope.clinic_ids))
    if scope.provider_id:
        hours_query = hours_query.where(ProviderHours.provider_id == scope.provider_id)
    hours = session.exec(hours_query).all()
    providers = {h.provider_id for h in hours}
    breaks: dict[tuple[int, int], int] = {}
    for b in session.exec(select(ProviderBreak).where(col(ProviderBreak.provider_id).in_(providers))).all():
        breaks[(b.provider_id, b.weekday)] = (
            breaks.get((b.provider_id, b.weekday), 0) + b.end_minute - b.start_minute
        )
    off: dict[int, list[tuple[datetime, datetime]]] = {}
    for t in session.exec(
        select(TimeOff).where(
            col(TimeOff.provider_id).in_(providers),
            col(TimeOff.starts_at) < datetime.combine(scope.end + timedelta(days=1), time(0), UTC),
            col(TimeOff.ends_at) > datetime.combine(scope.start, time(0), UTC),
        )
    ).all():
        off.setdefault(t.provider_id, []).append((as_utc(t.starts_at), as_utc(t.ends_at)))
    available = 0.0
    for day in (scope.start + timedelta(days=n) for n in range(scope.days)):
        noon = datetime.combine(day, time(12), UTC)
        for h in hours:
            if h.weekday != day.weekday():
                continue
            if any(start <= noon < end for start, end in off.get(h.provider_id, ())):
                continue
            available += max(0, h.end_minute - h.start_minute - breaks.get((h.provider_id, h.weekday), 0))
    return (*_ratio(booked, available), None)


@kpi("referral_conversion", "Referral-to-first-visit conversion", "%", "")
def referral_conversion(session: Session, scope: Scope):
    """referrals received in the range whose patient came to a first visit / referrals received in the
    range."""
    rows = session.exec(
        select(Referral.first_visit_on).where(
            col(Referral.clinic_id).in_(scope.clinic_ids),
            col(Referral.received_on) >= scope.start,
            col(Referral.received_on) <= scope.end,
        )
    ).all()
    return (*_ratio(sum(1 for r in rows if r is not None), len(rows)), None)


# Figures counted lately, for callers that accept figures a few minutes old (the dashboard, whose
# six-month trend is seven full countings): key -> what was counted, and when.
@dataclass(frozen=True)
class _Counted:
    generation: int  # of the counted records when the counting began
    began: float  # monotonic
    figures: list[Kpi]


_RECENT: "OrderedDict[tuple, _Counted]" = OrderedDict()
_RECENT_LOCK = threading.Lock()
_RECENT_MAX = 256
# Moves on whenever something the figures are counted from changes through this process.
_generation = 0
log = logging.getLogger(__name__)


def compute(
    session: Session,
    *,
    actor: Actor,
    start: date,
    end: date,
    clinic_id: int | None = None,
    payer_id: int | None = None,
    provider_id: int | None = None,
    keys: list[str] | None = None,
    max_age_seconds: float = 0.0,
) -> list[Kpi]:
    """Every KPI for the range (or the ones named), over the clinics the asker may see (or the one
    asked for), counted in a snapshot of their own (on SQLite it holds up no other request).

    With `max_age_seconds`, figures this process counted for the same clinics and range are given
    at once (each figure's `as_of` says when); where they are older than that, or something they are
    counted from changed through this process since, they are counted again in the background for
    the next asker. Only the first asker of a range waits for the counting. The read is audited
    either way."""
    if end < start:
        raise Invalid("the range ends before it starts")
    if (end - start).days > 3660:
        raise Invalid("a range of at most ten years")
    clinics = require_anywhere(session, actor, Action.kpi_read)
    if clinic_id is not None:
        if clinic_id not in clinics:
            raise Forbidden("no access to this clinic's figures")
        clinics = [clinic_id]
    scope = Scope(start, end, tuple(clinics), payer_id, provider_id)
    engine = session.get_bind().engine
    key = (str(engine.url), scope, tuple(keys) if keys is not None else None)
    with _RECENT_LOCK:
        found = _RECENT.get(key) if max_age_seconds > 0 else None
    if found is None:
        session.commit()  # the permission read's transaction ends before the long read
        out = _count(engine, key, scope, keys)
    else:
        out = found.figures
        if found.generation != _generation or clock.monotonic() - found.began > max_age_seconds:
            _REFRESHER.ask(engine, key, scope, keys)
    record_one(session, actor, Event(Action.kpi_read.value, record_type="kpi", detail=f"{start}..{end}"))
    session.commit()
    return out


def _count(engine: Engine, key: tuple, scope: Scope, keys: list[str] | None) -> list[Kpi]:
    generation, began = _generation, clock.monotonic()
    with snapshot_session(engine) as reader:
        out = _figures(reader, scope, keys)
    with _RECENT_LOCK:
        kept = _RECENT.get(key)
        if kept is None or (kept.generation, kept.began) <= (generation, began):
            _RECENT[key] = _Counted(generation, began, out)
            _RECENT.move_to_end(key)
            while len(_RECENT) > _RECENT_MAX:
                _RECENT.popitem(last=False)
    return out


class _Refresher:
    """One background thread per process that counts stale figures again, each key once however
    many askers saw it stale."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Engine, tuple, Scope, list[str] | None]] = queue.Queue()
        self._pending: set[tuple] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def ask(self, engine: Engine, key: tuple, scope: Scope, keys: list[str] | None) -> None:
        with self._lock:
            if key in self._pending:
                return
            self._pending.add(key)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="kpi-refresh", daemon=True)
                self._thread.start()
        self._queue.put((engine, key, scope, keys))

    def _run(self) -> None:
        while True:
            engine, key, scope, keys = self._queue.get()
            try:
                _count(engine, key, scope, keys)
            except Exception as exc:  # the figures kept stand; the next asker asks again
                log.warning("KPI figures could not be counted again (%s)", type(exc).__name__)
            finally:
                with self._lock:
                    self._pending.discard(key)
                self._queue.task_done()

    def wait(self) -> None:
        """Until every counting asked for has finished (for tests)."""
        self._queue.join()


_REFRESHER = _Refresher()
wait_for_refreshes = _REFRESHER.wait


# What the figures are counted from: a change to any of these in this process makes the figures kept stale.
_COUNTED = (
    Adjustment,
    Appointment,
    Authorization,
    Claim,
    ClaimLine,
    Clinic,
    Note,
    Payment,
    PlanOfCare,
    ProviderBreak,
    ProviderHours,
    Referral,
    TimeOff,
    Visit,
)
_STALE = "kpi_figures_stale"


@event.listens_for(OrmSession, "after_flush")
def _note_changes(session: OrmSession, _context: object) -> None:
    if any(isinstance(o, _COUNTED) for o in (*session.new, *session.dirty, *session.deleted)):
        session.info[_STALE] = True


@event.listens_for(OrmSession, "do_orm_execute")
def _note_statements(state: ORMExecuteState) -> None:
    writes = state.is_insert or state.is_update or state.is_delete
    mapper = state.bind_mapper
    if writes and (mapper is None or mapper.class_ in _COUNTED):
        state.session.info[_STALE] = True


@event.listens_for(OrmSession, "after_commit")
def _figures_stale(session: OrmSession) -> None:
    global _generation
    if session.info.pop(_STALE, False):
        with _RECENT_LOCK:
            _generation += 1


def _figures(session: Session, scope: Scope, keys: list[str] | None) -> list[Kpi]:
    now = datetime.now(UTC)
    out = []
    for d in DEFINITIONS:
        if keys is not None and d.key not in keys:
            continue
        value, numerator, denominator, breakdown = d.compute(session, scope)
        out.append(
            Kpi(
                key=d.key,
                name=d.name,
                value=value,
                unit=d.unit,
                target=d.target,
                formula=" ".join((d.compute.__doc__ or "").split()),
                numerator=numerator,
                denominator=denominator,
                breakdown=breakdown,
                as_of=now,
            )
        )
    return out


def target_bound(target: str) -> tuple[float, str] | None:
    """A KPI target in words as a number and a direction: '< 3 %' -> (3, 'below'), '> 95 %' -> (95,
    'above'), '97-99 %' -> (97, 'above'), '100 %' -> (100, 'above'); None where it is no number
    ('same day', '< 5 min with the scribe' is (5, 'below'))."""
    import re

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
