import json
from datetime import datetime

from sqlalchemy import JSON, Column, text
from sqlmodel import Field, SQLModel

from core.scheduling.calendar_days import DEFAULT_CLOSED
from core.timeutil import utcnow


def json_literal(value: object) -> str:
    """A value's JSON as an SQL string literal, for a column's default ('["New Year''s Day"]')."""
    return "'" + json.dumps(value).replace("'", "''") + "'"


class Clinic(SQLModel, table=True):
    """A location. Users belong to one or more and see nothing of the others."""

    __tablename__ = "clinic"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    timezone: str = Field(default="America/New_York", max_length=64)
    npi: str | None = Field(default=None, max_length=10)
    tax_id: str | None = Field(default=None, max_length=12)
    address: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=20)
    created_at: datetime = Field(default_factory=utcnow)


class ClinicPolicy(SQLModel, table=True):
    """A clinic's own settings for scheduling, reminders and alerts (owner-editable data, not code)."""

    __tablename__ = "clinic_policy"

    clinic_id: int = Field(foreign_key="clinic.id", primary_key=True)
    late_cancel_hours: int = Field(default=24, ge=0)
    slot_step_minutes: int = Field(default=15, ge=5, le=60)
    # e.g. [{"hours_before": 48, "channel": "email"}, {"hours_before": 2, "channel": "sms"}]
    reminder_cadence: list[dict] = Field(
        default_factory=lambda: [
            {"hours_before": 48, "channel": "email"},
            {"hours_before": 2, "channel": "sms"},
        ],
        sa_column=Column(JSON, nullable=False),
    )
    auth_alert_visits_left: int = Field(default=2, ge=0)
    auth_alert_days_left: int = Field(default=14, ge=0)
    recert_alert_days: int = Field(default=14, ge=0)
    cert_signature_overdue_days: int = Field(default=30, ge=1)
    offer_hold_hours: int = Field(default=4, ge=1)
    # Minutes a log-in may sit unused before it ends; None: the server's session_idle_minutes.
    idle_timeout_minutes: int | None = Field(default=None, ge=1)
    # The public holidays the clinic closes on, by name (core.scheduling.calendar_days.HOLIDAYS), in the
    # year's order; the owner chooses them (core.clinics.holidays). Migration 0025.
    closed_holidays: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CLOSED),
        sa_column=Column(JSON, nullable=False, server_default=text(json_literal(list(DEFAULT_CLOSED)))),
    )
