"""The KPIs as core.kpis.definitions counted them up to cb3e012, one range at a time (every query
per range), kept unchanged as the reference the counting of several ranges at once is checked
against (tests/test_kpi_trend.py): the same figures, range by range."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from core.audit.models import AuditEntry
from core.authorizations.models import Authorization
from core.billing.models import Adjustment, Claim, ClaimLine, Payment
from core.clinics.models import Clinic
from core.enums import ClaimLineStatus, ClaimStatus
from core.kpis import formulas as f
from core.kpis.formulas import ADJUDICATED, CONTRACTUAL, KEPT, WRITE_OFF, Figure
from core.notes.models import Note
from core.patients.insurance import primary_payer
from core.patients.models import Patient
from core.payers.models import Payer
from core.plans.models import PlanOfCare
from core.providers.models import Provider
from core.referrals.models import Referral
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


@dataclass(frozen=True)
class Definition:
    key: str
    name: str
    unit: str
    target: str
    compute: Callable[[Session, Scope], Figure]

    @property
    def formula(self) -> str:
        return " ".join((self.compute.__doc__ or "").split())


DEFINITIONS: list[Definition] = []


def kpi(
    key: str, name: str, unit: str, target: str = ""
) -> Callable[[Callable[[Session, Scope], Figure]], Callable[[Session, Scope], Figure]]:
    def register(fn: Callable[[Session, Scope], Figure]) -> Callable[[Session, Scope], Figure]:
        DEFINITIONS.append(Definition(key, name, unit, target, fn))
        return fn

    return register


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


def _sum(session: Session, query: Any) -> int:
    return int(session.exec(query).one())


# Added after cb3e012 (the owner's month in counts), written here one range at a time as the rest.
@kpi("visits_seen", "Visits seen", "visits", "")
def visits_seen(session: Session, scope: Scope) -> Figure:
    """appointments completed in the range (by their start in the clinic's zone)."""
    return f.visits_seen(status for status, _, _, _ in _appointments(session, scope))


@kpi("charges_billed", "Charges billed", "$", "")
def charges_billed(session: Session, scope: Scope) -> Figure:
    """charges on the claims with a date of service in the range, whatever their status but void."""
    totals = session.exec(
        select(Claim.total_cents).where(_claims(scope), col(Claim.status) != ClaimStatus.void)
    ).all()
    return f.charges_billed(totals)


@kpi("clean_claim_rate", "Clean-claim rate", "%", "97-99 %")
def clean_claim_rate(session: Session, scope: Scope) -> Figure:
    """claims that passed the scrubber on its first run / claims scrubbed, by date of service."""
    rows = session.exec(
        select(Claim.first_scrub_clean).where(_claims(scope), col(Claim.first_scrub_clean).is_not(None))
    ).all()
    return f.clean_claim_rate(bool(r) for r in rows)


@kpi("first_pass_acceptance", "First-pass acceptance", "%", "")
def first_pass_acceptance(session: Session, scope: Scope) -> Figure:
    """adjudicated claims paid (in full or part) on their first submission, with no line denied /
    claims answered: adjudicated, or rejected before adjudication (#20)."""
    rows = session.exec(
        select(Claim.status, Claim.resubmissions).where(
            _claims(scope), col(Claim.status).in_((*ADJUDICATED, ClaimStatus.rejected))
        )
    ).all()
    return f.first_pass_acceptance((status, again) for status, again in rows)


@kpi("denial_rate", "Denial rate", "%", "< 3 %")
def denial_rate(session: Session, scope: Scope) -> Figure:
    """adjudicated claims with at least one denied line / adjudicated claims; broken down by payer
    (payer name: % of its claims) and by CARC (code: share of denied lines, %)."""
    claims = session.exec(
        select(Claim.id, Payer.name)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .where(_claims(scope), col(Claim.status).in_(ADJUDICATED))
    ).all()
    denied_lines = session.exec(
        select(ClaimLine.claim_id, ClaimLine.denial_carc)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(
            _claims(scope),
            col(Claim.status).in_(ADJUDICATED),
            col(ClaimLine.status) == ClaimLineStatus.denied,
        )
    ).all()
    return f.denial_rate(((cid or 0, payer) for cid, payer in claims), list(denied_lines))


@kpi("net_collection_rate", "Net collection rate", "%", "> 95 %")
def net_collection_rate(session: Session, scope: Scope) -> Figure:
    """payments received (payer and patient) / (charges - contractual adjustments (group CO with CARC
    45, over the fee schedule, or 253, sequestration)), over adjudicated claims with a date of service in
    the range. Denials are not contractual: they lower the rate."""
    adjudicated = and_(_claims(scope), col(Claim.status).in_(ADJUDICATED))
    charges = _sum(session, select(func.coalesce(func.sum(Claim.total_cents), 0)).where(adjudicated))
    contractual = _sum(
        session,
        select(func.coalesce(func.sum(Adjustment.amount_cents), 0))
        .join(ClaimLine, col(ClaimLine.id) == Adjustment.claim_line_id)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(adjudicated, col(Adjustment.group_code) == "CO", col(Adjustment.carc).in_(CONTRACTUAL)),
    )
    paid = _sum(
        session,
        select(func.coalesce(func.sum(Payment.amount_cents), 0))
        .join(Claim, col(Claim.id) == Payment.claim_id)
        .where(adjudicated),
    )
    return f.net_collection_rate(paid, charges, contractual)


@kpi("days_in_ar", "Days in AR", "days", "< 30")
def days_in_ar(session: Session, scope: Scope) -> Figure:
    """accounts receivable at the end of the range / average charges per day over the 90 days ending
    with the range, where AR = charges with service up to the end - payments received by then -
    write-offs (CO, OA, PI) posted by then."""
    upto = and_(
        col(Claim.clinic_id).in_(scope.clinic_ids),
        col(Claim.service_date) <= scope.end,
        col(Claim.status) != ClaimStatus.void,
        *([col(Claim.payer_id) == scope.payer_id] if scope.payer_id else []),
        *([col(Claim.provider_id) == scope.provider_id] if scope.provider_id else []),
    )
    charged = _sum(session, select(func.coalesce(func.sum(Claim.total_cents), 0)).where(upto))
    paid = _sum(
        session,
        select(func.coalesce(func.sum(Payment.amount_cents), 0))
        .join(Claim, col(Claim.id) == Payment.claim_id)
        .where(upto, col(Payment.received_on) <= scope.end),
    )
    written_off = _sum(
        session,
        select(func.coalesce(func.sum(Adjustment.amount_cents), 0))
        .join(Payment, col(Payment.id) == Adjustment.payment_id)
        .join(ClaimLine, col(ClaimLine.id) == Adjustment.claim_line_id)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(upto, col(Adjustment.group_code).in_(WRITE_OFF), col(Payment.received_on) <= scope.end),
    )
    in_window = _sum(
        session,
        select(func.coalesce(func.sum(Claim.total_cents), 0)).where(
            upto, col(Claim.service_date) > scope.end - timedelta(days=f.AR_WINDOW_DAYS)
        ),
    )
    return f.days_in_ar(charged, paid, written_off, in_window)


@kpi("revenue_per_visit", "Revenue per visit", "$", "")
def revenue_per_visit(session: Session, scope: Scope) -> Figure:
    """payments received (payer and patient) on claims with service in the range that the payer has
    answered / those claims, in dollars (#20: claims still with the payer left out, as in core)."""
    paid = func.coalesce(func.sum(Payment.amount_cents), 0)
    rows = session.exec(
        select(Claim.status, paid)
        .join(Payment, col(Payment.claim_id) == Claim.id, isouter=True)
        .where(_claims(scope))
        .group_by(col(Claim.id), col(Claim.status))
    ).all()
    return f.revenue_per_visit((status, int(cents)) for status, cents in rows)


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


@_kept("local_range")
def _local_range(session: Session, scope: Scope) -> tuple[datetime, datetime]:
    clinic = session.get(Clinic, scope.clinic_ids[0]) if scope.clinic_ids else None
    zone = ZoneInfo(clinic.timezone) if clinic is not None else UTC
    return (
        datetime.combine(scope.start, time(0), zone).astimezone(UTC),
        datetime.combine(scope.end + timedelta(days=1), time(0), zone).astimezone(UTC),
    )


@_kept("signed_notes")
def _signed_notes(session: Session, scope: Scope) -> list[tuple[int, int | None, datetime, datetime]]:
    """(note id, its author's user id, visit start, signed at) of notes signed for visits in the range."""
    start, end = _local_range(session, scope)
    query = (
        select(Note.id, Provider.user_id, Visit.service_date, Note.signed_at)
        .join(Visit, col(Visit.id) == Note.visit_id)
        .join(Provider, col(Provider.id) == Note.provider_id)
        .where(
            col(Note.clinic_id).in_(scope.clinic_ids),
            col(Note.signed_at).is_not(None),
            col(Visit.service_date) >= start,
            col(Visit.service_date) < end,
        )
    )
    if scope.provider_id:
        query = query.where(col(Note.provider_id) == scope.provider_id)
    return [
        (nid or 0, user, visit, signed) for nid, user, visit, signed in session.exec(query).all() if signed
    ]


@kpi("documentation_minutes", "Documentation time per note", "min", "< 5 min with the scribe")
def documentation_minutes(session: Session, scope: Scope) -> Figure:
    """median minutes the note's author spent on it before signing, over notes signed for visits in
    the range: from the audit log, the time between the author's consecutive actions on the note
    (drafted, opened, saved, signed), leaving out gaps over 10 minutes (time away from the note); a
    note with no action of its author on record is not counted."""
    notes = _signed_notes(session, scope)
    if not notes:
        return f.median_of([])
    start, _ = _local_range(session, scope)
    last_signed = max(as_utc(signed) for _, _, _, signed in notes)
    authors = {str(nid): user for nid, user, _, _ in notes}
    actions: dict[str, list[tuple[str, datetime]]] = {key: [] for key in authors}
    for record_id, user, action, at in session.exec(
        select(AuditEntry.record_id, AuditEntry.user_id, AuditEntry.action, AuditEntry.at).where(
            col(AuditEntry.record_type) == "note",
            col(AuditEntry.outcome) == "allowed",
            col(AuditEntry.at) >= start,
            col(AuditEntry.at) <= last_signed + timedelta(minutes=1),
        )
    ).all():
        if record_id in authors and user is not None and user == authors[record_id]:
            actions[record_id].append((action, at))
    # the formula as it was then (the minutes are now stored at signing: core.notes.documentation)
    per_note = [f.until_signed(actions[str(nid)], signed) for nid, _, _, signed in notes]
    return f.median_of([f.active_minutes(times) for times in per_note if times])


@kpi("note_completion_lag", "Note completion lag", "h", "same day")
def note_completion_lag(session: Session, scope: Scope) -> Figure:
    """median hours from the visit's start to the note's signature (0 when signed before the booked
    start), over notes signed for visits in the range."""
    return f.note_completion_lag((visit, signed) for _, _, visit, signed in _signed_notes(session, scope))


@kpi("authorization_turnaround", "Authorization turnaround", "days", "")
def authorization_turnaround(session: Session, scope: Scope) -> Figure:
    """mean days from an authorization's request to the payer's decision, over authorizations decided
    in the range."""
    query = (
        select(col(Authorization.requested_on), col(Authorization.decided_on))
        .join(Patient, col(Patient.id) == Authorization.patient_id)
        .where(
            col(Patient.clinic_id).in_(scope.clinic_ids),
            col(Authorization.requested_on).is_not(None),
            col(Authorization.decided_on) >= scope.start,
            col(Authorization.decided_on) <= scope.end,
        )
    )
    if scope.payer_id:
        query = query.where(col(Authorization.payer_id) == scope.payer_id)
    return f.authorization_turnaround(
        (requested, decided) for requested, decided in session.exec(query).all() if requested and decided
    )


@kpi("reevaluation_compliance", "Re-evaluation compliance", "%", "100 %")
def reevaluation_compliance(session: Session, scope: Scope) -> Figure:
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
    return f.reevaluation_compliance(
        f.EndingPlan(
            start=plan.start_date,
            end=plan.end_date,
            last_visit=last_visit.get((plan.patient_id, plan.discipline)),
            other_plan_starts=tuple(
                start
                for other, start in starts.get((plan.patient_id, plan.discipline), [])
                if other != plan.id
            ),
        )
        for plan in plans
    )


@_kept("appointments")
def _appointments(session: Session, scope: Scope) -> list[tuple[str, datetime, datetime, bool]]:
    start, end = _local_range(session, scope)
    query = select(
        Appointment.status,
        Appointment.starts_at,
        Appointment.ends_at,
        Appointment.late_cancel,
        Appointment.patient_id,
    ).where(
        col(Appointment.clinic_id).in_(scope.clinic_ids),
        col(Appointment.starts_at) >= start,
        col(Appointment.starts_at) < end,
    )
    if scope.provider_id:
        query = query.where(col(Appointment.provider_id) == scope.provider_id)
    rows = session.exec(query).all()
    if scope.payer_id:  # #20: the visits of the patients the payer covers first on the day, as billed
        clinic = session.get(Clinic, scope.clinic_ids[0])
        zone = ZoneInfo(clinic.timezone) if clinic is not None else UTC
        rows = [
            row
            for row in rows
            if (payer := primary_payer(session, row[4], as_utc(row[1]).astimezone(zone).date())) is not None
            and payer.id == scope.payer_id
        ]
    return [(status, starts, ends, bool(late)) for status, starts, ends, late, _ in rows]


@kpi("no_show_rate", "No-show rate", "%", "")
def no_show_rate(session: Session, scope: Scope) -> Figure:
    """appointments marked no-show / appointments in the range not cancelled (the visits that were due)."""
    return f.no_show_rate(status for status, _, _, _ in _appointments(session, scope))


@kpi("cancellation_rate", "Cancellation rate", "%", "")
def cancellation_rate(session: Session, scope: Scope) -> Figure:
    """appointments cancelled / all appointments that were in the range; breakdown: late cancellations
    (inside the clinic's window) as % of all."""
    return f.cancellation_rate((status, late) for status, _, _, late in _appointments(session, scope))


@kpi("fill_rate", "Fill rate", "%", "> 85 %")
def fill_rate(session: Session, scope: Scope) -> Figure:
    """minutes of appointments kept on the calendar (booked, checked in, completed, no-show) / working
    minutes of the providers (weekly hours less breaks, days off excluded) over the range, one
    patient place per provider minute."""
    kept = sum(
        (as_utc(ends) - as_utc(starts)).total_seconds() / 60
        for status, starts, ends, _ in _appointments(session, scope)
        if status in KEPT
    )
    hours_query = select(ProviderHours).where(col(ProviderHours.clinic_id).in_(scope.clinic_ids))
    if scope.provider_id:
        hours_query = hours_query.where(col(ProviderHours.provider_id) == scope.provider_id)
    hours = session.exec(hours_query).all()
    providers = {h.provider_id for h in hours}
    breaks: dict[tuple[int, int], int] = {}
    for b in session.exec(select(ProviderBreak).where(col(ProviderBreak.provider_id).in_(providers))).all():
        key = (b.provider_id, b.weekday)
        breaks[key] = breaks.get(key, 0) + b.end_minute - b.start_minute
    off: dict[int, list[tuple[datetime, datetime]]] = {}
    for t in session.exec(
        select(TimeOff).where(
            col(TimeOff.provider_id).in_(providers),
            col(TimeOff.starts_at) < datetime.combine(scope.end + timedelta(days=1), time(0), UTC),
            col(TimeOff.ends_at) > datetime.combine(scope.start, time(0), UTC),
        )
    ).all():
        off.setdefault(t.provider_id, []).append((t.starts_at, t.ends_at))
    working = [
        f.WorkingDay(
            h.provider_id, h.weekday, h.start_minute, h.end_minute, breaks.get((h.provider_id, h.weekday), 0)
        )
        for h in hours
    ]
    return f.fill_rate(kept, f.working_minutes(scope.start, scope.end, working, off))


@kpi("referral_conversion", "Referral-to-first-visit conversion", "%", "")
def referral_conversion(session: Session, scope: Scope) -> Figure:
    """referrals received in the range whose patient came to a first visit / referrals received in the
    range."""
    rows = session.exec(
        select(col(Referral.first_visit_on)).where(
            col(Referral.clinic_id).in_(scope.clinic_ids),
            col(Referral.received_on) >= scope.start,
            col(Referral.received_on) <= scope.end,
        )
    ).all()
    return f.referral_conversion(rows)
