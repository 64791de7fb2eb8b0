"""A download (#20): every row a filter finds, read from the database a chunk at a time in its order,
and audited as an export, not as page reads.

An export is written to the audit log before its first row leaves: one entry saying what was exported,
by whom, with which filters and how many rows, and, when the file holds patients' records, one entry per
patient so that "who has seen Maria Lopez's claims" still finds it. The rows counted are the rows
written: the stream stops at that count, so a claim added while the file downloads is not in it."""

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from core.actor import Actor
from core.audit.service import Event, record
from core.db import count_rows, snapshot_session

EXPORT_ACTION = "export"
# Rows fetched from the database at a time: a PostgreSQL server-side cursor (SQLite reads lazily anyway),
# so a 200,000-claim download never holds more than this many rows in memory.
CHUNK_ROWS = 1000


@dataclass
class Export:
    """A download ready to stream: its name, what the audit entry said, and its rows, read lazily."""

    what: str
    rows: int
    filters: dict[str, str]
    lines: Iterator[Any] = field(default_factory=lambda: iter(()))


def chosen_filters(filters: Mapping[str, object]) -> dict[str, str]:
    """The filters that were set, as text: a None or blank one filters nothing and is left out."""
    return {k: str(v) for k, v in filters.items() if v not in (None, "")}


def export_detail(what: str, filters: Mapping[str, object], rows: int) -> str:
    """The audit entry's words for an export: the file, its row count, then the filters that were set
    ('claims, 1,234 rows; payer_id=3, from=2026-09-01'); 'no filters' when none was."""
    chosen = [f"{k}={v}" for k, v in chosen_filters(filters).items()]
    noun = "row" if rows == 1 else "rows"
    return f"{what}, {rows:,} {noun}; {', '.join(chosen) if chosen else 'no filters'}"


def record_export(
    session: Session,
    actor: Actor,
    *,
    what: str,
    filters: Mapping[str, object],
    rows: int,
    patients: Iterable[tuple[int | None, int]] = (),
) -> None:
    """Write the export's audit entries now (before any row is sent): the export itself, and one per
    (clinic, patient) whose records the file holds."""
    detail = export_detail(what, filters, rows)
    events = [Event(EXPORT_ACTION, record_type=what, detail=detail)]
    events += [
        Event(EXPORT_ACTION, clinic_id=clinic, patient_id=patient, record_type=what, detail=detail)
        for clinic, patient in patients
    ]
    record(session, actor, events)
    session.commit()


def export(
    session: Session,
    actor: Actor,
    *,
    what: str,
    filters: Mapping[str, object],
    stmt: Any,
    row: Callable[[Any], Any],
    patients: Any = None,
) -> Export:
    """The rows of `stmt` (permissions already applied by the caller) as a download: counted, audited
    with `record_export` (with the (clinic, patient) pairs `patients` selects), then read a chunk at a
    time, each made a file row by `row`.

    The rows are read in a snapshot session of their own (core.db.snapshot_session): on PostgreSQL one
    repeatable-read snapshot, so the rows written are exactly the rows counted and audited; on SQLite a
    read that takes no write turn, so a long download does not hold up the clinic's other requests."""
    reader = snapshot_session(session.get_bind().engine)
    try:
        rows = count_rows(reader, stmt)
        seen = list(reader.exec(patients).all()) if patients is not None else []
    except BaseException:
        reader.close()
        raise
    record_export(session, actor, what=what, filters=filters, rows=rows, patients=seen)
    return Export(
        what=what,
        rows=rows,
        filters=chosen_filters(filters),
        lines=(row(r) for r in _stream(reader, stmt, rows)),
    )


def _stream(reader: Session, stmt: Any, rows: int, chunk: int = CHUNK_ROWS) -> Iterator[Any]:
    """The select's first `rows` rows in its order, fetched `chunk` at a time; the reader is closed
    when the last is read (or the download is dropped)."""
    try:
        if rows > 0:
            # execute, not exec: rows as tuples even when the select began as one entity
            yield from reader.execute(stmt.limit(rows).execution_options(yield_per=chunk))
    finally:
        reader.close()
