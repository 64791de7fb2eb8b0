"""core.db's SQLite connection gives its process's write turn back however its transaction ends."""

import sqlite3
import threading

import pytest

from core.db import _turn_connection


@pytest.mark.parametrize("end", ["commit", "rollback", "close"])
def test_the_turn_is_given_back_when_the_transaction_ends(end: str) -> None:
    turn = threading.Lock()
    connection = sqlite3.connect(":memory:", factory=_turn_connection(turn))
    turn.acquire()
    connection.holds_turn = True  # type: ignore[attr-defined]
    getattr(connection, end)()
    assert not turn.locked() and not connection.holds_turn  # type: ignore[attr-defined]
    getattr(connection, end)()  # ending again gives nothing back twice
    assert not turn.locked()
    connection.close()


def test_the_turn_is_given_back_when_ending_fails() -> None:
    turn = threading.Lock()
    connection = sqlite3.connect(":memory:", factory=_turn_connection(turn))
    connection.close()
    turn.acquire()
    connection.holds_turn = True  # type: ignore[attr-defined]
    with pytest.raises(sqlite3.ProgrammingError):
        connection.commit()  # a closed connection cannot commit
    assert not turn.locked()
