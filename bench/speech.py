"""The speech benchmark: one table from one run on the same 10-minute, three-voice PT evaluation
(espeak-ng voices with room noise mixed in by sox).

Rows: our pipeline for each backend and model (VAD, windows, word timing, speaker roles) against
openai-whisper's own `transcribe` with the `whisper` command's default decoding (beam 5), same
checkpoint, models loaded before the clock starts on both sides; each run in a process of its own for
its peak memory. Also: the plain `whisper` command's wall time as a user runs it, the vocabulary
prompt's gain, the live stream at real-time pace (seconds from its end to the final transcript), and
speaker-role accuracy on every multi-voice session.

python -m bench.speech [--quick] [--fast]
    --quick: the 95-second OT session instead of the 10-minute one
    --fast: without the rows that only compare settings (float32, no prompt)
Each row is written to bench/results/speech-partial.json as soon as it is measured.
"""

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from core.config import get_settings
from evals.report import Report
from evals.speech import generate, scripts
from evals.speech_metrics import speaker_accuracy, term_error_rate, wer

RESULTS = Path("bench/results")
AUDIO = RESULTS / "audio"
LONG = "pt-eval-knee-long"
NOISE_DB = -38.0
# The other multi-voice sessions (the long one's roles are scored in its own rows).
MULTI_VOICE = ("ot-daily-fine-motor", "slp-daily-aphasia")
OURS = (
    ("faster-whisper", "base", "int8"),
    ("faster-whisper", "base", "float32"),
    ("faster-whisper", "tiny.en", "int8"),
    ("whisper", "base", "-"),
    ("whisper", "tiny.en", "-"),
)
# --fast leaves out the rows that only compare settings (float32, no prompt): a 10-minute run is long.
SETTINGS_ROWS = {("faster-whisper", "base", "float32")}


PARTIAL = RESULTS / "speech-partial.json"


class KeptReport(Report):
    """A report whose rows reach the disk as they are measured: a long run cut short keeps them."""

    def add(self, **row: object) -> None:
        super().add(**row)
        RESULTS.mkdir(parents=True, exist_ok=True)
        PARTIAL.write_text(json.dumps({"rows": self.rows, "notes": self.notes}, indent=1, default=str))


def session_audio(session_id: str) -> tuple[Path, dict]:
    """The session's WAV and true transcript, generated once (same script, voices and noise)."""
    wav = AUDIO / f"{session_id}.wav"
    if wav.exists() and wav.with_suffix(".json").exists():
        return wav, json.loads(wav.with_suffix(".json").read_text())
    session = next(s for s in scripts([session_id]))
    return wav, generate(session, wav, noise_db=NOISE_DB)


def _run(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "bench.speech_run", *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench.speech_run {' '.join(args[:3])} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _scores(truth: dict, result: dict) -> dict:
    said = " ".join(s["text"] for s in truth["transcript"]["segments"])
    ter, _ = term_error_rate(said, result["text"])
    row = {"wer": round(wer(said, result["text"]), 3), "term_er": round(ter, 3)}
    if result.get("segments"):
        row["speaker_acc"] = round(
            speaker_accuracy(truth["transcript"]["segments"], result["segments"])[0], 3
        )
    return row


def _cli_wall(wav: Path, model: str) -> float:
    """The `whisper` command as a user runs it (start-up, model load, beam 5, output files)."""
    from core.config import get_settings
    from scribe.models import whisper_checkpoint

    checkpoint = whisper_checkpoint(model, get_settings())
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run(
            [
                str(Path(sys.executable).parent / "whisper"),
                str(wav),
                "--model",
                str(checkpoint),
                "--language",
                "en",
                "--device",
                "cpu",
                "--fp16",
                "False",
                "--output_dir",
                out,
                "--output_format",
                "txt",
                "--verbose",
                "False",
            ],
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _streamed(wav: Path, truth: dict) -> dict:
    """A server of its own on loopback; the session sent as WebM/Opus at real-time pace over the
    audio WebSocket; the clock runs from the end message to the final transcript."""
    import httpx
    from sqlalchemy import text

    from core.db import make_engine
    from core.demo.build import build
    from core.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'stream.db'}"
        upgrade(url)
        engine = make_engine(url)
        with engine.begin() as conn:
            users = build(conn, size="small", seed=7).users
        with engine.connect() as conn:
            appointment_id, email = conn.execute(
                text(
                    """SELECT a.id, u.email FROM appointment a JOIN provider p ON p.id = a.provider_id
                    JOIN app_user u ON u.id = p.user_id WHERE a.status = 'booked' AND p.credential = 'PT'
                    ORDER BY a.starts_at LIMIT 1"""
                )
            ).one()
        engine.dispose()
        password = next(u.password for u in users if u.email == email)
        webm = Path(tmp) / "session.webm"
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-i", str(wav), "-c:a", "libopus", "-b:a", "32k", str(webm)],
            check=True,
        )
        port = _free_port()
        env = {
            **os.environ,
            "THERASCRIBE_DATABASE_URL": url,
            "THERASCRIBE_DATA_DIR": str(Path(tmp) / "data"),
            "THERASCRIBE_SECRET_KEY": "bench-" + str(port),
            "THERASCRIBE_RUN_SCHEDULER": "false",
        }
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "therascribe"), "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(120):
                try:
                    if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.5)
            token = httpx.post(
                f"{base}/api/v1/auth/login", json={"email": email, "password": password}
            ).json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            visit = httpx.post(
                f"{base}/api/v1/appointments/{appointment_id}/visit",
                json={"recording_consent": True},
                headers=headers,
            ).json()["id"]
            duration = truth["duration"]
            return asyncio.run(
                _stream(f"ws://127.0.0.1:{port}/ws/visits/{visit}/audio", headers, webm, duration)
            )
        finally:
            server.terminate()
            server.wait(timeout=30)


async def _stream(uri: str, headers: dict, webm: Path, duration: float) -> dict:
    import struct

    import websockets

    data = webm.read_bytes()
    step = 0.5
    per_step = max(1, int(len(data) / duration * step))
    partial_segments = 0
    async with websockets.connect(uri, additional_headers=headers, max_size=None) as ws:
        await ws.send(json.dumps({"type": "start", "format": "webm"}))
        json.loads(await ws.recv())
        acked = asyncio.Event()
        finished: asyncio.Future = asyncio.get_running_loop().create_future()

        async def reader() -> None:
            nonlocal partial_segments
            async for raw in ws:
                message = json.loads(raw)
                if message["type"] == "ack":
                    acked.set()
                elif message["type"] == "partial":
                    partial_segments += len(message["segments"])
                elif message["type"] in ("transcript", "error"):
                    finished.set_result(message)
                    return

        task = asyncio.create_task(reader())
        started = time.perf_counter()
        for seq, offset in enumerate(range(0, len(data), per_step)):
            acked.clear()
            await ws.send(struct.pack(">I", seq) + data[offset : offset + per_step])
            await acked.wait()
            await asyncio.sleep(max(0.0, started + (seq + 1) * step - time.perf_counter()))
        ended = time.perf_counter()
        await ws.send(json.dumps({"type": "end"}))
        message = await finished
        latency = time.perf_counter() - ended
        await task
    if message["type"] != "transcript":
        raise RuntimeError(f"the stream ended in an error: {message.get('detail')}")
    return {"latency": latency, "partials": partial_segments, "result": message["transcript"]}


def main() -> None:
    quick, fast = "--quick" in sys.argv, "--fast" in sys.argv
    report = KeptReport(
        "Therascribe speech benchmark",
        ["run", "backend", "model", "rtf", "x_faster", "wer", "term_er", "speaker_acc", "peak_mib", "value"],
    )
    wav, truth = session_audio("ot-daily-fine-motor" if quick else LONG)
    report.notes.append(
        f"audio: {wav.name}, {truth['duration']:.0f} s, three espeak-ng voices, "
        f"room noise peaking at {NOISE_DB:g} dBFS"
    )
    references: dict[str, dict] = {}
    for model in ("base", "tiny.en"):
        ref = _run("reference", model, str(wav))
        references[model] = ref
        report.add(
            run="openai-whisper transcribe (beam 5)",
            backend="whisper",
            model=model,
            rtf=round(ref["seconds"] / ref["audio_seconds"], 3),
            x_faster=1.0,
            peak_mib=ref["peak_mib"],
            **_scores(truth, ref["result"]),
        )
    for backend, model, kind in OURS:
        if fast and (backend, model, kind) in SETTINGS_ROWS:
            continue
        out = _run("ours", backend, model, kind if kind != "-" else "int8", "yes", str(wav))
        report.add(
            run="ours (VAD, beam 5 over stretches, vocabulary prompt)",
            backend=backend + ("" if kind == "-" else f" {kind}"),
            model=model,
            rtf=round(out["seconds"] / out["audio_seconds"], 3),
            x_faster=round(references[model]["seconds"] / out["seconds"], 2),
            peak_mib=out["peak_mib"],
            **_scores(truth, out["result"]),
        )
    compute = get_settings().stt_compute_type
    if not fast:
        plain = _run("ours", "faster-whisper", "base", compute, "no", str(wav))
        report.add(
            run="ours without the vocabulary prompt",
            backend=f"faster-whisper {compute}",
            model="base",
            rtf=round(plain["seconds"] / plain["audio_seconds"], 3),
            peak_mib=plain["peak_mib"],
            **_scores(truth, plain["result"]),
        )
    report.add(
        run="`whisper` command, wall time (s)",
        backend="whisper",
        model="base",
        value=round(_cli_wall(wav, "base"), 1),
    )
    streamed = _streamed(wav, truth)
    report.add(
        run="live stream at real-time pace: end to transcript (s)",
        backend=f"faster-whisper {compute}",
        model="base",
        value=round(streamed["latency"], 2),
        **_scores(truth, streamed["result"]),
    )
    report.add(run="live stream: segments sent while recording", value=streamed["partials"])
    for session_id in () if quick else MULTI_VOICE:
        session_wav, session_truth = session_audio(session_id)
        out = _run("ours", "faster-whisper", "base", compute, "yes", str(session_wav))
        report.add(
            run=f"speaker roles: {session_id}",
            backend=f"faster-whisper {compute}",
            model="base",
            **_scores(session_truth, out["result"]),
        )
    report.show()
    print(f"saved {report.save(RESULTS)}")


if __name__ == "__main__":
    main()
