"""Page response times on the small demo clinic, as people load them: the app runs as `therascribe serve`
(uvicorn, one process) on loopback and this process is the load, logged in as each role, a few
requests in flight at once. Goal (issue #9): every page under 200 ms at p95.

    python -m bench.pages [--rounds N] [--concurrency C]
"""

import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from evals.report import Report

GOAL_MS = 200.0
RESULTS = Path("bench/results")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _client(base: str, user: dict) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30, follow_redirects=True)
    reply = client.post("/login", data={"email": user["email"], "password": user["password"]})
    if reply.status_code != 200 or "/login" in str(reply.url):
        raise RuntimeError(f"log-in as {user['role']} failed: {reply.status_code}")
    return client


def _first(client: httpx.Client, path: str, pattern: str) -> str | None:
    found = re.search(pattern, client.get(path).text)
    return found.group(0) if found else None


def _pages(clients: dict[str, httpx.Client]) -> list[tuple[str, str, str]]:
    """(label, role, path) for each page, with real record ids taken from the pages themselves."""
    desk, biller, therapist = clients["front_desk"], clients["biller"], clients["therapist"]
    patient = _first(desk, "/patients?q=a", r"/patients/\d+")
    week = "/calendar?view=week"
    appointment = _first(desk, week, r"/appointments/\d+(?=\")")
    claim = _first(biller, "/billing/claims?status=held", r"/billing/claims/\d+")
    note = _first(therapist, "/", r"/notes/\d+/review")
    pages = [
        ("log-in page", "anonymous", "/login"),
        ("home (therapist)", "therapist", "/"),
        ("home (front desk)", "front_desk", "/"),
        ("calendar day", "front_desk", "/calendar"),
        ("calendar week", "front_desk", week),
        ("patient search", "front_desk", "/patients?q=ma"),
        ("assistant", "front_desk", "/assistant"),
        ("claims", "biller", "/billing/claims"),
        ("denials", "biller", "/billing/denials"),
        ("KPI dashboard", "owner", "/owner/kpis"),
        ("audit log", "owner", "/owner/audit"),
        ("users", "owner", "/owner/users"),
        ("payers", "owner", "/owner/payers"),
    ]
    for label, role, path in (
        ("patient profile", "front_desk", patient),
        ("appointment", "front_desk", appointment),
        ("claim", "biller", claim),
        ("note review", "therapist", note),
    ):
        if path:
            pages.append((label, role, path))
    return pages


def measure(base: str, users: list[dict], rounds: int, concurrency: int, report: Report) -> None:
    first = {}
    for user in users:
        first.setdefault(user["role"], user)
    clients = {role: _client(base, first[role]) for role in ("therapist", "front_desk", "biller", "owner")}
    clients["anonymous"] = httpx.Client(base_url=base, timeout=30)
    for label, role, path in _pages(clients):
        client = clients[role]
        started = time.perf_counter()
        client.get(path)  # warm: templates compiled, caches filled
        print(f"{label}: first load {1000 * (time.perf_counter() - started):.0f} ms", flush=True)

        def once(_: int, client: httpx.Client = client, path: str = path) -> float:
            started = time.perf_counter()
            reply = client.get(path)
            elapsed = (time.perf_counter() - started) * 1000
            if reply.status_code != 200:
                raise RuntimeError(f"{path} answered {reply.status_code}")
            return elapsed

        with ThreadPoolExecutor(concurrency) as pool:
            times = sorted(pool.map(once, range(rounds)))
        p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
        report.add(
            page=label,
            role=role,
            n=len(times),
            p50_ms=round(statistics.median(times), 1),
            p95_ms=round(p95, 1),
            max_ms=round(times[-1], 1),
            goal="met" if p95 < GOAL_MS else "NOT met",
        )
    for client in clients.values():
        client.close()


def main(argv: list[str] | None = None) -> Report:
    argv = sys.argv[1:] if argv is None else argv
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 60
    concurrency = int(argv[argv.index("--concurrency") + 1]) if "--concurrency" in argv else 4
    report = Report("Page response times", ["page", "role", "n", "p50_ms", "p95_ms", "max_ms", "goal"])
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "THERASCRIBE_DATABASE_URL": f"sqlite:///{Path(tmp) / 'demo.db'}",
            "THERASCRIBE_DATA_DIR": str(Path(tmp) / "data"),
            "THERASCRIBE_SECRET_KEY": "bench-" + os.urandom(8).hex(),
            "THERASCRIBE_RUN_SCHEDULER": "false",
        }
        cli = [sys.executable, "-m", "web.cli"]
        built = subprocess.run([*cli, "demo", "--json"], env=env, capture_output=True, text=True, check=True)
        users = json.loads(built.stdout.strip().splitlines()[-1])["users"]
        port = _free_port()
        server = subprocess.Popen(
            [*cli, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/login", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the server did not start")
                time.sleep(0.3)
            measure(base, users, rounds, concurrency, report)
        finally:
            server.terminate()
            server.wait(timeout=30)
    report.notes.append(
        f"`therascribe serve` (1 process) on the small demo clinic in SQLite; load from a second process, "
        f"{concurrency} requests in flight, {rounds} per page; goal p95 < {GOAL_MS:.0f} ms."
    )
    report.show()
    print(f"saved {report.save(RESULTS)}")
    return report


if __name__ == "__main__":
    main()
