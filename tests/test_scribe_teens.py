"""A teen heard as its ten ("sixteen minutes" written "60 minutes") and the other way round: each such
number is read again against the audio of the words around it, with both, and the likelier is kept."""

from pathlib import Path

import pytest

from evals.speech import generate
from scribe.audio import decode
from scribe.stt import Word, recognizer, teen_or_ten


@pytest.mark.parametrize(
    ("word", "other"),
    [
        (" 16", " 60"),
        (" 60", " 16"),
        (" 13,", " 30,"),
        (" 90.", " 19."),
        (" sixteen", " sixty"),
        (" Fifty,", " Fifteen,"),
        ("eighteen", "eighty"),
        (" 12", None),
        (" 20", None),
        (" 35", None),
        (" 100", None),
        (" sixty-five", None),
        (" minutes", None),
        (" 16:30", None),
    ],
)
def test_a_teen_and_its_ten(word: str, other: str | None) -> None:
    assert teen_or_ten(word) == other


SAID = {
    "id": "teens",
    "transcript": {
        "segments": [
            {"speaker": "therapist", "text": "Good. That's sixteen minutes of ther ex. Now the stairs."},
            {"speaker": "patient", "text": "Okay."},
            {"speaker": "therapist", "text": "The walk was sixty meters, then we rested."},
        ]
    },
}


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> tuple:  # type: ignore[type-arg]
    wav: Path = tmp_path_factory.mktemp("teens") / "teens.wav"
    generate(SAID, wav)
    audio = decode(wav, max_seconds=60)
    engine = recognizer(backend="faster-whisper", model="base")
    words = [w for piece in engine.transcribe(audio) for w in piece.words]
    return engine, audio, words


@pytest.mark.parametrize(("said", "wrong"), [(" 16", " 60"), (" 60", " 16")])
def test_the_number_the_audio_says_is_kept_whichever_was_written(heard: tuple, said: str, wrong: str) -> None:  # type: ignore[type-arg]
    engine, audio, words = heard
    at = next(i for i, w in enumerate(words) if w.text.strip(" ,.?") == said.strip())
    for written in (said, wrong):
        given = [Word(w.start, w.end, written) if i == at else w for i, w in enumerate(words)]
        again = engine._teens_heard_again(audio, given)
        assert again[at].text == said
        assert [w.text for i, w in enumerate(again) if i != at] == [
            w.text for i, w in enumerate(given) if i != at
        ]
