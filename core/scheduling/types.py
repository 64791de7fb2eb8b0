"""A clinic's appointment types: the usual ones of each discipline, and one set up or brought in line
with a description (the caller checks who may and audits)."""

from typing import Any

from sqlmodel import Session, select

from core.scheduling.models import AppointmentType
from core.upsert import upsert

# A discipline's usual visit types when a clinic names none: (label after the discipline, kind, minutes).
# The demo practice starts from the same list.
DEFAULT_TYPES: tuple[tuple[str, str, int], ...] = (
    ("initial evaluation", "evaluation", 60),
    ("follow-up", "follow-up", 45),
    ("re-evaluation", "re-evaluation", 45),
    ("progress visit", "progress", 45),
)


def default_types(discipline: str) -> list[tuple[str, str, int]]:
    """A discipline's default appointment types as (name, kind, minutes); an SLP's follow-up is a
    treatment visit."""
    return [
        (
            f"{discipline} {'treatment' if discipline == 'SLP' and kind == 'follow-up' else label}",
            kind,
            minutes,
        )
        for label, kind, minutes in DEFAULT_TYPES
    ]


def ensure_appointment_type(
    session: Session,
    *,
    clinic_id: int,
    name: str,
    discipline: str,
    kind: str,
    minutes: int,
    group_capacity: int | None = None,
) -> tuple[AppointmentType, list[str] | None]:
    values: dict[str, Any] = {
        "discipline": discipline,
        "kind": kind,
        "duration_minutes": minutes,
        "group_capacity": group_capacity,
    }
    found = session.exec(
        select(AppointmentType).where(AppointmentType.clinic_id == clinic_id, AppointmentType.name == name)
    ).first()
    return upsert(session, found, lambda: AppointmentType(clinic_id=clinic_id, name=name, **values), values)
