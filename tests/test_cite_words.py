"""The assistant's sources in words (#20): a cited appointment reads as its patient, weekday, date and
time in the clinic's zone, and provider ("Maria Lopez, Thursday 11/19/2026 at 9:00 AM EST with Dana
Reyes, PT"), never "appointment 19953", and still links to its page."""

from page_helpers import page_client
from scheduling_helpers import one

from web.cite_words import named


def test_a_cited_appointment_patient_provider_and_claim_read_in_words(practice) -> None:  # type: ignore[no-untyped-def]
    appointment, first, last, provider, credential = one(
        practice,
        "SELECT a.id, p.first_name, p.last_name, v.full_name, v.credential FROM appointment a"
        " JOIN patient p ON p.id = a.patient_id JOIN provider v ON v.id = a.provider_id"
        " WHERE a.clinic_id = 1 ORDER BY a.id LIMIT 1",
    )
    claim, control, served = one(
        practice, "SELECT id, control_number, service_date FROM claim ORDER BY id LIMIT 1"
    )
    cites = [
        {"type": "appointment", "id": appointment, "label": ""},
        {"type": "claim", "id": claim, "label": ""},
        {"type": "patient", "id": 1, "label": "Given Label"},
        {"type": "kpi", "id": None, "label": ""},
    ]
    with practice.session() as session:
        shown = named(session, cites)
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


def test_the_assistants_answer_names_its_sources(practice) -> None:  # type: ignore[no-untyped-def]
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
