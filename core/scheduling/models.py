from datetime import datetime

from sqlmodel import Field, SQLModel

from core.timeutil import utcnow


class AppointmentType(SQLModel, table=True):
    __tablename__ = "appointment_type"

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    name: str = Field(max_length=80)
    discipline: str = Field(max_length=4)
    kind: str = Field(max_length=20, description="evaluation, follow-up, re-evaluation, progress, group")
    duration_minutes: int = Field(gt=0)
    default_provider_id: int | None = Field(default=None, foreign_key="provider.id")


class Appointment(SQLModel, table=True):
    """Start and end in UTC."""

    __tablename__ = "appointment"

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    provider_id: int = Field(foreign_key="provider.id", index=True)
    appointment_type_id: int = Field(foreign_key="appointment_type.id")
    authorization_id: int | None = Field(default=None, foreign_key="prior_authorization.id")
    starts_at: datetime = Field(index=True)
    ends_at: datetime
    status: str = Field(default="booked", max_length=20)
    cancel_reason: str = Field(default="", max_length=200)
    cancelled_at: datetime | None = None
    late_cancel: bool = False
    checked_in_at: datetime | None = None
    legacy_id: str | None = Field(default=None, max_length=64, index=True)
    created_at: datetime = Field(default_factory=utcnow)
