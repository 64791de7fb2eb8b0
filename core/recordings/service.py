"""Recordings, their chunks on disk, transcription jobs and transcripts: the rules and the state.

A chunk is on disk and flushed before its sequence number is acknowledged; a resumed stream first cuts
the file back to what was acknowledged, so a half-written chunk from a dropped connection never
reaches the transcript. Jobs are claimed with one conditional UPDATE and hold a lease that their worker
renews; a job whose lease ran out (its worker died) is claimed again by the next worker.
"""

import os
import socket
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import case, or_, update
from sqlmodel import Session, col, select

from core.access import audit_on, require_on
from core.actor import Actor
from core.errors import Conflict, Forbidden, Invalid, NotFound, existing
from core.locks import locked
from core.notes.models import Note
from core.permissions import Action
from core.recordings.models import (
    JobProgress,
    Recording,
    Transcript,
    TranscriptionJob,
    TranscriptPiece,
    VoiceProfile,
)
from core.timeutil import as_utc, utcnow
from core.visits.models import Visit
from core.visits.rules import consent_refusal, documented
from core.visits.service import made_ahead, take_consent, visit_ahead

KINDS = ("live", "upload", "dictation")
LIVE_FORMATS = ("webm", "pcm16")


def audio_path(data_dir: Path, recording: Recording) -> Path:
    return data_dir / "recordings" / f"{recording.id}.{recording.audio_format}"


def _own_visit(session: Session, actor: Actor, visit_id: int) -> Visit:
    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    require_on(session, actor, Action.note_write, visit, "visit")
    if visit.provider_id not in actor.provider_ids:
        raise Forbidden("a clinician records only their own visits")
    return visit


def is_documented(session: Session, visit_id: int) -> bool:
    """Whether the visit is documented (core.visits.rules.documented): recorded, or its note signed."""
    recorded = session.exec(select(Recording.id).where(Recording.visit_id == visit_id)).first() is not None
    status = session.exec(select(Note.status).where(Note.visit_id == visit_id)).first()
    return documented(recorded, status)


def note_moved_with_visit(session: Session, visit_id: int, provider_id: int) -> None:
    """The draft note of a visit opened ahead follows its visit to another provider when its appointment
    moves (core.scheduling.booking.reschedule_unsaved, #20): who signs it is its visit's clinician."""
    for note in session.exec(select(Note).where(Note.visit_id == visit_id)).all():
        note.provider_id = provider_id
        session.add(note)


def consent_wait(session: Session, visit: Visit) -> str | None:
    """Why the patient's consent to recording may not be taken for the visit now, or None: before its day
    the patient is not there (core.visits.service.visit_ahead); a note written on or after the day came
    first (rules.consent_refusal; a draft prepared ahead does not count)."""
    if ahead := visit_ahead(session, visit):
        return ahead
    note = session.exec(select(Note).where(Note.visit_id == visit.id)).first()
    if note is None:
        return None
    # prepared ahead: the visit opened, and its note begun, before the visit's day
    prepared = made_ahead(session, visit, visit.created_at) and made_ahead(session, visit, note.created_at)
    return consent_refusal(note.status, prepared)


def may_record(session: Session, *, actor: Actor, visit_id: int, kind: str) -> Visit:
    """The visit, if this clinician may record it this way: their own visit, and the patient's consent
    to recording the room (dictation needs none). Writes nothing; an upload asks it before reading a
    byte of its file."""
    visit = _own_visit(session, actor, visit_id)
    if ahead := visit_ahead(session, visit):  # nothing is recorded before the visit's day (#20)
        raise Conflict(f"{ahead[:1].upper()}{ahead[1:]}")
    if kind != "dictation" and not visit.recording_consent:
        raise Conflict("the patient has not consented to recording this visit; dictate instead")
    return visit


def give_recording_consent(session: Session, *, actor: Actor, visit_id: int) -> Visit:
    """The patient's consent to recording, given after the visit was opened without it (#20: an unticked
    box opened a visit with recording off for good): what `may_record` reads. Only the visit's own
    clinician records it, and only while its note is not yet written; it is audited as a change to the
    visit. Given twice, the first stands (its time kept)."""
    visit = locked(session, Visit, visit_id)
    if visit is None:
        raise NotFound(f"visit {visit_id} not found")
    require_on(session, actor, Action.note_write, visit, "visit")
    if visit.provider_id not in actor.provider_ids:
        raise Forbidden("only the visit's own clinician records the patient's consent to recording")
    if visit.recording_consent:
        session.commit()  # the lock released; nothing changed
        return visit
    # not before the visit's day; not once its note is written (a draft prepared ahead is not: #20)
    if refused := consent_wait(session, visit):
        raise Conflict(f"{refused[:1].upper()}{refused[1:]}")
    take_consent(session, actor, visit, "recording consent given after opening")
    session.commit()
    return visit


def start(
    session: Session, *, actor: Actor, visit_id: int, kind: str, audio_format: str, sample_rate: int = 16_000
) -> Recording:
    """A new recording of a visit. Recording the room needs the patient's consent; dictation does not."""
    if kind not in KINDS:
        raise Invalid(f"kind is one of {', '.join(KINDS)}")
    if kind == "live" and audio_format not in LIVE_FORMATS:
        raise Invalid(f"a live recording is {' or '.join(LIVE_FORMATS)}")
    if not 8_000 <= sample_rate <= 96_000:
        raise Invalid("sample_rate is between 8000 and 96000")
    visit = may_record(session, actor=actor, visit_id=visit_id, kind=kind)
    recording = Recording(
        visit_id=visit_id,
        clinic_id=visit.clinic_id,
        patient_id=visit.patient_id,
        user_id=actor.user_id,
        kind=kind,
        audio_format=audio_format,
        sample_rate=sample_rate,
    )
    session.add(recording)
    session.flush()
    audit_on(session, actor, Action.note_write, recording, "recording", f"{kind} recording started")
    session.commit()
    return recording


STREAMED_KINDS = ("live", "dictation")


def start_stream(
    session: Session, *, actor: Actor, visit_id: int, kind: str, audio_format: str, sample_rate: int = 16_000
) -> Recording:
    """A recording that arrives as it is made, over the audio WebSocket: the room during the visit
    (`live`, with the patient's consent) or the clinician's own dictation after it (no consent: the
    patient is not recorded). Either comes as WebM or raw 16-bit audio, which the live decoder reads."""
    if kind not in STREAMED_KINDS:
        raise Invalid(f"a streamed recording is {' or '.join(STREAMED_KINDS)}")
    if audio_format not in LIVE_FORMATS:
        raise Invalid(f"a streamed recording is {' or '.join(LIVE_FORMATS)}")
    return start(
        session, actor=actor, visit_id=visit_id, kind=kind, audio_format=audio_format, sample_rate=sample_rate
    )


def own_recording(session: Session, *, actor: Actor, recording_id: int, visit_id: int) -> Recording:
    recording = session.get(Recording, recording_id)
    if recording is None or recording.visit_id != visit_id:
        raise NotFound(f"recording {recording_id} not found for visit {visit_id}")
    _own_visit(session, actor, visit_id)
    if recording.user_id != actor.user_id:
        raise Forbidden("only the clinician who started a recording may continue it")
    return recording


def resume_point(path: Path, recording: Recording) -> int:
    """Cut the file back to the acknowledged bytes; returns the next sequence number expected."""
    if path.exists() and path.stat().st_size > recording.bytes_acked:
        with path.open("r+b") as stream:
            stream.truncate(recording.bytes_acked)
    return recording.last_seq + 1


def append_chunk(
    session: Session, recording: Recording, path: Path, seq: int, data: bytes, limit: int
) -> bool:
    """Write one chunk and make it durable; False when it was already written (a resent chunk)."""
    if recording.status != "open":
        raise Conflict(f"recording {recording.id} is {recording.status}")
    if seq <= recording.last_seq:
        return False
    if seq != recording.last_seq + 1:
        raise Invalid(f"chunk {seq} arrived before chunk {recording.last_seq + 1}")
    if recording.bytes_acked + len(data) > limit:
        raise Invalid(f"the recording is larger than the {limit // 1_000_000} MB limit")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab") as stream:
        stream.truncate(recording.bytes_acked)
        stream.seek(recording.bytes_acked)
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    recording.last_seq = seq
    recording.bytes_acked += len(data)
    session.add(recording)
    session.commit()
    return True


def close(
    session: Session, *, actor: Actor, recording: Recording, backend: str, model: str
) -> TranscriptionJob:
    """End a recording and queue its transcription (the same job again if it was already ended)."""
    if recording.status == "closed":
        job = session.exec(
            select(TranscriptionJob)
            .where(TranscriptionJob.recording_id == recording.id)
            .order_by(col(TranscriptionJob.id).desc())
        ).first()
        if job is not None:
            return job
    if recording.bytes_acked == 0:
        raise Invalid("the recording is empty: no audio was received")
    recording.status = "closed"
    recording.closed_at = utcnow()
    job = TranscriptionJob(
        recording_id=recording.id or 0,
        visit_id=recording.visit_id,
        clinic_id=recording.clinic_id,
        backend=backend,
        model=model,
    )
    session.add_all([recording, job])
    session.flush()
    audit_on(
        session, actor, Action.note_write, recording, "recording", "recording ended; transcription queued"
    )
    session.commit()
    return job


def discard(session: Session, recording: Recording, path: Path) -> None:
    """Remove an upload that failed its checks, so nothing half-made is left behind."""
    path.unlink(missing_ok=True)
    session.delete(recording)
    session.commit()


# --- jobs -------------------------------------------------------------------------------------


def claim(session: Session, job_id: int, *, worker: str, lease_seconds: int) -> TranscriptionJob | None:
    """Take a queued job, or one whose worker stopped renewing its lease; None if another has it."""
    now = utcnow()
    result = session.execute(
        update(TranscriptionJob)
        .where(
            col(TranscriptionJob.id) == job_id,
            or_(
                col(TranscriptionJob.status) == "queued",
                (col(TranscriptionJob.status) == "running") & (col(TranscriptionJob.lease_until) < now),
            ),
        )
        .values(
            status="running",
            worker=worker[:120],
            lease_until=now + timedelta(seconds=lease_seconds),
            attempts=TranscriptionJob.attempts + 1,
            started_at=now,
        )
    )
    session.commit()
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return None
    job = session.get(TranscriptionJob, job_id, populate_existing=True)
    session.commit()  # end the read: the job runs for minutes and must not hold SQLite's write lock
    return job


def renew(
    session: Session,
    job: TranscriptionJob,
    *,
    progress: float,
    lease_seconds: int,
    piece: tuple[int, int] | None = None,
) -> None:
    """The job's lease renewed with how far it is; `piece` the piece being heard and how many there are."""
    job.progress = max(0.0, min(progress, 1.0))
    if piece is not None:
        job.piece, job.pieces = piece
    job.lease_until = utcnow() + timedelta(seconds=lease_seconds)
    session.add(job)
    session.commit()


def finish(session: Session, job: TranscriptionJob) -> None:
    job.status, job.progress, job.finished_at, job.lease_until = "done", 1.0, utcnow(), None
    session.add(job)
    session.commit()


def fail(session: Session, job: TranscriptionJob, reason: str) -> None:
    job.status, job.error, job.finished_at, job.lease_until = "failed", reason[:300], utcnow(), None
    session.add(job)
    session.commit()


def worker_is_dead(worker: str, host: str, alive: Callable[[int], bool]) -> bool:
    """A worker named host:pid:thread (scribe.jobs) on this host whose process is gone. Workers of
    other hosts, or named otherwise, are not judged here: their lease tells."""
    parts = worker.split(":")
    if len(parts) < 2 or parts[0] != host or not parts[1].isdigit():
        return False
    return not alive(int(parts[1]))


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def release_dead(
    session: Session, *, host: str | None = None, alive: Callable[[int], bool] = process_alive
) -> list[int]:
    """End the lease of running jobs whose worker process on this host is gone (a crash, kill -9),
    so they are taken up at once instead of when the lease runs out. A host name is taken to name
    one machine's processes: containers that share one must not share a database's jobs."""
    host = host or socket.gethostname()
    running = session.exec(
        select(TranscriptionJob.id, TranscriptionJob.worker).where(col(TranscriptionJob.status) == "running")
    ).all()
    dead = [(job_id, worker) for job_id, worker in running if worker_is_dead(worker or "", host, alive)]
    now = utcnow()
    released = []
    for job_id, worker in dead:
        result = session.execute(
            update(TranscriptionJob)
            .where(
                col(TranscriptionJob.id) == job_id,
                col(TranscriptionJob.status) == "running",
                col(TranscriptionJob.worker) == worker,
            )
            .values(lease_until=now - timedelta(seconds=1))
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            released.append(int(job_id or 0))
    session.commit()
    return released


def unfinished(session: Session) -> list[int]:
    """Jobs a worker should take now: queued ones, and running ones whose lease ran out or whose
    worker on this host has died."""
    release_dead(session)
    now = utcnow()
    rows = session.exec(
        select(TranscriptionJob.id).where(
            or_(
                col(TranscriptionJob.status) == "queued",
                (col(TranscriptionJob.status) == "running") & (col(TranscriptionJob.lease_until) < now),
            )
        )
    ).all()
    return [int(r) for r in rows if r is not None]


@dataclass(frozen=True)
class Remaining:
    """How far a recording's transcription is, in seconds of its audio where its length is known."""

    share: float  # of the whole recording, 0 to 1
    seconds_total: float | None
    seconds_left: float | None


def remaining(*, status: str, progress: float, transcribed_until: float, total: float | None) -> Remaining:
    """What is left of a closed recording's transcription. A job's progress is the share of the whole
    recording heard so far (the pipeline reports it as it goes), and what was heard while the recording
    went on (`transcribed_until`, in seconds) is done before the job starts: the larger of the two is
    done. Without the recording's length (`total`) only the share is known."""
    if status == "done":
        return Remaining(1.0, total, 0.0 if total else None)
    if not total or total <= 0:
        return Remaining(max(0.0, min(progress, 1.0)), None, None)
    done = min(max(progress * total, transcribed_until, 0.0), total)
    return Remaining(round(done / total, 3), round(total, 1), round(total - done, 1))


def recorded_seconds(recording: Recording, decoded: float | None) -> float | None:
    """A recording's length: raw 16-bit audio's from its bytes; a compressed one's is what its decoder
    has decoded (None where no decoder has it)."""
    if recording.audio_format == "pcm16":
        return recording.bytes_acked / 2 / recording.sample_rate
    return decoded


def job_progress(
    job: TranscriptionJob, recording: Recording, total: float | None, now: datetime
) -> JobProgress:
    """Where `job` is, `total` the recording's length in seconds where known. The time left is an
    estimate from the job's own pace (seconds since it started over the share done), given only once a
    little of it is done: a first guess from nothing would be noise."""
    total = round(total, 1) if total else total  # the same length whether the job runs or is done
    left = remaining(
        status=job.status, progress=job.progress, transcribed_until=recording.transcribed_until, total=total
    )
    # The pieces are the worker's own count of what it hears (scribe.pipeline), none before it starts.
    part = parts = None
    if job.pieces and job.status in ("running", "done"):
        parts = job.pieces
        part = parts if job.status == "done" else min(max(job.piece, 1), parts)
    eta = None
    if job.status == "running" and job.started_at is not None and 0.02 <= left.share < 1:
        spent = max((as_utc(now) - as_utc(job.started_at)).total_seconds(), 0.0)
        eta = round(spent * (1 - left.share) / left.share, 1)
    return JobProgress(**asdict(left), part=part, parts=parts, eta_seconds=eta)


def job_with_recording(session: Session, *, actor: Actor, job_id: int) -> tuple[TranscriptionJob, Recording]:
    """A job of the actor's own visits (as job_for) with its recording."""
    job = job_for(session, actor=actor, job_id=job_id)
    recording = session.get(Recording, job.recording_id)
    if recording is None:
        raise NotFound(f"transcription job {job_id} not found")
    return job, recording


def job_for(session: Session, *, actor: Actor, job_id: int) -> TranscriptionJob:
    job = existing(session.get(TranscriptionJob, job_id), "transcription job", job_id)
    visit = session.get(Visit, job.visit_id)
    if visit is None:
        raise NotFound(f"transcription job {job_id} not found")
    require_on(session, actor, Action.note_read, visit, "visit")
    return job


# --- pieces and transcripts -------------------------------------------------------------------


def pieces(session: Session, recording_id: int) -> list[TranscriptPiece]:
    return list(
        session.exec(
            select(TranscriptPiece)
            .where(TranscriptPiece.recording_id == recording_id)
            .order_by(col(TranscriptPiece.start))
        ).all()
    )


def add_pieces(
    session: Session, recording_id: int, *, since: float, until: float, new: Sequence[TranscriptPiece]
) -> bool:
    """Keep pieces transcribed from `since` to `until` unless another worker got there first."""
    result = session.execute(
        update(Recording)
        .where(col(Recording.id) == recording_id, col(Recording.transcribed_until) == since)
        .values(transcribed_until=until)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        return False
    session.add_all(new)
    session.commit()
    return True


def save_transcript(
    session: Session, recording: Recording, *, segments: list[dict], duration: float, backend: str, model: str
) -> Transcript:
    existing = session.exec(select(Transcript).where(Transcript.recording_id == recording.id)).first()
    transcript = existing or Transcript(
        recording_id=recording.id or 0, visit_id=recording.visit_id, backend=backend, model=model
    )
    transcript.segments, transcript.duration = segments, duration
    transcript.backend, transcript.model = backend, model
    session.add(transcript)
    session.commit()
    return transcript


def visit_transcripts(session: Session, *, actor: Actor, visit_id: int) -> list[Transcript]:
    """A visit's transcripts, oldest first; reading them is audited like reading the note."""
    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    require_on(session, actor, Action.note_read, visit, "visit")
    found = _transcripts_of(session, visit_id)
    _audit_read(session, actor, visit, found)
    return found


def _transcripts_of(session: Session, visit_id: int) -> list[Transcript]:
    return list(
        session.exec(
            select(Transcript).where(Transcript.visit_id == visit_id).order_by(col(Transcript.id))
        ).all()
    )


def _audit_read(session: Session, actor: Actor, visit: Visit, found: list[Transcript]) -> None:
    audit_on(session, actor, Action.note_read, visit, "visit", f"transcripts read ({len(found)})")
    session.commit()


def visit_transcription(
    session: Session, *, actor: Actor, visit_id: int, job_id: int | None = None
) -> tuple[TranscriptionJob | None, Transcript | None]:
    """What a visit's pages show of its transcription whenever they are opened again: the job asked for
    (`job_id`, where it is this visit's) or else the visit's latest, and, once that job is done, its
    transcript (else the visit's latest transcript). Reading the transcript is audited as
    `visit_transcripts` audits it; a visit with no recording gives (None, None). The job is one query
    (the one asked for ranked first) and the transcripts another, read once."""
    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    require_on(session, actor, Action.note_read, visit, "visit")
    newest = col(TranscriptionJob.id).desc()
    asked_first = case((col(TranscriptionJob.id) == job_id, 0), else_=1)
    order = (newest,) if job_id is None else (asked_first, newest)
    job = session.exec(
        select(TranscriptionJob).where(TranscriptionJob.visit_id == visit_id).order_by(*order)
    ).first()
    if job is not None and job.status != "done":
        return job, None
    found = _transcripts_of(session, visit_id)
    if job is None and not found:
        return None, None  # nothing recorded: nothing read, nothing audited
    _audit_read(session, actor, visit, found)
    if not found:
        return job, None
    mine = next((t for t in found if job is not None and t.recording_id == job.recording_id), found[-1])
    return job, mine


def interrupted(session: Session) -> bool:
    """Whether any job is queued or running: a server starting after a crash takes them up."""
    found = session.exec(
        select(TranscriptionJob.id).where(col(TranscriptionJob.status).in_(("queued", "running"))).limit(1)
    ).first()
    return found is not None


def lease_expired(job: TranscriptionJob) -> bool:
    return job.lease_until is None or as_utc(job.lease_until) < utcnow()


# --- enrolled voices --------------------------------------------------------------------------


def _own_provider(actor: Actor) -> int:
    if len(actor.provider_ids) != 1:
        raise Forbidden("only a clinician enrols their own voice")
    return next(iter(actor.provider_ids))


def enrol_voice(session: Session, *, actor: Actor, embedding: list[float], seconds: float) -> VoiceProfile:
    """Keep (or replace) the clinician's own voice embedding; the sample's audio is not kept."""
    provider_id = _own_provider(actor)
    profile = session.exec(select(VoiceProfile).where(VoiceProfile.provider_id == provider_id)).first()
    profile = profile or VoiceProfile(provider_id=provider_id, embedding=[], seconds=0.0)
    profile.embedding, profile.seconds, profile.created_at = embedding, seconds, utcnow()
    session.add(profile)
    session.commit()
    return profile


def forget_voice(session: Session, *, actor: Actor) -> bool:
    profile = session.exec(
        select(VoiceProfile).where(VoiceProfile.provider_id == _own_provider(actor))
    ).first()
    if profile is None:
        return False
    session.delete(profile)
    session.commit()
    return True


def enrolled_voice(session: Session, visit_id: int) -> list[float] | None:
    """The enrolled voice of the clinician who treated at this visit, if they enrolled one."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        return None
    profile = session.exec(select(VoiceProfile).where(VoiceProfile.provider_id == visit.provider_id)).first()
    return None if profile is None else list(profile.embedding)
