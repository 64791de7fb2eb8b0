"""Transcription while a visit is still being recorded: a piece at a time, off the request's thread,
so that when recording stops only the last piece is left.

A live WebM is decoded as its chunks are acknowledged (`scribe.live_audio`); a piece starts when the
last one is done and enough settled talk may be in (`Settings.stream_piece_seconds`): about one of
Whisper's 30-second passes, each carrying the words heard before it, as its long-form decoding does.
"""

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from core.config import Settings
from scribe import live_audio
from scribe.pipeline import advance
from scribe.stt import recognizer, vocabulary_prompt

log = logging.getLogger("therascribe.live")

# An idle recording is looked at again this often: finding too little settled talk costs a voice
# activity pass over the untranscribed tail.
_RETRY_SECONDS = 2.0


class LiveTranscriber:
    """At most one piece in flight per recording."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self._busy: set[int] = set()
        self._next: dict[int, float] = {}
        self._lock = threading.Lock()

    def received(self, recording_id: int, audio_format: str, path: Path, acked: int) -> None:
        """A chunk is on disk and acknowledged: a WebM recording's decoder reads it."""
        if audio_format == "webm":
            live_audio.decoders.acknowledged(recording_id, path, acked)

    def ended(self, recording_id: int, acked: int) -> None:
        """The recording is closed: its decoder reads to the end (the final job takes the audio)."""
        live_audio.decoders.closed(recording_id, acked)
        with self._lock:
            self._next.pop(recording_id, None)

    def forget(self, recording_id: int) -> None:
        """The recording's transcript is saved (or its job failed): its decoded audio can go."""
        live_audio.decoders.drop(recording_id)

    def kick(self, recording_id: int, on_segments: Callable[[list[dict[str, Any]]], None]) -> bool:
        """Start a piece for this recording unless one is running or the last found too little talk."""
        now = time.monotonic()
        with self._lock:
            if recording_id in self._busy or now < self._next.get(recording_id, 0.0):
                return False
            self._busy.add(recording_id)
        threading.Thread(
            target=self._piece, args=(recording_id, on_segments), name=f"live-{recording_id}", daemon=True
        ).start()
        return True

    def idle(self, recording_id: int) -> bool:
        with self._lock:
            return recording_id not in self._busy

    def _piece(self, recording_id: int, on_segments: Callable[[list[dict[str, Any]]], None]) -> None:
        started = time.monotonic()
        segments: list[dict[str, Any]] = []
        try:
            model = recognizer(self.settings)
            segments = advance(
                self.engine,
                self.settings,
                recording_id,
                model,
                final=False,
                prompt=vocabulary_prompt(),
                least=self.settings.stream_piece_seconds,
            )
            if segments:
                log.info(
                    "live recording %s: %.1f s of talk to %.1f s transcribed in %.1f s",
                    recording_id,
                    segments[-1]["end"] - segments[0]["start"],
                    segments[-1]["end"],
                    time.monotonic() - started,
                )
                on_segments(segments)
        except Exception:  # a failed piece is redone by the next one or by the final job
            log.exception("live transcription of recording %s: a piece failed", recording_id)
        finally:
            with self._lock:
                self._busy.discard(recording_id)
                if not segments:
                    self._next[recording_id] = time.monotonic() + _RETRY_SECONDS
