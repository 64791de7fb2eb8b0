"""Mapping a real export (issue #21): columns combined, values translated, fields derived, control-total
keys renamed, wide fee schedules; checks on the data (every time 00:00, visits used mapped as left);
and a report on a faulty export that says each fault once: rows of a rejected patient are skipped, not
new faults; the AR gap is the export's own; identical messages are grouped; overlaps are warnings."""

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import Session
from test_first_day import MAPPING, SETUP_YAML

from bench.legacy_export import write_other_system_export
from core.actor import Actor
from core.clinics.setup import apply_setup, parse_spec
from core.migration.importer import grouped, provider_overlaps, run_import
from core.migration.rows import Bad, Mapping, RowError, derive, parse_formula, translate

CLI = Actor(user_id=0, email="cli@localhost", roles={1: "owner"}, client_address="cli")


@pytest.mark.parametrize(
    ("formula", "row", "value"),
    [
        ("visits_approved - visits_used", {"visits_approved": "12", "visits_used": "5"}, "7"),
        ("a + b - 1", {"a": "2", "b": "3"}, "4"),
        ("20 - used", {"used": "20"}, "0"),
        ("a - b", {"a": "", "b": "3"}, ""),  # an empty field: the field's default applies
        ("a-b", {"a": "3", "b": "5"}, "-2"),
    ],
)
def test_derive(formula: str, row: dict, value: str) -> None:
    assert derive(formula, row) == value


@pytest.mark.parametrize("formula", ["", "a * b", "a b", "- ", "a -", "a + (b)"])
def test_a_formula_that_is_not_sums_and_differences_is_refused(formula: str) -> None:
    with pytest.raises(ValueError):
        parse_formula(formula)


def test_a_field_that_is_not_a_number_is_named() -> None:
    with pytest.raises(Bad) as caught:
        derive("approved - used", {"approved": "12", "used": "twelve"})
    assert caught.value.column == "used"


@given(st.integers(0, 999), st.integers(0, 999))
def test_visits_left_is_approved_minus_used(approved: int, used: int) -> None:
    row = {"visits_approved": str(approved), "visits_used": str(used)}
    assert int(derive("visits_approved - visits_used", row)) == approved - used


@pytest.mark.parametrize(
    ("value", "out"), [("Primary", "1"), ("PRIMARY", "1"), ("secondary", "2"), ("Other", "Other"), ("", "")]
)
def test_translate(value: str, out: str) -> None:
    assert translate(value, {"Primary": 1, "Secondary": "2"}) == out


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 60)), max_size=12))
def test_overlaps_are_the_pairs_that_share_time(spans: list[tuple[int, int]]) -> None:
    rows = [(start, start + length, n + 2) for n, (start, length) in enumerate(spans)]
    found = provider_overlaps(rows)
    overlapping = {
        r for a in rows for b in rows if a[2] != b[2] and a[0] < b[1] and b[0] < a[1] for r in (a[2],)
    }
    # Every visit that shares time with another is named at least once, and nothing else is.
    assert {r for pair in found for r in pair} == overlapping


def test_identical_messages_are_grouped_with_counts_and_first_rows() -> None:
    errors = [RowError("appointments.csv", n, "provider", "provider names no provider") for n in range(2, 40)]
    errors.insert(3, RowError("fee_schedules.csv", 1, "", "missing required columns: CPT (for cpt)"))
    groups = grouped(errors)
    assert groups[0]["file"] == "fee_schedules.csv"  # a file that cannot be read comes first
    assert groups[1] == {
        "file": "appointments.csv",
        "column": "provider",
        "message": "provider names no provider",
        "count": 38,
        "rows": [2, 3, 4, 5, 6],
    }


def _setup(engine) -> None:  # type: ignore[no-untyped-def]
    import yaml

    with Session(engine) as session:
        apply_setup(session, actor=CLI, spec=parse_spec(yaml.safe_load(SETUP_YAML)), owner_password="x" * 12)


def _mapping(tmp_path: Path, **changes: object) -> Mapping:
    data = json.loads(json.dumps(MAPPING))
    data.update(changes)
    path = tmp_path / f"mapping-{len(list(tmp_path.glob('mapping-*')))}.json"
    path.write_text(json.dumps(data))
    return Mapping.load(path)


def _rewrite(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    lines = path.read_text().splitlines()
    path.write_text("\n".join(change(n, line) for n, line in enumerate(lines, start=1)) + "\n")


def test_a_faulty_export_is_reported_once_per_fault(empty_db: tuple[str, Engine], tmp_path: Path) -> None:
    _, engine = empty_db
    _setup(engine)
    export = tmp_path / "export"
    write_other_system_export(
        export, patients=40, appointments=320, providers=["Christian Diaz"], types=["PT follow-up"]
    )

    # Two patients rejected (an impossible birth date, no last name): rows 5 and 9 are L000003 and L000007.
    def reject(n: int, line: str) -> str:
        cells = line.split(",")
        if n == 5:
            cells[3] = "02/30/1970"
        if n == 9:
            cells[2] = ""
        return ",".join(cells)

    _rewrite(export / "patients.csv", reject)
    # The export's own AR gap: one balance 12.34 more than the control total counts.
    ar = (export / "open_ar.csv").read_text().splitlines()
    cells = ar[3].split(",")
    cells[4] = f"{float(cells[4]) + 12.34:.2f}"
    ar[3] = ",".join(cells)
    (export / "open_ar.csv").write_text("\n".join(ar) + "\n")
    # 25 visits with a therapist nobody set up: one message, counted.
    _rewrite(
        export / "appointments.csv",
        lambda n, line: line.replace("Christian Diaz", "Dr. Nobody") if 100 <= n < 125 else line,
    )
    with Session(engine) as session:
        report = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path))
    assert not report.committed
    files_of_faults = {(e.file, e.column) for e in report.errors}
    # The rejected patients' insurance, authorizations, AR and visits are skipped, not faults of their own.
    assert ("insurance.csv", "patient_legacy_id") not in files_of_faults
    assert ("appointments.csv", "patient_legacy_id") not in files_of_faults
    assert report.skipped_lines()[0].startswith(
        "skipped: patient L000003 was rejected, see patients.csv row 5 ("
    )
    assert {s["patient"] for s in report.skipped.values()} == {"L000003", "L000007"}
    gap = [e.message for e in report.errors if e.file == "open_ar.csv"]
    assert len(gap) == 1 and "(off by 12.34)" in gap[0], gap
    assert "control total is" in gap[0] and "adds up to" in gap[0]
    providers = [g for g in grouped(report.errors) if g["column"] == "provider"]
    assert (
        len(providers) == 1
        and providers[0]["count"] == 25
        and providers[0]["rows"] == [100, 101, 102, 103, 104]
    )
    assert {(e.file, e.row) for e in report.errors if e.file == "patients.csv"} == {
        ("patients.csv", 5),
        ("patients.csv", 9),
    }


def test_checks_on_the_data_and_the_control_totals(empty_db: tuple[str, Engine], tmp_path: Path) -> None:
    _, engine = empty_db
    _setup(engine)
    export = tmp_path / "export"
    write_other_system_export(
        export, patients=20, appointments=60, providers=["Christian Diaz"], types=["PT follow-up"]
    )
    # The date alone as the start: every visit would be at midnight.
    date_only = json.loads(json.dumps(MAPPING))
    date_only["files"]["appointments"]["columns"]["start"] = "Appt Date"
    date_only["datetime_formats"] = ["%m/%d/%Y"]
    with Session(engine) as session:
        report = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path, **date_only))
    assert [e.message for e in report.errors if e.column == "start"][0].startswith(
        "every appointment (60) starts at 00:00"
    )
    # Visits used mapped as if they were visits left, with no derive: fine where used <= approved, so the
    # derive is what gets it right; a derive that runs the wrong way (used - approved) is refused.
    backwards = json.loads(json.dumps(MAPPING))
    backwards["files"]["authorizations"]["derive"] = {"visits_left": "visits_used - visits_approved"}
    with Session(engine) as session:
        report = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path, **backwards))
    assert any("below zero" in e.message for e in report.errors if e.file == "authorizations.csv")
    # The export's own counts are checked; a missing fee-schedule file is said.
    totals = json.loads((export / "totals.json").read_text())
    (export / "totals.json").write_text(json.dumps({**totals, "Patient Count": 21}))
    (export / "fee_schedules.csv").unlink()
    with Session(engine) as session:
        report = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path), dry_run=True)
    assert [e.message for e in report.errors] == [
        "the old system counts 21 patients (totals.json: Patient Count) but the file has 20 rows"
    ]
    assert [w.message for w in report.warnings if w.file == "fee_schedules.csv"] == [
        "no fee_schedules.csv in the folder: nothing of fee schedules is imported "
        "(the mapping's files.fee_schedules.file names it)"
    ]
    # A file the clinic's own mapping names must be there.
    named = json.loads(json.dumps(MAPPING))
    named["files"]["fee_schedules"]["file"] = "fees.csv"
    with Session(engine) as session:
        report = run_import(
            session, actor=CLI, directory=export, mapping=_mapping(tmp_path, **named), dry_run=True
        )
    assert ("fees.csv", "is not in the folder, though the mapping names it for fee_schedules") in {
        (e.file, e.message) for e in report.errors
    }
    # A control-total file under a key the mapping does not name is one error among the others.
    (export / "totals.json").write_text(json.dumps({"Balance": totals["AR Balance"]}))
    with Session(engine) as session:
        report = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path))
    assert [e.message for e in report.errors] == [
        "has no 'AR Balance': name the open AR total's key under control_totals.keys"
    ]


def test_wide_fee_columns_and_overlaps(empty_db: tuple[str, Engine], tmp_path: Path) -> None:
    _, engine = empty_db
    _setup(engine)
    export = tmp_path / "export"
    write_other_system_export(
        export, patients=10, appointments=30, providers=["Christian Diaz"], types=["PT follow-up"]
    )
    shutil.copy(export / "appointments.csv", tmp_path / "appointments.csv")
    # The same therapist twice at once: allowed, imported, listed as a warning with both rows.
    lines = (export / "appointments.csv").read_text().splitlines()
    first = lines[1].split(",")
    twin = lines[2].split(",")
    twin[4], twin[5] = first[4], first[5]
    lines[2] = ",".join(twin)
    (export / "appointments.csv").write_text("\n".join(lines) + "\n")
    wrong_wide = json.loads(json.dumps(MAPPING))
    wrong_wide["files"]["fee_schedules"]["wide"] = {"Medicare Fee": "Medicare Part B"}
    with Session(engine) as session:
        report = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path, **wrong_wide))
    assert [e.message for e in report.errors] == [
        "missing required columns: Medicare Fee (a payer's amounts, 'wide')"
    ]
    with Session(engine) as session:
        report = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path))
    assert report.committed and report.overlaps() == [{"provider_id": 1, "rows": [2, 3]}]
    assert [(w.row, w.column) for w in report.all_warnings()] == [(3, "start")]
    assert report.as_dict()["warning_groups"][0]["rows"] == [3]


def test_visits_whose_status_and_time_disagree_are_warnings(
    empty_db: tuple[str, Engine], tmp_path: Path
) -> None:
    _, engine = empty_db
    _setup(engine)
    export = tmp_path / "export"
    write_other_system_export(
        export, patients=5, appointments=6, providers=["Christian Diaz"], types=["PT follow-up"]
    )
    lines = (export / "appointments.csv").read_text().splitlines()
    future, past = lines[2].split(","), lines[3].split(",")
    future[4], future[7] = "01/12/2099", "Completed"
    past[7] = "Scheduled"
    lines[2], lines[3] = ",".join(future), ",".join(past)
    (export / "appointments.csv").write_text("\n".join(lines) + "\n")
    with Session(engine) as session:
        report = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path), dry_run=True)
    assert report.error_count == 0
    assert [(w.row, w.message) for w in report.all_warnings()] == [
        (3, "is completed but starts in the future"),
        (4, "is still scheduled but started in the past (it will wait for a check-in)"),
    ]


def test_control_totals_may_be_a_two_column_csv(empty_db: tuple[str, Engine], tmp_path: Path) -> None:
    _, engine = empty_db
    _setup(engine)
    export = tmp_path / "export"
    write_other_system_export(
        export, patients=8, appointments=20, providers=["Christian Diaz"], types=["PT follow-up"]
    )
    totals = json.loads((export / "totals.json").read_text())
    (export / "totals.csv").write_text(
        "Report Item,Value\n" + "".join(f'{key},"{value}"\n' for key, value in totals.items())
    )
    as_csv = json.loads(json.dumps(MAPPING))
    as_csv["control_totals"]["file"] = "totals.csv"
    with Session(engine) as session:
        report = run_import(
            session, actor=CLI, directory=export, mapping=_mapping(tmp_path, **as_csv), dry_run=True
        )
    assert report.error_count == 0 and report.reconciled, report.errors
    assert report.control_counts["patients"] == 8
    (export / "totals.csv").write_text("Report Item,Value,Date\nAR Balance,12.00,11/30/2026\n")
    with Session(engine) as session:
        report = run_import(
            session, actor=CLI, directory=export, mapping=_mapping(tmp_path, **as_csv), dry_run=True
        )
    assert [e.message for e in report.errors] == [
        'is neither a JSON object like {"open_ar_total": "1234.56", "patients": 200} '
        "nor a CSV of two columns, key and value (a header row is fine)"
    ]


def test_a_fee_schedule_init_made_for_the_same_payer_and_date_is_replaced_and_said(
    empty_db: tuple[str, Engine], tmp_path: Path
) -> None:
    from sqlalchemy import text

    _, engine = empty_db
    _setup(engine)  # Blue Cross PPO from 2026-01-01: 97110 38.00, 97140 35.50, 97161 150.00
    export = tmp_path / "export"
    write_other_system_export(
        export, patients=5, appointments=6, providers=["Christian Diaz"], types=["PT follow-up"]
    )
    _rewrite(
        export / "fee_schedules.csv",
        lambda n, line: (
            line
            if n == 1
            else ",".join("01/01/2026" if i == 2 else cell for i, cell in enumerate(line.split(",")))
        ),
    )
    said = "Blue Cross PPO already has a fee schedule from 2026-01-01: the export's replaces it "
    with Session(engine) as session:
        dry = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path), dry_run=True)
    warned = [w.message for w in dry.warnings if w.column == "effective_from"]
    assert len(warned) == 1 and warned[0].startswith(said), warned
    assert (
        "only in the export" in warned[0] and "give the export's schedule another effective_from" in warned[0]
    )
    assert dry.counts["fee_schedules"].new == 8 and dry.counts["patients"].new == 5
    with Session(engine) as session:
        done = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path))
    assert done.committed and [w.message for w in done.warnings if w.column == "effective_from"] == warned
    with engine.connect() as conn:
        schedules = conn.execute(
            text(
                "SELECT COUNT(*) FROM fee_schedule s JOIN payer p ON p.id = s.payer_id "
                "WHERE p.name = 'Blue Cross PPO'"
            )
        ).scalar_one()
    assert schedules == 1  # the export's, in place of init's: one schedule per payer and date
    with Session(engine) as session:
        again = run_import(session, actor=CLI, directory=export, mapping=_mapping(tmp_path), dry_run=True)
    assert not [w for w in again.warnings if w.column == "effective_from"]
    assert again.counts["fee_schedules"].existing == 8 and again.counts["fee_schedules"].new == 0
