"""core.jobs.ticker.Ticker: the thread the periodic jobs and the transcription sweep run on."""

import threading

from core.jobs.ticker import Ticker


def test_it_ticks_at_once_then_again_until_stopped() -> None:
    ticks: list[int] = []
    third = threading.Event()

    def tick() -> None:
        ticks.append(len(ticks))
        if len(ticks) == 3:
            third.set()

    ticker = Ticker(tick, seconds=0.01, name="test-ticker")
    assert ticker.daemon and ticker.name == "test-ticker"
    ticker.start()
    assert third.wait(10)
    ticker.stop()
    ticker.join(timeout=10)
    assert not ticker.is_alive()
    assert ticks[:3] == [0, 1, 2]


def test_stop_ends_a_waiting_ticker_without_waiting_out_its_interval() -> None:
    ticked = threading.Event()
    ticker = Ticker(ticked.set, seconds=3600, name="test-ticker")
    ticker.start()
    assert ticked.wait(10)  # the first tick comes at once, not after an hour
    ticker.stop()
    ticker.join(timeout=10)
    assert not ticker.is_alive()
