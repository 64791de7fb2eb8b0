"""Migration 0013 upgrades a clinic's SQLite database that already holds claims: the batch copy of
`claim` it first did was refused by the foreign keys of the rows that reference claims."""

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from core.migrate import upgrade

# A value of each column type for a NOT NULL column with no default (the rows only need to exist).
FILLER = {"INTEGER": 1, "BOOLEAN": 0, "DATE": "2026-10-01", "DATETIME": "2026-10-01 09:00:00", "JSON": "[]"}
# Parents first: each row's foreign keys point at id 1 of the tables before it.
TABLES = ("clinic", "app_user", "patient", "payer", "provider", "visit", "claim", "claim_line", "payment")


def _row(conn, table: str) -> None:  # type: ignore[no-untyped-def]
    columns = [c for c in conn.execute(text(f"PRAGMA table_info({table})")).all() if c[3] and c[4] is None]
    values = {c[1]: FILLER.get(c[2].split("(")[0].upper(), "x") for c in columns}
    names = ", ".join(values)
    conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in values)})"), values)


def test_0013_upgrades_a_sqlite_database_that_holds_claims(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url, "0012")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys=OFF"))  # the filler points every reference at row 1
        for table in TABLES:
            _row(conn, table)
    upgrade(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT frequency_code, assigned_user_id FROM claim")).all() == [("1", None)]
        assert conn.execute(text("SELECT COUNT(*) FROM claim_line")).scalar_one() == 1
    references = {fk["referred_table"] for fk in inspect(engine).get_foreign_keys("claim")}
    assert "app_user" in references
    engine.dispose()
