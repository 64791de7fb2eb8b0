"""Recording a visit: file uploads and dictation, the live audio WebSocket, jobs and transcripts."""

import asyncio
import json
import struct
import tempfile
import time
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request, WebSocket, WebSocketDisconnect
from fastapi.concurrency import run_in_threadpool
from sqlmodel import Session
from starlette.datastructures import UploadFile as StarletteUpload

from core.actor import Actor
from core.config import Settings
from core.errors import Invalid, NotFound, TherascribeError
from core.recordings import service
from core.recordings.models import (
    JobProgressRead,
    JobRead,
    Recording,
    TranscriptionJob,
    TranscriptRead,
    TranscriptsRead,
    UploadAccepted,
    VoiceEnrolled,
)
from core.timeutil import utcnow
from web.alert_links import us_dates
from web.deps import CurrentActor, SessionDep, SettingsDep

# The scribe is imported where it is called, never as the app loads (tests/test_app_import.py).
if TYPE_CHECKING:
    from scribe.jobs import Dispatcher
    from scribe.live import LiveTranscriber

router = APIRouter(tags=["recordings"])
_SEQ = struct.Struct(">I")


def jobs(app: Any) -> "Dispatcher":
    """The app's job dispatcher (in-process worker or Celery), made on first use."""
    from scribe.jobs import dispatcher

    if getattr(app.state, "transcription", None) is None:
        app.state.transcription = dispatcher(app.state.engine, app.state.settings)
    return app.state.transcription


def live(app: Any) -> "LiveTranscriber":
    from scribe.live import LiveTranscriber

    if getattr(app.state, "live", None) is None:
        app.state.live = LiveTranscriber(app.state.engine, app.state.settings)
    return app.state.live


def _job_view(job: TranscriptionJob) -> dict[str, Any]:
    return JobRead.of(job).model_dump(mode="json")


def _file_form(**fields: dict) -> dict:
    """The OpenAPI description of a multipart form with a file (these routes read the form
    themselves, after the log-in is checked, so FastAPI cannot describe it from parameters)."""
    properties = {"file": {"type": "string", "format": "binary"}, **fields}
    schema = {"type": "object", "required": ["file"], "properties": properties}
    return {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": schema}}}}


_UPLOAD_FORM = _file_form(kind={"type": "string", "enum": ["upload", "dictation"], "default": "upload"})


@router.post("/api/v1/visits/{visit_id}/recordings", status_code=202, openapi_extra=_UPLOAD_FORM)
async def upload_recording(
    visit_id: int, request: Request, session: SessionDep, actor: CurrentActor, settings: SettingsDep
) -> UploadAccepted:
    """Upload a recording or a dictation (wav, mp3, m4a, webm/opus, ogg, flac) as the form's `file`, with
    `kind` upload or dictation; transcription is queued.

    Who may record the visit is asked before a byte of the file is read (the form is read here, not
    before the route); the file is then checked (decodes, not cut off, not empty, not silent, within the
    size and length limits) before anything is kept: a refused file leaves nothing behind."""
    await run_in_threadpool(may_record_before_reading, session, actor, visit_id)
    recording, job = await accept_form_upload(
        request, session, actor, settings, visit_id, "send the recording as the form's file field"
    )
    # Off the event loop: a first submit connects to the broker (or starts the in-process worker).
    await run_in_threadpool(lambda: jobs(request.app).submit(job.id or 0))
    return UploadAccepted(recording_id=recording.id or 0, job=JobRead.of(job))


def may_record_before_reading(session: Session, actor: Actor, visit_id: int) -> None:
    """Their own visit, or nothing is read; the consent a recording of the room needs is asked once the
    form says which kind this is. The log-in's read transaction ends here: no database turn is held
    while the body arrives."""
    service.may_record(session, actor=actor, visit_id=visit_id, kind="dictation")
    session.commit()


async def accept_form_upload(
    request: Request,
    session: Session,
    actor: Actor,
    settings: Settings,
    visit_id: int,
    missing: str,
    named: bool = False,
) -> tuple[Recording, TranscriptionJob]:
    """The form's `file` (a recording or, as `kind` says, a dictation) checked and kept, its
    transcription queued (scribe.intake.accept_upload); Invalid(`missing`) where the form has no file
    (or, `named`, one without a name)."""
    async with request.form(max_files=1, max_fields=4) as form:
        upload, kind = form.get("file"), form.get("kind") or "upload"
        if (
            not isinstance(upload, StarletteUpload)
            or (named and not upload.filename)
            or not isinstance(kind, str)
        ):
            raise Invalid(missing)
        from scribe.intake import accept_upload

        return await run_in_threadpool(
            accept_upload,
            session,
            actor=actor,
            settings=settings,
            visit_id=visit_id,
            file=upload.file,
            filename=upload.filename or "",
            kind=kind,
        )


@router.get("/api/v1/transcription-jobs/{job_id}")
def get_job(job_id: int, session: SessionDep, actor: CurrentActor, settings: SettingsDep) -> JobProgressRead:
    """The job and how far it is (core.recordings.service.job_progress): the share done, the seconds of
    audio in all and left, the 30-second part being heard of how many, and an estimate of the seconds
    to the end; each null where it is not known yet. An upload's page polls it."""
    job, recording = service.job_with_recording(session, actor=actor, job_id=job_id)
    total = service.recorded_seconds(recording, _decoded_seconds(settings, recording))
    progress = service.job_progress(job, recording, total, utcnow()).model_dump()
    return JobProgressRead(**JobRead.of(job).model_dump(), **progress)


def _decoded_seconds(settings: Settings, recording: Recording) -> float | None:
    """A recording's length: what this process's live decoder has of it, else its file's header."""
    from scribe import live_audio

    decoder = live_audio.decoders.get(recording.id or 0)
    if decoder is not None:
        return decoder.seconds() or None
    path = service.audio_path(settings.data_dir, recording)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return _header_seconds(str(path), size)


@lru_cache(maxsize=256)
def _header_seconds(path: str, size: int) -> float | None:
    # Keyed on the size too: a live file still growing is read again, a closed one once.
    from scribe.audio import declared_seconds

    return declared_seconds(Path(path))


@router.get("/api/v1/visits/{visit_id}/transcript")
def get_transcript(visit_id: int, session: SessionDep, actor: CurrentActor) -> TranscriptsRead:
    """The visit's latest transcript (segments with speaker roles), and every earlier one."""
    from scribe.pipeline import transcript

    found = service.visit_transcripts(session, actor=actor, visit_id=visit_id)
    if not found:
        raise NotFound(f"visit {visit_id} has no transcript yet")
    views = [
        TranscriptRead(
            recording_id=t.recording_id,
            **transcript(t.segments, duration=t.duration, backend=t.backend, model=t.model),
            created_at=t.created_at,
        )
        for t in found
    ]
    return TranscriptsRead(**views[-1].model_dump(), earlier=views[:-1])


_SAMPLE_FORM = _file_form()


@router.post("/api/v1/me/voice-profile", status_code=201, openapi_extra=_SAMPLE_FORM)
async def enrol_voice(
    request: Request, session: SessionDep, actor: CurrentActor, settings: SettingsDep
) -> VoiceEnrolled:
    """Enrol your own voice from a short recording of you reading aloud (at least 5 s of speech), sent as
    the form's `file`, so your transcripts name you as the therapist from your voice. Only the voice
    embedding is kept. The form is read only once the log-in is known good."""
    await run_in_threadpool(session.commit)  # the log-in's read ends: no turn is held while it arrives
    async with request.form(max_files=1, max_fields=2) as form:
        upload = form.get("file")
        if not isinstance(upload, StarletteUpload):
            raise Invalid("send the recording as the form's file field")
        return await run_in_threadpool(_enrol, session, actor, settings, upload)


def _enrol(session: Session, actor: Actor, settings: Settings, upload: StarletteUpload) -> VoiceEnrolled:
    from scribe.audio import AudioError
    from scribe.intake import FILE_TYPES, save_capped
    from scribe.pipeline import load_file, voiceprint

    suffix = Path(upload.filename or "").suffix.lower().lstrip(".")
    if suffix not in FILE_TYPES:
        raise Invalid(f"send a {', '.join(FILE_TYPES)} file")
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / f"sample.{suffix}"
        save_capped(upload.file, sample, settings.audio_max_megabytes)
        try:
            embedding, seconds = voiceprint(load_file(sample, settings))
        except AudioError as exc:
            raise Invalid(str(exc)) from exc
    profile = service.enrol_voice(session, actor=actor, embedding=embedding, seconds=seconds)
    return VoiceEnrolled.model_validate(profile)


@router.delete("/api/v1/me/voice-profile", status_code=204)
def forget_voice(session: SessionDep, actor: CurrentActor) -> None:
    if not service.forget_voice(session, actor=actor):
        raise NotFound("no voice is enrolled")


# --- the live audio WebSocket -------------------------------------------------------------------


RECHECK_SECONDS = 60.0


class _Stream:
    """One connection's recording: writes are done off the event loop, one at a time."""

    def __init__(self, websocket: WebSocket) -> None:
        self.ws = websocket
        self.engine = websocket.app.state.engine
        self.settings: Settings = websocket.app.state.settings
        self.loop = asyncio.get_running_loop()
        self.recording_id: int | None = None
        self.visit_id = int(websocket.path_params["visit_id"])
        self.transcriber = live(websocket.app)
        self.token: str | None = None  # from an {"type": "auth"} message, when no cookie or header
        self.seconds: float | None = None  # the recording's length, as its live decoder last knew it
        self.checked_at = time.monotonic()

    def _actor(self, session: Session) -> Actor:
        from web.deps import actor_of

        actor = actor_of(self.ws, session, self.settings, self.token)
        self.checked_at = time.monotonic()
        return actor

    def _still_logged_in(self, session: Session) -> None:
        """While audio flows the log-in is checked again now and then: a log-out (or a deactivated
        account) stops the recording, and a long recording counts as use, so the idle time-out does
        not end the session of a therapist who is recording. What was acknowledged stays on disk."""
        if time.monotonic() - self.checked_at >= RECHECK_SECONDS:
            self._actor(session)
            session.commit()

    def authenticate(self, message: dict) -> dict:
        self.token = str(message.get("token") or "")[:4096] or None
        with Session(self.engine, expire_on_commit=False) as session:
            self._actor(session)
        return {"type": "authenticated"}

    def open(self, message: dict) -> dict:
        with Session(self.engine, expire_on_commit=False) as session:
            actor = self._actor(session)
            if message.get("type") == "resume":
                recording = service.own_recording(
                    session,
                    actor=actor,
                    recording_id=int(message.get("recording_id", 0)),
                    visit_id=self.visit_id,
                )
                if recording.status != "open":
                    raise Invalid(f"recording {recording.id} has ended")
            else:
                recording = service.start_stream(
                    session,
                    actor=actor,
                    visit_id=self.visit_id,
                    kind=str(message.get("kind", "live")),
                    audio_format=str(message.get("format", "webm")),
                    sample_rate=int(message.get("sample_rate", 16_000)),
                )
            path = service.audio_path(self.settings.data_dir, recording)
            self.recording_id = recording.id
            return {
                "type": "ready",
                "recording_id": recording.id,
                "next_seq": service.resume_point(path, recording),
            }

    def write(self, frame: bytes) -> dict:
        if len(frame) <= _SEQ.size:
            raise Invalid("a chunk is a 4-byte sequence number followed by audio")
        (seq,) = _SEQ.unpack_from(frame)
        with Session(self.engine, expire_on_commit=False) as session:
            self._still_logged_in(session)
            recording = session.get(Recording, self.recording_id)
            assert recording is not None
            path = service.audio_path(self.settings.data_dir, recording)
            service.append_chunk(
                session,
                recording,
                path,
                seq,
                frame[_SEQ.size :],
                self.settings.audio_max_megabytes * 1_000_000,
            )
            self.transcriber.received(recording.id or 0, recording.audio_format, path, recording.bytes_acked)
        return {"type": "ack", "seq": seq}

    def end(self) -> TranscriptionJob:
        from scribe.intake import model_choice

        backend, model = model_choice(self.settings)
        with Session(self.engine, expire_on_commit=False) as session:
            actor = self._actor(session)
            recording = service.own_recording(
                session, actor=actor, recording_id=self.recording_id or 0, visit_id=self.visit_id
            )
            job = service.close(session, actor=actor, recording=recording, backend=backend, model=model)
            self.transcriber.ended(recording.id or 0, recording.bytes_acked)
            return job

    def job_state(self, job_id: int) -> tuple[TranscriptionJob, dict | None, service.Remaining]:
        with Session(self.engine, expire_on_commit=False) as session:
            job = session.get(TranscriptionJob, job_id)
            recording = session.get(Recording, self.recording_id)
            assert job is not None and recording is not None
            left = self._left(job, recording)
            if job.status != "done":
                return job, None, left
            actor = self._actor(session)
            found = service.visit_transcripts(session, actor=actor, visit_id=self.visit_id)
            mine = next((t for t in found if t.recording_id == job.recording_id), None)
            if mine is None:
                return job, None, left
            from scribe.pipeline import transcript

            return (
                job,
                transcript(mine.segments, duration=mine.duration, backend=mine.backend, model=mine.model),
                left,
            )

    def _left(self, job: TranscriptionJob, recording: Recording) -> service.Remaining:
        """The job's own progress, in seconds of this recording's audio: its length is what this
        process's decoder has decoded of it (the worker lets the decoder go once it is done)."""
        from scribe import live_audio

        decoder = live_audio.decoders.get(recording.id or 0)
        if decoder is not None:
            self.seconds = max(self.seconds or 0.0, decoder.seconds()) or None
        return service.remaining(
            status=job.status,
            progress=job.progress,
            transcribed_until=recording.transcribed_until,
            total=service.recorded_seconds(recording, self.seconds),
        )

    def push(self, segments: list[dict]) -> None:
        asyncio.run_coroutine_threadsafe(
            self.ws.send_json({"type": "partial", "segments": segments}), self.loop
        )


@router.websocket("/ws/visits/{visit_id}/audio")
async def audio_socket(websocket: WebSocket, visit_id: int) -> None:
    """Live recording. Without the session cookie or a bearer header, first send {"type": "auth",
    "token"} (never the token in the URL: URLs are logged). Send {"type": "start", "format":
    "webm"|"pcm16", "sample_rate", "kind": "live"|"dictation"} (dictation: the clinician's own, after
    the visit, which needs no recording consent) (or
    {"type": "resume", "recording_id"} after a dropped connection); the reply {"type": "ready",
    "recording_id", "next_seq"} says which chunk to send next. Each chunk is a binary frame: a 4-byte
    big-endian sequence number, then the audio bytes; it is on disk before its {"type": "ack", "seq"}
    comes back. Transcribed pieces arrive as {"type": "partial", "segments"}. {"type": "end"} closes the
    recording; the reply is {"type": "queued", "job"}, {"type": "progress", ...} as the rest is
    transcribed (see `_await_transcript`), then {"type": "transcript", "transcript"}."""
    await websocket.accept()
    stream = _Stream(websocket)
    transcriber = live(websocket.app)
    try:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            try:
                if message.get("bytes") is not None:
                    if stream.recording_id is None:
                        raise Invalid("send a start or resume message first")
                    await websocket.send_json(await run_in_threadpool(stream.write, message["bytes"]))
                    transcriber.kick(stream.recording_id, stream.push)
                    continue
                try:
                    incoming = json.loads(message.get("text") or "")
                except ValueError as exc:
                    raise Invalid("messages are JSON objects or binary audio chunks") from exc
                kind = incoming.get("type") if isinstance(incoming, dict) else None
                if kind == "auth":
                    await websocket.send_json(await run_in_threadpool(stream.authenticate, incoming))
                elif kind in ("start", "resume"):
                    await websocket.send_json(await run_in_threadpool(stream.open, incoming))
                elif kind == "end":
                    if stream.recording_id is None:
                        raise Invalid("nothing was recorded")
                    # A piece still in flight would be done twice (and one copy thrown away): let it land.
                    for _ in range(240):
                        if transcriber.idle(stream.recording_id):
                            break
                        await asyncio.sleep(0.05)
                    job = await run_in_threadpool(stream.end)
                    jobs(websocket.app).submit(job.id or 0)
                    await websocket.send_json({"type": "queued", "job": _job_view(job)})
                    try:
                        await _await_transcript(stream, job.id or 0)
                    finally:
                        stream.transcriber.forget(stream.recording_id)
                    await websocket.close()
                    return
                else:
                    raise Invalid("message type is auth, start, resume or end")
            except TherascribeError as error:
                await websocket.send_json(
                    {"type": "error", "detail": us_dates(error.detail), "status": error.status}
                )
                if error.status in (401, 403):
                    await websocket.close(code=4000 + error.status)
                    return
    except WebSocketDisconnect:
        return  # every acknowledged chunk is on disk; the client resumes with its recording_id


async def _await_transcript(stream: _Stream, job_id: int) -> None:
    """The transcript once the job is done; until then {"type": "progress", "job", "share",
    "seconds_total", "seconds_left", "part", "parts"} whenever the job moved (the seconds are null where
    the recording's length is not known here, the parts until the worker has counted its pieces), so the
    page shows how much is left, not a spinner."""
    told: tuple | None = None
    while True:
        job, heard, left = await run_in_threadpool(stream.job_state, job_id)
        if job.status == "done" and heard is not None:
            await stream.ws.send_json({"type": "transcript", "job": _job_view(job), "transcript": heard})
            return
        if job.status == "failed":
            await stream.ws.send_json(
                {"type": "error", "detail": job.error, "status": 422, "job": _job_view(job)}
            )
            return
        # The piece the transcriber is hearing and how many it has to hear: its own count (none yet
        # while the job waits), so the page says "piece 2 of 5", not a share of 30-second stretches.
        pieces = {"part": job.piece or None, "parts": job.pieces or None}
        now = (job.status, left.share, left.seconds_left, job.piece, job.pieces)
        if now != told:
            told = now
            await stream.ws.send_json({"type": "progress", "job": _job_view(job), **asdict(left), **pieces})
        await asyncio.sleep(0.25)
