"""The suite's own fixtures (tests/conftest.py): what a test leaves running is stopped with its database."""

import time
import uuid

from conftest import Databases, _admin, _settings
from sqlalchemy import Engine, text

from web.app import create_app
from web.routers.recordings import jobs


def test_letting_an_engine_go_stops_the_transcription_worker_of_an_app_on_it(
    empty_db: tuple[str, Engine], databases: Databases, tmp_path
) -> None:
    """An app's worker sweeps its database until its lifespan ends, which a TestClient used without
    `with` never does: the fixture that lets the engine go stops it, before the database is dropped."""
    url, engine = empty_db
    other_url = databases.new("sqlite")
    other = databases.engine(other_url)
    on_this = jobs(create_app(engine=engine, settings=_settings(tmp_path / "a", url)))
    on_other = jobs(create_app(engine=other, settings=_settings(tmp_path / uuid.uuid4().hex, other_url)))
    sweeps = (on_this._sweeper, on_other._sweeper)  # type: ignore[attr-defined]
    assert all(sweep.is_alive() for sweep in sweeps)
    databases.release(engine)
    assert not sweeps[0].is_alive()
    assert sweeps[1].is_alive()  # another engine's worker goes with that engine
    databases.release(other)
    assert not sweeps[1].is_alive()


def test_a_postgresql_copy_let_go_is_dropped_while_the_next_tests_run(databases: Databases) -> None:
    """Each DROP DATABASE waits for a checkpoint: a copy is dropped when its fixture lets it go, in the
    background, not all together after the worker's last test."""
    url = databases.new("postgresql")
    engine = databases.engine(url)
    name = engine.url.database
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1
    databases.release(engine)
    assert name not in databases.pg_names  # not left for the worker's end
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _exists(name):
        time.sleep(0.2)
    assert not _exists(name)


def _exists(name: str | None) -> bool:
    with _admin() as conn:
        return (
            conn.execute(text("SELECT count(*) FROM pg_database WHERE datname = :n"), {"n": name}).scalar()
            == 1
        )
