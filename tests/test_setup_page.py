"""The first-run setup page: only while there is no clinic and only from the server's own machine; a
wrong field is named on the page and nothing is written; then the owner logs in and the page is gone."""

import uuid

from fastapi.testclient import TestClient
from sqlalchemy import text

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


def test_first_run_setup_page(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
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
