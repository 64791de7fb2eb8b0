"""The owner's holiday choice through the JSON API (#20): GET and PUT /api/v1/clinics/{id}/holidays, on
the service the owner's page uses (core.clinics.holidays): owner only, a name not on the list refused, a
body of the wrong shape refused, nothing changed by any refusal; the same PUT twice is one change and one
audit entry. The visits counted on a newly closed day are those of its local day: on SQLite a visit at
7:30 PM Eastern (after midnight UTC) was counted on the next day. Table-driven, on SQLite and PostgreSQL.
"""

import json
from datetime import date, timedelta

import pytest
from conftest import Practice
from scheduling_helpers import count, local, one, patient, therapist, type_id

from core.scheduling.calendar_days import DEFAULT_CLOSED, HOLIDAYS
from core.scheduling.models import Appointment

DEMO_SIZE = "tiny"

URL = "/api/v1/clinics/{}/holidays"
AUDITED = "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'clinic_holidays' AND outcome = :o"
# Clinic 1 closes on Juneteenth and Veterans Day as well, and no longer on Labor Day.
CHOSEN = ["Juneteenth", "Veterans Day", *[n for n in DEFAULT_CLOSED if n != "Labor Day"]]
IN_ORDER = [n for n in HOLIDAYS if n in CHOSEN]


def _closed(practice: Practice, clinic: int = 1) -> list[str]:
    row = one(practice, "SELECT closed_holidays FROM clinic_policy WHERE clinic_id = :c", c=clinic)
    return json.loads(row[0]) if isinstance(row[0], str) else row[0]


def _audited(practice: Practice, outcome: str = "allowed") -> int:
    return count(practice, AUDITED.replace(":o", f"'{outcome}'"))


@pytest.fixture(scope="module")
def evening_visits(practice):  # type: ignore[no-untyped-def]
    """Two visits put straight in (the hours a booking allows end earlier): 8:30 PM Eastern the night
    before Veterans Day 2027 (Thursday November 11), 7:30 PM Eastern on Juneteenth's Friday (June 18,
    2027); both past midnight in UTC."""
    with practice.session() as session:
        for start in (local(2027, 11, 10, 20, 30), local(2027, 6, 18, 19, 30)):
            session.add(
                Appointment(
                    clinic_id=1,
                    patient_id=patient(practice, offset=7),
                    provider_id=therapist(practice, offset=1),
                    appointment_type_id=type_id(practice),
                    starts_at=start,
                    ends_at=start + timedelta(minutes=45),
                )
            )
        session.commit()


def test_the_owner_reads_the_list(practice: Practice) -> None:
    client = practice.client()
    reply = client.get(URL.format(1), headers=practice.login(client, "owner"))
    assert reply.status_code == 200, reply.text
    shown = reply.json()
    assert shown["clinic_id"] == 1
    assert [row["name"] for row in shown["rows"]] == list(HOLIDAYS)
    assert [row["name"] for row in shown["rows"] if row["closed"]] == _closed(practice)


@pytest.mark.parametrize(
    ("role", "clinic", "method", "body", "status", "said"),
    [
        ("front_desk", "riverside", "get", None, 403, None),
        ("therapist", "riverside", "get", None, 403, None),
        ("biller", None, "get", None, 403, None),
        ("front_desk", "riverside", "put", {"closed": ["Juneteenth"]}, 403, None),
        ("therapist", "riverside", "put", {"closed": []}, 403, None),
        ("owner", None, "put", {"closed": ["Festivus", "Juneteenth"]}, 422, "not a holiday the clinic may"),
        ("owner", None, "put", {"closed": "Juneteenth"}, 422, None),
        ("owner", None, "put", {"closed": [3]}, 422, None),
        ("owner", None, "put", {}, 422, None),
        ("owner", None, "put", {"closed": ["Juneteenth"], "open": ["Labor Day"]}, 422, None),
        ("owner", None, "put", {"closed": ["Juneteenth"] * 41}, 422, None),
    ],
)
def test_refusals_change_nothing(practice, role, clinic, method, body, status, said) -> None:  # type: ignore[no-untyped-def]
    client = practice.client()
    headers = practice.login(client, role, clinic)
    before, allowed = _closed(practice), _audited(practice)
    reply = client.request(method.upper(), URL.format(1), headers=headers, json=body)
    assert reply.status_code == status, reply.text
    if said:
        assert reply.json()["detail"].startswith(said), reply.text
    assert _closed(practice) == before
    assert _audited(practice) == allowed


def test_an_unknown_clinic_is_not_found(practice: Practice) -> None:
    client = practice.client()
    headers = practice.login(client, "owner")
    assert client.get(URL.format(999), headers=headers).status_code == 404
    assert client.put(URL.format(999), headers=headers, json={"closed": []}).status_code == 404


def test_the_same_put_twice_is_one_change(practice, evening_visits) -> None:  # type: ignore[no-untyped-def]
    client = practice.client()
    headers = practice.login(client, "owner")
    allowed = _audited(practice)
    first = client.put(URL.format(1), headers=headers, json={"closed": CHOSEN})
    assert first.status_code == 200, first.text
    # the 7:30 PM visit is Juneteenth's Friday's; the 8:30 PM one the Wednesday before Veterans Day
    assert first.json() == {
        "closed": IN_ORDER,
        "added": ["Juneteenth", "Veterans Day"],
        "removed": ["Labor Day"],
        "booked": [{"day": "2027-06-18", "holiday": "Juneteenth", "visits": 1}],
        "withdrawn": 0,
        "said": "The clinic now closes on Juneteenth, Veterans Day. It is open on Labor Day. 1 visit is "
        "booked on Friday, June 18, 2027 (Juneteenth): the front desk reschedules them.",
    }
    second = client.put(URL.format(1), headers=headers, json={"closed": list(reversed(CHOSEN))})
    assert second.status_code == 200, second.text
    assert second.json() == {
        "closed": IN_ORDER,
        "added": [],
        "removed": [],
        "booked": [],
        "withdrawn": 0,
        "said": "Nothing changed: the clinic closes on the holidays it did.",
    }
    assert _closed(practice) == IN_ORDER
    assert _closed(practice, 2) == list(DEFAULT_CLOSED)  # the other clinic's as it was
    assert _audited(practice) == allowed + 1
    shown = client.get(URL.format(1), headers=headers).json()
    rows = {row["name"]: row for row in shown["rows"]}
    assert [name for name, row in rows.items() if row["closed"]] == IN_ORDER
    assert (rows["Juneteenth"]["next_on"], rows["Juneteenth"]["booked"]) == ("2027-06-18", 1)
    assert (rows["Veterans Day"]["next_on"], rows["Veterans Day"]["booked"]) == ("2027-11-11", 0)
    assert rows["Labor Day"]["next_on"] > date(2026, 11, 24).isoformat() and not rows["Labor Day"]["closed"]


def test_none_closed_is_a_choice(practice: Practice) -> None:
    client = practice.client()
    headers = practice.login(client, "owner")
    reply = client.put(URL.format(2), headers=headers, json={"closed": []})
    assert reply.status_code == 200, reply.text
    assert (reply.json()["closed"], reply.json()["removed"]) == ([], list(DEFAULT_CLOSED))
    assert _closed(practice, 2) == []
