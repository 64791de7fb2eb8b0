"""An uploaded recording or dictation taken in: the one workflow the API and the pages call.

Who may record is asked first, before a byte of the file is read; the request's transaction is then
ended, so reading and decoding the file (seconds for a long one) holds no database turn; a file that
does not decode, is cut off, empty, silent, too large or too long is refused and leaves nothing
behind; a good one is kept and its transcription queued."""

import shutil
import uuid
from pathlib import Path
from typing import BinaryIO

from sqlmodel import Session

from core.actor import Actor
from core.config import Settings
from core.errors import Invalid
from core.recordings import service
from core.recordings.models import Recording, TranscriptionJob
from scribe.audio import AudioError, check_usable
from scribe.models import ModelUnavailable, source
from scribe.pipeline import load_file

KINDS = ("upload", "dictation")
FILE_TYPES = ("wav", "mp3", "m4a", "webm", "ogg", "opus", "flac", "mp4", "aac")


def model_choice(settings: Settings) -> tuple[str, str]:
    """The backend and model a new job will use; refused now if the model is not installed."""
    try:
        source(settings.stt_model)
    except ModelUnavailable as exc:
        raise Invalid(str(exc)) from exc
    return settings.stt_backend, settings.stt_model


def save_capped(file: BinaryIO, target: Path, megabytes: int) -> None:
    """The file copied to disk a megabyte at a time, never whole in memory; Invalid once it passes the
    limit (the caller removes what was written)."""
    limit = megabytes * 1_000_000
    written = 0
    with target.open("wb") as out:
        while block := file.read(1 << 20):
            written += len(block)
            if written > limit:
                raise Invalid(f"the file is larger than the {megabytes} MB limit")
            out.write(block)


def accept_upload(
    session: Session,
    *,
    actor: Actor,
    settings: Settings,
    visit_id: int,
    file: BinaryIO,
    filename: str,
    kind: str = "upload",
) -> tuple[Recording, TranscriptionJob]:
    """The recording kept and its transcription job (queued by the caller's dispatcher)."""
    if kind not in KINDS:
        raise Invalid("kind is upload or dictation")
    suffix = Path(filename or "").suffix.lower().lstrip(".")
    if suffix not in FILE_TYPES:
        raise Invalid(f"send a {', '.join(FILE_TYPES)} file")
    backend, model = model_choice(settings)
    service.may_record(session, actor=actor, visit_id=visit_id, kind=kind)
    session.commit()  # no transaction stays open while the file is read and decoded
    incoming = settings.data_dir / "recordings" / f"incoming-{uuid.uuid4().hex}.{suffix}"
    incoming.parent.mkdir(parents=True, exist_ok=True)
    try:
        save_capped(file, incoming, settings.audio_max_megabytes)
        try:
            check_usable(load_file(incoming, settings))
        except AudioError as exc:
            raise Invalid(str(exc)) from exc
        recording = service.start(session, actor=actor, visit_id=visit_id, kind=kind, audio_format=suffix)
        target = service.audio_path(settings.data_dir, recording)
        shutil.move(incoming, target)
        recording.bytes_acked = target.stat().st_size
        recording.last_seq = 0
        session.add(recording)
        session.commit()
        job = service.close(session, actor=actor, recording=recording, backend=backend, model=model)
    finally:
        incoming.unlink(missing_ok=True)
    return recording, job
