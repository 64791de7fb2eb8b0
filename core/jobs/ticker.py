"""A background thread that repeats one piece of work every few seconds until it is stopped: the
periodic jobs' scheduler (core.jobs.periodic) and the transcription sweep (scribe.jobs) run on one."""

import threading
from collections.abc import Callable


class Ticker(threading.Thread):
    """A daemon thread that calls `tick` at once and then every `seconds` until `stop()`. A tick that
    can fail catches its own error, so the next tick still comes."""

    def __init__(self, tick: Callable[[], None], *, seconds: float, name: str) -> None:
        super().__init__(name=name, daemon=True)
        self._tick, self._seconds = tick, seconds
        self._stopping = threading.Event()

    def run(self) -> None:
        while not self._stopping.is_set():
            self._tick()
            self._stopping.wait(self._seconds)

    def stop(self) -> None:
        """Asks the thread to end after the tick it is in (at once if it is waiting)."""
        self._stopping.set()
