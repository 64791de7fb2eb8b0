"""A patient's open wait-list offers, for the desk that calls them: the freed time, with whom, for what,
until when the offer holds. Accepting and declining are waitlist.accept and waitlist.decline."""

from datetime import datetime

from pydantic import BaseModel
from sqlmodel import Session, col, select

from core.actor import Actor
from core.patients.service import audit_patient_records, load_patient_for
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone
from core.scheduling.models import AppointmentType, WaitListEntry, WaitListOffer
from core.timeutil import as_utc, utcnow


class OpenOffer(BaseModel):
    id: int
    local_start: datetime
    provider: str
    visit_type: str
    expires_at: datetime


def open_offers(session: Session, *, actor: Actor, patient_id: int) -> list[OpenOffer]:
    """Offers made to the patient that are still open (not answered, not expired, soonest first)."""
    patient = load_patient_for(session, actor, patient_id, Action.appointment_read, "wait_list_offer")
    zone = clinic_zone(session, patient.clinic_id)
    rows = session.exec(
        select(WaitListOffer, Provider, AppointmentType)
        .join(WaitListEntry, col(WaitListEntry.id) == WaitListOffer.entry_id)
        .join(Provider, col(Provider.id) == WaitListOffer.provider_id)
        .join(AppointmentType, col(AppointmentType.id) == WaitListOffer.appointment_type_id)
        .where(
            WaitListEntry.patient_id == patient_id,
            WaitListOffer.status == "offered",
            col(WaitListOffer.expires_at) > utcnow(),
        )
        .order_by(col(WaitListOffer.starts_at))
    ).all()
    audit_patient_records(
        session, actor, Action.appointment_read, patient, "wait_list_offer", f"{len(rows)} open offers"
    )
    session.commit()
    return [
        OpenOffer(
            id=offer.id or 0,
            local_start=as_utc(offer.starts_at).astimezone(zone),
            provider=provider.full_name,
            visit_type=kind.name,
            expires_at=as_utc(offer.expires_at).astimezone(zone),
        )
        for offer, provider, kind in rows
    ]
