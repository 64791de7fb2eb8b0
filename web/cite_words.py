"""The assistant's sources as a person reads them: each cited record it links to named in words ("Maria
Lopez, Thursday 11/19/2026 at 9:00 AM EST with Dana Reyes, PT"), never "appointment 19953".

Naming a record reads it, so each one goes through core's gate for the asker (core.access.require: the
role matrix in the record's clinic), and each allowed read of a patient's record is audited as any other
read. A record the asker may not see is named by the refusal alone ("Not shown: your role may not see
claim status"), with nothing of the record in it; the refusal is audited by the gate."""

from typing import Any, TypeVar

from sqlmodel import Session

from core.access import audit_on, require, require_on
from core.actor import Actor
from core.billing.models import Claim
from core.errors import Forbidden
from core.notes.workflow import credentialed
from core.patients.models import Patient, full_name
from core.patients.service import audit_patient_records, load_patient_for
from core.permissions import Action
from core.providers.models import Provider
from core.providers.service import provider_of
from core.scheduling.calendar import clinic_zone
from core.scheduling.models import Appointment
from core.timeutil import clinic_day, in_clinic_words

SOURCE = "named in the assistant's sources"
Record = TypeVar("Record", Appointment, Claim)


def _patient(session: Session, actor: Actor, patient_id: int) -> str | None:
    if session.get(Patient, patient_id) is None:
        return None
    patient = load_patient_for(session, actor, patient_id, Action.patient_read, "patient", patient_id)
    audit_patient_records(session, actor, Action.patient_read, patient, "patient", SOURCE, patient_id)
    return full_name(patient)


def _provider_words(provider: Provider | None) -> str | None:
    return credentialed(provider.full_name, provider.credential) if provider else None


def _provider(session: Session, actor: Actor, provider_id: int) -> str | None:
    """A provider is no patient's record: named to anyone who sees that clinic's schedule."""
    provider = provider_of(session, provider_id)
    if provider is None:
        return None
    require(
        session,
        actor,
        Action.appointment_read,
        clinic_id=provider.clinic_id,
        record_type="provider",
        record_id=provider_id,
    )
    return _provider_words(provider)


def _read(
    session: Session, actor: Actor, model: type[Record], record_id: int, action: Action, kind: str
) -> Record | None:
    """The record, if there is one: naming it is a read of a patient's record, checked and audited."""
    row = session.get(model, record_id)
    if row is not None:
        require_on(session, actor, action, row, kind)
        audit_on(session, actor, action, row, kind, SOURCE)
    return row


def _who(session: Session, patient_id: int) -> str:
    patient = session.get(Patient, patient_id)
    return full_name(patient) if patient else "a patient"


def _appointment(session: Session, actor: Actor, appointment_id: int) -> str | None:
    visit = _read(session, actor, Appointment, appointment_id, Action.appointment_read, "appointment")
    if visit is None:
        return None
    when = in_clinic_words(visit.starts_at, clinic_zone(session, visit.clinic_id))
    by = _provider_words(provider_of(session, visit.provider_id))
    return f"{_who(session, visit.patient_id)}, {when}" + (f" with {by}" if by else "")


def _claim(session: Session, actor: Actor, claim_id: int) -> str | None:
    claim = _read(session, actor, Claim, claim_id, Action.claim_status_read, "claim")
    if claim is None:
        return None
    who = _who(session, claim.patient_id)
    return f"claim {claim.control_number or claim.id}: {who}, {clinic_day(claim.service_date)}"


NAMERS = {"appointment": _appointment, "patient": _patient, "provider": _provider, "claim": _claim}


def refused_words(reason: str) -> str:
    """A source the asker may not see, in words: the refusal, nothing of the record."""
    return f"Not shown: {reason}"


def named(session: Session, actor: Actor, citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`citations` with each linked record that has no label given its words, read as `actor` (a record
    `actor` may not see labelled with the refusal); the rest as they are. The reads are committed."""
    out = []
    for cite in citations:
        namer = NAMERS.get(str(cite.get("type")))
        if namer and not cite.get("label") and isinstance(cite.get("id"), int):
            try:
                label = namer(session, actor, cite["id"])
            except Forbidden as refusal:  # audited and committed by the gate
                label = refused_words(refusal.detail)
            session.commit()  # each read audited before a later refusal's rollback could drop it
            cite = {**cite, "label": label} if label else cite
        out.append(cite)
    return out
