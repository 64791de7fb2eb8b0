"""Authorizations: what the payer approved, what is used, what is left."""

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from sqlalchemy import and_, or_
from sqlmodel import Session, col, func, select

from core.access import require
from core.actor import Actor
from core.authorizations.models import Authorization
from core.enums import AppointmentStatus, NoteStatus
from core.errors import Conflict, Invalid, NotFound, existing
from core.locks import locked
from core.notes.models import Note
from core.patients.models import Patient
from core.patients.service import audit_patient_records, in_force, load_patient_for
from core.payers.models import Payer
from core.permissions import Action, clinics_where
from core.scheduling.calendar import clinic_zone, policy
from core.scheduling.models import Appointment
from core.timeutil import local_day
from core.visits.models import Visit


class AuthorizationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    payer_id: int
    policy_id: int | None = None
    discipline: Annotated[str, StringConstraints(pattern=r"^(PT|OT|SLP)$")]
    number: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = ""
    start_date: date
    end_date: date
    visits_approved: Annotated[int, Field(ge=0, le=365)]
    requested_on: date | None = None
    decided_on: date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> "AuthorizationCreate":
        if self.end_date < self.start_date:
            raise ValueError("the end date is before the start date")
        return self


class AuthorizationUpdate(BaseModel):
    """A correction the payer sent or the desk mistyped: the number, the dates, the visits approved."""

    model_config = ConfigDict(extra="forbid")

    number: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] | None = None
    start_date: date | None = None
    end_date: date | None = None
    visits_approved: Annotated[int, Field(ge=0, le=365)] | None = None


def change_refused(start: date, end: date, approved: int, used: int) -> str:
    """Why an authorization cannot take these values ('' when it can): the dates in order, and never
    fewer visits approved than the notes signed against it have used."""
    if end < start:
        return "the end date is before the start date"
    if approved < used:
        return f"{used} visits are already used; approve at least that many"
    return ""


def get(session: Session, *, actor: Actor, authorization_id: int) -> Authorization:
    auth = existing(session.get(Authorization, authorization_id), "authorization", authorization_id)
    patient = load_patient_for(
        session, actor, auth.patient_id, Action.authorization_read, "authorization", authorization_id
    )
    _audit(session, actor, Action.authorization_read, patient, authorization_id)
    session.commit()
    return auth


def _audit(
    session: Session, actor: Actor, action: Action, patient: Patient, authorization_id: int, detail: str = ""
) -> None:
    audit_patient_records(
        session, actor, action, patient, "authorization", detail, record_id=authorization_id
    )


def _locked(
    session: Session, actor: Actor, authorization_id: int, action: Action
) -> tuple[Authorization, Patient]:
    """The authorization and its patient, once the actor may do `action` on that patient, locked on its
    row (core.locks.locked, as billing locks a claim) and read under the lock: every change to its
    counts or dates is serialised, and each sees the one before it."""
    auth = locked(session, Authorization, authorization_id)
    if auth is None:
        raise NotFound(f"authorization {authorization_id} not found")
    patient = load_patient_for(session, actor, auth.patient_id, action, "authorization", authorization_id)
    return auth, patient


def update(
    session: Session, *, actor: Actor, authorization_id: int, data: AuthorizationUpdate
) -> Authorization:
    """A correction, serialised on the authorization's row. Values it already has are no change: the
    same correction twice (a double click, two at once) changes it once and audits it once; the
    second gets the authorization as the first left it."""
    auth, patient = _locked(session, actor, authorization_id, Action.authorization_write)
    changes = {
        k: v
        for k, v in data.model_dump(exclude_unset=True).items()
        if v is not None and getattr(auth, k) != v
    }
    if not changes:
        return auth
    merged = {**auth.model_dump(), **changes}
    refused = change_refused(
        merged["start_date"], merged["end_date"], merged["visits_approved"], auth.visits_used
    )
    if refused:
        session.rollback()
        raise Invalid(refused)
    for name, value in changes.items():
        setattr(auth, name, value)
    session.add(auth)
    detail = "updated: " + ", ".join(sorted(changes))
    _audit(session, actor, Action.authorization_write, patient, authorization_id, detail)
    session.commit()
    return auth


def add(session: Session, *, actor: Actor, patient_id: int, data: AuthorizationCreate) -> Authorization:
    """A new authorization, serialised on the patient's row (as a payment is, core.billing.ledger). One
    the patient already has, alike in every field (the same request twice, at once or in a row, with
    or without an Idempotency-Key), is that one: no second row, no second audit entry. One that
    differs in anything (another number, period or count) is another authorization."""
    patient = locked(session, Patient, patient_id)
    if patient is None:
        raise NotFound(f"patient {patient_id} not found")
    fields = data.model_dump()
    same = session.exec(
        select(Authorization)
        .where(
            Authorization.patient_id == patient_id,
            *(getattr(Authorization, name) == value for name, value in fields.items()),
        )
        .order_by(col(Authorization.id))
    ).first()
    if same is not None:
        require(
            session,
            actor,
            Action.authorization_write,
            clinic_id=patient.clinic_id,
            patient_id=patient_id,
            record_type="authorization",
            record_id=same.id or "",
        )
        return same  # added already: the first request's authorization
    checked = load_patient_for(session, actor, patient_id, Action.authorization_write, "authorization")
    if session.get(Payer, data.payer_id) is None:
        raise Invalid(f"payer {data.payer_id} does not exist")
    auth = Authorization(patient_id=patient_id, **data.model_dump())
    session.add(auth)
    session.flush()
    counted, moved = _count_visits_already_seen(session, auth)
    detail = f"added; {counted} signed visits in its period counted" if counted else "added"
    _audit(session, actor, Action.authorization_write, checked, auth.id or 0, detail)
    for other, n in moved.items():
        said = f"{n} signed visits outside its period moved to authorization {auth.id}"
        _audit(session, actor, Action.authorization_write, checked, other, said)
    session.commit()
    return auth


def belongs_to(day: date, period: tuple[date, date], held_by: tuple[date, date] | None) -> bool:
    """Whether a visit already seen belongs to a new authorization of its patient and discipline: on a
    day of its `period`, and not held by another authorization that covers that day (`held_by`: the
    period of the one it was booked against, if any). A visit booked against an authorization that had
    ended (booking names the last one, to say why it no longer covers) is the new one's."""
    start, end = period
    return start <= day <= end and not (held_by and held_by[0] <= day <= held_by[1])


def _count_visits_already_seen(session: Session, auth: Authorization) -> tuple[int, dict[int, int]]:
    """An authorization entered after the visits it covers (a retro authorization, or one entered late):
    the visits of its period already seen that no other authorization covers become its own, and those
    whose note is signed are used here, and no longer where they were counted (#20, trial 51: 10/29-12/28
    entered with visits on 11/02 and 11/06 signed showed '12 of 12 visits left'; they had been counted
    against the authorization that ended 10/28). Signing counts the others later, as it does for any
    visit booked against it. Returns how many were used, and how many of them each other authorization
    gave up."""
    zone = clinic_zone(session, auth_clinic(session, auth))
    rows = session.exec(
        select(Appointment, Visit.service_date, Note.status)
        .join(Visit, col(Visit.appointment_id) == Appointment.id)
        .outerjoin(Note, col(Note.visit_id) == Visit.id)
        .where(
            Visit.patient_id == auth.patient_id,
            Visit.discipline == auth.discipline,
            col(Visit.service_date) >= datetime.combine(auth.start_date - timedelta(days=1), time(), UTC),
            col(Visit.service_date) < datetime.combine(auth.end_date + timedelta(days=2), time(), UTC),
        )
    ).all()
    held = {a.authorization_id for a, _, _ in rows if a.authorization_id is not None}
    others = {
        other.id: other
        for other in (locked(session, Authorization, held_id) for held_id in sorted(held))
        if other is not None and other.id is not None
    }
    used, moved = 0, dict.fromkeys(others, 0)
    for appointment, served, status in rows:
        before = others.get(appointment.authorization_id or 0)
        held_by = (before.start_date, before.end_date) if before else None
        if not belongs_to(local_day(served, zone), (auth.start_date, auth.end_date), held_by):
            continue
        appointment.authorization_id = auth.id
        session.add(appointment)
        if status == NoteStatus.signed:
            used += 1
            if before is not None and before.id is not None:
                before.visits_used = max(0, before.visits_used - 1)
                moved[before.id] += 1
                session.add(before)
    auth.visits_used = used
    session.add(auth)
    return used, {k: n for k, n in moved.items() if n}


def auth_clinic(session: Session, auth: Authorization) -> int:
    patient = session.get(Patient, auth.patient_id)
    if patient is None:
        raise NotFound(f"patient {auth.patient_id} not found")
    return patient.clinic_id


def covering(session: Session, *, patient_id: int, discipline: str, on: date) -> Authorization | None:
    """The authorization for this patient and discipline in force on a day (the latest-starting one),
    or the most recent one that has ended, so that booking can say why it no longer covers."""
    return in_force(session, Authorization, patient_id, discipline, on, Authorization.status == "approved")


def use_visit(
    session: Session, *, actor: Actor, authorization_id: int, override: bool = False
) -> Authorization:
    """One visit used, as a note is signed. Past the approved visits only with an explicit, audited
    override by someone who may change authorizations; never in the caller's silence.

    Nothing gives a used visit back: a signed note is final (changes after signing are addenda), and a
    cancelled or no-show visit never used one (booked_ahead stops holding its place when its status
    changes)."""
    action = Action.authorization_write if override else Action.note_sign
    auth, patient = _locked(session, actor, authorization_id, action)
    if auth.visits_used >= auth.visits_approved and not override:
        raise Conflict(f"authorization {authorization_id} has no visits left; an override is needed")
    auth.visits_used += 1
    session.add(auth)
    detail = "visit used" + (" beyond approved (override)" if auth.visits_used > auth.visits_approved else "")
    _audit(session, actor, action, patient, authorization_id, detail)
    return auth


def booked_ahead(session: Session, *, authorization_id: int, exclude_appointment: int | None = None) -> int:
    """Visits booked against the authorization and not yet used: booked, checked in, or seen with
    their note not signed yet. Signing is what uses the visit (core.notes.workflow), so a visit the
    therapist opened today still holds its place until then; without it the desk could book the last
    visit a second time, and the payer that refuses overruns would leave one of the two notes
    unsignable."""
    seen_unsigned = and_(
        col(Appointment.status) == AppointmentStatus.completed,
        select(Visit.id)
        .where(
            Visit.appointment_id == Appointment.id,
            ~select(Note.id).where(Note.visit_id == Visit.id, Note.status == NoteStatus.signed).exists(),
        )
        .exists(),
    )
    stmt = (
        select(func.count())
        .select_from(Appointment)
        .where(
            Appointment.authorization_id == authorization_id,
            or_(
                col(Appointment.status).in_((AppointmentStatus.booked, AppointmentStatus.checked_in)),
                seen_unsigned,
            ),
        )
    )
    if exclude_appointment is not None:
        stmt = stmt.where(Appointment.id != exclude_appointment)
    return session.exec(stmt).one()


def running_out(
    session: Session,
    *,
    actor: Actor,
    today: date,
    by: date | None = None,
    provider_ids: Sequence[int] = (),
) -> list[tuple[Authorization, Patient, str]]:
    """The approved authorizations in force today that run out, each with its patient and payer's name,
    in the clinics where the actor may read authorizations: those ending by `by` ("auths expiring this
    week", "which run out before the end of the month"), or without it those the clinic's alert rule
    flags (ending within its days, or with its visits left or fewer). With `provider_ids`, only the
    patients those providers have seen or have booked ("my pts w auths ending"). Each patient listed is
    audited as a read of her authorization."""
    rows = []
    for clinic_id in clinics_where(actor.roles, Action.authorization_read):
        rules = policy(session, clinic_id)
        ending = by if by is not None else today + timedelta(days=rules.auth_alert_days_left)
        stmt = (
            select(Authorization, Patient, Payer.name)
            .join(Patient, col(Patient.id) == Authorization.patient_id)
            .join(Payer, col(Payer.id) == Authorization.payer_id)
            .where(
                Patient.clinic_id == clinic_id,
                Authorization.status == "approved",
                col(Authorization.start_date) <= today,
                col(Authorization.end_date) >= today,
            )
        )
        if by is not None:
            stmt = stmt.where(col(Authorization.end_date) <= ending)
        else:
            low = (
                col(Authorization.visits_approved) - col(Authorization.visits_used)
                <= rules.auth_alert_visits_left
            )
            stmt = stmt.where(or_(col(Authorization.end_date) <= ending, low))
        if provider_ids:
            seen = select(Appointment.id).where(
                Appointment.patient_id == Patient.id, col(Appointment.provider_id).in_(list(provider_ids))
            )
            stmt = stmt.where(seen.exists())
        rows += list(session.exec(stmt.order_by(col(Authorization.end_date), col(Authorization.id))).all())
    for auth, patient, _ in rows:
        _audit(session, actor, Action.authorization_read, patient, auth.id or 0, "running out")
    session.commit()
    return rows
