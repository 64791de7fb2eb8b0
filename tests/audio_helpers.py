"""Short spoken sessions for the transcription tests (espeak-ng and sox, as in evals/speech.py)."""

import subprocess
from pathlib import Path

from evals.speech import generate
from evals.speech_metrics import normalise, wer  # noqa: F401 (the tests' one way to score)

SHORT = {
    "id": "short-pt",
    "transcript": {
        "segments": [
            {"speaker": "therapist", "text": "Good morning. Let's start with ten straight leg raises today."},
            {"speaker": "patient", "text": "My knee pain is about three out of ten this morning."},
            {
                "speaker": "therapist",
                "text": "Great. Now hold the stretch for thirty seconds and breathe. Therapeutic exercise, twelve minutes.",
            },
        ]
    },
}


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
