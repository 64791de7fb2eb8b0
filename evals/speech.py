"""Test audio: scripted therapy sessions spoken by espeak-ng in distinct voices, with pauses between
turns, and room noise mixed in with sox at a chosen level. The true transcript (who said what, when)
comes out beside each WAV, so word error rate and speaker roles can be measured.

python -m evals.speech OUT_DIR [--noise-db -40] [--only ID ...]
"""

import argparse
import json
import random
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DATA = Path(__file__).parent / "data"
SCRIPTS = (DATA / "audio_sessions", DATA / "sessions")
RATE = 16_000


@dataclass(frozen=True)
class Voice:
    name: str
    speed: int
    pitch: int


# Three voices a listener tells apart: different accents, variants and pitches.
VOICES = {
    "therapist": Voice("en-us+m3", 160, 40),
    "patient": Voice("en-gb-x-rp+f3", 150, 70),
    "caregiver": Voice("en-029+m7", 155, 25),
    "other": Voice("en-029+m7", 155, 25),
}


class ToolMissing(RuntimeError):
    pass


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise ToolMissing(f"{tool} is not installed (make install-audio-tools installs espeak-ng and sox)")
    return path


def _read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as stream:
        frames = stream.readframes(stream.getnframes())
    return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0


def _write_wav(path: Path, audio: np.ndarray) -> None:
    pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as stream:
        stream.setnchannels(1)
        stream.setsampwidth(2)
        stream.setframerate(RATE)
        stream.writeframes(pcm.tobytes())


def speak(text: str, voice: Voice, work: Path) -> np.ndarray:
    """One turn, spoken and resampled to 16 kHz mono by sox."""
    raw, resampled = work / "turn.wav", work / "turn16.wav"
    subprocess.run(
        [
            _need("espeak-ng"),
            "-v",
            voice.name,
            "-s",
            str(voice.speed),
            "-p",
            str(voice.pitch),
            "-w",
            str(raw),
            text,
        ],
        check=True,
        capture_output=True,
    )
    # Repeatable mode (-R): going down to 16 bits after the rate change, sox dithers with noise seeded
    # from the clock, so each run spoke a different clip (+-1 LSB). Base hears espeak's "Nine minutes of
    # balance." at its edge: 4 of 30 such clips came back "I made it some errands on the phone.", no
    # service named and nothing heard again (tests/test_stt_lost_minutes.py failed at random).
    subprocess.run(
        [_need("sox"), "-R", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(resampled)],
        check=True,
        capture_output=True,
    )
    return _read_wav(resampled)


def add_noise(clean: Path, out: Path, level_db: float) -> None:
    """Room noise (pink plus brown: a busy gym and a ventilation hum), peaking at `level_db` dBFS;
    sox's repeatable mode (-R) makes the same noise every run."""
    with wave.open(str(clean), "rb") as stream:
        seconds = stream.getnframes() / RATE
    with tempfile.TemporaryDirectory() as tmp:
        noise = Path(tmp) / "noise.wav"
        subprocess.run(
            [
                _need("sox"),
                "-R",
                "-n",
                "-r",
                str(RATE),
                "-c",
                "1",
                "-b",
                "16",
                str(noise),
                "synth",
                f"{seconds:.3f}",
                "pinknoise",
                "mix",
                "brownnoise",
                "gain",
                "-n",
                f"{level_db:g}",
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [_need("sox"), "-m", str(clean), str(noise), str(out), "gain", "-n", "-1"],
            check=True,
            capture_output=True,
        )


def turns(session: dict) -> list[tuple[str, str]]:
    data = session.get("transcript", session)
    return [(s.get("speaker", "other"), s["text"]) for s in data["segments"]]


def generate(session: dict, out: Path, *, noise_db: float | None = None, seed: int = 7) -> dict:
    """Speak a session to `out` (WAV, 16 kHz mono); returns its true transcript with times."""
    rng = random.Random(seed)
    pieces: list[np.ndarray] = [np.zeros(int(RATE * 0.5), dtype=np.float32)]
    cursor = 0.5
    segments = []
    with tempfile.TemporaryDirectory() as tmp:
        for speaker, text in turns(session):
            audio = speak(text, VOICES.get(speaker, VOICES["other"]), Path(tmp))
            segments.append(
                {
                    "start": round(cursor, 2),
                    "end": round(cursor + audio.size / RATE, 2),
                    "speaker": speaker,
                    "text": text,
                }
            )
            gap = rng.uniform(0.5, 1.3)
            pieces += [audio * 0.8, np.zeros(int(RATE * gap), dtype=np.float32)]
            cursor += audio.size / RATE + gap
        out.parent.mkdir(parents=True, exist_ok=True)
        if noise_db is None:
            _write_wav(out, np.concatenate(pieces))
        else:
            clean = Path(tmp) / "clean.wav"
            _write_wav(clean, np.concatenate(pieces))
            add_noise(clean, out, noise_db)
    truth = {
        "id": session.get("id", out.stem),
        "discipline": session.get("discipline", ""),
        "noise_db": noise_db,
        "transcript": {"segments": segments},
        "duration": round(cursor, 2),
    }
    out.with_suffix(".json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    return truth


def scripts(only: list[str] | None = None) -> list[dict]:
    """Every scripted session: our multi-voice ones first, then the drafting sessions."""
    found = []
    for folder in SCRIPTS:
        for path in sorted(folder.glob("*.json")):
            session = json.loads(path.read_text(encoding="utf-8"))
            session.setdefault("id", path.stem)
            if not only or session["id"] in only:
                found.append(session)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--noise-db", type=float, default=None, help="room noise level in dBFS, e.g. -40")
    parser.add_argument("--only", nargs="*", help="session ids")
    args = parser.parse_args()
    for session in scripts(args.only):
        truth = generate(session, args.out / f"{session['id']}.wav", noise_db=args.noise_db)
        print(f"{truth['id']}: {truth['duration']:.1f} s, {len(truth['transcript']['segments'])} turns")


if __name__ == "__main__":
    main()
