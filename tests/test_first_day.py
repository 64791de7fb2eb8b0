"""A real clinic's first day, end to end and the README's way (issue #21): an empty database, `therascribe
init` from a setup file, another system's export (date and time in two columns, 'Primary', visits used,
a wide fee schedule, its own control-total keys) imported through a mapping written as the README says,
then a visit booked and billed through the API on the imported data. On SQLite and PostgreSQL."""

import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import PASSWORD, cli_on
from conftest import PG_SERVER
from note_helpers import open_visit, sign_confirming
from sqlalchemy import text
from typer.testing import CliRunner

from bench.legacy_export import write_other_system_export
from core.config import Settings
from core.db import make_engine

README = (Path(__file__).parent.parent / "README.md").read_text().split("## For a real clinic", 1)[1]
# The README's own examples, so that what it tells a new clinic is what this test runs.
SETUP_YAML = README.split("```yaml\n", 1)[1].split("```", 1)[0]
MAPPING = json.loads(README.split("```json\n", 1)[1].split("```", 1)[0])


@pytest.fixture(params=("sqlite", "postgresql"))
def first_day(request, databases, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The command line in-process on a database nobody has migrated (a new file, or a new PostgreSQL
    database with no table)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'first-day.db'}"
    else:
        name = databases.pg_name()
        with databases._admin() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = f"{PG_SERVER}/{name}"
    yield from cli_on(url, tmp_path / "data", monkeypatch)


def _login(client, email: str, password: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    reply = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


def test_init_import_then_book_and_bill(first_day: str, tmp_path: Path) -> None:
    from web.app import create_app
    from web.cli import app

    runner = CliRunner()
    (tmp_path / "setup.yaml").write_text(SETUP_YAML)
    made = runner.invoke(app, ["init", str(tmp_path / "setup.yaml"), "--json"])
    assert made.exit_code == 0, made.output
    logins = {login["email"]: login["password"] for login in json.loads(made.output)["logins"]}
    again = runner.invoke(app, ["init", str(tmp_path / "setup.yaml")])
    assert again.exit_code == 0 and "nothing to do" in again.output, again.output

    export = tmp_path / "export"
    totals = write_other_system_export(
        export, patients=30, appointments=240, providers=["Christian Diaz"], types=["PT follow-up"]
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(MAPPING))
    described = runner.invoke(app, ["import", "--describe", "--mapping", str(mapping), "--json"])
    assert described.exit_code == 0, described.output
    fields = {(f["file"], f["field"]): f for f in json.loads(described.output)}
    assert fields[("appointments.csv", "start")]["column"] == "Appt Date + Appt Time"
    assert (
        fields[("patients.csv", "birth_date")]["required"]
        and not fields[("patients.csv", "phone")]["required"]
    )

    # At 80 columns: one block per file, no line past the edge; with the folder, a column the mapping
    # names that the file lacks is said, required or not.
    wrong = json.loads(json.dumps(MAPPING))
    wrong["files"]["appointments"]["columns"]["legacy_id"] = "Appt No"
    wrong["files"]["insurance"]["columns"]["group_number"] = "Group #"
    (tmp_path / "wrong.json").write_text(json.dumps(wrong))
    text_out = runner.invoke(
        app,
        ["import", str(export), "--describe", "--mapping", str(tmp_path / "wrong.json")],
        terminal_width=80,
    )
    assert text_out.exit_code == 0, text_out.output
    assert max(len(line) for line in text_out.output.splitlines() if str(tmp_path) not in line) <= 80
    assert "\nappointments: appointments.csv\n" in text_out.output
    assert "  legacy_id (required) <- Appt No  NOT IN THE FILE\n" in text_out.output
    said = " ".join(text_out.output.split())
    assert "appointments.csv has no column 'Appt No' (for legacy_id): the import will refuse the file" in said
    assert "insurance.csv has no column 'Group #' (for group_number, optional): read as empty" in said
    described = runner.invoke(app, ["import", str(export), "--describe", "--mapping", str(mapping)])
    assert "the import will refuse" not in described.output and "is not in the folder" not in described.output

    dry = runner.invoke(app, ["import", str(export), "--mapping", str(mapping), "--dry-run", "--json"])
    assert dry.exit_code == 0, dry.output
    done = runner.invoke(app, ["import", str(export), "--mapping", str(mapping), "--json"])
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    assert report["committed"] and report["reconciled"] and report["error_count"] == 0
    assert report["control_counts"] == {"patients": 30, "authorizations": 10, "appointments": 240}
    new = {
        "patients": 30,
        "insurance": 30,
        "authorizations": 10,
        "open_ar": 8,
        "appointments": 240,
        "fee_schedules": 8,  # 4 codes for two payers; the Aetna column is empty
    }
    assert {k: v["new"] for k, v in report["counts"].items()} == new
    # The dry run said what the import then added; run again, it says there is nothing to add.
    assert {k: v["new"] for k, v in json.loads(dry.output)["counts"].items()} == new
    again = runner.invoke(app, ["import", str(export), "--mapping", str(mapping)], terminal_width=200)
    assert again.exit_code == 0 and "0 problems; nothing to write: everything is already here" in again.output
    dry_again = runner.invoke(app, ["import", str(export), "--mapping", str(mapping), "--dry-run", "--json"])
    assert {k: (v["new"], v["existing"]) for k, v in json.loads(dry_again.output)["counts"].items()} == {
        k: (0, n) for k, n in new.items()
    }
    patients = (export / "patients.csv").read_text().splitlines()
    cells = patients[1].split(",")
    cells[3] = "02/30/1970"
    patients[1] = ",".join(cells)
    (export / "patients.csv").write_text("\n".join(patients) + "\n")
    faulty = runner.invoke(app, ["import", str(export), "--mapping", str(mapping), "--dry-run"])
    assert faulty.exit_code == 1 and "1 problem; dry run: nothing written" in faulty.output, faulty.output
    assert report["open_ar_cents"] == totals["open_ar_cents"]
    verified = runner.invoke(app, ["audit", "verify"])  # setup and import chained into the audit log
    assert verified.exit_code == 0 and "intact" in verified.output, verified.output

    engine = make_engine(first_day)
    with engine.connect() as conn:
        midnight = conn.execute(
            text("SELECT COUNT(*) FROM appointment WHERE starts_at = CAST(starts_at AS DATE)")
        ).scalar_one()
        priorities = {r[0] for r in conn.execute(text("SELECT DISTINCT priority FROM insurance_policy"))}
        wrong_counts = conn.execute(
            text("SELECT COUNT(*) FROM prior_authorization WHERE visits_used > visits_approved")
        ).scalar_one()
        patient_id = conn.execute(
            text(
                "SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id "
                "JOIN payer y ON y.id = i.payer_id WHERE y.name = 'Medicare Part B' ORDER BY p.id LIMIT 1"
            )
        ).scalar_one()
        provider_id, type_id = conn.execute(
            text(
                "SELECT p.id, t.id FROM provider p JOIN appointment_type t ON t.clinic_id = p.clinic_id "
                "WHERE t.name = 'PT follow-up' AND p.credential = 'PT'"
            )
        ).one()
    assert midnight == 0 and priorities == {1} and wrong_counts == 0

    # Book and bill on the imported data: the owner books, the therapist signs, the owner builds the claim.
    settings = Settings(
        database_url=first_day, data_dir=tmp_path / "data", secret_key="t-" + uuid.uuid4().hex
    )
    client = create_app(engine=engine, settings=settings)
    from fastapi.testclient import TestClient

    with TestClient(client) as api:
        owner = _login(api, "dana@lakeside.example.org", PASSWORD)
        booked = api.post(
            "/api/v1/appointments",
            headers=owner,
            json={
                "patient_id": patient_id,
                "provider_id": provider_id,
                "appointment_type_id": type_id,
                "starts_at": "2027-01-11T09:00:00-06:00",
            },
        )
        assert booked.status_code == 201, booked.text
        therapist = _login(api, "cdiaz@lakeside.example.org", logins["cdiaz@lakeside.example.org"])
        visit = open_visit(api, therapist, booked.json()["appointment"]["id"])
        note = api.post(
            f"/api/v1/visits/{visit}/note",
            json={
                "subjective": "Knee pain 3/10.",
                "objective": "Flexion 110 degrees.",
                "assessment": "Improving.",
                "plan": "Continue.",
                "services": [{"code": "97110", "minutes": 33}, {"code": "97140", "minutes": 7}],
            },
            headers=therapist,
        )
        assert note.status_code == 201, note.text
        signed = sign_confirming(api, therapist, note.json()["id"])
        assert signed.status_code == 200, signed.text
        built = api.post("/api/v1/claims/build", json={"clinic_id": 1}, headers=owner)
        assert built.status_code in (200, 201), built.text
        # The payer's part of the imported open AR is on the patient's page (the owner may read claims).
        with engine.connect() as conn:
            carried_for, payer_name, carried_cents = conn.execute(
                text(
                    "SELECT b.patient_id, y.name, SUM(b.amount_cents) FROM opening_balance b "
                    "JOIN payer y ON y.id = b.payer_id GROUP BY b.patient_id, y.name ORDER BY b.patient_id"
                )
            ).first()
        logged_in = api.post(
            "/login",
            data={"email": "dana@lakeside.example.org", "password": PASSWORD},
            follow_redirects=False,
        )
        assert logged_in.status_code in (200, 303), logged_in.text
        page = api.get(f"/patients/{carried_for}")
        assert page.status_code == 200
        assert f"{payer_name}: ${carried_cents / 100:,.2f} (1 item, from 10/15/2026)" in page.text, page.text
    with engine.connect() as conn:
        lines = conn.execute(
            text("SELECT l.cpt, l.units, l.charge_cents FROM claim_line l ORDER BY l.cpt")
        ).all()
        read = conn.execute(
            text(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'claim.read' "
                "AND record_type = 'opening_balance' AND patient_id = :p"
            ),
            {"p": carried_for},
        ).scalar_one()
    assert read >= 1
    # The wide fee schedule's Medicare column (80 % of 31.50 and 29.13), 33 + 7 minutes = 97110 x2, 97140 x1.
    assert [tuple(r) for r in lines] == [("97110", 2, 2 * 2520), ("97140", 1, 2330)]
    engine.dispose()
    assert date(2027, 1, 11).weekday() == 0
