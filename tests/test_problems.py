"""Error replies (web/problems.py): what a client is told when the database cannot take a request."""

import sqlite3

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from web import problems


def test_a_database_too_busy_is_a_503_to_try_again_with_nothing_of_the_statement() -> None:
    app = FastAPI()
    problems.install(app)

    @app.post("/api/v1/appointments")
    def book() -> None:
        raise OperationalError(
            "INSERT INTO patient (first_name) VALUES ('Zebedee')",
            {"first_name": "Zebedee"},
            sqlite3.OperationalError("database is locked"),
        )

    reply = TestClient(app, raise_server_exceptions=False).post("/api/v1/appointments", json={})
    assert reply.status_code == 503
    assert reply.headers["Retry-After"] == "1"
    assert reply.headers["content-type"] == problems.PROBLEM
    assert reply.json()["detail"] == "the database is busy; nothing was changed: try again in a moment"
    assert "Zebedee" not in reply.text and "INSERT" not in reply.text
