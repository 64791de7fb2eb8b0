"""One way to report a run of benchmarks or evaluations: a rich table on screen and a JSON file."""

import json
import platform
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table


@dataclass
class Report:
    title: str
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, **row: Any) -> None:
        self.rows.append(row)

    def show(self, console: Console | None = None) -> None:
        table = Table(*self.columns, title=self.title)
        for row in self.rows:
            table.add_row(*(_fmt(row.get(col, "")) for col in self.columns))
        console = console or Console()
        console.print(table)
        for note in self.notes:
            console.print(note)

    def save(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = folder / f"{self.title.lower().replace(' ', '-')}-{stamp}.json"
        path.write_text(
            json.dumps(
                {
                    "title": self.title,
                    "at": stamp,
                    "machine": platform.node(),
                    "python": platform.python_version(),
                    "rows": self.rows,
                    "notes": self.notes,
                },
                indent=2,
                default=str,
            )
        )
        return path


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
