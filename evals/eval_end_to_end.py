"""The scribe from sound: sessions written by others spoken by espeak-ng (therapist, patient and
caregiver in their own voices, 0.5-1.3 s between turns), transcribed by the product with the settings'
backend and model, then drafted. Codes and units must come out as from the typed text, and each heard
segment must carry the role of whoever spoke then. And the real two-person recording of
shared/corpora/real-speech: the share of its talk time given to the right voice.

`PER_SET` sessions spread over each half of the three blind sets (evals/data/blind, blind2, blind3), all
development data now (the fourth, blind4, is held out and not spoken here). `python -m evals.audio_misses`
gives the same figures with the audio and transcripts cached, and shows what was heard.
"""

import tempfile
from pathlib import Path

from core.config import corpora_dir, get_settings
from evals.eval_drafts import SETS, drafted, sessions
from evals.speech import generate
from evals.speech_metrics import diarization_accuracy, read_stm, role_at, speaker_accuracy
from scribe.pipeline import load_file, transcribe_audio
from scribe.stt import recognizer, vocabulary_prompt
from scribe.transcript import parse

PER_SET = 10
SPOKEN_SETS = ("blind-dev", "blind-test", "blind2-dev", "blind2-test", "blind3-dev", "blind3-test")
REAL = corpora_dir() / "real-speech"


def coded(session: dict, transcript: dict) -> tuple[dict[str, int], set[str]]:
    """(codes and units, the codes the draft marks for review because their minutes were heard unsure)."""
    result = drafted(session, parse(transcript))
    return {c["code"]: c["units"] for c in result.codes}, set(result.review)


def verdict(expected: dict[str, int], got: dict[str, int], review: set[str]) -> str:
    """'exact' (and nothing marked for review), 'flagged' (every code that differs, or the session's only
    difference, is marked for review: a look, not a wrong bill), or 'wrong' (a code differs and nothing
    marks it: billed wrong with confidence)."""
    differ = {c for c in expected.keys() | got.keys() if expected.get(c) != got.get(c)}
    if not differ:
        return "flagged" if review else "exact"
    return "flagged" if differ <= review else "wrong"


def score(session: dict, engine, settings, folder: Path) -> dict:
    wav = folder / f"{session['id']}.wav"
    truth = generate(session, wav)
    heard = transcribe_audio(load_file(wav, settings), engine, prompt=vocabulary_prompt())
    said = truth["transcript"]["segments"]
    right_segments = sum(role_at(said, s["start"], s["end"]) == s["speaker"] for s in heard["segments"])
    words_share, words = speaker_accuracy(said, heard["segments"])
    (spoken, review), (typed, _) = coded(session, heard), coded(session, session["transcript"])
    found = verdict(session["expected"]["codes"], spoken, review)
    return {
        "id": session["id"],
        "audio_exact": found == "exact",
        "audio_flagged": found == "flagged",
        "audio_wrong": found == "wrong",
        "typed_exact": typed == session["expected"]["codes"],
        # What the draft from sound got instead (`python -m evals.audio_misses` shows the turns).
        "differs": ", ".join(
            f"{code} {typed.get(code, 0)}->{spoken.get(code, 0)}"
            for code in sorted(set(typed) | set(spoken))
            if typed.get(code) != spoken.get(code)
        ),
        "segments": len(heard["segments"]),
        "segments_right": right_segments,
        "words": words,
        "words_right": words_share * words,
    }


def run() -> list[dict]:
    settings = get_settings()
    engine = recognizer(settings)
    label = f"{engine.backend} {engine.model}"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in SPOKEN_SETS:
            found = sessions(SETS[name]) if SETS[name].is_dir() else []
            # Spread over the set (its files sort by discipline): PT, OT and SLP alike.
            chosen = found[:: max(1, len(found) // PER_SET)][:PER_SET]
            if not chosen:
                continue
            scores = [score(s, engine, settings, Path(tmp)) for s in chosen]
            n = len(scores)
            segments = sum(s["segments"] for s in scores)
            words = sum(s["words"] for s in scores)
            suite = f"from audio: {name} ({label})"
            rows += [
                {
                    "suite": suite,
                    "metric": f"codes and units exact from audio ({n} sessions)",
                    "value": f"{sum(s['audio_exact'] for s in scores)}/{n}",
                    "goal": "within 5 points of typed",
                },
                {
                    "suite": suite,
                    "metric": "from audio, codes marked for review (minutes heard unsure)",
                    "value": f"{sum(s['audio_flagged'] for s in scores)}/{n}",
                    "goal": "",
                },
                {
                    "suite": suite,
                    "metric": "from audio, codes wrong without a mark for review",
                    "value": f"{sum(s['audio_wrong'] for s in scores)}/{n}",
                    "goal": "0",
                },
                {
                    "suite": suite,
                    "metric": "codes and units exact from the typed text, same sessions",
                    "value": f"{sum(s['typed_exact'] for s in scores)}/{n}",
                    "goal": "",
                },
                {
                    "suite": suite,
                    "metric": f"segments with the right role ({segments} segments)",
                    "value": f"{sum(s['segments_right'] for s in scores) / max(segments, 1):.3f}",
                    "goal": ">= 0.9",
                },
                {
                    "suite": suite,
                    "metric": "words with the right role",
                    "value": f"{sum(s['words_right'] for s in scores) / max(words, 1):.3f}",
                    "goal": ">= 0.9",
                },
            ]
            rows += [
                {
                    "suite": suite,
                    "metric": f"codes differ from audio: {s['id']} (units typed->audio)",
                    "value": s["differs"],
                    "goal": "",
                }
                for s in scores
                if s["typed_exact"] and not s["audio_exact"]
            ]
    if (REAL / "sample.wav").exists():
        heard = transcribe_audio(load_file(REAL / "sample.wav", settings), engine, prompt=vocabulary_prompt())
        segments = heard["segments"]
        rows.append(
            {
                "suite": "from audio: real two-person recording",
                "metric": f"talk time given to the right voice ({len(segments)} segments, "
                f"{len({s['speaker'] for s in segments})} voices)",
                "value": f"{diarization_accuracy(read_stm(REAL / 'sample.stm'), segments):.3f}",
                "goal": ">= 0.75 (one segment: 0.481)",
            }
        )
    return rows
