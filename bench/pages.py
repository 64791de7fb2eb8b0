"""Page response times on the small demo clinic, as people load them: the app runs as `therascribe serve`
(uvicorn, one process) on loopback and this process is the load, logged in as each role.
Goal (issue #9): every page under 200 ms at p95.

Two loads, one table each:
- the clinic at its busiest: every one of the demo practice's staff log-ins loading a page every
  `--think` seconds on average (Poisson arrivals, the pages in random order, nobody waiting for anybody:
  a slow page piles requests up as it would in the clinic). This is the load the goal is judged on.
  Meanwhile the front desk books an appointment or cancels the last one booked every `--write-every`
  seconds through the API (each change of the calendar makes the dashboard's figures stale, as
  check-ins and signed notes do in a clinic); those requests are timed too.
- saturation: `--concurrency` requests always in flight with no pause between them, which shows how
  the server degrades past that (p95 is then about `concurrency` times a page's own time).

    python -m bench.pages [--rounds N] [--think S] [--write-every S] [--concurrency C]
"""

import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from datetime import date, timedelta
from pathlib import Path

import httpx

from evals.report import Report

GOAL_MS = 200.0
RESULTS = Path("bench/results")
SESSION = Path("evals/data/sessions/example-pt-daily-ankle.json")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# httpx and uvicorn both drop an idle keep-alive connection after 5 s, so a connection reused near
# that mark can be closed just as a request goes out (httpx.ReadError: connection reset by peer).
# The clients let theirs go well before the server does.
LIMITS = httpx.Limits(keepalive_expiry=2.0)


def _client(base: str, user: dict) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30, follow_redirects=True, limits=LIMITS)
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
    ledger = _first(biller, "/billing/claims?status=paid", r"/billing/patients/\d+/ledger")
    note = _first(therapist, "/", r"/notes/\d+/review") or _draft_note(therapist)
    pages = [
        ("log-in page", "anonymous", "/login"),
        ("home (therapist)", "therapist", "/"),
        ("home (front desk)", "front_desk", "/"),
        ("calendar day", "front_desk", "/calendar"),
        ("calendar week", "front_desk", week),
        ("schedule (all providers)", "front_desk", "/schedule"),
        ("alerts", "front_desk", "/alerts"),
        ("patient search", "front_desk", "/patients?q=ma"),
        ("assistant", "front_desk", "/assistant"),
        ("claims", "biller", "/billing/claims"),
        ("denials", "biller", "/billing/denials"),
        ("claims search (paid, page 2)", "biller", "/billing/claims?status=paid&page=2"),
        ("batches and remittances", "biller", "/billing/batches"),
        ("AR aging", "biller", "/billing/aging"),
        ("KPI dashboard", "owner", "/owner/kpis"),
        ("KPI dashboard (a payer)", "owner", "/owner/kpis?payer_id=1"),
        ("audit log", "owner", "/owner/audit"),
        ("users", "owner", "/owner/users"),
        ("payers", "owner", "/owner/payers"),
        ("holidays", "owner", "/owner/holidays"),
    ]
    patient_id = patient.rsplit("/", 1)[-1] if patient else None
    booking = f"/schedule/book?patient={patient_id}&q=ma" if patient_id else None
    waiting = f"/waitlist/new?patient={patient_id}" if patient_id else None
    chart = _first(therapist, note, r"/patients/\d+/chart") if note else None
    plan = _first(therapist, chart, r"/plans/\d+(?=\")") if chart else None
    record = f"/patients/{patient_id}" if patient_id else None
    for label, role, path in (
        ("my week", "therapist", "/my/week"),
        ("patient chart", "therapist", chart),
        ("plan of care", "therapist", plan),
        ("wait list", "front_desk", "/waitlist"),
        ("new patient (intake)", "front_desk", "/patients/new"),
        ("insurance form", "front_desk", f"{record}/insurance/new" if record else None),
        ("authorization form", "front_desk", f"{record}/authorizations/new" if record else None),
        ("evaluation review (its form)", "therapist", _evaluation_note(therapist)),
        ("patient profile", "front_desk", patient),
        ("booking form", "front_desk", booking),
        ("wait-list form", "front_desk", waiting),
        ("appointment", "front_desk", appointment),
        ("claim", "biller", claim),
        ("patient ledger", "biller", ledger),
        ("note review", "therapist", note),
    ):
        if path:
            pages.append((label, role, path))
    return pages


def _evaluation_note(therapist: httpx.Client) -> str | None:
    """An evaluation's review page, whose form (#20: pain, ROM, MMT, outcome measures, complexity)
    is the largest the pages render: the first found in the charts of the therapist's patients."""
    for patient in dict.fromkeys(re.findall(r"/patients/(\d+)", therapist.get("/patients?q=a").text)):
        chart = therapist.get(f"/patients/{patient}/chart")
        for note in dict.fromkeys(re.findall(r"/notes/(\d+)/review", chart.text)):
            if therapist.get(f"/api/v1/notes/{note}").json().get("note_type") == "evaluation":
                return f"/notes/{note}/review"
    return None


def _draft_note(therapist: httpx.Client) -> str | None:
    """A draft for one of the therapist's coming visits, as the scribe makes it (the demo clinic's notes
    are all signed), so that the review page is measured too."""
    today = date.today()
    for ahead in range(8):  # the first day with a visit of theirs (not a weekend)
        day = today + timedelta(days=ahead)
        appointment = _first(therapist, f"/?day={day}", r"(?<=/appointments/)\d+(?=/record)")
        if appointment is None:
            continue
        visit = therapist.post(f"/api/v1/appointments/{appointment}/visit", json={"recording_consent": True})
        if visit.status_code != 201:
            continue
        transcript = json.loads(SESSION.read_text())["transcript"]
        drafted = therapist.post(
            f"/api/v1/visits/{visit.json()['id']}/draft", json={"transcript": transcript}
        )
        if drafted.status_code == 201:
            return f"/notes/{drafted.json()['note']['id']}/review"
    return None


def _get(client: httpx.Client, path: str) -> float:
    started = time.perf_counter()
    reply = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    if reply.status_code != 200:
        raise RuntimeError(f"{path} answered {reply.status_code}")
    return elapsed


def _add(report: Report, label: str, role: str, times: list[float]) -> None:
    times = sorted(times)
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


class DeskWrites:
    """The front desk changing the calendar while the pages are loaded: book an open slot months ahead
    for one patient, then cancel it, turn about, through the API, each change timed."""

    def __init__(self, desk: httpx.Client, every: float) -> None:
        self.desk, self.every = desk, every
        self.times: dict[str, list[float]] = {"book (API)": [], "cancel (API)": []}
        self.refused = 0
        self.error: Exception | None = None
        self._stop = threading.Event()
        found = re.findall(r"/patients/(\d+)", desk.get("/patients?q=a").text)
        self.patients = list(dict.fromkeys(int(p) for p in found))
        kinds = desk.get("/api/v1/clinics/1/appointment-types").json()
        self.kind = next(k["id"] for k in kinds if k["discipline"] == "PT" and k["kind"] == "follow-up")
        ahead = date.today() + timedelta(days=120)
        self.slots = desk.get(
            "/api/v1/availability",
            params={
                "appointment_type_id": self.kind,
                "date_from": ahead.isoformat(),
                "date_to": (ahead + timedelta(days=30)).isoformat(),
                "limit": 500,
            },
        ).json()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _timed(self, label: str, path: str, body: dict) -> httpx.Response:
        started = time.perf_counter()
        reply = self.desk.post(path, json=body)
        self.times[label].append((time.perf_counter() - started) * 1000)
        return reply

    def _run(self) -> None:
        try:
            self._change()
        except Exception as exc:  # the load goes on; the run reports it at the end
            self.error = exc

    def _change(self) -> None:
        booked: int | None = None
        turn = 0
        while not self._stop.wait(self.every):
            if booked is not None:
                reply = self._timed(
                    "cancel (API)", f"/api/v1/appointments/{booked}/cancel", {"reason": "bench"}
                )
                if reply.status_code != 200:
                    raise RuntimeError(f"cancel answered {reply.status_code}")
                booked = None
                continue
            # A patient whose payer refuses this booking (no authorization that far ahead) is passed over.
            while booked is None and turn < min(len(self.slots), len(self.patients) * 4):
                slot, patient = self.slots[turn % len(self.slots)], self.patients[turn % len(self.patients)]
                turn += 1
                request = {
                    "patient_id": patient,
                    "provider_id": slot["provider_id"],
                    "appointment_type_id": self.kind,
                    "starts_at": slot["starts_at"],
                }
                reply = self._timed("book (API)", "/api/v1/appointments", request)
                if reply.status_code == 201:
                    booked = reply.json()["appointment"]["id"]
                else:
                    self.refused += 1

    def __enter__(self) -> "DeskWrites":
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join(timeout=60)
        if self.error is not None:
            raise RuntimeError("the front desk's changes failed") from self.error


def clinic_load(
    clients: dict[str, httpx.Client],
    pages: list[tuple[str, str, str]],
    rounds: int,
    rate: float,
    report: Report,
    write_every: float = 0.0,
) -> tuple[float, DeskWrites | None]:
    """Each page `rounds` times in random order, requests arriving at `rate` a second (Poisson), with the
    front desk's changes every `write_every` seconds (none at 0); gives back the rate reached."""
    draw = random.Random(7)
    order = [page for page in pages for _ in range(rounds)]
    draw.shuffle(order)
    times: dict[str, list[float]] = {label: [] for label, _, _ in pages}
    writes = DeskWrites(clients["writer"], write_every) if write_every > 0 else None
    started = time.perf_counter()
    with ThreadPoolExecutor(64) as pool, writes or nullcontext():
        due = started
        pending = []
        for label, role, path in order:
            due += draw.expovariate(rate)
            time.sleep(max(0.0, due - time.perf_counter()))
            pending.append((label, pool.submit(_get, clients[role], path)))
        for label, future in pending:
            times[label].append(future.result())
    reached = len(order) / (time.perf_counter() - started)
    for label, role, _ in pages:
        _add(report, label, role, times[label])
    for label, taken in (writes.times if writes else {}).items():
        if taken:
            _add(report, label, "front_desk", taken)
    return reached, writes


def saturation(
    clients: dict[str, httpx.Client],
    pages: list[tuple[str, str, str]],
    rounds: int,
    concurrency: int,
    report: Report,
) -> None:
    for label, role, path in pages:
        client = clients[role]
        with ThreadPoolExecutor(concurrency) as pool:
            times = list(pool.map(lambda _, c=client, p=path: _get(c, p), range(rounds)))
        _add(report, label, role, times)


def measure(
    base: str, users: list[dict], rounds: int, think: float, concurrency: int, write_every: float
) -> list[Report]:
    first: dict[str, dict] = {}
    for user in users:
        first.setdefault(user["role"], user)
    clients = {role: _client(base, first[role]) for role in ("therapist", "front_desk", "biller", "owner")}
    clients["writer"] = _client(base, first["front_desk"])
    clients["anonymous"] = httpx.Client(base_url=base, timeout=30, limits=LIMITS)
    pages = _pages(clients)
    for label, role, path in pages:
        started = time.perf_counter()
        clients[role].get(path)  # warm: templates compiled, caches filled
        print(f"{label}: first load {1000 * (time.perf_counter() - started):.0f} ms", flush=True)
    columns = ["page", "role", "n", "p50_ms", "p95_ms", "max_ms", "goal"]
    clinic = Report("Page response times", columns)
    rate = len(users) / think
    reached, writes = clinic_load(clients, pages, rounds, rate, clinic, write_every)
    clinic.notes.append(
        f"The clinic at its busiest: {len(users)} staff log-ins each loading a page every {think:g} s on "
        f"average ({rate:.1f} pages/s asked, {reached:.1f} reached), Poisson arrivals, pages in random "
        f"order, {rounds} loads per page; goal p95 < {GOAL_MS:.0f} ms."
    )
    if writes:
        clinic.notes.append(
            f"Meanwhile the front desk booked or cancelled an appointment every {write_every:g} s "
            f"({len(writes.times['book (API)']) - writes.refused} booked, "
            f"{len(writes.times['cancel (API)'])} cancelled, {writes.refused} bookings refused by the "
            "payer's rules); each change made the dashboard's figures stale."
        )
    stress = Report("Page response times at saturation", columns)
    saturation(clients, pages, rounds, concurrency, stress)
    stress.notes.append(
        f"Saturation: {concurrency} requests always in flight with no pause, {rounds} per page, one page "
        f"at a time (not the goal's load: p95 is about {concurrency} times a page's own time)."
    )
    for client in clients.values():
        client.close()
    return [clinic, stress]


def main(argv: list[str] | None = None) -> list[Report]:
    argv = sys.argv[1:] if argv is None else argv
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 60
    think = float(argv[argv.index("--think") + 1]) if "--think" in argv else 5.0
    concurrency = int(argv[argv.index("--concurrency") + 1]) if "--concurrency" in argv else 4
    write_every = float(argv[argv.index("--write-every") + 1]) if "--write-every" in argv else 6.0
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
        # The server's output goes to a file, not a pipe: a pipe nobody reads fills (64 KiB of log lines)
        # and stops the server mid-run, which the load then meets as connections reset.
        log = Path(tmp) / "server.log"
        with log.open("wb") as out:
            server = subprocess.Popen([*cli, "serve", "--port", str(port)], env=env, stdout=out, stderr=out)
        base = f"http://127.0.0.1:{port}"
        try:
            # a busy machine takes minutes to import the app (seen at load 30 on 2 cores)
            deadline = time.monotonic() + 300
            while True:
                try:
                    if httpx.get(f"{base}/login", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the server did not start")
                time.sleep(0.3)
            reports = measure(base, users, rounds, think, concurrency, write_every)
        except Exception:
            last = log.read_text(errors="replace").splitlines()[-40:]
            print("the server's last lines:", *last, sep="\n")
            raise
        finally:
            server.terminate()
            server.wait(timeout=30)
    for report in reports:
        report.notes.append(
            "`therascribe serve` (one process) on the small demo clinic in SQLite; the load from a second "
            "process on loopback."
        )
        report.show()
        print(f"saved {report.save(RESULTS)}")
    return reports


if __name__ == "__main__":
    main()
