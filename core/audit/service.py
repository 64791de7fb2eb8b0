"""The audit log: append-only, each entry chained to the one before by SHA-256.

Changing or deleting an entry behind the application's back breaks the chain at that entry, which
`verify` reports. On PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE outright
(migration 0002). HIPAA Security Rule, 45 CFR 164.312(b): audit controls.
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC

from sqlmodel import Session, col, select

from core.actor import Actor
from core.audit.models import AuditEntry
from core.locks import lock
from core.timeutil import utcnow

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


def entry_hash(entry: AuditEntry) -> str:
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
    body = {
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "user_id": entry.user_id,
        "action": entry.action,
        "outcome": entry.outcome,
        "clinic_id": entry.clinic_id,
        "patient_id": entry.patient_id,
        "record_type": entry.record_type,
        "record_id": entry.record_id,
        "client_address": entry.client_address,
        "detail": entry.detail,
        "prev_hash": entry.prev_hash,
    }
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _last_hash(session: Session) -> str:
    lock(session, "audit-chain")
    last = session.exec(select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)).first()
    return last or GENESIS


def record(session: Session, actor: Actor | None, events: Iterable[Event]) -> list[AuditEntry]:
    """Append entries in the caller's transaction: they commit with the change they describe."""
    prev = _last_hash(session)
    now = utcnow()
    written = []
    for event in events:
        entry = AuditEntry(
            at=now,
            user_id=actor.user_id if actor else None,
            action=event.action,
            outcome=event.outcome,
            clinic_id=event.clinic_id,
            patient_id=event.patient_id,
            record_type=event.record_type,
            record_id=str(event.record_id),
            client_address=actor.client_address if actor else "",
            detail=event.detail[:300],
            prev_hash=prev,
            hash="",
        )
        entry.hash = entry_hash(entry)
        prev = entry.hash
        session.add(entry)
        written.append(entry)
    session.flush()
    return written


def record_one(session: Session, actor: Actor | None, event: Event) -> AuditEntry:
    return record(session, actor, [event])[0]


@dataclass(frozen=True)
class VerifyReport:
    checked: int
    broken_at: int | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(session: Session, batch: int = 5000) -> VerifyReport:
    """Walk the chain in order; report the first entry whose hash or link does not hold."""
    prev = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = session.exec(
            select(AuditEntry).where(col(AuditEntry.id) > last_id).order_by(col(AuditEntry.id)).limit(batch)
        ).all()
        if not rows:
            return VerifyReport(checked=checked, broken_at=None)
        for entry in rows:
            if entry.prev_hash != prev:
                return VerifyReport(checked, entry.id, "its link to the entry before does not match")
            if entry_hash(entry) != entry.hash:
                return VerifyReport(checked, entry.id, "its content does not match its hash")
            prev = entry.hash
            checked += 1
            last_id = entry.id or last_id
        session.expunge_all()
