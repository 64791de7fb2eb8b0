"""Reading the old system's CSV exports: streaming, whatever the delimiter, with or without a BOM, and
turning each row into typed values or saying, row by row, what is wrong (never echoing the value: it
may be a patient's name or birth date)."""

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from core.money import parse_cents

KINDS = ("patients", "insurance", "authorizations", "open_ar", "appointments", "fee_schedules")
REQUIRED = {
    "patients": ("legacy_id", "first_name", "last_name", "birth_date"),
    "insurance": ("patient_legacy_id", "payer", "member_id", "effective_from"),
    "authorizations": (
        "legacy_id",
        "patient_legacy_id",
        "payer",
        "discipline",
        "start_date",
        "end_date",
        "visits_approved",
    ),
    "open_ar": ("legacy_id", "patient_legacy_id", "service_date", "amount"),
    "appointments": ("legacy_id", "patient_legacy_id", "provider", "type", "start", "status"),
    "fee_schedules": ("payer", "effective_from", "cpt", "amount"),
}


@dataclass(frozen=True)
class RowError:
    file: str
    row: int  # spreadsheet numbering: the header is row 1
    column: str
    message: str


class FileProblem(ValueError):
    """A file that cannot be read at all (missing columns, not CSV): reported as row 1."""


@dataclass
class Mapping:
    raw: dict[str, Any]
    path: str = "default"
    payers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> "Mapping":
        default = json.loads(resources.files("core.migration").joinpath("default_mapping.json").read_text())
        if path is None:
            return cls(default)
        custom = json.loads(Path(path).read_text())
        merged = {**default, **{k: v for k, v in custom.items() if k != "files"}}
        merged["files"] = {
            kind: {
                "file": custom.get("files", {}).get(kind, {}).get("file", spec["file"]),
                "columns": {**spec["columns"], **custom.get("files", {}).get(kind, {}).get("columns", {})},
            }
            for kind, spec in default["files"].items()
        }
        for key in ("statuses",):
            merged[key] = {**default[key], **{k.lower(): v for k, v in custom.get(key, {}).items()}}
        return cls(merged, str(path))

    def file(self, kind: str) -> str:
        return self.raw["files"][kind]["file"]

    def columns(self, kind: str) -> dict[str, str]:
        return self.raw["files"][kind]["columns"]

    def alias(self, table: str, value: str) -> str:
        return self.raw.get(table, {}).get(value, value)


def read_rows(path: Path, kind: str, mapping: Mapping) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, {our field: text}) for each non-empty row, one at a time (memory stays flat)."""
    with path.open(newline="", encoding="utf-8-sig", errors="strict") as handle:
        sample = handle.read(8192)
        handle.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(handle, dialect)
        try:
            header = [h.strip().lower() for h in next(reader)]
        except StopIteration:
            raise FileProblem("the file is empty") from None
        except UnicodeDecodeError:
            raise FileProblem("the file is not UTF-8 text") from None
        wanted = {ours: theirs.lower() for ours, theirs in mapping.columns(kind).items()}
        missing = [ours for ours in REQUIRED[kind] if wanted.get(ours) not in header]
        if missing:
            raise FileProblem(
                "missing required columns: " + ", ".join(f"{wanted.get(m, m)} (for {m})" for m in missing)
            )
        position = {ours: header.index(theirs) for ours, theirs in wanted.items() if theirs in header}
        number = 1
        try:
            for cells in reader:
                number += 1
                if not any(c.strip() for c in cells):
                    continue
                yield (
                    number,
                    {ours: cells[i].strip() if i < len(cells) else "" for ours, i in position.items()},
                )
        except UnicodeDecodeError:
            raise FileProblem(f"row {number + 1} is not UTF-8 text") from None
        except csv.Error as error:
            raise FileProblem(f"row {number + 1} cannot be read as CSV ({error})") from None


class Bad(ValueError):
    """One value of one row is wrong; the message names the column and the rule, not the value."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def text(row: dict[str, str], key: str, limit: int, required: bool = False) -> str:
    value = row.get(key, "").strip()
    if required and not value:
        raise Bad(key, "is empty")
    if len(value) > limit:
        raise Bad(key, f"is longer than {limit} characters")
    return value


def day(row: dict[str, str], key: str, formats: list[str], required: bool = True) -> date | None:
    value = row.get(key, "").strip()
    if not value:
        if required:
            raise Bad(key, "is empty")
        return None
    for fmt in formats:
        try:
            parsed = datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if not 1900 <= parsed.year <= 2100:
            raise Bad(key, "is outside 1900-2100")
        return parsed
    raise Bad(key, "is not a date in a format the mapping lists (or is impossible, like February 30)")


def moment(row: dict[str, str], key: str, formats: list[str]) -> datetime:
    value = row.get(key, "").strip()
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise Bad(key, "is not a date and time in a format the mapping lists")


def whole(row: dict[str, str], key: str, low: int, high: int, default: int | None = None) -> int:
    value = row.get(key, "").strip()
    if not value and default is not None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise Bad(key, "is not a whole number") from None
    if not low <= number <= high:
        raise Bad(key, f"must be between {low} and {high}")
    return number


def cents(row: dict[str, str], key: str, allow_negative: bool = False, default: int | None = None) -> int:
    value = row.get(key, "").strip()
    if not value and default is not None:
        return default
    try:
        return parse_cents(value, allow_negative=allow_negative)
    except ValueError as error:
        raise Bad(key, f"is {error}") from None
