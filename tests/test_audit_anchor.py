"""The audit log held against signed checkpoints kept outside the database: cutting its newest
entries off, rewriting and re-chaining it, or forging a checkpoint is found by `audit verify`; on
PostgreSQL the application's own role can neither disable the log's trigger nor change its rows."""

import json
import stat
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from core.audit.anchor import anchor, anchor_file, load_anchors, signature
from core.audit.models import AuditEntry
from core.audit.service import Event, entry_hash, record, verify
from core.bulk import reset_sequences
from core.clinics.models import Clinic
from core.config import Settings
from core.db import normalise_url
from core.migrate import app_role_statements

BACKENDS = ("sqlite", "postgresql")


def _entries(engine, n: int, start: int = 1) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        record(
            session,
            None,
            [
                Event("test.event", clinic_id=1, record_type="patient", record_id=i)
                for i in range(start, start + n)
            ],
        )
        session.commit()


def _cli(monkeypatch, *args: str, **env: str):  # type: ignore[no-untyped-def]
    from core.config import get_settings
    from core.db import get_engine
    from web.cli import app

    for name, value in env.items():
        monkeypatch.setenv(f"THERASCRIBE_{name.upper()}", value)
    get_settings.cache_clear()
    get_engine.cache_clear()
    try:
        return CliRunner().invoke(app, list(args))
    finally:
        get_engine().dispose()
        get_settings.cache_clear()
        get_engine.cache_clear()


def _said(result) -> str:  # type: ignore[no-untyped-def]
    """The command's output with rich's line wrapping undone."""
    return " ".join(result.output.split())


def _owner_does(engine, statement: str) -> None:  # type: ignore[no-untyped-def]
    """What someone holding the database does behind the application's back: on PostgreSQL the
    tables' owner first switches the trigger off."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
        conn.execute(text(statement))
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER USER"))


def _anchored(new_db, backend: str, tmp_path: Path, monkeypatch, n: int = 8):  # type: ignore[no-untyped-def]
    url, engine = new_db(backend)
    _entries(engine, n)
    env = {"database_url": url, "data_dir": str(tmp_path / "data")}
    result = _cli(monkeypatch, "audit", "anchor", **env)
    assert result.exit_code == 0, result.output
    return url, engine, env


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_log_cut_short_after_its_checkpoint_fails_verify(new_db, backend, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, engine, env = _anchored(new_db, backend, tmp_path, monkeypatch)
    _entries(engine, 2, start=9)
    result = _cli(monkeypatch, "audit", "verify", **env)
    assert result.exit_code == 0 and "10 entries checked, 8 of them checkpointed" in _said(result), (
        result.output
    )

    _owner_does(engine, "DELETE FROM audit_entry WHERE id > 5")
    with Session(engine) as session:
        assert verify(session).ok  # what is left still chains: the chain alone cannot see the cut
    result = _cli(monkeypatch, "audit", "verify", **env)
    assert result.exit_code == 1, result.output
    assert "holds 5 entries but the checkpoint" in _said(result) and "counted 8" in _said(result)
    assert "cut off" in _said(result)


def _rechain_from(engine, first_id: int) -> None:  # type: ignore[no-untyped-def]
    """Rewrite one entry and recompute every hash after it, as someone covering their tracks would."""
    with Session(engine) as session:
        entries = list(session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all())
    rows = []
    prev = next(e.hash for e in entries if e.id == first_id - 1)
    for entry in entries:
        if (entry.id or 0) < first_id:
            continue
        if entry.id == first_id:
            entry.record_id = "999"
        entry.prev_hash = prev
        entry.hash = prev = entry_hash(entry)
        rows.append(
            {"id": entry.id, "record_id": entry.record_id, "prev_hash": entry.prev_hash, "hash": entry.hash}
        )
    # Unique hashes: move every rewritten row out of the way first.
    _owner_does(engine, f"UPDATE audit_entry SET hash = 'x' || id WHERE id >= {first_id}")
    for row in rows:
        _owner_does(
            engine,
            f"UPDATE audit_entry SET record_id = '{row['record_id']}', prev_hash = '{row['prev_hash']}', "
            f"hash = '{row['hash']}' WHERE id = {row['id']}",
        )


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_rewritten_and_rechained_log_fails_verify(new_db, backend, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, engine, env = _anchored(new_db, backend, tmp_path, monkeypatch)
    _entries(engine, 3, start=9)
    _rechain_from(engine, 3)
    with Session(engine) as session:
        assert verify(session).ok  # re-chained: every link and hash holds
    result = _cli(monkeypatch, "audit", "verify", **env)
    assert result.exit_code == 1, result.output
    assert "broken at entry 8" in _said(result) and "rewritten" in _said(result)

    # Nor is a new checkpoint written over it, by the periodic job or on demand.
    lines = anchor_file(Settings(database_url=url, data_dir=tmp_path / "data")).read_text()
    assert anchor(engine, Settings(database_url=url, data_dir=tmp_path / "data")) is None
    assert _cli(monkeypatch, "audit", "anchor", **env).exit_code == 1
    assert anchor_file(Settings(database_url=url, data_dir=tmp_path / "data")).read_text() == lines


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_forged_checkpoint_fails_verify(new_db, backend, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url, engine, env = _anchored(new_db, backend, tmp_path, monkeypatch)
    settings = Settings(database_url=url, data_dir=tmp_path / "data")
    key_file = tmp_path / "data" / "audit_anchor_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    with engine.connect() as conn:
        assert key_file.read_text() not in str(conn.execute(text("SELECT * FROM audit_entry")).all())

    # Cut the log, then vouch for the shorter one with a checkpoint signed by a key of one's own.
    _owner_does(engine, "DELETE FROM audit_entry WHERE id > 5")
    with Session(engine) as session:
        head = session.exec(select(AuditEntry.hash).where(AuditEntry.id == 5)).one()
    at = "2099-01-01T00:00:00+00:00"
    forged = {"count": 5, "head": head, "at": at, "mac": signature(b"guessed", 5, head, at)}
    with anchor_file(settings).open("a") as stream:
        stream.write(json.dumps(forged) + "\n")
    assert load_anchors(settings).problem == "checkpoint 2 is not signed with this installation's key"
    result = _cli(monkeypatch, "audit", "verify", **env)
    assert result.exit_code == 1 and "not signed with this installation's key" in _said(result), result.output


def test_the_periodic_jobs_write_checkpoints(
    new_db: Callable[[str], tuple[str, Engine]], tmp_path: Path
) -> None:
    from core.jobs.periodic import InProcessScheduler

    url, engine = new_db("sqlite")
    _entries(engine, 4)
    settings = Settings(
        database_url=url, data_dir=tmp_path / "data", secret_key="k", audit_anchor_key="from-a-setting"
    )
    scheduler = InProcessScheduler(engine, settings)
    scheduler.start()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not anchor_file(settings).exists():
            time.sleep(0.2)
    finally:
        scheduler.stop()
    anchors = load_anchors(settings)
    assert not anchors.problem and anchors.highest is not None and anchors.highest.count == 4
    assert not (tmp_path / "data" / "audit_anchor_key").exists()  # the setting's key, no file made
    with Session(engine) as session:
        assert verify(session, anchors=anchors).ok


# --- PostgreSQL: the application's role ----------------------------------------------------------


def test_the_application_role_cannot_disable_the_trigger_or_change_the_log(
    new_db: Callable[[str], tuple[str, Engine]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, owner = new_db("postgresql")
    _entries(owner, 3)
    role = f"therascribe_app_{uuid.uuid4().hex[:10]}"
    app_url = (
        make_url(normalise_url(url)).set(username=role, password=None).render_as_string(hide_password=False)
    )
    result = _cli(
        monkeypatch, "migrate", "--app-role", role, database_url=app_url, migration_database_url=url
    )
    app = create_engine(app_url)
    try:
        assert result.exit_code == 0, result.output
        with app.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == role
            owned = conn.execute(text("SELECT count(*) FROM pg_tables WHERE tableowner = current_user"))
            assert owned.scalar_one() == 0
        for statement in (
            "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_delete",
            "ALTER TABLE audit_entry DISABLE TRIGGER USER",
            "UPDATE audit_entry SET record_id = '9' WHERE id = 2",
            "DELETE FROM audit_entry WHERE id = 3",
            "TRUNCATE audit_entry",
            "DROP TABLE audit_entry",
        ):
            with pytest.raises(DBAPIError, match="must be owner|permission denied"), app.begin() as conn:
                conn.execute(text(statement))
        # The application's own work goes on: entries appended, rows written, changed and removed.
        _entries(app, 2, start=4)
        with Session(app) as session:
            clinic = Clinic(name=f"Role test {role}")
            session.add(clinic)
            session.commit()
            clinic.phone = "555-0100"
            session.add(clinic)
            session.commit()
            session.delete(clinic)
            session.commit()
        with app.begin() as conn:
            reset_sequences(conn)  # as a bulk import does after writing its own ids
        with Session(app) as session:
            report = verify(session)
        assert report.ok and report.checked == 5
        # The same command again (after a later migration) only grants again.
        again = _cli(
            monkeypatch, "migrate", "--app-role", role, database_url=app_url, migration_database_url=url
        )
        assert again.exit_code == 0, again.output
    finally:
        app.dispose()
        with owner.connect() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
            conn.commit()


def test_no_app_role_on_sqlite_or_by_a_bad_name(
    new_db: Callable[[str], tuple[str, Engine]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = new_db("sqlite")
    result = _cli(monkeypatch, "migrate", "--app-role", "therascribe_app", database_url=url)
    assert result.exit_code == 1 and "PostgreSQL" in _said(result)
    pg_url, _ = new_db("postgresql")
    result = _cli(monkeypatch, "migrate", "--app-role", "x; DROP TABLE clinic", database_url=pg_url)
    assert result.exit_code == 1 and "role name" in _said(result)
    result = _cli(monkeypatch, "migrate", "--app-role", "postgres", database_url=pg_url)
    assert result.exit_code == 1


def test_the_application_role_may_only_read_and_append_to_the_audit_log() -> None:
    granted = app_role_statements("therascribe_app", ["audit_entry", "patient", "alembic_version"])
    on_audit = [g for g in granted if g.split(" ON ")[-1].startswith("audit_entry ")]
    assert on_audit == [
        "REVOKE ALL ON audit_entry FROM therascribe_app",
        "GRANT SELECT, INSERT ON audit_entry TO therascribe_app",
    ]
    assert 'GRANT SELECT, INSERT, UPDATE, DELETE ON "patient" TO therascribe_app' in granted
    assert "GRANT SELECT ON alembic_version TO therascribe_app" in granted
    with pytest.raises(ValueError):
        app_role_statements("App; DROP TABLE patient", ["patient"])
