"""Drafting and signing a note through the API, as the provider of a booked appointment."""

import json
from contextlib import AbstractContextManager, nullcontext

from conftest import Practice, on_the_wall_clock
from scheduling_helpers import on_the_visit_day, one

DRAFT = {
    "subjective": "Pain 3/10 in the left knee.",
    "objective": "Knee flexion 110 degrees.",
    "assessment": "Improving.",
    "plan": "Continue 2x/week.",
    "services": [{"code": "97110", "minutes": 33}, {"code": "97140", "minutes": 7}],
    "measures": [{"measure": "LEFS", "score": 52, "unit": "points"}],
    "ai_assisted": True,
}


def login_as_provider(practice, client, provider_id: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    email = one(
        practice,
        "SELECT u.email FROM app_user u JOIN provider p ON p.user_id = u.id WHERE p.id = :p",
        p=provider_id,
    )[0]
    user = next(u for u in practice.users if u.email == email)
    with on_the_wall_clock():  # the token would be expired if issued at the demo's moment
        reply = client.post("/api/v1/auth/login", json={"email": user.email, "password": user.password})
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


def booked_appointment(
    practice: Practice, credential: str, payer_kind: str, skip: int = 0
) -> tuple[int, int, int]:
    """A booked appointment (id, provider, patient) in clinic 1 with a provider of that credential."""
    return tuple(
        one(
            practice,
            """SELECT a.id, a.provider_id, a.patient_id FROM appointment a
        JOIN provider p ON p.id = a.provider_id JOIN insurance_policy i ON i.patient_id = a.patient_id
        JOIN payer y ON y.id = i.payer_id JOIN appointment_type t ON t.id = a.appointment_type_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = :c AND y.kind = :k
          AND t.kind = 'follow-up' AND a.progress_due = :f
        ORDER BY a.starts_at LIMIT 1 OFFSET :s""",
            c=credential,
            k=payer_kind,
            f=False,
            s=skip,
        )
    )


def on_the_visit_day_of(client, **visit: int) -> AbstractContextManager[None]:  # type: ignore[no-untyped-def]
    """scheduling_helpers.on_the_visit_day for the app this client calls; a server in a process of its
    own (an httpx client of running_server) reads the wall clock, which a test does not move."""
    app = getattr(client, "app", None)
    return on_the_visit_day(app.state.engine, **visit) if app is not None else nullcontext()


def post_on_the_visit_day(client, note_id: int, path: str, **request: object):  # type: ignore[no-untyped-def]
    """client.post(path, ...) for the note (its signature or co-signature) on its visit's day where the
    clock reads a day before it: a note is signed from its date of service on (core.visits.rules)."""
    with on_the_visit_day_of(client, note=note_id):
        return client.post(path, **request)


def open_visit(client, headers, appointment_id: int) -> int:  # type: ignore[no-untyped-def]
    """The visit the appointment's provider opens, the patient consenting to the recording, on the visit's
    day where the clock reads a day before it (scheduling_helpers.on_the_visit_day)."""
    with on_the_visit_day_of(client, appointment=appointment_id):
        visit = client.post(
            f"/api/v1/appointments/{appointment_id}/visit", json={"recording_consent": True}, headers=headers
        )
    assert visit.status_code == 201, visit.text
    return visit.json()["id"]


def open_and_draft(practice, client, headers, appointment_id: int, draft: dict) -> int:  # type: ignore[no-untyped-def]
    visit = open_visit(client, headers, appointment_id)
    note = client.post(f"/api/v1/visits/{visit}/note", json=draft, headers=headers)
    assert note.status_code == 201, note.text
    return note.json()["id"]


def open_and_scribe(client, headers, appointment_id: int, transcript: dict) -> dict:  # type: ignore[no-untyped-def]
    """The scribe's reply (note, codes, draft) for a visit opened on the appointment, drafted from the
    transcript."""
    visit = open_visit(client, headers, appointment_id)
    drafted = client.post(f"/api/v1/visits/{visit}/draft", json={"transcript": transcript}, headers=headers)
    assert drafted.status_code == 201, drafted.text
    return drafted.json()


def sign_confirming(client, headers, note_id: int):  # type: ignore[no-untyped-def]
    """Sign as the reviewer does on the page: each of the scribe's warnings on the draft confirmed, and
    the sentences it marked '(as said; review)' accepted as written."""
    evidence = client.get(f"/api/v1/notes/{note_id}/evidence", headers=headers)
    warned = evidence.json().get("warnings", []) if evidence.status_code == 200 else []
    with on_the_visit_day_of(client, note=note_id):
        return client.post(
            f"/api/v1/notes/{note_id}/sign",
            json={"acknowledged_warnings": warned, "accept_review_marks": True},
            headers=headers,
        )


def note_form(practice: Practice, note: int) -> dict:
    """The form of the note's current version, as stored (a dict on PostgreSQL's JSON, text on SQLite)."""
    raw = one(
        practice,
        "SELECT v.form FROM note_version v JOIN note n ON n.id = v.note_id AND v.version = n.current_version"
        " WHERE n.id = :n",
        n=note,
    )[0]
    return raw if isinstance(raw, dict) else json.loads(raw)
