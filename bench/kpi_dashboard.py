"""The owner's KPI dashboard as its page counts it (#20): the asked month and the six-month trend,
counted together as the page does (core.kpis.compute_ranges), in a fresh process (nothing kept), then
with a payer filter (a filter change). Prints the queries run and the time taken (wall and this
process's CPU) for each load.

    THERASCRIBE_DATABASE_URL=sqlite:///demo.db python -m bench.kpi_dashboard [--month 2026-11]

With `--page`, the page itself (GET /owner/kpis, in-process through the whole app, logged in as the
owner from the `therascribe demo --json` listing) under every filter it offers (none, each clinic,
each payer, the first providers), `--rounds` times each, with nothing kept between loads (every load
counts its figures, as the first load of a filter does): p50 and p95 of the request's wall time.

    THERASCRIBE_DATABASE_URL=sqlite:///demo.db python -m bench.kpi_dashboard --page --users demo.json
"""

import json
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import event
from sqlmodel import Session, col, select

from core.db import get_engine
from core.users.models import User
from core.users.service import actor_for

TREND_MONTHS = 6


def _months(last: date) -> list[tuple[date, date]]:
    spans, first = [], last.replace(day=1)
    for _ in range(TREND_MONTHS):
        end = min(last, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))
        spans.append((first, end))
        first = (first - timedelta(days=1)).replace(day=1)
    return spans[::-1]


def counting(month: str) -> None:
    from core.kpis import compute_ranges

    start = date.fromisoformat(f"{month}-01")
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    engine = get_engine()
    queries = [0]
    event.listen(engine, "before_cursor_execute", lambda *_: queries.__setitem__(0, queries[0] + 1))
    with Session(engine) as session:
        owner = session.exec(select(User).where(col(User.email).like("owner@%"))).first()
        assert owner is not None, "no owner in this database"
        actor = actor_for(session, owner)
        print(f"{'load':32} {'queries':>8} {'wall ms':>9} {'cpu ms':>8}")
        for label, payer in (("first load (all payers)", None), ("filter: payer 1", 1)):
            queries[0] = 0
            wall, cpu = time.perf_counter(), time.process_time()
            compute_ranges(
                session,
                actor=actor,
                ranges=[(start, end), *_months(end)],
                max_age_seconds=300,
                payer_id=payer,
            )
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(f"{label:32} {queries[0]:>8} {wall * 1000:>9.0f} {cpu * 1000:>8.0f}")


def page(users_file: Path, rounds: int, providers: int) -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy import text

    from core.config import get_settings
    from web.app import create_app

    users = json.loads(users_file.read_text().strip().splitlines()[-1])["users"]
    owner = next(u for u in users if u["role"] == "owner")
    engine = get_engine()
    # nothing kept: every load counts its figures, as a first load or a filter change does
    settings = get_settings().model_copy(update={"kpi_max_age_seconds": 0})
    client = TestClient(create_app(engine=engine, settings=settings))
    reply = client.post("/login", data={"email": owner["email"], "password": owner["password"]})
    assert reply.status_code == 200 and "/login" not in str(reply.url), "log-in as the owner failed"
    with engine.connect() as db:
        clinics = [r for (r,) in db.execute(text("SELECT id FROM clinic ORDER BY id"))]
        payers = [r for (r,) in db.execute(text("SELECT id FROM payer ORDER BY id"))]
        staff = [r for (r,) in db.execute(text("SELECT id FROM provider ORDER BY id"))][:providers]
    filters = [
        "",
        *(f"?clinic_id={c}" for c in clinics),
        *(f"?payer_id={p}" for p in payers),
        *(f"?provider_id={p}" for p in staff),
    ]
    assert client.get("/owner/kpis").status_code == 200  # the app's first request pays for imports
    times = []
    for _ in range(rounds):
        for query in filters:
            began = time.perf_counter()
            reply = client.get(f"/owner/kpis{query}")
            times.append((time.perf_counter() - began) * 1000)
            assert reply.status_code == 200, (query, reply.status_code)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
    print(
        f"GET /owner/kpis, {len(filters)} filters x {rounds}: n={len(times)} "
        f"p50 {statistics.median(times):.0f} ms, p95 {p95:.0f} ms, max {times[-1]:.0f} ms"
    )


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if "--page" in argv:
        rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 3
        providers = int(argv[argv.index("--providers") + 1]) if "--providers" in argv else 3
        page(Path(argv[argv.index("--users") + 1]), rounds, providers)
    else:
        counting(argv[argv.index("--month") + 1] if "--month" in argv else "2026-11")


if __name__ == "__main__":
    main()
