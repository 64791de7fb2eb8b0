"""Large bodies and the log, on SQLite and PostgreSQL: a body past its cap is refused as it arrives (and
before it arrives, when it says its length); uploads and a fee schedule do not hold up other requests
on the real server; a clinical journey leaves no patient's name or birth date and no token in any log
line at any level, in-process or in the server's own log at debug."""

import asyncio
import json
import logging
import math
import socket
import struct
import threading
import time
import wave
from pathlib import Path

import httpx
import pytest
from note_helpers import (
    DRAFT,
    booked_appointment,
    login_as_provider,
    open_and_draft,
    open_visit,
    post_on_the_visit_day,
)
from scheduling_helpers import local, one, therapist, type_id
from scheduling_helpers import patient as patient_of
from server_helpers import running_server, server_log
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from websockets.sync.client import connect

from core.config import Settings
from core.db import make_engine
from core.patients.models import Patient
from core.timeutil import utcnow
from web.app import create_app
from web.limits import Caps, body_cap, body_kind, carries_login

# --- the caps, as pure rules -----------------------------------------------------------------


def test_each_route_has_its_kind_of_body() -> None:
    assert body_kind("/api/v1/visits/12/recordings") == "audio"
    assert body_kind("/api/v1/me/voice-profile") == "audio"
    assert body_kind("/api/v1/payers/2/fee-schedules") == "import"
    assert body_kind("/owner/payers/2/fee-schedules") == "import"
    assert body_kind("/api/v1/eras") == "import"
    assert body_kind("/api/v1/patients") == "other"
    assert body_kind("/api/v1/visits/12/recordings/extra") == "other"
    caps = Caps(audio=300, imports=20, other=2, anonymous=1)
    assert body_cap(caps, "audio", logged_in=True) == 300
    assert body_cap(caps, "audio", logged_in=False) == 1
    assert body_cap(caps, "other", logged_in=False) == 1
    assert carries_login({b"authorization": b"Bearer x"})
    assert carries_login({b"cookie": b"a=b; therascribe_session=x"})
    assert not carries_login({b"authorization": b"Basic x", b"cookie": b"a=b"})


def _endless(app, path: str, headers: list[tuple[bytes, bytes]], chunk: int = 64_000, most: int = 2_000):  # type: ignore[no-untyped-def]
    """Send a chunked body that never ends (or ends after `most` chunks, so a test of a server that
    reads it all fails instead of hanging); the reply's status and the bytes the app pulled."""
    pulled = 0
    sent: list[dict] = []

    async def receive() -> dict:
        nonlocal pulled
        if pulled >= chunk * most:
            return {"type": "http.disconnect"}
        pulled += chunk
        return {"type": "http.request", "body": b"x" * chunk, "more_body": True}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    start = next((m for m in sent if m["type"] == "http.response.start"), None)
    return (start["status"] if start else None), pulled


def test_a_chunked_body_is_cut_off_at_its_cap_not_read_to_its_end(pristine_practice) -> None:  # type: ignore[no-untyped-def]
    app = create_app(engine=pristine_practice.engine, settings=pristine_practice.settings)
    # Logged in or not (only the credential's presence counts here): 2 MB of JSON at most.
    status, pulled = _endless(app, "/api/v1/patients", [(b"authorization", b"Bearer not-checked-yet")])
    assert status == 413 and pulled <= 2_048_000 + 64_000
    # No credential at all: 64 kB, whatever the route.
    status, pulled = _endless(app, "/api/v1/patients", [])
    assert status == 413 and pulled <= 64_000 + 64_000
    # An upload asks who is sending before it reads a byte of the file.
    status, pulled = _endless(app, "/api/v1/visits/1/recordings", [(b"authorization", b"Bearer forged")])
    assert status == 401 and pulled == 0


# --- the real server ---------------------------------------------------------------------------


def _tone_wav(path: Path, megabytes: float) -> Path:
    """A loud, varying tone of about `megabytes` (16 kHz, 16-bit mono): decodes, not silent."""
    rate, frames = 16_000, int(megabytes * 1_000_000 / 2)
    samples = (
        int(12_000 * math.sin(2 * math.pi * (220 + 80 * math.sin(i / 4000)) * i / rate))
        for i in range(frames)
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(struct.pack(f"<{frames}h", *samples))
    return path


def _fee_csv(megabytes: float) -> bytes:
    """A fee schedule of about `megabytes`: unique codes, a description column as exports carry."""
    rows, n = ["cpt,modifier,amount,description"], 0
    size = len(rows[0])
    while size < megabytes * 1_000_000:
        code = f"{chr(65 + n // 26_000 % 26)}{n % 1000:03d}{chr(65 + n // 1000 % 26)}"
        row = f"{code},,{(n % 9000) / 100 + 10:.2f},Therapeutic procedure number {n} of the schedule"
        rows.append(row)
        size += len(row) + 1
        n += 1
    return ("\n".join(rows) + "\n").encode()


def _login(base: str, user) -> str:  # type: ignore[no-untyped-def]
    reply = httpx.post(f"{base}/api/v1/auth/login", json={"email": user.email, "password": user.password})
    assert reply.status_code == 200, reply.text
    return reply.json()["access_token"]


def _status_before_the_body(port: int, path: str, length: int, authorization: str = "") -> str:
    """Send only the headers of a request that says its body is `length` bytes; the status line the
    server answers with, without a byte of the body sent."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
        head = f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
        head += f"Content-Length: {length}\r\n"
        if authorization:
            head += f"Authorization: {authorization}\r\n"
        raw.sendall((head + "\r\n").encode())
        return raw.recv(4096).decode("latin-1").split("\r\n")[0]


@pytest.fixture(scope="module")
def served(pristine_practice, tmp_path_factory):  # type: ignore[no-untyped-def]
    # Jobs go to a broker no worker reads: what is measured is the upload, not a transcription.
    folder = tmp_path_factory.mktemp("served")
    env = {"THERASCRIBE_BROKER_URL": "redis://127.0.0.1:6379/13", "THERASCRIBE_STT_MODEL": "tiny.en"}
    # SQLite in one process, as `serve` runs by default: its writers take turns on a lock there, while
    # across processes SQLite's own busy handler polls (sleeps of up to 100 ms), which a single
    # clinic's server does not need. PostgreSQL with two worker processes.
    workers = 1 if pristine_practice.backend == "sqlite" else 2
    with running_server(pristine_practice, folder, workers=workers, log_level="debug", env=env) as base:
        yield base, folder


def test_a_body_that_says_it_is_too_large_is_refused_before_it_is_sent(served) -> None:  # type: ignore[no-untyped-def]
    base, _ = served
    port = int(base.rsplit(":", 1)[1])
    assert " 413 " in _status_before_the_body(port, "/api/v1/visits/1/recordings", 200_000_000)
    assert " 413 " in _status_before_the_body(port, "/api/v1/patients", 3_000_000, "Bearer anything")
    # Logged in (as far as this layer knows), an upload may be large, but not past the audio cap.
    past = (Settings().audio_max_megabytes + 100) * 1_000_000  # the cap is an hour of stereo WAV (#20)
    assert " 413 " in _status_before_the_body(port, "/api/v1/visits/1/recordings", past, "Bearer x")


def test_uploads_and_a_fee_schedule_do_not_hold_up_other_requests(
    pristine_practice, served, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    base, _ = served
    practice = pristine_practice
    appointment, provider = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND a.starts_at < :now
        ORDER BY a.starts_at DESC, a.id DESC LIMIT 1""",
        # one whose day has come: the server, a process of its own, opens a visit from its day on by the
        # wall clock (core.visits.rules)
        now=utcnow().replace(tzinfo=None),
    )
    with httpx.Client(base_url=base, timeout=120) as client:
        clinician = login_as_provider(practice, client, provider)
        visit = open_visit(client, clinician, appointment)
    biller = {"Authorization": f"Bearer {_login(base, practice.user('biller'))}"}
    desk = {"Authorization": f"Bearer {_login(base, practice.user('front_desk', 'riverside'))}"}
    audio = _tone_wav(tmp_path / "session.wav", 5).read_bytes()
    # Four megabytes (about 60,000 rows): the import has to last well past what one request takes on a loaded
    # machine, or every request sent during it is answered just after it whatever the server does (CI,
    # at 15,000 rows: the import took 0.43 s and each request about as long).
    fees = _fee_csv(4)
    # What is checked is order, not speed (speed is the benchmarks' business, and a busy machine makes
    # any threshold flaky): requests sent while an upload's body is still arriving, and while a
    # 60,000-row fee schedule is being read and written, are answered before those finish. A server
    # that waited on either would answer them only after.
    boundary = "therascribe-test-boundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="session.wav"\r\n'
        "Content-Type: audio/wav\r\n\r\n"
    ).encode()
    half = len(audio) // 2
    others_done = threading.Event()

    def held_body():  # type: ignore[no-untyped-def]
        yield head + audio[:half]
        # the rest of the recording arrives only once the others have been answered (or gave up)
        others_done.wait(timeout=240)
        yield audio[half:] + f"\r\n--{boundary}--\r\n".encode()

    results: dict[str, httpx.Response] = {}
    marks: dict[str, float] = {}

    def upload() -> None:
        results["audio"] = httpx.post(
            f"{base}/api/v1/visits/{visit}/recordings",
            content=held_body(),
            headers={**clinician, "Content-Type": f"multipart/form-data; boundary={boundary}"},
            timeout=300,
        )

    def import_fees() -> None:
        marks["fees sent"] = time.monotonic()
        results["fees"] = httpx.post(
            f"{base}/api/v1/payers/1/fee-schedules",
            data={"name": "Load test", "effective_from": "2031-01-01"},
            files={"file": ("fees.csv", fees, "text/csv")},
            headers=biller,
            timeout=300,
        )
        marks["fees answered"] = time.monotonic()

    def others() -> list[tuple[float, float]]:
        """Twenty requests (the health check, a page of patients) spread over two seconds: when each
        was sent and when it was answered."""
        spans: list[tuple[float, float]] = []
        lock = threading.Lock()

        def other(i: int) -> None:
            time.sleep(0.1 * i)
            started = time.monotonic()
            if i % 2:
                reply = httpx.get(f"{base}/health", timeout=120)
            else:
                reply = httpx.get(f"{base}/api/v1/patients", params={"limit": 20}, headers=desk, timeout=120)
            assert reply.status_code == 200, reply.text
            with lock:
                spans.append((started, time.monotonic()))

        threads = [threading.Thread(target=other, args=(i,)) for i in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert len(spans) == 20
        return spans

    # Warm: the first upload in a worker imports the audio stack, and the first import its readers.
    warm = httpx.post(
        f"{base}/api/v1/visits/{visit}/recordings",
        files={"file": ("warm.wav", _tone_wav(tmp_path / "warm.wav", 0.1).read_bytes(), "audio/wav")},
        headers=clinician,
        timeout=300,
    )
    assert warm.status_code == 202, warm.text
    warm = httpx.post(
        f"{base}/api/v1/payers/1/fee-schedules",
        data={"name": "Warm", "effective_from": "2030-01-01"},
        files={"file": ("fees.csv", _fee_csv(0.01), "text/csv")},
        headers=biller,
        timeout=300,
    )
    assert warm.status_code == 201, warm.text

    uploading = threading.Thread(target=upload)
    uploading.start()
    try:
        # all twenty answered while the recording's second half has not been sent
        others()
        assert "audio" not in results, "the upload finished before its body was complete"
    finally:
        others_done.set()
    uploading.join(timeout=600)
    assert results["audio"].status_code == 202, results["audio"].text

    importing = threading.Thread(target=import_fees)
    importing.start()
    spans = others()
    importing.join(timeout=600)
    assert results["fees"].status_code == 201, results["fees"].text
    assert results["fees"].json()["entries"] > 50_000
    sent, answered = marks["fees sent"], marks["fees answered"]
    during = [(a - sent, b - sent) for a, b in spans if a > sent and b < answered]
    assert during, (
        f"no request sent after the import was answered before it (import {answered - sent:.2f} s; "
        f"requests sent/answered, s after it: {sorted((round(a - sent, 2), round(b - sent, 2)) for a, b in spans)})"
    )


# --- the log -----------------------------------------------------------------------------------


def _secrets(practice, patient_ids: list[int], tokens: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    found: list[str] = [t for t in tokens if t]
    with practice.session() as session:
        for pid in patient_ids:
            p = session.get(Patient, pid)
            assert p is not None
            found += [p.first_name, p.last_name, p.birth_date.isoformat(), p.birth_date.strftime("%m/%d/%Y")]
    return found


def _clean(log: str, secrets: list[str]) -> list[str]:
    return [s for s in secrets if s and s in log]


def test_database_errors_do_not_carry_the_statements_parameters(pristine_practice) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(pristine_practice.url)
    try:
        with engine.begin() as conn, pytest.raises(DBAPIError) as failed:
            conn.execute(text("INSERT INTO patient (id, first_name) VALUES (1, :name)"), {"name": "Zebedee"})
    finally:
        engine.dispose()
    assert "Zebedee" not in str(failed.value)


def test_a_clinical_journey_logs_no_name_birth_date_or_token(pristine_practice, served, caplog) -> None:  # type: ignore[no-untyped-def]
    practice = pristine_practice
    for name in (
        "",
        "uvicorn",
        "uvicorn.error",
        "uvicorn.access",
        "sqlalchemy",
        "sqlalchemy.engine",
        "therascribe",
    ):
        caplog.set_level(logging.DEBUG, logger=name or None)
    # In process: every logger at debug, SQLAlchemy's engine log included.
    client = practice.client()
    desk = practice.login(client, "front_desk", "riverside")
    biller = practice.login(client, "biller")
    appointment, provider, patient_id = booked_appointment(practice, "PT", "medicare", skip=3)
    clinician = login_as_provider(practice, client, provider)
    assert client.get(f"/api/v1/patients/{patient_id}", headers=desk).status_code == 200
    assert client.get("/api/v1/patients", params={"q": "a"}, headers=desk).status_code == 200
    booked = client.post(
        "/api/v1/appointments",
        json={
            "patient_id": patient_of(practice, "medicare", offset=170),
            "provider_id": therapist(practice, offset=2),
            "appointment_type_id": type_id(practice),
            "starts_at": local(2027, 9, 13, 9, 0).isoformat(),
        },
        headers=desk,
    )
    assert booked.status_code == 201, booked.text
    note = open_and_draft(practice, client, clinician, appointment, DRAFT)
    edited = client.put(
        f"/api/v1/notes/{note}", json={**DRAFT, "assessment": "Improving well."}, headers=clinician
    )
    assert edited.status_code == 200, edited.text
    assert (
        post_on_the_visit_day(client, note, f"/api/v1/notes/{note}/sign", headers=clinician).status_code
        == 200
    )
    assert client.post("/api/v1/claims/build", json={"clinic_id": 1}, headers=biller).status_code in (
        200,
        201,
    )
    assert (
        client.patch(
            f"/api/v1/patients/{patient_id}", json={"phone": "not a phone"}, headers=desk
        ).status_code
        == 422
    )
    tokens = [h["Authorization"].split()[1] for h in (desk, biller, clinician)]
    # Over the real server, its log at debug: log-in, a patient read, the assistant's WebSocket with
    # the token in its first message.
    base, folder = served
    token = _login(base, practice.user("front_desk", "riverside"))
    tokens.append(token)
    bearer = {"Authorization": f"Bearer {token}"}
    assert httpx.get(f"{base}/api/v1/patients/{patient_id}", headers=bearer).status_code == 200
    assert httpx.get(f"{base}/api/v1/patients/{patient_id}/appointments", headers=bearer).status_code == 200
    with connect(f"ws://{base.split('//')[1]}/ws/assistant") as ws:
        ws.send(json.dumps({"type": "auth", "token": token}))
        assert json.loads(ws.recv(timeout=60)) == {"authenticated": True}
        ws.send(json.dumps({"text": f"When is patient {patient_id} booked next?"}))
        while "done" not in (reply := json.loads(ws.recv(timeout=60))) and "error" not in reply:
            pass
    time.sleep(0.5)  # the server's log is written as it goes
    secrets = _secrets(practice, [patient_id], tokens)
    assert caplog.records, "nothing was logged: the capture is not working"
    # httpcore and websockets.client are this test's own clients at the wire, reading the server's
    # Set-Cookie and the assistant's reply (which names the patient to the desk, as it should): not logs
    # of the application's (the server's side is its own log, read below).
    in_process = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''}"
        for r in caplog.records
        if not r.name.startswith(("httpcore", "websockets.client"))
    )
    leaks = [line[:300] for line in in_process.splitlines() if _clean(line, secrets)]
    assert _clean(in_process, secrets) == [], leaks[:10]
    server = server_log(folder).read_text()
    assert "WebSocket /ws/assistant" in server, server[-2000:]  # the log at debug is really read
    found = _clean(server, secrets)
    assert found == [], [line[:300] for line in server.splitlines() if _clean(line, found)][:10]
