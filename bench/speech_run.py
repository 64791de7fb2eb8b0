"""One transcription in a process of its own, so its time and peak memory are its own: prints JSON.

python -m bench.speech_run ours BACKEND MODEL COMPUTE PROMPT(yes|no) AUDIO
python -m bench.speech_run reference MODEL AUDIO

Models are loaded (and warmed on a second of audio) before the clock starts, on both sides.
"""

import json
import sys
import time
from pathlib import Path

from bench.import_run import peak_mib
from core.config import get_settings
from scribe.pipeline import load_file


def ours(backend: str, model: str, compute: str, prompt: str, audio_path: Path) -> dict:
    from scribe import speakers
    from scribe.pipeline import transcribe_audio
    from scribe.stt import recognizer, vocabulary_prompt
    from scribe.vad import speech_regions

    settings = get_settings().model_copy(update={"stt_compute_type": compute})
    audio = load_file(audio_path, settings)
    engine = recognizer(settings, backend=backend, model=model)
    engine.transcribe(audio[:16_000])
    speech_regions(audio[: 16_000 * 2])
    speakers.embed(audio[: 16_000 * 2])
    start = time.perf_counter()
    result = transcribe_audio(audio, engine, prompt=vocabulary_prompt() if prompt == "yes" else None)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "audio_seconds": audio.size / 16_000,
        "result": result,
        "peak_mib": peak_mib(),
    }


def reference(model: str, audio_path: Path) -> dict:
    """openai-whisper's own `transcribe` with the `whisper` command's default decoding (beam 5, best of
    5, temperature fallback, conditioning on previous text), on the same checkpoint."""
    import whisper

    from scribe.models import whisper_checkpoint

    settings = get_settings()
    audio = load_file(audio_path, settings)
    loaded = whisper.load_model(str(whisper_checkpoint(model, settings)), device="cpu")
    loaded.transcribe(audio[:16_000], fp16=False, language="en")
    start = time.perf_counter()
    result = loaded.transcribe(
        audio,
        fp16=False,
        language="en",
        beam_size=5,
        best_of=5,
        temperature=(0.0, 0.2, 0.4, 0.6, 0.8, 1.0),
        condition_on_previous_text=True,
    )
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "audio_seconds": audio.size / 16_000,
        "result": {"text": result["text"], "segments": []},
        "peak_mib": peak_mib(),
    }


def main() -> None:
    mode, *args = sys.argv[1:]
    if mode == "ours":
        out = ours(args[0], args[1], args[2], args[3], Path(args[4]))
    elif mode == "reference":
        out = reference(args[0], Path(args[1]))
    else:
        sys.exit(__doc__)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
