"""Fixtures: throw-away databases on SQLite and on the local PostgreSQL, the demo practice, clients."""

# ruff: noqa: E402 (the imports after the bytecode switch below come after it on purpose)
import os
import sys

# Compiled modules are written and kept (in the __pycache__ folders .gitignore leaves out), also where the
# environment says PYTHONDONTWRITEBYTECODE: without them every process of a run compiles our sources
# again, and pytest rewrites and compiles all 500 test modules again in each xdist worker. Collecting the
# suite: 59 s without (37 s of it collection), 32 s with (14 s) at load 7-9. Set before the imports below,
# and in the environment, so the workers xdist starts and the servers, CLIs and Celery workers tests start
# keep theirs too. Nothing else changes: Python reads a .pyc only while its source is unchanged.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

import fcntl
import hashlib
import inspect
import json
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import tomllib
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from argon2 import PasswordHasher
from browser_support import LiveServer, launched
from fastapi.testclient import TestClient
from hypothesis import settings
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlmodel import Session

from core.bulk import reset_sequences
from core.config import Settings
from core.db import make_engine
from core.demo.build import build
from core.demo.users import DemoUser
from core.migrate import upgrade
from core.models import metadata
from core.timeutil import clock_at
from core.users import security
from core.users.service import actor_by_email
from scribe.jobs import InProcessWorker
from web.app import create_app

# A property's examples are checked, not timed: hypothesis's default 200 ms deadline per example failed
# test_every_denied_finding_comes_out_denied on a machine at load 18 (2 cores, several suites at once) and
# passed alone, which says nothing of the code. Speed is measured by `make bench`, never by a test.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")

# The scribe's models are not loaded as each app starts (core.config.Settings.warm_models): a test
# that drafts loads them when it drafts, and tests/test_warm_start.py tests the warm-up itself. Set in
# the environment, so the servers tests start in other processes skip it too.
os.environ.setdefault("THERASCRIBE_WARM_MODELS", "false")
PG_SERVER = os.environ.get("THERASCRIBE_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432")
BACKENDS = ("sqlite", "postgresql")
DEMO_TODAY = date(2026, 11, 24)
# The demo practices the tests copy, by template kind: "demo" is the small practice (1,500 patients, 20,000
# visits, as `therascribe demo` builds), "tiny" the same clinics, staff, payers and rules with a tenth of
# the patients and visits. A test module's copies are tiny when it says `DEMO_SIZE = "tiny"`: its tests
# need a practice, not the small one's particular patients, counts or figures. A tiny copy is built in a
# few seconds and copied in a tenth of the time, and every page and query over it reads a tenth of the rows.
DEMO_SIZES = {"demo": "small", "tiny": "tiny"}
# The moment the demo practice is built as of (core.demo.build: its today's close of business, 18:00 in
# the clinics' zone): what is booked after it is ahead, what started before it happened. A test that
# looks for visits ahead reads the clock at this moment (`demo_clock`), not the wall clock: on that the
# practice's four weeks ahead run out days after DEMO_TODAY, and what is "ahead" changes with the hour.
DEMO_NOW = datetime(
    DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY.day, 18, tzinfo=ZoneInfo("America/New_York")
).astimezone(UTC)

# The product hashes passwords with argon2id at 64 MiB and 3 passes (core/users/security.py), slow on
# purpose: 1.3 s a log-in on a 2-core machine at load 23, paid by every log-in of every test and by each
# of the demo's 25 users when its template is built on each backend. The tests' own processes hash at
# argon2id's cheapest instead; a hash carries its parameters, so a server a test starts in another
# process (product hashing) still verifies these cheaply. Production hashing is unchanged.
security._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


# The days a test that looks at a day's schedule (a home page, /schedule) pins the services' clock to
# (`on_day`), never today: the demo books visits for four weeks after DEMO_TODAY on weekdays only, so what
# today's schedule shows hung on the weekday and the date of the run (test_browser_phone_layouts[front_desk]
# failed on a Monday with visits and passed on a Sunday without, and would pass every day after the four
# weeks). Such a test looks at both: a weekday ahead of DEMO_TODAY with visits booked to check in, and a
# Sunday with none.
VISIT_DAY = date(2026, 11, 30)  # a Monday: booked visits in clinic 1 (tiny: 4)
QUIET_DAY = date(2026, 11, 29)  # a Sunday: no visit
SCHEDULE_DAYS = (VISIT_DAY, QUIET_DAY)


@contextmanager
def on_day(day: date, hour: int = 8) -> Iterator[None]:
    """The services' clock at `hour` in the clinics' zone on `day`, running on from there (log in first,
    on the wall clock: see on_the_wall_clock)."""
    with clock_at(datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo("America/New_York"))):
        yield


# The demo practices built as a template are kept between runs, in the system's temp folder and as
# PostgreSQL databases named therascribe_cache_<folder>_<key>_<kind>, keyed by everything the build
# reads (core/, the dependencies' pins, Python's version, and how this file builds it: build_recipe):
# a run whose key was built before copies it (a second) instead of building it (80-110 s each for the
# small practice on SQLite and on PostgreSQL on a loaded 2-core machine, in the setup of whichever test
# first wants it: test_races' first test took 111 s + 110 s). A practice built as of DEMO_TODAY is the
# same whenever it is built, but for the microseconds of a few stamps and the passwords' salts: a kept
# one is another copy of what the run would build. The key was once a hash of all of this file and of
# pyproject.toml, so a new fixture or a ruff setting threw the kept practices away. THERASCRIBE_TEST_
# TEMPLATE_CACHE names another folder for it, or "off" to build every run.
TEMPLATE_CACHE = os.environ.get("THERASCRIBE_TEST_TEMPLATE_CACHE", "")
CACHE_PREFIX = "therascribe_cache_"
CACHE_KEEP = 6  # keys kept; the least recently used beyond them are removed when one is added


def cache_key(root: Path, recipe: str) -> str:
    """What a demo build depends on: the product's core (the builder calls its services, its migrations
    make the tables), the versions it runs on (constraints.txt's pins, pyproject.toml's [project] table:
    not the tools' settings beside it), Python's, and `recipe`, how the tests build it (build_recipe)."""
    digest = hashlib.sha256(sys.version.encode())
    files = sorted(
        path
        for path in (root / "core").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )
    for path in [*files, root / "constraints.txt"]:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    digest.update(_project_table(root / "pyproject.toml"))
    digest.update(recipe.encode())
    return digest.hexdigest()[:16]


def _project_table(pyproject: Path) -> bytes:
    """pyproject.toml's [project] table (the dependencies and their bounds), as data; the whole file where
    it is not TOML that can be read."""
    try:
        raw = pyproject.read_bytes()
    except OSError:
        return b""
    try:
        return json.dumps(tomllib.loads(raw.decode()).get("project", {}), sort_keys=True).encode()
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return raw


def build_recipe() -> str:
    """All of this file a template's contents come from: how a template is made and filled (the build's
    call with its sizes, seed and day; the copies it starts from) and how the demo's passwords are hashed."""
    hasher = security._hasher
    return "\n".join(
        [
            inspect.getsource(Templates._build),
            inspect.getsource(Templates._create),
            inspect.getsource(copy_practice),
            repr(sorted(COPIED_TO_POSTGRESQL)),
            repr((sorted(DEMO_SIZES.items()), DEMO_TODAY.isoformat())),
            repr(
                (hasher.time_cost, hasher.memory_cost, hasher.parallelism, hasher.hash_len, hasher.salt_len)
            ),
            repr(hasher.type),
        ]
    )


# The small demo is built once a run, on SQLite, and its rows are copied into PostgreSQL (copy_practice)
# instead of built there again: the build is the same deterministic call either way (seed 7, DEMO_TODAY)
# and the copy takes a minute against the build's four to seven on a loaded 2-core machine. A fresh
# clone has no kept templates (TemplateCache), and there test_upload_progress's first test waited 957 s
# + 438 s for the two builds, one after the other, on one worker. The tiny practice is still built on
# PostgreSQL by build() itself, so the builder's PostgreSQL path (COPY, sequences) stays under test.
COPIED_TO_POSTGRESQL = frozenset({"demo"})


def copy_practice(source: str, target: str) -> None:
    """Every row of the practice in the SQLite database `source` written, as it is, into `target`: a
    migrated, empty PostgreSQL database. Read and written through the tables' types (SQLite's stored text
    and numbers become PostgreSQL's timestamps, booleans and JSON), then each id sequence moved past its
    largest id, as build() leaves them."""
    reading, writing = make_engine(source), make_engine(target)
    try:
        with reading.connect() as read, writing.begin() as write:
            # the rows are a finished practice's: their foreign keys hold, so they are not checked again
            # row by row, as pg_restore does. Only a superuser may say so (THERASCRIBE_TEST_POSTGRES may
            # name another role): then they are checked, the tables written in their foreign keys' order.
            with suppress(ProgrammingError, OperationalError), write.begin_nested():
                write.execute(text("SET LOCAL session_replication_role = replica"))
            for table in metadata.sorted_tables:
                rows = read.execute(select(table)).mappings()
                while batch := rows.fetchmany(5_000):
                    write.execute(table.insert(), [dict(row) for row in batch])
            reset_sequences(write)
    finally:
        reading.dispose()
        writing.dispose()


class TemplateCache:
    """Demo templates kept between runs: a SQLite file and a PostgreSQL database per key and kind, each
    with a marker file holding the demo's log-ins (written last: no marker, nothing kept)."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder
        self.key = key
        folder.mkdir(parents=True, exist_ok=True)
        # the folder's own PostgreSQL names: another folder's (another user's, a test's) are not its to prune
        self.prefix = f"{CACHE_PREFIX}{hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:6]}_"

    def _marker(self, kind: str, backend: str) -> Path:
        return self.folder / f"{self.key}-{kind}-{backend}.json"

    def location(self, kind: str, backend: str) -> str:
        if backend == "sqlite":
            return str(self.folder / f"{self.key}-{kind}.sqlite")
        return f"{self.prefix}{self.key}_{kind}"

    def users(self, kind: str, backend: str) -> list[dict[str, Any]] | None:
        """The kept template's log-ins, or None where none is kept."""
        marker = self._marker(kind, backend)
        try:
            users = json.loads(marker.read_text())
            # used: the last to be removed (utime, not touch: a marker a prune removed meanwhile must not
            # come back empty, which would keep this key from ever being kept again)
            os.utime(marker)
        except (OSError, ValueError):
            return None
        return list(users)

    def forget(self, kind: str, backend: str) -> None:
        """A kept template that could not be copied (its PostgreSQL server was made anew, say): the
        next build keeps its own."""
        self._marker(kind, backend).unlink(missing_ok=True)

    def keep(self, kind: str, backend: str, source: str, users: list[dict[str, Any]]) -> None:
        """Keeps a copy of the template just built at `source` (nobody connected to it)."""
        with _locked(self._lock(self.key, kind, backend)):
            if self._marker(kind, backend).exists():
                return  # another run kept one meanwhile
            target = self.location(kind, backend)
            if backend == "sqlite":
                partial = f"{target}.{uuid.uuid4().hex[:8]}"
                try:
                    # a source with pages still in its -wal file is copied through SQLite, never as its
                    # main file alone (Templates._create looks)
                    Templates._create(backend, partial, source)
                    for left in ("-wal", "-shm", "-journal"):  # an earlier file's: read into this one
                        Path(target + left).unlink(missing_ok=True)
                    os.replace(partial, target)
                finally:
                    for half in (partial, partial + "-journal"):  # a copy that failed midway
                        Path(half).unlink(missing_ok=True)
            else:
                drop_databases([target])  # a copy left by a run that stopped before its marker
                Templates._create(backend, target, source)
            partial_marker = self._marker(kind, backend).with_suffix(f".{uuid.uuid4().hex[:8]}")
            partial_marker.write_text(json.dumps(users))
            os.replace(partial_marker, self._marker(kind, backend))
        self._prune()

    def _lock(self, key: str, kind: str, backend: str) -> Path:
        """The lock a template is kept under: its copy and marker are written, half-written, only by
        the process holding it."""
        return self.folder / f"{key}-{kind}-{backend}.lock"

    def _prune(self) -> None:
        """Removes the kept templates of all but the CACHE_KEEP most recently used keys, and what runs
        stopped midway left. Other processes keep, use and prune in the folder meanwhile: a file gone
        since it was listed is passed over, and what is being kept now (its lock held) is left."""
        used = {marker: _mtime(marker) for marker in self.folder.glob("*-*-*.json")}
        markers = sorted(
            (m for m, when in used.items() if when is not None), key=lambda m: used[m] or 0.0, reverse=True
        )
        keys: list[str] = []
        for marker in markers:
            key = marker.name.split("-", 1)[0]
            if key not in keys:
                keys.append(key)
        old = set(keys[CACHE_KEEP:]) - {self.key}
        names = []
        for marker in markers:
            key, kind, backend = marker.stem.split("-", 2)
            if key not in old or _mtime(marker) != used[marker]:  # used again since it was listed
                continue
            with suppress(OSError):
                marker.unlink()
            if backend == "sqlite":
                for left in ("", "-wal", "-shm", "-journal"):
                    Path(TemplateCache(self.folder, key).location(kind, backend) + left).unlink(
                        missing_ok=True
                    )
            if backend == "postgresql":
                names.append(TemplateCache(self.folder, key).location(kind, backend))
        # half-written copies and markers (a run stopped between writing one and renaming it): one whose
        # lock is free is nobody's
        for path in list(self.folder.iterdir()):
            if (half := PARTIAL.fullmatch(path.name)) is not None:
                with _locked(
                    self._lock(half["key"], half["kind"], half["backend"] or "sqlite"), wait=False
                ) as free:
                    if free:
                        path.unlink(missing_ok=True)
        # and the PostgreSQL copies no marker names (the temp folder was emptied, a run stopped midway),
        # but for one another process is keeping now (copied, its marker not yet written)
        with ExitStack() as held:  # their locks, held while they are dropped: no keep starts meanwhile
            with suppress(OperationalError), _admin() as conn:
                like = self.prefix.replace("_", "\\_") + "%"
                found = conn.execute(
                    text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": like}
                )
                for (name,) in found:
                    key, _, kind = name[len(self.prefix) :].partition("_")
                    mine = held.enter_context(_locked(self._lock(key, kind, "postgresql"), wait=False))
                    if mine and not any(self.folder.glob(f"{key}-*-*.json")):  # looked at under its lock
                        names.append(name)
            drop_databases(names, force=False)  # one being copied just now stays, for the next prune


# A half-written kept copy or marker (TemplateCache.keep): <key>-<kind>.sqlite.<8 hex> (and its journal),
# <key>-<kind>-<backend>.<8 hex>
PARTIAL = re.compile(
    r"(?P<key>[^-.]+)-(?P<kind>[^-.]+)(?:\.sqlite|-(?P<backend>sqlite|postgresql))\.[0-9a-f]{8}(?:-journal)?"
)


def _mtime(path: Path) -> float | None:
    """When the file was last written or touched; None where it is gone (another process removed it)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def template_cache() -> "TemplateCache | None":
    """The cache the run's templates are kept in, or None where it is off."""
    if TEMPLATE_CACHE.lower() == "off":
        return None
    folder = (
        Path(TEMPLATE_CACHE) if TEMPLATE_CACHE else Path(tempfile.gettempdir()) / "therascribe-test-templates"
    )
    return TemplateCache(folder, cache_key(Path(__file__).resolve().parent.parent, build_recipe()))


class Templates:
    """The databases every test starts from, made once per run and shared by the xdist workers: a
    migrated empty database and the small demo practice, on each backend. Building the practice takes
    half a minute; a copy (SQLite's backup, PostgreSQL's CREATE DATABASE ... TEMPLATE) takes a second.

    Workers meet through files in the run's shared temp folder: a lock per template, so one worker
    builds it while the others wait, and a file saying it is ready (with the demo's log-ins)."""

    def __init__(self, shared: Path, run: str, cache: TemplateCache | None = None) -> None:
        self.shared = shared
        self.run = run
        self.ready: dict[str, list[DemoUser]] = {}
        self.cache = cache

    def key(self, kind: str, backend: str) -> str:
        return f"{kind}-{backend}"

    def location(self, kind: str, backend: str) -> str:
        """The template's SQLite file, or its PostgreSQL database name."""
        if backend == "sqlite":
            return str(self.shared / f"template-{self.key(kind, backend)}.sqlite")
        return f"{run_prefix(self.run)}tpl_{kind}"

    def users(self, kind: str, backend: str) -> list[DemoUser]:
        key = self.key(kind, backend)
        if key not in self.ready:
            self._wait_or_build_another(kind, backend)
            with _locked(self.shared / f"{key}.lock"):
                if not self._marker(key).exists():
                    self._build(kind, backend)
            self.ready[key] = [DemoUser(**u) for u in json.loads(self._marker(key).read_text())]
        return self.ready[key]

    def _marker(self, key: str) -> Path:
        return self.shared / f"{key}.ready"

    def _wait_or_build_another(self, kind: str, backend: str) -> None:
        """While another worker builds this template, build one it will want next instead of idling."""
        if self._marker(self.key(kind, backend)).exists() or _lock_is_free(
            self.shared / f"{kind}-{backend}.lock"
        ):
            return
        for other in BACKENDS:
            key = self.key(kind, other)
            if other != backend and not self._marker(key).exists():
                with _locked(self.shared / f"{key}.lock", wait=False) as mine:
                    if mine and not self._marker(key).exists():
                        self._build(kind, other)

    def _build(self, kind: str, backend: str) -> None:
        users: list[DemoUser] = []
        if kind == "empty":
            url = self._create(backend, self.location(kind, backend), None)
            upgrade(url)
        elif (kept := self._from_cache(kind, backend)) is not None:
            users = kept
        elif backend == "postgresql" and kind in COPIED_TO_POSTGRESQL:
            users = self.users(kind, "sqlite")
            self.users("empty", backend)
            url = self._create(backend, self.location(kind, backend), self.location("empty", backend))
            copy_practice(f"sqlite:///{self.location(kind, 'sqlite')}", url)
            if self.cache is not None:
                self.cache.keep(kind, backend, self.location(kind, backend), [asdict(u) for u in users])
        else:
            source = self.location("empty", backend)
            self.users("empty", backend)
            url = self._create(backend, self.location(kind, backend), source)
            engine = make_engine(url)
            with engine.begin() as conn:
                users = build(conn, size=DEMO_SIZES[kind], seed=7, today=DEMO_TODAY).users
            engine.dispose()  # a PostgreSQL template may have no one connected when it is copied
            if self.cache is not None:
                self.cache.keep(kind, backend, self.location(kind, backend), [asdict(u) for u in users])
        self._marker(self.key(kind, backend)).write_text(json.dumps([asdict(u) for u in users]))

    def _from_cache(self, kind: str, backend: str) -> list[DemoUser] | None:
        """The template copied from the one kept by an earlier run with the same key; None where none is
        kept, or it went (another run's prune) before it was copied."""
        kept = self.cache.users(kind, backend) if self.cache is not None else None
        if kept is None or self.cache is None:
            return None
        try:
            self._create(backend, self.location(kind, backend), self.cache.location(kind, backend))
        except (OSError, OperationalError, ProgrammingError):
            if backend == "postgresql":
                drop_databases([self.location(kind, backend)])
            self.cache.forget(kind, backend)
            return None
        return [DemoUser(**u) for u in kept]

    def copy(self, kind: str, backend: str, target: str) -> str:
        """A new database `target` (a SQLite path or a PostgreSQL name) holding the template; its URL."""
        self.users(kind, backend)
        return self._create(backend, target, self.location(kind, backend))

    @staticmethod
    def _create(backend: str, target: str, template: str | None) -> str:
        if backend == "sqlite":
            if template is not None and not Path(template + "-wal").exists():
                # The template is whole in its file (its engine was disposed before it was marked
                # ready, which checkpoints the WAL) and nobody writes it: a plain file copy, about five
                # times as fast as SQLite's page-by-page backup (72 MB demo: 1 s against 5 s, loaded).
                shutil.copyfile(template, target)
            elif template is not None:
                source, copy = sqlite3.connect(template), sqlite3.connect(target)
                try:
                    source.backup(copy)
                finally:
                    source.close()
                    copy.close()
            return f"sqlite:///{target}"
        with _admin() as conn:
            # One copy of a template at a time: PostgreSQL refuses a copy while anyone, even
            # another CREATE DATABASE, is connected to the template.
            like = f' TEMPLATE "{template}"' if template else ""
            for attempt in range(60):
                try:
                    conn.execute(text(f'CREATE DATABASE "{target}"{like}'))
                    break
                except OperationalError as error:
                    if "is being accessed by other users" not in str(error) or attempt == 59:
                        raise
                    time.sleep(1)
            # A test database's commits need not wait for the disk: a commit is seen by every other
            # session as before, only a crash of the PostgreSQL server could lose one, and none is
            # tested. 5.7 ms -> 0.3 ms a commit here, loaded (ALTER DATABASE's settings are not copied
            # from a template, so each copy is told).
            conn.execute(text(f'ALTER DATABASE "{target}" SET synchronous_commit = off'))
        return f"{PG_SERVER}/{target}"


# An app's in-process transcription worker (scribe.jobs.InProcessWorker, made on the first upload) runs a
# sweep thread that reads its engine's database every job_lease_seconds / 2 until stopped, and only the
# app's lifespan stops it: a TestClient used without `with` never does. Left running, every sweep of a
# finished file kept querying its database (and held a pooled connection) to the end of the worker's run,
# and once that run dropped the PostgreSQL copies, printed "transcription sweep failed" with a traceback
# 'database "therascribe_run_..." does not exist' after the tests. The workers the tests' apps start are
# kept here and stopped with the engine they work on (Databases.release), the rest before the drop.
_STARTED_WORKERS: list[InProcessWorker] = []
_start_worker = InProcessWorker.start


def _start_and_keep(worker: InProcessWorker) -> None:
    _STARTED_WORKERS.append(worker)
    _start_worker(worker)


InProcessWorker.start = _start_and_keep  # type: ignore[method-assign]


def stop_transcription_workers(engine: Engine | None = None) -> None:
    """Stops the transcription workers started on this engine (on any engine: None), sweeps included."""
    for worker in [w for w in _STARTED_WORKERS if engine is None or w.engine is engine]:
        _STARTED_WORKERS.remove(worker)
        worker.stop()
        worker._sweeper.join(timeout=30)


def _admin():  # type: ignore[no-untyped-def]
    return create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT").connect()


def drop_databases(names: list[str], force: bool = True) -> None:
    """Drops these PostgreSQL databases, eight at a time. Each DROP DATABASE waits for a checkpoint
    (PostgreSQL forces one so the checkpointer forgets the database's files), which on a busy machine
    takes seconds; drops sent together wait for the same checkpoint. Eight drops here: 8.9-11.2 s one
    after another, 0.2-0.3 s together (load 11-14). One that fails (in use, without force) is left."""
    if not names:
        return
    engine = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT", pool_size=8)

    def drop(name: str) -> None:
        with suppress(OperationalError), engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"' + (" WITH (FORCE)" if force else "")))

    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(drop, names))
    finally:
        engine.dispose()


# Every PostgreSQL database a run makes is named run_prefix(run) + something: its templates and its
# copies. The process that starts the run (xdist's controller, or pytest itself without workers) holds a
# PostgreSQL advisory lock on the run's number while it runs; a run whose lock nobody holds has ended,
# however it ended (killed, timed out), and what it left is dropped when the next run starts.
PREFIX = "therascribe_run_"
LEGACY = ("therascribe_tpl_", "therascribe_test_")  # the names before runs were prefixed
LEGACY_AGE_HOURS = 3


def run_prefix(run: str) -> str:
    return f"{PREFIX}{run}_"


def _run_lock(run: str) -> int:
    return int(run, 16)


class RunOwnership:
    """The controller's hold on its run's number, and the clean-up of the runs that ended."""

    def __init__(self, run: str) -> None:
        self.run = run
        self.conn: Any = None

    def start(self) -> None:
        try:
            self.conn = _admin()
        except OperationalError:  # no PostgreSQL: the tests that need it will say so
            return
        self.conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _run_lock(self.run)})
        self._drop_ended_runs()

    def _drop_ended_runs(self) -> None:
        names = [
            row[0]
            for row in self.conn.execute(
                text("SELECT datname FROM pg_database WHERE datname LIKE 'therascribe\\_%' ORDER BY 1")
            )
        ]
        runs = {n[len(PREFIX) :].split("_", 1)[0] for n in names if n.startswith(PREFIX)}
        for run in sorted(runs - {self.run}):
            if not all(c in "0123456789abcdef" for c in run):
                continue
            held = self.conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _run_lock(run)}).scalar()
            if not held:
                continue  # that run is still going
            try:
                drop_databases([name for name in names if name.startswith(run_prefix(run))])
            finally:
                self.conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _run_lock(run)})
        # Names from before the prefix carry no lock: dropped once they are hours old and nobody is
        # connected (a run of the old conftest may still be using a younger one).
        old = [name for name in names if name.startswith(LEGACY) and self._hours_old(name) > LEGACY_AGE_HOURS]
        drop_databases(old, force=False)

    def _hours_old(self, name: str) -> float:
        try:
            made = self.conn.execute(
                text(
                    "SELECT EXTRACT(EPOCH FROM now() - (pg_stat_file('base/' || oid || '/PG_VERSION')).modification)"
                    " FROM pg_database WHERE datname = :n"
                ),
                {"n": name},
            ).scalar()
        except Exception:  # not allowed to read the server's files: keep it
            return 0.0
        return float(made or 0) / 3600

    def finish(self) -> None:
        """Drops what this run made (templates, and copies a crashed worker left), then lets go."""
        if self.conn is None:
            return
        try:
            like = run_prefix(self.run).replace("_", "\\_") + "%"
            rows = self.conn.execute(
                text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": like}
            )
            drop_databases([name for (name,) in rows.all()])
        finally:
            self.conn.close()
            self.conn = None


@contextmanager
def _locked(path: Path, wait: bool = True) -> Iterator[bool]:
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _lock_is_free(path: Path) -> bool:
    with _locked(path, wait=False) as free:
        return free


def _shared_folder(factory: pytest.TempPathFactory, config: pytest.Config) -> Path:
    """The run's temp folder: the workers' own folders are inside it."""
    base = factory.getbasetemp()
    return base.parent if hasattr(config, "workerinput") else base


# Fixtures that start something slow for their tests: a served app and Chromium (the browser tests), a
# server process (races, uploads, sessions), spoken audio for whisper (the speech tests). `make test`
# runs xdist with --no-loadscope-reorder, which hands whole files out in the order collected: the files
# whose tests use these start first, and the many quick files even out the two workers' ends. Left to
# itself xdist orders files by their number of tests, which started these few-test files last, one of
# them alone on one worker at the end. (A ranking by what each file starts, not yet by measured seconds:
# a whole run's per-file times on this two-core machine under other sessions' load were not to be had.)
STARTS_SLOW = frozenset({"served", "driver", "chromium", "server", "clip", "heard"})


@pytest.hookimpl(trylast=True)  # after pytest's own reordering by fixture, which it keeps within a file
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The test files in the order to start them: those with the most tests that start something slow
    first, then the rest by their number of tests, most first (xdist's own order); each file's tests
    together, in their order."""
    files = [item.nodeid.split("::")[0] for item in items]
    count = Counter(files)
    slow = Counter(
        f
        for f, item in zip(files, items, strict=True)
        if STARTS_SLOW & set(getattr(item, "fixturenames", ()))
    )
    order = {f: (-slow[f], -count[f], f) for f in count}
    ranked = sorted(range(len(items)), key=lambda i: order[files[i]])
    items[:] = [items[i] for i in ranked]


OWNERSHIP = pytest.StashKey[RunOwnership]()


def _controller(config: pytest.Config) -> bool:
    return not hasattr(config, "workerinput")


def pytest_configure(config: pytest.Config) -> None:
    if _controller(config):
        ownership = RunOwnership(uuid.uuid4().hex[:12])
        ownership.start()
        config.stash[OWNERSHIP] = ownership


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist's controller tells each worker the run's number."""
    node.workerinput["therascribe_run"] = node.config.stash[OWNERSHIP].run


def _run_of(config: pytest.Config) -> str:
    if _controller(config):
        return config.stash[OWNERSHIP].run
    return str(config.workerinput["therascribe_run"])  # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    """The run's PostgreSQL databases are dropped once, by the process that started the workers."""
    if _controller(config) and OWNERSHIP in config.stash:
        config.stash[OWNERSHIP].finish()


class Databases:
    """Makes migrated databases (empty, or holding the demo practice) as copies of the run's
    templates, and drops the PostgreSQL ones when their fixture lets them go (in the background, while
    the next tests run) or at the end of the worker's run."""

    def __init__(self, tmp: Path, templates: Templates) -> None:
        self.tmp = tmp
        self.templates = templates
        self.pg_names: list[str] = []
        self.engines: list[Engine] = []
        # Each DROP DATABASE waits for a checkpoint (drop_databases): seconds on a busy machine. Dropped
        # only at the worker's end, a worker's copies (one or two a file) were a tail of 12-19 s after
        # its last test in an eight-file run (load 6-14). Each is dropped when let go, on these threads,
        # while the next tests run; at the worker's end the drops not yet begun go with the rest, together.
        self.dropping = ThreadPoolExecutor(max_workers=4, thread_name_prefix="drop-copies")
        self.to_drop: set[str] = set()
        self.to_drop_lock = threading.Lock()

    def new(self, backend: str, kind: str = "empty") -> str:
        if backend == "sqlite":
            return self.templates.copy(kind, backend, str(self.tmp / f"db-{uuid.uuid4().hex[:8]}.sqlite"))
        return self.templates.copy(kind, backend, self.pg_name())

    def pg_name(self) -> str:
        """A new PostgreSQL database's name, dropped at the worker's end (and by the next run if not)."""
        name = f"{run_prefix(self.templates.run)}{uuid.uuid4().hex[:10]}"
        self.pg_names.append(name)
        return name

    def engine(self, url: str) -> Engine:
        engine = make_engine(url)
        self.engines.append(engine)
        return engine

    def release(self, engine: Engine) -> None:
        """An engine closed when its fixture ends. Each PostgreSQL engine keeps up to ten idle pooled
        connections; kept to the end of a worker's run, the finished modules' and tests' engines
        passed PostgreSQL's 100 connections ("sorry, too many clients already") late in a run. The
        transcription workers of apps on it are stopped first: their sweeps would open it again. A
        PostgreSQL copy of this run's is then dropped, in the background: nothing uses it any more."""
        stop_transcription_workers(engine)
        engine.dispose()
        if engine in self.engines:
            self.engines.remove(engine)
        name = engine.url.database
        if engine.url.get_backend_name() == "postgresql" and name in self.pg_names:
            self.pg_names.remove(name)
            with self.to_drop_lock:
                self.to_drop.add(name)
            self.dropping.submit(self._drop_let_go, name)

    def _drop_let_go(self, name: str) -> None:
        with self.to_drop_lock:
            if name not in self.to_drop:
                return
            self.to_drop.remove(name)
        drop_databases([name])

    def _admin(self):  # type: ignore[no-untyped-def]
        return _admin()

    def close(self) -> None:
        stop_transcription_workers()
        for engine in self.engines:
            engine.dispose()
        with self.to_drop_lock:
            left, self.to_drop = sorted(self.to_drop), set()
        self.dropping.shutdown(wait=True, cancel_futures=True)
        drop_databases(self.pg_names + left)


@pytest.fixture(scope="session")
def databases(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Databases]:
    shared = _shared_folder(tmp_path_factory, request.config)
    templates = Templates(shared, _run_of(request.config), template_cache())
    dbs = Databases(tmp_path_factory.mktemp("databases"), templates)
    yield dbs
    dbs.close()


@dataclass
class Practice:
    backend: str
    url: str
    engine: Engine
    users: list[DemoUser]
    settings: Settings

    def user(self, role: str, clinic: str | None = None) -> DemoUser:
        return next(u for u in self.users if u.role == role and (clinic is None or u.clinic == clinic))

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def actor(self, role: str, clinic: str | None = None, address: str = "127.0.0.1"):  # type: ignore[no-untyped-def]
        with self.session() as session:
            return actor_by_email(session, self.user(role, clinic).email, address)

    def client(self) -> TestClient:
        return TestClient(create_app(engine=self.engine, settings=self.settings))

    def login(self, client: TestClient, role: str, clinic: str | None = None) -> dict[str, str]:
        user = self.user(role, clinic)
        with on_the_wall_clock():
            response = client.post(
                "/api/v1/auth/login", json={"email": user.email, "password": user.password}
            )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _settings(tmp: Path, url: str) -> Settings:
    return Settings(database_url=url, data_dir=tmp / "data", secret_key="test-" + uuid.uuid4().hex)


def make_practice(backend: str, databases: Databases, tmp: Path, kind: str = "demo") -> Practice:
    """A copy of the run's demo practice (`kind`, DEMO_SIZES), its own to change."""
    url = databases.new(backend, kind)
    users = databases.templates.users(kind, backend)
    return Practice(backend, url, databases.engine(url), users, _settings(tmp, url))


def demo_kind(request: pytest.FixtureRequest) -> str:
    """The template a module's practices are copied from: tiny where the module says so (DEMO_SIZES)."""
    return "tiny" if getattr(request.module, "DEMO_SIZE", "small") == "tiny" else "demo"


@pytest.fixture(scope="module", params=BACKENDS)
def practice(
    request: pytest.FixtureRequest, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Practice]:
    """A copy of the demo practice per backend for the module's tests (they add to it). The tests run file
    by file (pytest_collection_modifyitems, and xdist's loadfile), each file's SQLite tests then its
    PostgreSQL ones. The copy's engine is closed when it is let go, as the other fixtures' are
    (Databases.release): kept to the worker's end, every file's idle pooled connections would count
    against max_connections."""
    practice = make_practice(request.param, databases, tmp_path_factory.mktemp("p"), demo_kind(request))
    yield practice
    databases.release(practice.engine)


@pytest.fixture(scope="module", params=BACKENDS)
def pristine_practice(
    request: pytest.FixtureRequest, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Practice]:
    """A demo practice of the module's own, untouched by other tests."""
    practice = make_practice(
        request.param, databases, tmp_path_factory.mktemp("pristine"), demo_kind(request)
    )
    yield practice
    databases.release(practice.engine)


@contextmanager
def on_the_wall_clock() -> Iterator[None]:
    """The services' clock on the wall clock for the block, inside a `demo_clock` or a clock_at too: for
    a log-in. Its token says when it expires by the services' clock, and PyJWT reads it on the wall
    clock: a token issued at DEMO_NOW is already expired, one issued on the wall clock is good at the
    demo's moment too (the log-in's session row is read on the services' clock, before its end)."""
    with clock_at(datetime.now(UTC)):
        yield


@pytest.fixture
def demo_clock() -> Iterator[datetime]:
    """The services' clock (core.timeutil.utcnow) at DEMO_NOW for the test, running on from there: a test
    that finds a visit ahead, an opening or an authorization in force finds the same at any hour of any
    day. Its SQL compares with utcnow(), never the database's CURRENT_TIMESTAMP."""
    with clock_at(DEMO_NOW):
        yield DEMO_NOW


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, databases: Databases) -> Iterator[tuple[str, Engine]]:
    url = databases.new(request.param)
    engine = databases.engine(url)
    yield url, engine
    databases.release(engine)


@pytest.fixture
def new_db(databases: Databases) -> Iterator[Callable[[str], tuple[str, Engine]]]:
    made: list[Engine] = []

    def make(backend: str) -> tuple[str, Engine]:
        url = databases.new(backend)
        made.append(databases.engine(url))
        return url, made[-1]

    yield make
    for engine in made:
        databases.release(engine)


@pytest.fixture(scope="module")
def served(
    request: pytest.FixtureRequest, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Practice, LiveServer]]:
    """For the browser tests: a demo practice of the module's own (SQLite) and the app served over it
    by uvicorn on loopback. A module's SERVED_SETTINGS change the practice's settings."""
    practice = make_practice("sqlite", databases, tmp_path_factory.mktemp("served"), demo_kind(request))
    changes = getattr(request.module, "SERVED_SETTINGS", {})
    if changes:
        practice.settings = practice.settings.model_copy(update=changes)
    with LiveServer(create_app(engine=practice.engine, settings=practice.settings)) as server:
        yield practice, server
    databases.release(practice.engine)


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    """Playwright, started once per browser test module (a module may launch more than one Chromium)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as started:
        yield started


@pytest.fixture(scope="module")
def chromium(driver: Any) -> Iterator[Any]:
    """Debian's Chromium, headless, with the browser tests' flags."""
    with launched(driver) as browser:
        yield browser
