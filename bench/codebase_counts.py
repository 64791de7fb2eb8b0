"""The counts of the codebase review (issue #22), measured on a checkout: a table, then one line of JSON.

    python -m bench.codebase_counts [--root DIR] [--no-mypy]

Run it from the checkout it measures (its packages are imported to list the JSON routes); for an
older commit, from a git worktree of it (`git worktree add /tmp/wt HEAD~5 && cd /tmp/wt && python -m
bench.codebase_counts`, with the main venv's python).

What each figure is:
- enum imports, enum uses: names imported from core/enums.py, and references to a member of an
  appointment or claim status enum (`AppointmentStatus.booked`), in app code (core, scribe,
  assistant, web), core/enums.py itself left out.
- status literals: string constants in app code that are exactly an appointment status ("booked",
  "cancelled", ..., and "scheduled", which no enum lists) or a claim status, plus the same words
  quoted inside SQL text ('booked'). Alembic migrations are left out: they hold history. Words two
  vocabularies share ("draft", "completed", "paid") are counted under each, so the per-word rows
  say more than the totals.
- JSON routes: the app's routes that answer JSON (not 204, not an HTML, text or file reply);
  typed when FastAPI's response model holds a pydantic model, hand-built otherwise (a dict, a list
  of dicts, Any, or nothing declared).
- uphill imports: core's packages (its folders: billing, notes, records, ...) put in the order that
  leaves the fewest import statements pointing from a package to one that uses it; those statements
  are the uphill ones, the others point down. Core's top modules (core/db.py, core/errors.py, ...)
  are shared by all and left out. The order and each uphill edge are in the JSON.
- untested modules: modules of core, scribe and assistant (no __init__.py, no migration) that no
  file under tests/ imports by name (a module reached only through HTTP or through another module).
- type: ignore: comments (not strings) in the Python files git tracks.
- mypy errors: `python -m mypy` on the checkout's configuration, and the baseline's total.
- duplicate pairs in app code: the `duplicates` tool's pair count over a copy of core, scribe,
  assistant and web, migrations left out (where the tool is installed).
"""

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
from collections import Counter
from pathlib import Path

APP = ("core", "scribe", "assistant", "web")
TESTED = ("core", "scribe", "assistant")
APPOINTMENT_WORDS = ("booked", "checked_in", "completed", "cancelled", "no_show", "scheduled")
CLAIM_WORDS = (
    "draft",
    "ready",
    "held",
    "submitted",
    "accepted",
    "rejected",
    "paid",
    "partially_paid",
    "denied",
)
IGNORE = re.compile(r"#\s*type:\s*ignore\b")
# Only a member's name counts as a use of the enum (a read shape may share a status enum's name).
STATUS_ENUMS = {"AppointmentStatus": APPOINTMENT_WORDS, "ClaimStatus": CLAIM_WORDS}


def tracked_python(root: Path, *tops: str) -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--", *(f"{top}/*.py" for top in tops)] if tops else ["git", "ls-files", "*.py"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [root / name for name in listed if (root / name).exists()]


def is_migration(path: Path) -> bool:
    return "migrations" in path.parts


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(), filename=str(path))


def vocabulary(root: Path) -> dict[str, object]:
    enum_imports: Counter[str] = Counter()
    enum_uses: Counter[str] = Counter()
    literals: Counter[str] = Counter()
    words = set(APPOINTMENT_WORDS) | set(CLAIM_WORDS)
    quoted = re.compile(r"'(" + "|".join(sorted(words, key=len, reverse=True)) + r")'")
    for path in tracked_python(root, *APP):
        if is_migration(path) or path.relative_to(root).as_posix() == "core/enums.py":
            continue
        tree = parse(path)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "core.enums":
                for alias in node.names:
                    enum_imports[alias.name] += 1
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.attr in STATUS_ENUMS.get(node.value.id, ()):
                    enum_uses[node.value.id] += 1
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value in words:
                    literals[node.value] += 1
                elif len(node.value) > 2:
                    for match in quoted.finditer(node.value):
                        literals[match[1]] += 1
    return {
        "enum_imports": sum(enum_imports.values()),
        "enum_imports_by_name": dict(sorted(enum_imports.items())),
        "status_enum_uses": dict(sorted(enum_uses.items())),
        "booked_cancelled_literals": literals["booked"] + literals["cancelled"],
        "appointment_status_literals": sum(literals[w] for w in APPOINTMENT_WORDS),
        "claim_status_literals": sum(literals[w] for w in CLAIM_WORDS),
        "status_literals_by_word": {w: literals[w] for w in (*APPOINTMENT_WORDS, *CLAIM_WORDS)},
    }


def json_routes(root: Path) -> dict[str, object]:
    """Imports the app of the checkout in a child process, so that this one imports nothing of it."""
    child = r"""
import inspect, json, typing
from fastapi.routing import APIRoute
from fastapi.responses import JSONResponse
from starlette.responses import Response
from pydantic import BaseModel
from web.app import create_app

def holds_model(tp):
    if inspect.isclass(tp) and issubclass(tp, BaseModel):
        return True
    return any(holds_model(arg) for arg in typing.get_args(tp))

def response_class(route):
    cls = getattr(route.response_class, "value", route.response_class)
    return cls if inspect.isclass(cls) else JSONResponse

def api_routes(routes, prefix=""):
    # FastAPI >= 0.16x keeps an included router as one entry that holds the router's own routes.
    for route in routes:
        if hasattr(route, "original_router"):
            yield from api_routes(route.original_router.routes, prefix + route.include_context.prefix)
        elif isinstance(route, APIRoute):
            yield prefix + route.path, route

rows = []
for path, route in api_routes(create_app().routes):
    returned = inspect.signature(route.endpoint).return_annotation
    if route.status_code == 204 or not issubclass(response_class(route), JSONResponse):
        continue
    if inspect.isclass(returned) and issubclass(returned, Response):
        continue
    for method in sorted(route.methods):
        rows.append([method, path, holds_model(route.response_model)])
print(json.dumps(rows))
"""
    out = subprocess.run(
        [sys.executable, "-c", child], cwd=root, capture_output=True, text=True, check=True
    ).stdout
    rows = json.loads(out.strip().splitlines()[-1])
    hand_built = [f"{method} {path}" for method, path, typed in rows if not typed]
    return {
        "json_routes": len(rows),
        "json_routes_hand_built": len(hand_built),
        "hand_built_routes": hand_built,
    }


def core_package(root: Path, module: str) -> str | None:
    """The core package a module is in (core.billing.x12.segments: billing); None outside core and
    for core's top modules (core.db, core.errors), which every package may use."""
    parts = module.split(".")
    if parts[0] != "core" or len(parts) < 2 or not (root / "core" / parts[1]).is_dir():
        return None
    return parts[1]


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def resolved(node: ast.ImportFrom, here: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = here.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(root: Path, path: Path) -> list[str]:
    """Every module an import statement of the file names (`from a import b` names a and a.b)."""
    here = module_name(root, path)
    names: list[str] = []
    for node in ast.walk(parse(path)):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = resolved(node, here, path.name == "__init__.py")
            names.append(module)
            names.extend(f"{module}.{alias.name}" for alias in node.names)
    return names


def layered(weights: Counter[tuple[str, str]]) -> list[str]:
    """An order of the packages, users first, that leaves as few import statements as it can pointing
    back up (Eades, Lin and Smyth's greedy order for a feedback arc set, then each package moved to
    its best place while that helps)."""
    nodes = sorted({n for edge in weights for n in edge})
    left = set(nodes)
    first: list[str] = []
    last: list[str] = []
    while left:
        sinks = [n for n in sorted(left) if not any(weights[(n, m)] for m in left if m != n)]
        sources = [n for n in sorted(left) if not any(weights[(m, n)] for m in left if m != n)]
        if sinks:
            last.insert(0, sinks[0])
            left.discard(sinks[0])
        elif sources:
            first.append(sources[0])
            left.discard(sources[0])
        else:
            best = max(
                sorted(left),
                key=lambda n: sum(weights[(n, m)] for m in left) - sum(weights[(m, n)] for m in left),
            )
            first.append(best)
            left.discard(best)
    order = first + last

    def cost(seq: list[str]) -> int:
        place = {n: i for i, n in enumerate(seq)}
        return sum(w for (a, b), w in weights.items() if place[a] > place[b])

    improved = True
    while improved:
        improved = False
        for node in list(order):
            rest = [n for n in order if n != node]
            best_seq = min((rest[:i] + [node] + rest[i:] for i in range(len(rest) + 1)), key=cost)
            if cost(best_seq) < cost(order):
                order, improved = best_seq, True
    return order


def uphill(root: Path) -> dict[str, object]:
    statements: list[tuple[str, str, str]] = []
    for path in tracked_python(root, "core"):
        if is_migration(path):
            continue
        here = module_name(root, path)
        source = core_package(root, here)
        for node in ast.walk(parse(path)):
            if isinstance(node, ast.ImportFrom):
                module = resolved(node, here, path.name == "__init__.py")
                names = [f"{module}.{alias.name}" for alias in node.names] if module == "core" else [module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for target in {core_package(root, name) for name in names}:
                if source and target and target != source:
                    statements.append((source, target, path.relative_to(root).as_posix()))
    weights = Counter((source, target) for source, target, _ in statements)
    place = {n: i for i, n in enumerate(layered(weights))}
    back = [(s, t, f) for s, t, f in statements if place[s] > place[t]]
    return {
        "core_imports_between_packages": len(statements),
        "uphill_imports": len(back),
        "core_layers": list(place),
        "uphill_edges": dict(Counter(f"{s} -> {t}" for s, t, _ in back).most_common()),
        "uphill_by_file": dict(Counter(f for _, _, f in back).most_common()),
    }


def untested(root: Path) -> dict[str, object]:
    modules = {
        module_name(root, path)
        for path in tracked_python(root, *TESTED)
        if path.name != "__init__.py" and not is_migration(path)
    }
    named: set[str] = set()
    for path in (root / "tests").glob("*.py"):
        named.update(imports_of(root, path))
    never = sorted(modules - named)
    return {"modules": len(modules), "untested_modules": len(never), "untested": never}


def type_ignores(root: Path) -> dict[str, object]:
    by_top: Counter[str] = Counter()
    for path in tracked_python(root):
        with path.open("rb") as source:
            comments = [t.string for t in tokenize.tokenize(source.readline) if t.type == tokenize.COMMENT]
        by_top[path.relative_to(root).parts[0]] += sum(1 for c in comments if IGNORE.match(c))
    return {"type_ignores": sum(by_top.values()), "type_ignores_by_top": dict(by_top.most_common())}


def mypy(root: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"], cwd=root, capture_output=True, text=True
    )
    errors = sum(1 for line in result.stdout.splitlines() if ": error: " in line)
    baseline = root / ".ci" / "mypy-baseline.txt"
    total = None
    if baseline.exists():
        lines = [
            line for line in baseline.read_text().splitlines() if line.strip() and not line.startswith("#")
        ]
        total = sum(int(line.split()[0]) for line in lines)
    return {"mypy_errors": errors, "mypy_baseline": total}


def duplicate_pairs(root: Path) -> dict[str, object]:
    tool = shutil.which("duplicates")
    if not tool:
        return {"duplicate_pairs_app": None}
    with tempfile.TemporaryDirectory() as tmp:
        for path in tracked_python(root, *APP):
            if is_migration(path):
                continue
            target = Path(tmp) / path.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        out = subprocess.run([tool, "--repo", tmp, "--seconds", "120"], capture_output=True, text=True).stdout
    first = out.splitlines()[0] if out else ""
    match = re.match(r"(\d+) pairs", first)
    return {
        "duplicate_pairs_app": int(match[1]) if match else 0 if first.startswith("no duplicates") else None
    }


def table(figures: dict[str, object]) -> str:
    uses = figures["status_enum_uses"]
    assert isinstance(uses, dict)
    rows = [
        ("names imported from core/enums.py", figures["enum_imports"]),
        ("AppointmentStatus/ClaimStatus member uses", sum(uses.values())),
        ('"booked"/"cancelled" literals', figures["booked_cancelled_literals"]),
        ("appointment status literals", figures["appointment_status_literals"]),
        ("claim status literals", figures["claim_status_literals"]),
        ("JSON routes", figures["json_routes"]),
        ("  of which hand-built (no read shape)", figures["json_routes_hand_built"]),
        ("imports between core packages", figures["core_imports_between_packages"]),
        ("  of which uphill (point back up)", figures["uphill_imports"]),
        ("modules of core/scribe/assistant", figures["modules"]),
        ("  of which no test imports", figures["untested_modules"]),
        ("# type: ignore", figures["type_ignores"]),
        ("mypy errors (baseline)", f"{figures.get('mypy_errors')} ({figures.get('mypy_baseline')})"),
        ("duplicate pairs in app code", figures.get("duplicate_pairs_app")),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: list[str]) -> int:
    root = Path(argv[argv.index("--root") + 1] if "--root" in argv else ".").resolve()
    figures: dict[str, object] = {}
    figures.update(vocabulary(root))
    figures.update(json_routes(root))
    figures.update(uphill(root))
    figures.update(untested(root))
    figures.update(type_ignores(root))
    figures.update({"mypy_errors": None, "mypy_baseline": None} if "--no-mypy" in argv else mypy(root))
    figures.update(duplicate_pairs(root))
    print(table(figures))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
