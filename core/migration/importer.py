"""Importing a clinic's old system: validate every file row by row first, find duplicate patients,
reconcile open AR to the cent against the old system's control total, then write everything in one
transaction, or nothing. Rows whose legacy id is already here are skipped, so a second run changes
nothing. Files stream in both passes; only patient keys are held in memory.
"""

import contextlib
import csv
import io
import json
import re
import unicodedata
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz
from sqlalchemy import text
from sqlmodel import Session, col, select

from core.access import require
from core.actor import Actor
from core.audit.service import Event, append_many, record
from core.authorizations.models import Authorization
from core.billing.models import OpeningBalance
from core.bulk import insert_rows, reset_sequences
from core.clinics.models import Clinic
from core.db import committed
from core.enums import AppointmentStatus
from core.errors import Invalid, NotFound
from core.locks import lock
from core.migration.rows import (
    KINDS,
    UNDERIVED,
    Bad,
    FileProblem,
    Mapping,
    RowError,
    cents,
    day,
    moment,
    read_rows,
    whole,
)
from core.migration.rows import text as txt
from core.money import parse_cents
from core.patients.models import (
    AUTHORIZATION_TERMS,
    INSURANCE_POLICY_COLUMNS,
    PATIENT_COLUMNS,
    InsurancePolicy,
    Patient,
)
from core.patients.service import search_key
from core.payers.fees import (
    CODE,
    MODIFIER,
    FeeEntry,
    current_fees,
    fee_schedule_matches,
    save_fee_schedule,
)
from core.payers.models import Payer
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.models import Appointment, AppointmentType
from core.timeutil import utcnow
from core.words import counted

CHUNK = 5000
OVERLAP = "overlaps another visit of the same provider (imported as it is; check it)"
DUPLICATE_SCORE = 88  # rapidfuzz token-sort ratio on "first last", same birth date
DISCIPLINES = ("PT", "OT", "SLP")
SEXES = {"": "U", "u": "U", "m": "M", "male": "M", "f": "F", "female": "F", "x": "U"}
STATUSES = (
    AppointmentStatus.completed,
    AppointmentStatus.no_show,
    AppointmentStatus.cancelled,
    AppointmentStatus.booked,
)


@dataclass
class Counts:
    read: int = 0
    valid: int = 0
    new: int = 0
    existing: int = 0


@dataclass
class Report:
    directory: str
    mapping: str
    clinic: str
    dry_run: bool
    sample: float | None
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    duplicates: list[dict] = field(default_factory=list)
    open_ar_cents: int = 0  # the rows that passed
    export_ar_cents: int = 0  # every row of the file whose amount reads, passed or not
    control_total_cents: int | None = None
    control_counts: dict[str, int] = field(
        default_factory=dict
    )  # the export's own counts, when it gives them
    reconciled: bool | None = None
    committed: bool = False
    # Allowed but unusual (a provider booked twice at once): imported, listed to check.
    warnings: list[RowError] = field(default_factory=list)
    # (provider id, earlier row, later row) flat, made into warnings only when the report is read: an
    # export can hold a hundred thousand of them, and as objects they slowed the whole import by a third.
    overlap_rows: array = field(default_factory=lambda: array("q"))
    appointments_file: str = "appointments.csv"
    # Rows not checked because their patient was rejected: one entry per patient, never new faults.
    skipped: dict[str, dict] = field(default_factory=dict)

    def error(self, file: str, row: int, column: str, message: str) -> None:
        self.error_count += 1
        self.errors.append(RowError(file, row, column, message))

    def warn(self, file: str, row: int, column: str, message: str) -> None:
        self.warnings.append(RowError(file, row, column, message))

    def overlaps(self) -> list[dict]:
        flat = self.overlap_rows
        return [{"provider_id": flat[i], "rows": [flat[i + 1], flat[i + 2]]} for i in range(0, len(flat), 3)]

    def all_warnings(self) -> list[RowError]:
        flat = self.overlap_rows
        return self.warnings + [
            RowError(self.appointments_file, flat[i + 2], "start", OVERLAP) for i in range(0, len(flat), 3)
        ]

    def skip(self, file: str, row: int, patient: str, where: str) -> None:
        entry = self.skipped.setdefault(
            patient,
            {"patient": patient, "rejected_at": where, "rows": 0, "files": {}},
        )
        entry["rows"] += 1
        entry["files"].setdefault(file, []).append(row)

    def skipped_lines(self) -> list[str]:
        return [
            f"skipped: patient {s['patient']} was rejected, see {s['rejected_at']} "
            f"({s['rows']} rows in {', '.join(s['files'])})"
            for s in self.skipped.values()
        ]

    def as_dict(self) -> dict:
        out = {**asdict(self), "counts": {k: asdict(v) for k, v in self.counts.items()}}
        out["skipped"] = list(self.skipped.values())
        out["error_groups"] = grouped(self.errors)
        out["warnings"] = [asdict(w) for w in self.all_warnings()]
        out["warning_groups"] = grouped(self.all_warnings())
        out["overlaps"] = self.overlaps()
        del out["overlap_rows"]
        return out


FIRST_ROWS = 5


def grouped(items: list[RowError]) -> list[dict]:
    """Identical messages once, with how many rows say it and the first of them, in the order met
    (a file that cannot be read at all says so at its row 1, before its rows' faults)."""
    groups: dict[tuple[str, str, str], dict] = {}
    for item in items:
        group = groups.setdefault(
            (item.file, item.column, item.message),
            {"file": item.file, "column": item.column, "message": item.message, "count": 0, "rows": []},
        )
        group["count"] += 1
        if len(group["rows"]) < FIRST_ROWS:
            group["rows"].append(item.row)
    return sorted(groups.values(), key=lambda g: g["rows"][0] > 1)  # stable: files stay in reading order


class Skipped(Exception):
    """The row names a patient whose own row was rejected: a consequence, said once per patient."""

    def __init__(self, patient: str) -> None:
        super().__init__(patient)
        self.patient = patient


def _normal(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return re.sub(
        r"[^a-z ]", "", "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    ).strip()


class _Context:
    """What rows are checked against: the clinic's payers, providers, types and existing patients."""

    def __init__(self, session: Session, clinic: Clinic, mapping: Mapping) -> None:
        self.session, self.clinic, self.mapping = session, clinic, mapping
        self.zone = ZoneInfo(clinic.timezone)
        self.dates = mapping.raw["date_formats"]
        self.moments = mapping.raw["datetime_formats"]
        self.payers = {p.name.lower(): p.id for p in session.exec(select(Payer)).all()}
        providers = session.exec(select(Provider).where(Provider.clinic_id == clinic.id)).all()
        self.providers = {p.full_name.split(",")[0].strip().lower(): p.id for p in providers}
        self.providers.update({p.npi: p.id for p in providers if p.npi})
        kinds = session.exec(select(AppointmentType).where(AppointmentType.clinic_id == clinic.id)).all()
        self.types = {t.name.lower(): (t.id, t.duration_minutes) for t in kinds}
        # Where being booked twice at once is the point (a group, a provider who treats several).
        self.shared = {t.id for t in kinds if t.group_capacity}, {p.id for p in providers if p.capacity > 1}
        self.rejected: dict[str, int] = {}  # patient legacy id -> the patients file row that failed
        self.existing: dict[str, int] = {}  # patient legacy id -> our id
        self.by_birth: dict[date, list[tuple[str, str, int]]] = {}  # dob -> (legacy id, name, row; 0 = ours)
        self.read_patients()
        self.merge: dict[str, str] = mapping.raw.get("merge", {})
        self.in_file: set[str] = set()
        self.typed: dict[str, list[dict]] = {}  # each file's valid rows, parsed before the write

    def read_patients(self) -> None:
        """The clinic's patients as they are now: read again once the import holds its lock, since
        the files were checked with no transaction open and another import may have written since."""
        self.existing.clear()
        self.by_birth.clear()
        name = col(Patient.first_name) + " " + col(Patient.last_name)
        for pid, legacy, full_name, born in self.session.exec(
            select(col(Patient.id), col(Patient.legacy_id), name, col(Patient.birth_date)).where(
                Patient.clinic_id == self.clinic.id
            )
        ).all():
            if legacy:
                self.existing[legacy] = pid or 0
            self.by_birth.setdefault(born, []).append((legacy or f"#{pid}", _normal(full_name), 0))

    def payer(self, row: dict[str, str], key: str = "payer", required: bool = True) -> int | None:
        name = row.get(key, "").strip()
        if not name:
            if required:
                raise Bad(key, "is empty")
            return None
        found = self.payers.get(self.mapping.alias("payers", name).lower())
        if found is None:
            raise Bad(
                key, "names a payer Therascribe does not know: add it, or map it in the mapping's 'payers'"
            )
        return found

    def patient(self, row: dict[str, str]) -> str:
        legacy = self.merge.get(row.get("patient_legacy_id", ""), row.get("patient_legacy_id", ""))
        if not legacy:
            raise Bad("patient_legacy_id", "is empty")
        if legacy not in self.in_file and legacy not in self.existing:
            if legacy in self.rejected:
                raise Skipped(legacy)
            raise Bad("patient_legacy_id", "names a patient in neither the patients file nor Therascribe")
        return legacy


def _sampled(legacy_id: str, fraction: float | None) -> bool:
    return fraction is None or zlib.crc32(legacy_id.encode()) % 10_000 < fraction * 10_000


# -- checks: one row in, typed values out (or Bad) --------------------------------------------------------


def _check_patient(row: dict[str, str], ctx: _Context) -> dict:
    born = day(row, "birth_date", ctx.dates)
    assert born is not None
    if born > date.today():
        raise Bad("birth_date", "is in the future")
    sex = SEXES.get(row.get("sex", "").strip().lower())
    if sex is None:
        raise Bad("sex", "is not M, F or U")
    state = txt(row, "state", 2).upper()
    return {
        "legacy_id": txt(row, "legacy_id", 64, required=True),
        "first_name": txt(row, "first_name", 80, required=True),
        "last_name": txt(row, "last_name", 80, required=True),
        "birth_date": born,
        "sex": sex,
        "phone": txt(row, "phone", 20),
        "email": txt(row, "email", 254),
        "address": txt(row, "address", 200),
        "city": txt(row, "city", 80),
        "state": state,
        "postal_code": txt(row, "postal_code", 10),
    }


def _check_insurance(row: dict[str, str], ctx: _Context) -> dict:
    patient = ctx.patient(row)
    payer = ctx.payer(row)
    member = txt(row, "member_id", 40, required=True)
    start = day(row, "effective_from", ctx.dates)
    end = day(row, "effective_to", ctx.dates, required=False)
    if end and start and end < start:
        raise Bad("effective_to", "is before effective_from")
    relationship = (row.get("relationship") or "self").strip().lower()
    if relationship not in ("self", "spouse", "child", "other"):
        raise Bad("relationship", "is not self, spouse, child or other")
    coinsurance = cents(row, "coinsurance_percent", default=0)
    if coinsurance > 10_000:
        raise Bad("coinsurance_percent", "is over 100")
    return {
        "legacy_id": f"{patient}|{payer}|{member}",
        "patient": patient,
        "payer_id": payer,
        "priority": whole(row, "priority", 1, 3, default=1),
        "member_id": member,
        "group_number": txt(row, "group_number", 40),
        "subscriber_name": txt(row, "subscriber_name", 120),
        "relationship_to_subscriber": relationship,
        "effective_from": start,
        "effective_to": end,
        "copay_cents": cents(row, "copay", default=0),
        "coinsurance_bp": coinsurance,
    }


def _check_authorization(row: dict[str, str], ctx: _Context) -> dict:
    patient = ctx.patient(row)
    discipline = txt(row, "discipline", 4, required=True).upper()
    if discipline not in DISCIPLINES:
        raise Bad("discipline", "is not PT, OT or SLP")
    start, end = day(row, "start_date", ctx.dates), day(row, "end_date", ctx.dates)
    if start and end and end < start:
        raise Bad("end_date", "is before start_date")
    approved = whole(row, "visits_approved", 0, 999)
    left = whole(row, "visits_left", -999, 999, default=approved)
    if left < 0:
        raise Bad("visits_left", "is below zero (more visits used than approved)")
    if left > approved:
        raise Bad("visits_left", "is more than the visits approved (is the column visits used?)")
    return {
        "legacy_id": txt(row, "legacy_id", 64, required=True),
        "patient": patient,
        "payer_id": ctx.payer(row),
        "discipline": discipline,
        "number": txt(row, "number", 40),
        "start_date": start,
        "end_date": end,
        "visits_approved": approved,
        "visits_used": approved - left,
    }


def _check_open_ar(row: dict[str, str], ctx: _Context) -> dict:
    return {
        "legacy_id": txt(row, "legacy_id", 64, required=True),
        "patient": ctx.patient(row),
        "payer_id": ctx.payer(row, required=False),
        "service_date": day(row, "service_date", ctx.dates),
        "amount_cents": cents(row, "amount", allow_negative=True),
        "description": txt(row, "description", 200),
    }


def _check_appointment(row: dict[str, str], ctx: _Context) -> dict:
    patient = ctx.patient(row)
    provider_name = ctx.mapping.alias("providers", row.get("provider", "").strip())
    provider = ctx.providers.get(provider_name.lower()) or ctx.providers.get(provider_name)
    if provider is None:
        raise Bad(
            "provider",
            "names no provider of this clinic: add them (therascribe init), or map the name in 'providers'",
        )
    kind = ctx.types.get(ctx.mapping.alias("types", row.get("type", "").strip()).lower())
    if kind is None:
        raise Bad("type", "names no appointment type of this clinic: map it in the mapping's 'types'")
    status = ctx.mapping.raw["statuses"].get(row.get("status", "").strip().lower())
    if status not in STATUSES:
        raise Bad("status", "is not a status the mapping knows (completed, no show, cancelled, scheduled)")
    starts = moment(row, "start", ctx.moments).replace(tzinfo=ctx.zone).astimezone(UTC)
    minutes = whole(row, "duration_minutes", 5, 480, default=kind[1])
    return {
        "legacy_id": txt(row, "legacy_id", 64, required=True),
        "patient": patient,
        "provider_id": provider,
        "appointment_type_id": kind[0],
        "starts_at": starts,
        "ends_at": starts + timedelta(minutes=minutes),
        "status": status,
    }


def _check_fee(row: dict[str, str], ctx: _Context) -> dict:
    code = row.get("cpt", "").strip().upper()
    if not CODE.match(code):
        raise Bad("cpt", "is not a CPT/HCPCS code (five characters)")
    modifier = row.get("modifier", "").strip().upper()
    if not MODIFIER.match(modifier):
        raise Bad("modifier", "is not a two-character modifier")
    return {
        "payer_id": ctx.payer(row),
        "name": txt(row, "name", 120) or "imported",
        "effective_from": day(row, "effective_from", ctx.dates),
        "cpt": code,
        "modifier": modifier,
        "amount_cents": cents(row, "amount"),
    }


CHECKS: dict[str, Callable[[dict[str, str], _Context], dict]] = {
    "patients": _check_patient,
    "insurance": _check_insurance,
    "authorizations": _check_authorization,
    "open_ar": _check_open_ar,
    "appointments": _check_appointment,
    "fee_schedules": _check_fee,
}


def _records(
    directory: Path, kind: str, ctx: _Context, report: Report, sample: float | None
) -> Iterator[tuple[int, dict]]:
    """Valid typed rows of one file, errors reported as they are met; a missing file is no rows, and
    said. A row whose patient was rejected is skipped and said once for that patient."""
    path = directory / ctx.mapping.file(kind)
    if not path.exists():
        if ctx.mapping.raw["files"][kind].get("named"):
            report.error(path.name, 0, "", f"is not in the folder, though the mapping names it for {kind}")
            return
        report.warn(
            path.name,
            0,
            "",
            f"no {path.name} in the folder: nothing of {kind.replace('_', ' ')} is imported "
            f"(the mapping's files.{kind}.file names it)",
        )
        return
    counts = report.counts[kind]
    patients_file = ctx.mapping.file("patients")
    try:
        for number, row in read_rows(path, kind, ctx.mapping):
            key = row.get("patient_legacy_id") or row.get("legacy_id", "") if kind != "fee_schedules" else ""
            if kind != "fee_schedules" and not _sampled(ctx.merge.get(key, key), sample):
                continue
            counts.read += 1
            if kind == "open_ar":
                with contextlib.suppress(Bad):  # the row's own error says so
                    report.export_ar_cents += cents(row, "amount", allow_negative=True)
            try:
                if row.get(UNDERIVED):
                    column, _, reason = row[UNDERIVED].partition("|")
                    raise Bad(column, reason)
                yield number, CHECKS[kind](row, ctx)
            except Skipped as skipped:
                where = f"{patients_file} row {ctx.rejected[skipped.patient]}"
                report.skip(path.name, number, skipped.patient, where)
            except Bad as bad:
                report.error(path.name, number, bad.column, f"{bad.column} {bad}")
                legacy = row.get("legacy_id", "")
                if kind == "patients" and legacy and legacy not in ctx.in_file:
                    ctx.rejected.setdefault(legacy, number)
    except FileProblem as problem:
        report.error(path.name, 1, "", str(problem))


def _typed(directory: Path, kind: str, ctx: _Context) -> list[dict]:
    """A file's valid typed rows for the write, parsed once and before it: parsing a large export
    inside the write transaction held SQLite's one write turn (every other request) for as long."""
    if kind not in ctx.typed:
        throwaway = Report("", "", "", True, None)
        ctx.typed[kind] = [rec for _, rec in _records(directory, kind, ctx, throwaway, None)]
    return ctx.typed[kind]


# -- the validation pass ----------------------------------------------------------------------------------


def _validate(directory: Path, ctx: _Context, report: Report, sample: float | None) -> None:
    seen: dict[str, int] = {}
    for number, rec in _records(directory, "patients", ctx, report, sample):
        legacy = rec["legacy_id"]
        if legacy in seen:
            report.error(
                ctx.mapping.file("patients"), number, "legacy_id", f"legacy id repeats row {seen[legacy]}"
            )
            continue
        seen[legacy] = number
        if legacy in ctx.merge:
            ctx.in_file.add(legacy)
            report.counts["patients"].valid += 1
            continue
        if legacy not in ctx.existing:
            name = _normal(f"{rec['first_name']} {rec['last_name']}")
            for other, other_name, other_row in ctx.by_birth.get(rec["birth_date"], []):
                if (
                    other != legacy
                    and ctx.merge.get(other) != legacy
                    and fuzz.token_sort_ratio(name, other_name) >= DUPLICATE_SCORE
                ):
                    where = f"row {other_row}" if other_row else "a patient already in Therascribe"
                    report.duplicates.append(
                        {"row": number, "legacy_id": legacy, "matches": other, "where": where}
                    )
                    report.error(
                        ctx.mapping.file("patients"),
                        number,
                        "first_name",
                        f"looks like the same person as legacy id {other} ({where}): fix the source or "
                        "list the pair under 'merge' in the mapping",
                    )
                    break
            ctx.by_birth.setdefault(rec["birth_date"], []).append((legacy, name, number))
        ctx.in_file.add(legacy)
        report.counts["patients"].valid += 1
        if report.dry_run:  # what the write would do; a real run counts what it wrote
            if legacy in ctx.existing:
                report.counts["patients"].existing += 1
            else:
                report.counts["patients"].new += 1
    midnight = 0
    # provider id -> start, end, row, start, end, row ... of the visits that hold them (not cancelled, not
    # a group): flat arrays of 8-byte numbers, so 500,000 visits cost 12 MB, not tuples' 75 MB.
    held: dict[int, array] = {}
    group_types, shared_providers = ctx.shared
    now, path_of_visits = utcnow(), ctx.mapping.file("appointments")
    fees: FeeGroups = {}
    for kind in ("insurance", "authorizations", "open_ar", "appointments", "fee_schedules"):
        keys: dict[str, int] = {}
        pending: list[str] = []  # a dry run's legacy ids, asked whether here in chunks
        for number, rec in _records(directory, kind, ctx, report, sample):
            if len(pending) >= CHUNK:
                _tally(ctx, kind, pending, report)
            key = (
                rec.get("legacy_id")
                or f"{rec.get('payer_id')}|{rec.get('effective_from')}|{rec.get('cpt')}|{rec.get('modifier')}"
            )
            if key in keys:
                report.error(ctx.mapping.file(kind), number, "legacy_id", f"repeats row {keys[key]}")
                continue
            if kind != "appointments":  # 500,000 appointment keys would not keep memory flat
                keys[key] = number
            if kind == "fee_schedules":
                _fee_group(fees, rec)
            elif report.dry_run:
                pending.append(rec["legacy_id"])
            if kind == "open_ar":
                report.open_ar_cents += rec["amount_cents"]
            if kind == "appointments":
                local = rec["starts_at"].astimezone(ctx.zone)
                midnight += local.hour == 0 and local.minute == 0
                # Allowed (the clinic may mean it, or fix it later) but unusual: listed to check.
                if rec["status"] == AppointmentStatus.completed and rec["starts_at"] > now:
                    report.warn(path_of_visits, number, "status", "is completed but starts in the future")
                elif rec["status"] == AppointmentStatus.booked and rec["starts_at"] < now:
                    report.warn(
                        path_of_visits,
                        number,
                        "status",
                        "is still scheduled but started in the past (it will wait for a check-in)",
                    )
                if (
                    rec["status"] in (AppointmentStatus.completed, AppointmentStatus.booked)
                    and rec["appointment_type_id"] not in group_types
                    and rec["provider_id"] not in shared_providers
                ):
                    held.setdefault(rec["provider_id"], array("q")).extend(
                        (int(rec["starts_at"].timestamp()), int(rec["ends_at"].timestamp()), number)
                    )
            report.counts[kind].valid += 1
        if pending:
            _tally(ctx, kind, pending, report)
    _compare_fees(ctx, report, fees, count=report.dry_run)
    visits = report.counts["appointments"].valid
    if visits and midnight == visits:
        report.error(
            ctx.mapping.file("appointments"),
            0,
            "start",
            f"every appointment ({visits}) starts at 00:00: the time is likely in a column of its own; "
            'combine the date and time columns in the mapping ("start": ["Date", "Time"])',
        )
    for provider, flat in held.items():
        spans = [(flat[i], flat[i + 1], flat[i + 2]) for i in range(0, len(flat), 3)]
        for first, second in provider_overlaps(spans):
            report.overlap_rows.extend((provider, first, second))
    report.appointments_file = ctx.mapping.file("appointments")


MODELS = {
    "insurance": InsurancePolicy,
    "authorizations": Authorization,
    "open_ar": OpeningBalance,
    "appointments": Appointment,
}


def _tally(ctx: _Context, kind: str, keys: list[str], report: Report) -> None:
    """A dry run's new and already-here counts for a chunk of one file's valid rows (emptied)."""
    present = _present(ctx.session, MODELS[kind], keys, ctx.clinic.id or 0)
    here = sum(1 for key in keys if key in present)
    report.counts[kind].existing += here
    report.counts[kind].new += len(keys) - here
    keys.clear()
    ctx.session.commit()  # the files are read with no transaction open (see run_import)


def provider_overlaps(spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """(earlier row, later row) for each visit that starts before an earlier one of the same provider
    has ended; spans are (start, end, row). Touching visits (one ends as the next starts) are fine."""
    out = []
    latest_end, latest_row = None, 0
    for start, end, row in sorted(spans):
        if latest_end is not None and start < latest_end:
            out.append((min(latest_row, row), max(latest_row, row)))
        if latest_end is None or end > latest_end:
            latest_end, latest_row = end, row
    return out


def _totals(path: Path) -> dict:
    """The control-total file as key -> value: a JSON object, or (a .csv) rows of key and value, as
    old systems print their month-end report; a header row is one more key nobody asks for."""
    content = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".csv":
        rows = [row for row in csv.reader(io.StringIO(content)) if any(cell.strip() for cell in row)]
        if not rows or any(len(row) != 2 for row in rows):
            raise ValueError(path.name)
        return {key.strip(): value.strip() for key, value in rows}
    data = json.loads(content)
    if not isinstance(data, dict):
        raise ValueError(path.name)
    return data


def _control_totals(directory: Path, mapping: Mapping, report: Report) -> None:
    """Check every total the old system's control-total file gives: open AR to the cent, and the
    count of rows of each file it counts. A file that cannot be read is one error among the others."""
    name, keys = mapping.control_totals()
    path = directory / name
    if not path.exists():
        if report.counts["open_ar"].valid:
            report.error(
                name,
                1,
                "open_ar_total",
                "the old system's open AR control total is needed to reconcile open_ar",
            )
        return
    try:
        data = _totals(path)
    except ValueError:
        report.error(
            name,
            1,
            "",
            'is neither a JSON object like {"open_ar_total": "1234.56", "patients": 200} '
            "nor a CSV of two columns, key and value (a header row is fine)",
        )
        return
    theirs = keys["open_ar_total"]
    if theirs in data:
        try:
            report.control_total_cents = parse_cents(str(data[theirs]), allow_negative=True)
        except ValueError:
            report.error(name, 1, theirs, f"{theirs} is not an amount like 1234.56")
    elif report.counts["open_ar"].read:
        report.error(
            name, 1, theirs, f"has no {theirs!r}: name the open AR total's key under control_totals.keys"
        )
    if report.control_total_cents is not None:
        report.reconciled = report.control_total_cents == report.export_ar_cents
        if not report.reconciled:
            difference = report.export_ar_cents - report.control_total_cents
            left_out = report.export_ar_cents - report.open_ar_cents
            of_which = f" ({left_out / 100:,.2f} of it on rows rejected or skipped)" if left_out else ""
            report.error(
                mapping.file("open_ar"),
                0,
                "amount",
                f"open AR in the file adds up to {report.export_ar_cents / 100:,.2f}{of_which} but the old "
                f"system's control total is {report.control_total_cents / 100:,.2f} "
                f"(off by {difference / 100:,.2f})",
            )
    for kind in KINDS:
        if kind == "fee_schedules" or keys.get(kind, kind) not in data:
            continue
        theirs = keys.get(kind, kind)
        try:
            expected = int(str(data[theirs]).replace(",", ""))
        except ValueError:
            report.error(name, 1, theirs, f"{theirs} is not a whole number")
            continue
        report.control_counts[kind] = expected
        if expected != report.counts[kind].read:
            report.error(
                mapping.file(kind),
                0,
                "",
                f"the old system counts {expected:,} {kind.replace('_', ' ')} ({name}: {theirs}) but the "
                f"file has {report.counts[kind].read:,} rows",
            )


# -- the write pass ---------------------------------------------------------------------------------------


def _present(session: Session, model, keys: list[str], clinic_id: int) -> set[str]:
    """The keys already here (a second run adds nothing)."""
    found: set[str] = set()
    for i in range(0, len(keys), 1000):
        # Filter the clinic here, not in SQL: a clinic_id condition lets the planner AND in the whole
        # clinic's index, which the rows just copied in make huge while its statistics think it small.
        scoped = hasattr(model, "clinic_id")
        query = select(model.legacy_id, model.clinic_id if scoped else model.legacy_id).where(
            col(model.legacy_id).in_(keys[i : i + 1000])
        )
        found |= {key for key, owner in session.exec(query).all() if not scoped or owner == clinic_id}
    return found


class _Ids:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.next: dict[str, int] = {}

    def take(self, table: str, n: int = 1) -> int:
        if table not in self.next:
            largest = self.session.execute(text(f'SELECT MAX(id) FROM "{table}"')).scalar_one()
            self.next[table] = (largest or 0) + 1
        first = self.next[table]
        self.next[table] += n
        return first


def _write(directory: Path, ctx: _Context, report: Report, actor: Actor) -> None:
    session, conn, now = ctx.session, ctx.session.connection(), utcnow()
    ids = _Ids(session)
    clinic_id = ctx.clinic.id or 0
    patients: dict[str, int] = dict(ctx.existing)
    new_patients: list[int] = []
    batch: list[tuple] = []
    for rec in _typed(directory, "patients", ctx):
        if rec["legacy_id"] in patients or rec["legacy_id"] in ctx.merge:
            report.counts["patients"].existing += rec["legacy_id"] in patients
            continue
        pid = ids.take("patient")
        patients[rec["legacy_id"]] = pid
        new_patients.append(pid)
        batch.append(
            (
                pid,
                clinic_id,
                rec["first_name"],
                rec["last_name"],
                rec["birth_date"],
                rec["sex"],
                rec["phone"],
                rec["email"],
                rec["address"],
                rec["city"],
                rec["state"],
                rec["postal_code"],
                search_key(rec["first_name"], rec["last_name"]),
                rec["legacy_id"],
                False,
                now,
                now,
            )
        )
        if len(batch) >= CHUNK:
            insert_rows(conn, "patient", PATIENT_COLUMNS, batch)
            batch.clear()
    insert_rows(conn, "patient", PATIENT_COLUMNS, batch)
    report.counts["patients"].new = len(new_patients)
    for legacy, target in ctx.merge.items():
        if target in patients:
            patients[legacy] = patients[target]

    def rows_of(kind: str) -> Iterator[list[dict]]:
        chunk: list[dict] = []
        for rec in _typed(directory, kind, ctx):
            chunk.append(rec)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    specs = (
        (
            "insurance",
            InsurancePolicy,
            "insurance_policy",
            (*INSURANCE_POLICY_COLUMNS, "legacy_id"),
        ),
        (
            "authorizations",
            Authorization,
            "prior_authorization",
            (
                "id",
                "patient_id",
                "payer_id",
                *AUTHORIZATION_TERMS,
                "status",
                "legacy_id",
                "created_at",
            ),
        ),
        (
            "open_ar",
            OpeningBalance,
            "opening_balance",
            (
                "id",
                "clinic_id",
                "patient_id",
                "payer_id",
                "legacy_id",
                "service_date",
                "amount_cents",
                "description",
                "created_at",
            ),
        ),
        (
            "appointments",
            Appointment,
            "appointment",
            (
                "id",
                "clinic_id",
                "patient_id",
                "provider_id",
                "appointment_type_id",
                "starts_at",
                "ends_at",
                "status",
                "cancel_reason",
                "late_cancel",
                "progress_due",
                "legacy_id",
                "created_at",
            ),
        ),
    )
    for kind, model, table, cols in specs:
        for chunk in rows_of(kind):
            present = _present(session, model, [r["legacy_id"] for r in chunk], clinic_id)
            fresh = [r for r in chunk if r["legacy_id"] not in present]
            report.counts[kind].existing += len(chunk) - len(fresh)
            report.counts[kind].new += len(fresh)
            first = ids.take(table, len(fresh))
            out = []
            for n, r in enumerate(fresh):
                values = {
                    **r,
                    "id": first + n,
                    "patient_id": patients[r["patient"]],
                    "clinic_id": clinic_id,
                    "status": r.get("status", "approved"),
                    "created_at": now,
                    "cancel_reason": "",
                    "late_cancel": False,
                    "progress_due": False,
                }
                out.append(tuple(values[c] for c in cols))
            insert_rows(conn, table, cols, out)
    _write_fees(directory, ctx, report)
    # One audit entry per patient created, streamed in bulk (the chain lock is this transaction's last).
    append_many(
        session,
        actor,
        (
            Event(
                "migration.import",
                clinic_id=clinic_id,
                patient_id=pid,
                record_type="patient",
                record_id=pid,
                detail="created from the old system's export",
            )
            for pid in new_patients
        ),
    )
    reset_sequences(conn)
    counts = ", ".join(f"{k} {v.new} new/{v.existing} kept" for k, v in report.counts.items())
    record(
        session, actor, [Event("migration.import", clinic_id=clinic_id, record_type="import", detail=counts)]
    )


FeeGroups = dict[tuple[int, date], tuple[str, list[FeeEntry]]]


def _fee_group(groups: FeeGroups, rec: dict) -> None:
    name, entries = groups.setdefault((rec["payer_id"], rec["effective_from"]), (rec["name"], []))
    entries.append(FeeEntry(cpt=rec["cpt"], modifier=rec["modifier"], amount_cents=rec["amount_cents"]))


def _compare_fees(ctx: _Context, report: Report, groups: FeeGroups, count: bool) -> None:
    """A payer's schedule for a date that is already here (set up by init, or an earlier import) is
    replaced by the export's, as an upload of the same date would be: said, with how it differs, so
    the clinic can give the export's schedule a date of its own instead. Counted when `count` (a dry
    run: the write counts what it writes)."""
    names = {pid: name for pid, name in ctx.session.exec(select(Payer.id, Payer.name)).all()}
    for (payer_id, start), (_, entries) in groups.items():
        have = current_fees(ctx.session, payer_id=payer_id, effective_from=start)
        theirs = {(e.cpt, e.modifier): e.amount_cents for e in entries}
        if count and have == theirs:
            report.counts["fee_schedules"].existing += len(entries)
        elif count:
            report.counts["fee_schedules"].new += len(entries)
        if have is None or have == theirs:
            continue
        differ = sum(1 for key in theirs.keys() & have.keys() if theirs[key] != have[key])
        added, dropped = len(theirs.keys() - have.keys()), len(have.keys() - theirs.keys())
        prices = f"other prices for {counted(differ, 'code')}" if differ else "the same prices"
        report.warn(
            ctx.mapping.file("fee_schedules"),
            0,
            "effective_from",
            f"{names.get(payer_id, payer_id)} already has a fee schedule from {start:%Y-%m-%d}: the export's "
            f"replaces it ({prices}, {counted(added, 'code')} only in the export, {dropped} only in the one "
            "here); to keep both, give the export's schedule another effective_from",
        )
    ctx.session.commit()  # the files are read with no transaction open (see run_import)


def _write_fees(directory: Path, ctx: _Context, report: Report) -> None:
    groups: FeeGroups = {}
    for rec in _typed(directory, "fee_schedules", ctx):
        _fee_group(groups, rec)
    for (payer_id, start), (name, entries) in groups.items():
        if fee_schedule_matches(ctx.session, payer_id=payer_id, effective_from=start, entries=entries):
            report.counts["fee_schedules"].existing += len(entries)
            continue
        save_fee_schedule(ctx.session, payer_id=payer_id, name=name, effective_from=start, entries=entries)
        report.counts["fee_schedules"].new += len(entries)


def run_import(
    session: Session,
    *,
    actor: Actor,
    directory: Path,
    mapping: Mapping,
    clinic_name: str | None = None,
    dry_run: bool = False,
    sample: float | None = None,
) -> Report:
    """Validate, reconcile and (unless a dry run or a sample) write; the report says what happened."""
    if sample is not None and not 0 < sample <= 1:
        raise Invalid("the sample is a fraction of patients between 0 and 1, e.g. 0.15")
    if not directory.is_dir():
        raise NotFound("the import directory does not exist")
    name = clinic_name or mapping.raw.get("clinic") or ""
    clinics = session.exec(select(Clinic)).all()
    clinic = (
        next((c for c in clinics if c.name.lower() == name.lower()), None)
        if name
        else (clinics[0] if len(clinics) == 1 else None)
    )
    if clinic is None:
        if not clinics:
            raise Invalid("there is no clinic yet: set it up first with `therascribe init` (README)")
        if name:
            raise Invalid(
                f"no clinic is called that; the clinics are: {', '.join(sorted(c.name for c in clinics))}"
            )
        raise Invalid("name the clinic to import into (--clinic, or 'clinic' in the mapping)")
    require(session, actor, Action.patient_write, clinic_id=clinic.id or 0, record_type="import")
    require(session, actor, Action.payment_write, clinic_id=clinic.id or 0, record_type="import")
    report = Report(str(directory), mapping.path, clinic.name, dry_run or sample is not None, sample)
    ctx = _Context(session, clinic, mapping)
    # What rows are checked against is read; the files are read and checked with no transaction open.
    session.commit()
    _validate(directory, ctx, report, sample)
    if sample is None:
        _control_totals(directory, mapping, report)
    if report.error_count or report.dry_run:
        session.rollback()
        return report
    for kind in CHECKS:
        _typed(directory, kind, ctx)
    lock(session, f"migration-{clinic.id}")
    ctx.read_patients()
    ctx.by_birth.clear()
    with committed(session):
        _write(directory, ctx, report, actor)
    report.committed = True
    return report
