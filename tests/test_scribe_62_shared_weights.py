"""A speech model's weights load once per process and are shared (#22): recognizers that differ only in how
they decode (beam, stretch) run on one loaded model, and openai-whisper, which runs in float32 on the CPU
whatever the compute type says, loads tiny.en once whichever type is asked for (it loaded twice before:
tests/test_transcription.py asks for float32 and for the default int8). What the loading itself takes
(faster-whisper's compute type, the model) still gives a model of its own."""

import pytest

from core.config import get_settings
from scribe.stt import recognizer


def _settings(**changed):  # type: ignore[no-untyped-def]
    return get_settings().model_copy(update={"stt_model": "tiny.en", **changed})


@pytest.mark.parametrize(
    ("backend", "one", "other", "shared"),
    [
        # failing before: the compute type was part of openai-whisper's key, and it loaded the model twice
        ("whisper", {"stt_compute_type": "float32"}, {"stt_compute_type": "int8"}, True),
        # failing before: greedy and beam search each loaded their own copy of the same weights
        ("faster-whisper", {"stt_beam_size": 1}, {"stt_beam_size": 5}, True),
        ("whisper", {"stt_beam_size": 1, "stt_stretch_seconds": 30.0}, {"stt_beam_size": 5}, True),
        # must not change: faster-whisper's compute type is how its weights are loaded, a model of its own
        ("faster-whisper", {"stt_compute_type": "float32"}, {"stt_compute_type": "int8"}, False),
    ],
)
def test_recognizers_share_the_weights_their_settings_load_alike(backend, one, other, shared) -> None:
    first = recognizer(_settings(**one), backend=backend)
    second = recognizer(_settings(**other), backend=backend)
    assert (first._model is second._model) is shared  # type: ignore[attr-defined]
    assert (first._lock is second._lock) is shared  # type: ignore[attr-defined]
    # each keeps its own way of decoding
    assert first._beam == max(1, one.get("stt_beam_size", 5))  # type: ignore[attr-defined]
    assert second.stretch == max(10.0, other.get("stt_stretch_seconds", get_settings().stt_stretch_seconds))
