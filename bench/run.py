"""`make bench`: speed and size figures, one table and one JSON file per run.

Patient search by partial name, through the core service (permission check and audit entries
included), on the small demo practice in SQLite and the large one in PostgreSQL. The large practice
is built once into the local PostgreSQL (database therascribe_bench_large) and kept for later runs.
"""

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlmodel import Session

from core.db import make_engine
from core.demo.build import build
from core.migrate import upgrade
from core.patients import service as patients
from core.users.service import actor_by_email
from evals.report import Report

PG_SERVER = os.environ.get("THERASCRIBE_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432")
LARGE_DB = "therascribe_bench_large"
RESULTS = Path("bench/results")
QUERIES = [
    "mar",
    "lop",
    "smith",
    "jo smi",
    "garc",
    "ann",
    "wil",
    "maria lopez",
    "chen",
    "pat",
    "rob",
    "nguy",
    "ell",
    "kim",
    "brook",
    "riv",
    "jord",
    "son",
    "ez",
    "ber",
]


def _pg_database(name: str) -> tuple[str, bool]:
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"{PG_SERVER}/{name}", not exists


def _build(url: str, size: str, report: Report, label: str) -> None:
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        has = conn.execute(text("SELECT COUNT(*) FROM clinic")).scalar_one()
    if not has:
        started = time.perf_counter()
        with engine.begin() as conn:
            result = build(conn, size=size, seed=7)
        seconds = time.perf_counter() - started
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                conn.execute(text("ANALYZE"))
        report.add(
            benchmark=f"build {size} demo",
            database=label,
            n=result.counts["appointment"],
            p50_ms="",
            p95_ms="",
            max_ms="",
            value=f"{seconds:.1f} s",
        )
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            size_bytes = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
            patients_n = conn.execute(text("SELECT COUNT(*) FROM patient")).scalar_one()
            appts = conn.execute(text("SELECT COUNT(*) FROM appointment")).scalar_one()
        report.add(
            benchmark=f"{size} demo size",
            database=label,
            n=appts,
            p50_ms="",
            p95_ms="",
            max_ms="",
            value=f"{size_bytes / 2**20:,.0f} MiB, {patients_n:,} patients",
        )
    engine.dispose()


def _search(url: str, email: str, report: Report, label: str, rounds: int = 5) -> None:
    engine = make_engine(url)
    rng = random.Random(1)
    timings = []
    with Session(engine, expire_on_commit=False) as session:
        actor = actor_by_email(session, email, "127.0.0.1")
        patients.search(session, actor=actor, query="warm")
        for _ in range(rounds):
            for query in rng.sample(QUERIES, len(QUERIES)):
                started = time.perf_counter()
                patients.search(session, actor=actor, query=query, limit=20)
                timings.append((time.perf_counter() - started) * 1000)
    engine.dispose()
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    report.add(
        benchmark="patient search, partial name",
        database=label,
        n=len(timings),
        p50_ms=statistics.median(timings),
        p95_ms=p95,
        max_ms=timings[-1],
        value="goal p95 < 50 ms: " + ("met" if p95 < 50 else "NOT met"),
    )


def main() -> None:
    report = Report(
        "Therascribe benchmarks", ["benchmark", "database", "n", "p50_ms", "p95_ms", "max_ms", "value"]
    )
    with tempfile.TemporaryDirectory() as tmp:
        small = f"sqlite:///{Path(tmp) / 'small.db'}"
        _build(small, "small", report, "sqlite small")
        _search(small, "owner@practice.example.org", report, "sqlite small")
    large, _ = _pg_database(LARGE_DB)
    _build(large, "large", report, "postgresql large")
    _search(large, "owner@practice.example.org", report, "postgresql large")
    _search(large, "frontdesk1@riverside.example.org", report, "postgresql large, one clinic")
    report.show()
    print(f"saved {report.save(RESULTS)}")


if __name__ == "__main__":
    main()
