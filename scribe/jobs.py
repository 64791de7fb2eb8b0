"""Transcription jobs: run one, and the two ways they are run.

By default an in-process worker (one thread, since the models already use every core) runs them in
the server. With THERASCRIBE_BROKER_URL set, jobs go to Celery workers over Redis:
`celery -A scribe.jobs worker`. Either way a sweep re-submits jobs whose worker died (their lease
ran out), and claiming is atomic, so a job submitted twice runs once.
"""

import logging
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from celery.signals import worker_ready
from sqlalchemy import Engine
from sqlmodel import Session

from core.config import Settings, get_settings
from core.db import get_engine
from core.jobs.celery_app import app
from core.jobs.ticker import Ticker
from core.recordings import service
from core.recordings.models import TranscriptionJob
from scribe import live_audio
from scribe.audio import AudioError
from scribe.models import ModelUnavailable
from scribe.pipeline import finalize
from scribe.stt import recognizer, vocabulary_prompt

log = logging.getLogger("therascribe.transcription")


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.current_thread().name}"


def run_job(engine: Engine, settings: Settings, job_id: int) -> str:
    """Claim and run one job to its end; returns its status ("skipped" if another worker has it)."""
    with Session(engine, expire_on_commit=False) as session:
        job = service.claim(session, job_id, worker=worker_name(), lease_seconds=settings.job_lease_seconds)
        if job is None:
            return "skipped"
        log.info("transcription job %s: attempt %s", job_id, job.attempts)
        started = time.monotonic()
        try:
            model = recognizer(settings, backend=job.backend, model=job.model)

            def progress(share: float, job: TranscriptionJob = job) -> None:
                service.renew(session, job, progress=share, lease_seconds=settings.job_lease_seconds)

            def on_piece(number: int, count: int, job: TranscriptionJob = job) -> None:
                lease = settings.job_lease_seconds
                service.renew(session, job, progress=job.progress, lease_seconds=lease, piece=(number, count))

            finalize(
                engine,
                settings,
                job.recording_id,
                model,
                prompt=vocabulary_prompt(),
                progress=progress,
                on_piece=on_piece,
            )
            live_audio.decoders.drop(job.recording_id)
        except (AudioError, ModelUnavailable) as exc:
            service.fail(session, job, str(exc))
            return "failed"
        except Exception:  # the reason goes to the log (no PHI: no audio or text is in it), the job fails
            log.exception("transcription job %s failed", job_id)
            session.rollback()
            service.fail(session, job, "transcription failed unexpectedly; the audio is kept, retry the job")
            return "failed"
        service.finish(session, job)
        log.info("transcription job %s: done in %.1f s", job_id, time.monotonic() - started)
        return "done"


class Dispatcher(Protocol):
    def submit(self, job_id: int) -> None: ...


class InProcessWorker:
    """Jobs on one background thread in this process, with a sweep for jobs left by a dead process."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="transcribe")
        self._pending: set[int] = set()
        self._lock = threading.Lock()
        seconds = max(settings.job_lease_seconds / 2, 1)
        self._sweeper = Ticker(self._sweep, seconds=seconds, name="transcribe-sweep")

    def start(self) -> None:
        self._sweeper.start()

    def stop(self) -> None:
        self._sweeper.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, job_id: int) -> None:
        with self._lock:
            if job_id in self._pending:
                return
            self._pending.add(job_id)
        self._pool.submit(self._run, job_id)

    def _run(self, job_id: int) -> None:
        try:
            run_job(self.engine, self.settings, job_id)
        finally:
            with self._lock:
                self._pending.discard(job_id)

    def _sweep(self) -> None:
        try:
            with Session(self.engine) as session:
                for job_id in service.unfinished(session):
                    self.submit(job_id)
        except Exception:
            log.exception("transcription sweep failed; retrying")


class CeleryDispatcher:
    def submit(self, job_id: int) -> None:
        app.send_task("therascribe.transcribe", args=[job_id])


def dispatcher(engine: Engine, settings: Settings) -> Dispatcher:
    if settings.broker_url:
        return CeleryDispatcher()
    worker = InProcessWorker(engine, settings)
    worker.start()
    return worker


# --- Celery ------------------------------------------------------------------------------------

app.conf.beat_schedule = {
    **(app.conf.beat_schedule or {}),
    "recover-transcriptions": {
        "task": "therascribe.recover_transcriptions",
        "schedule": float(max(get_settings().job_lease_seconds // 2, 1)),
    },
}


@app.task(name="therascribe.transcribe")
def transcribe_task(job_id: int) -> str:
    return run_job(get_engine(), get_settings(), job_id)


@app.task(name="therascribe.recover_transcriptions")
def recover_task() -> int:
    """Re-submit jobs nobody is working on (queued, or their worker's lease ran out)."""
    with Session(get_engine()) as session:
        ids = service.unfinished(session)
    for job_id in ids:
        transcribe_task.delay(job_id)
    return len(ids)


@worker_ready.connect
def _recover_on_start(**_: object) -> None:
    recover_task.delay()
