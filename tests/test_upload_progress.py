"""An uploaded recording shows how far its transcription is (#20), as the recorder's Stop shows a live
one's: the piece the transcriber is hearing of how many it has to hear (its own count), the audio left and an estimate of the time to the end, from
the server's own count (GET /api/v1/transcription-jobs/{id}, which the editor page asks every second)."""

import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from audio_helpers import dictation_clip
from conftest import Practice
from note_helpers import booked_appointment
from page_helpers import provider_user
from scheduling_helpers import one

from core.recordings.models import JobProgress, Recording, TranscriptionJob
from core.recordings.service import job_progress
from scribe.audio import decode
from scribe.stt import recognizer
from scribe.vad import speech_regions, windows

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def _progress(*figures: float | int | None) -> JobProgress:
    """The figures in the order a page shows them: share, seconds total and left, part, parts, ETA."""
    return JobProgress(**dict(zip(JobProgress.model_fields, figures, strict=True)))


def _job(
    status: str, progress: float, started_seconds_ago: float | None, piece: int = 0, pieces: int = 0
) -> TranscriptionJob:
    started = NOW - timedelta(seconds=started_seconds_ago) if started_seconds_ago is not None else None
    return TranscriptionJob(
        recording_id=1,
        visit_id=1,
        clinic_id=1,
        status=status,
        progress=progress,
        started_at=started,
        piece=piece,
        pieces=pieces,
    )


def _recording(transcribed_until: float = 0.0) -> Recording:
    return Recording(
        visit_id=1,
        clinic_id=1,
        patient_id=1,
        user_id=1,
        kind="upload",
        audio_format="mp3",
        transcribed_until=transcribed_until,
    )


@pytest.mark.parametrize(
    ("job", "recording", "total", "expected"),
    [
        # queued: nothing done, the length known from the file's header, no piece counted yet
        (_job("queued", 0.0, None), _recording(), 95.0, _progress(0.0, 95.0, 95.0, None, None, None)),
        # running, 40 s of 100 heard in 20 s, on the second of the five stretches of speech the worker
        # hears (not 30-second stretches of the length): 60 s of audio left, about 30 s to go
        (_job("running", 0.4, 20, 2, 5), _recording(), 100.0, _progress(0.4, 100.0, 60.0, 2, 5, 30.0)),
        # a live recording's pieces heard while it went on count as done; the rest is one piece
        (
            _job("running", 0.1, 5, 1, 1),
            _recording(transcribed_until=70.0),
            100.0,
            _progress(0.7, 100.0, 30.0, 1, 1, 2.1),
        ),
        # just started, the pieces not counted yet: no estimate from nothing, no piece
        (_job("running", 0.01, 3), _recording(), 60.0, _progress(0.01, 60.0, 59.4, None, None, None)),
        # the length unknown: the share and the pieces
        (_job("running", 0.5, 10, 3, 4), _recording(), None, _progress(0.5, None, None, 3, 4, 10.0)),
        # done: the last piece, nothing left
        (_job("done", 1.0, 40, 2, 3), _recording(), 61.0, _progress(1.0, 61.0, 0.0, 3, 3, None)),
    ],
)
def test_the_progress_of_a_job(
    job: TranscriptionJob, recording: Recording, total: float | None, expected: JobProgress
) -> None:
    assert job_progress(job, recording, total, NOW) == expected


# One backend: the dictation is heard by the default model (base, five beams), 70-186 s a run on a loaded
# 2-core machine, and nothing of the count is the database's (job_progress above is pure; the job's
# claim, progress and lease on both backends are tested by test_transcription's uploads and sweeps).
# The PostgreSQL run heard the same audio again and waited for its own copy of the demo.
@pytest.mark.parametrize("practice", ["sqlite"], indirect=True)
def test_an_uploaded_dictations_page_and_api_count_what_is_left(practice: Practice, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from web.app import create_app

    audio, truth = dictation_clip(tmp_path, "mp3")
    appointment, provider, _ = booked_appointment(practice, "PT", "commercial", skip=13)
    settings = practice.settings.model_copy(update={"data_dir": tmp_path / "data"})
    client = TestClient(create_app(engine=practice.engine, settings=settings))
    user = provider_user(practice, provider)
    client.post("/login", data={"email": user.email, "password": user.password})
    opened = client.post(
        f"/appointments/{appointment}/record", data={"consent": "no"}, follow_redirects=False
    )
    visit = int(re.search(r"/visits/(\d+)/record", opened.headers["location"]).group(1))  # type: ignore[union-attr]
    sent = client.post(
        f"/visits/{visit}/upload",
        files={"file": ("dictation.mp3", audio.read_bytes(), "audio/mpeg")},
        data={"kind": "dictation"},
        follow_redirects=False,
    )
    assert sent.status_code == 303, sent.text
    job = int(re.search(r"job=(\d+)", sent.headers["location"]).group(1))  # type: ignore[union-attr]
    page = client.get(f"/visits/{visit}/note?job={job}").text
    assert "/static/app/transcribing.js" in page
    seen = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        reply = client.get(f"/api/v1/transcription-jobs/{job}")
        assert reply.status_code == 200, reply.text
        seen.append(reply.json())
        if seen[-1]["status"] in ("done", "failed"):
            break
        if seen[-1]["status"] == "running" and len(seen) < 3:
            # the page while it runs: the line the script updates, and the way back without it
            running = client.get(f"/visits/{visit}/note?job={job}").text
            assert f'id="job-status" data-job="{job}"' in running or "The recording is transcribed" in running
            if 'id="job-status"' in running:  # a second upload or dictation would race this one
                assert "Upload and transcribe" not in running and 'id="record"' not in running
                assert 'id="busy-note"' in running and 'id="editor"' in running
        time.sleep(0.2)
    assert seen[-1]["status"] == "done", seen[-1]
    finished = client.get(f"/visits/{visit}/note?job={job}").text
    assert "Draft the note from it" in finished and "Upload and transcribe" in finished
    assert 'id="busy-note"' not in finished
    # the length is the file's own, read from its header (an MP3's frames round it a little)
    total = seen[-1]["seconds_total"]
    assert total == pytest.approx(truth["duration"], abs=0.2)
    # the pieces are the stretches of speech the transcriber heard one at a time, counted by the worker
    heard = decode(audio, max_seconds=3600)
    stretches = windows(speech_regions(heard), longest=recognizer(settings).stretch)
    assert seen[-1]["parts"] == len(stretches) == seen[-1]["part"] and seen[-1]["seconds_left"] == 0.0
    for state in seen:
        assert state["seconds_total"] == total and 0 <= state["share"] <= 1
        assert state["parts"] is None or 1 <= state["part"] <= state["parts"] == len(stretches)
    # another clinician's job is not theirs to follow
    other = one(
        practice,
        "SELECT u.email FROM app_user u JOIN provider p ON p.user_id = u.id WHERE p.clinic_id = 2 LIMIT 1",
    )
    assert other is not None
    stranger = TestClient(create_app(engine=practice.engine, settings=settings))
    them = next(u for u in practice.users if u.email == other[0])
    stranger.post("/login", data={"email": them.email, "password": them.password})
    assert stranger.get(f"/api/v1/transcription-jobs/{job}").status_code in (403, 404)
