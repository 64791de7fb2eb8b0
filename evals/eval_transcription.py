"""The transcriber on spoken sessions (PT, OT, SLP; two and three voices; espeak-ng with room
noise): word error rate with and without the therapy-vocabulary prompt, the error rate on therapy
terms, and the share of words given the right speaker role. The settings' backend and model."""

import tempfile
from pathlib import Path

from core.config import get_settings
from evals.speech import generate, scripts
from evals.speech_metrics import speaker_accuracy, term_error_rate, wer
from scribe.pipeline import load_file, transcribe_audio
from scribe.stt import recognizer, vocabulary_prompt

SESSIONS = (
    "ot-daily-fine-motor",
    "slp-daily-aphasia",
    "example-pt-daily-ankle",
    "example-ota-daily-hand",
    "example-slp-daily-dysphagia",
    "gen-00-pt-daily-pt",
    "gen-01-ot-evaluation-ot",
    "gen-02-slp-progress-slp",
)
NOISE_DB = -38.0


def run() -> list[dict]:
    settings = get_settings()
    engine = recognizer(settings)
    label = f"{engine.backend} {engine.model}"
    said_all, with_prompt, without_prompt = [], [], []
    right, words = 0.0, 0
    with tempfile.TemporaryDirectory() as tmp:
        for session in scripts(list(SESSIONS)):
            truth = generate(session, Path(tmp) / f"{session['id']}.wav", noise_db=NOISE_DB)
            audio = load_file(Path(tmp) / f"{session['id']}.wav", settings)
            prompted = transcribe_audio(audio, engine, prompt=vocabulary_prompt())
            plain = transcribe_audio(audio, engine, prompt=None)
            said_all.append(" ".join(s["text"] for s in truth["transcript"]["segments"]))
            with_prompt.append(prompted["text"])
            without_prompt.append(plain["text"])
            share, n = speaker_accuracy(truth["transcript"]["segments"], prompted["segments"])
            right, words = right + share * n, words + n
    said, heard, heard_plain = " ".join(said_all), " ".join(with_prompt), " ".join(without_prompt)
    ter, mentions = term_error_rate(said, heard)
    ter_plain, _ = term_error_rate(said, heard_plain)
    suite = "transcription"
    return [
        {
            "suite": suite,
            "metric": f"WER with the vocabulary prompt ({label})",
            "value": f"{wer(said, heard):.3f}",
            "goal": "lower",
        },
        {
            "suite": suite,
            "metric": "WER without the prompt",
            "value": f"{wer(said, heard_plain):.3f}",
            "goal": "",
        },
        {
            "suite": suite,
            "metric": f"therapy-term error rate with the prompt ({mentions} mentions)",
            "value": f"{ter:.3f}",
            "goal": "lower",
        },
        {
            "suite": suite,
            "metric": "therapy-term error rate without the prompt",
            "value": f"{ter_plain:.3f}",
            "goal": "",
        },
        {
            "suite": suite,
            "metric": f"speaker role accuracy ({len(SESSIONS)} sessions, {words} words)",
            "value": f"{right / words:.3f}",
            "goal": ">= 0.9",
        },
    ]
