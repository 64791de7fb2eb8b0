"""The visits a discharged patient still has booked (#20, trial 52: a discharge signed, three visits
left on the calendar, nobody told). After a discharge is signed its page lists the patient's booked
visits after its date of service, each with its provider's discipline; those of the discharged
discipline are cancelled in one step (reason: discharged) by a role that cancels visits (front desk,
owner: core.permissions), when someone confirms it, never by the signature itself. Another
discipline's visits are listed, not cancelled: that plan of care goes on. A visit still booked whose
time has passed, never checked in and no visit opened on it (new-user trial 53: 'booked' for a Monday
gone by), is listed too, before or after the discharge, said stale, and cancelled alike: left booked it
reads as a visit to come on the calendar and the desk's alerts."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from core.access import audit_on, require_on
from core.actor import Actor
from core.enums import AppointmentStatus
from core.errors import Conflict, existing
from core.locks import locked
from core.notes.models import Note
from core.permissions import Action, allowed
from core.providers.models import Provider
from core.records.chart import AppointmentLine
from core.scheduling.booking import CancelRequest, cancel_unsaved
from core.scheduling.calendar import clinic_zone
from core.scheduling.models import Appointment, AppointmentType
from core.scheduling.waitlist import offer_freed_slot
from core.timeutil import as_utc, utcnow
from core.visits.models import Visit

CANCEL_REASON = "discharged"


@dataclass(frozen=True)
class BookedAfter(AppointmentLine):
    discipline: str
    # of the discipline the discharge ended: the visits "Cancel these visits" cancels
    discharged: bool
    # its time has passed and it was never checked in
    stale: bool


def to_cancel(discipline: str, rows: list[tuple[int, str, str]]) -> list[int]:
    """Of (appointment id, discipline, status) rows, the ones a discharge from `discipline` cancels: still
    booked, of that discipline. A visit checked in, cancelled or of another discipline stays as it is."""
    return [a for a, d, status in rows if d == discipline and status == AppointmentStatus.booked]


def _discharge(session: Session, actor: Actor, note_id: int) -> tuple[Note, Visit]:
    note = existing(session.get(Note, note_id), "note", note_id)
    require_on(session, actor, Action.appointment_read, note, "note")
    if note.note_type != "discharge" or note.status != "signed":
        raise Conflict(f"note {note_id} is not a signed discharge")
    return note, existing(session.get(Visit, note.visit_id), "visit", note.visit_id)


def stale(starts_at: datetime, now: datetime) -> bool:
    """A visit still booked whose time has begun: never checked in."""
    return as_utc(starts_at) < as_utc(now)


def _rows(session: Session, note: Note, visit: Visit) -> list[tuple[Appointment, str, Provider]]:
    """The patient's visits still booked after the discharge's date of service, and those whose time has
    passed, never checked in; none a visit was opened on (the discharge's own among them)."""
    return [
        (a, kind, p)
        for a, kind, p in session.exec(
            select(Appointment, AppointmentType.name, Provider)
            .join(AppointmentType, col(AppointmentType.id) == Appointment.appointment_type_id)
            .join(Provider, col(Provider.id) == Appointment.provider_id)
            .outerjoin(Visit, col(Visit.appointment_id) == Appointment.id)
            .where(
                Appointment.patient_id == note.patient_id,
                Appointment.status == AppointmentStatus.booked,
                (col(Appointment.starts_at) > visit.service_date) | (col(Appointment.starts_at) < utcnow()),
                col(Visit.id).is_(None),
            )
            .order_by(col(Appointment.starts_at))
        ).all()
    ]


def booked_after(session: Session, *, actor: Actor, note_id: int) -> list[BookedAfter]:
    """The patient's visits still booked after the signed discharge, and those never checked in whose
    time has passed, soonest first; an audited read of the patient's appointments."""
    note, visit = _discharge(session, actor, note_id)
    zone = clinic_zone(session, note.clinic_id)
    now = utcnow()
    out = [
        BookedAfter(
            a.id or 0,
            as_utc(a.starts_at).astimezone(zone),
            kind,
            p.full_name,
            p.discipline,
            p.discipline == note.discipline,
            stale(a.starts_at, now),
        )
        for a, kind, p in _rows(session, note, visit)
    ]
    audit_on(
        session, actor, Action.appointment_read, note, "note", f"{len(out)} visits booked after discharge"
    )
    session.commit()
    return out


def may_cancel(actor: Actor, clinic_id: int) -> bool:
    """Whether this user's role cancels visits in the clinic (the page offers the button only then)."""
    return allowed(actor.roles, Action.appointment_write, clinic_id)


def cancel_after(session: Session, *, actor: Actor, note_id: int) -> list[Appointment]:
    """Cancel the discharged discipline's visits still booked after the discharge (reason: discharged,
    by the clinic: no late-cancel mark), each freed slot offered to the wait list, all in one
    transaction. Each visit is locked and read again first: a second click (or two at once) finds them
    cancelled and cancels nothing."""
    note, visit = _discharge(session, actor, note_id)
    rows = _rows(session, note, visit)
    ids = to_cancel(note.discipline, [(a.id or 0, p.discipline, a.status) for a, _, p in rows])
    cancelled = []
    for appointment_id in ids:
        current = locked(session, Appointment, appointment_id)
        if current is None or current.status != AppointmentStatus.booked:
            continue
        appointment = cancel_unsaved(
            session,
            actor=actor,
            appointment_id=appointment_id,
            request=CancelRequest(reason=CANCEL_REASON, by="clinic"),
        )
        offer_freed_slot(session, actor=actor, freed=appointment)
        cancelled.append(appointment)
    session.commit()
    return cancelled
