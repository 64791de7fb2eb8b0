"""The owner's review of the audit log."""

from datetime import datetime

from sqlmodel import Session, col, select

from core.access import require_anywhere
from core.actor import Actor
from core.audit.models import AuditEntry
from core.audit.service import Event, record_one
from core.permissions import Action


def browse(
    session: Session,
    *,
    actor: Actor,
    user_id: int | None = None,
    patient_id: int | None = None,
    action: str | None = None,
    since: datetime | None = None,
    limit: int = 100,
) -> list[AuditEntry]:
    """Entries for the owner's review, newest first. Reading the log is itself logged."""
    clinics = require_anywhere(session, actor, Action.audit_read)
    query = select(AuditEntry).where(
        (col(AuditEntry.clinic_id).in_(clinics)) | (col(AuditEntry.clinic_id).is_(None))
    )
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    if patient_id is not None:
        query = query.where(AuditEntry.patient_id == patient_id)
    if action:
        query = query.where(AuditEntry.action == action)
    if since is not None:
        query = query.where(col(AuditEntry.at) >= since)
    rows = list(session.exec(query.order_by(col(AuditEntry.id).desc()).limit(limit)).all())
    record_one(
        session, actor, Event(Action.audit_read.value, record_type="audit_entry", detail=f"{len(rows)} rows")
    )
    session.commit()
    return rows
