"""The one gate every core service passes: check the matrix for the record's clinic, audit, or refuse.

A refusal is written to the audit log and committed before Forbidden is raised, so it survives the
rollback of whatever the caller was doing.
"""

from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol, TypeVar

from sqlmodel import Session

from core.actor import Actor
from core.audit.service import Event, record, record_one
from core.clinics.models import Clinic
from core.errors import Forbidden, NotFound
from core.permissions import ACTION_WORDS, Action, allowed, clinics_where


def deny(session: Session, actor: Actor, action: Action, event: Event, reason: str) -> Forbidden:
    session.rollback()
    record_one(session, actor, replace(event, action=action.value, outcome="denied", detail=reason))
    session.commit()
    return Forbidden(reason)


def refusal_reason(actor: Actor, action: Action, clinic_id: int) -> str:
    if actor.role_in(clinic_id) is None:
        return "no access to this clinic's records"
    return f"your role may not {ACTION_WORDS[action]}"


def require(
    session: Session,
    actor: Actor,
    action: Action,
    *,
    clinic_id: int,
    patient_id: int | None = None,
    record_type: str = "",
    record_id: str | int = "",
) -> None:
    """Raise Forbidden (after auditing the refusal) unless the actor may take `action` there."""
    if not allowed(actor.roles, action, clinic_id):
        event = Event(
            action.value,
            clinic_id=clinic_id,
            patient_id=patient_id,
            record_type=record_type,
            record_id=record_id,
        )
        raise deny(session, actor, action, event, refusal_reason(actor, action, clinic_id))


def require_anywhere(session: Session, actor: Actor, action: Action) -> list[int]:
    """The clinics where the actor may take `action`; Forbidden (audited) where there are none."""
    clinics = clinics_where(actor.roles, action)
    if not clinics:
        raise deny(session, actor, action, Event(action.value), f"your role may not {ACTION_WORDS[action]}")
    return clinics


class ClinicRecord(Protocol):
    """A record of a clinic's set-up (a provider, an appointment type)."""

    clinic_id: int


Managed = TypeVar("Managed", bound=ClinicRecord)


def load_to_manage(
    session: Session, actor: Actor, model: type[Managed], record_id: int, record_type: str
) -> Managed:
    """A record of a clinic's set-up for one who manages the clinic's settings: NotFound where there is
    none, Forbidden (audited) where the actor may not manage that clinic's settings."""
    row = session.get(model, record_id)
    if row is None:
        raise NotFound(f"{record_type.replace('_', ' ')} {record_id} not found")
    require(
        session,
        actor,
        Action.settings_manage,
        clinic_id=row.clinic_id,
        record_type=record_type,
        record_id=record_id,
    )
    return row


def to_manage_or_add(
    session: Session,
    actor: Actor,
    model: type[Managed],
    record_id: int | None,
    clinic_id: int,
    record_type: str,
) -> tuple[Managed | None, int]:
    """The set-up record a settings form changes (record_id given: as load_to_manage) and its clinic,
    or, for a new one (None), the clinic it is added to, once the actor may manage that clinic's
    settings and the clinic exists."""
    if record_id is not None:
        row = load_to_manage(session, actor, model, record_id, record_type)
        return row, row.clinic_id
    require(session, actor, Action.settings_manage, clinic_id=clinic_id, record_type=record_type)
    if session.get(Clinic, clinic_id) is None:
        raise NotFound(f"clinic {clinic_id} not found")
    return None, clinic_id


class PatientRecord(Protocol):
    """Any record that belongs to a patient in a clinic (a note, a plan, an appointment, a claim, the
    patient's own record)."""

    @property
    def id(self) -> int | None: ...
    @property
    def clinic_id(self) -> int: ...
    @property
    def patient_id(self) -> int | None: ...


def require_on(
    session: Session, actor: Actor, action: Action, record: PatientRecord, record_type: str
) -> None:
    """`require` for one patient's record: its clinic decides, and a refusal names the record."""
    require(
        session,
        actor,
        action,
        clinic_id=record.clinic_id,
        patient_id=record.patient_id,
        record_type=record_type,
        record_id=record.id or "",
    )


def audit_change(
    session: Session,
    actor: Actor,
    action: Action,
    record_type: str,
    record_id: str | int,
    detail: str,
    clinic_id: int | None = None,
) -> None:
    """The audit entry for an allowed change to a record that is no patient's: a clinic's settings, a
    provider and their hours, a visit type, a payer and its fees, a user."""
    record_one(
        session,
        actor,
        Event(action.value, clinic_id=clinic_id, record_type=record_type, record_id=record_id, detail=detail),
    )


def audit_on(
    session: Session, actor: Actor, action: Action, record: PatientRecord, record_type: str, detail: str = ""
) -> None:
    """The audit entry for an allowed read or change of one patient's record."""
    record_one(session, actor, event_on(action, record, record_type, detail))


def event_on(action: Action, record: PatientRecord, record_type: str, detail: str = "") -> Event:
    """The audit event for one patient's record (a read of many records audits one event each)."""
    return Event(
        action.value,
        clinic_id=record.clinic_id,
        patient_id=record.patient_id,
        record_type=record_type,
        record_id=record.id or "",
        detail=detail,
    )


def audit_each(
    session: Session,
    actor: Actor,
    action: Action,
    records: Iterable[PatientRecord],
    record_type: str,
    detail: str,
) -> None:
    """The audit entries for a read or change of many patients' records: one event each."""
    record(session, actor, [event_on(action, r, record_type, detail) for r in records])
