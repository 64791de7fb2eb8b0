"""Requests that carry an `Idempotency-Key`: the first is carried out and its answer kept; a retry
(or the same request arriving twice at once) gets that answer again instead of a second effect.

Keyed by who asked (a digest of their credential, never the credential) and their key; the
request's digest tells a retry from a different request that reuses a key by mistake.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Column, Engine, LargeBinary, UniqueConstraint, delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, col, select

from core.db import snapshot_session
from core.timeutil import utcnow

KEPT_FOR = timedelta(hours=24)


class IdempotentRequest(SQLModel, table=True):
    __tablename__ = "idempotent_request"
    __table_args__ = (UniqueConstraint("owner", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    owner: str = Field(max_length=64)
    key: str = Field(max_length=200)
    request_digest: str = Field(max_length=64)
    status_code: int | None = None
    content_type: str = Field(default="", max_length=100)
    body: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    created_at: datetime = Field(default_factory=utcnow, index=True)


@dataclass(frozen=True)
class Earlier:
    """What is known of an earlier request with the same key: its answer once it has one."""

    same_request: bool
    status_code: int | None = None
    content_type: str = ""
    body: bytes = b""


def begin(engine: Engine, *, owner: str, key: str, digest: str) -> Earlier | None:
    """Claim the key for this request (None: go ahead), or what the earlier request with it left."""
    with Session(engine, expire_on_commit=False) as session:
        session.exec(delete(IdempotentRequest).where(col(IdempotentRequest.created_at) < utcnow() - KEPT_FOR))
        session.add(IdempotentRequest(owner=owner, key=key, request_digest=digest))
        try:
            session.commit()
            return None
        except IntegrityError:
            session.rollback()
    return earlier(engine, owner=owner, key=key, digest=digest)


def earlier(engine: Engine, *, owner: str, key: str, digest: str) -> Earlier | None:
    # A reader only: polling for the first request's answer must not queue for SQLite's write turn.
    with snapshot_session(engine) as session:
        row = session.exec(
            select(IdempotentRequest).where(IdempotentRequest.owner == owner, IdempotentRequest.key == key)
        ).first()
        if row is None:
            return None
        return Earlier(row.request_digest == digest, row.status_code, row.content_type, row.body or b"")


def finish(engine: Engine, *, owner: str, key: str, status_code: int, content_type: str, body: bytes) -> None:
    """Keep the answer; an answer that says the server failed is forgotten, so a retry runs again."""
    with Session(engine) as session:
        row = session.exec(
            select(IdempotentRequest).where(IdempotentRequest.owner == owner, IdempotentRequest.key == key)
        ).first()
        if row is None:
            return
        if status_code >= 500:
            session.delete(row)
        else:
            row.status_code, row.content_type, row.body = status_code, content_type[:100], body
            session.add(row)
        session.commit()
