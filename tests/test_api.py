"""The API skeleton: health, log-in, patients, notes; bad input gets a clear error and changes nothing."""

import pytest
from conftest import Practice
from sqlalchemy import func
from sqlmodel import col, select

from core.audit.models import AuditEntry
from core.notes.models import Note
from core.patients.models import Patient

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

NEW = {
    "clinic_id": 1,
    "first_name": "Ada",
    "last_name": "Quintero",
    "birth_date": "1961-03-04",
    "phone": "217-555-0199",
}


def _patients(practice: Practice) -> int:
    with practice.session() as session:
        return session.exec(select(func.count()).select_from(Patient)).one()


def test_health_and_openapi(practice: Practice) -> None:
    client = practice.client()
    assert client.get("/health").json() == {"status": "ok", "database": practice.backend}
    spec = client.get("/openapi.json").json()
    assert "/api/v1/patients" in spec["paths"] and "/api/v1/notes/{note_id}" in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_login_returns_a_bearer_token_and_sets_a_cookie(practice: Practice) -> None:
    client = practice.client()
    user = practice.user("front_desk", "riverside")
    response = client.post("/api/v1/auth/login", json={"email": user.email, "password": user.password})
    assert response.status_code == 200
    assert (
        set(response.json()) == {"access_token", "token_type"} and response.json()["token_type"] == "bearer"
    )
    assert "therascribe_session" in response.cookies
    assert client.get("/api/v1/patients?limit=1").status_code == 200  # the cookie alone suffices


def test_no_token_or_a_forged_one_is_401(practice: Practice) -> None:
    client = practice.client()
    assert client.get("/api/v1/patients").status_code == 401
    forged = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.x"}
    assert client.get("/api/v1/patients", headers=forged).status_code == 401


def test_patient_create_search_get_update(practice: Practice) -> None:
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    created = client.post("/api/v1/patients", json=NEW, headers=headers)
    assert created.status_code == 201, created.text
    pid = created.json()["id"]
    found = client.get("/api/v1/patients", params={"q": "quint ada"}, headers=headers).json()
    assert [p["id"] for p in found["items"]] == [pid]
    assert client.get(f"/api/v1/patients/{pid}", headers=headers).json()["last_name"] == "Quintero"
    updated = client.patch(
        f"/api/v1/patients/{pid}", json={"city": "Springfield", "state": "IL"}, headers=headers
    )
    assert updated.status_code == 200 and updated.json()["city"] == "Springfield"
    with practice.session() as session:
        actions = session.exec(select(AuditEntry.action).where(AuditEntry.patient_id == pid)).all()
    assert {"patient.write", "patient.read"} <= set(actions)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({**NEW, "first_name": "Bea", "favourite_colour": "blue"}, 422),
        ({**NEW, "first_name": "Bea", "birth_date": "yesterday"}, 422),
        ({**NEW, "first_name": "Bea", "clinic_id": "one"}, 422),
        ({**NEW, "first_name": "Bea", "birth_date": "2090-01-01"}, 422),
        ({**NEW, "first_name": ""}, 422),
        ({k: v for k, v in NEW.items() if k != "last_name"}, 422),
        ({**NEW, "first_name": "Bea", "clinic_id": 2}, 403),
    ],
)
def test_bad_patient_input_changes_nothing(practice: Practice, body: dict, status: int) -> None:
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    before = _patients(practice)
    response = client.post("/api/v1/patients", json=body, headers=headers)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"]
    assert "Quintero" not in response.text and "yesterday" not in response.text  # no input echoed back
    assert _patients(practice) == before


def test_malformed_json_is_400_and_changes_nothing(practice: Practice) -> None:
    client = practice.client()
    headers = {**practice.login(client, "front_desk", "riverside"), "Content-Type": "application/json"}
    before = _patients(practice)
    response = client.post("/api/v1/patients", content=b'{"first_name": "Ada", ', headers=headers)
    assert response.status_code == 400 and response.json()["title"] == "Malformed JSON"
    assert _patients(practice) == before


def test_duplicate_patient_is_409_and_changes_nothing(practice: Practice) -> None:
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    body = {**NEW, "first_name": "Duplicate", "last_name": "Tester"}
    assert client.post("/api/v1/patients", json=body, headers=headers).status_code == 201
    before = _patients(practice)
    again = client.post("/api/v1/patients", json={**body, "first_name": " duplicate "}, headers=headers)
    assert again.status_code == 409 and "already exists" in again.json()["detail"]
    assert _patients(practice) == before


def test_update_that_would_duplicate_is_refused(practice: Practice) -> None:
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    a = client.post(
        "/api/v1/patients", json={**NEW, "first_name": "Twin", "last_name": "One"}, headers=headers
    )
    b = client.post(
        "/api/v1/patients", json={**NEW, "first_name": "Twin", "last_name": "Two"}, headers=headers
    )
    response = client.patch(f"/api/v1/patients/{b.json()['id']}", json={"last_name": "One"}, headers=headers)
    assert response.status_code == 409
    assert client.get(f"/api/v1/patients/{b.json()['id']}", headers=headers).json()["last_name"] == "Two"
    assert a.status_code == 201


def test_wrong_password_then_rate_limit(practice: Practice) -> None:
    client = practice.client()
    user = [u for u in practice.users if u.role == "biller"][1]  # the others stay usable by other tests
    for _ in range(practice.settings.login_max_failures):
        wrong = client.post("/api/v1/auth/login", json={"email": user.email, "password": "not-it"})
        assert wrong.status_code == 401 and wrong.headers["content-type"] == "application/problem+json"
    blocked = client.post("/api/v1/auth/login", json={"email": user.email, "password": user.password})
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) > 0
    other = practice.user("biller")
    assert other.email != user.email
    assert (
        client.post("/api/v1/auth/login", json={"email": other.email, "password": other.password}).status_code
        == 200
    )


def test_front_desk_asking_for_a_note_gets_403_and_it_is_audited(practice: Practice) -> None:
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    actor = practice.actor("front_desk", "riverside")
    with practice.session() as session:
        note = session.exec(
            select(Note).where(Note.clinic_id == 1, Note.status == "signed").order_by(col(Note.id)).limit(1)
        ).first()
    response = client.get(f"/api/v1/notes/{note.id}", headers=headers)
    assert response.status_code == 403
    assert "Patient reports" not in response.text
    with practice.session() as session:
        entry = session.exec(
            select(AuditEntry)
            .where(AuditEntry.user_id == actor.user_id)
            .order_by(col(AuditEntry.id).desc())
            .limit(1)
        ).first()
    assert (entry.action, entry.outcome, entry.record_id, entry.patient_id) == (
        "note.read",
        "denied",
        str(note.id),
        note.patient_id,
    )


def test_therapist_reads_a_note_and_biller_only_signed_ones(practice: Practice) -> None:
    client = practice.client()
    with practice.session() as session:
        # LIMIT 1 in the query: the ORM's first() makes an object of every row returned (thousands here)
        signed = session.exec(
            select(Note).where(Note.clinic_id == 1, Note.status == "signed").order_by(col(Note.id)).limit(1)
        ).first()
        draft = session.exec(
            select(Note).where(Note.clinic_id == 1, Note.status == "draft").order_by(col(Note.id)).limit(1)
        ).first()
    therapist = practice.login(client, "therapist", "riverside")
    body = client.get(f"/api/v1/notes/{draft.id}", headers=therapist).json()
    assert body["subjective"].startswith("Patient reports")
    biller = practice.login(client, "biller")
    assert client.get(f"/api/v1/notes/{signed.id}", headers=biller).status_code == 200
    assert client.get(f"/api/v1/notes/{draft.id}", headers=biller).status_code == 403
    assert client.get("/api/v1/notes/999999999", headers=biller).status_code == 404
