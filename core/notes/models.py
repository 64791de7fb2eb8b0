from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.enums import NoteStatus
from core.timeutil import utcnow


class Note(SQLModel, table=True):
    """A visit's note. Its text lives in versions; every version is kept."""

    __tablename__ = "note"
    # One note per visit: a second would be signed and billed again (migration 0018).
    __table_args__ = (UniqueConstraint("visit_id"),)

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    provider_id: int = Field(foreign_key="provider.id", index=True)
    discipline: str = Field(max_length=4)
    note_type: str = Field(max_length=20)
    status: str = Field(default="draft", max_length=20, index=True)
    current_version: int = 1
    template_version: str = Field(default="", max_length=40)
    ai_assisted: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    signed_at: datetime | None = None
    cosigned_at: datetime | None = None
    # The author's active minutes on the note up to its signature (core.notes.documentation), written
    # with the signature and cleared with it: the documentation-time KPI reads this, not the audit log.
    # None while unsigned, or where no action of the author is on record (an imported note).
    documentation_minutes: float | None = None


class NoteVersion(SQLModel, table=True):
    __tablename__ = "note_version"
    __table_args__ = (UniqueConstraint("note_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="note.id", index=True)
    version: int
    subjective: str = Field(default="", sa_column=Column(Text, nullable=False))
    objective: str = Field(default="", sa_column=Column(Text, nullable=False))
    assessment: str = Field(default="", sa_column=Column(Text, nullable=False))
    plan: str = Field(default="", sa_column=Column(Text, nullable=False))
    codes: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Outcome measures the note documents, e.g. {"measure": "LEFS", "score": 52, "unit": "points"}.
    measures: list[dict] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]")
    )
    # An evaluation's, progress report's, re-evaluation's or discharge's form (core.notes.forms.FormIn).
    form: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, server_default="{}"))
    author_user_id: int | None = Field(default=None, foreign_key="app_user.id")
    change_summary: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class NoteSignature(SQLModel, table=True):
    """A signature (kind 'sign') or a supervising therapist's co-signature ('cosign')."""

    __tablename__ = "note_signature"
    # One signature and one co-signature per note, whatever the code above does twice at once.
    __table_args__ = (UniqueConstraint("note_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="note.id", index=True)
    version: int
    user_id: int = Field(foreign_key="app_user.id")
    kind: str = Field(max_length=10)
    attestation: str = Field(default="", max_length=300)
    signed_at: datetime = Field(default_factory=utcnow)


class NoteAddendum(SQLModel, table=True):
    """A change after signing: the signed text stays, the addendum follows it."""

    __tablename__ = "note_addendum"
    __table_args__ = (UniqueConstraint("note_id", "request_key"),)

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="note.id", index=True)
    author_user_id: int = Field(foreign_key="app_user.id")
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    # The Idempotency-Key of the request that added it: the same request twice is one addendum
    # (migration 0019).
    request_key: str | None = Field(default=None, max_length=200)


class NoteEvidence(SQLModel, table=True):
    """What the scribe drafted a note from: the transcript segments, each fact with the words it came
    from, the codes it suggested (units, modifiers, reasons) and the grounding guard's warnings. Kept
    beside the note so the review page can show where each fact was said; written once, with the draft."""

    __tablename__ = "note_evidence"

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="note.id", unique=True)
    segments: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    facts: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    codes: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    warnings: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class NoteEvidenceRead(BaseModel):
    """What the scribe drafted a note from, as its reviewer reads it."""

    model_config = ConfigDict(from_attributes=True)

    note_id: int
    segments: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    codes: list[dict[str, Any]]
    warnings: list[str]


class PreviewLine(BaseModel):
    """One claim line signing would produce, with its fee (None where the payer's schedule has none)."""

    code: str
    units: int
    minutes: int
    modifiers: list[str]
    diagnosis_pointers: list[int]
    reason: str
    fee_cents: int | None


class CodingPreview(BaseModel):
    """What signing would bill: the lines, the coder's warnings and the payer billed."""

    lines: list[PreviewLine]
    warnings: list[str]
    payer: str


class NoteRead(BaseModel):
    """What a permitted reader gets of a note: the current version's text."""

    id: int
    visit_id: int
    patient_id: int
    provider_id: int
    discipline: str
    note_type: str
    status: str
    version: int
    template_version: str
    ai_assisted: bool
    subjective: str
    objective: str
    assessment: str
    plan: str
    codes: list[dict]
    signed_at: datetime | None
    cosigned_at: datetime | None
    addenda: list[str]
    measures: list[dict] = []
    form: dict = {}


class NoteState(BaseModel):
    """Where a note stands after a write (drafted, edited, signed, co-signed): no text."""

    id: int
    status: NoteStatus
    version: int
    signed_at: datetime | None
    cosigned_at: datetime | None

    @classmethod
    def of(cls, note: Note) -> "NoteState":
        return cls(
            id=note.id or 0,
            status=NoteStatus(note.status),
            version=note.current_version,
            signed_at=note.signed_at,
            cosigned_at=note.cosigned_at,
        )


class NoteReturn(SQLModel, table=True):
    """A supervising therapist's return of an assistant's signed note for correction, with what to
    correct. The assistant's signature is withdrawn (the note is a draft again); the one returned is
    kept here, so nothing signed is lost."""

    __tablename__ = "note_return"

    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="note.id", index=True)
    user_id: int = Field(foreign_key="app_user.id")
    comment: str = Field(sa_column=Column(Text, nullable=False))
    returned_version: int
    withdrawn_signature_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
