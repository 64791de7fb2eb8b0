"""Fifty people booking the last place at once, through the real server (uvicorn worker processes) on
the database: exactly as many succeed as the provider holds; the rest get 409.

Written to pass on a busy two-core machine, where it used to time out: every server worker imports the
whole stack and warms the assistant's model (four of them took over a minute to start), the log-in had
httpx's 5-second default, and fifty requests queued at once on one slot wait in line behind each other
past the server's own 30-second waits (a pool connection, SQLite's write turn). So: two workers, which
still race across processes; limits measured in minutes; and at most IN_FLIGHT requests in flight,
released together, so the line any one request waits in is short however slow the machine is.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from conftest import Practice
from scheduling_helpers import local, patient, therapist, type_id
from server_helpers import running_server
from sqlmodel import func, select

from core.scheduling.models import Appointment

REQUESTS = 50
IN_FLIGHT = 16  # under the server's pool of 30 connections per worker, whatever worker they reach
REQUEST_SECONDS = 300
BUSY_RETRIES = 30


@pytest.fixture(scope="module")
def server(practice, tmp_path_factory):  # type: ignore[no-untyped-def]
    """One server per backend for the module: its start is most of a test's time, and each test races
    for its own providers, patients and hour."""
    with running_server(practice, tmp_path_factory.mktemp("booking-server"), workers=2) as base:
        yield base


def _held(practice, where, when) -> int:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return session.exec(
            select(func.count())
            .select_from(Appointment)
            .where(where, Appointment.status == "booked", Appointment.starts_at == when)
        ).one()


def _token(practice: Practice, base: str) -> dict[str, str]:
    user = practice.user("front_desk", "riverside")
    reply = httpx.post(
        f"{base}/api/v1/auth/login",
        json={"email": user.email, "password": user.password},
        timeout=REQUEST_SECONDS,
    )
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


def _fire(base: str, headers: dict[str, str], bodies: list[dict]) -> list[int]:
    """Each body posted; the first IN_FLIGHT released together, each of the rest as one ends. Asserts
    the requests did race: at some moment at least two were in flight at once."""
    start = threading.Barrier(IN_FLIGHT)
    spans: list[tuple[float, float]] = []

    def post(numbered: tuple[int, dict]) -> int:
        i, body = numbered
        if i < IN_FLIGHT:
            start.wait(timeout=REQUEST_SECONDS)
        began = time.monotonic()
        # A client asks again when told the database is busy (503, nothing changed): on a loaded machine
        # the other test worker's connections can fill PostgreSQL's max_connections.
        for _ in range(BUSY_RETRIES):
            reply = httpx.post(
                f"{base}/api/v1/appointments", json=body, headers=headers, timeout=REQUEST_SECONDS
            )
            if reply.status_code != 503:
                break
            time.sleep(float(reply.headers["Retry-After"]))
        spans.append((began, time.monotonic()))
        return reply.status_code

    with ThreadPoolExecutor(max_workers=IN_FLIGHT) as pool:
        codes = list(pool.map(post, enumerate(bodies)))
    assert max(sum(1 for b, e in spans if b <= moment < e) for moment, _ in spans) >= 2
    return codes


@pytest.mark.parametrize("capacity", [1, 2])
def test_fifty_bookings_for_the_last_place(practice, server, capacity: int) -> None:  # type: ignore[no-untyped-def]
    provider = therapist(practice, offset=capacity)  # a different provider per case
    with practice.session() as session:
        from core.providers.models import Provider

        row = session.get(Provider, provider)
        row.capacity = capacity
        session.add(row)
        session.commit()
    when = local(2027, 6, 7 + capacity, 10, 0)
    bodies = [
        {
            "patient_id": patient(practice, "medicare", offset=100 + i),
            "provider_id": provider,
            "appointment_type_id": type_id(practice),
            "starts_at": when.isoformat(),
        }
        for i in range(REQUESTS)
    ]
    codes = _fire(server, _token(practice, server), bodies)
    assert codes.count(201) == capacity and codes.count(409) == REQUESTS - capacity, codes
    assert _held(practice, Appointment.provider_id == provider, when) == capacity


def test_one_patient_with_two_providers_at_once(practice, server) -> None:  # type: ignore[no-untyped-def]
    who = patient(practice, "medicare", offset=160)
    providers = [therapist(practice, offset=0), therapist(practice, offset=1)]
    when = local(2027, 6, 14, 11, 0)
    bodies = [
        {
            "patient_id": who,
            "provider_id": providers[i % 2],
            "appointment_type_id": type_id(practice),
            "starts_at": when.isoformat(),
        }
        for i in range(REQUESTS)
    ]
    codes = _fire(server, _token(practice, server), bodies)
    assert codes.count(201) == 1 and codes.count(409) == REQUESTS - 1, codes
    assert _held(practice, Appointment.patient_id == who, when) == 1
