"""No word is lost where one live piece ends and the next begins: a spoken session is cut into pieces
as the live stream cuts them (settled pauses, at least `least` seconds of talk) and each boundary's
last words are compared with the offline transcript of the same audio."""

from pathlib import Path

import jiwer
import numpy as np

from core.config import get_settings
from evals.speech import VOICES, generate, speak
from evals.speech_metrics import normalise
from scribe.audio import SAMPLE_RATE
from scribe.pipeline import load_file, settled_regions, transcribe_audio, transcribe_windows
from scribe.stt import Piece, Word, recognizer, vocabulary_prompt
from scribe.vad import Region, speech_regions, windows

SESSION = {
    "transcript": {
        "segments": [
            {
                "speaker": "therapist",
                "text": "Okay, single leg stance on the foam, thirty seconds each side.",
            },
            {"speaker": "patient", "text": "That one always makes me wobble."},
            {"speaker": "therapist", "text": "Gait training was nine minutes."},
            {"speaker": "patient", "text": "It felt longer than that."},
            {"speaker": "therapist", "text": "Manual therapy to the knee was twelve minutes."},
            {"speaker": "patient", "text": "My knee feels looser already."},
            {"speaker": "therapist", "text": "Therapeutic exercise was twenty three minutes."},
            {"speaker": "patient", "text": "Do I still need to do the band exercises at home every day?"},
            {
                "speaker": "therapist",
                "text": "Yes, twice a day, three sets of ten, and ice after if it swells.",
            },
            {
                "speaker": "patient",
                "text": "Okay. And the stairs are getting easier, I can do them at work now.",
            },
            {"speaker": "therapist", "text": "Good. Knee flexion is one hundred and ten degrees today."},
            {"speaker": "patient", "text": "Last week it was only ninety five, right?"},
            {"speaker": "therapist", "text": "Right. We will keep going twice a week for three more weeks."},
            {"speaker": "patient", "text": "Sounds good, see you on Thursday then."},
        ]
    }
}


def _live(audio, engine, least: float) -> tuple[list[float], list[str]]:  # type: ignore[no-untyped-def]
    """Pieces as the stream makes them, audio arriving two seconds at a time."""
    since, words, ends, heard = 0.0, [], [], 0.0
    total = audio.size / SAMPLE_RATE
    while True:
        heard = min(heard + 2.0, total)
        final = heard >= total
        tail = audio[int(since * SAMPLE_RATE) : int(heard * SAMPLE_RATE)]
        regions, audible = settled_regions(tail, final=final, least=least)
        if regions:
            groups = windows(regions, longest=engine.stretch)
            pieces = transcribe_windows(audible, groups, engine, prompt=vocabulary_prompt(), offset=since)
            words += [(p.end, w) for p in pieces for w in normalise(p.text).split()]
            since = heard if final else since + groups[-1][-1].end
            ends.append(since)
        if final:
            return ends[:-1], words  # type: ignore[return-value]


def test_no_word_is_lost_at_a_live_piece_boundary(tmp_path: Path) -> None:
    generate(SESSION, tmp_path / "live.wav")
    settings = get_settings()  # the default model: the boundary, not tiny.en's slips, is under test
    engine = recognizer(settings)
    audio = load_file(tmp_path / "live.wav", settings)
    boundaries, live = _live(audio, engine, least=settings.stream_piece_seconds)
    assert len(boundaries) >= 2  # the clip is cut more than once
    offline = transcribe_audio(audio, engine, prompt=vocabulary_prompt())["segments"]
    for boundary in boundaries:
        # The offline turn that ends at this boundary, against the live words of the same stretch of time:
        # a word may be heard differently ("today" / "a day"), none may be missing.
        before = [s for s in offline if s["end"] <= boundary + 0.5][-1]
        said = normalise(before["text"])
        heard = " ".join(w for end, w in live if before["start"] - 0.5 <= end <= boundary + 0.5)
        deleted = jiwer.process_words(said, heard).deletions
        assert deleted == 0, (boundary, said, heard)


def test_a_live_piece_never_hears_the_talk_that_follows_it(tmp_path: Path) -> None:
    """A piece's last window runs half a second into the pause after its talk; the next turn began a
    fifth of a second later and had not settled, so the piece heard its first word, cut ("knee bend.
    Gate."), and the next piece heard it again ("Gate. Training was eye-mitted.": nine minutes of gait
    training lost). The audio a piece hears ends before the talk it leaves to the next piece."""
    voice = VOICES["therapist"]
    said = speak("Cueing heel strike in the hallway, and knee bend on the stairs.", voice, tmp_path)
    then = speak("Gait training was nine minutes.", voice, tmp_path)
    silence = np.zeros(int(0.2 * SAMPLE_RATE), dtype=np.float32)
    tail = np.concatenate([silence, said, silence, then])
    regions, audible = settled_regions(tail, final=False, least=2.0)
    following = speech_regions(tail)[-1]
    assert len(regions) == 1 and regions[-1].end < following.start  # the last turn is still being said
    assert regions[-1].end + 0.5 > following.start  # the case: a pause shorter than a window's run
    assert regions[-1].end <= audible.size / SAMPLE_RATE < following.start
    everything, whole = settled_regions(tail, final=True, least=2.0)  # closed: all of it, to its end
    assert everything[-1] == following and whole.size == tail.size


def test_a_final_pass_with_nothing_left_to_hear_returns_nothing() -> None:
    """All of a recording was transcribed live: the final pass gets no stretch of speech (it failed
    the whole job with a zip() error before)."""
    assert transcribe_windows(np.zeros(SAMPLE_RATE, dtype=np.float32), [], None, prompt=None) == []  # type: ignore[arg-type]


def _words(text: str, start: float, end: float, probabilities: list[float]) -> tuple[Word, ...]:
    said = text.split()
    step = (end - start) / len(said)
    return tuple(
        Word(start + i * step, start + (i + 1) * step, " " + w, p)
        for i, (w, p) in enumerate(zip(said, probabilities, strict=True))
    )


class _Heard:
    """A recogniser that hears what it is told to, as Whisper gave it at a live piece's end."""

    backend, model, stretch = "test", "test", 28.0

    def __init__(self, pieces: list[Piece]) -> None:
        self.pieces = pieces

    def transcribe(self, audio, *, prompt=None, hotwords=None, progress=None, speech_end=None):  # type: ignore[no-untyped-def]
        return self.pieces


def test_words_made_up_in_the_pause_that_ends_a_live_piece_are_dropped() -> None:
    """A live piece ends in half a second of pause, where Whisper wrote words nobody said: "How long
    will it take? Thank you." ("Thank" 0.02, both words in 0.28 s), "... going back to church. Thank
    you so much." (four words in 0.22 s), or the window's earlier sentence again (12 words in 0.4 s).
    Words said at a speaking pace, or that the model is sure of, are kept."""
    asked = Piece(0.0, 1.6, "How long will it take?", _words("How long will it take?", 0.1, 1.6, [0.97] * 5))
    made_up = [
        Piece(1.6, 1.88, "Thank you.", _words("Thank you.", 1.6, 1.88, [0.02, 0.94])),
        Piece(
            1.6, 1.82, "Thank you so much.", _words("Thank you so much.", 1.6, 1.82, [0.02, 0.96, 0.08, 0.99])
        ),
        Piece(
            1.6,
            2.0,
            "Let's finish with gait training on the stairs and in the hallway.",
            _words(
                "Let's finish with gait training on the stairs and in the hallway.",
                1.6,
                2.0,
                [0.44, 0.0, 0.03, 0.0, 0.01, 0.01, 0.34, 0.0, 0.04, 0.0, 0.43, 0.01],
            ),
        ),
    ]
    said = [
        Piece(1.6, 2.4, "Nine minutes.", _words("Nine minutes.", 1.7, 2.4, [0.3, 0.4])),
        Piece(1.6, 1.9, "Yes, yes.", _words("Yes, yes.", 1.6, 1.9, [0.9, 0.95])),
    ]
    audio = np.zeros(3 * SAMPLE_RATE, dtype=np.float32)
    groups = [[Region(0.1, 0.9), Region(1.5, 2.4)]]  # each under a second: no voice to measure
    for extra in made_up:
        heard = transcribe_windows(audio, groups, _Heard([asked, extra]), prompt=None)  # type: ignore[arg-type]
        assert " ".join(h.text for h in heard) == "How long will it take?", extra.text
    for kept in said:
        heard = transcribe_windows(audio, groups, _Heard([asked, kept]), prompt=None)  # type: ignore[arg-type]
        assert " ".join(h.text for h in heard) == f"How long will it take? {kept.text}"
    heard = transcribe_windows(audio, groups, _Heard([made_up[0]]), prompt=None)  # type: ignore[arg-type]
    assert [h.text for h in heard] == ["Thank you."]  # a window's first piece is never judged so
