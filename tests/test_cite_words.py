"""The assistant's sources in words (#20): a cited appointment reads as its patient, weekday, date and
time in the clinic's zone, and provider ("Maria Lopez, Thursday 11/19/2026 at 9:00 AM EST with Dana
Reyes, PT"), never "appointment 19953", and still links to its page. Naming reads the record as the
asker, through core's gate: a record the asker's role may not see is named by the refusal alone, with
nothing of the record in it, and the refusal and each allowed read are audited."""

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one
from sqlmodel import text

from web.cite_words import SOURCE, named

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def test_a_cited_appointment_patient_provider_and_claim_read_in_words(practice: Practice) -> None:
    appointment, first, last, provider, credential = one(
        practice,
        "SELECT a.id, p.first_name, p.last_name, v.full_name, v.credential FROM appointment a"
        " JOIN patient p ON p.id = a.patient_id JOIN provider v ON v.id = a.provider_id"
        " WHERE a.clinic_id = 1 ORDER BY a.id LIMIT 1",
    )
    claim, control, served = one(
        practice, "SELECT id, control_number, service_date FROM claim WHERE clinic_id = 1 ORDER BY id LIMIT 1"
    )
    cites = [
        {"type": "appointment", "id": appointment, "label": ""},
        {"type": "claim", "id": claim, "label": ""},
        {"type": "patient", "id": 1, "label": "Given Label"},
        {"type": "kpi", "id": None, "label": ""},
    ]
    desk = practice.actor("front_desk", clinic_slug(practice, 1))
    with practice.session() as session:
        shown = named(session, desk, cites)
    label = shown[0]["label"]
    by = provider if provider.endswith(credential) else f"{provider}, {credential}"
    assert label.startswith(f"{first} {last}, ") and label.endswith(f" with {by}")
    # the weekday, the date as pages write it and the time of day, in the clinic's zone
    assert any(
        day in label for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    )
    assert " at " in label and ("AM" in label or "PM" in label) and str(appointment) not in label
    assert shown[0]["id"] == appointment and shown[0]["type"] == "appointment"  # still links to its page
    served_day = str(served)[:10]
    y, m, d = served_day.split("-")
    assert shown[1]["label"].startswith(f"claim {control}: ") and f"{m}/{d}/{y}" in shown[1]["label"]
    assert shown[2]["label"] == "Given Label" and shown[3] == cites[3]


def test_the_assistants_answer_names_its_sources(practice: Practice) -> None:
    desk = page_client(practice, "front_desk")
    first, last = one(
        practice,
        "SELECT p.first_name, p.last_name FROM appointment a JOIN patient p ON p.id = a.patient_id"
        " WHERE a.clinic_id = 1 AND a.status = 'completed' ORDER BY a.starts_at DESC LIMIT 1",
    )
    answer = desk.post("/api/v1/assistant/messages", json={"text": f"when was {first} {last}'s last visit"})
    assert answer.status_code == 200
    cites = [c for c in answer.json()["citations"] if c["type"] == "appointment"]
    assert cites, answer.json()
    assert all(
        c["label"] and not c["label"].startswith("appointment ") and " at " in c["label"] for c in cites
    )


def clinic_slug(practice: Practice, clinic_id: int) -> str:
    """The demo login's clinic word of a clinic id (the clinic a desk user of it holds a role in)."""
    return next(
        u.clinic
        for u in practice.users
        if u.role == "front_desk" and clinic_id in practice.actor("front_desk", u.clinic).roles
    )


def audit_rows(practice, user_id: int, after: int):  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return session.exec(
            text(
                "SELECT action, outcome, record_type, record_id, patient_id, detail FROM audit_entry"
                " WHERE user_id = :u AND id > :a ORDER BY id"
            ).bindparams(u=user_id, a=after)
        ).all()


def last_audit_id(practice: Practice) -> int:
    return one(practice, "SELECT COALESCE(MAX(id), 0) FROM audit_entry")[0]


# (role, cited type, the clinic its record is in, the refusal the label gives)
REFUSED = [
    ("therapist", "claim", 1, "Not shown: your role may not see claim status"),
    ("assistant", "claim", 1, "Not shown: your role may not see claim status"),
    ("front_desk", "patient", 2, "Not shown: no access to this clinic's records"),
    ("front_desk", "appointment", 2, "Not shown: no access to this clinic's records"),
    ("front_desk", "claim", 2, "Not shown: no access to this clinic's records"),
    ("therapist", "appointment", 2, "Not shown: no access to this clinic's records"),
]
TABLES = {"patient": "patient", "appointment": "appointment", "claim": "claim"}


@pytest.mark.parametrize(("role", "kind", "clinic", "refusal"), REFUSED)
def test_a_source_the_asker_may_not_see_is_named_by_the_refusal_and_audited(  # type: ignore[no-untyped-def]
    practice, role, kind, clinic, refusal
) -> None:
    """The role matrix of PRODUCT.md decides in the record's clinic: a therapist or an assistant sees
    no claims, a desk user of one clinic nothing of another's. The label holds no name, no control
    number, no date; the link stays (its page refuses in turn); the refusal is in the audit log."""
    asker = practice.actor(role, clinic_slug(practice, 1))
    record_id, patient_id = one(
        practice,
        f"SELECT id, {'id' if kind == 'patient' else 'patient_id'} FROM {TABLES[kind]} WHERE clinic_id = :c ORDER BY id LIMIT 1",
        c=clinic,
    )
    first, last = one(practice, "SELECT first_name, last_name FROM patient WHERE id = :p", p=patient_id)
    before = last_audit_id(practice)
    with practice.session() as session:
        shown = named(session, asker, [{"type": kind, "id": record_id, "label": ""}])
    assert shown == [{"type": kind, "id": record_id, "label": refusal}]
    assert first not in refusal and last not in refusal and "/" not in refusal
    rows = audit_rows(practice, asker.user_id, before)
    assert [(r.outcome, r.record_type, str(r.record_id)) for r in rows] == [("denied", kind, str(record_id))]
    assert rows[0].detail == refusal.removeprefix("Not shown: ")


def test_each_source_named_is_an_audited_read(practice: Practice) -> None:
    """Allowed: one audited read per record named, of the action the role matrix gives that record."""
    desk = practice.actor("front_desk", clinic_slug(practice, 1))
    appointment, patient = one(
        practice, "SELECT id, patient_id FROM appointment WHERE clinic_id = 1 ORDER BY id LIMIT 1"
    )
    claim = one(practice, "SELECT id FROM claim WHERE clinic_id = 1 ORDER BY id LIMIT 1")[0]
    before = last_audit_id(practice)
    cites = [
        {"type": t, "id": i, "label": ""}
        for t, i in (("appointment", appointment), ("patient", patient), ("claim", claim))
    ]
    with practice.session() as session:
        shown = named(session, desk, cites)
    assert all(c["label"] and not c["label"].startswith("Not shown") for c in shown)
    rows = audit_rows(practice, desk.user_id, before)
    assert {(r.action, r.outcome, r.record_type, str(r.record_id), r.detail) for r in rows} == {
        ("appointment.read", "allowed", "appointment", str(appointment), SOURCE),
        ("patient.read", "allowed", "patient", str(patient), SOURCE),
        ("claim.status_read", "allowed", "claim", str(claim), SOURCE),
    }
