"""Each main page as each role opens it, one at a time, `--rounds` times (20 by default), against a
running server: p50 and p95 per page and role, printed as a table (#20). bench.pages measures the
clinic's load; this is the quiet reading, one request in flight.

    python -m web.cli demo --json > demo.json && python -m web.cli serve --port 8720 &
    python -m bench.page_times --base http://127.0.0.1:8720 --users demo.json [--rounds 20]
"""

import json
import statistics
import sys
import time
from pathlib import Path

import httpx

from bench.pages import _client, _pages

GOAL_MS = 200.0


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    base = argv[argv.index("--base") + 1]
    text = Path(argv[argv.index("--users") + 1]).read_text()
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 20
    users = json.loads(text.strip().splitlines()[-1])["users"]
    first: dict[str, dict] = {}
    for user in users:
        first.setdefault(user["role"], user)
    clients = {role: _client(base, first[role]) for role in ("therapist", "front_desk", "biller", "owner")}
    clients["anonymous"] = httpx.Client(base_url=base, timeout=60)
    print(f"{'page':34} {'role':11} {'n':>3} {'p50 ms':>8} {'p95 ms':>8}  goal < {GOAL_MS:.0f} ms")
    for label, role, path in _pages(clients):
        clients[role].get(path)  # warm
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            reply = clients[role].get(path)
            times.append((time.perf_counter() - started) * 1000)
            if reply.status_code != 200:
                raise RuntimeError(f"{path} answered {reply.status_code}")
        times.sort()
        p95 = times[max(0, round(0.95 * len(times)) - 1)]
        met = "met" if p95 < GOAL_MS else "NOT met"
        print(f"{label:34} {role:11} {len(times):>3} {statistics.median(times):>8.1f} {p95:>8.1f}  {met}")


if __name__ == "__main__":
    main()
