"""What one page load costs the database (#20): SQL statements, commits, audit writes (INSERTs into
the log, one per commit that writes it) and audit entries written, by
page and role, in-process over a copy of the demo database (TestClient, no server).

    THERASCRIBE_DATABASE_URL=sqlite:///demo.db python -m bench.home_audit [--users demo.json]
"""

import json
import sys
from collections import Counter
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import event, text
from sqlmodel import Session

from core.config import get_settings
from core.db import get_engine
from web.app import create_app

PAGES = [("therapist", "/"), ("front_desk", "/"), ("biller", "/billing/claims"), ("owner", "/owner/audit")]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    listing = Path(argv[argv.index("--users") + 1]).read_text()
    users = json.loads(listing.strip().splitlines()[-1])["users"]
    engine = get_engine()
    counts: Counter[str] = Counter()

    def counted(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        counts.update(["sql"] + (["audit writes"] if statement.startswith("INSERT INTO audit_entry") else []))

    event.listen(engine, "before_cursor_execute", counted)
    event.listen(engine, "commit", lambda *_: counts.update(["commits"]))
    client_of = {}
    for role, _ in PAGES:
        user = next(u for u in users if u["role"] == role)
        client = TestClient(create_app(engine=engine, settings=get_settings()))
        client.post("/login", data={"email": user["email"], "password": user["password"]})
        client_of[role] = client
    print(f"{'page':28} {'sql':>5} {'commits':>8} {'audit writes':>13} {'audit entries':>14} {'reads':>6}")
    for role, path in PAGES:
        client_of[role].get(path)  # warm
        with Session(engine) as s:
            before = s.execute(text("SELECT max(id) FROM audit_entry")).scalar() or 0
        counts.clear()
        reply = client_of[role].get(path)
        assert reply.status_code == 200, (path, reply.status_code)
        sql, commits, writes = counts["sql"], counts["commits"], counts["audit writes"]
        with Session(engine) as s:
            found = s.execute(text("SELECT action FROM audit_entry WHERE id > :b"), {"b": before})
            actions = [str(a) for a in found.scalars().all()]
        reads = sum(1 for a in actions if a.endswith("read") or a.endswith("read_signed"))
        print(f"{role + ' ' + path:28} {sql:>5} {commits:>8} {writes:>13} {len(actions):>14} {reads:>6}")


if __name__ == "__main__":
    main()
