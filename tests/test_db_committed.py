"""core.db.committed: what a block writes is committed when it ends, and rolled back (the error raised
on) when it raises, so a change is written whole or not at all."""

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from core.db import committed, make_engine


def _rows(session: Session) -> list[int]:
    return [r[0] for r in session.execute(text("SELECT x FROM t ORDER BY x"))]


def test_committed_writes_the_whole_block_or_none_of_it(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}")
    with Session(engine) as session:
        session.execute(text("CREATE TABLE t (x INTEGER)"))
        session.commit()
        with committed(session):
            session.execute(text("INSERT INTO t VALUES (1)"))
            session.execute(text("INSERT INTO t VALUES (2)"))
        with pytest.raises(ValueError, match="half"), committed(session):
            session.execute(text("INSERT INTO t VALUES (3)"))
            raise ValueError("half a change")
    with Session(engine) as other:
        assert _rows(other) == [1, 2]
    engine.dispose()
