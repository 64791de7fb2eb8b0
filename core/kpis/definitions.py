"""Each KPI as queries over core for one or more scopes (date ranges over the same clinics and the same
payer or provider) handing plain rows to its formula in `core.kpis.formulas`. Each function's
docstring is the formula shown on the dashboard; targets are PRODUCT.md's.

A KPI is counted for several ranges at once (the dashboard's month and its six-month trend): each kind
of row is read once over the span the ranges cover and shared out to the ranges in Python, or summed
per range in the one SQL statement where a figure adds up everything up to a range's end (days in AR).
So the trend costs the queries of one counting, not one counting per month."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func
from sqlalchemy import select as sa_select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, or_, select

from core.authorizations.models import Authorization
from core.billing.models import Adjustment, Claim, ClaimLine, Payment
from core.clinics.models import Clinic
from core.enums import ClaimLineStatus, ClaimStatus
from core.kpis import formulas as f
from core.kpis.formulas import ADJUDICATED, ANSWERED, CONTRACTUAL, KEPT, WRITE_OFF, Figure
from core.notes.models import Note
from core.patients.models import InsurancePolicy, Patient
from core.payers.models import Payer
from core.plans.models import PlanOfCare
from core.referrals.models import Referral
from core.scheduling.calendar import local_day_bounds
from core.scheduling.models import Appointment, ProviderBreak, ProviderHours, TimeOff
from core.timeutil import as_utc
from core.visits.models import Visit


@dataclass(frozen=True)
class Scope:
    start: date
    end: date
    clinic_ids: tuple[int, ...]
    payer_id: int | None = None
    provider_id: int | None = None


Row = TypeVar("Row")

# A KPI counted for each of several scopes, in their order.
Counting = Callable[[Session, Sequence[Scope]], list[Figure]]


@dataclass(frozen=True)
class Definition:
    key: str
    name: str
    unit: str
    target: str
    count: Counting

    @property
    def formula(self) -> str:
        return " ".join((self.count.__doc__ or "").split())

    def compute(self, session: Session, scope: Scope) -> Figure:
        """The KPI for one scope."""
        return self.count(session, [scope])[0]


DEFINITIONS: list[Definition] = []


def kpi(key: str, name: str, unit: str, target: str = "") -> Callable[[Counting], Counting]:
    def register(fn: Counting) -> Counting:
        DEFINITIONS.append(Definition(key, name, unit, target, fn))
        return fn

    return register


def span(scopes: Sequence[Scope]) -> Scope:
    """The one scope covering all of `scopes` (which differ only in their dates)."""
    first = scopes[0]
    if any(
        (s.clinic_ids, s.payer_id, s.provider_id) != (first.clinic_ids, first.payer_id, first.provider_id)
        for s in scopes
    ):
        raise ValueError("scopes counted together differ only in their dates")
    return replace(first, start=min(s.start for s in scopes), end=max(s.end for s in scopes))


def _in(day: date, scope: Scope) -> bool:
    return scope.start <= day <= scope.end


def _kept(name: str) -> Callable[[Callable[[Session, Scope], Any]], Callable[[Session, Scope], Any]]:
    """Rows several KPIs count from, read once per counting: kept in the session's info by scope (a
    counting's session is its own snapshot, closed when the figures are out)."""

    def wrap(fn: Callable[[Session, Scope], Any]) -> Callable[[Session, Scope], Any]:
        def read(session: Session, scope: Scope) -> Any:
            kept = session.info.setdefault("kpi_rows", {})
            if (name, scope) not in kept:
                kept[(name, scope)] = fn(session, scope)
            return kept[(name, scope)]

        return read

    return wrap


def _claims(scope: Scope) -> ColumnElement[bool]:
    conditions = [
        col(Claim.clinic_id).in_(scope.clinic_ids),
        col(Claim.service_date) >= scope.start,
        col(Claim.service_date) <= scope.end,
    ]
    if scope.payer_id:
        conditions.append(col(Claim.payer_id) == scope.payer_id)
    if scope.provider_id:
        conditions.append(col(Claim.provider_id) == scope.provider_id)
    return and_(*conditions)


@dataclass(frozen=True)
class _ClaimRow:
    id: int
    service_date: date
    status: str
    resubmissions: int
    first_scrub_clean: bool | None
    total_cents: int
    payer: str | None


@_kept("claims")
def _claim_rows(session: Session, whole: Scope) -> list[_ClaimRow]:
    """Every claim with a date of service in the span, whatever its status."""
    # more columns than sqlmodel's select is typed for: SQLAlchemy's, on the session's connection
    rows = (
        session.connection()
        .execute(
            sa_select(
                col(Claim.id),
                col(Claim.service_date),
                col(Claim.status),
                col(Claim.resubmissions),
                col(Claim.first_scrub_clean),
                col(Claim.total_cents),
                col(Payer.name),
            )
            .join(Payer, col(Payer.id) == Claim.payer_id, isouter=True)
            .where(_claims(whole))
        )
        .all()
    )
    return [
        _ClaimRow(cid or 0, served, status, again, clean, total, payer)
        for cid, served, status, again, clean, total, payer in rows
    ]


def _per_claim(session: Session, query: Any) -> dict[int, int]:
    return {claim_id: int(total) for claim_id, total in session.exec(query).all()}


@_kept("paid_per_claim")
def _paid_per_claim(session: Session, whole: Scope) -> dict[int, int]:
    """Payments received (payer and patient) on each claim of the span."""
    return _per_claim(
        session,
        select(Payment.claim_id, func.sum(Payment.amount_cents))
        .join(Claim, col(Claim.id) == Payment.claim_id)
        .where(_claims(whole))
        .group_by(col(Payment.claim_id)),
    )


@kpi("visits_seen", "Visits seen", "visits", "")
def visits_seen(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """appointments completed in the range (by their start in the clinic's zone); with a payer chosen,
    those of the patients it covers first on the day."""
    return [f.visits_seen(status for status, _, _, _ in rows) for rows in _appointments_of(session, scopes)]


@kpi("charges_billed", "Charges billed", "$", "")
def charges_billed(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """charges on the claims with a date of service in the range, whatever their status but void."""
    claims = [c for c in _claim_rows(session, span(scopes)) if c.status != ClaimStatus.void]
    return [f.charges_billed(c.total_cents for c in claims if _in(c.service_date, s)) for s in scopes]


@kpi("clean_claim_rate", "Clean-claim rate", "%", "97-99 %")
def clean_claim_rate(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """claims that passed the scrubber on its first run / claims scrubbed, by date of service."""
    claims = [c for c in _claim_rows(session, span(scopes)) if c.first_scrub_clean is not None]
    return [
        f.clean_claim_rate(bool(c.first_scrub_clean) for c in claims if _in(c.service_date, s))
        for s in scopes
    ]


@kpi("first_pass_acceptance", "First-pass acceptance", "%", "")
def first_pass_acceptance(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """adjudicated claims paid (in full or part) on their first submission, with no line denied /
    claims answered: adjudicated, or rejected before adjudication (a 277CA rejection is a claim the
    payer did not accept on its first pass)."""
    claims = [c for c in _claim_rows(session, span(scopes)) if c.status in ANSWERED]
    return [
        f.first_pass_acceptance((c.status, c.resubmissions) for c in claims if _in(c.service_date, s))
        for s in scopes
    ]


@kpi("denial_rate", "Denial rate", "%", "< 3 %")
def denial_rate(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """adjudicated claims with at least one denied line / adjudicated claims; broken down by payer
    (payer name: % of its claims) and by CARC (code: share of denied lines, %)."""
    whole = span(scopes)
    claims = [c for c in _claim_rows(session, whole) if c.status in ADJUDICATED and c.payer is not None]
    served = {c.id: c.service_date for c in claims}
    denied_lines = session.exec(
        select(ClaimLine.claim_id, ClaimLine.denial_carc)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(
            _claims(whole),
            col(Claim.status).in_(ADJUDICATED),
            col(ClaimLine.status) == ClaimLineStatus.denied,
        )
    ).all()
    return [
        f.denial_rate(
            ((c.id, c.payer or "") for c in claims if _in(c.service_date, s)),
            [(cid, carc) for cid, carc in denied_lines if cid in served and _in(served[cid], s)],
        )
        for s in scopes
    ]


@kpi("net_collection_rate", "Net collection rate", "%", "> 95 %")
def net_collection_rate(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """payments received (payer and patient) / (charges - contractual adjustments (group CO with CARC
    45, over the fee schedule, or 253, sequestration)), over adjudicated claims with a date of service in
    the range. Denials are not contractual: they lower the rate."""
    whole = span(scopes)
    rows = _claim_rows(session, whole)
    claims = [c for c in rows if c.status in ADJUDICATED]
    waiting = [c for c in rows if c.status == ClaimStatus.submitted]
    paid = _paid_per_claim(session, whole)
    contractual = _per_claim(
        session,
        select(ClaimLine.claim_id, func.sum(Adjustment.amount_cents))
        .join(ClaimLine, col(ClaimLine.id) == Adjustment.claim_line_id)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(
            _claims(whole),
            col(Claim.status).in_(ADJUDICATED),
            col(Adjustment.group_code) == "CO",
            col(Adjustment.carc).in_(CONTRACTUAL),
        )
        .group_by(col(ClaimLine.claim_id)),
    )
    out = []
    for s in scopes:
        mine = [c for c in claims if _in(c.service_date, s)]
        counted = f.net_collection_rate(
            sum(paid.get(c.id, 0) for c in mine),
            sum(c.total_cents for c in mine),
            sum(contractual.get(c.id, 0) for c in mine),
        )
        # a recent month's claims still with the payer are left out, and the owner is told how many
        out.append(replace(counted, waiting=sum(1 for c in waiting if _in(c.service_date, s))))
    return out


def _sums(session: Session, query: Any) -> list[int]:
    """The one row of sums, as a row even when it has one column."""
    return [int(v) for v in session.connection().execute(query).one()]


def _each(scopes: Sequence[Scope], when: Callable[[Scope], ColumnElement[bool]], cents: Any) -> list[Any]:
    """One column per scope: the sum of `cents` over the rows `when` holds for that scope."""
    return [func.coalesce(func.sum(case((when(s), cents), else_=0)), 0) for s in scopes]


def _received_by_end(s: Scope) -> ColumnElement[bool]:
    """Money received by the scope's end on a claim with service by then (a payment, or a write-off
    posted with one): what AR at that end has already lost."""
    return and_(col(Claim.service_date) <= s.end, col(Payment.received_on) <= s.end)


@kpi("days_in_ar", "Days in AR", "days", "< 30")
def days_in_ar(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """accounts receivable at the end of the range / average charges per day over the 90 days ending
    with the range, where AR = charges with service up to the end - payments received by then -
    write-offs (CO, OA, PI) posted by then."""
    whole = span(scopes)
    upto = and_(
        col(Claim.clinic_id).in_(whole.clinic_ids),
        col(Claim.service_date) <= whole.end,
        col(Claim.status) != ClaimStatus.void,
        *([col(Claim.payer_id) == whole.payer_id] if whole.payer_id else []),
        *([col(Claim.provider_id) == whole.provider_id] if whole.provider_id else []),
    )
    n = len(scopes)
    claims = _sums(
        session,
        select(
            *_each(scopes, lambda s: col(Claim.service_date) <= s.end, Claim.total_cents),
            *_each(
                scopes,
                lambda s: and_(
                    col(Claim.service_date) <= s.end,
                    col(Claim.service_date) > s.end - timedelta(days=f.AR_WINDOW_DAYS),
                ),
                Claim.total_cents,
            ),
        ).where(upto),
    )
    charged, in_window = claims[:n], claims[n:]
    paid = _sums(
        session,
        select(
            *_each(
                scopes,
                _received_by_end,
                Payment.amount_cents,
            )
        )
        .join(Claim, col(Claim.id) == Payment.claim_id)
        .where(upto),
    )
    written_off = _sums(
        session,
        select(
            *_each(
                scopes,
                _received_by_end,
                Adjustment.amount_cents,
            )
        )
        .join(Payment, col(Payment.id) == Adjustment.payment_id)
        .join(ClaimLine, col(ClaimLine.id) == Adjustment.claim_line_id)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(upto, col(Adjustment.group_code).in_(WRITE_OFF)),
    )
    return [f.days_in_ar(*figures) for figures in zip(charged, paid, written_off, in_window, strict=True)]


@kpi("revenue_per_visit", "Revenue per visit", "$", "")
def revenue_per_visit(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """payments received (payer and patient) on claims with service in the range that the payer has
    answered (paid, partly paid or denied) / those claims (billed visits), in dollars; claims still
    with the payer are left out until they are answered."""
    whole = span(scopes)
    claims = _claim_rows(session, whole)
    paid = _paid_per_claim(session, whole)
    return [
        replace(
            f.revenue_per_visit((c.status, paid.get(c.id, 0)) for c in claims if _in(c.service_date, s)),
            waiting=sum(1 for c in claims if c.status == ClaimStatus.submitted and _in(c.service_date, s)),
        )
        for s in scopes
    ]


def _zone(session: Session, scope: Scope) -> tzinfo:
    """The zone of the scope's first clinic, read once per counting (every range's days are its days)."""
    kept = session.info.setdefault("kpi_rows", {})
    key = ("zone", scope.clinic_ids[:1])
    if key not in kept:
        clinic = session.get(Clinic, scope.clinic_ids[0]) if scope.clinic_ids else None
        kept[key] = ZoneInfo(clinic.timezone) if clinic is not None else UTC
    return kept[key]


@_kept("local_range")
def _local_range(session: Session, scope: Scope) -> tuple[datetime, datetime]:
    zone = _zone(session, scope)
    return local_day_bounds(scope.start, zone)[0], local_day_bounds(scope.end, zone)[1]


def _by_local_day(
    session: Session, scopes: Sequence[Scope], rows: Sequence[Row], moment: Callable[[Row], datetime]
) -> list[list[Row]]:
    """The rows shared out to each scope whose days (in the clinic's zone) hold the row's moment."""
    bounds = [_local_range(session, s) for s in scopes]
    out: list[list[Row]] = [[] for _ in scopes]
    for row in rows:
        at = as_utc(moment(row))
        for i, (start, end) in enumerate(bounds):
            if start <= at < end:
                out[i].append(row)
    return out


@_kept("signed_notes")
def _signed_notes(session: Session, scope: Scope) -> list[tuple[datetime, datetime, float | None]]:
    """(visit start, signed at, documentation minutes) of notes signed for visits in the range."""
    start, end = _local_range(session, scope)
    query = (
        select(Visit.service_date, Note.signed_at, Note.documentation_minutes)
        .join(Visit, col(Visit.id) == Note.visit_id)
        .where(
            col(Note.clinic_id).in_(scope.clinic_ids),
            col(Note.signed_at).is_not(None),
            col(Visit.service_date) >= start,
            col(Visit.service_date) < end,
        )
    )
    if scope.provider_id:
        query = query.where(col(Note.provider_id) == scope.provider_id)
    return [(visit, signed, minutes) for visit, signed, minutes in session.exec(query).all() if signed]


@kpi("documentation_minutes", "Documentation time per note", "min", "< 5 min with the scribe")
def documentation_minutes(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """median minutes the note's author spent on it before signing, over notes signed for visits in
    the range: from the audit log, the time between the author's consecutive actions on the note
    (drafted, opened, saved, signed), leaving out gaps over 10 minutes (time away from the note),
    counted as the note is signed; a note with no action of its author on record is not counted."""
    notes = _signed_notes(session, span(scopes))
    return [
        f.documentation_minutes(minutes for _, _, minutes in ours)
        for ours in _by_local_day(session, scopes, notes, lambda n: n[0])
    ]


@kpi("note_completion_lag", "Note completion lag", "h", "same day")
def note_completion_lag(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """median hours from the visit's start to the note's signature (0 when signed before the booked
    start), over notes signed for visits in the range."""
    notes = _signed_notes(session, span(scopes))
    return [
        f.note_completion_lag((visit, signed) for visit, signed, _ in ours)
        for ours in _by_local_day(session, scopes, notes, lambda n: n[0])
    ]


@kpi("authorization_turnaround", "Authorization turnaround", "days", "")
def authorization_turnaround(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """mean days from an authorization's request to the payer's decision, over authorizations decided
    in the range."""
    whole = span(scopes)
    query = (
        select(col(Authorization.requested_on), col(Authorization.decided_on))
        .join(Patient, col(Patient.id) == Authorization.patient_id)
        .where(
            col(Patient.clinic_id).in_(whole.clinic_ids),
            col(Authorization.requested_on).is_not(None),
            col(Authorization.decided_on) >= whole.start,
            col(Authorization.decided_on) <= whole.end,
        )
    )
    if whole.payer_id:
        query = query.where(col(Authorization.payer_id) == whole.payer_id)
    rows = [(requested, decided) for requested, decided in session.exec(query).all() if requested and decided]
    return [
        f.authorization_turnaround((requested, decided) for requested, decided in rows if _in(decided, s))
        for s in scopes
    ]


@kpi("reevaluation_compliance", "Re-evaluation compliance", "%", "100 %")
def reevaluation_compliance(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """plans of care ending in the range whose care went on past the end date and that were
    recertified (a new plan for the same patient and discipline starting on or before the old plan's
    end date + 1) / plans ending in the range whose care went on past the end date."""
    whole = span(scopes)
    plans = (
        session.connection()
        .execute(
            sa_select(
                col(PlanOfCare.id),
                col(PlanOfCare.patient_id),
                col(PlanOfCare.discipline),
                col(PlanOfCare.start_date),
                col(PlanOfCare.end_date),
            ).where(
                col(PlanOfCare.clinic_id).in_(whole.clinic_ids),
                col(PlanOfCare.end_date) >= whole.start,
                col(PlanOfCare.end_date) <= whole.end,
            )
        )
        .all()
    )
    patients = sorted({patient for _, patient, _, _, _ in plans})
    starts: dict[tuple[int, str], list[tuple[int, date]]] = {}
    last_visit: dict[tuple[int, str], date] = {}
    for i in range(0, len(patients), 1000):  # three queries in all, whatever the number of plans
        chunk = patients[i : i + 1000]
        for pid, patient, discipline, start in session.exec(
            select(
                col(PlanOfCare.id),
                col(PlanOfCare.patient_id),
                col(PlanOfCare.discipline),
                col(PlanOfCare.start_date),
            ).where(col(PlanOfCare.patient_id).in_(chunk))
        ).all():
            starts.setdefault((patient, discipline), []).append((pid or 0, start))
        for patient, discipline, latest in session.exec(
            select(Visit.patient_id, Visit.discipline, func.max(Visit.service_date))
            .where(col(Visit.patient_id).in_(chunk))
            .group_by(col(Visit.patient_id), col(Visit.discipline))
        ).all():
            last_visit[(patient, discipline)] = as_utc(latest).date()
    ending = [
        (
            end,
            f.EndingPlan(
                start=start,
                end=end,
                last_visit=last_visit.get((patient, discipline)),
                other_plan_starts=tuple(
                    other_start
                    for other, other_start in starts.get((patient, discipline), [])
                    if other != plan_id
                ),
            ),
        )
        for plan_id, patient, discipline, start, end in plans
    ]
    return [f.reevaluation_compliance(plan for end, plan in ending if _in(end, s)) for s in scopes]


@_kept("appointments")
def _appointments(session: Session, scope: Scope) -> list[tuple[str, datetime, datetime, bool]]:
    """The span's appointments; with a payer chosen, those of the patients it covers first on the
    visit's day (the payer a visit is billed to, core.patients.insurance.primary_payer)."""
    start, end = _local_range(session, scope)
    query = sa_select(
        col(Appointment.status),
        col(Appointment.starts_at),
        col(Appointment.ends_at),
        col(Appointment.late_cancel),
        col(Appointment.patient_id),
    ).where(
        col(Appointment.clinic_id).in_(scope.clinic_ids),
        col(Appointment.starts_at) >= start,
        col(Appointment.starts_at) < end,
    )
    if scope.provider_id:
        query = query.where(col(Appointment.provider_id) == scope.provider_id)
    rows = session.connection().execute(query).all()
    if scope.payer_id:
        zone = _zone(session, scope)
        covers = _primary_payers(session, {patient for *_, patient in rows}, scope)
        rows = [
            row
            for row in rows
            if covers.get(row[4]) is not None
            and f.primary_payer_on(covers[row[4]], as_utc(row[1]).astimezone(zone).date()) == scope.payer_id
        ]
    return [(status, starts, ends, bool(late)) for status, starts, ends, late, _ in rows]


def _primary_payers(session: Session, patients: set[int], scope: Scope) -> dict[int, list[f.Coverage]]:
    """The patients' policies in effect at some time in the span, by patient."""
    out: dict[int, list[f.Coverage]] = {}
    ordered = sorted(patients)
    for i in range(0, len(ordered), 1000):
        for patient, payer, priority, policy_id, since, until in session.connection().execute(
            sa_select(
                col(InsurancePolicy.patient_id),
                col(InsurancePolicy.payer_id),
                col(InsurancePolicy.priority),
                col(InsurancePolicy.id),
                col(InsurancePolicy.effective_from),
                col(InsurancePolicy.effective_to),
            ).where(
                col(InsurancePolicy.patient_id).in_(ordered[i : i + 1000]),
                col(InsurancePolicy.effective_from) <= scope.end,
                or_(
                    col(InsurancePolicy.effective_to).is_(None),
                    col(InsurancePolicy.effective_to) >= scope.start,
                ),
            )
        ):
            out.setdefault(patient, []).append(f.Coverage(payer, priority, policy_id or 0, since, until))
    return out


def _appointments_of(
    session: Session, scopes: Sequence[Scope]
) -> list[list[tuple[str, datetime, datetime, bool]]]:
    """The span's appointments shared out to each scope by their start in the clinic's zone (once per
    counting: three KPIs count from them)."""
    kept = session.info.setdefault("kpi_rows", {})
    key = ("appointments_of", tuple(scopes))
    if key not in kept:
        kept[key] = _by_local_day(session, scopes, _appointments(session, span(scopes)), lambda a: a[1])
    return kept[key]


@kpi("no_show_rate", "No-show rate", "%", "")
def no_show_rate(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """appointments marked no-show / appointments in the range not cancelled (the visits that were due)."""
    return [f.no_show_rate(status for status, _, _, _ in rows) for rows in _appointments_of(session, scopes)]


@kpi("cancellation_rate", "Cancellation rate", "%", "")
def cancellation_rate(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """appointments cancelled / all appointments that were in the range; breakdown: late cancellations
    (inside the clinic's window) as % of all."""
    return [
        f.cancellation_rate((status, late) for status, _, _, late in rows)
        for rows in _appointments_of(session, scopes)
    ]


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC)


@kpi("fill_rate", "Fill rate", "%", "> 85 %")
def fill_rate(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """minutes of appointments kept on the calendar (booked, checked in, completed, no-show) / working
    minutes of the providers (weekly hours less breaks, days off excluded) over the range, one
    patient place per provider minute; with a payer chosen, the minutes of that payer's patients over
    all the working minutes (the share of the providers' time the payer's patients fill)."""
    whole = span(scopes)
    hours_query = select(ProviderHours).where(col(ProviderHours.clinic_id).in_(whole.clinic_ids))
    if whole.provider_id:
        hours_query = hours_query.where(col(ProviderHours.provider_id) == whole.provider_id)
    hours = session.exec(hours_query).all()
    providers = {h.provider_id for h in hours}
    breaks: dict[tuple[int, int], int] = {}
    for b in session.exec(select(ProviderBreak).where(col(ProviderBreak.provider_id).in_(providers))).all():
        key = (b.provider_id, b.weekday)
        breaks[key] = breaks.get(key, 0) + b.end_minute - b.start_minute
    time_off = [
        (t.provider_id, as_utc(t.starts_at), as_utc(t.ends_at))
        for t in session.exec(
            select(TimeOff).where(
                col(TimeOff.provider_id).in_(providers),
                col(TimeOff.starts_at) < _utc_midnight(whole.end + timedelta(days=1)),
                col(TimeOff.ends_at) > _utc_midnight(whole.start),
            )
        ).all()
    ]
    working = [
        f.WorkingDay(
            h.provider_id, h.weekday, h.start_minute, h.end_minute, breaks.get((h.provider_id, h.weekday), 0)
        )
        for h in hours
    ]
    out = []
    for s, rows in zip(scopes, _appointments_of(session, scopes), strict=True):
        kept = sum(
            (as_utc(ends) - as_utc(starts)).total_seconds() / 60
            for status, starts, ends, _ in rows
            if status in KEPT
        )
        off: dict[int, list[tuple[datetime, datetime]]] = {}
        for provider, starts, ends in time_off:
            if starts < _utc_midnight(s.end + timedelta(days=1)) and ends > _utc_midnight(s.start):
                off.setdefault(provider, []).append((starts, ends))
        out.append(f.fill_rate(kept, f.working_minutes(s.start, s.end, working, off)))
    return out


@kpi("referral_conversion", "Referral-to-first-visit conversion", "%", "")
def referral_conversion(session: Session, scopes: Sequence[Scope]) -> list[Figure]:
    """referrals received in the range whose patient came to a first visit / referrals received in the
    range."""
    whole = span(scopes)
    rows = session.exec(
        select(col(Referral.received_on), col(Referral.first_visit_on)).where(
            col(Referral.clinic_id).in_(whole.clinic_ids),
            col(Referral.received_on) >= whole.start,
            col(Referral.received_on) <= whole.end,
        )
    ).all()
    return [f.referral_conversion(first for received, first in rows if _in(received, s)) for s in scopes]
