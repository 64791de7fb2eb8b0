"""A clinic's settings: its time zone and its scheduling, reminder and alert policy (owner only)."""

from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlmodel import Session, col, select

from core.access import audit_change, require
from core.actor import Actor
from core.clinics.models import Clinic, ClinicPolicy
from core.errors import existing
from core.permissions import Action


class CadenceStep(BaseModel):
    model_config = ConfigDict(extra="forbid")

    hours_before: Annotated[int, Field(ge=1, le=336)]
    channel: Literal["sms", "email"]


class ClinicSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    timezone: str | None = None
    late_cancel_hours: Annotated[int, Field(ge=0, le=168)] | None = None
    slot_step_minutes: Literal[5, 10, 15, 20, 30, 60] | None = None
    reminder_cadence: Annotated[list[CadenceStep], Field(max_length=5)] | None = None
    auth_alert_visits_left: Annotated[int, Field(ge=0, le=50)] | None = None
    auth_alert_days_left: Annotated[int, Field(ge=0, le=120)] | None = None
    recert_alert_days: Annotated[int, Field(ge=0, le=60)] | None = None
    cert_signature_overdue_days: Annotated[int, Field(ge=1, le=120)] | None = None
    offer_hold_hours: Annotated[int, Field(ge=1, le=72)] | None = None
    idle_timeout_minutes: Annotated[int, Field(ge=1, le=240)] | None = None

    @field_validator("timezone")
    @classmethod
    def _known(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value


class ClinicPolicyRead(BaseModel):
    """A clinic's settings as the API shows them (the clinic_policy row)."""

    model_config = ConfigDict(from_attributes=True)

    clinic_id: int
    late_cancel_hours: int
    slot_step_minutes: int
    reminder_cadence: list[dict[str, Any]]
    auth_alert_visits_left: int
    auth_alert_days_left: int
    recert_alert_days: int
    cert_signature_overdue_days: int
    offer_hold_hours: int
    idle_timeout_minutes: int | None


def update_settings(session: Session, *, actor: Actor, clinic_id: int, data: ClinicSettings) -> ClinicPolicy:
    clinic = existing(session.get(Clinic, clinic_id), "clinic", clinic_id)
    require(session, actor, Action.settings_manage, clinic_id=clinic_id, record_type="clinic")
    policy = session.get(ClinicPolicy, clinic_id) or ClinicPolicy(clinic_id=clinic_id)
    changes = data.model_dump(exclude_none=True)
    if "timezone" in changes:
        clinic.timezone = changes.pop("timezone")
        session.add(clinic)
    for name, value in changes.items():
        setattr(policy, name, value)
    session.add(policy)
    detail = "settings: " + ", ".join(sorted(data.model_dump(exclude_none=True)))
    audit_change(session, actor, Action.settings_manage, "clinic", clinic_id, detail, clinic_id)
    session.commit()
    return policy


def list_clinics(session: Session) -> list[Clinic]:
    """The clinics of the installation by name: names hold no patient data, and a user who names another
    clinic must be told it is out of reach (without anything of its records)."""
    return list(session.exec(select(Clinic).order_by(col(Clinic.id))).all())
