"""Error replies (web/problems.py): what a client is told when the database cannot take a request."""

import sqlite3

from conftest import Practice
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from web import problems

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


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


def test_a_person_at_a_page_gets_a_page_for_a_fault_a_busy_database_and_a_double_effect(
    practice: Practice,
) -> None:
    from sqlalchemy.exc import IntegrityError

    from web.app import create_app

    app = create_app(engine=practice.engine, settings=practice.settings)
    statement = ("INSERT INTO patient (first_name) VALUES ('Zebedee')", {"first_name": "Zebedee"})
    faults = {
        "broken": (RuntimeError("Zebedee's row is None"), 500, "Something went wrong"),
        "busy": (OperationalError(*statement, sqlite3.OperationalError("database is locked")), 503, "Busy"),
        "twice": (IntegrityError(*statement, sqlite3.IntegrityError("UNIQUE constraint failed")), 409, None),
    }

    def failing(error: Exception):  # type: ignore[no-untyped-def]
        def fail() -> None:
            raise error

        return fail

    for name, (error, _, _) in faults.items():
        app.add_api_route(f"/reports/{name}", failing(error), methods=["GET"])
        app.add_api_route(f"/api/v1/reports/{name}", failing(error), methods=["GET"])
    client = TestClient(app, raise_server_exceptions=False)
    for name, (_, status, title) in faults.items():
        page = client.get(f"/reports/{name}")
        assert page.status_code == status and page.headers["content-type"].startswith("text/html"), name
        assert "nothing was changed" in page.text and "Zebedee" not in page.text and "INSERT" not in page.text
        assert title is None or f"<h1>{title}</h1>" in page.text, page.text
        assert page.headers["content-security-policy"]
        api = client.get(f"/api/v1/reports/{name}")
        assert api.status_code == status and api.headers["content-type"] == problems.PROBLEM
        assert "Zebedee" not in api.text
    assert client.get("/reports/busy").headers["Retry-After"] == "1"
