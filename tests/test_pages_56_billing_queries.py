"""How many SQL statements one request of the biller's list pages runs (#20: the denials and AR aging
pages were slow at the median): a page reads its rows in a fixed number of statements, whatever the
number of claims, denied lines and patients (no statement per row, per claim or per clinic), and the
denial work list reads its lines once for the count, dollars and age buckets (one scan, not two).
Counted with SQLAlchemy's before_cursor_execute over a TestClient request on a copy of the demo
practice, then again after the practice's claims with a denied line (and as many others) are copied:
the count must not grow with the rows."""

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from conftest import DEMO_NOW, Practice
from page_helpers import page_client
from sqlalchemy import event
from sqlmodel import col, select

from core.billing.models import Claim, ClaimLine
from core.enums import ClaimLineStatus
from core.timeutil import clock_at

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

# (page, the most statements one request of it may run on SQLite and on PostgreSQL): the log-in's reads,
# the page's own, its audit entry, and on SQLite the transactions' BEGINs. The denial work list ran 19
# (SQLite) and 17 (PostgreSQL) before its count and age buckets were read in one scan and its assignees
# in one statement for all clinics (not one per clinic).
PAGES = [
    ("/billing/denials", 17, 15),
    ("/billing/denials?age=31-60", 17, 15),
    ("/billing/denials?sort=amount&assignee=none", 17, 15),
    # must not change: these pages' counts as they were
    ("/billing/aging", 19, 16),
    ("/billing/claims", 22, 17),
]


@contextmanager
def counted(practice: Practice) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(practice.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(practice.engine, "before_cursor_execute", count)


def _statements(practice: Practice, client, path: str) -> int:  # type: ignore[no-untyped-def]
    client.get(path)  # the first request warms what a process reads once
    with counted(practice) as seen:
        reply = client.get(path)
    assert reply.status_code == 200, reply.text
    return len(seen)


def _copy_claims(practice: Practice) -> int:
    """Each claim with a denied line, and as many other claims, copied with their lines (a copied line
    bills no charge of its own): the pages then have twice those rows. Returns the claims copied."""
    with practice.session() as session:
        denied = set(
            session.exec(
                select(ClaimLine.claim_id).where(col(ClaimLine.status) == ClaimLineStatus.denied)
            ).all()
        )
        others = session.exec(
            select(Claim.id).where(col(Claim.id).not_in(denied)).order_by(Claim.id).limit(len(denied))
        ).all()
        chosen = sorted(denied | {c for c in others if c is not None})
        for claim_id in chosen:
            claim = session.get(Claim, claim_id)
            assert claim is not None
            copy = Claim(**claim.model_dump(exclude={"id"}))
            session.add(copy)
            session.flush()
            for line in session.exec(select(ClaimLine).where(ClaimLine.claim_id == claim_id)).all():
                fields = line.model_dump(exclude={"id", "claim_id", "charge_id"})
                session.add(ClaimLine(**fields, claim_id=copy.id))
        session.commit()
    return len(chosen)


@pytest.fixture(scope="module")
def counts(practice: Practice) -> tuple[str, dict[str, tuple[int, int]]]:
    """The backend, and each page's statements before and after the claims are copied."""
    biller = page_client(practice, "biller")
    with clock_at(DEMO_NOW):
        before = {path: _statements(practice, biller, path) for path, _, _ in PAGES}
        assert _copy_claims(practice) >= 20
        after = {path: _statements(practice, biller, path) for path, _, _ in PAGES}
    return practice.backend, {path: (before[path], after[path]) for path in before}


@pytest.mark.parametrize(("path", "on_sqlite", "on_postgresql"), PAGES)
def test_a_pages_statements_are_few_and_do_not_grow_with_its_rows(
    counts: tuple[str, dict[str, tuple[int, int]]], path: str, on_sqlite: int, on_postgresql: int
) -> None:
    backend, pages = counts
    most = on_sqlite if backend == "sqlite" else on_postgresql
    before, after = pages[path]
    assert after == before, f"{path}: {before} statements, {after} with twice the claims"
    assert before <= most, f"{path}: {before} statements, at most {most} expected"
