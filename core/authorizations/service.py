"""Authorizations: what the payer approved, what is used, what is left."""

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from sqlmodel import Session

from core.access import require
from core.actor import Actor
from core.audit.service import Event, record_one
from core.authorizations.models import Authorization
from core.errors import Invalid
from core.payers.models import Payer
from core.permissions import Action
from core.records.service import load_patient


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
            raise ValueError("end_date is before start_date")
        return self


def add(session: Session, *, actor: Actor, patient_id: int, data: AuthorizationCreate) -> Authorization:
    patient = load_patient(session, patient_id)
    require(
        session,
        actor,
        Action.authorization_write,
        clinic_id=patient.clinic_id,
        patient_id=patient_id,
        record_type="authorization",
    )
    if session.get(Payer, data.payer_id) is None:
        raise Invalid(f"payer {data.payer_id} does not exist")
    auth = Authorization(patient_id=patient_id, **data.model_dump())
    session.add(auth)
    session.flush()
    record_one(
        session,
        actor,
        Event(
            Action.authorization_write.value,
            clinic_id=patient.clinic_id,
            patient_id=patient_id,
            record_type="authorization",
            record_id=auth.id or "",
            detail="added",
        ),
    )
    session.commit()
    return auth
