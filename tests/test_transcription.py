"""From audio to transcript with the real models: intake and its refusals, both backends, the converter,
the live WebSocket (chunks in, transcript out; dropped and resumed), jobs and their recovery."""

import json
import struct
import subprocess
import time
import wave
from contextlib import ExitStack
from pathlib import Path

import numpy as np
import pytest
from audio_helpers import SHORT, normalise, short_clip, to_webm, wer
from fastapi.testclient import TestClient
from note_helpers import login_as_provider
from scheduling_helpers import on_the_visit_day, one
from sqlmodel import Session, select
from typer.testing import CliRunner

from core.recordings import service
from core.recordings.models import Recording, Transcript, TranscriptionJob
from core.users.service import actor_by_email
from scribe import speakers
from scribe.audio import AudioError, check_usable, decode
from scribe.convert import ConversionError, read_ct2, whisper_state
from scribe.jobs import InProcessWorker, run_job
from scribe.models import ModelUnavailable, ct2_dir, source
from scribe.pipeline import transcribe_audio
from scribe.stt import recognizer, vocabulary_prompt
from scribe.vad import Region, windows
from web.app import create_app
from web.cli import app as cli

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

SPOKEN = " ".join(s["text"] for s in SHORT["transcript"]["segments"])


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    return short_clip(tmp_path_factory.mktemp("clip"))


@pytest.fixture(scope="module")
def clip_audio(clip: tuple[Path, dict]) -> np.ndarray:
    return decode(clip[0], max_seconds=600)


_apps: list = []


def app_client(practice, settings) -> TestClient:  # type: ignore[no-untyped-def]
    """A client of a fresh app; its in-process transcription worker is stopped after the test, so no
    worker of an earlier test sweeps up this test's jobs."""
    app = create_app(engine=practice.engine, settings=settings)
    _apps.append(app)
    return TestClient(app)


# The visit's day, on the services' clock, from its opening to the end of the test (visit_for).
_visit_days = ExitStack()


@pytest.fixture(autouse=True)
def _stop_workers():  # type: ignore[no-untyped-def]
    yield
    _visit_days.close()
    while _apps:
        worker = getattr(_apps.pop().state, "transcription", None)
        if worker is not None and hasattr(worker, "stop"):
            worker.stop()


def tiny(practice, **extra):  # type: ignore[no-untyped-def]
    # Greedy keeps these behaviour tests quick; the default beam search runs in the Celery and browser
    # tests, and its accuracy is measured by `make bench`.
    return practice.settings.model_copy(update={"stt_model": "tiny.en", "stt_beam_size": 1, **extra})


def visit_for(practice, client: TestClient, consent: bool = True) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    # From the far end of the calendar, so as not to take the appointments other tests pick first;
    # each call takes a new one (the visit completes it).
    appointment_id, provider_id = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential IN ('PT', 'OT', 'SLP')
        ORDER BY a.starts_at DESC, a.id DESC LIMIT 1""",
    )
    headers = login_as_provider(practice, client, provider_id)
    # Opened, and recorded, on its day (nothing is recorded before it, core.visits.service.visit_ahead):
    # the clock stays there until the test ends.
    _visit_days.enter_context(on_the_visit_day(practice.engine, appointment=appointment_id))
    reply = client.post(
        f"/api/v1/appointments/{appointment_id}/visit", json={"recording_consent": consent}, headers=headers
    )
    assert reply.status_code == 201, reply.text
    return reply.json()["id"], headers


def wait_job(client: TestClient, headers: dict, job_id: int, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/api/v1/transcription-jobs/{job_id}", headers=headers).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} did not finish: {job}")


def _finished(practice, job_id: int, seconds: float) -> TranscriptionJob:  # type: ignore[no-untyped-def]
    """The job as it stands once done or failed, or as it stands after `seconds`, read from the database."""
    deadline = time.monotonic() + seconds
    while True:
        with practice.session() as session:
            current = session.get(TranscriptionJob, job_id)
        if current.status in ("done", "failed") or time.monotonic() > deadline:
            return current
        time.sleep(0.3)


# --- pure pieces ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("regions", "expected"),
    [
        ([], []),
        ([(0, 5), (6, 10)], [[(0, 5), (6, 10)]]),
        ([(0, 20), (21, 29), (30, 35)], [[(0, 20)], [(21, 29), (30, 35)]]),
        ([(0, 60)], [[(0, 28)], [(28, 56)], [(56, 60)]]),
    ],
)
def test_windows_group_regions_within_whispers_thirty_seconds(regions, expected) -> None:
    found = windows([Region(a, b) for a, b in regions])
    assert [[(r.start, r.end) for r in group] for group in found] == expected
    assert all(group[-1].end - group[0].start <= 28.0 for group in found)


def _voice(seed: int) -> np.ndarray:
    vector = np.random.default_rng(seed).normal(size=256)
    return vector / np.linalg.norm(vector)


def _near(vector: np.ndarray, seed: int) -> np.ndarray:
    noisy = vector + 0.15 * np.random.default_rng(seed).normal(size=256) / 16
    return noisy / np.linalg.norm(noisy)


@pytest.mark.parametrize(
    ("who", "texts", "expected"),
    [
        (
            [0, 1, 0, 1],
            ["Let's do ten reps of the exercise", "It hurts a bit", "Good, hold for thirty seconds", "Okay"],
            ["therapist", "patient", "therapist", "patient"],
        ),
        (
            [1, 0, 2, 0, 2],
            [
                "My knee gave way and I fell",
                "Did your knee hurt when you fell?",
                "She fell on Tuesday and her knee was swollen all night",
                "Rate the pain zero to ten",
                "Mom doesn't like the stairs",
            ],
            ["patient", "therapist", "caregiver", "therapist", "caregiver"],
        ),
    ],
)
def test_speaker_roles_from_voices_and_clinical_words(who, texts, expected) -> None:
    """The caregiver talks more than the patient in the second case: roles follow what is said."""
    voices = [_voice(100 + v) for v in range(3)]
    turns = [speakers.Turn(i * 5.0, i * 5.0 + 4.0, t) for i, t in enumerate(texts)]
    embeddings = [_near(voices[v], i) for i, v in enumerate(who)]
    assert speakers.label_embedded(turns, embeddings) == expected


def test_an_enrolled_voice_names_the_therapist_whatever_the_words() -> None:
    therapist, patient = _voice(1), _voice(2)
    turns = [speakers.Turn(0, 4, "Let's do ten reps, hold, breathe"), speakers.Turn(5, 9, "Fine")]
    roles = speakers.label_embedded(turns, [_near(patient, 3), _near(therapist, 4)], enrolled=therapist)
    assert roles == ["patient", "therapist"]


def test_the_unusable_small_model_is_refused_with_the_reason() -> None:
    with pytest.raises(ModelUnavailable, match="incomplete"):
        source("small")
    with pytest.raises(ModelUnavailable, match="tiny.en, base"):
        source("large-v3")


# --- the converter ----------------------------------------------------------------------------


def test_converted_checkpoint_has_openai_whispers_shapes() -> None:
    dims, state = whisper_state(read_ct2(ct2_dir("tiny.en") / "model.bin"))
    assert dims == {
        "n_mels": 80,
        "n_audio_ctx": 1500,
        "n_audio_state": 384,
        "n_audio_head": 6,
        "n_audio_layer": 4,
        "n_vocab": 51864,
        "n_text_ctx": 448,
        "n_text_state": 384,
        "n_text_head": 6,
        "n_text_layer": 4,
    }
    import torch
    from whisper.model import ModelDimensions, Whisper

    model = Whisper(ModelDimensions(**dims))
    expected = model.state_dict()
    assert set(state) == set(expected)
    assert all(tuple(state[k].shape) == tuple(expected[k].shape) for k in expected)
    model.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state.items()})


def test_a_cut_off_or_foreign_model_file_is_refused(tmp_path: Path) -> None:
    original = (ct2_dir("tiny.en") / "model.bin").read_bytes()
    cut = tmp_path / "cut.bin"
    cut.write_bytes(original[:5_000_000])
    with pytest.raises(ConversionError, match="cut off"):
        read_ct2(cut)
    foreign = tmp_path / "foreign.bin"
    foreign.write_bytes(struct.pack("<I", 5) + original[4:100])
    with pytest.raises(ConversionError, match="version 5"):
        read_ct2(foreign)


# The two tests below take only the practice's settings; the database plays no part, so one backend.
# The conversion is compared by greedy decoding: each step's most likely token from the converted weights
# against the original's (tiny.en on the 25 s window, openai-whisper: 12 CPU-s greedy against 41 with the
# default five beams; the same text either way). The default beam search runs in the Celery and browser tests.
@pytest.mark.parametrize("practice", ["sqlite"], indirect=True)
def test_converted_model_transcribes_as_the_ctranslate2_original(practice, clip_audio: np.ndarray) -> None:
    settings = tiny(practice, stt_compute_type="float32")
    converted = recognizer(settings, backend="whisper", model="tiny.en")
    original = recognizer(settings, backend="faster-whisper", model="tiny.en")
    window = clip_audio[: 16_000 * 25]
    ours = " ".join(p.text for p in converted.transcribe(window))
    theirs = " ".join(p.text for p in original.transcribe(window))
    assert normalise(ours)
    assert wer(theirs, ours) <= 0.1, (ours, theirs)


# --- real models on a generated clip ----------------------------------------------------------


@pytest.mark.parametrize("practice", ["sqlite"], indirect=True)
@pytest.mark.parametrize("backend", ["faster-whisper", "whisper"])
def test_real_model_transcribes_a_two_voice_clip_with_roles(practice, clip, clip_audio, backend: str) -> None:
    result = transcribe_audio(
        clip_audio, recognizer(tiny(practice), backend=backend), prompt=vocabulary_prompt()
    )
    assert result["backend"] == backend and result["model"] == "tiny.en"
    assert wer(SPOKEN, result["text"]) <= 0.35, result["text"]
    roles = [s["speaker"] for s in result["segments"]]
    assert roles == ["therapist", "patient", "therapist"], result["segments"]
    truth = clip[1]["transcript"]["segments"]
    for heard, said in zip(result["segments"], truth, strict=True):
        assert abs(heard["start"] - said["start"]) < 0.6 and abs(heard["end"] - said["end"]) < 0.6


@pytest.mark.parametrize(
    ("suffix", "codec"),
    [("mp3", "libmp3lame"), ("m4a", "aac"), ("webm", "libopus"), ("ogg", "libvorbis"), ("flac", "flac")],
)
def test_every_accepted_format_decodes_to_16k_mono(
    clip, clip_audio, tmp_path: Path, suffix: str, codec: str
) -> None:
    """Stereo at 48 kHz in, 16 kHz mono of the same length and about the same loudness out."""
    encoded = tmp_path / f"clip.{suffix}"
    subprocess.run(
        [
            "ffmpeg",
            "-loglevel",
            "error",
            "-i",
            str(clip[0]),
            "-ac",
            "2",
            "-ar",
            "48000",
            "-c:a",
            codec,
            str(encoded),
        ],
        check=True,
    )
    audio = decode(encoded, max_seconds=600)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert abs(audio.size - clip_audio.size) < 16_000 * 0.1
    # ffmpeg's stereo-to-mono downmix lowers the level by about 3 dB; within 4 dB is the same recording
    ratio = float(np.sqrt(np.mean(audio**2))) / float(np.sqrt(np.mean(clip_audio**2)))
    assert 0.63 < ratio < 1.58, ratio
    check_usable(audio)


def _wav(path: Path, samples: np.ndarray, rate: int = 16_000) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((samples * 32767).astype("<i2").tobytes())
    return path


def bad_files(folder: Path, clip: Path) -> dict[str, tuple[Path, str]]:
    text = folder / "notes.wav"
    text.write_text("Patient reports knee pain. This is not audio.\n" * 40)
    cut = folder / "cut.wav"
    cut.write_bytes(clip.read_bytes()[: len(clip.read_bytes()) // 3])
    empty = folder / "empty.mp3"
    empty.write_bytes(b"")
    no_samples = _wav(folder / "nothing.wav", np.zeros(0))
    silent = _wav(folder / "silent.wav", np.zeros(16_000 * 5))
    return {
        "not audio": (text, "not an audio recording"),
        "cut off": (cut, "cut off"),
        "empty file": (empty, "not an audio recording"),
        "no samples": (no_samples, "empty"),
        "silence": (silent, "silent"),
    }


def test_each_kind_of_bad_input_gets_a_clear_error(tmp_path: Path, clip) -> None:
    for name, (path, message) in bad_files(tmp_path, clip[0]).items():
        with pytest.raises(AudioError, match=message):
            check_usable(decode(path, max_seconds=600))
        assert str(tmp_path) not in message, name


def test_who_may_record_is_asked_before_a_byte_of_the_upload_is_read(practice, tmp_path: Path) -> None:
    settings = tiny(practice, data_dir=tmp_path / "data")
    client = app_client(practice, settings)
    desk = app_client(practice, settings)
    desk_headers = practice.login(desk, "front_desk")  # on the wall clock, before the visit's day
    visit_id, _ = visit_for(practice, client)
    # A file that would be refused as undecodable: the desk hears "forbidden", not what is wrong with it.
    reply = desk.post(
        f"/api/v1/visits/{visit_id}/recordings",
        files={"file": ("session.wav", b"RIFF not really a wave file")},
        headers=desk_headers,
    )
    assert reply.status_code == 403, reply.text
    assert (
        not (tmp_path / "data" / "recordings").exists()
        or list((tmp_path / "data" / "recordings").glob("*")) == []
    )


def test_bad_uploads_are_refused_and_leave_nothing_behind(practice, tmp_path: Path, clip) -> None:
    settings = tiny(practice, data_dir=tmp_path / "data")
    client = app_client(practice, settings)
    visit_id, headers = visit_for(practice, client)
    cases = bad_files(tmp_path, clip[0])
    long = tmp_path / "long.wav"
    long.write_bytes(clip[0].read_bytes())
    for name, (path, message) in cases.items():
        reply = client.post(
            f"/api/v1/visits/{visit_id}/recordings",
            files={"file": (path.name, path.read_bytes())},
            headers=headers,
        )
        assert reply.status_code == 422, (name, reply.text)
        assert message in reply.json()["detail"], (name, reply.json())
    strict = app_client(practice, settings.model_copy(update={"audio_max_minutes": 0}))
    reply = strict.post(
        f"/api/v1/visits/{visit_id}/recordings",
        files={"file": ("long.wav", long.read_bytes())},
        headers=headers,
    )
    assert reply.status_code == 422 and "limit" in reply.json()["detail"]
    reply = client.post(
        f"/api/v1/visits/{visit_id}/recordings", files={"file": ("notes.pdf", b"%PDF-1.4")}, headers=headers
    )
    assert reply.status_code == 422
    with practice.session() as session:
        assert session.exec(select(Recording).where(Recording.visit_id == visit_id)).all() == []
    assert list((tmp_path / "data" / "recordings").glob("*")) == []


def test_upload_is_transcribed_by_a_job_and_only_clinical_roles_read_it(
    practice, tmp_path: Path, clip
) -> None:
    settings = tiny(practice, data_dir=tmp_path / "data")
    client = app_client(practice, settings)
    desk = app_client(practice, settings)
    desk_headers = practice.login(desk, "front_desk")  # on the wall clock, before the visit's day
    visit_id, headers = visit_for(practice, client)
    flac = clip[0].with_suffix(".flac")
    subprocess.run(["sox", str(clip[0]), str(flac)], check=True)
    reply = client.post(
        f"/api/v1/visits/{visit_id}/recordings",
        files={"file": ("session.flac", flac.read_bytes())},
        data={"kind": "upload"},
        headers=headers,
    )
    assert reply.status_code == 202, reply.text
    job = wait_job(client, headers, reply.json()["job"]["id"])
    assert job["status"] == "done" and job["progress"] == 1.0 and job["attempts"] == 1, job
    transcript = client.get(f"/api/v1/visits/{visit_id}/transcript", headers=headers).json()
    assert wer(SPOKEN, transcript["text"]) <= 0.35
    assert {s["speaker"] for s in transcript["segments"]} == {"therapist", "patient"}
    drafted = client.post(f"/api/v1/visits/{visit_id}/draft", json={}, headers=headers)
    assert drafted.status_code == 201, drafted.text  # the draft stands on the recorded transcript
    assert drafted.json()["facts"], drafted.json()
    assert desk.get(f"/api/v1/visits/{visit_id}/transcript", headers=desk_headers).status_code == 403
    assert desk.get(f"/api/v1/transcription-jobs/{job['id']}", headers=desk_headers).status_code == 403


def test_recording_the_room_needs_consent_but_dictation_does_not(practice, tmp_path: Path, clip) -> None:
    settings = tiny(practice, data_dir=tmp_path / "data")
    client = app_client(practice, settings)
    visit_id, headers = visit_for(practice, client, consent=False)
    audio = clip[0].read_bytes()
    upload = client.post(
        f"/api/v1/visits/{visit_id}/recordings", files={"file": ("a.wav", audio)}, headers=headers
    )
    assert upload.status_code == 409 and "consent" in upload.json()["detail"]
    dictation = client.post(
        f"/api/v1/visits/{visit_id}/recordings",
        files={"file": ("a.wav", audio)},
        data={"kind": "dictation"},
        headers=headers,
    )
    assert dictation.status_code == 202, dictation.text
    assert wait_job(client, headers, dictation.json()["job"]["id"])["status"] == "done"


# --- the live WebSocket -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "progress", "heard_live", "total", "expected"),
    [
        ("queued", 0.0, 0.0, 100.0, service.Remaining(0.0, 100.0, 100.0)),
        ("queued", 0.0, 60.0, 100.0, service.Remaining(0.6, 100.0, 40.0)),  # heard while recording
        ("running", 0.75, 60.0, 100.0, service.Remaining(0.75, 100.0, 25.0)),
        ("running", 0.3, 60.0, 100.0, service.Remaining(0.6, 100.0, 40.0)),  # never goes back
        ("running", 0.5, 0.0, None, service.Remaining(0.5, None, None)),  # length unknown: the share
        ("running", 0.5, 0.0, 0.0, service.Remaining(0.5, None, None)),
        ("running", 0.99, 0.0, 30.0, service.Remaining(0.99, 30.0, 0.3)),
        ("running", 1.0, 120.0, 100.0, service.Remaining(1.0, 100.0, 0.0)),  # decoder behind the pieces
        ("done", 0.4, 0.0, 80.0, service.Remaining(1.0, 80.0, 0.0)),
        ("done", 0.4, 0.0, None, service.Remaining(1.0, None, None)),
    ],
)
def test_what_is_left_of_a_transcription(
    status: str, progress: float, heard_live: float, total: float | None, expected: service.Remaining
) -> None:
    found = service.remaining(status=status, progress=progress, transcribed_until=heard_live, total=total)
    assert found == expected


def _chunks(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def _frame(seq: int, payload: bytes) -> bytes:
    return struct.pack(">I", seq) + payload


def test_websocket_chunks_in_transcript_out(practice, tmp_path: Path, clip) -> None:
    settings = tiny(practice, data_dir=tmp_path / "data", stream_piece_seconds=0.0)
    client = app_client(practice, settings)
    visit_id, headers = visit_for(practice, client)
    webm = to_webm(clip[0]).read_bytes()
    partials: list[dict] = []
    with client.websocket_connect(f"/ws/visits/{visit_id}/audio", headers=headers) as ws:
        ws.send_json({"type": "start", "format": "webm"})
        ready = ws.receive_json()
        assert ready["type"] == "ready" and ready["next_seq"] == 0
        for seq, chunk in enumerate(_chunks(webm, 4000)):  # about a second of audio each
            ws.send_bytes(_frame(seq, chunk))
            while True:
                message = ws.receive_json()
                if message["type"] == "partial":
                    partials.extend(message["segments"])
                    continue
                assert message == {"type": "ack", "seq": seq}
                break
            time.sleep(0.25)  # four times faster than it was said, not all at once
        # let a live piece finish, as the talk goes on in a real session: its pieces are kept before its
        # partial is sent (a fixed 3 s here was too short on a busy machine and idle time on a quiet one)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with practice.session() as session:
                if service.pieces(session, ready["recording_id"]):
                    break
            time.sleep(0.1)
        ws.send_json({"type": "end"})
        final = None
        while final is None:
            message = ws.receive_json()
            if message["type"] == "partial":
                partials.extend(message["segments"])
            elif message["type"] == "transcript":
                final = message
            else:
                assert message["type"] in ("queued", "progress"), message
    path = settings.data_dir / "recordings" / f"{ready['recording_id']}.webm"
    assert path.read_bytes() == webm  # every chunk on disk, once, in order
    assert wer(SPOKEN, final["transcript"]["text"]) <= 0.35, final
    assert [s["speaker"] for s in final["transcript"]["segments"]] == ["therapist", "patient", "therapist"]
    assert partials, "pieces are transcribed while the recording goes on"
    with practice.session() as session:
        kept = service.pieces(session, ready["recording_id"])
    assert len(kept) >= len(final["transcript"]["segments"])


def test_a_dropped_stream_resumes_from_the_last_acknowledged_chunk(practice, tmp_path: Path, clip) -> None:
    settings = tiny(practice, data_dir=tmp_path / "data", stream_piece_seconds=3600.0)
    client = app_client(practice, settings)
    visit_id, headers = visit_for(practice, client)
    pcm = (decode(clip[0], max_seconds=600) * 32767).astype("<i2").tobytes()
    chunks = _chunks(pcm, 16_000)  # half a second each
    with client.websocket_connect(f"/ws/visits/{visit_id}/audio", headers=headers) as ws:
        ws.send_json({"type": "start", "format": "pcm16", "sample_rate": 16000})
        recording_id = ws.receive_json()["recording_id"]
        for seq in range(10):
            ws.send_bytes(_frame(seq, chunks[seq]))
            assert ws.receive_json() == {"type": "ack", "seq": seq}
    # the connection dropped in the middle of writing chunk 10: half of it reached the disk, unacknowledged
    path = settings.data_dir / "recordings" / f"{recording_id}.pcm16"
    with path.open("ab") as stream:
        stream.write(chunks[10][:5000])
    with client.websocket_connect(f"/ws/visits/{visit_id}/audio", headers=headers) as ws:
        ws.send_json({"type": "resume", "recording_id": recording_id})
        ready = ws.receive_json()
        assert ready == {"type": "ready", "recording_id": recording_id, "next_seq": 10}
        ws.send_bytes(_frame(9, chunks[9]))  # resent after a lost ack: acknowledged, not written twice
        assert ws.receive_json() == {"type": "ack", "seq": 9}
        ws.send_bytes(_frame(12, chunks[12]))
        assert "before chunk 10" in ws.receive_json()["detail"]
        for seq in range(10, len(chunks)):
            ws.send_bytes(_frame(seq, chunks[seq]))
            assert ws.receive_json() == {"type": "ack", "seq": seq}
        ws.send_json({"type": "end"})
        assert ws.receive_json()["type"] == "queued"
        told = []
        while (final := ws.receive_json())["type"] == "progress":
            told.append(final)
    assert path.read_bytes() == pcm
    # what is left is the server's count in seconds of this recording (raw audio: its length is known)
    assert told, "the page is told how much is left while the rest is transcribed"
    assert {m["seconds_total"] for m in told} == {round(len(pcm) / 2 / 16_000, 1)}, told
    left = [m["seconds_left"] for m in told]
    assert left == sorted(left, reverse=True) and left[0] <= told[0]["seconds_total"], told
    assert final["type"] == "transcript", final
    assert wer(SPOKEN, final["transcript"]["text"]) <= 0.35
    with client.websocket_connect(f"/ws/visits/{visit_id}/audio", headers=headers) as ws:
        ws.send_json({"type": "resume", "recording_id": recording_id})
        assert "has ended" in ws.receive_json()["detail"]


def test_a_visit_without_consent_streams_the_clinicians_dictation_not_the_room(
    practice, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from audio_helpers import DICTATION, dictation_clip

    settings = tiny(practice, data_dir=tmp_path / "data", stream_piece_seconds=3600.0)
    client = app_client(practice, settings)
    visit_id, headers = visit_for(practice, client, consent=False)
    wav, _ = dictation_clip(tmp_path)
    pcm = (decode(wav, max_seconds=600) * 32767).astype("<i2").tobytes()
    with client.websocket_connect(f"/ws/visits/{visit_id}/audio", headers=headers) as ws:
        ws.send_json({"type": "start", "format": "pcm16"})  # the room: refused
        assert "not consented" in ws.receive_json()["detail"]
        ws.send_json({"type": "start", "format": "mp3", "kind": "dictation"})
        assert "webm or pcm16" in ws.receive_json()["detail"]
        ws.send_json({"type": "start", "format": "pcm16", "kind": "dictation"})
        ready = ws.receive_json()
        assert ready["type"] == "ready", ready
        for seq, chunk in enumerate(_chunks(pcm, 32_000)):
            ws.send_bytes(_frame(seq, chunk))
            assert ws.receive_json() == {"type": "ack", "seq": seq}
        ws.send_json({"type": "end"})
        while (final := ws.receive_json())["type"] in ("queued", "progress"):
            pass
    assert final["type"] == "transcript", final
    said = " ".join(s["text"] for s in DICTATION["transcript"]["segments"])
    # tiny.en hears espeak's voice loosely (0.5 seen on this dictation): the check is that it was heard
    assert wer(said, final["transcript"]["text"]) <= 0.6, final["transcript"]["text"]
    with practice.session() as session:
        recording = session.get(Recording, ready["recording_id"])
        assert recording is not None and recording.kind == "dictation" and recording.visit_id == visit_id


def test_a_log_out_stops_a_live_recording_and_keeps_what_was_acknowledged(
    practice, tmp_path: Path, clip, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import web.routers.recordings as recordings

    monkeypatch.setattr(recordings, "RECHECK_SECONDS", 0.0)  # check the log-in on every chunk
    settings = tiny(practice, data_dir=tmp_path / "data", stream_piece_seconds=3600.0)
    client = app_client(practice, settings)
    visit_id, headers = visit_for(practice, client)
    pcm = (decode(clip[0], max_seconds=600) * 32767).astype("<i2").tobytes()
    chunks = _chunks(pcm, 16_000)
    with client.websocket_connect(f"/ws/visits/{visit_id}/audio", headers=headers) as ws:
        ws.send_json({"type": "start", "format": "pcm16", "sample_rate": 16000})
        recording_id = ws.receive_json()["recording_id"]
        for seq in range(3):
            ws.send_bytes(_frame(seq, chunks[seq]))
            assert ws.receive_json() == {"type": "ack", "seq": seq}
        assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
        ws.send_bytes(_frame(3, chunks[3]))
        refused = ws.receive_json()
        assert refused["type"] == "error" and refused["status"] == 401
    path = settings.data_dir / "recordings" / f"{recording_id}.pcm16"
    assert path.read_bytes() == b"".join(chunks[:3])


def test_only_the_visits_clinician_may_stream_audio(practice, tmp_path: Path) -> None:
    settings = tiny(practice, data_dir=tmp_path / "data")
    client = app_client(practice, settings)
    desk = app_client(practice, settings)
    headers = practice.login(desk, "front_desk")  # on the wall clock, before the visit's day
    visit_id, _ = visit_for(practice, client)
    with desk.websocket_connect(f"/ws/visits/{visit_id}/audio", headers=headers) as ws:
        ws.send_json({"type": "start", "format": "webm"})
        reply = ws.receive_json()
        assert reply["type"] == "error" and reply["status"] == 403
    anonymous = app_client(practice, settings)
    with anonymous.websocket_connect(f"/ws/visits/{visit_id}/audio") as ws:
        ws.send_json({"type": "start", "format": "webm"})
        assert ws.receive_json()["status"] == 401
    with practice.session() as session:
        assert session.exec(select(Recording).where(Recording.visit_id == visit_id)).all() == []


# --- jobs: recovery, Celery over Redis --------------------------------------------------------


def _closed_recording(practice, settings, clip_path: Path) -> TranscriptionJob:  # type: ignore[no-untyped-def]
    client = app_client(practice, settings)
    visit_id, _ = visit_for(practice, client)
    email = one(
        practice,
        "SELECT u.email FROM app_user u JOIN provider p ON p.user_id = u.id JOIN visit v ON v.provider_id = p.id "
        "WHERE v.id = :v",
        v=visit_id,
    )[0]
    with practice.session() as session:
        actor = actor_by_email(session, email, "127.0.0.1")
    with practice.session() as session:
        recording = service.start(session, actor=actor, visit_id=visit_id, kind="upload", audio_format="wav")
        path = service.audio_path(settings.data_dir, recording)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(clip_path.read_bytes())
        recording.bytes_acked, recording.last_seq = path.stat().st_size, 0
        session.add(recording)
        session.commit()
        return service.close(
            session, actor=actor, recording=recording, backend="faster-whisper", model="tiny.en"
        )


def test_a_job_left_running_by_a_dead_process_is_finished_by_the_sweep(
    practice, tmp_path: Path, clip
) -> None:
    settings = tiny(practice, data_dir=tmp_path / "data", job_lease_seconds=1)
    job = _closed_recording(practice, settings, clip[0])
    with practice.session() as session:
        claimed = service.claim(session, job.id, worker="dead-host:1", lease_seconds=1)
        assert claimed is not None and claimed.status == "running"
        assert service.claim(session, job.id, worker="other", lease_seconds=1) is None  # it is taken
    worker = InProcessWorker(practice.engine, settings)
    worker.start()
    try:
        current = _finished(practice, job.id, 90)
    finally:
        worker.stop()
    assert current.status == "done" and current.attempts == 2, current
    assert run_job(practice.engine, settings, job.id) == "skipped"  # done stays done


@pytest.fixture
def redis_url() -> str:
    import redis

    url = "redis://127.0.0.1:6379/7"
    redis.Redis.from_url(url).flushdb()
    return url


def _celery(practice, settings, redis_url: str, log: Path) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    import os
    import sys

    env = {
        **os.environ,
        "THERASCRIBE_DATABASE_URL": practice.url,
        "THERASCRIBE_BROKER_URL": redis_url,
        "THERASCRIBE_DATA_DIR": str(settings.data_dir),
        "THERASCRIBE_SECRET_KEY": settings.secret_key,
        "THERASCRIBE_STT_MODEL": "tiny.en",
        "THERASCRIBE_JOB_LEASE_SECONDS": "2",
        "THERASCRIBE_MODEL_DIR": str(Path("var/models").resolve()),
    }
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "scribe.jobs",
        "worker",
        "--pool",
        "solo",
        "--loglevel",
        "INFO",
    ]
    return subprocess.Popen(command, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT)


# Celery workers run on other machines than the web server (README: on each transcription machine), which
# share the database: PostgreSQL, not a SQLite file. The claim and its lease on SQLite are tested by the
# in-process sweep above; here one backend, as the deployment has it (two worker starts and a model load
# fewer: 53-86 s of a loaded two-core machine).
@pytest.mark.parametrize("practice", ["postgresql"], indirect=True)
def test_celery_worker_over_redis_killed_mid_job_and_the_job_is_finished(
    practice, tmp_path: Path, clip, redis_url: str
) -> None:
    from scribe.jobs import CeleryDispatcher

    settings = tiny(practice, data_dir=tmp_path / "data")
    long = tmp_path / "long.wav"
    subprocess.run(["sox", str(clip[0]), str(clip[0]), str(long)], check=True)
    job = _closed_recording(practice, settings, long)
    log = tmp_path / "celery.log"
    first = _celery(practice, settings, redis_url, log)
    try:
        from core.jobs.celery_app import app as celery_app

        celery_app.conf.broker_url = redis_url
        CeleryDispatcher().submit(job.id)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with practice.session() as session:
                current = session.get(TranscriptionJob, job.id)
            if current.status == "running":
                time.sleep(1.0)  # well inside the job: loading the models alone takes longer
                break
            assert current.status in ("queued", "running"), (current, log.read_text()[-2000:])
            time.sleep(0.1)
        first.kill()  # SIGKILL, mid-job: no chance to clean up
        first.wait()
        with practice.session() as session:
            current = session.get(TranscriptionJob, job.id)
        assert current.status == "running" and current.progress < 1.0
        second = _celery(practice, settings, redis_url, log)
        try:
            current = _finished(practice, job.id, 180)
        finally:
            second.terminate()
            second.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert current.status == "done", (current, log.read_text()[-3000:])
    assert current.attempts >= 2
    with Session(practice.engine) as session:
        transcript = session.exec(select(Transcript).where(Transcript.recording_id == job.recording_id)).one()
    assert wer(" ".join([SPOKEN] * 2), " ".join(s["text"] for s in transcript.segments)) <= 0.35


# --- the command line -------------------------------------------------------------------------


def test_cli_transcribe_prints_the_transcript_format(clip, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["transcribe", str(clip[0]), "--backend", "whisper", "--model", "tiny.en", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"segments", "text", "duration", "backend", "model"}
    assert data["backend"] == "whisper" and data["model"] == "tiny.en"
    assert all(set(s) == {"start", "end", "speaker", "text"} for s in data["segments"])
    assert wer(SPOKEN, data["text"]) <= 0.35
    not_audio = tmp_path / "x.wav"
    not_audio.write_text("hello")
    refused = CliRunner().invoke(cli, ["transcribe", str(not_audio)])
    assert refused.exit_code == 2 and "not an audio recording" in refused.output
    unknown = CliRunner().invoke(cli, ["transcribe", str(clip[0]), "--model", "small"])
    assert unknown.exit_code == 2 and "incomplete" in unknown.output


# --- an enrolled voice --------------------------------------------------------------------------

QUIET_THERAPIST = {
    "id": "quiet-therapist",
    "transcript": {
        "segments": [
            {"speaker": "therapist", "text": "Okay, I see. And what happened after that?"},
            {
                "speaker": "patient",
                "text": "I did my exercises, ten reps and three sets, and I held the stretch for thirty seconds.",
            },
            {"speaker": "therapist", "text": "Alright. Thank you for telling me about it."},
            {"speaker": "patient", "text": "My range of motion is better and the balance test was good."},
        ]
    },
}
ENROLMENT = {
    "id": "enrolment",
    "transcript": {
        "segments": [
            {
                "speaker": "therapist",
                "text": "The north wind and the sun were arguing which of them was the stronger, when a "
                "traveller came along wrapped in a warm cloak.",
            }
        ]
    },
}


def test_an_enrolled_voice_is_named_therapist_even_when_the_patient_says_the_clinical_words(
    practice, tmp_path: Path
) -> None:
    from evals.speech import generate

    settings = tiny(practice, data_dir=tmp_path / "data")
    client = app_client(practice, settings)
    desk = app_client(practice, settings)
    desk_headers = practice.login(desk, "front_desk")  # on the wall clock, before the visit's day
    visit_id, headers = visit_for(practice, client)
    session_wav, sample_wav = tmp_path / "quiet.wav", tmp_path / "sample.wav"
    generate(QUIET_THERAPIST, session_wav)
    generate(ENROLMENT, sample_wav)
    brief = tmp_path / "brief.wav"
    subprocess.run(["sox", str(sample_wav), str(brief), "trim", "0", "3"], check=True)
    short = client.post(
        "/api/v1/me/voice-profile", files={"file": ("s.wav", brief.read_bytes())}, headers=headers
    )
    assert short.status_code == 422 and "at least 5 s" in short.json()["detail"]
    enrolled = client.post(
        "/api/v1/me/voice-profile", files={"file": ("sample.wav", sample_wav.read_bytes())}, headers=headers
    )
    assert enrolled.status_code == 201, enrolled.text
    upload = client.post(
        f"/api/v1/visits/{visit_id}/recordings",
        files={"file": ("q.wav", session_wav.read_bytes())},
        headers=headers,
    )
    assert wait_job(client, headers, upload.json()["job"]["id"])["status"] == "done"
    roles = [
        s["speaker"]
        for s in client.get(f"/api/v1/visits/{visit_id}/transcript", headers=headers).json()["segments"]
    ]
    assert roles == ["therapist", "patient", "therapist", "patient"]
    unenrolled = transcribe_audio(decode(session_wav, max_seconds=600), recognizer(settings))
    assert [s["speaker"] for s in unenrolled["segments"]] == ["patient", "therapist", "patient", "therapist"]
    assert client.delete("/api/v1/me/voice-profile", headers=headers).status_code == 204
    assert client.delete("/api/v1/me/voice-profile", headers=headers).status_code == 404
    assert (
        desk.post(
            "/api/v1/me/voice-profile",
            files={"file": ("sample.wav", sample_wav.read_bytes())},
            headers=desk_headers,
        ).status_code
        == 403
    )
