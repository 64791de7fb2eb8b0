"""The owner's KPI dashboard as its page counts it (#20): the asked month and the six-month trend, each
a counting of every KPI, in a fresh process (nothing kept), then with a payer filter (a filter change).
Prints the queries run and the time taken (wall and this process's CPU) for each load.

    THERASCRIBE_DATABASE_URL=sqlite:///demo.db python -m bench.kpi_dashboard [--month 2026-11]
"""

import sys
import time
from datetime import date, timedelta

from sqlalchemy import event
from sqlmodel import Session, col, select

from core.db import get_engine
from core.kpis import compute
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


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    month = argv[argv.index("--month") + 1] if "--month" in argv else "2026-11"
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
            for first, last in [(start, end), *_months(end)]:
                compute(session, actor=actor, start=first, end=last, max_age_seconds=300, payer_id=payer)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(f"{label:32} {queries[0]:>8} {wall * 1000:>9.0f} {cpu * 1000:>8.0f}")


if __name__ == "__main__":
    main()
