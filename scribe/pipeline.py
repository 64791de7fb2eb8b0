"""From audio to a transcript: voice activity, speech to text by windows, speaker roles.

The same steps serve a whole file (`transcribe_audio`) and a recording that is still arriving
(`advance`): pieces already transcribed are kept in the database, so when a live recording ends only
the audio after the last kept piece is left to do.
"""

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine
from sqlmodel import Session

from core.billing.reference import codes as reference_codes
from core.config import Settings
from core.recordings import service
from core.recordings.models import Recording, TranscriptPiece
from scribe import live_audio, models, services, soundalike, speakers, stt
from scribe.audio import SAMPLE_RATE, Audio, AudioError, check_usable, decode, decode_pcm16
from scribe.speakers import Vectors
from scribe.stt import Piece, Recognizer, Word
from scribe.vad import Region, speech_regions, windows

# A live piece is cut only where the talk has stopped at least this long before the newest audio.
_SETTLED_SECONDS = 1.0
# A window runs this far into the pause after its talk, never nearer than _GAP_KEPT to the next talk.
_TAIL_SECONDS = 0.5
_GAP_KEPT = 0.05
# One speaker's talk split by a short pause is one turn again in the transcript.
_SAME_TURN_GAP = 1.0
# A run of talk at least this long that a stretch's decoding gave no words is heard again, in windows
# this long (a lone short region without words usually lent them to its neighbour: not a skip).
_RETRY_SECONDS = 3.0
_SHORT_WINDOW = 28.0
# The words heard before a stretch that go after the vocabulary in its prompt, and the kept pieces
# they are read from. On the 10-minute session, offline: 20 words WER 0.086, therapy-term error
# 0.203; 60 words 0.093 and 0.297; none 0.091 and 0.270. Live (simulated, 20-second pieces): 20 words
# 0.109 and 0.216; 60 words 0.131 and 0.230. Whisper keeps a prompt's last 223 tokens (`stt.PROMPT_TOKENS`):
# fewer words go where they would push the vocabulary's first terms out (`with_context`).
_CONTEXT_WORDS = 20
_CONTEXT_PIECES = 12


@dataclass(frozen=True)
class Heard:
    start: float
    end: float
    text: str
    embedding: Vectors | None
    # The numbers of `text` the recogniser was unsure of (`stt.unsure`), as `unsure_spans` gives them.
    unsure: tuple[dict[str, Any], ...] = ()


def transcribe_windows(
    audio: Audio,
    groups: list[list[Region]],
    recognizer: Recognizer,
    *,
    prompt: str | None,
    heard_before: str = "",
    offset: float = 0.0,
    progress: Callable[[float], None] | None = None,
    on_piece: Callable[[int, int], None] | None = None,
) -> list[Heard]:
    """Each stretch of speech regions through the recognizer, then its words given back to the region
    they were said in: a region (talk between pauses) is one speaker's, so it becomes one segment with
    its own voice embedding. Each stretch's prompt ends with the words heard before it (`heard_before`
    is what was kept before `audio`). Times are seconds from `offset` (the recording's start);
    `progress` gets the seconds of `audio` done so far, `on_piece` the stretch about to be heard
    (1-based) and how many there are."""
    heard: list[Heard] = []
    if not groups:  # all of it was heard already while the recording went on
        return heard
    ends = [g[0].start - _GAP_KEPT for g in groups[1:]] + [audio.size / SAMPLE_RATE]
    hotwords = service_terms(prompt or "") or None
    for number, (group, limit) in enumerate(zip(groups, ends, strict=True), start=1):
        if on_piece:
            on_piece(number, len(groups))
        # A region runs from pause to pause; turns that run into each other are cut where the voice changes.
        group = speakers.split_at_changes(audio, group)
        context = " ".join([heard_before, *(h.text for h in heard[-_CONTEXT_PIECES:])])
        prompted = with_context(prompt, context, model=recognizer.model)
        said = _hear(audio, group, recognizer, prompted, hotwords, progress, limit)
        # Decoding a long stretch can jump past talk (Whisper's timestamps run ahead): talk that got
        # no words is heard again on its own, one short window per run of such regions.
        missed = _runs([i for i, words in enumerate(said) if not words])
        for run in (r for r in missed if sum(group[i].length for i in r) >= _RETRY_SECONDS):
            for window in windows([group[i] for i in run], longest=_SHORT_WINDOW):
                again = _hear(audio, window, recognizer, prompted, hotwords, None, limit)
                for region, words in zip(window, again, strict=True):
                    said[group.index(region)] = words
        for region, words in zip(group, said, strict=True):
            # The clinician's shorthand heard as ordinary words that sound the same ("the rack's 16
            # minutes") is written as the prompt's term it sounds like, and only that one.
            text, written = soundalike.repaired(
                stt.clock_times("".join(w.text for w in words).strip()), prompt or ""
            )
            if text:
                clip = audio[int(region.start * SAMPLE_RATE) : int(region.end * SAMPLE_RATE)]
                heard.append(
                    Heard(
                        offset + region.start,
                        offset + region.end,
                        text,
                        speakers.embed(clip),
                        unsure_spans(words, text) + repaired_spans(written),
                    )
                )
        if progress:
            progress(group[-1].end)
    return heard


def _hear(
    audio: Audio,
    group: list[Region],
    recognizer: Recognizer,
    prompt: str | None,
    hotwords: str | None,
    progress: Callable[[float], None] | None,
    limit: float,
) -> list[list[Word]]:
    """The words of one window, region by region (a word goes where its middle was said). The window
    runs a little into the pause after its talk (up to `limit`, where the next window's talk begins):
    a last word whose tail the voice-activity edge clipped is still heard whole."""
    first = group[0].start
    end = max(group[-1].end, min(group[-1].end + _TAIL_SECONDS, limit))
    window = audio[int(first * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
    said: list[list[Word]] = [[] for _ in group]
    starts = [r.start for r in group]

    def step(seconds: float) -> None:
        if progress:
            progress(first + seconds)

    for number, piece in enumerate(
        recognizer.transcribe(
            window, prompt=prompt, hotwords=hotwords, progress=step, speech_end=group[-1].end - first
        )
    ):
        if not piece.text or _echoes(piece, prompt) or (number and _made_up(piece)):
            continue
        for word in piece.words or (Word(piece.start, piece.end, " " + piece.text),):
            said[_nearest(group, starts, first + (word.start + word.end) / 2)].append(word)
    return said


@lru_cache(maxsize=4)
def service_terms(prompt: str) -> str:
    """The terms of a vocabulary prompt that name a timed service as `scribe.services` reads them ("ther
    ex", "joint mobs", "e-stim"): the recogniser's hotwords, whose near-sounding words beside a minute
    count it hears again (`stt.Recognizer`). The shorthand a service's minutes hang on is what espeak
    sessions lost most ("the rack", "the X", "a wrecked"), prompt or not."""
    timed = reference_codes()
    kept = []
    for term in soundalike.prompt_terms(prompt):
        named = services.activities(term)
        if len(named) != 1 or (named[0].start, named[0].end) != (0, len(term)):
            continue
        code = named[0].code
        # e-stim is read as the unattended kind until the visit says it was attended (97032, timed).
        if code == services.UNATTENDED_STIM or (code in timed and timed[code].timed):
            kept.append(term)
    return ", ".join(kept)


def repaired_spans(written: tuple[soundalike.Repaired, ...]) -> tuple[dict[str, Any], ...]:
    """Each service term the text-only repair wrote, as an unsure span with what was heard: the draft
    asks the clinician to confirm the service where the words heard would bill otherwise, as it does
    for a term the recogniser wrote after hearing the audio again."""
    return tuple({"start": w.start, "end": w.end, "other": w.heard} for w in written)


def unsure_spans(words: list[Word], text: str) -> tuple[dict[str, Any], ...]:
    """Where in `text` (the words joined, then repaired by `soundalike`) each number the recogniser was
    unsure of stands: {"start", "end"} (characters), its probability, and for a teen or ten the other
    reading with how much less likely it scored. The repair never touches a number, so the n-th time a
    number's spelling stands alone in the joined words is the n-th time in `text`."""
    spans: list[dict[str, Any]] = []
    joined = ""
    for word in words:
        joined += word.text
        if not stt.unsure(word):
            continue
        spelled = word.text.strip()
        alone = re.compile(rf"(?<![\w.-]){re.escape(spelled)}(?![\w-])")
        nth = len(alone.findall(joined.lstrip()))
        found = list(alone.finditer(text))
        if nth == 0 or nth > len(found):
            continue
        at = found[nth - 1]
        span: dict[str, Any] = {
            "start": at.start(),
            "end": at.end(),
            "probability": round(word.probability, 3),
        }
        if word.other:
            span |= {"other": word.other.strip(), "margin": round(word.margin or 0.0, 3)}
        spans.append(span)
    return tuple(spans)


def _runs(indices: list[int]) -> list[list[int]]:
    """Consecutive indices together: [1, 2, 5] -> [[1, 2], [5]]."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _nearest(group: list[Region], starts: list[float], moment: float) -> int:
    """The region a moment falls in, or the closest one (a stretch holds many regions: bisect)."""
    at = bisect_right(starts, moment) - 1
    candidates = [i for i in (at, at + 1) if 0 <= i < len(group)]
    return min(
        candidates,
        key=lambda i: (
            0.0
            if group[i].start <= moment <= group[i].end
            else min(abs(group[i].start - moment), abs(group[i].end - moment))
        ),
    )


def _echoes(piece: Piece, prompt: str | None) -> bool:
    """Whisper sometimes repeats its prompt over noise: such a piece was never said."""
    return bool(prompt) and len(piece.text) > 20 and piece.text.strip(" .") in (prompt or "")


# A piece after the first of a window whose words come faster than anyone speaks and that the model
# itself doubts was made up in the pause that ends the window: live pieces end in half a second of
# pause, and there Whisper wrote "Thank you." and "Thank you so much." (first word 0.02), or the
# window's earlier sentence again (12 words in 0.4 s): under a sixth of a second a word. On the live
# path (`python -m bench.live_boundaries`: 275 s spoken, 11 piece boundaries) 8 such words at the
# boundaries before, 0 after.
_FASTEST_WORDS_PER_SECOND = 6.0
_DOUBTED_FIRST_WORD = 0.1
_DOUBTED_MEAN = 0.5


# A piece of answer words alone ("No, no.", "Nope.", "Yeah, yes.") is said fast and heard unsure as a
# matter of course, and what it answers is often a denial: dropping it would leave a finding asked
# about and never denied, so it is kept however fast and doubted.
_ANSWER_WORDS = frozenset(
    {"no", "nope", "nah", "not", "never", "none", "yes", "yeah", "yep", "yup", "uh-uh", "mm-hmm", "uh-huh"}
)


def _only_answers(words: list[Word]) -> bool:
    return all(re.sub(r"[^\w-]", "", w.text.lower()) in _ANSWER_WORDS for w in words)


def _made_up(piece: Piece) -> bool:
    """Whether a piece after a window's first was made up in the pause that ends it (see above)."""
    words = [w for w in piece.words if w.text.strip()]
    if len(words) < 2 or _only_answers(words):
        return False
    span = max(words[-1].end - words[0].start, 1e-3)
    doubted = (
        words[0].probability < _DOUBTED_FIRST_WORD
        or sum(w.probability for w in words) / len(words) < _DOUBTED_MEAN
    )
    return len(words) / span > _FASTEST_WORDS_PER_SECOND and doubted


def label(heard: list[Heard], *, enrolled: Vectors | None = None) -> list[dict[str, Any]]:
    """The transcript's segments, each with a speaker role."""
    turns = [speakers.Turn(h.start, h.end, h.text) for h in heard]
    roles = speakers.label_embedded(turns, [h.embedding for h in heard], enrolled=enrolled)
    segments: list[dict[str, Any]] = []
    for h, role in zip(heard, roles, strict=True):
        if segments and segments[-1]["speaker"] == role and h.start - segments[-1]["end"] < _SAME_TURN_GAP:
            shift = len(segments[-1]["text"]) + 1
            segments[-1]["end"] = round(h.end, 2)
            segments[-1]["text"] += " " + h.text
            unsure = [{**u, "start": u["start"] + shift, "end": u["end"] + shift} for u in h.unsure]
        else:
            segments.append(
                {"start": round(h.start, 2), "end": round(h.end, 2), "speaker": role, "text": h.text}
            )
            unsure = list(h.unsure)
        if unsure:
            segments[-1].setdefault("unsure", []).extend(unsure)
    return segments


def transcript(
    segments: list[dict[str, Any]], *, duration: float, backend: str, model: str
) -> dict[str, Any]:
    """The transcript object of ../shared/examples/README.md, with what produced it."""
    return {
        "segments": segments,
        "text": " ".join(s["text"] for s in segments),
        "duration": round(duration, 2),
        "backend": backend,
        "model": model,
    }


def transcribe_audio(
    audio: Audio,
    recognizer: Recognizer,
    *,
    prompt: str | None = None,
    progress: Callable[[float], None] | None = None,
) -> dict[str, Any]:
    """A whole recording at once (the CLI, the benchmark); `progress` gets seconds done."""
    check_usable(audio)
    regions = speech_regions(audio)
    if not regions:
        raise AudioError("the recording is silent: no speech was found")
    groups = windows(regions, longest=recognizer.stretch)
    heard = transcribe_windows(audio, groups, recognizer, prompt=prompt, progress=progress)
    duration = audio.size / SAMPLE_RATE
    return transcript(label(heard), duration=duration, backend=recognizer.backend, model=recognizer.model)


def voiceprint(audio: Audio, *, least_speech: float = 5.0) -> tuple[list[float], float]:
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


def load_file(path: Path, settings: Settings) -> Audio:
    if path.stat().st_size > settings.audio_max_megabytes * 1_000_000:
        raise AudioError(f"the file is larger than the {settings.audio_max_megabytes} MB limit")
    return decode(path, max_seconds=settings.audio_max_minutes * 60)


def _audio_since(
    recording: Recording, path: Path, settings: Settings, since: float, *, final: bool
) -> tuple[Audio, float]:
    """A recording's acknowledged audio from `since` seconds on, and the seconds there are in all.

    A live WebM arriving in this process is taken from its decoder (each byte decoded once); otherwise
    the file is decoded, where a live one may end in a chunk still being written."""
    if recording.audio_format == "pcm16":
        with path.open("rb") as stream:
            audio = decode_pcm16(stream.read(recording.bytes_acked), sample_rate=recording.sample_rate)
        return audio[int(since * SAMPLE_RATE) :], audio.size / SAMPLE_RATE
    decoder = live_audio.decoders.get(recording.id or 0)
    if decoder is not None and (not final or decoder.wait_finished()):
        try:
            return decoder.audio_from(since), decoder.seconds()
        except LookupError:
            pass  # the audio asked for was let go: a second worker racing this one; decode the file
    audio = decode(
        path, max_seconds=settings.audio_max_minutes * 60, partial_ok=not final or recording.kind == "live"
    )
    return audio[int(since * SAMPLE_RATE) :], audio.size / SAMPLE_RATE


def with_context(prompt: str | None, heard_before: str, *, model: str = "") -> str | None:
    """The vocabulary prompt followed by the last words already heard, as Whisper's own long-form
    decoding carries them from one 30-second pass to the next (live pieces decoded without them made
    up words and left turns out: see `_CONTEXT_WORDS`). Whisper keeps the prompt's last 223 tokens,
    so the words said just before come last; with `model` named, the oldest of them are left out until
    the whole prompt fits in those tokens, so no term of the vocabulary is cut (numbers and names take
    several tokens a word: twenty words of them pushed out the vocabulary's first terms)."""
    words = heard_before.split()[-_CONTEXT_WORDS:]
    if not words:
        return prompt
    if model and prompt:
        try:
            while words and stt.prompt_tokens(" ".join([prompt, *words]), model) > stt.PROMPT_TOKENS:
                words = words[1:]
        except models.ModelUnavailable:
            pass  # no tokenizer to count with: the words as they are
    return " ".join([prompt or "", *words]).strip()


def settled_regions(tail: Audio, *, final: bool, least: float) -> tuple[list[Region], Audio]:
    """The talk of a live recording's unsent audio that a piece may take now: all of it when the
    recording is closed; else only regions whose pause after them has settled, and only once they hold
    at least `least` seconds (no region is cut in two: a word at a piece's edge is heard whole).
    With them, the audio the piece may hear: the tail up to the talk that follows them, which is the
    next piece's. A window runs into the pause after its talk (`_TAIL_SECONDS`); where that pause was
    shorter than the run, the piece heard the next piece's first word as well, cut: "knee bend. Gait
    training was nine minutes" came out "knee bend. Gate." and then "Gate. Training was eye-mitted."."""
    regions = speech_regions(tail)
    if final:
        return regions, tail
    settled = [r for r in regions if r.end < tail.size / SAMPLE_RATE - _SETTLED_SECONDS]
    if not settled or settled[-1].end < least:
        return [], tail[:0]
    after = regions[len(settled) :]
    heard_to = max(settled[-1].end, after[0].start - _GAP_KEPT) if after else tail.size / SAMPLE_RATE
    return settled, tail[: int(heard_to * SAMPLE_RATE)]


def advance(
    engine: Engine,
    settings: Settings,
    recording_id: int,
    recognizer: Recognizer,
    *,
    final: bool,
    prompt: str | None = None,
    least: float = 0.0,
    progress: Callable[[float], None] | None = None,
    on_piece: Callable[[int, int], None] | None = None,
) -> list[dict[str, Any]]:
    """Transcribe what arrived since the last kept piece and keep it; returns the new segments.

    Not final: only up to the last pause that is settled, so no word is cut in two, and only once at
    least `least` seconds of talk are settled (a short piece leaves most of Whisper's 30-second pass
    to padding, where it invents words). Final: to the end. Two callers racing on one recording cannot
    both keep their pieces (see `service.add_pieces`).
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
        tail, total = _audio_since(recording, path, settings, since, final=final)
        if not final and total - since < least + _SETTLED_SECONDS:
            return []
        regions, audible = settled_regions(tail, final=final, least=least)
        if not regions and not final:
            return []
        groups = windows(regions, longest=recognizer.stretch)
        # Read only now: a live recording is looked at every few seconds, mostly to find too little talk.
        with Session(engine, expire_on_commit=False) as session:
            before = " ".join(p.text for p in service.pieces(session, recording_id)[-_CONTEXT_PIECES:])

        def step(seconds: float, since: float = since, total: float = total) -> None:
            if progress and total:
                progress(min((since + seconds) / total, 0.99))

        heard = transcribe_windows(
            audible,
            groups,
            recognizer,
            prompt=prompt,
            heard_before=before,
            offset=since,
            progress=step,
            on_piece=on_piece,
        )
        until = total if final or not groups else since + groups[-1][-1].end
        new = [kept_piece(recording_id, h) for h in heard]
        with Session(engine, expire_on_commit=False) as session:
            if service.add_pieces(session, recording_id, since=since, until=until, new=new):
                if (decoder := live_audio.decoders.get(recording_id)) is not None:
                    decoder.let_go(until)
                return [{"start": round(h.start, 2), "end": round(h.end, 2), "text": h.text} for h in heard]
        if not final:
            return []  # another worker kept this stretch first


def kept_piece(recording_id: int, heard: Heard) -> TranscriptPiece:
    """What a live recording keeps of a piece as it is heard: its words, voice and unsure numbers."""
    return TranscriptPiece(
        recording_id=recording_id,
        start=heard.start,
        end=heard.end,
        text=heard.text,
        embedding=None if heard.embedding is None else [round(float(x), 5) for x in heard.embedding],
        unsure=list(heard.unsure) or None,
    )


def heard_again(piece: TranscriptPiece) -> Heard:
    """A kept piece as it was heard, for the roles and the transcript once the recording is closed."""
    return Heard(
        piece.start,
        piece.end,
        piece.text,
        None if piece.embedding is None else np.asarray(piece.embedding, dtype=np.float32),
        tuple(piece.unsure or ()),
    )


def finalize(
    engine: Engine,
    settings: Settings,
    recording_id: int,
    recognizer: Recognizer,
    *,
    prompt: str | None = None,
    progress: Callable[[float], None] | None = None,
    on_piece: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """The rest of a closed recording, then speaker roles over all of it: the saved transcript.
    `on_piece` is told each piece of the rest as the transcriber starts it, and how many there are."""
    advance(
        engine,
        settings,
        recording_id,
        recognizer,
        final=True,
        prompt=prompt,
        progress=progress,
        on_piece=on_piece,
    )
    with Session(engine, expire_on_commit=False) as session:
        recording = session.get(Recording, recording_id)
        assert recording is not None
        kept = service.pieces(session, recording_id)
        if not kept:
            raise AudioError("the recording is silent: no speech was found")
        heard = [heard_again(p) for p in kept]
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
