from datetime import datetime

from pydantic import BaseModel, ConfigDict
from sqlmodel import Field, SQLModel

from core.timeutil import utcnow


class Visit(SQLModel, table=True):
    """The encounter behind an appointment: what gets recorded, documented and billed."""

    __tablename__ = "visit"

    id: int | None = Field(default=None, primary_key=True)
    appointment_id: int | None = Field(default=None, foreign_key="appointment.id", unique=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    provider_id: int = Field(foreign_key="provider.id", index=True)
    plan_id: int | None = Field(default=None, foreign_key="plan_of_care.id")
    discipline: str = Field(max_length=4)
    note_type: str = Field(default="daily", max_length=20)
    service_date: datetime
    recording_consent: bool = False
    recording_consent_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class VisitRead(BaseModel):
    """A visit as the one who opened it reads it back."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    note_type: str
    recording_consent: bool
