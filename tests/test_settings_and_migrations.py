"""Settings from the environment, a generated secret key, and migrations that match the models."""

import os
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pydantic import ValidationError
from sqlalchemy import Engine, inspect

from core.config import Settings
from core.models import metadata


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("THERASCRIBE_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/x")
    monkeypatch.setenv("THERASCRIBE_TIMEZONE", "America/Chicago")
    monkeypatch.setenv("THERASCRIBE_BROKER_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("THERASCRIBE_DATA_DIR", str(tmp_path))
    settings = Settings()
    assert settings.database_url.startswith("postgresql://")
    assert settings.tz.key == "America/Chicago"
    assert settings.broker_url.startswith("redis://")


def test_defaults_are_embedded_sqlite_and_in_process_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("THERASCRIBE_"):
            monkeypatch.delenv(name)
    settings = Settings(_env_file=None)
    assert settings.database_url == "sqlite:///var/therascribe.db"
    assert settings.broker_url == ""


def test_an_unknown_time_zone_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown time zone"):
        Settings(timezone="Mars/Olympus_Mons", _env_file=None)


def test_secret_key_is_generated_once_and_kept_private(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, secret_key="", _env_file=None)
    key = settings.resolved_secret_key()
    assert len(key) >= 43
    assert settings.resolved_secret_key() == key
    assert Settings(data_dir=tmp_path, secret_key="", _env_file=None).resolved_secret_key() == key
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == 0o600
    assert Settings(data_dir=tmp_path / "other", secret_key="", _env_file=None).resolved_secret_key() != key


def test_migrations_build_every_table_and_match_the_models(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    assert set(metadata.tables) <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # Index-only differences: the trigram index exists on PostgreSQL only, by design.
    assert [d for d in diff if d[0] not in ("remove_index",)] == []
