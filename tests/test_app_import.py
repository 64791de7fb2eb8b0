"""Loading the web app loads no speech, language or chat model, nor the scribe and the assistant: the
routers import them inside the handlers that call them, so a server (and every test server) starts
without them and the first recording, draft or question loads them once (#22)."""

import ast
import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("torch", "whisper", "transformers", "spacy", "langchain", "langchain_core", "sentence_transformers")
LATER = ("scribe", "assistant")
ROOT = Path(__file__).resolve().parents[1]


def _loaded_after(statement: str) -> set[str]:
    probe = f"import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True, timeout=300
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_importing_the_app_loads_no_model_nor_the_scribe_or_the_assistant() -> None:
    loaded = _loaded_after("import web.app")
    assert "web.routers.recordings" in loaded and "web.routers.assistant" in loaded  # the probe is real
    assert {name for name in loaded if name.split(".")[0] in HEAVY} == set()
    assert {name for name in loaded if name.split(".")[0] in LATER} == set()


def _called_later() -> list[str]:
    """Every `from scribe... import ...` / `from assistant... import ...` made inside a function of web/."""
    found = []
    for path in sorted((ROOT / "web").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and (inner.module or "").split(".")[0] in LATER:
                        names = ", ".join(alias.name for alias in inner.names)
                        found.append(f"from {inner.module} import {names}")
    return sorted(set(found))


def test_what_the_handlers_import_when_called_is_there() -> None:
    """Must not change: an import moved into a handler is only run when the handler is, so each is
    run here (a misspelt name would otherwise wait for its first request)."""
    imports = _called_later()
    assert (
        "from scribe.drafting import draft_visit" in imports
        and "from assistant.service import ask" in imports
    )
    loaded = _loaded_after("; ".join(imports))
    assert {"scribe.drafting", "scribe.intake", "scribe.jobs", "assistant.service"} <= loaded
