"""Words lost or doubled where one live piece ends and the next begins, on the live path itself.

A stretch of the 10-minute session (turns 56 to 96 by default: the plan, the treatment and its
minutes, 275 s) is spoken by espeak-ng, transcribed whole (`transcribe_audio`), and again as the live
path does it: `scribe.pipeline.advance` over a pcm16 recording in a throwaway SQLite store, its audio
acknowledged `--step` seconds at a time and a piece tried after each step, as `scribe.live` tries one
when the last is done (each piece taken as instant, so the cuts do not depend on this machine's load).
The live words are aligned with the offline words of the same audio and with the script; a word
missing or extra within `--near` seconds of a boundary is counted at that boundary.

python -m bench.live_boundaries [--first 56] [--last 96] [--step 2] [--near 2]
Writes bench/results/live-boundaries.json (both transcripts, the boundaries, each word counted).
"""

import argparse
import json
import tempfile
from pathlib import Path

import jiwer
from sqlmodel import Session, SQLModel, create_engine

import core.models  # noqa: F401  every table, so that the recording's foreign keys resolve
from core.config import get_settings
from core.recordings.models import Recording
from evals.speech import generate
from evals.speech_metrics import normalise
from scribe.audio import SAMPLE_RATE
from scribe.pipeline import advance, finalize, load_file, transcribe_audio
from scribe.stt import recognizer, vocabulary_prompt

RESULTS = Path("bench/results")
SESSION = Path("evals/data/audio_sessions/pt-eval-knee-long.json")


def timed_words(segments: list[dict]) -> list[tuple[float, str]]:
    """Each normalised word with a time: spread evenly over its segment."""
    out = []
    for segment in segments:
        words = normalise(segment["text"]).split()
        length = segment["end"] - segment["start"]
        out += [(segment["start"] + length * (i + 0.5) / len(words), w) for i, w in enumerate(words)]
    return out


def at_boundaries(
    truth: list[tuple[float, str]], heard: list[tuple[float, str]], boundaries: list[float], near: float
) -> dict:
    """Words of `truth` missing from `heard` and words of `heard` not in `truth`, at a boundary or not."""
    aligned = jiwer.process_words(" ".join(w for _, w in truth), " ".join(w for _, w in heard))
    found: dict[str, list] = {"lost": [], "extra": [], "changed": []}
    for chunk in aligned.alignments[0]:
        if chunk.type == "delete":
            found["lost"] += truth[chunk.ref_start_idx : chunk.ref_end_idx]
        elif chunk.type == "insert":
            found["extra"] += heard[chunk.hyp_start_idx : chunk.hyp_end_idx]
        elif chunk.type == "substitute":
            found["changed"] += truth[chunk.ref_start_idx : chunk.ref_end_idx]
    out: dict = {"wer": round(float(aligned.wer), 3)}
    for kind, words in found.items():
        near_one = [(round(t, 2), w) for t, w in words if any(abs(t - b) <= near for b in boundaries)]
        out[f"{kind} at a boundary"] = near_one
        out[f"{kind} elsewhere"] = len(words) - len(near_one)
    return out


def live(audio_path: Path, work: Path, step: float) -> tuple[list[dict], list[float]]:
    """The live path over the audio: its final transcript's segments and where each piece ended."""
    settings = get_settings().model_copy(update={"data_dir": work / "data"})
    engine = recognizer(settings)
    audio = load_file(audio_path, settings)
    store = create_engine(f"sqlite:///{work / 'live.db'}")
    SQLModel.metadata.create_all(store)  # SQLite does not check the foreign keys: no visit is needed
    with Session(store) as session:
        recording = Recording(
            visit_id=1, clinic_id=1, patient_id=1, user_id=1, kind="live", audio_format="pcm16"
        )
        session.add(recording)
        session.commit()
        recording_id = recording.id or 0
    path = settings.data_dir / "recordings" / f"{recording_id}.pcm16"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((audio * 32767).astype("<i2").tobytes())
    total, heard, boundaries = audio.size / SAMPLE_RATE, 0.0, []
    while heard < total:
        heard = min(heard + step, total)
        with Session(store) as session:
            row = session.get(Recording, recording_id)
            assert row is not None
            row.bytes_acked = int(heard * SAMPLE_RATE) * 2
            session.add(row)
            session.commit()
        if heard < total and advance(
            store,
            settings,
            recording_id,
            engine,
            final=False,
            prompt=vocabulary_prompt(),
            least=settings.stream_piece_seconds,
        ):
            with Session(store) as session:
                row = session.get(Recording, recording_id)
                assert row is not None
                boundaries.append(row.transcribed_until)
    segments = finalize(store, settings, recording_id, engine, prompt=vocabulary_prompt())["segments"]
    return segments, boundaries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=56)
    parser.add_argument("--last", type=int, default=96)
    parser.add_argument("--step", type=float, default=2.0)
    parser.add_argument("--near", type=float, default=2.0)
    args = parser.parse_args()
    script = json.loads(SESSION.read_text(encoding="utf-8"))
    turns = script["transcript"]["segments"][args.first : args.last]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        truth = generate({"transcript": {"segments": turns}}, work / "live.wav")
        settings = get_settings()
        offline = transcribe_audio(
            load_file(work / "live.wav", settings), recognizer(settings), prompt=vocabulary_prompt()
        )["segments"]
        segments, boundaries = live(work / "live.wav", work, args.step)
    said = timed_words(truth["transcript"]["segments"])
    result = {
        "seconds": truth["duration"],
        "boundaries": [round(b, 2) for b in boundaries],
        "live against offline": at_boundaries(
            timed_words(offline), timed_words(segments), boundaries, args.near
        ),
        "offline against the script": at_boundaries(said, timed_words(offline), boundaries, args.near),
        "live against the script": at_boundaries(said, timed_words(segments), boundaries, args.near),
        "offline": offline,
        "live": segments,
    }
    print(f"{truth['duration']:.0f} s spoken, {len(boundaries)} piece boundaries")
    for name in ("live against offline", "offline against the script", "live against the script"):
        row = result[name]
        counts = {k: len(v) if isinstance(v, list) else v for k, v in row.items()}
        print(f"{name}: {counts}")
        for kind in ("lost", "extra"):
            if row[f"{kind} at a boundary"]:
                print(f"  {kind} at a boundary: {row[f'{kind} at a boundary']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "live-boundaries.json").write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
