"""The demo templates kept between runs (tests/conftest.py, TemplateCache): a run copies the practice an
earlier run built from the same code instead of building it again (80-110 s a backend, #22); what the
build reads changing makes another key, anything else keeps the key."""

import json
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import CACHE_KEEP, TemplateCache, build_recipe, cache_key

BUILDER = "build(conn, size=..., seed=7)\n"


def _tree(root: Path) -> Path:
    for name, text in {
        "core/demo/build.py": "def build(): ...\n",
        "core/billing/coding.py": "RATE = 1\n",
        "core/migrations/versions/0001.py": "revision = '0001'\n",
        "web/app.py": "app = None\n",
        "scribe/draft.py": "x = 1\n",
        "tests/test_other.py": "def test(): ...\n",
        "pyproject.toml": "[project]\n",
        "constraints.txt": "fastapi==0.115\n",
        "tests/conftest.py": BUILDER,
    }.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root / "tests/conftest.py"


def _append(path: str, text: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a") as handle:
            handle.write(text)

    return change


@pytest.mark.parametrize(
    ("change", "recipe", "new_key"),
    [
        # what the build reads: another key
        (_append("core/billing/coding.py", "RATE = 2\n"), BUILDER, True),
        (_append("core/demo/build.py", "# seeded otherwise\n"), BUILDER, True),
        (_append("core/migrations/versions/0002.py", "revision = '0002'\n"), BUILDER, True),
        (_append("core/notes/new_rule.py", "RULE = 1\n"), BUILDER, True),
        (_append("constraints.txt", "sqlalchemy==2.1\n"), BUILDER, True),
        (_append("pyproject.toml", 'dependencies = ["fastapi>=0.121"]\n'), BUILDER, True),
        (lambda root: None, "build(conn, size=..., seed=8)\n", True),  # how the tests build it
        # what it does not read: the same key (must not change)
        (_append("web/app.py", "app = 1\n"), BUILDER, False),
        (_append("scribe/draft.py", "x = 2\n"), BUILDER, False),
        (_append("tests/test_other.py", "def test_more(): ...\n"), BUILDER, False),
        (_append("core/__pycache__/build.cpython-311.pyc", "compiled"), BUILDER, False),
        # the rest of conftest.py (a new fixture) and the tools' settings in pyproject.toml
        (_append("tests/conftest.py", "def a_fixture(): ...\n"), BUILDER, False),
        (_append("pyproject.toml", "# a comment\n[tool.ruff]\nline-length = 100\n"), BUILDER, False),
        (lambda root: None, BUILDER, False),
    ],
)
def test_the_key_changes_with_what_the_build_reads_and_only_that(
    tmp_path: Path, change: Callable[[Path], None], recipe: str, new_key: bool
) -> None:
    _tree(tmp_path)
    before = cache_key(tmp_path, BUILDER)
    change(tmp_path)
    assert (cache_key(tmp_path, recipe) != before) is new_key


def test_the_recipe_is_how_conftest_builds_a_template_and_not_the_rest_of_it() -> None:
    recipe = build_recipe()
    assert "build(conn, size=DEMO_SIZES[kind], seed=7, today=DEMO_TODAY)" in recipe
    assert "CREATE DATABASE" in recipe and "2026-11-24" in recipe
    assert "session_replication_role" in recipe  # the small demo's PostgreSQL rows are the SQLite ones' copy
    assert "def practice(" not in recipe and "STARTS_SLOW" not in recipe


def _sqlite_template(path: Path, rows: int) -> str:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE patient (id INTEGER PRIMARY KEY)")
        db.executemany("INSERT INTO patient VALUES (?)", [(i,) for i in range(rows)])
    db.close()
    return str(path)


USERS = [
    {"email": "pt1@riverside.example.org", "password": "demo", "role": "therapist", "clinic": "Riverside"}
]


@pytest.mark.parametrize(
    ("kept", "asked", "found"),
    [
        (("k1", "demo"), ("k1", "demo"), True),
        (("k1", "demo"), ("k1", "tiny"), False),  # another kind
        (("k1", "demo"), ("k2", "demo"), False),  # another key: the code changed
        (None, ("k1", "demo"), False),  # nothing kept yet
    ],
)
def test_a_kept_template_is_found_by_its_key_and_kind_only(
    tmp_path: Path, kept: tuple[str, str] | None, asked: tuple[str, str], found: bool
) -> None:
    folder = tmp_path / "cache"
    if kept is not None:
        TemplateCache(folder, kept[0]).keep(
            kept[1], "sqlite", _sqlite_template(tmp_path / "t.sqlite", 3), USERS
        )
    cache = TemplateCache(folder, asked[0])
    assert (cache.users(asked[1], "sqlite") == USERS) is found
    if found:
        with sqlite3.connect(cache.location(asked[1], "sqlite")) as db:
            assert db.execute("SELECT COUNT(*) FROM patient").fetchone() == (3,)
        db.close()


def test_a_second_keep_of_one_key_keeps_the_first(tmp_path: Path) -> None:
    cache = TemplateCache(tmp_path / "cache", "k1")
    cache.keep("demo", "sqlite", _sqlite_template(tmp_path / "a.sqlite", 3), USERS)
    cache.keep("demo", "sqlite", _sqlite_template(tmp_path / "b.sqlite", 5), [])
    assert cache.users("demo", "sqlite") == USERS


def test_a_template_forgotten_is_not_found(tmp_path: Path) -> None:
    cache = TemplateCache(tmp_path / "cache", "k1")
    cache.keep("demo", "sqlite", _sqlite_template(tmp_path / "a.sqlite", 3), USERS)
    cache.forget("demo", "sqlite")
    assert cache.users("demo", "sqlite") is None


def test_only_the_most_recently_used_keys_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    source = _sqlite_template(tmp_path / "t.sqlite", 1)
    keys = [f"key{i:02d}" for i in range(CACHE_KEEP + 2)]
    for age, key in enumerate(keys):  # kept by earlier runs, key00 the longest ago
        cache = TemplateCache(folder, key)
        Path(cache.location("demo", "sqlite")).write_bytes(Path(source).read_bytes())
        marker = folder / f"{key}-demo-sqlite.json"
        marker.write_text(json.dumps(USERS))
        stamp = time.time() - 1000 + age
        os.utime(marker, (stamp, stamp))
    # the oldest key used again: kept; with another added, the three least recently used go (six kept)
    assert TemplateCache(folder, keys[0]).users("demo", "sqlite") == USERS
    TemplateCache(folder, "newest").keep("demo", "sqlite", source, USERS)
    left = {
        key for key in [*keys, "newest"] if TemplateCache(folder, key).users("demo", "sqlite") is not None
    }
    assert left == {keys[0], *keys[len(keys) - CACHE_KEEP + 2 :], "newest"}
    assert not Path(TemplateCache(folder, keys[3]).location("demo", "sqlite")).exists()
    assert Path(TemplateCache(folder, keys[4]).location("demo", "sqlite")).exists()
