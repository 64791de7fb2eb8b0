"""The audit log: append-only, each entry chained to the one before by SHA-256.

Changing or deleting an entry behind the application's back breaks the chain at that entry, which
`verify` reports. On PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE outright
(migration 0002). HIPAA Security Rule, 45 CFR 164.312(b): audit controls.
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event, insert
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from core.actor import Actor
from core.audit.anchor import Anchors
from core.audit.models import AuditEntry
from core.locks import lock
from core.timeutil import as_utc, utcnow

GENESIS = "0" * 64


@dataclass(frozen=True)
class Event:
    action: str
    outcome: str = "allowed"
    clinic_id: int | None = None
    patient_id: int | None = None
    record_type: str = ""
    record_id: str | int = ""
    detail: str = ""


# The columns an entry's hash covers (all but the id and the hash itself), in the order rows are built.
HASHED_COLUMNS = (
    "at",
    "user_id",
    "action",
    "outcome",
    "clinic_id",
    "patient_id",
    "record_type",
    "record_id",
    "client_address",
    "detail",
    "prev_hash",
)
# A stored row: its id, what the hash covers, the hash (the order bulk inserts give them in).
ROW_COLUMNS = ("id", *HASHED_COLUMNS, "hash")


def entry_hash(entry: AuditEntry | dict) -> str:
    """SHA-256 over an entry's content and the hash of the entry before it (a stored entry or a row
    about to be written)."""
    row = entry if isinstance(entry, dict) else {c: getattr(entry, c) for c in HASHED_COLUMNS}
    body = {c: row[c] for c in HASHED_COLUMNS}
    body["at"] = as_utc(row["at"]).isoformat(timespec="microseconds")
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _row(actor: Actor | None, item: Event, at: datetime) -> dict:
    """An entry as a plain row: a work list queues fifty, and ORM objects cost far more to build."""
    return {
        "at": at,
        "user_id": actor.user_id if actor else None,
        "action": item.action,
        "outcome": item.outcome,
        "clinic_id": item.clinic_id,
        "patient_id": item.patient_id,
        "record_type": item.record_type,
        "record_id": str(item.record_id),
        "client_address": actor.client_address if actor else "",
        "detail": item.detail[:300],
        "prev_hash": "",
        "hash": "",
    }


PENDING = "audit_pending"


def record(session: Session, actor: Actor | None, events: Iterable[Event]) -> list[dict]:
    """Queue entries on the session; they are chained and written as it commits, with the change
    they describe, and dropped if it rolls back.

    Chaining at commit keeps the one chain-wide lock the last lock any transaction takes and holds it
    only for the final flush, so it never waits in a cycle with a booking's provider-day locks.
    """
    now = utcnow()
    entries = [_row(actor, item, now) for item in events]
    session.info.setdefault(PENDING, []).extend(entries)
    return entries


def record_one(session: Session, actor: Actor | None, event: Event) -> dict:
    return record(session, actor, [event])[0]


def append_many(session: Session, actor: Actor | None, events: Iterable[Event], chunk: int = 5000) -> int:
    """Write many entries now, chained, in bulk: a data migration's tens of thousands of patients
    without holding them all in memory. It takes the chain lock, so call it as the transaction's last
    step; entries queued with `record` are chained after these at commit."""
    from core.bulk import insert_rows  # core.bulk imports every model: not at module import time

    lock(session, "audit-chain")
    conn = session.connection()
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)
    ).first()
    next_id, prev = ((last[0] or 0) + 1, last[1]) if last else (1, GENESIS)
    now, written, rows = utcnow(), 0, []
    columns = ROW_COLUMNS
    for item in events:
        entry = _row(actor, item, now)
        entry["prev_hash"] = prev
        entry["hash"] = prev = entry_hash(entry)
        rows.append((next_id, *(entry[c] for c in columns[1:])))
        next_id += 1
        if len(rows) >= chunk:
            written += insert_rows(conn, "audit_entry", columns, rows)
            rows = []
    written += insert_rows(conn, "audit_entry", columns, rows)
    return written


# Reads queued in a session that defers them (a web request's): written together by `write_deferred`
# at the request's end, one entry per patient (or record) read, in one commit.
DEFERRED = "audit_deferred_reads"
DEFERS = "audit_defers_reads"


def _is_read(entry: dict) -> bool:
    return entry["outcome"] == "allowed" and entry["action"].endswith((".read", ".read_signed"))


def defer_reads(session: Session) -> None:
    """From now on this session's allowed reads are kept back from each commit and written by
    `write_deferred` (a web request: the page's many service calls read the same patients)."""
    session.info[DEFERS] = True


def one_per_patient(entries: list[dict]) -> list[dict]:
    """Reads merged to one entry per reader, action and patient (or, for a read of no patient, per
    record), the records read named in its detail; every patient read stays audited, in first-read
    order. Other entries are kept as they are."""
    merged: dict[tuple, dict] = {}
    out: list[dict] = []
    for entry in entries:
        if not _is_read(entry):
            out.append(entry)
            continue
        key: tuple[object, ...] = (
            entry["user_id"],
            entry["action"],
            entry["clinic_id"],
            entry["record_type"],
            entry["patient_id"],
        )
        if entry["patient_id"] is None:
            key = (*key, entry["record_id"])
        kept = merged.get(key)
        if kept is None:
            merged[key] = entry = dict(entry, records=[entry["record_id"]])
            out.append(entry)
        elif entry["record_id"] not in kept["records"]:
            kept["records"].append(entry["record_id"])
    for entry in out:
        records = entry.pop("records", None)
        if records and len(records) > 1:
            entry["detail"] = f"{len(records)} {entry['record_type'] or 'record'}s: {', '.join(records)}"[
                :300
            ]
    return out


def write_deferred(session: Session) -> None:
    """Write the reads kept back (see `defer_reads`), one per patient or record, in one commit; with
    anything else the session has not committed rolled back first (a request that failed)."""
    deferred = session.info.pop(DEFERRED, None)
    session.info.pop(DEFERS, None)
    if not deferred:
        return
    session.rollback()
    session.info.setdefault(PENDING, []).extend(one_per_patient(deferred))
    session.commit()


@event.listens_for(OrmSession, "before_commit")
def _chain_pending(session: OrmSession) -> None:
    entries = session.info.pop(PENDING, None)
    if not entries:
        return
    if session.info.get(DEFERS):
        session.info.setdefault(DEFERRED, []).extend(e for e in entries if _is_read(e))
        entries = [e for e in entries if not _is_read(e)]
        if not entries:
            return
    lock(session, "audit-chain")
    prev = session.execute(select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)).scalar()
    prev = prev or GENESIS
    for entry in entries:
        entry["prev_hash"] = prev
        entry["hash"] = prev = entry_hash(entry)
    # One executemany without RETURNING: a work list's fifty entries in one statement, not fifty
    # round trips through the ORM's flush.
    session.execute(insert(AuditEntry), entries)


@event.listens_for(OrmSession, "after_rollback")
def _drop_pending(session: OrmSession) -> None:
    session.info.pop(PENDING, None)


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    broken_at: int | None
    reason: str = ""
    anchored: int = 0  # how many entries the newest checkpoint it was held against counted

    @property
    def ok(self) -> bool:
        return self.broken_at is None and not self.reason


def verify(session: Session, batch: int = 5000, anchors: Anchors | None = None) -> VerifyReport:
    """Walk the chain in order; report the first entry whose hash or link does not hold, and, given
    the checkpoints kept outside the database, an entry that differs from the one a checkpoint saw
    at its position (the log was rewritten and re-chained) or a log shorter than a checkpoint
    counted (its newest entries were cut off)."""
    if anchors is not None and anchors.problem:
        return VerifyReport(0, None, anchors.problem)
    seen = anchors.by_count if anchors is not None else {}
    highest = anchors.highest if anchors is not None else None
    prev = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = session.exec(
            select(AuditEntry).where(col(AuditEntry.id) > last_id).order_by(col(AuditEntry.id)).limit(batch)
        ).all()
        if not rows:
            break
        for entry in rows:
            if entry.prev_hash != prev:
                return VerifyReport(checked, entry.id, "its link to the entry before does not match")
            if entry_hash(entry) != entry.hash:
                return VerifyReport(checked, entry.id, "its content does not match its hash")
            checkpoint = seen.get(checked + 1)
            if checkpoint is not None and checkpoint.head != entry.hash:
                return VerifyReport(
                    checked,
                    entry.id,
                    f"it is not the entry checkpointed at {checkpoint.at}: the log was rewritten",
                )
            prev = entry.hash
            checked += 1
            last_id = entry.id or last_id
        session.expunge_all()
    if highest is not None and checked < highest.count:
        return VerifyReport(
            checked,
            None,
            f"the log holds {checked:,} entries but the checkpoint of {highest.at} counted "
            f"{highest.count:,}: its newest entries were cut off",
            highest.count,
        )
    return VerifyReport(checked=checked, broken_at=None, anchored=highest.count if highest else 0)
