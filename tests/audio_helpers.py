"""Short spoken sessions for the transcription tests (espeak-ng and sox, as in evals/speech.py)."""

import re
import subprocess
from pathlib import Path

import jiwer
from whisper.normalizers import EnglishTextNormalizer

from evals.speech import generate

SHORT = {
    "id": "short-pt",
    "transcript": {
        "segments": [
            {"speaker": "therapist", "text": "Good morning. Let's start with ten straight leg raises today."},
            {"speaker": "patient", "text": "My knee pain is about three out of ten this morning."},
            {"speaker": "therapist", "text": "Great. Now hold the stretch for thirty seconds and breathe."},
        ]
    },
}

_normal = EnglishTextNormalizer()


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", _normal(text)).strip()


def wer(truth: str, heard: str) -> float:
    return float(jiwer.wer(normalise(truth), normalise(heard)))


def short_clip(folder: Path) -> tuple[Path, dict]:
    """The three-turn, two-voice session as a 16 kHz WAV, and its true transcript."""
    path = folder / "short.wav"
    truth = generate(SHORT, path)
    return path, truth


def to_webm(wav: Path) -> Path:
    """The clip as a browser's MediaRecorder sends it: WebM with Opus."""
    out = wav.with_suffix(".webm")
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-y", "-i", str(wav), "-c:a", "libopus", "-b:a", "32k", str(out)],
        check=True,
    )
    return out
