"""Engine and sessions for the one database URL (SQLite file by default, PostgreSQL for a group)."""

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine, func, select

from core.config import get_settings


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever driver the operator wrote."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.drivername != "postgresql+psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        turn = _turn_for(database)
        connect = {"check_same_thread": False, "timeout": BUSY_SECONDS, "factory": _turn_connection(turn)}
        # Room for web.in_flight's AT_ONCE requests at two connections each, the WebSockets and the
        # scheduler: SQLAlchemy's 5 + 10 ran out under the page bench (#20). A file's connection costs
        # little; the pool keeps 10 open between requests and closes the rest as they come back.
        on_file = bool(database) and database != ":memory:"  # in memory: one connection a thread
        pool = {"pool_size": SQLITE_POOL, "max_overflow": SQLITE_OVERFLOW} if on_file else {}
        engine = create_engine(url, connect_args=connect, hide_parameters=HIDE_PARAMETERS, **pool)
        _sqlite_serialised_writes(engine, turn)
        return engine
    engine = create_engine(
        url, pool_pre_ping=True, pool_size=10, max_overflow=20, hide_parameters=HIDE_PARAMETERS
    )
    event.listen(engine, "handle_error", _primary_message_only)
    return engine


def _primary_message_only(context) -> None:
    """PostgreSQL's error DETAIL quotes the row or key that failed ("Failing row contains (..., 'Jane',
    '1950-03-02')"), and an error's message ends up in the log: keep only the primary message (the
    constraint and column). The detail stays readable on the error's diag for code that needs it."""
    orig = context.original_exception
    primary = getattr(getattr(orig, "diag", None), "message_primary", None)
    if not primary:
        return
    orig.args = (primary,)  # a traceback prints the driver's error too, below SQLAlchemy's
    wrapped = context.sqlalchemy_exception
    if wrapped is not None and wrapped.args:  # its message was made from the driver's before this hook
        wrapped.args = (f"({type(orig).__module__}.{type(orig).__name__}) {primary}", *wrapped.args[1:])


BUSY_SECONDS = 30
SQLITE_POOL = 10
SQLITE_OVERFLOW = 40


class _NoRows(logging.Filter):
    """SQLAlchemy's engine log at debug prints every row a query returns (a patient's name, birth date);
    statements and their hidden parameters may be logged, rows never."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_NoRows())
# A statement's parameters are a patient's name, birth date, note text: SQLAlchemy would print them in
# every database error's message and in its debug log, which end up in the server's log.
HIDE_PARAMETERS = True
_SNAPSHOT = "therascribe_snapshot"
_TURNS: dict[str, threading.Lock] = {}
_TURNS_LOCK = threading.Lock()


def _turn_for(database: str | None) -> threading.Lock:
    """One write turn per database file in this process (each in-memory database its own)."""
    if not database or database == ":memory:":
        return threading.Lock()
    key = str(Path(database).resolve())
    with _TURNS_LOCK:
        return _TURNS.setdefault(key, threading.Lock())


def _turn_connection(turn: threading.Lock) -> type[sqlite3.Connection]:
    """A connection that gives its process's write turn back once its transaction has ended."""

    class TurnConnection(sqlite3.Connection):
        holds_turn = False

        def leave_turn(self) -> None:
            if self.holds_turn:
                self.holds_turn = False
                turn.release()

        def ending(self, end: Callable[[], None]) -> None:
            """Ends the transaction (or the connection), and gives the turn back even if that fails."""
            try:
                end()
            finally:
                self.leave_turn()

        def commit(self) -> None:
            self.ending(super().commit)

        def rollback(self) -> None:
            self.ending(super().rollback)

        def close(self) -> None:
            self.ending(super().close)

    return TurnConnection


def _sqlite_serialised_writes(engine: Engine, turn: threading.Lock) -> None:
    """Every transaction takes SQLite's write lock up front (BEGIN IMMEDIATE), and within a process
    waits for its turn on a lock first.

    Nearly every transaction writes (reads of patient data write an audit entry), and the audit
    hash chain must be read and extended by one writer at a time; a deferred transaction that
    upgrades to a write lock late fails with SQLITE_BUSY instead of waiting. The in-process turn
    hands the database to the next request the moment a transaction ends: SQLite's own busy handler
    polls with sleeps of up to 100 ms, which put a second's tail on pages under load. Other processes
    (a Celery worker, the CLI) still meet SQLite's busy timeout.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        if connection.get_execution_options().get(_SNAPSHOT):
            # A reader only: WAL lets it read its snapshot while writers go on, so it takes no turn.
            connection.exec_driver_sql("BEGIN")
            return
        raw = connection.connection.dbapi_connection
        if not turn.acquire(timeout=BUSY_SECONDS):
            raise sqlite3.OperationalError("database is locked")
        raw.holds_turn = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            raw.leave_turn()
            raise


def snapshot_session(engine: Engine) -> Session:
    """A session for long reads that write nothing (the KPI figures). On SQLite its transaction reads
    one snapshot without taking the process's write turn, so a second of counting does not hold up
    every other request; on PostgreSQL it is a repeatable-read transaction of its own (one snapshot
    for all its queries, as on SQLite)."""
    options: dict[str, object] = {_SNAPSHOT: True}
    if engine.dialect.name == "postgresql":
        options["isolation_level"] = "REPEATABLE READ"
    return Session(engine.execution_options(**options), expire_on_commit=False)


@contextmanager
def report_reader(session: Session) -> Iterator[Session]:
    """A report's long read (sums over every claim sent, the KPI figures) in a snapshot session of its
    own. The caller's transaction ends first: it has only read (the permission check), and on SQLite it
    holds the process's write turn, which the report's second of reading must not keep from the clinic's
    other requests."""
    session.commit()
    with snapshot_session(session.get_bind().engine) as reader:
        yield reader


@lru_cache
def get_engine() -> Engine:
    return make_engine(get_settings().database_url)


@contextmanager
def session_scope(engine: Engine | None = None) -> Iterator[Session]:
    with Session(engine or get_engine(), expire_on_commit=False) as session:
        yield session


def count_rows(session: Session, stmt: Any) -> int:
    """How many rows a select finds (its order, which a count does not need, dropped)."""
    return session.exec(select(func.count()).select_from(stmt.order_by(None).subquery())).one()


@contextmanager
def committed(session: Session) -> Iterator[None]:
    """Commit what the block writes, or roll it all back and raise: a change is written whole or not
    at all."""
    try:
        yield
        session.commit()
    except Exception:
        session.rollback()
        raise
