"""core.locks called directly: a locked row is read again as committed, in id order, and the advisory
lock is taken (PostgreSQL) or not needed (SQLite) without error."""

from sqlalchemy import Engine
from sqlmodel import Session, col

from core.locks import lock, locked, locked_where
from core.payers.models import Payer


def test_a_locked_row_is_read_again_as_committed(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    with Session(engine, expire_on_commit=False) as mine:
        mine.add(Payer(name="Locks A", kind="commercial"))
        mine.add(Payer(name="Locks B", kind="commercial"))
        mine.commit()
        stale = locked_where(mine, Payer, col(Payer.name).in_(["Locks B", "Locks A"]))
        assert [p.name for p in stale] == ["Locks A", "Locks B"]  # id order
        mine.commit()
        with Session(engine) as theirs:
            other = theirs.get(Payer, stale[0].id)
            assert other is not None
            other.timely_filing_days = 30
            theirs.add(other)
            theirs.commit()
        assert stale[0].timely_filing_days == 365  # kept across the commit: stale
        fresh = locked(mine, Payer, stale[0].id or 0)
        assert fresh is stale[0] and fresh.timely_filing_days == 30
        assert locked(mine, Payer, 10**9) is None
        assert len(locked_where(mine, Payer, col(Payer.name).like("Locks %"), limit=1)) == 1
        lock(mine, "payer:b", "payer:a", "payer:a")
        mine.commit()
