from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from core.timeutil import utcnow


class AuditEntry(SQLModel, table=True):
    """Who did what to which patient's data, when, from where. Chained by hash; never edited.

    `detail` names records and counts, never PHI.
    """

    __tablename__ = "audit_entry"
    # One record's entries (a note's trail, read as it is signed: core.notes.documentation).
    __table_args__ = (Index("ix_audit_entry_record", "record_type", "record_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user_id: int | None = Field(default=None, index=True)
    action: str = Field(max_length=60, index=True)
    outcome: str = Field(max_length=10, description="allowed or denied")
    clinic_id: int | None = Field(default=None)
    patient_id: int | None = Field(default=None, index=True)
    record_type: str = Field(default="", max_length=40)
    record_id: str = Field(default="", max_length=40)
    client_address: str = Field(default="", max_length=64)
    detail: str = Field(default="", max_length=300)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)
