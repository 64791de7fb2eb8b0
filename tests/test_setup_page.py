"""The first-run setup page: only while there is no clinic and only from the server's own machine; a
wrong field is named on the page and nothing is written; then the owner logs in and the page is gone."""

import json
import uuid
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from core.config import Settings
from web.app import create_app

FORM = {
    "clinic": "Lakeside Therapy",
    "timezone": "America/Chicago",
    "owner_email": "dana@lakeside.example.org",
    "owner_name": "Dana Park",
    "password": "correct-horse-battery",
    "npi": "1245319599",
    "providers": "Christian Diaz; PT; 1016613188\nSam Lee; PTA; ; Christian Diaz",
    "medicare": "Medicare Part B",
    "commercial": "Blue Cross PPO; Aetna Choice",
}


def test_first_run_setup_page(empty_db: tuple[str, Engine], tmp_path: Path) -> None:
    url, engine = empty_db
    settings = Settings(database_url=url, data_dir=tmp_path / "data", secret_key="t-" + uuid.uuid4().hex)
    app = create_app(engine=engine, settings=settings)
    remote = TestClient(app, client=("10.0.0.7", 50000))
    assert remote.get("/setup").status_code == 404  # not from another machine, even on a new install
    local = TestClient(app, client=("127.0.0.1", 50000))
    page = local.get("/setup")
    assert page.status_code == 200 and 'name="owner_email"' in page.text
    wrong = local.post("/setup", data={**FORM, "npi": "1245319598"}, follow_redirects=False)
    assert wrong.status_code == 422 and "clinics[0].npi: is not a valid NPI" in wrong.text
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM clinic")).scalar_one() == 0
    forged = local.post(
        "/setup", data=FORM, headers={"origin": "http://evil.example"}, follow_redirects=False
    )
    assert forged.status_code == 403  # another site open in this machine's browser
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM clinic")).scalar_one() == 0
    done = local.post("/setup", data=FORM, headers={"origin": "http://testserver"}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith("/login")
    with engine.connect() as conn:
        counts = [
            conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
            for t in ("clinic", "provider", "payer", "appointment_type")
        ]
    assert counts == [1, 2, 3, 4]
    login = local.post(
        "/api/v1/auth/login", json={"email": FORM["owner_email"], "password": FORM["password"]}
    )
    assert login.status_code == 200
    assert local.get("/setup").status_code == 404  # set up: the page is gone


def test_the_setup_page_takes_reminders_fee_schedules_and_types(
    empty_db: tuple[str, Engine], tmp_path: Path
) -> None:
    url, engine = empty_db
    settings = Settings(database_url=url, data_dir=tmp_path / "data", secret_key="t-" + uuid.uuid4().hex)
    local = TestClient(create_app(engine=engine, settings=settings), client=("127.0.0.1", 50000))
    page = local.get("/setup")
    assert all(f'name="{n}"' in page.text for n in ("reminders", "fees", "fees_from", "types"))
    more = {
        **FORM,
        "reminders": "24 email; 2 sms",
        "fees": "Medicare Part B; 97110 GP; 31.00\nmedicare part b; 97140; 29\nBlue Cross PPO; 97110; 40",
        "fees_from": "2026-01-01",
        "types": "PT evaluation; PT; evaluation; 60\nBalance group; PT; group; 45; 4",
        "providers": FORM["providers"] + "\nRita Moss; SLP; ; ; 235500000X",
    }
    wrong = local.post(
        "/setup",
        data={
            **more,
            "fees": more["fees"] + "\nCigna; 97110; 35\n97530; 12",
            "types": "Group; PT; group; 45",
        },
    )
    assert wrong.status_code == 422
    assert "fees line 5: is &#39;payer; code; amount&#39;" in wrong.text
    assert "fees: &#39;Cigna&#39; names no payer of the setup" in wrong.text
    assert "appointment_types[0]: a group type says how many patients" in wrong.text
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM clinic")).scalar_one() == 0
    done = local.post("/setup", data=more, follow_redirects=False)
    assert done.status_code == 303, done.text
    with engine.connect() as conn:
        cadence = conn.execute(text("SELECT reminder_cadence FROM clinic_policy")).scalar_one()
        fees = conn.execute(
            text(
                "SELECT p.name, e.cpt, e.modifier, e.amount_cents, s.effective_from FROM fee_schedule_entry e "
                "JOIN fee_schedule s ON s.id = e.fee_schedule_id JOIN payer p ON p.id = s.payer_id "
                "ORDER BY p.name, e.cpt"
            )
        ).all()
        kinds = conn.execute(
            text("SELECT name, kind, duration_minutes, group_capacity FROM appointment_type ORDER BY name")
        ).all()
    if isinstance(cadence, str):  # SQLite hands JSON back as text
        cadence = json.loads(cadence)
    assert cadence == [{"hours_before": 24, "channel": "email"}, {"hours_before": 2, "channel": "sms"}]
    assert [(p, c, m, a, str(d)) for p, c, m, a, d in fees] == [
        ("Blue Cross PPO", "97110", "", 4000, "2026-01-01"),
        ("Medicare Part B", "97110", "GP", 3100, "2026-01-01"),
        ("Medicare Part B", "97140", "", 2900, "2026-01-01"),
    ]
    with engine.connect() as conn:
        taxonomy = conn.execute(
            text("SELECT taxonomy_code FROM provider WHERE credential = 'SLP'")
        ).scalar_one()
    assert taxonomy == "235500000X"
    assert [tuple(k) for k in kinds] == [
        ("Balance group", "group", 45, 4),
        ("PT evaluation", "evaluation", 60, None),
    ]
