"""scribe.live's LiveTranscriber called directly: a piece runs off the caller's thread, one at a time per
recording; a piece that fails (here: a speech model that is not installed) is logged by recording id only,
hands nothing on, and the recording is not tried again until a short wait has passed or it has ended."""

import logging
import threading
import time

import pytest
from sqlalchemy import Engine

from core.config import Settings
from scribe.live import _RETRY_SECONDS, LiveTranscriber


def _wait_idle(live: LiveTranscriber, recording_id: int, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not live.idle(recording_id):
        assert time.monotonic() < deadline, "the piece did not finish"
        time.sleep(0.02)


def _transcriber(empty_db: tuple[str, Engine]) -> LiveTranscriber:
    url, engine = empty_db
    return LiveTranscriber(engine, Settings(database_url=url, stt_model="large-v9"))


def test_a_failed_piece_hands_nothing_on_and_waits_before_the_next(
    empty_db: tuple[str, Engine], caplog: pytest.LogCaptureFixture
) -> None:
    live = _transcriber(empty_db)
    handed: list[list[dict]] = []
    threads: list[str] = []

    def on_segments(segments: list[dict]) -> None:
        handed.append(segments)

    caplog.set_level(logging.ERROR, logger="therascribe.live")
    assert live.idle(4242)
    before = {t.name for t in threading.enumerate()}
    assert live.kick(4242, on_segments)
    threads = [t.name for t in threading.enumerate() if t.name not in before]
    _wait_idle(live, 4242)
    assert handed == []
    assert threads in ([], ["live-4242"])  # the piece's own thread (it may have ended already)
    failed = [r for r in caplog.records if "a piece failed" in r.getMessage()]
    assert [r.getMessage() for r in failed] == ["live transcription of recording 4242: a piece failed"]

    # Found nothing: not tried again at once (a busy machine may take the whole wait to get here).
    idle_at = time.monotonic()
    again = live.kick(4242, on_segments)
    if time.monotonic() - idle_at < _RETRY_SECONDS:
        assert not again
    _wait_idle(live, 4242)
    # Another recording is not held up by it.
    assert live.kick(4343, on_segments)
    _wait_idle(live, 4343)
    # Once the recording has ended its wait is forgotten: the final piece may run at once.
    live.ended(4242, acked=0)
    assert live.kick(4242, on_segments)
    _wait_idle(live, 4242)
    assert handed == []
