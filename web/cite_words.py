"""The assistant's sources as a person reads them: each cited record it links to named in words ("Maria
Lopez, Thursday 11/19/2026 at 9:00 AM EST with Dana Reyes, PT"), never "appointment 19953". The
assistant cites the records it answered from, read under the asker's permissions; this only names them."""

from typing import Any

from sqlmodel import Session

from core.billing.models import Claim
from core.notes.workflow import credentialed
from core.patients.models import Patient
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone
from core.scheduling.models import Appointment
from core.timeutil import clinic_day, in_clinic_words


def _patient(session: Session, patient_id: int) -> str | None:
    patient = session.get(Patient, patient_id)
    return f"{patient.first_name} {patient.last_name}" if patient else None


def _provider(session: Session, provider_id: int) -> str | None:
    provider = session.get(Provider, provider_id)
    return credentialed(provider.full_name, provider.credential) if provider else None


def _appointment(session: Session, appointment_id: int) -> str | None:
    visit = session.get(Appointment, appointment_id)
    if visit is None:
        return None
    when = in_clinic_words(visit.starts_at, clinic_zone(session, visit.clinic_id))
    who = _patient(session, visit.patient_id) or "a patient"
    by = _provider(session, visit.provider_id)
    return f"{who}, {when}" + (f" with {by}" if by else "")


def _claim(session: Session, claim_id: int) -> str | None:
    claim = session.get(Claim, claim_id)
    if claim is None:
        return None
    who = _patient(session, claim.patient_id) or "a patient"
    return f"claim {claim.control_number or claim.id}: {who}, {clinic_day(claim.service_date)}"


NAMERS = {"appointment": _appointment, "patient": _patient, "provider": _provider, "claim": _claim}


def named(session: Session, citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`citations` with each linked record that has no label given its words; the rest as they are."""
    out = []
    for cite in citations:
        namer = NAMERS.get(str(cite.get("type")))
        if namer and not cite.get("label") and isinstance(cite.get("id"), int):
            label = namer(session, cite["id"])
            cite = {**cite, "label": label} if label else cite
        out.append(cite)
    return out
