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


# A clinician's own dictation after a visit: one voice, what a daily note needs.
DICTATION = {
    "id": "dictation-pt",
    "transcript": {
        "segments": [
            {
                "speaker": "therapist",
                "text": "Patient reports left knee pain, three out of ten this morning.",
            },
            {"speaker": "therapist", "text": "Knee flexion is one hundred and ten degrees."},
            {
                "speaker": "therapist",
                "text": "Therapeutic exercise, twelve minutes, straight leg raises and step ups. "
                "Continue twice a week.",
            },
        ]
    },
}


def dictation_clip(folder: Path, suffix: str = "wav") -> tuple[Path, dict]:
    """The dictation as a 16 kHz WAV, or converted by ffmpeg (mp3, webm...), and its true transcript."""
    path = folder / "dictation.wav"
    truth = generate(DICTATION, path)
    if suffix == "wav":
        return path, truth
    out = path.with_suffix(f".{suffix}")
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(path), str(out)], check=True)
    return out, truth


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
