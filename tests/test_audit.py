"""The audit log: chained, verifiable, append-only; refusals are logged too."""

from collections.abc import Callable

import pytest
from conftest import Practice
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from core.audit.models import AuditEntry
from core.audit.service import GENESIS, Event, record, verify
from core.patients import service as patients

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _some_entries(engine, n: int = 5) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        record(
            session,
            None,
            [
                Event("test.event", clinic_id=1, patient_id=i, record_type="patient", record_id=i)
                for i in range(1, n + 1)
            ],
        )
        session.commit()


def test_chain_links_and_verifies(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    _some_entries(engine)
    _some_entries(engine)
    with Session(engine) as session:
        entries = session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all()
        assert entries[0].prev_hash == GENESIS
        assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))
        report = verify(session)
    assert report.ok and report.checked == 10


def test_verify_finds_an_entry_changed_behind_the_back_on_sqlite(
    new_db: Callable[[str], tuple[str, Engine]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, engine = new_db("sqlite")
    _some_entries(engine, 8)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET patient_id = 99 WHERE id = 5"))
    with Session(engine) as session:
        report = verify(session)
    assert report.broken_at == 5 and report.checked == 4

    from core.config import get_settings
    from core.db import get_engine
    from web.cli import app

    monkeypatch.setenv("THERASCRIBE_DATABASE_URL", url)
    get_settings.cache_clear()
    get_engine.cache_clear()
    try:
        result = CliRunner().invoke(app, ["audit", "verify"])
    finally:
        get_settings.cache_clear()
        get_engine.cache_clear()
    assert result.exit_code == 1
    assert "broken at entry 5" in result.output


def test_verify_finds_a_deleted_entry_on_sqlite(new_db: Callable[[str], tuple[str, Engine]]) -> None:
    _, engine = new_db("sqlite")
    _some_entries(engine, 6)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = 3"))
    with Session(engine) as session:
        assert verify(session).broken_at == 4


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entry SET patient_id = 99 WHERE id = 2",
        "DELETE FROM audit_entry WHERE id = 2",
        "TRUNCATE audit_entry",
    ],
)
def test_postgresql_refuses_changes_to_the_log(
    new_db: Callable[[str], tuple[str, Engine]], statement: str
) -> None:
    _, engine = new_db("postgresql")
    _some_entries(engine, 3)
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text(statement))
    with Session(engine) as session:
        report = verify(session)
    assert report.ok and report.checked == 3


def test_a_refusal_is_logged_and_survives(practice: Practice) -> None:
    actor = practice.actor("therapist", "riverside")
    with practice.session() as session:
        other = session.exec(text("SELECT id FROM patient WHERE clinic_id = 2 LIMIT 1")).scalar_one()
    from core.errors import Forbidden

    with practice.session() as session, pytest.raises(Forbidden):
        patients.get(session, actor=actor, patient_id=other)
    with practice.session() as session:
        entry = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(1)).first()
        assert entry.user_id == actor.user_id and entry.patient_id == other
        assert entry.outcome == "denied" and entry.action == "patient.read"
        assert entry.client_address == "127.0.0.1"


def test_the_demo_practice_log_verifies(practice: Practice) -> None:
    with practice.session() as session:
        assert verify(session).ok


def test_threads_of_one_process_take_turns_on_sqlite_and_the_chain_holds(
    new_db: Callable[[str], tuple[str, Engine]],
) -> None:
    """Many requests at once, some rolled back: each waits its turn (no 'database is locked'), a
    rolled-back transaction gives its turn back, and the chain holds every committed entry."""
    import threading

    _, engine = new_db("sqlite")
    failures: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(15):
                with Session(engine) as session:
                    record(session, None, [Event("test.turn", clinic_id=1, patient_id=n, record_id=i)])
                    session.exec(select(AuditEntry.id).limit(1)).all()
                    if i % 5 == 4:
                        session.rollback()
                    else:
                        session.commit()
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures and not any(t.is_alive() for t in threads)
    with Session(engine) as session:
        report = verify(session)
    assert report.ok and report.checked == 8 * 12
