"""A note's documentation time (core.kpis.formulas.note_minutes), stored on the note with its signature.

The documentation-time KPI once counted it at every dashboard load from the notes' audit trail (about
41k entries for the six-month trend of the small demo, half of the counting's CPU). It is counted once
instead, as the note is signed, from the same entries, and the KPI reads the column. `fill_missing`
counts it for notes signed before it was stored (migration 0020) the same way.
"""

from collections.abc import Iterable, Mapping
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from core.audit.models import AuditEntry
from core.audit.service import DEFERRED, PENDING
from core.documentation_time import note_minutes


def _authors(entries: Iterable[Mapping], note_id: int, author_user_id: int) -> list[tuple[str, datetime]]:
    return [
        (e["action"], e["at"])
        for e in entries
        if e["record_type"] == "note"
        and e["record_id"] == str(note_id)
        and e["user_id"] == author_user_id
        and e["outcome"] == "allowed"
    ]


def minutes_at_signing(
    session: Session, *, note_id: int, author_user_id: int | None, signed_at: datetime
) -> float | None:
    """The note's documentation time as it is signed, in the signing transaction: its author's allowed
    actions on it on record, and those queued on the session and not yet written (the signature's own
    entry, written as the transaction commits; a web request's reads, written at its end)."""
    if author_user_id is None:
        return None
    written = session.exec(
        select(AuditEntry.action, AuditEntry.at).where(
            col(AuditEntry.record_type) == "note",
            col(AuditEntry.record_id) == str(note_id),
            col(AuditEntry.user_id) == author_user_id,
            col(AuditEntry.outcome) == "allowed",
        )
    ).all()
    queued = [*session.info.get(PENDING, ()), *session.info.get(DEFERRED, ())]
    return note_minutes([*written, *_authors(queued, note_id, author_user_id)], signed_at)


# The columns read and written, as they are from migration 0020 on (not the models, which may change).
_note = sa.table(
    "note",
    sa.column("id", sa.Integer),
    sa.column("provider_id", sa.Integer),
    sa.column("signed_at", sa.DateTime),
    sa.column("documentation_minutes", sa.Float),
)
_provider = sa.table("provider", sa.column("id", sa.Integer), sa.column("user_id", sa.Integer))
_audit = sa.table(
    "audit_entry",
    sa.column("record_type", sa.String),
    sa.column("record_id", sa.String),
    sa.column("user_id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("outcome", sa.String),
    sa.column("at", sa.DateTime),
)


def fill_missing(conn: Connection, batch: int = 500) -> int:
    """The documentation time of the signed notes without one, counted from the audit log as signing
    counts it; a note with no action of its author on record keeps none. Returns how many were filled."""
    notes = conn.execute(
        sa.select(_note.c.id, _provider.c.user_id, _note.c.signed_at)
        .join(_provider, _provider.c.id == _note.c.provider_id)
        .where(_note.c.signed_at.is_not(None), _note.c.documentation_minutes.is_(None))
        .order_by(_note.c.id)
    ).all()
    filled = 0
    for i in range(0, len(notes), batch):
        chunk = notes[i : i + batch]
        authors = {str(note_id): user for note_id, user, _ in chunk}
        actions: dict[str, list[tuple[str, datetime]]] = {record: [] for record in authors}
        for record_id, user, action, at in conn.execute(
            sa.select(_audit.c.record_id, _audit.c.user_id, _audit.c.action, _audit.c.at).where(
                _audit.c.record_type == "note",
                _audit.c.record_id.in_(list(authors)),
                _audit.c.outcome == "allowed",
            )
        ):
            if user is not None and user == authors[record_id]:
                actions[record_id].append((action, at))
        minutes = [
            {"note": note_id, "minutes": found}
            for note_id, _, signed_at in chunk
            if (found := note_minutes(actions[str(note_id)], signed_at)) is not None
        ]
        if minutes:
            conn.execute(
                _note.update()
                .where(_note.c.id == sa.bindparam("note"))
                .values(documentation_minutes=sa.bindparam("minutes")),
                minutes,
            )
        filled += len(minutes)
    return filled
