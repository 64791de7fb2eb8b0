"""Review of the gating/audit refactor (ca3dc79, dc3ecea, ec0c4cc) and the later core edits (edbc6b7).

core keeps its own package edges: no core package may come to import a package that imports it back
(a two-way edge) beyond the ones that stood before the refactor began (3d30e4c). edbc6b7 made
core.audit.review import core.patients.models while core.patients.service imports core.audit.service:
a new audit <-> patients cycle, with audit (which every package writes entries through) now depending on
one of its users.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "core"

# Two-way package edges in core at 3d30e4c, before the refactor (measured with the same walk).
KNOWN_TWO_WAY = {
    ("audit", "users"),
    ("authorizations", "notes"),
    ("authorizations", "scheduling"),
    ("billing", "notes"),
    ("clinics", "payers"),
    ("clinics", "providers"),
    ("clinics", "scheduling"),
    ("clinics", "users"),
    ("providers", "scheduling"),
    ("scheduling", "visits"),
}


def _package(module: str) -> str | None:
    """core.billing.x12.segments: billing; None for core's top modules (core.errors) and outside core."""
    parts = module.split(".")
    if parts[0] != "core" or len(parts) < 2 or not (CORE / parts[1]).is_dir():
        return None
    return parts[1]


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _edges() -> dict[tuple[str, str], list[str]]:
    edges: dict[tuple[str, str], list[str]] = {}
    for path in sorted(CORE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        here = _module(path)
        source = _package(here)
        if source is None:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here.split(".")
                    base = base[: len(base) - node.level + (1 if path.name == "__init__.py" else 0)]
                    module = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    module = node.module or ""
                names = [f"{module}.{a.name}" for a in node.names] if module == "core" else [module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for target in {_package(name) for name in names}:
                if target and target != source:
                    edges.setdefault((source, target), []).append(path.relative_to(ROOT).as_posix())
    return edges


def test_no_new_two_way_imports_between_core_packages() -> None:
    edges = _edges()
    two_way = {(a, b) for (a, b) in edges if (b, a) in edges and a < b}
    new = {
        f"{a} <-> {b} ({', '.join(sorted(set(edges[(a, b)])))} / {', '.join(sorted(set(edges[(b, a)])))})"
        for a, b in two_way - KNOWN_TWO_WAY
    }
    assert not new, f"new two-way package imports in core: {sorted(new)}"


@pytest.mark.parametrize("module", ["core/audit/review.py", "core/audit/service.py"])
def test_audit_imports_no_patient_package(module: str) -> None:
    """core.patients writes its entries through core.audit, so core.audit must not import core.patients."""
    imported = {
        node.module
        for node in ast.walk(ast.parse((ROOT / module).read_text()))
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert not {m for m in imported if m == "core.patients" or m.startswith("core.patients.")}, imported
