"""From audio to a transcript: voice activity, speech to text by windows, speaker roles.

The same steps serve a whole file (`transcribe_audio`) and a recording that is still arriving
(`advance`): pieces already transcribed are kept in the database, so when a live recording ends only
the audio after the last kept piece is left to do.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import Engine
from sqlmodel import Session

from core.config import Settings
from core.recordings import service
from core.recordings.models import Recording, TranscriptPiece
from scribe import speakers
from scribe.audio import SAMPLE_RATE, AudioError, check_usable, decode, decode_pcm16
from scribe.stt import Piece, Recognizer, Word
from scribe.vad import Region, speech_regions, windows

# A live piece is cut only where the talk has stopped at least this long before the newest audio.
_SETTLED_SECONDS = 1.0
# One speaker's talk split by a short pause is one turn again in the transcript.
_SAME_TURN_GAP = 1.0


@dataclass(frozen=True)
class Heard:
    start: float
    end: float
    text: str
    embedding: np.ndarray | None


def transcribe_windows(
    audio: np.ndarray,
    groups: list[list[Region]],
    recognizer: Recognizer,
    *,
    prompt: str | None,
    offset: float = 0.0,
    progress: Callable[[int, int], None] | None = None,
) -> list[Heard]:
    """Each window of speech regions through the recognizer, then its words given back to the region
    they were said in: a region (talk between pauses) is one speaker's, so it becomes one segment with
    its own voice embedding. Times are seconds from `offset` (the recording's start)."""
    heard: list[Heard] = []
    for done, group in enumerate(groups, 1):
        first = group[0].start
        window = audio[int(first * SAMPLE_RATE) : int(group[-1].end * SAMPLE_RATE)]
        said: list[list[str]] = [[] for _ in group]
        for piece in recognizer.transcribe(window, prompt=prompt):
            if not piece.text or _echoes(piece, prompt):
                continue
            words = piece.words or (Word(piece.start, piece.end, " " + piece.text),)
            for word in words:
                middle = first + (word.start + word.end) / 2
                said[_nearest(group, middle)].append(word.text)
        for region, words in zip(group, said, strict=True):
            text = "".join(words).strip()
            if text:
                clip = audio[int(region.start * SAMPLE_RATE) : int(region.end * SAMPLE_RATE)]
                heard.append(Heard(offset + region.start, offset + region.end, text, speakers.embed(clip)))
        if progress:
            progress(done, len(groups))
    return heard


def _nearest(group: list[Region], moment: float) -> int:
    return min(
        range(len(group)),
        key=lambda i: (
            0.0
            if group[i].start <= moment <= group[i].end
            else min(abs(group[i].start - moment), abs(group[i].end - moment))
        ),
    )


def _echoes(piece: Piece, prompt: str | None) -> bool:
    """Whisper sometimes repeats its prompt over noise: such a piece was never said."""
    return bool(prompt) and len(piece.text) > 20 and piece.text.strip(" .") in (prompt or "")


def label(heard: list[Heard], *, enrolled: np.ndarray | None = None) -> list[dict]:
    """The transcript's segments, each with a speaker role."""
    turns = [speakers.Turn(h.start, h.end, h.text) for h in heard]
    roles = speakers.label_embedded(turns, [h.embedding for h in heard], enrolled=enrolled)
    segments: list[dict] = []
    for h, role in zip(heard, roles, strict=True):
        if segments and segments[-1]["speaker"] == role and h.start - segments[-1]["end"] < _SAME_TURN_GAP:
            segments[-1]["end"] = round(h.end, 2)
            segments[-1]["text"] += " " + h.text
        else:
            segments.append(
                {"start": round(h.start, 2), "end": round(h.end, 2), "speaker": role, "text": h.text}
            )
    return segments


def transcript(segments: list[dict], *, duration: float, backend: str, model: str) -> dict:
    """The transcript object of ../shared/examples/README.md, with what produced it."""
    return {
        "segments": segments,
        "text": " ".join(s["text"] for s in segments),
        "duration": round(duration, 2),
        "backend": backend,
        "model": model,
    }


def transcribe_audio(
    audio: np.ndarray,
    recognizer: Recognizer,
    *,
    prompt: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """A whole recording at once (the CLI, an upload, the benchmark)."""
    check_usable(audio)
    regions = speech_regions(audio)
    if not regions:
        raise AudioError("the recording is silent: no speech was found")
    heard = transcribe_windows(audio, windows(regions), recognizer, prompt=prompt, progress=progress)
    duration = audio.size / SAMPLE_RATE
    return transcript(label(heard), duration=duration, backend=recognizer.backend, model=recognizer.model)


def voiceprint(audio: np.ndarray, *, least_speech: float = 5.0) -> tuple[list[float], float]:
    """A clinician's enrolment sample -> (voice embedding, seconds of speech it was made from)."""
    check_usable(audio)
    regions = speech_regions(audio)
    speech = [audio[int(r.start * SAMPLE_RATE) : int(r.end * SAMPLE_RATE)] for r in regions]
    seconds = sum(part.size for part in speech) / SAMPLE_RATE
    if seconds < least_speech:
        raise AudioError(
            f"the sample holds {seconds:.1f} s of speech; read aloud for at least {least_speech:g} s"
        )
    embedding = speakers.embed(np.concatenate(speech))
    if embedding is None:
        raise AudioError("no voice could be measured in the sample")
    return [round(float(x), 6) for x in embedding], round(seconds, 1)


def load_file(path: Path, settings: Settings) -> np.ndarray:
    if path.stat().st_size > settings.audio_max_megabytes * 1_000_000:
        raise AudioError(f"the file is larger than the {settings.audio_max_megabytes} MB limit")
    return decode(path, max_seconds=settings.audio_max_minutes * 60)


def recording_audio(recording: Recording, path: Path, settings: Settings, *, live: bool) -> np.ndarray:
    """A recording's acknowledged audio; a live one may end in a chunk still being written."""
    if recording.audio_format == "pcm16":
        with path.open("rb") as stream:
            return decode_pcm16(stream.read(recording.bytes_acked), sample_rate=recording.sample_rate)
    return decode(
        path, max_seconds=settings.audio_max_minutes * 60, partial_ok=live or recording.kind == "live"
    )


def advance(
    engine: Engine,
    settings: Settings,
    recording_id: int,
    recognizer: Recognizer,
    *,
    final: bool,
    prompt: str | None = None,
    progress: Callable[[float], None] | None = None,
) -> list[dict]:
    """Transcribe what arrived since the last kept piece and keep it; returns the new segments.

    Not final: only up to the last pause that is settled, so no word is cut in two. Final: to the end.
    Two callers racing on one recording cannot both keep their pieces (see `service.add_pieces`).
    """
    while True:
        with Session(engine, expire_on_commit=False) as session:
            recording = session.get(Recording, recording_id)
            if recording is None:
                raise AudioError(f"recording {recording_id} is gone")
            since = recording.transcribed_until
            path = service.audio_path(settings.data_dir, recording)
        if not path.exists():
            raise AudioError("no audio was received for this recording")
        audio = recording_audio(recording, path, settings, live=not final)
        total = audio.size / SAMPLE_RATE
        tail = audio[int(since * SAMPLE_RATE) :]
        regions = speech_regions(tail)
        if not final:
            regions = [r for r in regions if r.end < tail.size / SAMPLE_RATE - _SETTLED_SECONDS]
            if not regions:
                return []
        groups = windows(regions)

        def step(
            done: int,
            of: int,
            since: float = since,
            groups: list[list[Region]] = groups,
            total: float = total,
        ) -> None:
            if progress and total:
                progress(min((since + groups[done - 1][-1].end) / total, 0.99))

        heard = transcribe_windows(tail, groups, recognizer, prompt=prompt, offset=since, progress=step)
        until = total if final or not groups else since + groups[-1][-1].end
        new = [
            TranscriptPiece(
                recording_id=recording_id,
                start=h.start,
                end=h.end,
                text=h.text,
                embedding=None if h.embedding is None else [round(float(x), 5) for x in h.embedding],
            )
            for h in heard
        ]
        with Session(engine, expire_on_commit=False) as session:
            if service.add_pieces(session, recording_id, since=since, until=until, new=new):
                return [{"start": round(h.start, 2), "end": round(h.end, 2), "text": h.text} for h in heard]
        if not final:
            return []  # another worker kept this stretch first


def finalize(
    engine: Engine,
    settings: Settings,
    recording_id: int,
    recognizer: Recognizer,
    *,
    prompt: str | None = None,
    progress: Callable[[float], None] | None = None,
) -> dict:
    """The rest of a closed recording, then speaker roles over all of it: the saved transcript."""
    advance(engine, settings, recording_id, recognizer, final=True, prompt=prompt, progress=progress)
    with Session(engine, expire_on_commit=False) as session:
        recording = session.get(Recording, recording_id)
        assert recording is not None
        kept = service.pieces(session, recording_id)
        if not kept:
            raise AudioError("the recording is silent: no speech was found")
        heard = [
            Heard(
                p.start,
                p.end,
                p.text,
                None if p.embedding is None else np.asarray(p.embedding, dtype=np.float32),
            )
            for p in kept
        ]
        enrolled = service.enrolled_voice(session, recording.visit_id)
        segments = label(heard, enrolled=None if enrolled is None else np.asarray(enrolled, dtype=np.float32))
        duration = recording.transcribed_until
        saved = service.save_transcript(
            session,
            recording,
            segments=segments,
            duration=duration,
            backend=recognizer.backend,
            model=recognizer.model,
        )
        return transcript(saved.segments, duration=duration, backend=saved.backend, model=saved.model)
