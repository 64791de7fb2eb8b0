"""Fixtures: throw-away databases on SQLite and on the local PostgreSQL, the demo practice, clients."""

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text
from sqlmodel import Session

from core.config import Settings
from core.db import make_engine
from core.demo.build import build
from core.demo.users import DemoUser
from core.migrate import upgrade
from core.users.service import actor_by_email
from web.app import create_app

PG_SERVER = os.environ.get("THERASCRIBE_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432")
BACKENDS = ("sqlite", "postgresql")
DEMO_TODAY = date(2026, 11, 24)


class Databases:
    """Makes migrated, empty databases and drops the PostgreSQL ones at the end of the run."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.pg_names: list[str] = []
        self.engines: list[Engine] = []

    def new(self, backend: str) -> str:
        if backend == "sqlite":
            url = f"sqlite:///{self.tmp / f'db-{uuid.uuid4().hex[:8]}.sqlite'}"
        else:
            name = f"therascribe_test_{uuid.uuid4().hex[:10]}"
            with self._admin() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            self.pg_names.append(name)
            url = f"{PG_SERVER}/{name}"
        upgrade(url)
        return url

    def engine(self, url: str) -> Engine:
        engine = make_engine(url)
        self.engines.append(engine)
        return engine

    def _admin(self):  # type: ignore[no-untyped-def]
        return create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT").connect()

    def close(self) -> None:
        for engine in self.engines:
            engine.dispose()
        if self.pg_names:
            with self._admin() as conn:
                for name in self.pg_names:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    dbs = Databases(tmp_path_factory.mktemp("databases"))
    yield dbs
    dbs.close()


@dataclass
class Practice:
    backend: str
    url: str
    engine: Engine
    users: list[DemoUser]
    settings: Settings

    def user(self, role: str, clinic: str | None = None) -> DemoUser:
        return next(u for u in self.users if u.role == role and (clinic is None or u.clinic == clinic))

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def actor(self, role: str, clinic: str | None = None, address: str = "127.0.0.1"):  # type: ignore[no-untyped-def]
        with self.session() as session:
            return actor_by_email(session, self.user(role, clinic).email, address)

    def client(self) -> TestClient:
        return TestClient(create_app(engine=self.engine, settings=self.settings))

    def login(self, client: TestClient, role: str, clinic: str | None = None) -> dict[str, str]:
        user = self.user(role, clinic)
        response = client.post("/api/v1/auth/login", json={"email": user.email, "password": user.password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _settings(tmp: Path, url: str) -> Settings:
    return Settings(database_url=url, data_dir=tmp / "data", secret_key="test-" + uuid.uuid4().hex)


def make_practice(backend: str, databases: Databases, tmp: Path) -> Practice:
    url = databases.new(backend)
    engine = databases.engine(url)
    with engine.begin() as conn:
        result = build(conn, size="small", seed=7, today=DEMO_TODAY)
    return Practice(backend, url, engine, result.users, _settings(tmp, url))


@pytest.fixture(scope="session", params=BACKENDS)
def practice(
    request: pytest.FixtureRequest, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Practice:
    """The small demo practice, built once per backend for the whole run (tests add to it)."""
    return make_practice(request.param, databases, tmp_path_factory.mktemp("p"))


@pytest.fixture(scope="module", params=BACKENDS)
def pristine_practice(
    request: pytest.FixtureRequest, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Practice:
    """A demo practice of the module's own, untouched by other tests."""
    return make_practice(request.param, databases, tmp_path_factory.mktemp("pristine"))


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, databases: Databases) -> tuple[str, Engine]:
    url = databases.new(request.param)
    return url, databases.engine(url)


@pytest.fixture
def new_db(databases: Databases) -> Callable[[str], tuple[str, Engine]]:
    def make(backend: str) -> tuple[str, Engine]:
        url = databases.new(backend)
        return url, databases.engine(url)

    return make
