"""What needs each user today: their own unsigned notes, co-signatures waiting, authorizations running
out, progress reports and recertifications due, certifications lapsed with the patient still in care,
physician signatures overdue, wait-list offers.

Each kind goes to the roles that act on it, within their clinics; a clinician sees their own.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy import ColumnElement
from sqlmodel import Session, col, or_, select

from core.actor import Actor
from core.alerts.lapsed import lapsed_certifications
from core.audit.review import ALERT_READS
from core.audit.service import Event, record
from core.authorizations.counts import visits_left
from core.authorizations.models import Authorization
from core.clinics.models import Clinic
from core.enums import AppointmentStatus, Role
from core.notes.models import Note
from core.notes.service import open_returns
from core.patients.models import Patient
from core.permissions import Action, clinics_where
from core.plans.models import PlanOfCare
from core.plans.rules import recert_due, signature_overdue
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone, policy
from core.scheduling.models import Appointment, WaitListEntry, WaitListOffer
from core.timeutil import clinic_day, local_day, utcnow
from core.users.models import User
from core.visits.models import Visit
from core.words import counted

UNSIGNED_AFTER = timedelta(hours=24)


class Alert(BaseModel):
    kind: str
    message: str
    clinic_id: int
    patient_id: int | None
    record_type: str
    record_id: int
    due: date | None = None
    patient_name: str = ""


@dataclass(frozen=True)
class Scope:
    actor: Actor
    today: date
    now: datetime

    def clinics(self, action: Action) -> list[int]:
        return clinics_where(self.actor.roles, action)

    def has_role(self, *roles: Role) -> list[int]:
        return sorted(c for c, r in self.actor.roles.items() if r in roles)

    def treated_or_run(self, model: type[Appointment] | type[PlanOfCare]) -> ColumnElement[bool] | None:
        """The rows of the actor's own providers, or of the clinics where they are at the front desk or
        the owner; None where they are neither."""
        own = list(self.actor.provider_ids)
        desk = self.has_role(Role.front_desk, Role.owner)
        parts = [col(model.provider_id).in_(own)] if own else []
        parts += [col(model.clinic_id).in_(desk)] if desk else []
        return or_(*parts) if parts else None


# The record each kind of alert points at, by the table it lives in.
RECORD_TYPES = {Note: "note", Appointment: "appointment", PlanOfCare: "plan_of_care"}


def _on(row: Note | Appointment | PlanOfCare, kind: str, message: str, due: date | None = None) -> Alert:
    """An alert about one patient's record (a note, a visit, a plan): its clinic, patient and id."""
    return Alert(
        kind=kind,
        message=message,
        clinic_id=row.clinic_id,
        patient_id=row.patient_id,
        record_type=RECORD_TYPES[type(row)],
        record_id=row.id or 0,
        due=due,
    )


def _own_unsigned(session: Session, scope: Scope, *where: ColumnElement[bool]) -> list[Note]:
    """The asker's own notes not yet signed (draft, or in review), narrowed by `where`."""
    if not scope.actor.provider_ids:
        return []
    return list(
        session.exec(
            select(Note).where(
                col(Note.provider_id).in_(scope.actor.provider_ids),
                col(Note.status).in_(("draft", "in_review")),
                *where,
            )
        ).all()
    )


def unsigned_notes(session: Session, scope: Scope) -> list[Alert]:
    rows = _own_unsigned(session, scope, col(Note.created_at) < scope.now - UNSIGNED_AFTER)
    back = open_returns(session, [n.id or 0 for n in rows])
    return [
        _on(n, "unsigned_note", f"{n.note_type} note from {clinic_day(n.created_at.date())} is not signed")
        for n in rows
        if n.id not in back  # a returned note has its own alert, with the comment
    ]


def undocumented_visits(session: Session, scope: Scope) -> list[Alert]:
    """The asker's own visits opened on a day now over with no note at all (#20: a visit opened and never
    documented was on no list, so nothing billed and nobody knew): 'opened, no note', until one is
    written (signed on a later day, it says 'Late entry')."""
    if not scope.actor.provider_ids:
        return []
    noted = select(Note.visit_id)
    rows = session.exec(
        select(Visit)
        .where(
            col(Visit.provider_id).in_(scope.actor.provider_ids),
            col(Visit.service_date) < scope.now,
            col(Visit.id).not_in(noted),
        )
        .order_by(col(Visit.service_date))
    ).all()
    alerts = []
    for visit in rows:
        day = local_day(visit.service_date, clinic_zone(session, visit.clinic_id))
        if day < scope.today:
            alerts.append(
                Alert(
                    kind="undocumented_visit",
                    message=f"visit of {clinic_day(day)} opened, no note: write it (a late entry now)",
                    clinic_id=visit.clinic_id,
                    patient_id=visit.patient_id,
                    record_type="visit",
                    record_id=visit.id or 0,
                    due=day,
                )
            )
    return alerts


def returned_notes(session: Session, scope: Scope) -> list[Alert]:
    """An assistant's notes their supervisor returned for correction, with who returned it and what
    to correct, until the assistant signs again (at once: a returned note waits on no one else)."""
    rows = _own_unsigned(session, scope)
    back = open_returns(session, [n.id or 0 for n in rows])
    names = dict(
        session.exec(
            select(User.id, User.full_name).where(col(User.id).in_({r.user_id for r in back.values()}))
        ).all()
    )
    alerts = []
    for n in rows:
        if (ret := back.get(n.id or 0)) is None:
            continue
        who = names.get(ret.user_id, "your supervisor")
        alerts.append(
            _on(
                n,
                "returned_note",
                f"{n.note_type} note returned for correction by {who}: {ret.comment}",
                due=local_day(ret.created_at, clinic_zone(session, n.clinic_id)),
            )
        )
    return alerts


def cosign_waiting(session: Session, scope: Scope) -> list[Alert]:
    if not scope.actor.provider_ids:
        return []
    supervised = select(Provider.id).where(
        col(Provider.supervising_provider_id).in_(scope.actor.provider_ids)
    )
    rows = session.exec(
        select(Note).where(col(Note.provider_id).in_(supervised), Note.status == "awaiting_cosign")
    ).all()
    return [
        _on(n, "cosign_waiting", f"an assistant's {n.note_type} note waits for your co-signature")
        for n in rows
    ]


def authorizations_running_out(session: Session, scope: Scope) -> list[Alert]:
    clinics = scope.has_role(Role.front_desk, Role.biller, Role.owner)
    if not clinics:
        return []
    alerts = []
    for clinic_id in clinics:
        rules = policy(session, clinic_id)
        rows = session.exec(
            select(Authorization)
            .join(Patient, col(Patient.id) == Authorization.patient_id)
            .where(
                Patient.clinic_id == clinic_id,
                Authorization.status == "approved",
                col(Authorization.start_date) <= scope.today,
                col(Authorization.end_date) >= scope.today,
                (
                    col(Authorization.visits_approved) - col(Authorization.visits_used)
                    <= rules.auth_alert_visits_left
                )
                | (col(Authorization.end_date) <= scope.today + timedelta(days=rules.auth_alert_days_left)),
            )
        ).all()
        for auth in rows:
            left = visits_left(auth.visits_approved, auth.visits_used)
            ends_soon = auth.end_date <= scope.today + timedelta(days=rules.auth_alert_days_left)
            if left <= rules.auth_alert_visits_left or ends_soon:
                why = authorization_reason(
                    left, auth.end_date, low=left <= rules.auth_alert_visits_left, ends_soon=ends_soon
                )
                alerts.append(
                    Alert(
                        kind="authorization_running_out",
                        message=f"authorization {auth.number}: {why}",
                        clinic_id=clinic_id,
                        patient_id=auth.patient_id,
                        record_type="authorization",
                        record_id=auth.id or 0,
                        due=auth.end_date,
                    )
                )
    return alerts


def authorization_reason(left: int, end: date, *, low: bool, ends_soon: bool) -> str:
    """Why an authorization is flagged, as a whole phrase: the visits left, the end date, or both."""
    parts = []
    if low:
        left = max(0, left)
        parts.append(f"{counted(left, 'visit')} left")
    if ends_soon:
        parts.append(f"ends {clinic_day(end)}")
    return " and ".join(parts)


def progress_reports_due(session: Session, scope: Scope) -> list[Alert]:
    """Booked visits marked to carry a progress report: to the treating therapist; to the front desk
    and owner too, since one booked with an assistant must move to a therapist."""
    where = scope.treated_or_run(Appointment)
    if where is None:
        return []
    rows = session.exec(
        select(Appointment).where(
            where,
            col(Appointment.progress_due).is_(True),
            Appointment.status == AppointmentStatus.booked,
            col(Appointment.starts_at) >= scope.now,
        )
    ).all()
    return [
        _on(a, "progress_report_due", "this visit must carry a progress report", due=a.starts_at.date())
        for a in rows
    ]


def plans_needing_attention(session: Session, scope: Scope) -> list[Alert]:
    where = scope.treated_or_run(PlanOfCare)
    if where is None:
        return []
    # SQL narrows to the plans either rule could flag (the widest alert window of any clinic); the
    # rules themselves decide, per clinic.
    widest = max((policy(session, c).recert_alert_days for c in scope.actor.roles), default=0)
    candidates = session.exec(
        select(PlanOfCare).where(
            where,
            col(PlanOfCare.end_date) >= scope.today,
            (col(PlanOfCare.end_date) <= scope.today + timedelta(days=widest))
            | (col(PlanOfCare.sent_on).is_not(None) & col(PlanOfCare.physician_signed_on).is_(None)),
        )
    ).all()
    alerts = []
    for plan in candidates:
        rules = policy(session, plan.clinic_id)
        # a discharged plan is not recertified: care ended
        if plan.discharged_on is None and recert_due(plan.end_date, scope.today, rules.recert_alert_days):
            alerts.append(
                _on(
                    plan,
                    "recertification_due",
                    f"certification ends {clinic_day(plan.end_date)}",
                    plan.end_date,
                )
            )
        if plan.sent_on is not None and signature_overdue(
            plan.sent_on, plan.physician_signed_on, scope.today, rules.cert_signature_overdue_days
        ):
            why = f"sent to {plan.physician_name} on {clinic_day(plan.sent_on)}; not signed"
            alerts.append(_on(plan, "certification_signature_overdue", why, plan.sent_on))
    return alerts


def discharged_still_booked(session: Session, scope: Scope) -> list[Alert]:
    """A patient discharged (a signed discharge ended the plan, core.plans.service.apply_signed_note) with
    visits of that discipline still booked: ahead, or gone by never checked in (no visit opened on them),
    as the discharge's page lists them (core.records.after_discharge): the desk calls and cancels them
    (#20)."""
    clinics = scope.has_role(Role.front_desk, Role.owner)
    if not clinics:
        return []
    rows = session.exec(
        select(PlanOfCare, Appointment.id)
        .join(Appointment, col(Appointment.patient_id) == PlanOfCare.patient_id)
        .join(Provider, col(Provider.id) == Appointment.provider_id)
        .outerjoin(Visit, col(Visit.appointment_id) == Appointment.id)
        .where(
            col(PlanOfCare.clinic_id).in_(clinics),
            col(PlanOfCare.discharged_on).is_not(None),
            Provider.discipline == PlanOfCare.discipline,
            Appointment.status == AppointmentStatus.booked,
            col(Visit.id).is_(None),
        )
        .order_by(col(PlanOfCare.id))
    ).all()
    booked: dict[int, tuple[PlanOfCare, int]] = {}
    for plan, _ in rows:
        was = booked.get(plan.id or 0)
        booked[plan.id or 0] = (plan, (was[1] if was else 0) + 1)
    return [
        _on(
            plan,
            "discharged_with_visits_booked",
            f"discharged from {plan.discipline} on {clinic_day(plan.discharged_on)}"
            f" with {counted(count, 'visit')} still booked: cancel them",
            plan.discharged_on,
        )
        for plan, count in booked.values()
        if plan.discharged_on is not None
    ]


def wait_list_offers(session: Session, scope: Scope) -> list[Alert]:
    clinics = scope.has_role(Role.front_desk, Role.owner)
    if not clinics:
        return []
    rows = session.exec(
        select(WaitListOffer, WaitListEntry)
        .join(WaitListEntry, col(WaitListEntry.id) == WaitListOffer.entry_id)
        .where(
            col(WaitListEntry.clinic_id).in_(clinics),
            WaitListOffer.status == "offered",
            col(WaitListOffer.expires_at) > scope.now,
        )
    ).all()
    return [
        Alert(
            kind="wait_list_offer",
            message="a freed slot is offered; call the patient",
            clinic_id=entry.clinic_id,
            patient_id=entry.patient_id,
            record_type="wait_list_offer",
            record_id=offer.id or 0,
            due=offer.starts_at.date(),
        )
        for offer, entry in rows
    ]


KINDS = (
    returned_notes,
    undocumented_visits,
    unsigned_notes,
    cosign_waiting,
    authorizations_running_out,
    progress_reports_due,
    plans_needing_attention,
    lapsed_certifications,
    discharged_still_booked,
    wait_list_offers,
)


def for_user(session: Session, *, actor: Actor, now: datetime | None = None) -> list[Alert]:
    now = now or utcnow()
    first_clinic = session.get(Clinic, min(actor.roles)) if actor.roles else None
    today = now.astimezone(ZoneInfo(first_clinic.timezone)).date() if first_clinic else now.date()
    scope = Scope(actor, today, now)
    alerts = [alert for kind in KINDS for alert in kind(session, scope)]
    named = {a.patient_id for a in alerts if a.patient_id is not None}
    names = {
        pid: f"{first} {last}"
        for pid, first, last in session.exec(
            select(Patient.id, Patient.first_name, Patient.last_name).where(col(Patient.id).in_(named))
        ).all()
    }
    for alert in alerts:
        alert.patient_name = names.get(alert.patient_id or 0, "")
    record(session, actor, _reads(alerts))
    session.commit()
    return alerts


def _reads(alerts: list[Alert]) -> list[Event]:
    """The audit entries of a read of alerts: one per patient (#20: a patient with an authorization and
    a plan of care to act on was two 'Read alerts' rows of one page load), the records it read named in
    its detail, so every record read stays on the log (45 CFR 164.312(b))."""
    by_patient: dict[tuple[int, int], list[Alert]] = {}
    for alert in alerts:
        if alert.patient_id is not None:
            by_patient.setdefault((alert.clinic_id, alert.patient_id), []).append(alert)
    events = []
    for (clinic_id, patient_id), read in by_patient.items():
        records = list(dict.fromkeys(f"{a.record_type.replace('_', ' ')} {a.record_id}" for a in read))
        events.append(
            Event(
                ALERT_READS,
                clinic_id=clinic_id,
                patient_id=patient_id,
                record_type=read[0].record_type if len(records) == 1 else "alerts",
                record_id=read[0].record_id if len(records) == 1 else "",
                detail="" if len(records) == 1 else ", ".join(records),
            )
        )
    return events
