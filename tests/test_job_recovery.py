"""A transcription job interrupted by a crash is finished when the server starts again, without a
new upload: the real server (`therascribe serve`), killed with SIGKILL mid-job, then restarted."""

import os
import signal
import socket
import subprocess
import sys
import time
import wave
from pathlib import Path

import httpx
import pytest
from audio_helpers import short_clip
from note_helpers import login_as_provider, open_visit
from scheduling_helpers import one
from sqlmodel import select

from core.recordings import service
from core.recordings.models import Transcript, TranscriptionJob
from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

# Generous: on a busy two-core machine the server's start alone has taken half a minute.
START_SECONDS = 180
FINISH_SECONDS = 300


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(practice, data_dir: Path, log: Path) -> tuple[subprocess.Popen, str]:  # type: ignore[no-untyped-def]
    port = _free_port()
    env = {
        **os.environ,
        "THERASCRIBE_DATABASE_URL": practice.url,
        "THERASCRIBE_SECRET_KEY": practice.settings.secret_key,
        "THERASCRIBE_DATA_DIR": str(data_dir),
        "THERASCRIBE_RUN_SCHEDULER": "false",
        "THERASCRIBE_STT_MODEL": "tiny.en",
        "THERASCRIBE_STT_BEAM_SIZE": "1",
        "THERASCRIBE_MODEL_DIR": str(Path("var/models").resolve()),
    }
    # Its own process group, so SIGKILL takes the whole server at once, as a crash would.
    proc = subprocess.Popen(
        [sys.executable, "-m", "web.cli", "serve", "--port", str(port)],
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()[-3000:]
        try:
            if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.3)
    _kill(proc)
    pytest.fail(f"server did not start: {log.read_text()[-3000:]}")


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)


def _job(practice, job_id: int) -> TranscriptionJob:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return session.get(TranscriptionJob, job_id)


def _upload(practice, base: str, audio: Path) -> int:  # type: ignore[no-untyped-def]
    appointment_id, provider_id = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential IN ('PT', 'OT', 'SLP')
          AND a.starts_at < :now
        ORDER BY a.starts_at DESC, a.id DESC LIMIT 1 OFFSET 5""",
        # one whose day has come: the server, a process of its own, opens a visit from its day on by the
        # wall clock (core.visits.rules)
        now=utcnow().replace(tzinfo=None),
    )
    with httpx.Client(base_url=base, timeout=120) as client:
        headers = login_as_provider(practice, client, provider_id)
        visit = open_visit(client, headers, appointment_id)
        reply = client.post(
            f"/api/v1/visits/{visit}/recordings",
            files={"file": ("session.wav", audio.read_bytes())},
            data={"kind": "upload"},
            headers=headers,
        )
        assert reply.status_code == 202, reply.text
        return reply.json()["job"]["id"]


def test_a_job_interrupted_by_a_killed_server_is_finished_when_it_starts_again(practice, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clip, _ = short_clip(tmp_path)
    with wave.open(str(clip)) as w:
        clip_seconds = w.getnframes() / w.getframerate()
    audio = tmp_path / "long.wav"
    subprocess.run(["sox", str(clip), str(clip), str(clip), str(audio)], check=True)
    data_dir, log = tmp_path / "data", tmp_path / "server.log"
    first, base = _serve(practice, data_dir, log)
    try:
        job_id = _upload(practice, base, audio)
        deadline = time.monotonic() + FINISH_SECONDS
        while _job(practice, job_id).status == "queued" and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _job(practice, job_id).status == "running", log.read_text()[-3000:]
        time.sleep(1.0)  # inside the job: loading the model alone takes longer
    finally:
        _kill(first)  # SIGKILL, mid-job: nothing is cleaned up
    killed = _job(practice, job_id)
    assert killed.status == "running" and killed.progress < 1.0 and killed.attempts == 1, killed

    second, base = _serve(practice, data_dir, log)
    try:
        deadline = time.monotonic() + FINISH_SECONDS
        while _job(practice, job_id).status not in ("done", "failed") and time.monotonic() < deadline:
            time.sleep(0.3)
    finally:
        second.send_signal(signal.SIGTERM)
        try:
            second.wait(timeout=60)
        except subprocess.TimeoutExpired:
            _kill(second)
    done = _job(practice, job_id)
    assert done.status == "done" and done.attempts == 2, (done, log.read_text()[-3000:])
    with practice.session() as session:
        transcript = session.exec(
            select(Transcript).where(Transcript.recording_id == done.recording_id)
        ).one()
    # The whole recording, from the start: the second attempt did not carry on from a half transcript.
    text = " ".join(s["text"] for s in transcript.segments).lower()
    assert text.startswith("good morning") and text.count("knee pain") >= 2, text
    assert transcript.duration == pytest.approx(3 * clip_seconds, abs=1.0)


def test_only_a_dead_worker_on_this_host_is_judged_dead() -> None:
    alive = {100}.__contains__
    assert service.worker_is_dead("box:200:transcribe_0", "box", alive)
    assert not service.worker_is_dead("box:100:transcribe_0", "box", alive)
    assert not service.worker_is_dead("other:200:transcribe_0", "box", alive)  # its lease tells
    assert not service.worker_is_dead("dead-host:1", "box", alive)
    assert not service.worker_is_dead("", "box", alive)
