"""The real server (`python -m web.cli serve`, uvicorn worker processes) on a test practice's database,
and requests sent at the same instant."""

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from conftest import Practice

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_log(data_dir: Path) -> Path:
    """Where the server started on this data folder writes its stderr (uvicorn's and the app's log)."""
    return data_dir / "server.log"


@contextmanager
def running_server(
    practice: Practice,
    data_dir: Path,
    *,
    workers: int = 2,
    log_level: str = "info",
    env: dict[str, str] | None = None,
) -> Iterator[str]:
    """The server's base URL while it runs; its log is at server_log(data_dir)."""
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = server_log(data_dir)
    environment = {
        **os.environ,
        "THERASCRIBE_DATABASE_URL": practice.url,
        "THERASCRIBE_SECRET_KEY": practice.settings.secret_key,
        "THERASCRIBE_DATA_DIR": str(data_dir),
        "THERASCRIBE_RUN_SCHEDULER": "false",
        # Transcriptions other tests left queued in the shared practice are not this server's work.
        "THERASCRIBE_RESUME_JOBS_ON_START": "false",
        **(env or {}),
    }
    command = [sys.executable, "-m", "web.cli", "serve", "--port", str(port), "--workers", str(workers)]
    command += ["--log-level", log_level]
    with log.open("wb") as stderr:
        proc = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=stderr)
    base = f"http://127.0.0.1:{port}"
    # Minutes, not seconds: every worker imports the whole stack, which on a busy two-core machine has
    # taken over a minute, and a worker that is up may still answer slowly while it warms its models.
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:  # a server that died has said why
        try:
            if httpx.get(f"{base}/health", timeout=10).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail(f"server did not start: {log.read_text()[-2000:]}")
    try:
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def at_once(times: int, send: Callable[[int], T]) -> list[T]:
    """send(0) ... send(times - 1), each on its own thread, released together; results in that order."""
    barrier = threading.Barrier(times)

    def go(i: int) -> T:
        barrier.wait()
        return send(i)

    with ThreadPoolExecutor(max_workers=times) as pool:
        return list(pool.map(go, range(times)))
