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
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from core.config import Settings, get_settings
from scribe import models, soundalike
from scribe.audio import SAMPLE_RATE, Audio
from scribe.numbers import TENS, UNITS

if TYPE_CHECKING:
    from tokenizers import Tokenizer

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
    # `prompt` leads the first 30-second pass only (the words heard push it out of the next ones);
    # `hotwords` are the service terms whose near-sounding words beside a minute count are heard again
    # (faster-whisper; see `FasterWhisperRecognizer._services_heard_again`).
    stretch: float

    def transcribe(
        self,
        audio: Audio,
        *,
        prompt: str | None = None,
        hotwords: str | None = None,
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
def _tokenizer(name: str) -> "Tokenizer":
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
# A service term is written where other words were heard beside a minute count when the model finds
# the words around it likelier with the term than as heard (log-probability, read after the service
# terms as its prompt), by any margin: the term is marked (`unsure`, short of SERVICE_SURE), and the
# draft asks for a look wherever the words heard would bill otherwise (`scribe.draft.unsure_minutes`).
# Espeak's "ther ex was twelve" heard "Okay, the rest want 12 minutes today." scored 6.9 better with
# "ther ex", "16 minutes on the racks." 0.8 better as "ther ex."; plain words scored lower with every term.
SERVICE_MARGIN = 0.0
# A term the model finds far likelier than what was heard is written without a mark: on the 32 espeak
# sessions of evals.audio_misses (blind2-dev, blind3-dev, blind-dev, blind2-test, 8 each) the nine terms
# written so were all said, and scored 5.3 to 11.3 better; of soundalikes really said beside minutes
# ("Take the rest, twelve minutes", "back on the rack now, ten minutes", ...) the two written as terms
# scored 2.3 and 2.2. Below this margin the term stays marked for the clinician to confirm, and so does
# one over words the recogniser all but guessed (a pass that said "That is the rest, 15 minutes" again
# over the trailing pause, probability 0.002, scored 12.8 as "ther act"). A term the text-only repair
# wrote (`soundalike.repaired`: no audio heard again, no margin) is always marked.
SERVICE_SURE = 5.0
# The service terms are not given to faster-whisper's beam search as its `hotwords` (read before every
# pass): on blind2-dev's 8 espeak sessions the codes came out the same as with scoring alone (exact 4,
# marked 2, wrong 2), and over 12 s of faint noise it wrote "ther, neuromuscular re-education, neuro
# re-education, ..." where the prompt alone wrote nothing.
_SERVICE_TAIL = 1.0
_SPOKEN_NUMBER = re.compile(rf"\d|\b(?:{'|'.join([*UNITS, *TENS, 'hundred'])})\b", re.IGNORECASE)


# A minute count the recogniser lost or garbled: espeak's "I spent nine minutes teaching" came back "I
# spent an minute teaching", "That was nine minutes on the gait" came back "That was I minute on the
# gate", "That was fourteen minutes" came back "At 1-14 minutes" (two words: " 1", "-14"), and the
# service went unbilled (blind2-dev c_ot01, c_pt07, c_ot09). Before "minute" or "minutes", a little
# word that never counts anything ("a" only before the plural: "rest a minute" is talk) or two counts
# joined by a hyphen (a range nobody bills by) stands where a count was said: the audio of the words
# around is read again with each reading (`count_readings`) and the likeliest count, if likelier than
# what was heard, is written. It keeps what was heard (`Word.other`) and by how much it beat both that
# and the next likeliest count (`Word.margin`): `unsure` marks it unless far likelier (LOST_SURE), as it
# does a service term written for other words. Forced readings of espeak's "I spent nine minutes
# teaching" scored "1 minute" 0.4 nats above "9 minutes": the language's prior weighs as much as the
# audio here, so such a count is nearly always marked for the clinician, who sees what was heard.
_LOST_COUNT_WORDS = {"an", "and", "in", "on", "or", "nor", "a", "i"}
_MINUTE = re.compile(r"^\W*(minutes?)\W*$", re.IGNORECASE)
_JOINED = re.compile(r"^(\s*)(\d{1,2})(?:-(\d{1,2})|\.(\d{2}))$")
_COUNTS = tuple(range(1, 21)) + (25, 30, 35, 40, 45, 50, 60)
LOST_SURE = 5.0


def _counted(unit: str, n: int) -> str:
    """ " minute," after a count of `n`: singular for one, else plural, spacing and punctuation kept."""
    return _MINUTE.sub(lambda m: m.group(0).replace(m.group(1), "minute" if n == 1 else "minutes"), unit)


def joined_counts(words: list[Word]) -> list[Word]:
    """The words with a count the recogniser split in two before "minute(s)" (" 1" then "-14", or
    ".14": faster-whisper's words for "1-14") made one word, for `count_readings`."""
    out: list[Word] = []
    for i, word in enumerate(words):
        if (
            out
            and re.fullmatch(r"[-.]\d{1,2}", word.text)
            and re.fullmatch(r"\s*\d{1,2}", out[-1].text)
            and i + 1 < len(words)
            and _MINUTE.match(words[i + 1].text)
        ):
            first = out.pop()
            word = Word(
                first.start, word.end, first.text + word.text, min(first.probability, word.probability)
            )
        out.append(word)
    return out


def count_readings(words: list[str], at: int) -> list[tuple[str, int]]:
    """What `words[at]` may have been, each with its count, where it stands before "minute(s)" in place
    of a count said but not written: a little word (_LOST_COUNT_WORDS) that cannot count them ("an
    minute": each count, or the word and a count after it: "and" may have been said) or two counts
    joined by a hyphen ("1-14 minutes": either count, or the two as one "2-5" for twenty-five). Empty
    for any other word."""
    if at + 1 >= len(words) or re.search(r"[,.?!;:]$", words[at].strip()):
        return []
    unit = _MINUTE.match(words[at + 1])
    if unit is None:
        return []
    joined = _JOINED.match(words[at])
    if joined:
        lead, first, second = joined.group(1), int(joined.group(2)), int(joined.group(3) or joined.group(4))
        readings = [(f"{lead}{second}", second), (f"{lead}{first}", first)]
        if 1 < first < 10 and second < 10:
            readings.append((f"{lead}{first * 10 + second}", first * 10 + second))
        return readings
    word = re.sub(r"[^\w]", "", words[at].lower())
    if word not in _LOST_COUNT_WORDS or (word == "a" and unit.group(1).lower() != "minutes"):
        return []
    lead = words[at][: len(words[at]) - len(words[at].lstrip())]
    return [(f"{lead}{n}", n) for n in _COUNTS] + [(f"{words[at]} {n}", n) for n in _COUNTS]


# A service named where no minute count was heard in its sentence, though one was said: espeak's "Nine
# minutes of balance." came back "I'm in it some balance." and "about nine minutes of soft tissue" came
# back "about time it's a soft tissue" (blind-test b_pt21, b_pt02): the count and "minutes" ran into
# other words and the service went unbilled with nothing to show it. Up to _LOST_MINUTES_WORDS words
# right before the service's name whose sounds keep what "minutes" leaves in any hearing (an m, then a
# t or an s: `soundalike.sound_key`) are read again with each count said as "N minutes of"; the
# likeliest, if likelier than what was heard, is written, and `unsure` marks it as it does a lost count.
_LOST_MINUTES_WORDS = 4
_MINUTES_SOUNDS = re.compile(r"m.*[ts]")
_SENTENCE_END = re.compile(r"[.?!]$")
_CLAUSE_MARK = re.compile(r"[,.?!;:]$")


# Whisper writes a comma where espeak pauses inside the words it garbled: "about nine minutes of soft
# tissue" came back "about I'm in it, some soft tissue" (blind-test b_pt02), and the comma hid the slot.
# One comma inside a stretch is a pause in one phrase; one right before the name ("Good timing, balance
# next"), or a second, closes a clause, as a semicolon or colon does.
def _inner_breaks(words: list[str]) -> bool:
    """Whether words inside a stretch (all but its last) break it: a second comma, or any mark not a
    comma."""
    marks = [w.strip()[-1] for w in words if _CLAUSE_MARK.search(w.strip())]
    return len(marks) > 1 or any(m != "," for m in marks)


def lost_minute_slots(words: list[str]) -> list[tuple[int, int, int]]:
    """(start, end, name end): the stretches `words[start:end]` right before a service named at
    `words[end:name_end]`, in a sentence that holds no number and no "minute", where the service's
    minutes may have been said and heard as other words. A stretch runs over no full stop and over one
    comma at most, never one right before the name (`_inner_breaks`)."""
    from scribe import services

    slots: list[tuple[int, int, int]] = []
    first = 0
    for last in range(len(words)):
        if not (_SENTENCE_END.search(words[last].strip()) or last + 1 == len(words)):
            continue
        sentence = words[first : last + 1]
        text = "".join(sentence)
        begin, first = first, last + 1
        if _SPOKEN_NUMBER.search(text) or re.search(r"\bmin(?:ute)?s?\b", text, re.IGNORECASE):
            continue
        starts = np.cumsum([0, *(len(w) for w in sentence)])
        for act in services.activities(text):
            at = int(np.searchsorted(starts, act.start, side="right")) - 1
            stop = int(np.searchsorted(starts, act.end, side="left"))
            if starts[at] + len(sentence[at]) - len(sentence[at].lstrip()) != act.start:
                continue  # the name begins inside a word
            for size in range(1, _LOST_MINUTES_WORDS + 1):
                lo = at - size
                if lo < 0:
                    break
                stretch = sentence[lo:at]
                if _CLAUSE_MARK.search(stretch[-1].strip()) or _inner_breaks(stretch[:-1]):
                    break
                if _MINUTES_SOUNDS.search(soundalike.sound_key("".join(stretch))):
                    slots.append((begin + lo, begin + at, begin + stop))
    return slots


# Whisper writes a wall clock read after "at", "from", "till" with a full stop ("We started at 10.05 and
# wrapped at 10.19", said "10:05" and "10:19": blind3-test d_pt02 from espeak audio), which the draft reads
# as a decimal and so never as the block of gait training the two times enclose. Such a number, an hour
# and two digits of minutes with no unit after it, is written with a colon.
_DOTTED_CLOCK = re.compile(
    r"\b(?P<lead>(?:at|from|to|till|til|until|through|between|and|by|around|about)\s+)"
    r"(?P<h>1[0-2]|0?[1-9])\.(?P<m>[0-5]\d)\b(?!\.\d)"
    r"(?!\s*(?:%|percent|seconds?|secs?|minutes?|mins?|hours?|degrees?|pounds?|lbs?|kilos?|kg|meters?|m\b"
    r"|feet|foot|inch\w*|cm|centimet\w*|mph|miles?|points?|out of)\b)",
    re.IGNORECASE,
)


# Or with nothing between the hour and its minutes: espeak's "We started that at 10:05 and wrapped at
# 10:19" came back "We started at 1005 and wrapped at 1019" (blind3-test d_pt02), a number of a
# thousand. Such a number is a clock only where its sentence reads two of them as a block's start and
# end: each after a word that leads a time, the later 1 to 90 minutes after the earlier, no unit after
# either, and no measure in the sentence ("from 120 to 135, flexion" stays degrees).
_RUN_CLOCK = re.compile(
    r"\b(?P<lead>(?:at|from|to|till|til|until|and)\s+)(?P<h>1[0-2]|[1-9])(?P<m>[0-5]\d)\b(?![.:,]?\d)"
    r"(?!\s*(?:%|percent|seconds?|secs?|minutes?|mins?|hours?|degrees?|pounds?|lbs?|kilos?|kg|meters?|m\b"
    r"|feet|foot|steps|reps|inch\w*|cm|centimet\w*|mph|miles?|points?|out of)\b)",
    re.IGNORECASE,
)
_BLOCK_WORDS = re.compile(
    r"\b(?:start(?:ed|ing)?|began|begin|kick(?:ed)? off|finish(?:ed)?|wrapp?(?:ed)?|end(?:ed)?|stopp?(?:ed)?|"
    r"done|from)\b",
    re.IGNORECASE,
)
_MEASURED = re.compile(
    r"\b(?:flexion|extension|degrees?|rom|range|abduction|rotation|feet|steps|reps|pounds|score|percent)\b",
    re.IGNORECASE,
)


def _run_together_clocks(sentence: str) -> str:
    found = list(_RUN_CLOCK.finditer(sentence))
    if len(found) != 2 or not _BLOCK_WORDS.search(sentence) or _MEASURED.search(sentence):
        return sentence
    (h1, m1), (h2, m2) = ((int(f.group("h")) % 12, int(f.group("m"))) for f in found)
    if not 1 <= ((h2 * 60 + m2) - (h1 * 60 + m1)) % (12 * 60) <= 90:
        return sentence
    return _RUN_CLOCK.sub(lambda m: f"{m.group('lead')}{m.group('h')}:{m.group('m')}", sentence)


def clock_times(text: str) -> str:
    """`text` with each wall-clock time the recogniser wrote with a full stop written with a colon (the
    same length: places in the text stay where they were), and each pair it ran together ("at 1005 and
    wrapped at 1019") written with one where its sentence reads them as a block's start and end."""
    text = _DOTTED_CLOCK.sub(lambda m: f"{m.group('lead')}{m.group('h')}:{m.group('m')}", text)
    return "".join(_run_together_clocks(s) for s in re.split(r"(?<=[.?!])(?=\s)", text))


def unsure(word: Word) -> bool:
    """Whether `word` is a number the recogniser could not be sure of (see UNSURE_PROBABILITY)."""
    if word.other and teen_or_ten(word.other) is None and _SPOKEN_NUMBER.search(word.text):
        # A count written where the recogniser heard a little word or joined counts (`count_readings`):
        # a guess unless far likelier than what was heard and than any other count.
        return word.margin is None or word.margin < LOST_SURE or word.probability < UNSURE_PROBABILITY
    if word.other and not _SPOKEN_NUMBER.search(word.text) and _SPOKEN_NUMBER.search(word.other):
        # Words kept where a service's minutes may have been said (`lost_minute_slots`): unsure unless
        # far likelier than the count read there.
        return word.margin is None or word.margin < LOST_SURE
    if not _SPOKEN_NUMBER.search(word.text):
        # A service term written for other words heard (`_services_heard_again`): a guess, unless the
        # audio heard again made it far likelier than words the recogniser was not guessing at.
        return bool(word.other) and (
            word.margin is None or word.margin < SERVICE_SURE or word.probability < UNSURE_PROBABILITY
        )
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
        self.model = name
        self._model, self._lock = _weights(self.backend, name, "", _threads(settings), settings.model_dir)
        self._english = models.source(name).english_only
        self._beam = settings.stt_beam_size
        self.stretch = settings.stt_stretch_seconds

    @staticmethod
    def load(name: str, settings: Settings) -> Any:
        import importlib

        import torch
        import whisper

        torch.set_num_threads(_threads(settings))
        # Its progress bar module, for that module only (the package's `transcribe` is the function):
        # the passes' progress reaches `progress`.
        # (set through the module's namespace: the attribute is the package's own, unknown to its stubs).
        vars(importlib.import_module("whisper.transcribe"))["tqdm"] = SimpleNamespace(tqdm=_PassProgress)
        return whisper.load_model(str(models.whisper_checkpoint(name, settings)), device="cpu")

    def transcribe(
        self,
        audio: Audio,
        *,
        prompt: str | None = None,
        hotwords: str | None = None,
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
                    # Its words are not heard again for `hotwords` (no forced scoring here).
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
        self.model = name
        self._model, self._lock = _weights(
            self.backend, name, settings.stt_compute_type, _threads(settings), settings.model_dir
        )
        self._beam = settings.stt_beam_size
        self.stretch = settings.stt_stretch_seconds

    @staticmethod
    def load(name: str, settings: Settings) -> Any:
        from faster_whisper import WhisperModel

        return WhisperModel(
            str(models.ct2_dir(name, settings)),
            device="cpu",
            compute_type=settings.stt_compute_type,
            cpu_threads=_threads(settings),
        )

    def transcribe(
        self,
        audio: Audio,
        *,
        prompt: str | None = None,
        hotwords: str | None = None,
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
                joined = joined_counts(words)
                if any(count_readings([w.text for w in joined], i) for i in range(len(joined))):
                    words = self._counts_heard_again(audio, joined)
                    text = "".join(w.text for w in words).strip()
                if lost_minute_slots([w.text for w in words]):
                    words = self._minutes_heard_again(audio, words)
                    text = "".join(w.text for w in words).strip()
                if hotwords:
                    heard = self._services_heard_again(audio, words, hotwords)
                    if heard != words:
                        words, text = heard, "".join(w.text for w in heard).strip()
                pieces.append(Piece(float(s.start), float(s.end), text, tuple(words)))
                if progress:
                    progress(float(s.end))
                if _done(float(s.end), duration, speech_end):
                    break
            return pieces

    def _teens_heard_again(self, audio: Audio, words: list[Word]) -> list[Word]:
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

    def _counts_heard_again(self, audio: Audio, words: list[Word]) -> list[Word]:
        """Each word standing where a minute count was lost or garbled (`count_readings`) written as the
        count the model finds likeliest over the audio of the words around it, where one is likelier
        than what was heard (see LOST_SURE); "minute" after a count other than one is written "minutes"."""
        words = list(words)
        for i in range(len(words)):
            counts = count_readings([w.text for w in words], i)
            if not counts:
                continue
            word, unit = words[i], words[i + 1]
            lo, hi = max(0, i - _CONTEXT_AROUND), min(len(words), i + _CONTEXT_AROUND + 2)
            start = max(0.0, words[lo].start - _CROP_PAD)
            crop = audio[int(start * SAMPLE_RATE) : int((words[hi - 1].end + _CROP_PAD) * SAMPLE_RATE)]
            before = "".join(w.text for w in words[lo:i])
            after = "".join(w.text for w in words[i + 2 : hi])
            kept, *scores = self._likelihoods(
                crop,
                [
                    (before + word.text + unit.text + after).strip(),
                    *((before + count + _counted(unit.text, n) + after).strip() for count, n in counts),
                ],
            )
            ranked = sorted(zip(scores, counts, strict=True), reverse=True)
            best, (count, n) = ranked[0]
            if best <= kept:
                continue
            runner_up = max((score for score, (_, m) in ranked if m != n), default=kept)
            margin = best - max(kept, runner_up)
            words[i] = Word(word.start, word.end, count, word.probability, word.text.strip(), margin)
            words[i + 1] = replace(unit, text=_counted(unit.text, n))
        return words

    def _minutes_heard_again(self, audio: Audio, words: list[Word]) -> list[Word]:
        """Each service named with no minutes heard written with the count "N minutes of" before its
        name where the model finds one likelier over the audio than the words heard there
        (`lost_minute_slots`); the count keeps what was heard and its margin over that and over the next
        likeliest count (`Word.other`, `Word.margin`): `unsure` marks it unless LOST_SURE."""
        texts = [w.text for w in words]
        best: dict[int, tuple[float, float, int, int, int]] = {}  # by name start: score, margin, ...
        for start, end, name_end in lost_minute_slots(texts):
            lo, hi = max(0, start - _CONTEXT_AROUND), min(len(words), name_end + _CONTEXT_AROUND)
            crop_start = max(0.0, words[lo].start - _CROP_PAD)
            crop = audio[int(crop_start * SAMPLE_RATE) : int((words[hi - 1].end + _CROP_PAD) * SAMPLE_RATE)]
            before, after = "".join(texts[lo:start]), "".join(texts[end:hi])
            kept, *scores = self._likelihoods(
                crop,
                [
                    (before + "".join(texts[start:end]) + after).strip(),
                    *((before + f" {n} {_counted('minutes', n)} of" + after).strip() for n in _COUNTS),
                ],
            )
            ranked = sorted(zip(scores, _COUNTS, strict=True), reverse=True)
            score, n = ranked[0]
            if end not in best or score - kept > best[end][0]:
                best[end] = (score - kept, score - max(kept, ranked[1][0]), start, end, n)
        out = list(words)
        for gain, margin, start, end, n in sorted(best.values(), key=lambda b: -b[2]):
            heard = out[start:end]
            begin, finish = heard[0].start, heard[-1].end
            said = "".join(w.text for w in heard).strip()
            if gain <= 0:
                # The words heard stay, but a count read nearly as likely is kept beside them: the
                # service's minutes may be lost there, for the draft to ask about (`unsure`).
                if -gain < LOST_SURE:
                    reading = f"{n} {_counted('minutes', n)} of"
                    out[start:end] = [
                        Word(begin, finish, " " + said, min(w.probability for w in heard), reading, -gain)
                    ]
                continue
            step = (finish - begin) / 3
            out[start:end] = [
                Word(begin, begin + step, f" {n}", min(w.probability for w in heard), said, margin),
                Word(begin + step, begin + 2 * step, " " + _counted("minutes", n)),
                Word(begin + 2 * step, finish, " of"),
            ]
        return out

    def _services_heard_again(self, audio: Audio, words: list[Word], hotwords: str) -> list[Word]:
        """Each stretch beside a minute count that sounds near a service term of `hotwords`
        (`soundalike.service_slots`, `soundalike.sounds_near`) written as the term where the model finds
        the words around it likelier with the term than as heard, by more than SERVICE_MARGIN; the term
        keeps what was heard and the margin (`Word.other`, `Word.margin`): `unsure` marks it."""
        terms = soundalike.prompt_terms(hotwords)
        texts = [w.text for w in words]
        likelier: list[tuple[float, int, int, str]] = []
        for start, end in soundalike.service_slots(texts):
            stretch = "".join(texts[start:end]).strip()
            near = soundalike.sounds_near(stretch.strip(",.?!;:"), terms)
            if not near:
                continue
            lo, hi = max(0, start - _CONTEXT_AROUND), min(len(words), end + _CONTEXT_AROUND)
            # The crop runs into the words either side: a recogniser's word ends early, and a word cut
            # short scores every reading far lower (measured: 0.2 s less of "today." cost 28 nats),
            # where audio no text explains costs little.
            crop_start = words[lo - 1].start if lo > 0 else max(0.0, words[0].start - _CROP_PAD)
            crop_end = words[hi].end if hi < len(words) else words[-1].end + _SERVICE_TAIL
            crop = audio[int(crop_start * SAMPLE_RATE) : int(crop_end * SAMPLE_RATE)]
            trail = stretch[len(stretch.rstrip(",.?!;:")) :]
            said = ["".join(texts[lo:start]) + " " + term + trail + "".join(texts[end:hi]) for term in near]
            kept, *others = self._likelihoods(
                crop, ["".join(texts[lo:hi]).strip(), *(t.strip() for t in said)], hotwords
            )
            score, term = max(zip(others, near, strict=True))
            if score - kept > SERVICE_MARGIN:
                likelier.append((score - kept, start, end, term + trail))
        # Stretches around one number overlap ("the rack", "so the rack"): the likeliest reading wins.
        best: list[tuple[float, int, int, str]] = []
        for found in sorted(likelier, reverse=True):
            if all(found[2] <= b[1] or found[1] >= b[2] for b in best):
                best.append(found)
        out = list(words)
        for margin, start, end, term in sorted(best, key=lambda b: -b[1]):
            heard = out[start:end]
            out[start:end] = [
                Word(
                    heard[0].start,
                    heard[-1].end,
                    " " + term,
                    min(w.probability for w in heard),
                    "".join(w.text for w in heard).strip(),
                    margin,
                )
            ]
        return out

    def _likelihoods(self, audio: Audio, texts: list[str], prompt: str = "") -> list[float]:
        """The log-probability the model gives each text as what `audio` says (its own decoder, forced
        through the text's tokens, as its word timing does), after `prompt` where one is given."""
        from faster_whisper.tokenizer import Tokenizer

        model = self._model
        tokenizer = Tokenizer(
            model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en"
        )
        features = model.feature_extractor(audio)
        encoded = model.encode(features)
        start = list(tokenizer.sot_sequence)
        if prompt:
            start = [tokenizer.sot_prev, *tokenizer.encode(" " + prompt.strip()), *start]
        scores = []
        for text in texts:
            (result,) = model.model.align(encoded, start, [tokenizer.encode(" " + text)], features.shape[-1])
            scores.append(float(np.log(np.maximum(result.text_token_probs, 1e-12)).sum()))
        return scores


# The weights, loaded once per process for each backend, model and what the loading itself takes, with
# the lock their calls take turns under: recognizers that differ only in how they decode (beam, stretch)
# share them. openai-whisper runs in float32 on the CPU whatever `stt_compute_type` says, so the type is
# no part of its key ("" for it): tiny.en asked for as float32 and as int8 is one model, loaded once.
@lru_cache(maxsize=4)
def _weights(
    backend: str, name: str, compute_type: str, threads: int, model_dir: Path
) -> tuple[Any, threading.Lock]:
    settings = get_settings().model_copy(
        update={"stt_compute_type": compute_type, "stt_threads": threads, "model_dir": model_dir}
    )
    loader = WhisperRecognizer.load if backend == "whisper" else FasterWhisperRecognizer.load
    return loader(name, settings), threading.Lock()


@lru_cache(maxsize=8)
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
    backend = backend or settings.stt_backend
    return _load(
        backend,
        name,
        "" if backend == "whisper" else settings.stt_compute_type,
        settings.stt_threads,
        settings.model_dir,
        max(1, settings.stt_beam_size),
        max(10.0, settings.stt_stretch_seconds),
    )
