"""Transaction-scoped locks that make check-then-write atomic across sessions.

PostgreSQL: advisory locks and row locks (`SELECT ... FOR UPDATE`) held until the transaction ends,
advisory keys taken in sorted order so two transactions never wait on each other in a cycle. SQLite:
every transaction already holds the database's write lock from its first statement (BEGIN IMMEDIATE,
core.db), so only the rows' values must be read again: a session keeps objects across its commits
(expire_on_commit is off), and a row read before an earlier commit in the same request may be stale.
"""

from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, SQLModel, col, select

Row = TypeVar("Row", bound=SQLModel)


def _postgres(session: OrmSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def lock(session: OrmSession, *keys: str) -> None:
    # Any ORM session: the audit chain takes its lock from a before_commit hook, which gets SQLAlchemy's.
    if not _postgres(session):
        return
    for key in sorted(set(keys)):
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key})


def locked(session: Session, model: type[Row], row_id: int) -> Row | None:
    """The row as committed now, locked against every other writer until this transaction ends:
    re-check its state after this, never before."""
    found = locked_where(session, model, col(model.id) == row_id)  # type: ignore[attr-defined]
    return found[0] if found else None


def locked_where(session: Session, model: type[Row], *where: Any, limit: int | None = None) -> list[Row]:
    """The rows that match as committed now, locked in id order (so two writers cannot deadlock).
    On PostgreSQL a writer that waited sees the rows as the other one left them, and rows that no
    longer match are left out."""
    statement = (
        select(model)
        .where(*where)
        .order_by(col(model.id))  # type: ignore[attr-defined]
        .execution_options(populate_existing=True)
    )
    if limit is not None:
        statement = statement.limit(limit)
    if _postgres(session):
        statement = statement.with_for_update()
    return list(session.exec(statement).all())
