"""The command line: `therascribe demo --json` on a fresh database, idempotent with --if-empty.

The commands run in-process through Typer's runner (one real process checks `python -m web.cli` and
its exit status); the demo is built by `demo --json --size tiny` once, as of the day the run's demo
templates are built as of, and the tests that need a demo practice run on copies of that file. That one
build is also the check that the same seed, size and day give the same practice (against the run's tiny
template, built by core.demo.build): the small size, what `therascribe demo` builds by default, is the
run's other template and took 19 s more here, for the same code path."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import Result
from conftest import DEMO_TODAY
from typer.testing import CliRunner

from core.config import get_settings
from core.db import get_engine
from web.cli import app


def _run(args: list[str], database: Path) -> Result:
    """A command on the SQLite file `database`, as `therascribe` run with only that file configured."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("THERASCRIBE_DATABASE_URL", f"sqlite:///{database}")
        env.setenv("THERASCRIBE_DATA_DIR", str(database.parent / "data"))
        get_settings.cache_clear()
        get_engine.cache_clear()
        try:
            return CliRunner().invoke(app, args)
        finally:
            if get_engine.cache_info().currsize:
                get_engine().dispose()
            get_settings.cache_clear()
            get_engine.cache_clear()


@pytest.fixture(scope="module")
def demo_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """`therascribe demo --json --size tiny` on a new SQLite file, once for the module, as of the template's
    day."""
    database = tmp_path_factory.mktemp("cli-demo") / "cli.db"
    return database, _run(["demo", "--json", "--size", "tiny", "--as-of", DEMO_TODAY.isoformat()], database)


@pytest.fixture
def demo_db(demo_built: tuple[Path, Result], tmp_path: Path) -> Path:
    """A copy of the demo `demo --json` built, the test's own to change."""
    built, result = demo_built
    assert result.exit_code == 0, result.output
    copy = tmp_path / "cli.db"
    source, target = sqlite3.connect(built), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return copy


def test_demo_json_then_if_empty_and_audit_verify(demo_built: tuple[Path, Result], demo_db: Path) -> None:
    _, first = demo_built
    assert first.exit_code == 0, first.output
    out = json.loads(first.stdout)
    assert out["counts"]["patient"] == 150 and out["counts"]["clinic"] == 2
    assert {"email", "role", "clinic", "password"} == set(out["users"][0])
    again = _run(["demo", "--if-empty"], demo_db)
    assert again.exit_code == 0 and "nothing built" in again.stdout
    refused = _run(["demo"], demo_db)
    assert refused.exit_code == 1
    verified = _run(["audit", "verify"], demo_db)
    assert verified.exit_code == 0 and "intact" in verified.stdout


def test_the_same_seed_and_day_build_the_same_practice(demo_built: tuple[Path, Result], databases) -> None:  # type: ignore[no-untyped-def]
    """The command's demo (seed 7, tiny, as of DEMO_TODAY) against the run's tiny template built by
    core.demo.build with the same seed and day: the same rows, the same patients in the same order, the
    same log-ins."""
    built, result = demo_built
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    template_users = databases.templates.users("tiny", "sqlite")  # built (or waited for) here
    template = databases.templates.location("tiny", "sqlite")  # read only: the file every copy is made from
    shown = []
    for path in (str(built), template):
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in out["counts"]}
            names = conn.execute(
                "SELECT first_name || last_name FROM patient ORDER BY id LIMIT 50"
            ).fetchall()
        shown.append((counts, names))
    # The command writes one more audit entry than the build: its own "demo.build" line.
    assert shown[0][0].pop("audit_entry") == shown[1][0].pop("audit_entry") + 1
    assert shown[0] == shown[1]
    assert {t: n for t, n in out["counts"].items() if t != "audit_entry"} == shown[0][0]
    assert [(u["email"], u["password"]) for u in out["users"]] == [
        (u.email, u.password) for u in template_users
    ]


@pytest.mark.parametrize("as_of", ["2026-13-01", "yesterday"])
def test_a_day_that_is_no_day_is_a_clear_error(tmp_path: Path, as_of: str) -> None:
    refused = _run(["demo", "--as-of", as_of], tmp_path / "cli.db")
    assert refused.exit_code == 2 and "--as-of is a day" in refused.stderr
    with sqlite3.connect(tmp_path / "cli.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM clinic").fetchone()[0] == 0


def test_unknown_size_is_a_clear_error(tmp_path: Path) -> None:
    """In a real process: `python -m web.cli` runs the command line and its exit status is the command's."""
    env = {
        "THERASCRIBE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "THERASCRIBE_DATA_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "web.cli", "demo", "--size", "huge"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
    )
    assert result.returncode == 2 and "unknown size" in result.stderr


def test_kpi_and_import_on_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    from bench.legacy_export import write_export

    kpis = _run(["kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--json"], demo_db)
    assert kpis.exit_code == 0, kpis.stderr
    values = {k["key"]: k for k in json.loads(kpis.stdout)["kpis"]}
    assert (
        values["clean_claim_rate"]["value"] is not None
        and "scrubber" in values["clean_claim_rate"]["formula"]
    )
    desk = _run(
        ["kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--user", "frontdesk1@riverside.example.org"],
        demo_db,
    )
    assert desk.exit_code == 1 and "clean_claim_rate" not in desk.stdout and desk.stderr.strip()
    folder = tmp_path / "legacy"
    write_export(folder, patients=20, appointments=60, providers=["Christian Diaz"], types=["PT follow-up"])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"clinic": "Riverside Therapy", "payers": {"BCBS": "Blue Cross PPO"}}))
    dry = _run(["import", str(folder), "--mapping", str(mapping), "--dry-run", "--json"], demo_db)
    assert dry.exit_code == 0, dry.stderr
    assert json.loads(dry.stdout)["committed"] is False
    done = _run(["import", str(folder), "--mapping", str(mapping), "--json"], demo_db)
    report = json.loads(done.stdout)
    assert done.exit_code == 0 and report["committed"] and report["counts"]["patients"]["new"] == 20
    (folder / "control_totals.json").write_text(json.dumps({"open_ar_total": "1.00"}))
    refused = _run(["import", str(folder), "--mapping", str(mapping)], demo_db)
    assert refused.exit_code == 1 and "MISMATCH" in refused.stdout and "NOTHING written" in refused.stdout


def test_ask_answers_as_a_demo_user_in_json(demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        claim = conn.execute(
            "SELECT MIN(id) FROM claim WHERE clinic_id = 1 AND status = 'denied'"
        ).fetchone()[0]
    asked = _run(
        ["ask", f"why was claim {claim} denied?", "--user", "frontdesk1@riverside.example.org", "--json"],
        demo_db,
    )
    assert asked.exit_code == 0, asked.stderr
    out = json.loads(asked.stdout.strip().splitlines()[-1])
    assert set(out) >= {"answer", "citations", "proposal"} and out["answer"].startswith(f"Claim {claim}")
    assert "CARC" in out["answer"] and out["proposal"] is None
    assert out["citations"] == [{"type": "claim", "id": claim, "label": ""}]
    refused = _run(
        ["ask", "what was our denial rate last month?", "--user", "frontdesk1@riverside.example.org"], demo_db
    )
    assert refused.exit_code == 0 and "outside what your role" in refused.stdout
