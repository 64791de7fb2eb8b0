"""Referrals: the physician who sent the patient, for which discipline, received when. The referral
conversion KPI counts them; the front desk enters them at intake."""

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, field_validator
from sqlmodel import Session, col, select

from core.actor import Actor
from core.identifiers import npi_valid
from core.patients.service import (
    add_patient_record,
    audit_patient_records,
    load_patient_for,
    lock_patient_for,
)
from core.permissions import Action
from core.referrals.models import Referral


class ReferralCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    discipline: Annotated[str, StringConstraints(pattern=r"^(PT|OT|SLP)$")]
    physician_name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=120)]
    physician_npi: Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^(\d{10})?$")] = ""
    received_on: date

    @field_validator("physician_npi")
    @classmethod
    def _npi(cls, npi: str) -> str:
        # An NPI mistyped by one digit fails its check digit; caught here, not as a denied claim later.
        if npi and not npi_valid(npi):
            raise ValueError("the referring physician's NPI is not a valid NPI: check its ten digits")
        return npi


def add(session: Session, *, actor: Actor, patient_id: int, data: ReferralCreate) -> Referral:
    """A referral, serialised on the patient's row (as a payment is, core.billing.ledger). The same
    referral the patient already has (discipline, physician and day received alike: the same request
    twice, at once or in a row, with or without an Idempotency-Key) is that one, not a second one for
    the referral conversion KPI to count; no second audit entry."""
    patient = lock_patient_for(session, actor, patient_id, Action.patient_write, "referral")
    same = session.exec(
        select(Referral)
        .where(
            Referral.patient_id == patient_id,
            Referral.discipline == data.discipline,
            Referral.physician_name == data.physician_name,
            Referral.physician_npi == data.physician_npi,
            Referral.received_on == data.received_on,
        )
        .order_by(col(Referral.id))
    ).first()
    if same is not None:  # added already: the first request's referral
        return same
    referral = Referral(patient_id=patient_id, clinic_id=patient.clinic_id, **data.model_dump())
    return add_patient_record(session, actor, Action.patient_write, patient, "referral", referral)


def for_patient(session: Session, *, actor: Actor, patient_id: int) -> list[Referral]:
    patient = load_patient_for(session, actor, patient_id, Action.patient_read, "referral")
    rows = list(
        session.exec(
            select(Referral)
            .where(Referral.patient_id == patient_id)
            .order_by(col(Referral.received_on).desc())
        ).all()
    )
    audit_patient_records(session, actor, Action.patient_read, patient, "referral", f"{len(rows)} rows")
    session.commit()
    return rows
