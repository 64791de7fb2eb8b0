"""The command line in-process (Typer's runner) on a database of the test's own."""

from collections.abc import Iterator
from pathlib import Path

import pytest

PASSWORD = "correct-horse-battery"


def cli_on(url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """For a fixture to yield from: the settings and the engine the commands read point at `url` (the
    owner's password in the environment, as `init` reads it) until the test ends, then are let go, so
    that the next test reads its own."""
    from core.config import get_settings
    from core.db import get_engine

    monkeypatch.setenv("THERASCRIBE_DATABASE_URL", url)
    monkeypatch.setenv("THERASCRIBE_DATA_DIR", str(data_dir))
    monkeypatch.setenv("THERASCRIBE_OWNER_PASSWORD", PASSWORD)
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield url
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()
