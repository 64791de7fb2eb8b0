"""The server loads the scribe's models in the background as it starts (Settings.warm_models, on by
default, off in the tests' environment): it answers pages while they load. The loading is stood in for
by one that waits until the test lets it finish, so these tests show the wiring without paying for the
models (scribe.warm.warm_up is what bench.run calls before its drafting benchmarks)."""

import logging
import threading

import pytest
from conftest import Practice
from fastapi.testclient import TestClient

from scribe import warm
from web.app import create_app

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

SQLITE_ONLY = pytest.mark.parametrize("practice", ["sqlite"], indirect=True)


@SQLITE_ONLY
def test_the_app_serves_pages_while_the_scribe_s_models_load(
    practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    loading, finish, loaded = threading.Event(), threading.Event(), threading.Event()

    def slow_warm_up() -> None:
        loading.set()
        finish.wait(60)
        loaded.set()

    monkeypatch.setattr(warm, "warm_up", slow_warm_up)
    settings = practice.settings.model_copy(update={"warm_models": True})
    app = create_app(engine=practice.engine, settings=settings)
    with TestClient(app) as client:
        assert loading.wait(30), "the warm-up did not start with the app"
        assert client.get("/health").status_code == 200
        user = practice.user("therapist")
        reply = client.post("/login", data={"email": user.email, "password": user.password})
        assert reply.status_code == 200 and "/login" not in str(reply.url)
        assert client.get("/").status_code == 200
        assert not loaded.is_set(), "the pages waited for the models"
        finish.set()
        app.state.scribe_warm_up.join(30)
        assert loaded.is_set()


@SQLITE_ONLY
def test_no_warm_up_when_switched_off(practice: Practice, monkeypatch: pytest.MonkeyPatch) -> None:
    called = threading.Event()
    monkeypatch.setattr(warm, "warm_up", called.set)
    assert practice.settings.warm_models is False  # the tests' environment (tests/conftest.py)
    app = create_app(engine=practice.engine, settings=practice.settings)
    with TestClient(app) as client:
        assert client.get("/health").status_code == 200
    assert app.state.scribe_warm_up is None and not called.is_set()


@SQLITE_ONLY
def test_a_failed_warm_up_is_logged_and_the_app_serves_on(practice, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    def broken() -> None:
        raise OSError("/var/models/en_core_web_sm: no such file")

    monkeypatch.setattr(warm, "warm_up", broken)
    settings = practice.settings.model_copy(update={"warm_models": True})
    app = create_app(engine=practice.engine, settings=settings)
    with caplog.at_level(logging.WARNING, logger="therascribe.warm"), TestClient(app) as client:
        app.state.scribe_warm_up.join(30)
        assert client.get("/health").status_code == 200
    assert [r.getMessage() for r in caplog.records if r.name == "therascribe.warm"] == [
        "the scribe's models could not be loaded ahead (OSError)"
    ]
