from datetime import datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from core.enums import AppointmentStatus
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
    # A group session holds this many patients at once; otherwise the provider's own capacity applies.
    group_capacity: int | None = Field(default=None, ge=2)


class Appointment(SQLModel, table=True):
    """Start and end in UTC."""

    __tablename__ = "appointment"
    # Calendars and overlap checks read one provider's (or patient's) appointments in a time range.
    __table_args__ = (
        Index("ix_appointment_provider_starts", "provider_id", "starts_at"),
        Index("ix_appointment_patient_starts", "patient_id", "starts_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    provider_id: int = Field(foreign_key="provider.id", index=True)
    appointment_type_id: int = Field(foreign_key="appointment_type.id")
    authorization_id: int | None = Field(default=None, foreign_key="prior_authorization.id")
    starts_at: datetime = Field(index=True)
    ends_at: datetime
    status: str = Field(default=AppointmentStatus.booked, max_length=20)
    cancel_reason: str = Field(default="", max_length=200)
    cancelled_at: datetime | None = None
    late_cancel: bool = False
    checked_in_at: datetime | None = None
    progress_due: bool = False
    recurrence_id: str | None = Field(default=None, max_length=36)
    legacy_id: str | None = Field(default=None, max_length=64, index=True)
    created_at: datetime = Field(default_factory=utcnow)


class ProviderHours(SQLModel, table=True):
    """A provider's working window on a weekday, in the clinic's local time (minutes from midnight).

    Several windows a day make a split shift; breaks are their own rows below.
    """

    __tablename__ = "provider_hours"

    id: int | None = Field(default=None, primary_key=True)
    provider_id: int = Field(foreign_key="provider.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    weekday: int = Field(ge=0, le=6, description="0 Monday ... 6 Sunday")
    start_minute: int = Field(ge=0, le=1440)
    end_minute: int = Field(ge=0, le=1440)


class ProviderBreak(SQLModel, table=True):
    __tablename__ = "provider_break"

    id: int | None = Field(default=None, primary_key=True)
    provider_id: int = Field(foreign_key="provider.id", index=True)
    weekday: int = Field(ge=0, le=6)
    start_minute: int = Field(ge=0, le=1440)
    end_minute: int = Field(ge=0, le=1440)


class TimeOff(SQLModel, table=True):
    __tablename__ = "time_off"

    id: int | None = Field(default=None, primary_key=True)
    provider_id: int = Field(foreign_key="provider.id", index=True)
    starts_at: datetime
    ends_at: datetime
    reason: str = Field(default="", max_length=120)


class WaitListEntry(SQLModel, table=True):
    __tablename__ = "wait_list_entry"

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    appointment_type_id: int = Field(foreign_key="appointment_type.id")
    provider_id: int | None = Field(default=None, foreign_key="provider.id")
    weekdays: list[int] = Field(
        default_factory=lambda: [0, 1, 2, 3, 4], sa_column=Column(JSON, nullable=False)
    )
    earliest_minute: int = Field(default=0, ge=0, le=1440)
    latest_minute: int = Field(default=1440, ge=0, le=1440)
    status: str = Field(default="waiting", max_length=20)
    created_at: datetime = Field(default_factory=utcnow)


class WaitListOffer(SQLModel, table=True):
    """A freed slot offered to a waiting patient: the first to accept gets it, the others hear it's taken."""

    __tablename__ = "wait_list_offer"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="wait_list_entry.id", index=True)
    freed_appointment_id: int | None = Field(default=None, foreign_key="appointment.id")
    provider_id: int = Field(foreign_key="provider.id")
    appointment_type_id: int = Field(foreign_key="appointment_type.id")
    starts_at: datetime
    ends_at: datetime
    rank: int
    status: str = Field(default="offered", max_length=20)
    offered_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    responded_at: datetime | None = None
    booked_appointment_id: int | None = Field(default=None, foreign_key="appointment.id")


class Reminder(SQLModel, table=True):
    """The reminder outbox: one row per appointment, channel and cadence step."""

    __tablename__ = "reminder"

    id: int | None = Field(default=None, primary_key=True)
    appointment_id: int = Field(foreign_key="appointment.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    patient_id: int = Field(foreign_key="patient.id")
    channel: str = Field(max_length=10)
    hours_before: int
    due_at: datetime = Field(index=True)
    status: str = Field(default="pending", max_length=10, index=True)
    attempts: int = 0
    sent_at: datetime | None = None


class ReminderDelivery(SQLModel, table=True):
    """The delivery log: every attempt and what the sender said (no message text: it names the patient)."""

    __tablename__ = "reminder_delivery"

    id: int | None = Field(default=None, primary_key=True)
    reminder_id: int = Field(foreign_key="reminder.id", index=True)
    at: datetime = Field(default_factory=utcnow)
    sender: str = Field(max_length=20)
    outcome: str = Field(max_length=10)
    detail: str = Field(default="", max_length=200)
