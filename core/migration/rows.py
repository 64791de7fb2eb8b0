"""Reading the old system's CSV exports: streaming, whatever the delimiter, with or without a BOM, and
turning each row into typed values or saying, row by row, what is wrong (never echoing the value: it
may be a patient's name or birth date)."""

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

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


# What each field takes, for `therascribe import --describe` and the README (REQUIRED says which must be
# there; a field with a mapping 'default' or a 'derive' rule needs no column of its own).
FIELDS: dict[str, dict[str, str]] = {
    "patients": {
        "legacy_id": "the old system's patient id (kept, so a second run adds nothing)",
        "first_name": "given name",
        "last_name": "family name",
        "birth_date": "a date in one of the mapping's date_formats",
        "sex": "M, F, U (or male/female, empty for U)",
        "phone": "phone",
        "email": "e-mail",
        "address": "street address",
        "city": "city",
        "state": "two-letter state",
        "postal_code": "ZIP code",
    },
    "insurance": {
        "patient_legacy_id": "the patient's id in the old system",
        "payer": "the payer's name (map the old system's names under 'payers')",
        "member_id": "member id on the card",
        "effective_from": "a date",
        "priority": "1 primary, 2 secondary, 3 tertiary (translate 'Primary' under 'values')",
        "group_number": "group number",
        "subscriber_name": "the subscriber's name",
        "relationship": "self, spouse, child or other (empty: self)",
        "effective_to": "a date, empty while the policy runs",
        "copay": "dollars, e.g. 25.00",
        "coinsurance_percent": "0 to 100",
    },
    "authorizations": {
        "legacy_id": "the old system's authorization id",
        "patient_legacy_id": "the patient's id in the old system",
        "payer": "the payer's name",
        "discipline": "PT, OT or SLP",
        "start_date": "a date",
        "end_date": "a date",
        "visits_approved": "a whole number",
        "visits_left": "a whole number, at most visits_approved (empty: all left); an export with visits "
        'used derives it: "derive": {"visits_left": "visits_approved - visits_used"}',
        "number": "the payer's authorization number",
    },
    "open_ar": {
        "legacy_id": "the old system's id of the open item",
        "patient_legacy_id": "the patient's id in the old system",
        "service_date": "a date",
        "amount": "dollars still open, negative for a credit",
        "payer": "the payer's name, empty for the patient's own balance",
        "description": "text",
    },
    "appointments": {
        "legacy_id": "the old system's appointment id",
        "patient_legacy_id": "the patient's id in the old system",
        "provider": "the provider's name (before any comma) or NPI; map others under 'providers'",
        "type": "the appointment type's name (map the old names under 'types')",
        "start": "date and time in one of the datetime_formats; separate date and time columns are "
        'combined: "start": ["Date", "Time"]',
        "status": "completed, no show, cancelled or scheduled (translate others under 'statuses')",
        "duration_minutes": "minutes (empty: the type's length)",
    },
    "fee_schedules": {
        "payer": "the payer's name (a wide file, one column per payer: 'wide')",
        "effective_from": 'a date (a file without one: "defaults": {"effective_from": "2026-01-01"})',
        "cpt": "CPT/HCPCS code",
        "amount": "dollars",
        "modifier": "two characters, or empty",
        "name": "the schedule's name",
    },
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
        unknown = sorted(set(custom.get("files", {})) - set(KINDS))
        if unknown:
            raise ValueError(f"'files' names {', '.join(unknown)}: the files are {', '.join(KINDS)}")
        merged["files"] = {}
        for kind, spec in default["files"].items():
            theirs = custom.get("files", {}).get(kind, {})
            extra = sorted(set(theirs) - {"file", "columns", "values", "derive", "wide", "defaults"})
            if extra:
                raise ValueError(f"files.{kind} has {', '.join(extra)}: see therascribe import --describe")
            merged["files"][kind] = {
                **{k: theirs[k] for k in ("values", "derive", "wide", "defaults") if k in theirs},
                "file": theirs.get("file", spec["file"]),
                "columns": {**spec["columns"], **theirs.get("columns", {})},
                # A file the clinic's mapping names must be there; one only the default names may not.
                "named": "file" in theirs,
            }
            for formula in theirs.get("derive", {}).values():
                parse_formula(formula)  # a wrong formula is the mapping's error, said before any row
        for key in ("statuses",):
            merged[key] = {**default[key], **{k.lower(): v for k, v in custom.get(key, {}).items()}}
        return cls(merged, str(path))

    def file(self, kind: str) -> str:
        return self.raw["files"][kind]["file"]

    def columns(self, kind: str) -> dict[str, str | list[str]]:
        return self.raw["files"][kind]["columns"]

    def spec(self, kind: str, key: str) -> dict:
        return self.raw["files"][kind].get(key) or {}

    def control_totals(self) -> tuple[str, dict[str, str]]:
        """The control-total file's name and the key each total has in it ({our name: theirs})."""
        spec = self.raw.get("control_totals", "control_totals.json")
        keys = {name: name for name in CONTROL_TOTALS}
        if isinstance(spec, dict):
            return spec.get("file", "control_totals.json"), {**keys, **spec.get("keys", {})}
        return spec, keys

    def alias(self, table: str, value: str) -> str:
        return self.raw.get(table, {}).get(value, value)


# The totals a control-total file may give; open AR to the cent, the others as row counts.
CONTROL_TOTALS = ("open_ar_total", "patients", "insurance", "authorizations", "appointments", "open_ar")
UNDERIVED = "_underived"  # a row whose 'derive' failed carries the column and the reason here
_TERM = re.compile(r"\s*([+-])?\s*([A-Za-z_][A-Za-z0-9_]*|\d+)\s*")


def parse_formula(formula: str) -> list[tuple[int, str]]:
    """'visits_approved - visits_used' as [(+1, 'visits_approved'), (-1, 'visits_used')]: sums and
    differences of fields and whole numbers, the one kind of arithmetic an export needs."""
    terms: list[tuple[int, str]] = []
    position = 0
    while position < len(formula):
        match = _TERM.match(formula, position)
        if not match or match.end() == position or (terms and not match[1]):
            raise ValueError(f"derive: {formula!r} is fields and whole numbers joined by + or -")
        terms.append((-1 if match[1] == "-" else 1, match[2]))
        position = match.end()
    if not terms:
        raise ValueError("derive: an empty formula")
    return terms


def derive(formula: str, row: dict[str, str]) -> str:
    """The formula's value on one row, as text ('' when a field it needs is empty, so the field's
    default applies); Bad names the field that is not a whole number."""
    total = 0
    for sign, name in parse_formula(formula):
        if name.isdigit():
            total += sign * int(name)
            continue
        value = row.get(name, "").strip()
        if not value:
            return ""
        try:
            total += sign * int(value)
        except ValueError:
            raise Bad(name, "is not a whole number") from None
    return str(total)


def translate(value: str, table: dict[str, str]) -> str:
    """A value as the mapping's 'values' table turns it ('Primary' -> '1'), exact or ignoring case;
    a value the table does not list stays as it is."""
    if value in table:
        return str(table[value])
    folded = {k.lower(): v for k, v in table.items()}
    return str(folded.get(value.lower(), value))


def _dialect(handle: TextIO) -> type[csv.Dialect]:
    """The file's delimiter and quoting, from its start (the handle is put back where it was)."""
    sample = handle.read(8192)
    handle.seek(0)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def read_header(path: Path) -> list[str]:
    """A CSV file's column names as written (none for an empty file): what --describe checks the
    mapping's columns against before anything is read."""
    with path.open(newline="", encoding="utf-8-sig", errors="replace") as handle:
        return [name.strip() for name in next(csv.reader(handle, _dialect(handle)), [])]


def read_rows(path: Path, kind: str, mapping: Mapping) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, {our field: text}) for each non-empty row, one at a time (memory stays flat).

    On the way: columns listed together are joined with a space (a date and a time, a first and a
    last name), values are translated as the mapping's 'values' says, fields are derived from others
    ('derive'), a field the export lacks takes the mapping's 'defaults', and a wide file (one amount
    column per payer, 'wide') gives one row per payer."""
    with path.open(newline="", encoding="utf-8-sig", errors="strict") as handle:
        reader = csv.reader(handle, _dialect(handle))
        try:
            header = [h.strip().lower() for h in next(reader)]
        except StopIteration:
            raise FileProblem("the file is empty") from None
        except UnicodeDecodeError:
            raise FileProblem("the file is not UTF-8 text") from None
        wanted = {
            ours: [t.lower() for t in ([theirs] if isinstance(theirs, str) else theirs)]
            for ours, theirs in mapping.columns(kind).items()
        }
        values, formulas = mapping.spec(kind, "values"), mapping.spec(kind, "derive")
        defaults, wide = mapping.spec(kind, "defaults"), mapping.spec(kind, "wide")
        given = set(formulas) | set(defaults) | ({"payer", "amount"} if wide else set())
        missing = [
            ours
            for ours in REQUIRED[kind]
            if ours not in given and not (wanted.get(ours) and all(t in header for t in wanted[ours]))
        ]
        for ours in formulas:
            missing += [
                name
                for _, name in parse_formula(formulas[ours])
                if not name.isdigit() and not (wanted.get(name) and all(t in header for t in wanted[name]))
            ]
        absent_wide = [column for column in wide if column.lower() not in header]
        if missing or absent_wide:
            named = [f"{' + '.join(wanted.get(m, [m]))} (for {m})" for m in dict.fromkeys(missing)] + [
                f"{column} (a payer's amounts, 'wide')" for column in absent_wide
            ]
            raise FileProblem("missing required columns: " + ", ".join(named))
        position = {
            ours: [header.index(t) for t in theirs]
            for ours, theirs in wanted.items()
            if theirs and all(t in header for t in theirs)
        }
        payer_columns = [(header.index(column.lower()), payer) for column, payer in wide.items()]
        single = [(ours, places[0]) for ours, places in position.items() if len(places) == 1]
        joined = [(ours, places) for ours, places in position.items() if len(places) > 1]
        adjusted = bool(values or defaults or formulas)
        number = 1
        try:
            for cells in reader:
                number += 1
                if not any(c.strip() for c in cells):
                    continue
                width = len(cells)
                row = {ours: cells[i].strip() if i < width else "" for ours, i in single}
                for ours, places in joined:
                    row[ours] = " ".join(cells[i].strip() for i in places if i < width and cells[i].strip())
                if adjusted:  # most exports need none of this: the common row pays nothing for it
                    for ours, table in values.items():
                        if ours in row:
                            row[ours] = translate(row[ours], table)
                    for ours, value in defaults.items():
                        if not row.get(ours):
                            row[ours] = str(value)
                    try:
                        for ours, formula in formulas.items():
                            row[ours] = derive(formula, row)
                    except Bad as bad:
                        row[UNDERIVED] = f"{bad.column}|{bad}"
                if not wide:
                    yield number, row
                    continue
                for index, payer in payer_columns:
                    amount = cells[index].strip() if index < len(cells) else ""
                    if amount:
                        yield number, {**row, "payer": payer, "amount": amount}
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
