"""A record brought in line with a description: created when missing, its differing fields set when
found, and which it was said, so that applying the same description twice changes nothing and a
report can say created / updated (which fields) / kept."""

from collections.abc import Callable
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

T = TypeVar("T", bound=SQLModel)


def upsert(
    session: Session, found: T | None, make: Callable[[], T], values: dict[str, Any]
) -> tuple[T, list[str] | None]:
    """The record and what happened: None when it was created, else the names of the fields that
    changed (empty: already as described). Flushed, so a new record has its id."""
    changed = None if found is None else [k for k, v in values.items() if getattr(found, k) != v]
    record = found if found is not None else make()
    for name, value in values.items():
        setattr(record, name, value)
    session.add(record)
    session.flush()
    return record, changed


def change_said(changed: list[str] | None) -> str:
    """upsert's outcome as an audit entry's detail ('created', 'changed: name, npi'); empty where the
    record was already as described and nothing is to be audited."""
    if changed is None:
        return "created"
    return "changed: " + ", ".join(changed) if changed else ""
