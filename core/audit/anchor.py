"""Checkpoints of the audit chain kept outside the database, so cutting its newest entries off or
rewriting and re-chaining it is found by `verify`.

The chain alone proves only that the entries hold together: whoever can write the table can delete
its tail, or rewrite an entry and recompute every hash after it, and the shorter or rewritten chain
still holds. A checkpoint records how many entries there were and the hash of the newest one,
signed with HMAC-SHA256 under a key kept in a file beside the data (or a setting), never in the
database, and is appended to a file under the data directory. A later log must still hold that many
entries, and its entry at that position must still have that hash.

What this cannot see: entries cut off after the newest checkpoint (the anchoring interval bounds
them), or the whole checkpoint file removed along with the key's protection.
"""

import fcntl
import hashlib
import hmac
import json
import logging
import os
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlmodel import Session

from core.config import Settings
from core.timeutil import utcnow

log = logging.getLogger("therascribe.audit")

KEY_FILE = "audit_anchor_key"


@dataclass(frozen=True)
class Checkpoint:
    count: int
    head: str
    at: str
    mac: str
    line: int = 0  # where it was read from, for the report


class AuditLogContradictsCheckpoint(Exception):
    """The log no longer holds what an earlier checkpoint saw: no new checkpoint is written over it."""


def signature(key: bytes, count: int, head: str, at: str) -> str:
    body = json.dumps({"at": at, "count": count, "head": head}, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


def is_signed(key: bytes, checkpoint: Checkpoint) -> bool:
    expected = signature(key, checkpoint.count, checkpoint.head, checkpoint.at)
    return hmac.compare_digest(expected, checkpoint.mac)


def as_line(checkpoint: Checkpoint) -> str:
    fields = {"count": checkpoint.count, "head": checkpoint.head, "at": checkpoint.at, "mac": checkpoint.mac}
    return json.dumps(fields, sort_keys=True, separators=(",", ":")) + "\n"


def parse(line: str, number: int) -> Checkpoint:
    """A checkpoint as written; a line that is not one parses to an unsigned checkpoint, so a
    mangled line fails its signature instead of being skipped."""
    try:
        raw = json.loads(line)
        return Checkpoint(int(raw["count"]), str(raw["head"]), str(raw["at"]), str(raw["mac"]), number)
    except (ValueError, KeyError, TypeError):
        return Checkpoint(-1, "", "", "", number)


def anchor_file(settings: Settings) -> Path:
    return settings.audit_anchor_file or settings.data_dir / "audit" / "anchors.jsonl"


def anchor_key(settings: Settings) -> bytes:
    """The configured key, or one made on first use beside the data (mode 0600): the database's
    role can neither read nor change it, so it cannot sign a checkpoint for a log it rewrote."""
    if settings.audit_anchor_key:
        return settings.audit_anchor_key.encode()
    path = settings.data_dir / KEY_FILE
    if path.exists():
        return path.read_text().strip().encode()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return path.read_text().strip().encode()
    try:
        os.write(fd, key.encode())
    finally:
        os.close(fd)
    return key.encode()


def read_checkpoints(path: Path) -> list[Checkpoint]:
    if not path.exists():
        return []
    with path.open() as stream:
        return [parse(line, n) for n, line in enumerate(stream, start=1) if line.strip()]


def chain_state(session: Session) -> tuple[int, str]:
    """How many entries the log holds and the newest one's hash, read in one statement so both
    come from the same moment while others append."""
    row = session.execute(
        text(
            "SELECT (SELECT count(*) FROM audit_entry WHERE id <= a.id), a.hash "
            "FROM audit_entry a ORDER BY a.id DESC LIMIT 1"
        )
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, "")


def hash_at(session: Session, position: int) -> str | None:
    """The hash of the entry at this position (1 is the first) in the order the chain runs."""
    return session.execute(
        text("SELECT hash FROM audit_entry ORDER BY id LIMIT 1 OFFSET :skip"), {"skip": position - 1}
    ).scalar()


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """One writer of the checkpoint file at a time across processes (every server worker runs the
    periodic jobs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with (path.parent / (path.name + ".lock")).open("a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def write_checkpoint(session: Session, settings: Settings) -> Checkpoint | None:
    """Append a signed checkpoint of the log as it stands, unless it stands where the last one
    left it (None when the log is empty).

    Raises AuditLogContradictsCheckpoint, writing nothing, when the log has fewer entries than the
    last checkpoint counted or a different entry at its position: a new checkpoint must never
    vouch for a log that was cut or rewritten."""
    path, key = anchor_file(settings), anchor_key(settings)
    with _exclusive(path):
        signed = [c for c in read_checkpoints(path) if is_signed(key, c)]
        last = signed[-1] if signed else None
        count, head = chain_state(session)
        session.rollback()  # end the read: on SQLite it holds the write turn
        if count == 0:
            return None
        if last is not None:
            if (count, head) == (last.count, last.head):
                return last
            if count < last.count or hash_at(session, last.count) != last.head:
                session.rollback()
                raise AuditLogContradictsCheckpoint(
                    f"the audit log no longer holds the {last.count:,} entries checkpointed at {last.at}"
                )
            session.rollback()
        at = utcnow().isoformat(timespec="seconds")
        checkpoint = Checkpoint(count, head, at, signature(key, count, head, at))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, as_line(checkpoint).encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    return checkpoint


def anchor(engine: Engine, settings: Settings) -> Checkpoint | None:
    """The periodic job: checkpoint the log now. A log that contradicts its last checkpoint is
    reported in the server's log (no entry content: counts and times only) and left unanchored."""
    with Session(engine) as session:
        try:
            return write_checkpoint(session, settings)
        except AuditLogContradictsCheckpoint as exc:
            log.error("audit checkpoint refused: %s; run `therascribe audit verify`", exc)
            return None


@dataclass(frozen=True)
class Anchors:
    """The signed checkpoints by the count each saw, or why the file cannot be trusted."""

    by_count: dict[int, Checkpoint]
    problem: str = ""

    @property
    def highest(self) -> Checkpoint | None:
        return self.by_count[max(self.by_count)] if self.by_count else None


def load_anchors(settings: Settings) -> Anchors:
    return check_signatures(read_checkpoints(anchor_file(settings)), anchor_key(settings))


def check_signatures(checkpoints: Sequence[Checkpoint], key: bytes) -> Anchors:
    by_count: dict[int, Checkpoint] = {}
    for checkpoint in checkpoints:
        if not is_signed(key, checkpoint):
            return Anchors({}, f"checkpoint {checkpoint.line} is not signed with this installation's key")
        seen = by_count.get(checkpoint.count)
        if seen is not None and seen.head != checkpoint.head:
            return Anchors({}, f"checkpoints {seen.line} and {checkpoint.line} disagree on one entry")
        by_count.setdefault(checkpoint.count, checkpoint)
    return Anchors(by_count)
