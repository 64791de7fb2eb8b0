"""Recordings of visits, their transcription jobs and transcripts.

Audio lives on disk (DATA_DIR/recordings), written and flushed chunk by chunk before each chunk is
acknowledged; these rows say how much of it is safe (`bytes_acked`), how far transcription got, and
what each job is doing, so a restarted server or worker carries on where the last one stopped.
"""

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.timeutil import as_utc, utcnow


class Recording(SQLModel, table=True):
    __tablename__ = "recording"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id")
    patient_id: int = Field(foreign_key="patient.id")
    user_id: int = Field(foreign_key="app_user.id")
    kind: str = Field(max_length=10, description="live, upload or dictation")
    audio_format: str = Field(max_length=10, description="webm, pcm16, or the uploaded file's type")
    sample_rate: int = 16_000
    status: str = Field(default="open", max_length=10, description="open, closed or failed")
    last_seq: int = -1
    bytes_acked: int = 0
    transcribed_until: float = 0.0
    created_at: datetime = Field(default_factory=utcnow)
    closed_at: datetime | None = None


class TranscriptPiece(SQLModel, table=True):
    """A stretch of a recording already transcribed (while it was still being recorded)."""

    __tablename__ = "transcript_piece"

    id: int | None = Field(default=None, primary_key=True)
    recording_id: int = Field(foreign_key="recording.id", index=True)
    start: float
    end: float
    text: str = Field(sa_column=Column(Text, nullable=False))
    embedding: list | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    # The numbers of `text` the recogniser was unsure of (scribe.stt.unsure): {start, end, ...} in `text`.
    unsure: list | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class TranscriptionJob(SQLModel, table=True):
    __tablename__ = "transcription_job"

    id: int | None = Field(default=None, primary_key=True)
    recording_id: int = Field(foreign_key="recording.id", index=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id")
    status: str = Field(default="queued", max_length=10, description="queued, running, done or failed")
    progress: float = 0.0
    # The piece of the recording the transcriber is hearing (1-based) and how many it has to hear: the
    # stretches of speech it works on one at a time, as the worker reports them (0 before it starts).
    piece: int = 0
    pieces: int = 0
    error: str = Field(default="", max_length=300)
    attempts: int = 0
    lease_until: datetime | None = None
    worker: str = Field(default="", max_length=120)
    backend: str = Field(default="", max_length=20)
    model: str = Field(default="", max_length=20)
    created_at: datetime = Field(default_factory=utcnow)
    started_at: datetime | None = None
    finished_at: datetime | None = None


class Transcript(SQLModel, table=True):
    __tablename__ = "transcript"
    __table_args__ = (UniqueConstraint("recording_id"),)

    id: int | None = Field(default=None, primary_key=True)
    recording_id: int = Field(foreign_key="recording.id")
    visit_id: int = Field(foreign_key="visit.id", index=True)
    segments: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    duration: float = 0.0
    backend: str = Field(max_length=20)
    model: str = Field(max_length=20)
    created_at: datetime = Field(default_factory=utcnow)


class VoiceProfile(SQLModel, table=True):
    """A clinician's enrolled voice (an embedding, not audio), so transcripts name them for sure."""

    __tablename__ = "voice_profile"

    id: int | None = Field(default=None, primary_key=True)
    provider_id: int = Field(foreign_key="provider.id", unique=True)
    embedding: list = Field(sa_column=Column(JSON, nullable=False))
    seconds: float
    created_at: datetime = Field(default_factory=utcnow)


class JobRead(BaseModel):
    """A transcription job as its page and the live socket show it (no lease, no worker name)."""

    id: int
    recording_id: int
    visit_id: int
    status: str
    progress: float
    error: str
    attempts: int
    backend: str
    model: str
    created_at: datetime
    finished_at: datetime | None

    @classmethod
    def of(cls, job: TranscriptionJob) -> "JobRead":
        return cls(
            id=job.id or 0,
            recording_id=job.recording_id,
            visit_id=job.visit_id,
            status=job.status,
            progress=round(job.progress, 3),
            error=job.error,
            attempts=job.attempts,
            backend=job.backend,
            model=job.model,
            created_at=as_utc(job.created_at),
            finished_at=as_utc(job.finished_at) if job.finished_at else None,
        )


class JobProgress(BaseModel):
    """A transcription job as a page shows it while it runs: the share done, the audio left, the piece
    being heard of how many the transcriber has to hear (None until it has counted them), and the time
    to the end at the pace the job has kept so far."""

    model_config = ConfigDict(frozen=True)

    share: float
    seconds_total: float | None
    seconds_left: float | None
    part: int | None
    parts: int | None
    eta_seconds: float | None


class JobProgressRead(JobRead, JobProgress):
    """A job and how far it is (core.recordings.service.job_progress); each figure null until known."""


class UploadAccepted(BaseModel):
    """A recording kept and its transcription queued."""

    recording_id: int
    job: JobRead


class TranscriptRead(BaseModel):
    """A transcript (segments with speaker roles) and what produced it."""

    recording_id: int
    segments: list[dict[str, Any]]
    text: str
    duration: float
    backend: str
    model: str
    created_at: datetime


class TranscriptsRead(TranscriptRead):
    """A visit's latest transcript, and every earlier one."""

    earlier: list[TranscriptRead]


class VoiceEnrolled(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    provider_id: int
    seconds: float
