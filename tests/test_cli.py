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


def test_kpi_and_import_on_the_command_line(env, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bench.legacy_export import write_export

    assert _run(["demo"], env).returncode == 0
    kpis = _run(["kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--json"], env)
    assert kpis.returncode == 0, kpis.stderr
    values = {k["key"]: k for k in json.loads(kpis.stdout)["kpis"]}
    assert (
        values["clean_claim_rate"]["value"] is not None
        and "scrubber" in values["clean_claim_rate"]["formula"]
    )
    desk = _run(
        ["kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--user", "frontdesk1@riverside.example.org"],
        env,
    )
    assert desk.returncode == 1 and "clean_claim_rate" not in desk.stdout and desk.stderr.strip()
    folder = tmp_path / "legacy"
    write_export(folder, patients=20, appointments=60, providers=["Christian Diaz"], types=["PT follow-up"])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"clinic": "Riverside Therapy", "payers": {"BCBS": "Blue Cross PPO"}}))
    dry = _run(["import", str(folder), "--mapping", str(mapping), "--dry-run", "--json"], env)
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["committed"] is False
    done = _run(["import", str(folder), "--mapping", str(mapping), "--json"], env)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["committed"] and report["counts"]["patients"]["new"] == 20
    (folder / "control_totals.json").write_text(json.dumps({"open_ar_total": "1.00"}))
    refused = _run(["import", str(folder), "--mapping", str(mapping)], env)
    assert refused.returncode == 1 and "MISMATCH" in refused.stdout and "NOTHING written" in refused.stdout


def test_ask_answers_as_a_demo_user_in_json(env) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    assert _run(["demo"], env).returncode == 0
    with sqlite3.connect(env["THERASCRIBE_DATABASE_URL"].removeprefix("sqlite:///")) as conn:
        claim = conn.execute(
            "SELECT MIN(id) FROM claim WHERE clinic_id = 1 AND status = 'denied'"
        ).fetchone()[0]
    asked = _run(
        ["ask", f"why was claim {claim} denied?", "--user", "frontdesk1@riverside.example.org", "--json"], env
    )
    assert asked.returncode == 0, asked.stderr
    out = json.loads(asked.stdout.strip().splitlines()[-1])
    assert set(out) >= {"answer", "citations", "proposal"} and out["answer"].startswith(f"Claim {claim}")
    assert "CARC" in out["answer"] and out["proposal"] is None
    assert out["citations"] == [{"type": "claim", "id": claim, "label": ""}]
    refused = _run(
        ["ask", "what was our denial rate last month?", "--user", "frontdesk1@riverside.example.org"], env
    )
    assert refused.returncode == 0 and "outside what your role" in refused.stdout
