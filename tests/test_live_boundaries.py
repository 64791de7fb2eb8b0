"""No word is lost where one live piece ends and the next begins: a spoken session is cut into pieces
as the live stream cuts them (settled pauses, at least `least` seconds of talk) and each boundary's
last words are compared with the offline transcript of the same audio."""

from pathlib import Path

import jiwer

from core.config import get_settings
from evals.speech import generate
from evals.speech_metrics import normalise
from scribe.audio import SAMPLE_RATE
from scribe.pipeline import load_file, settled_regions, transcribe_audio, transcribe_windows
from scribe.stt import recognizer, vocabulary_prompt
from scribe.vad import windows

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
        regions = settled_regions(tail, final=final, least=least)
        if regions:
            groups = windows(regions, longest=engine.stretch)
            pieces = transcribe_windows(tail, groups, engine, prompt=vocabulary_prompt(), offset=since)
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


def test_a_final_pass_with_nothing_left_to_hear_returns_nothing() -> None:
    """All of a recording was transcribed live: the final pass gets no stretch of speech (it failed
    the whole job with a zip() error before)."""
    import numpy as np

    assert transcribe_windows(np.zeros(SAMPLE_RATE, dtype=np.float32), [], None, prompt=None) == []  # type: ignore[arg-type]
