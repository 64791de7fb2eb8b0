"""Transcription while a visit is still being recorded: a piece at a time, off the request's thread,
so that when recording stops only the last piece is left."""

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import Engine

from core.config import Settings
from scribe.pipeline import advance
from scribe.stt import recognizer, vocabulary_prompt

log = logging.getLogger("therascribe.live")


class LiveTranscriber:
    """At most one piece in flight per recording, started once enough new audio may be in."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self._busy: set[int] = set()
        self._last: dict[int, float] = {}
        self._lock = threading.Lock()

    def kick(self, recording_id: int, on_segments: Callable[[list[dict]], None]) -> bool:
        """Start a piece for this recording unless one is running or the last began too recently."""
        now = time.monotonic()
        with self._lock:
            if recording_id in self._busy:
                return False
            if now - self._last.setdefault(recording_id, now) < self.settings.stream_piece_seconds:
                return False
            self._busy.add(recording_id)
            self._last[recording_id] = now
        threading.Thread(
            target=self._piece, args=(recording_id, on_segments), name=f"live-{recording_id}", daemon=True
        ).start()
        return True

    def idle(self, recording_id: int) -> bool:
        with self._lock:
            return recording_id not in self._busy

    def forget(self, recording_id: int) -> None:
        with self._lock:
            self._last.pop(recording_id, None)

    def _piece(self, recording_id: int, on_segments: Callable[[list[dict]], None]) -> None:
        try:
            model = recognizer(self.settings)
            segments = advance(
                self.engine, self.settings, recording_id, model, final=False, prompt=vocabulary_prompt()
            )
            if segments:
                on_segments(segments)
        except Exception:  # a failed piece is redone by the next one or by the final job
            log.exception("live transcription of recording %s: a piece failed", recording_id)
        finally:
            with self._lock:
                self._busy.discard(recording_id)
