"""The demo templates kept between runs (tests/conftest.py, TemplateCache, #22), where several runs share
the folder: a SQLite template with pages still in its -wal file is kept whole (its main file alone lacked
them), an earlier file's -wal beside the kept copy is not read into it, a half-written copy or marker (a
run stopped midway) is removed once nobody holds its lock, and a prune meeting another process's work
(a marker it removed, a PostgreSQL copy it is keeping) goes on and leaves that work alone."""

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TemplateCache, _admin, _locked, drop_databases
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

USERS = [
    {"email": "pt1@riverside.example.org", "password": "demo", "role": "therapist", "clinic": "Riverside"}
]


def _rows(path: str) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("SELECT COUNT(*) FROM patient").fetchone()[0])
    finally:
        db.close()


def _plain(path: Path, rows: int) -> str:
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE patient (id INTEGER PRIMARY KEY)")
        db.executemany("INSERT INTO patient VALUES (?)", [(i,) for i in range(rows)])
    db.close()
    return str(path)


def _with_pending_wal(path: Path, rows: int) -> sqlite3.Connection:
    """A WAL-mode database whose rows are all still in its -wal file (the connection left open)."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")
    with db:
        db.execute("CREATE TABLE patient (id INTEGER PRIMARY KEY)")
        db.executemany("INSERT INTO patient VALUES (?)", [(i,) for i in range(rows)])
    assert Path(f"{path}-wal").stat().st_size > 0
    return db


@pytest.mark.parametrize(
    ("source_wal", "stale_wal", "rows"),
    [
        (True, False, 7),  # the source's rows in its -wal: kept whole
        (False, True, 3),  # an earlier file's -wal beside the kept copy: not read into it
        (True, True, 7),
        (False, False, 3),  # must not change: a plain source, nothing beside
    ],
)
def test_a_kept_sqlite_template_holds_the_whole_source(
    tmp_path: Path, source_wal: bool, stale_wal: bool, rows: int
) -> None:
    cache = TemplateCache(tmp_path / "cache", "k1")
    target = cache.location("demo", "sqlite")
    if stale_wal:  # an earlier kept copy's -wal, left by a run that stopped with it open
        earlier = _with_pending_wal(tmp_path / "earlier.sqlite", 50)
        Path(f"{target}-wal").write_bytes(Path(tmp_path / "earlier.sqlite-wal").read_bytes())
        earlier.close()
    held = _with_pending_wal(tmp_path / "t.sqlite", rows) if source_wal else None
    source = str(tmp_path / "t.sqlite") if held else _plain(tmp_path / "t.sqlite", rows)
    try:
        cache.keep("demo", "sqlite", source, USERS)
    finally:
        if held is not None:
            held.close()
    assert _rows(target) == rows
    assert cache.users("demo", "sqlite") == USERS


def _halves(folder: Path, key: str) -> list[Path]:
    """What a keep of `key` stopped midway leaves: a copy, its journal, a marker, each half-written."""
    paths = [
        folder / f"{key}-demo.sqlite.0123abcd",
        folder / f"{key}-demo.sqlite.0123abcd-journal",
        folder / f"{key}-demo-sqlite.89abcdef",
        folder / f"{key}-tiny-postgresql.fedcba98",
    ]
    for path in paths:
        path.write_bytes(b"half")
    return paths


@pytest.mark.parametrize(
    ("held", "removed"),
    [
        (False, True),  # nobody's: removed by the next keep's prune
        (True, False),  # must not change: another process writing it now
    ],
)
def test_half_written_copies_are_removed_once_nobody_holds_their_lock(
    tmp_path: Path, held: bool, removed: bool
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    halves = _halves(folder, "k0")
    others = [folder / "k0-demo.sqlite", folder / "k0-demo-sqlite.json", folder / "notes.txt"]
    for path in others:
        path.write_text("[]")
    keep = lambda: TemplateCache(folder, "k1").keep("demo", "sqlite", _plain(tmp_path / "t.sqlite", 2), USERS)  # noqa: E731
    if held:  # another process is writing k0's copies: it holds their locks
        with _locked(folder / "k0-demo-sqlite.lock"), _locked(folder / "k0-tiny-postgresql.lock"):
            keep()
    else:
        keep()
    assert [path.exists() for path in halves] == [not removed] * len(halves)
    assert all(path.exists() for path in others)  # must not change: kept copies, markers, other files
    assert not [p.name for p in folder.iterdir() if p.name.startswith("k1-demo.sqlite.")]


def test_a_keep_that_fails_midway_leaves_no_half_written_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    cache = TemplateCache(folder, "k1")

    def refused(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(OSError, match="disk full"):
        cache.keep("demo", "sqlite", _plain(tmp_path / "t.sqlite", 2), USERS)
    monkeypatch.undo()
    assert sorted(p.name for p in folder.iterdir()) == ["k1-demo-sqlite.lock"]
    assert cache.users("demo", "sqlite") is None  # must not change: nothing kept


def test_a_prune_passes_over_a_marker_another_process_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    glob = Path.glob

    def with_a_ghost(self: Path, pattern: str) -> Iterator[Path]:
        yield from glob(self, pattern)
        if pattern == "*-*-*.json":  # listed, then removed by another prune before it was looked at
            yield self / "ghost-demo-sqlite.json"

    monkeypatch.setattr(Path, "glob", with_a_ghost)
    cache = TemplateCache(folder, "k1")
    cache.keep("demo", "sqlite", _plain(tmp_path / "t.sqlite", 2), USERS)
    assert cache.users("demo", "sqlite") == USERS


def _databases(like: str) -> set[str]:
    with _admin() as conn:
        found = conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": like})
        return {name for (name,) in found}


@pytest.mark.parametrize(
    ("keeping", "dropped"),
    [
        (True, False),  # another process keeping it: copied, its marker not yet written
        (False, True),  # must not change: no marker and nobody keeping it, a run stopped midway
    ],
)
def test_a_prune_leaves_the_postgresql_copy_another_process_is_keeping(
    tmp_path: Path, keeping: bool, dropped: bool
) -> None:
    folder = tmp_path / "cache"
    cache = TemplateCache(folder, "k1")
    other = TemplateCache(folder, "k2")
    name = other.location("demo", "postgresql")
    try:
        with _admin() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError:
        pytest.skip("no PostgreSQL")
    try:
        lock = folder / "k2-demo-postgresql.lock"
        with _locked(lock, wait=False) as mine:
            assert mine
            if keeping:
                cache.keep("demo", "sqlite", _plain(tmp_path / "t.sqlite", 2), USERS)
        if not keeping:
            cache.keep("demo", "sqlite", _plain(tmp_path / "t.sqlite", 2), USERS)
        assert (name not in _databases(cache.prefix.replace("_", "\\_") + "%")) is dropped
    finally:
        drop_databases([name])
