"""Importing the old system: a clean export goes in once (a second run changes nothing); an export
with bad rows gets a row-by-row report and writes nothing; a sample is a dry run."""

import base64
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Practice
from sqlalchemy import Engine, text
from sqlmodel import Session

from bench.legacy_export import add_import_clinic, write_export
from core.actor import Actor
from core.audit.service import verify
from core.errors import Forbidden, Invalid
from core.migration.fhir import bundle_to_export, export_bundle
from core.migration.importer import run_import
from core.migration.rows import Mapping

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

OWNER = Actor(user_id=0, email="owner@fixture.example.org", roles={1: "owner"})
TABLES = (
    "patient",
    "insurance_policy",
    "prior_authorization",
    "opening_balance",
    "appointment",
    "fee_schedule_entry",
    "audit_entry",
)


def _clinic(engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        add_import_clinic(session)


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES}


def _mapping() -> Mapping:
    mapping = Mapping.load()
    mapping.raw["payers"] = {"BCBS": "Blue Cross PPO"}
    return mapping


def test_a_clean_export_imports_once_and_a_second_run_changes_nothing(
    empty_db: tuple[str, Engine], tmp_path: Path
) -> None:
    _, engine = empty_db
    _clinic(engine)
    totals = write_export(
        tmp_path, patients=40, appointments=400, providers=["Christian Diaz"], types=["PT follow-up"]
    )
    with Session(engine) as session:
        sample = run_import(session, actor=OWNER, directory=tmp_path, mapping=_mapping(), sample=0.25)
    assert not sample.committed and sample.dry_run and 0 < sample.counts["patients"].read < 40
    assert _counts(engine)["patient"] == 0
    with Session(engine) as session:
        first = run_import(session, actor=OWNER, directory=tmp_path, mapping=_mapping())
    assert first.committed and first.error_count == 0 and first.reconciled
    assert first.open_ar_cents == first.control_total_cents == totals["open_ar_cents"]
    assert {k: v.new for k, v in first.counts.items()} == {
        "patients": 40,
        "insurance": 40,
        "authorizations": 13,
        "open_ar": 10,
        "appointments": 400,
        "fee_schedules": 4,
    }
    after_first = _counts(engine)
    with Session(engine) as session:
        second = run_import(session, actor=OWNER, directory=tmp_path, mapping=_mapping())
    assert second.committed and all(v.new == 0 for v in second.counts.values())
    assert second.counts["appointments"].existing == 400
    after = _counts(engine)
    assert {k: v for k, v in after.items() if k != "audit_entry"} == {
        k: v for k, v in after_first.items() if k != "audit_entry"
    }
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT p.first_name, p.birth_date, i.member_id, i.copay_cents FROM patient p "
                "JOIN insurance_policy i ON i.patient_id = p.id WHERE p.legacy_id = 'L000004'"
            )
        ).one()
        left = conn.execute(
            text("SELECT visits_approved - visits_used FROM prior_authorization WHERE legacy_id = 'A000004'")
        ).scalar_one()
        ar = conn.execute(text("SELECT SUM(amount_cents) FROM opening_balance")).scalar_one()
        audited = conn.execute(
            text(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'migration.import' "
                "AND patient_id IS NOT NULL"
            )
        ).scalar_one()
    assert (row[0], str(row[1]), row[2], row[3]) == ("Carlos", "1958-04-12", "M000000004", 2500)
    assert 0 <= left <= 12 and ar == totals["open_ar_cents"] and audited == 40
    with Session(engine) as session:
        assert verify(session).ok  # the bulk-written audit entries chain like any others


BAD_PATIENTS = (
    "\ufeffpatient_id;first_name;last_name;dob;sex;phone;email;address;city;state;zip\n"
    "P1;Maria;Lopez;03/14/1961;F;;;;;;\n"
    "P2;Jon;Smith;1961-13-45;M;;;;;;\n"  # wrong format / impossible month
    "P3;Ann;Lee;02/30/1970;F;;;;;;\n"  # impossible date
    "P4;María;Lopez;03/14/1961;F;;;;;;\n"  # the same person as P1, loosely
    "P1;Maria;Lopez;03/14/1961;F;;;;;;\n"  # legacy id twice
    "P5;Li;Wong;01/02/1950;Q;;;;;;\n"  # sex
    "P6;Kim;Park;07/04/1955;F;;;;;;\n"
)
BAD_INSURANCE = (
    "patient_id,payer,member_id,group_number,priority,subscriber,relationship,effective_from,effective_to,copay,coinsurance\n"
    "P1,Medicare Part B,M1,,1,,self,01/01/2025,,0,20\n"
    "P6,Acme Health,M6,,1,,self,01/01/2025,,10,0\n"  # unknown payer
    "P9,Medicare Part B,M9,,1,,self,01/01/2025,,0,20\n"  # unknown patient
)
BAD_AUTHS = "auth_id,patient_id,payer,discipline,start_date,end_date\nA1,P1,BCBS,PT,10/01/2026,12/31/2026\n"
BAD_AR = "item_id,patient_id,payer,service_date,balance\nR1,P1,,10/15/2026,120.50\nR2,P6,,10/16/2026,80.00\n"
BAD_APPOINTMENTS = (
    "appointment_id,patient_id,provider,type,start,duration,status\n"
    "V1,P1,Christian Diaz,PT follow-up,2026-03-02 09:00,45,Completed\n"
    "V2,P6,Dr. Nobody,PT follow-up,2026-03-03 09:00,45,Completed\n"  # unknown provider
    "V3,P6,Christian Diaz,PT follow-up,2026-02-30 09:00,45,Completed\n"  # impossible date
    "V4,P6,Christian Diaz,PT follow-up,2026-03-04 09:00,45,Teleported\n"  # unknown status
)


def test_an_export_with_bad_rows_gets_a_report_row_by_row_and_writes_nothing(
    empty_db: tuple[str, Engine], tmp_path: Path
) -> None:
    _, engine = empty_db
    _clinic(engine)
    (tmp_path / "patients.csv").write_text(BAD_PATIENTS, encoding="utf-8")
    (tmp_path / "insurance.csv").write_text(BAD_INSURANCE)
    (tmp_path / "authorizations.csv").write_text(BAD_AUTHS)
    (tmp_path / "open_ar.csv").write_text(BAD_AR)
    (tmp_path / "appointments.csv").write_text(BAD_APPOINTMENTS)
    (tmp_path / "control_totals.json").write_text(json.dumps({"open_ar_total": "200.00"}))
    before = _counts(engine)
    with Session(engine) as session:
        report = run_import(session, actor=OWNER, directory=tmp_path, mapping=_mapping())
    assert not report.committed and _counts(engine) == before
    found = {(e.file, e.row, e.column) for e in report.errors}
    assert found == {
        ("patients.csv", 3, "birth_date"),
        ("patients.csv", 4, "birth_date"),
        ("patients.csv", 5, "first_name"),
        ("patients.csv", 6, "legacy_id"),
        ("patients.csv", 7, "sex"),
        ("insurance.csv", 3, "payer"),
        ("insurance.csv", 4, "patient_legacy_id"),
        ("authorizations.csv", 1, ""),
        ("open_ar.csv", 0, "amount"),
        ("appointments.csv", 3, "provider"),
        ("appointments.csv", 4, "start"),
        ("appointments.csv", 5, "status"),
    }
    assert report.duplicates == [{"row": 5, "legacy_id": "P4", "matches": "P1", "where": "row 2"}]
    assert (
        report.reconciled is False and report.open_ar_cents == 20050 and report.control_total_cents == 20000
    )
    messages = " ".join(e.message for e in report.errors)
    assert "visits_approved" in messages and "off by 0.50" in messages
    assert "Maria" not in messages and "1961" not in messages  # no patient data in the report's words


def test_merging_a_known_duplicate_and_who_may_import(empty_db: tuple[str, Engine], tmp_path: Path) -> None:
    _, engine = empty_db
    _clinic(engine)
    (tmp_path / "patients.csv").write_text(
        "patient_id,first_name,last_name,dob\nP1,Maria,Lopez,03/14/1961\nP4,María,Lopez,03/14/1961\n"
    )
    (tmp_path / "appointments.csv").write_text(
        "appointment_id,patient_id,provider,type,start,duration,status\n"
        "V1,P4,1016613188,PT follow-up,2026-03-02 09:00,45,Completed\n"
    )
    mapping = _mapping()
    mapping.raw["merge"] = {"P4": "P1"}
    with Session(engine) as session, pytest.raises(Forbidden):
        run_import(
            session,
            actor=Actor(user_id=0, email="t@x.org", roles={1: "therapist"}),
            directory=tmp_path,
            mapping=mapping,
        )
    with Session(engine) as session:
        report = run_import(session, actor=OWNER, directory=tmp_path, mapping=mapping)
    assert report.committed and report.counts["patients"].new == 1
    with engine.connect() as conn:
        owner = conn.execute(
            text("SELECT p.legacy_id FROM appointment a JOIN patient p ON p.id = a.patient_id")
        ).one()
    assert owner[0] == "P1"
    with Session(engine) as session, pytest.raises(Invalid):
        run_import(session, actor=OWNER, directory=tmp_path, mapping=mapping, sample=1.5)


def test_a_clinics_own_mapping_renames_columns(empty_db: tuple[str, Engine], tmp_path: Path) -> None:
    _, engine = empty_db
    _clinic(engine)
    (tmp_path / "pts.csv").write_text("Chart No|Given|Family|Birth Date\n77|Wei|Chen|1970-05-06\n")
    custom = tmp_path / "mapping.json"
    custom.write_text(
        json.dumps(
            {
                "clinic": "Riverside Therapy",
                "files": {
                    "patients": {
                        "file": "pts.csv",
                        "columns": {
                            "legacy_id": "Chart No",
                            "first_name": "Given",
                            "last_name": "Family",
                            "birth_date": "Birth Date",
                        },
                    }
                },
            }
        )
    )
    with Session(engine) as session:
        report = run_import(session, actor=OWNER, directory=tmp_path, mapping=Mapping.load(custom))
    assert report.committed and report.counts["patients"].new == 1


def test_fhir_bundles_go_out_and_come_back_without_duplicates(
    empty_db: tuple[str, Engine], new_db: Callable[[str], tuple[str, Engine]], tmp_path: Path
) -> None:
    url, engine = empty_db
    _clinic(engine)
    write_export(
        tmp_path / "csv", patients=12, appointments=36, providers=["Christian Diaz"], types=["PT follow-up"]
    )
    with Session(engine) as session:
        assert run_import(session, actor=OWNER, directory=tmp_path / "csv", mapping=_mapping()).committed
        bundle = export_bundle(session, actor=OWNER, clinic_id=1)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Patient") == 12 and kinds.count("Coverage") == 12 and kinds.count("Appointment") == 36
    _, other = new_db("sqlite" if url.startswith("sqlite") else "postgresql")
    _clinic(other)
    for attempt in range(2):
        folder = tmp_path / f"fhir{attempt}"
        folder.mkdir()
        counts = bundle_to_export(json.dumps(bundle), folder, "America/Chicago", _mapping())
        assert counts == {"patients": 12, "insurance": 12, "appointments": 36}
        with Session(other) as session:
            report = run_import(session, actor=OWNER, directory=folder, mapping=_mapping())
        assert report.committed and report.error_count == 0, report.errors
        new = {k: v.new for k, v in report.counts.items() if k in ("patients", "insurance", "appointments")}
        assert new == (
            {"patients": 12, "insurance": 12, "appointments": 36}
            if attempt == 0
            else {"patients": 0, "insurance": 0, "appointments": 0}
        )
    with engine.connect() as a, other.connect() as b:
        query = text(
            "SELECT p.legacy_id, p.birth_date, a.starts_at FROM appointment a JOIN patient p "
            "ON p.id = a.patient_id ORDER BY p.legacy_id, a.starts_at"
        )
        assert [tuple(map(str, r)) for r in a.execute(query)] == [
            tuple(map(str, r)) for r in b.execute(query)
        ]
    broken = json.dumps(
        {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [{"resource": {"resourceType": "Patient", "birthDate": "not a date"}}],
        }
    )
    with pytest.raises(Invalid):
        bundle_to_export(broken, tmp_path, "America/Chicago", _mapping())


def test_signed_notes_leave_as_document_references(practice: Practice) -> None:
    owner = practice.actor("owner")
    with practice.session() as session:
        patient = session.exec(
            text("SELECT patient_id FROM note WHERE status = 'signed' AND clinic_id = 1 LIMIT 1")
        ).one()[0]
        bundle = export_bundle(session, actor=owner, clinic_id=1, patient_ids=[patient])
    documents = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "DocumentReference"
    ]
    assert documents and all(d["subject"]["reference"] == f"Patient/{patient}" for d in documents)
    body = base64.b64decode(documents[0]["content"][0]["attachment"]["data"]).decode()
    assert body.startswith("Subjective") and "Assessment" in body
    with practice.session() as session, pytest.raises(Forbidden):
        export_bundle(
            session, actor=practice.actor("front_desk", "riverside"), clinic_id=1, patient_ids=[patient]
        )


def test_a_failure_halfway_through_writing_leaves_nothing(
    empty_db: tuple[str, Engine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, engine = empty_db
    _clinic(engine)
    write_export(tmp_path, patients=10, appointments=30, providers=["Christian Diaz"], types=["PT follow-up"])
    before = _counts(engine)

    def crash(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    import core.migration.importer as importer

    monkeypatch.setattr(importer, "_write_fees", crash)  # after patients, insurance and appointments went in
    with Session(engine) as session, pytest.raises(RuntimeError):
        run_import(session, actor=OWNER, directory=tmp_path, mapping=_mapping())
    assert _counts(engine) == before


def test_the_export_is_read_and_checked_with_no_transaction_open(
    empty_db: tuple[str, Engine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parsing a large export inside the write transaction held SQLite's one write turn (so every
    other request of the clinic) for as long; every file is now read before the write begins."""
    _, engine = empty_db
    _clinic(engine)
    write_export(tmp_path, patients=10, appointments=30, providers=["Christian Diaz"], types=["PT follow-up"])

    import core.migration.importer as importer

    read = importer._records
    open_while_reading: list[str] = []

    def watched(directory, kind, ctx, report, sample):  # type: ignore[no-untyped-def]
        for item in read(directory, kind, ctx, report, sample):
            if ctx.session.in_transaction():
                open_while_reading.append(kind)
            yield item

    monkeypatch.setattr(importer, "_records", watched)
    with Session(engine) as session:
        report = run_import(session, actor=OWNER, directory=tmp_path, mapping=_mapping())
    assert report.committed and report.counts["patients"].new == 10
    assert open_while_reading == []
