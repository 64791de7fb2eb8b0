"""Opening a visit from an appointment: the clinician's own, with the patient's recording consent."""

from datetime import datetime

from sqlmodel import Session, col, select

from core.access import audit_on, require_on
from core.actor import Actor
from core.enums import AppointmentStatus, Credential
from core.errors import Conflict, Forbidden, Invalid, NotFound, existing
from core.locks import locked
from core.permissions import Action, allowed
from core.plans.models import PlanOfCare
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone
from core.scheduling.models import Appointment, AppointmentType
from core.timeutil import as_utc, in_clinic_words, utcnow
from core.visits.models import Visit
from core.visits.rules import before_the_day, kept_on_its_day, opened_ahead_words

NOTE_TYPE_OF_KIND = {
    "evaluation": "evaluation",
    "re-evaluation": "re-evaluation",
    "progress": "progress",
    "discharge": "discharge",
}
# What a visit's note may be written as, besides the one its appointment was booked for: any treatment
# visit may end care (a discharge summary) or call for a re-evaluation or a progress report. A visit
# with a progress report due is written as one of those three, each of which reports progress (Medicare
# Benefit Policy Manual ch. 15 §220.3 D). An assistant writes daily notes only (PRODUCT.md's roles): a
# discharge summary is a progress report, which §220.3 D has written by the therapist, not the assistant.
THERAPIST_NOTE_TYPES = ("daily", "progress", "re-evaluation", "discharge")
ASSISTANT_NOTE_TYPES = ("daily",)
REPORTS_PROGRESS = ("progress", "re-evaluation", "discharge")
# A visit is opened for a kept appointment (ahead of its day, before, at or after check-in), never a
# cancelled or missed one.
OPENS_A_VISIT = (AppointmentStatus.booked, AppointmentStatus.checked_in, AppointmentStatus.completed)


def note_types_for(booked_as: str, progress_due: bool, credential: str) -> tuple[str, ...]:
    """The note types a visit may be written as, the one it is written as unless chosen first:
    `booked_as` is its appointment type's kind (evaluation, follow-up, progress, ...)."""
    if booked_as == "evaluation":
        return ("evaluation",)
    if Credential(credential).is_assistant:
        return ASSISTANT_NOTE_TYPES
    scheduled = NOTE_TYPE_OF_KIND.get(booked_as, "daily")
    if progress_due and scheduled not in REPORTS_PROGRESS:
        scheduled = "progress"
    allowed = REPORTS_PROGRESS if scheduled in REPORTS_PROGRESS and progress_due else THERAPIST_NOTE_TYPES
    return (scheduled, *(t for t in allowed if t != scheduled))


def may_open(actor: Actor, appointment: Appointment) -> bool:
    """Whether this user may open the appointment's visit (open_visit's own rule, for the pages to offer
    only what it allows): a clinician of the clinic who writes notes, and the visit is theirs."""
    return allowed(actor.roles, Action.note_write, appointment.clinic_id) and (
        appointment.provider_id in actor.provider_ids
    )


def opened_ahead(session: Session, appointment: Appointment) -> str | None:
    """What opening the appointment's visit now is, where it is before the visit's day: opened ahead to
    prepare its note (core.visits.rules.opened_ahead_words), for the pages to say; None on the day and
    after."""
    return opened_ahead_words(appointment.starts_at, utcnow(), clinic_zone(session, appointment.clinic_id))


def visit_starts(session: Session, visit: Visit) -> datetime:
    """When the visit is: its date of service, or its appointment's start where that is later (an
    appointment moved to a later day after its visit was opened ahead, before the visit moved with it)."""
    served = as_utc(visit.service_date)
    appointment = session.get(Appointment, visit.appointment_id) if visit.appointment_id else None
    if appointment is not None and as_utc(appointment.starts_at) > served:
        return as_utc(appointment.starts_at)
    return served


def visit_ahead(session: Session, visit: Visit) -> str | None:
    """`opened_ahead` for an opened visit, by its day (`visit_starts`): what recording, consent and
    signing wait for."""
    return opened_ahead_words(visit_starts(session, visit), utcnow(), clinic_zone(session, visit.clinic_id))


def made_ahead(session: Session, visit: Visit, at: datetime) -> bool:
    """Whether `at` (a note's creation) fell before the visit's day (`visit_starts`), in its clinic's
    zone: a note prepared ahead."""
    zone = clinic_zone(session, visit.clinic_id)
    return before_the_day(visit_starts(session, visit), as_utc(at), zone) is not None


def take_consent(session: Session, actor: Actor, visit: Visit, detail: str | None) -> None:
    """The patient's consent to recording written on the visit, audited as `detail` (None: the caller
    audits it with the rest of its change); the caller checked core.recordings.service.consent_wait
    (or the visit is first opened on its day) and commits."""
    visit.recording_consent = True
    visit.recording_consent_at = utcnow()
    session.add(visit)
    if detail is not None:
        audit_on(session, actor, Action.note_write, visit, "visit", detail)


def move_refusal(visit: Visit, provider: Provider, documented: bool) -> str | None:
    """Why the visit, opened ahead on a booked appointment, may not move with it to `provider`, or None:
    a `documented` visit (recorded, its note signed: core.visits.rules.documented) happened where it
    was; an assistant does not write a visit's progress report, evaluation or discharge."""
    if documented:
        return "its visit is documented (recorded or its note signed); it happened where it was booked"
    moved_to = provider.id != visit.provider_id
    if (
        moved_to
        and Credential(provider.credential).is_assistant
        and visit.note_type not in ASSISTANT_NOTE_TYPES
    ):
        return f"its visit was opened as a {visit.note_type} note, which an assistant does not write"
    return None


def move_with_appointment(session: Session, actor: Actor, visit: Visit, appointment: Appointment) -> None:
    """A visit opened ahead moved with its appointment (#20): its date of service to the appointment's
    start, its clinician to the appointment's provider (its draft note's follows:
    core.recordings.service.note_moved_with_visit); audited on the visit. In the caller's transaction,
    after `move_refusal` said None."""
    zone = clinic_zone(session, visit.clinic_id)
    said = []
    if as_utc(visit.service_date) != as_utc(appointment.starts_at):
        said.append(
            f"date of service {in_clinic_words(as_utc(visit.service_date), zone)} moved to "
            f"{in_clinic_words(as_utc(appointment.starts_at), zone)}"
        )
        visit.service_date = appointment.starts_at
    if visit.provider_id != appointment.provider_id:
        said.append(f"provider {visit.provider_id} moved to {appointment.provider_id}")
        visit.provider_id = appointment.provider_id
    if not said:
        return
    session.add(visit)
    said_all = "moved with its appointment: " + "; ".join(said)
    audit_on(session, actor, Action.appointment_write, visit, "visit", said_all)


def mark_kept(session: Session, appointment: Appointment | None) -> bool:
    """The appointment of a visit opened, or its note signed, on or after its day marked completed (a
    visit opened ahead left it booked); True where it changed. The caller commits."""
    if appointment is None:
        return False
    ahead = opened_ahead(session, appointment) is not None
    if not kept_on_its_day(appointment.status, ahead):
        return False
    appointment.status = AppointmentStatus.completed
    session.add(appointment)
    return True


def note_types_of(session: Session, appointment: Appointment) -> tuple[str, ...]:
    kind = session.get(AppointmentType, appointment.appointment_type_id)
    provider = session.get(Provider, appointment.provider_id)
    return note_types_for(
        kind.kind if kind else "", appointment.progress_due, provider.credential if provider else ""
    )


def open_visit(
    session: Session,
    *,
    actor: Actor,
    appointment_id: int,
    recording_consent: bool,
    note_type: str | None = None,
) -> Visit:
    """The visit of a kept appointment, its note of the type booked or of `note_type` where the visit
    may be written as that (`note_types_for`). Opened before the visit's day it is opened ahead, to
    prepare the note: the appointment stays booked, and recording consent waits for the patient (#20)."""
    # The appointment's row locked: a visit opened twice at once (a double click on Record) answers the
    # first one's visit, not a second insert refused by the one-visit-per-appointment constraint.
    appointment = locked(session, Appointment, appointment_id)
    if appointment is None:
        raise NotFound(f"appointment {appointment_id} not found")
    require_on(session, actor, Action.note_write, appointment, "appointment")
    if not may_open(actor, appointment):
        raise Forbidden("a clinician opens only their own visits")
    if appointment.status not in OPENS_A_VISIT:
        raise Conflict(f"appointment {appointment_id} is {appointment.status}")
    ahead = opened_ahead(session, appointment) is not None
    existing = session.exec(select(Visit).where(Visit.appointment_id == appointment_id)).first()
    if existing is not None:
        # opened ahead, opened again on its day: the visit is kept now, as one first opened today
        kept = mark_kept(session, appointment)
        # The consent ticked on the start form, taken now the patient is here (#20: it was dropped): on
        # the first opening on its day of a visit opened ahead, before which no note was written but one
        # prepared ahead (a note signed would have kept the appointment already).
        consent = kept and recording_consent and not existing.recording_consent
        if consent:
            take_consent(session, actor, existing, None)
        if kept or consent:
            said = ("opened on its day" if kept else "opened again") + (
                " with recording consent given" if consent else ""
            )
            audit_on(session, actor, Action.note_write, existing, "visit", said)
            session.commit()
        return existing
    if ahead:
        recording_consent = False  # the patient is not there to say
    kind = session.get(AppointmentType, appointment.appointment_type_id)
    open_to = note_types_of(session, appointment)
    if note_type is not None and note_type not in open_to:
        raise Invalid(f"this visit's note is written as {' or '.join(open_to)}, not {note_type}")
    note_type = note_type or open_to[0]
    plan = session.exec(
        select(PlanOfCare)
        .where(
            PlanOfCare.patient_id == appointment.patient_id,
            PlanOfCare.discipline == (kind.discipline if kind else ""),
        )
        .order_by(col(PlanOfCare.start_date).desc())
    ).first()
    now = utcnow()
    visit = Visit(
        appointment_id=appointment_id,
        clinic_id=appointment.clinic_id,
        patient_id=appointment.patient_id,
        provider_id=appointment.provider_id,
        plan_id=plan.id if plan else None,
        discipline=kind.discipline if kind else "",
        note_type=note_type,
        service_date=appointment.starts_at,
        recording_consent=recording_consent,
        recording_consent_at=now if recording_consent else None,
    )
    mark_kept(session, appointment)
    session.add_all([visit, appointment])
    session.flush()
    audit_on(
        session,
        actor,
        Action.note_write,
        visit,
        "visit",
        ("opened ahead of its day" if ahead else "opened")
        + (" with recording consent" if recording_consent else ""),
    )
    session.commit()
    return visit


def get_visit(session: Session, *, actor: Actor, visit_id: int) -> Visit:
    """A visit, for someone who may read its notes (the front desk and billers may not)."""
    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    require_on(session, actor, Action.note_read, visit, "visit")
    return visit


def visit_of(session: Session, *, actor: Actor, appointment_id: int) -> Visit | None:
    """The visit opened from this appointment, if it was: for its clinician (note.read), not the desk."""
    visit = session.exec(select(Visit).where(Visit.appointment_id == appointment_id)).first()
    if visit is not None:
        require_on(session, actor, Action.note_read, visit, "visit")
    return visit
