"""Pages under load on the SQLite demo (#20): the page bench's default run aborted with "QueuePool limit
of size 5 overflow 10 reached" because more requests than the thread pool's 40 threads deadlocked on the
process's write turn and the pooled connections (web/in_flight.py says how). 64 pages asked at once, as
many as the bench's load threads, are all answered; before web.in_flight every one failed (76 of 76
timed out after 60 s)."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx
from conftest import on_the_wall_clock

from web.in_flight import InFlight

DEMO_SIZE = "tiny"

PAGES = {
    "therapist": ["/", "/my/week", "/patients?q=a"],
    "front_desk": [
        "/",
        "/calendar",
        "/calendar?view=week",
        "/schedule",
        "/alerts",
        "/waitlist",
        "/patients/new",
    ],
    "biller": ["/billing/claims", "/billing/denials", "/billing/batches", "/billing/aging"],
    "owner": ["/owner/kpis", "/owner/audit", "/owner/users", "/owner/payers", "/owner/holidays"],
}
AT_ONCE = 64  # the bench's load threads; more than anyio's 40 worker threads


def _logged_in(practice, server, role: str) -> httpx.Client:  # type: ignore[no-untyped-def]
    client = httpx.Client(base_url=server.url, timeout=60, follow_redirects=True)
    user = practice.user(role)
    with on_the_wall_clock():
        reply = client.post("/login", data={"email": user.email, "password": user.password})
    assert reply.status_code == 200 and "/login" not in str(reply.url), reply.text[:300]
    return client


def test_many_pages_asked_at_once_are_all_answered(served) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    clients = {role: _logged_in(practice, server, role) for role in PAGES}
    asked = [(role, path) for role, paths in PAGES.items() for path in paths] * 4

    def load(job: tuple[str, str]) -> str | None:
        role, path = job
        try:
            reply = clients[role].get(path)
        except httpx.HTTPError as exc:
            return f"{path}: {type(exc).__name__}"
        return None if reply.status_code == 200 else f"{path}: {reply.status_code}"

    try:
        with ThreadPoolExecutor(AT_ONCE) as pool:
            failed = [f for f in pool.map(load, asked) if f]
    finally:
        for client in clients.values():
            client.close()
    assert failed == [], f"{len(failed)} of {len(asked)} failed: {failed[:5]}"
    # every session ended: no connection left checked out
    assert practice.engine.pool.checkedout() == 0


def test_the_gate_lets_so_many_in_at_once_and_serves_the_rest_in_turn() -> None:
    inside, most, order = 0, 0, []

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        order.append(scope["n"])
        await asyncio.sleep(0.01)
        inside -= 1

    gate = InFlight(app, at_once=3)

    async def main() -> None:
        await asyncio.gather(*(gate({"type": "http", "n": n}, None, None) for n in range(10)))  # type: ignore[arg-type]

    asyncio.run(main())
    assert most == 3
    assert order == list(range(10))
