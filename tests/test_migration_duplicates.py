"""Migration 0018 adds one note per visit and one fee schedule per payer and start date. A database
that a double click filled with duplicates before the row locks came stops the upgrade with a
sentence that names what to clear, and is left as it was."""

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from test_migration_denial_work import FILLER

from core.migrate import upgrade

# Each row points at row 1 of the tables before it (fee schedules at payer 1, notes at visit 1).
REFERENCES = {"payer_id": 1, "visit_id": 1}


def _row(conn, table: str) -> None:  # type: ignore[no-untyped-def]
    columns = conn.execute(text(f"PRAGMA table_info({table})")).all()
    values = {c[1]: FILLER.get(c[2].split("(")[0].upper(), "x") for c in columns if c[3] and c[4] is None}
    values.pop("id", None)
    values.update({c[1]: REFERENCES[c[1]] for c in columns if c[1] in REFERENCES})
    names = ", ".join(values)
    conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in values)})"), values)


TABLES = (
    "clinic",
    "app_user",
    "patient",
    "payer",
    "provider",
    "appointment",
    "visit",
    "note",
    "fee_schedule",
)


def _filled(tmp_path: Path, twice: str) -> str:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url, "0017")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys=OFF"))  # the filler points every reference at row 1
        for table in TABLES:
            _row(conn, table)
        _row(conn, twice)
    engine.dispose()
    return url


@pytest.mark.parametrize(
    ("twice", "said"),
    [
        ("note", "notes written for the same visit (visit ids): 1"),
        ("fee_schedule", "fee schedules for the same payer and start date (payer ids): 1"),
    ],
)
def test_duplicates_stop_the_upgrade_and_say_which(tmp_path: Path, twice: str, said: str) -> None:
    url = _filled(tmp_path, twice)
    with pytest.raises(RuntimeError, match="nothing changed") as refused:
        upgrade(url)
    assert said in str(refused.value)
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0017"
        assert conn.execute(text(f"SELECT COUNT(*) FROM {twice}")).scalar_one() == 2
    engine.dispose()


def test_a_database_without_duplicates_upgrades(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url, "0017")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys=OFF"))
        for table in TABLES:
            _row(conn, table)
    upgrade(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() != "0017"
    engine.dispose()
