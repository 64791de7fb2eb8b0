"""A request's reads are audited once per patient (or record) read, in one write at its end (#20): a
page that lists fifty notes of twelve patients writes twelve reads, and every patient read is in the log."""

import anyio
import pytest
from fastapi.testclient import TestClient
from page_helpers import page_client
from scheduling_helpers import one

from core.audit.service import one_per_patient
from web.app import create_app

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _read(action: str, patient: int | None, record: str, user: int = 1, outcome: str = "allowed") -> dict:
    return {
        "user_id": user,
        "action": action,
        "outcome": outcome,
        "clinic_id": 1,
        "patient_id": patient,
        "record_type": action.split(".")[0],
        "record_id": record,
        "detail": "read",
    }


@pytest.mark.parametrize(
    ("entries", "kept", "details"),
    [
        # three notes of one patient: one entry naming the three
        (
            [_read("note.read", 7, "1"), _read("note.read", 7, "2"), _read("note.read", 7, "3")],
            1,
            ["3 notes: 1, 2, 3"],
        ),
        # the same note read twice: one entry, its own detail
        ([_read("note.read", 7, "1"), _read("note.read", 7, "1")], 1, ["read"]),
        # two patients: two entries
        ([_read("claim.read", 7, "1"), _read("claim.read", 8, "2")], 2, ["read", "read"]),
        # another action on the same patient is its own entry
        ([_read("note.read", 7, "1"), _read("plan.read", 7, "9")], 2, ["read", "read"]),
        # reads of no patient stay one per record
        ([_read("kpi.read", None, "a"), _read("kpi.read", None, "b")], 2, ["read", "read"]),
        # a refusal and a write are never merged
        (
            [_read("note.read", 7, "1", outcome="denied"), _read("note.read", 7, "2", outcome="denied")],
            2,
            ["read", "read"],
        ),
        ([_read("note.write", 7, "1"), _read("note.write", 7, "1")], 2, ["read", "read"]),
        # another reader's read is theirs
        ([_read("note.read", 7, "1"), _read("note.read", 7, "1", user=2)], 2, ["read", "read"]),
    ],
)
def test_reads_are_one_entry_per_patient(entries: list[dict], kept: int, details: list[str]) -> None:
    merged = one_per_patient(entries)
    assert len(merged) == kept and [e["detail"] for e in merged] == details


def test_a_page_writes_its_reads_once_per_patient_in_one_write(practice) -> None:
    biller = page_client(practice, "biller")
    before = one(practice, "SELECT max(id) FROM audit_entry")[0]
    assert biller.get("/billing/claims").status_code == 200
    rows = one(
        practice,
        """SELECT count(*), count(DISTINCT patient_id) FROM audit_entry
        WHERE id > :b AND action = 'claim.read' AND patient_id IS NOT NULL""",
        b=before,
    )
    assert rows[0] > 0 and rows[0] == rows[1], rows


def test_a_read_is_in_the_log_before_its_response_is_sent(practice) -> None:
    """The audit entry of a read is written before the first byte of the response goes out (the CI failure
    of stop 38: a browser read the note's PDF, then the log, and found the read not yet written because the
    request's session ended after the response was sent). Driven as raw ASGI so the check runs at the
    moment the response starts, which a test client (it waits for the whole app) cannot show."""
    headers = practice.login(practice.client(), "front_desk")
    patient = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id LIMIT 1")[0]
    before = one(practice, "SELECT max(id) FROM audit_entry")[0]
    app = create_app(engine=practice.engine, settings=practice.settings)
    seen: list[tuple[int, int]] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            logged = one(
                practice,
                "SELECT count(*) FROM audit_entry WHERE id > :b AND action = 'patient.read' AND patient_id = :p",
                b=before,
                p=patient,
            )[0]
            seen.append((message["status"], logged))

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": f"/api/v1/patients/{patient}",
        "raw_path": f"/api/v1/patients/{patient}".encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), (b"authorization", headers["Authorization"].encode())],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "state": {},
    }
    with TestClient(app):  # runs the app's lifespan (its state) around the raw call
        anyio.run(app, scope, receive, send)
    assert seen == [(200, 1)], seen
