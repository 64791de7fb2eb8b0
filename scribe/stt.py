"""Speech to text behind one interface, two backends: openai-whisper and faster-whisper (CTranslate2).

Both run the same weights (see `scribe.models`). A model loads once per process and is shared;
each call gets a stretch of talk (at most the recognizer's `stretch` seconds, split at pauses) and
returns timed pieces of text with their words.
"""

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Protocol

import numpy as np

from core.config import Settings, get_settings
from scribe import models
from scribe.audio import SAMPLE_RATE
from scribe.numbers import TENS, UNITS

BACKENDS = ("faster-whisper", "whisper")
PROMPT_FILE = Path(__file__).resolve().parent.parent / "prompts" / "scribe" / "vocabulary.txt"


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    # The recogniser's own probability for the word, and for a teen or ten the other reading with how
    # much less likely it scored (log-probability; see `teen_or_ten`): what a draft needs to mark a
    # minute it should not bill without a look.
    probability: float = 1.0
    other: str = ""
    margin: float | None = None


@dataclass(frozen=True)
class Piece:
    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()


class Recognizer(Protocol):
    backend: str
    model: str
    # The longest audio one call gets (split at pauses); its passes read it with the words before.
    stretch: float

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        prompt: str | None = None,
        progress: Callable[[float], None] | None = None,
        speech_end: float | None = None,
    ) -> list[Piece]: ...


# With word timings, a pass resumes after its last word: what is left of a stretch that ends in a
# pause (the voice-activity pad) would be a pass of its own over near silence, where Whisper repeats
# its prompt, often through every temperature of its fallback (measured: 41 s for a 21-second live
# piece, and the words it made up). A stretch is done once its words reach the end of its talk
# (`speech_end`, where the caller knows it: a pass that stopped at "gait training was" with "nine
# minutes" still to come in the stretch's last second is not the end), else this near its end.
_TRAILING_SECONDS = 1.0
_SPEECH_END_SLACK = 0.3


def _done(piece_end: float, duration: float, speech_end: float | None) -> bool:
    if speech_end is not None:
        return speech_end - piece_end < _SPEECH_END_SLACK
    return duration - piece_end < _TRAILING_SECONDS


# Whisper keeps only the last 223 tokens of a prompt (half its 448-token text context, less one):
# whatever comes before is cut without a word.
PROMPT_TOKENS = 223


@lru_cache(maxsize=4)
def _tokenizer(name: str):  # type: ignore[no-untyped-def]
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(models.tokenizer_file(name)))


def prompt_tokens(text: str, model: str) -> int:
    """How many tokens `model`'s decoder is given for `text` as a prompt (Whisper encodes a prompt with
    a leading space)."""
    return len(_tokenizer(model).encode(" " + text.strip(), add_special_tokens=False).ids)


def vocabulary_prompt() -> str:
    """The therapy-vocabulary prompt (codes, tests, exercises, devices) that biases recognition."""
    return " ".join(PROMPT_FILE.read_text(encoding="utf-8").split())


# Spoken, a teen and its ten differ only in the last syllable's length and stress ("sixteen", "sixty"),
# and Whisper writes one for the other: "That's 16 minutes ther ex" came back "At 60 minutes ther ex"
# (97110 x4 for x1). A 30-second pass leans on the words before it; the audio of the number's own few
# words is read again with each of the two (the decoder forced through each text, no prompt) and the
# likelier kept. On the 60 espeak sessions of evals.audio_misses it put right two of five teens heard
# as tens ("lacks fifteen" heard "X-50", a "19" heard "90") and changed none of the 94 heard right; the
# other three scored alike both ways and stayed (the model hears "sixty" there): it narrows the kind.
_TEENS_TENS = {str(n): str((n - 10) * 10) for n in range(13, 20)}
_TEEN_WORDS = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TEN_WORDS = ("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_OTHER = {
    **_TEENS_TENS,
    **{ten: teen for teen, ten in _TEENS_TENS.items()},
    **dict(zip(_TEEN_WORDS, _TEN_WORDS, strict=True)),
    **dict(zip(_TEN_WORDS, _TEEN_WORDS, strict=True)),
}
_NUMBER_WORD = re.compile(r"^(\W*)([A-Za-z]+|\d+)(\W*)$")
# The words either side of the number read with it: enough to place it in its sentence, few enough
# that the short crop is encoded in a fraction of a pass.
_CONTEXT_AROUND = 4
_CROP_PAD = 0.3


def teen_or_ten(word: str) -> str | None:
    """The word with a teen said as its ten or the other way round ("16" -> "60", " Sixty," ->
    " Sixteen,"), its spacing, case and punctuation kept; None for any other word."""
    found = _NUMBER_WORD.match(word.strip())
    if not found:
        return None
    lead, number, trail = found.groups()
    other = _OTHER.get(number.lower())
    if other is None:
        return None
    if number[0].isupper():
        other = other.capitalize()
    return word[: len(word) - len(word.lstrip())] + lead + other + trail


# A number the recogniser was unsure of is marked for review on the draft, where a minute would
# otherwise be billed with a confidence nobody had: its probability below UNSURE_PROBABILITY, or a teen
# or ten whose two readings scored within CLOSE_MARGIN (log-probability: the likelier less than about
# 4.5 times as likely) of each other. On 21 espeak sessions of evals.audio_misses, the teens and tens
# said as a service's minutes and heard right scored 0.54, 1.00, 2.08, 3.85, 4.09, 5.01, 5.22 and 7.07
# apart, the one heard wrong ("sixteen" heard "60") 1.05: no margin separates them, so the close calls
# are marked. A word's probability separated nothing (minutes heard right from 0.13, wrong at 0.47-0.84):
# only a near guess is marked by it.
UNSURE_PROBABILITY = 0.1
CLOSE_MARGIN = 1.5
_SPOKEN_NUMBER = re.compile(rf"\d|\b(?:{'|'.join([*UNITS, *TENS, 'hundred'])})\b", re.IGNORECASE)


def unsure(word: Word) -> bool:
    """Whether `word` is a number the recogniser could not be sure of (see UNSURE_PROBABILITY)."""
    if not _SPOKEN_NUMBER.search(word.text):
        return False
    return word.probability < UNSURE_PROBABILITY or (word.margin is not None and word.margin < CLOSE_MARGIN)


def _threads(settings: Settings) -> int:
    return settings.stt_threads or max(1, os.cpu_count() or 1)


class _PassProgress:
    """Stands in for the tqdm bar openai-whisper's `transcribe` keeps: it is told each 30-second pass
    as it finishes (frames of 10 ms), the only progress that function gives. The bar itself is never
    drawn; the calling thread's `progress` gets the seconds done."""

    current: threading.local = threading.local()

    def __init__(self, *_: object, **__: object) -> None:
        self.frames = 0

    def __enter__(self) -> "_PassProgress":
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def update(self, frames: int) -> None:
        self.frames += frames
        report = getattr(self.current, "progress", None)
        if report is not None:
            report(self.frames / 100)


class WhisperRecognizer:
    """openai-whisper on its converted checkpoint, beam search with its temperature fallback over a
    stretch of talk, each 30-second pass conditioned on the words before it (as its own long-form
    decoding does; 28-second windows decoded one by one were slower than the reference and worse)."""

    backend = "whisper"

    def __init__(self, name: str, settings: Settings) -> None:
        import importlib

        import torch
        import whisper

        torch.set_num_threads(_threads(settings))
        # Its progress bar module, for that module only (the package's `transcribe` is the function):
        # the passes' progress reaches `progress`.
        importlib.import_module("whisper.transcribe").tqdm = SimpleNamespace(tqdm=_PassProgress)
        self.model = name
        self._model = whisper.load_model(str(models.whisper_checkpoint(name, settings)), device="cpu")
        self._english = models.source(name).english_only
        self._beam = settings.stt_beam_size
        self.stretch = settings.stt_stretch_seconds
        self._lock = threading.Lock()

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        prompt: str | None = None,
        progress: Callable[[float], None] | None = None,
        speech_end: float | None = None,
    ) -> list[Piece]:
        with self._lock:
            _PassProgress.current.progress = progress
            try:
                result = self._model.transcribe(
                    audio,
                    language=None if self._english else "en",
                    fp16=False,
                    initial_prompt=prompt,
                    condition_on_previous_text=True,
                    word_timestamps=True,
                    verbose=None,
                    **({"beam_size": self._beam, "best_of": self._beam} if self._beam > 1 else {}),
                )
            finally:
                _PassProgress.current.progress = None
        pieces, duration = [], audio.size / SAMPLE_RATE
        for s in result["segments"]:
            pieces.append(
                Piece(
                    float(s["start"]),
                    float(s["end"]),
                    s["text"].strip(),
                    tuple(
                        Word(float(w["start"]), float(w["end"]), w["word"], float(w.get("probability", 1.0)))
                        for w in s.get("words", [])
                    ),
                )
            )
            if _done(float(s["end"]), duration, speech_end):
                break  # its `transcribe` is not lazy: the pass over the stretch's last pause is dropped
        return pieces


class FasterWhisperRecognizer:
    """faster-whisper (CTranslate2) on the packaged weights: beam search over a stretch of talk, each
    30-second pass conditioned on the words before it, progress reported as segments come."""

    backend = "faster-whisper"

    def __init__(self, name: str, settings: Settings) -> None:
        from faster_whisper import WhisperModel

        self.model = name
        self._model = WhisperModel(
            str(models.ct2_dir(name, settings)),
            device="cpu",
            compute_type=settings.stt_compute_type,
            cpu_threads=_threads(settings),
        )
        self._beam = settings.stt_beam_size
        self.stretch = settings.stt_stretch_seconds
        self._lock = threading.Lock()

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        prompt: str | None = None,
        progress: Callable[[float], None] | None = None,
        speech_end: float | None = None,
    ) -> list[Piece]:
        with self._lock:
            segments, _ = self._model.transcribe(
                audio,
                language="en",
                beam_size=self._beam,
                initial_prompt=prompt,
                condition_on_previous_text=True,
                vad_filter=False,
                word_timestamps=True,
            )
            pieces = []
            duration = audio.size / SAMPLE_RATE
            for s in segments:  # decoded lazily, 30 s at a time
                words = [
                    Word(float(w.start), float(w.end), w.word, float(w.probability)) for w in s.words or ()
                ]
                text = s.text.strip()
                if any(teen_or_ten(w.text) for w in words):
                    words = self._teens_heard_again(audio, words)
                    text = "".join(w.text for w in words).strip()
                pieces.append(Piece(float(s.start), float(s.end), text, tuple(words)))
                if progress:
                    progress(float(s.end))
                if _done(float(s.end), duration, speech_end):
                    break
            return pieces

    def _teens_heard_again(self, audio: np.ndarray, words: list[Word]) -> list[Word]:
        """Each teen or ten of a piece kept or swapped for the other, whichever the model finds likelier
        over the audio of the few words around it (see `teen_or_ten`)."""
        words = list(words)
        for i, word in enumerate(words):
            other = teen_or_ten(word.text)
            if other is None:
                continue
            lo, hi = max(0, i - _CONTEXT_AROUND), min(len(words), i + _CONTEXT_AROUND + 1)
            start = max(0.0, words[lo].start - _CROP_PAD)
            crop = audio[int(start * SAMPLE_RATE) : int((words[hi - 1].end + _CROP_PAD) * SAMPLE_RATE)]
            heard = "".join(w.text for w in words[lo:hi]).strip()
            swapped = "".join(other if k == i else w.text for k, w in enumerate(words[lo:hi], lo)).strip()
            kept, other_score = self._likelihoods(crop, [heard, swapped])
            if other_score > kept:
                words[i] = Word(word.start, word.end, other, word.probability, word.text, other_score - kept)
            else:
                words[i] = replace(word, other=other, margin=kept - other_score)
        return words

    def _likelihoods(self, audio: np.ndarray, texts: list[str]) -> list[float]:
        """The log-probability the model gives each text as what `audio` says (its own decoder, forced
        through the text's tokens, as its word timing does)."""
        from faster_whisper.tokenizer import Tokenizer

        model = self._model
        tokenizer = Tokenizer(
            model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en"
        )
        features = model.feature_extractor(audio)
        encoded = model.encode(features)
        scores = []
        for text in texts:
            (result,) = model.model.align(
                encoded, tokenizer.sot_sequence, [tokenizer.encode(" " + text)], features.shape[-1]
            )
            scores.append(float(np.log(np.maximum(result.text_token_probs, 1e-12)).sum()))
        return scores


@lru_cache(maxsize=4)
def _load(
    backend: str, name: str, compute_type: str, threads: int, model_dir: Path, beam: int, stretch: float
) -> Recognizer:
    settings = get_settings().model_copy(
        update={
            "stt_compute_type": compute_type,
            "stt_threads": threads,
            "model_dir": model_dir,
            "stt_beam_size": beam,
            "stt_stretch_seconds": stretch,
        }
    )
    if backend == "whisper":
        return WhisperRecognizer(name, settings)
    if backend == "faster-whisper":
        return FasterWhisperRecognizer(name, settings)
    raise models.ModelUnavailable(f"unknown speech backend {backend!r}; use one of {', '.join(BACKENDS)}")


def recognizer(settings: Settings | None = None, *, backend: str = "", model: str = "") -> Recognizer:
    """The process's recognizer for a backend and model (the settings' by default), loaded once."""
    settings = settings or get_settings()
    name = model or settings.stt_model
    models.source(name)  # a clear error for an unknown or unusable model, before anything loads
    return _load(
        backend or settings.stt_backend,
        name,
        settings.stt_compute_type,
        settings.stt_threads,
        settings.model_dir,
        max(1, settings.stt_beam_size),
        max(10.0, settings.stt_stretch_seconds),
    )
