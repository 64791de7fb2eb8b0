"""Transaction-scoped locks that make check-then-write atomic across sessions.

PostgreSQL: advisory locks held until the transaction ends, taken in sorted order so two
transactions never wait on each other in a cycle. SQLite: every transaction already holds the
database's write lock from its first statement (BEGIN IMMEDIATE, core.db), so nothing more is needed.
"""

from sqlalchemy import text
from sqlmodel import Session


def lock(session: Session, *keys: str) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    for key in sorted(set(keys)):
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key})
