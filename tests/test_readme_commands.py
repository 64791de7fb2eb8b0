"""The README's two commands, in a small form: what `make run` and `make test` would run (`make -n`, as if
constraints.txt had just changed, so the install steps show), and the server `make run` starts answering
the log-in page on a demo practice. test_cli builds the demo with `demo` and runs `demo --if-empty`."""

import subprocess
from pathlib import Path

import httpx
import pytest
from conftest import Practice
from server_helpers import running_server

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

ROOT = Path(__file__).parent.parent
QUICK_START = (ROOT / "README.md").read_text().split("## Quick start", 1)[1].split("```", 2)[1]


def _dry_run(target: str) -> list[str]:
    """The commands `make <target>` would run after constraints.txt changed, none of them run."""
    reply = subprocess.run(
        ["make", "-n", "-W", "constraints.txt", target], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert reply.returncode == 0, reply.stderr
    return reply.stdout.splitlines()


def _first(lines: list[str], words: str) -> int:
    return next(i for i, line in enumerate(lines) if words in line)


def test_the_quick_start_is_make_run_and_make_test() -> None:
    assert [line.split("#")[0].strip() for line in QUICK_START.strip().splitlines()] == [
        "make run",
        "make test",
    ]


def test_make_run_installs_the_pinned_versions_then_builds_the_demo_if_empty_and_serves() -> None:
    lines = _dry_run("run")
    install = _first(lines, "pip install --quiet -c constraints.txt -e '.[test]'")
    demo = lines.index(".venv/bin/therascribe demo --if-empty")
    serve = lines.index(".venv/bin/therascribe serve --host 127.0.0.1 --port 8000")
    assert install < demo < serve


def test_make_test_installs_the_pinned_versions_then_lints_and_runs_the_whole_suite() -> None:
    lines = _dry_run("test")
    install = _first(lines, "pip install --quiet -c constraints.txt -e '.[test]'")
    ruff = lines.index(".venv/bin/ruff check .")
    mypy = lines.index(".venv/bin/python .ci/mypy_baseline.py")
    suite = _first(lines, ".venv/bin/python -m pytest")
    assert install < ruff < mypy < suite


# `make run` serves the default SQLite file; test_races starts this same server on PostgreSQL.
@pytest.mark.parametrize("practice", ["sqlite"], indirect=True)
def test_the_server_make_run_starts_answers_the_login_page(practice: Practice, tmp_path: Path) -> None:
    with running_server(practice, tmp_path / "data", workers=1) as base:
        page = httpx.get(f"{base}/login", timeout=60)
    assert page.status_code == 200, page.text[:500]
    assert 'name="password"' in page.text
