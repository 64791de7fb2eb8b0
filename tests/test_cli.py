"""The command line: `therascribe demo --json` on a fresh database, idempotent with --if-empty."""

import json
import os
import subprocess
import sys

import pytest


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "web.cli", *args], capture_output=True, text=True, env=env, timeout=300
    )


@pytest.fixture
def env(tmp_path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        **os.environ,
        "THERASCRIBE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "THERASCRIBE_DATA_DIR": str(tmp_path / "data"),
    }


def test_demo_json_then_if_empty_and_audit_verify(env) -> None:  # type: ignore[no-untyped-def]
    first = _run(["demo", "--json"], env)
    assert first.returncode == 0, first.stderr
    out = json.loads(first.stdout)
    assert out["counts"]["patient"] == 1500 and out["counts"]["clinic"] == 2
    assert {"email", "role", "clinic", "password"} == set(out["users"][0])
    again = _run(["demo", "--if-empty"], env)
    assert again.returncode == 0 and "nothing built" in again.stdout
    refused = _run(["demo"], env)
    assert refused.returncode == 1
    verified = _run(["audit", "verify"], env)
    assert verified.returncode == 0 and "intact" in verified.stdout


def test_unknown_size_is_a_clear_error(env) -> None:  # type: ignore[no-untyped-def]
    result = _run(["demo", "--size", "huge"], env)
    assert result.returncode == 2 and "unknown size" in result.stderr
