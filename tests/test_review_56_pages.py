"""Review of 5095bdd (#20): the intake opened from a booking slot comes back to that slot only where the
patient is added at the slot's clinic. A desk working at two clinics opened the intake from a slot at the
second and got the first clinic chosen (the booking then refused: the patient is at another clinic); a
slot's provider at a clinic where the user may not add patients (or none at all) still led back there. The
form now starts on the slot's clinic, the way back is dropped for a slot at a clinic the user may not add
patients at, and a patient added at another clinic than the slot's goes to their own page. The booking
page offers "Add a new patient" only where the user may add patients at that slot's clinic."""

from urllib.parse import parse_qs, urlsplit

import pytest
from page_helpers import page_client
from scheduling_helpers import one
from sqlmodel import Session, select

from core.clinics.models import Clinic
from core.providers.models import Provider
from core.users.models import Membership

DEMO_SIZE = "tiny"


def _second_clinics(practice) -> tuple[int, int, int, int, int]:  # type: ignore[no-untyped-def]
    """(first clinic, clinic B, B's provider, clinic C, C's provider): the front desk works at B as front
    desk too, and at C only as a biller (no patients added there)."""
    desk = practice.user("front_desk")
    with Session(practice.engine) as session:
        user_id = one(practice, "SELECT id FROM app_user WHERE email = :e", e=desk.email)[0]
        first = one(practice, "SELECT MIN(clinic_id) FROM membership WHERE user_id = :u", u=user_id)[0]
        made = []
        for name, role in (("Review B", "front_desk"), ("Review C", "biller")):
            there = session.exec(select(Provider).where(Provider.full_name == f"{name} Therapist")).first()
            if there is not None:  # made for an earlier test of this module's practice
                made += [there.clinic_id, there.id]
                continue
            clinic = Clinic(name=name)
            session.add(clinic)
            session.flush()
            provider = Provider(
                clinic_id=clinic.id or 0, full_name=f"{name} Therapist", discipline="PT", credential="PT"
            )
            session.add(provider)
            session.add(Membership(user_id=user_id, clinic_id=clinic.id or 0, role=role))
            session.flush()
            made += [clinic.id, provider.id]
        session.commit()
    return first, made[0], made[1], made[2], made[3]


def _intake(client, clinic: int | str, provider: int):  # type: ignore[no-untyped-def]
    form = {
        "first_name": "Odile",
        "last_name": f"Quarrington{provider}{clinic}",
        "birth_date": "1983-02-11",
        "sex": "F",
        "clinic_id": str(clinic),
        "book_provider": str(provider),
        "book_day": "2026-12-07",
        "book_time": "08:15",
    }
    return client.post("/patients/new", data=form, follow_redirects=False)


@pytest.fixture
def clinics(practice):  # type: ignore[no-untyped-def]
    return _second_clinics(practice)


def test_the_intake_from_a_slot_starts_on_the_slots_clinic(practice, clinics) -> None:  # type: ignore[no-untyped-def]
    first, b, b_provider, _, c_provider = clinics
    desk = page_client(practice, "front_desk")
    form = desk.get(f"/patients/new?provider={b_provider}&day=2026-12-07&time=08:15").text
    assert f'<option value="{b}" selected>' in form
    assert f'name="book_provider" value="{b_provider}"' in form
    # a slot at a clinic where the desk adds no patients: no way back there, the form as from Patients
    other = desk.get(f"/patients/new?provider={c_provider}&day=2026-12-07&time=08:15").text
    assert "book_provider" not in other
    # must not change: from Patients, the first clinic and no way back
    plain = desk.get("/patients/new").text
    assert "book_provider" not in plain and f'<option value="{b}" selected>' not in plain


@pytest.mark.parametrize(
    ("clinic", "slot", "back"),
    [
        ("b", "b", True),  # must not change: added at the slot's clinic, back to the slot
        ("first", "b", False),  # added at another clinic than the slot's: to the patient's page
        ("first", "c", False),  # a slot at a clinic the desk adds no patients at
        ("", "c", False),
        ("b", 99999999999, False),  # no such provider
    ],
)
def test_the_way_back_leads_only_to_the_patients_clinic(practice, clinics, clinic, slot, back) -> None:  # type: ignore[no-untyped-def]
    first, b, b_provider, _, c_provider = clinics
    desk = page_client(practice, "front_desk")
    clinic_id = {"b": b, "first": first, "": ""}[clinic]
    provider = {"b": b_provider, "c": c_provider}.get(slot, slot)  # type: ignore[call-overload]
    reply = _intake(desk, clinic_id, provider)
    assert reply.status_code == 303, reply.text[:300]
    where = urlsplit(reply.headers["location"])
    patient, added_at = one(
        practice,
        "SELECT id, clinic_id FROM patient WHERE last_name = :n",
        n=f"Quarrington{provider}{clinic_id}",
    )
    assert added_at == (clinic_id or first)
    if back:
        assert where.path == "/schedule/book"
        assert parse_qs(where.query)["patient"] == [str(patient)]
        assert parse_qs(where.query)["provider"] == [str(provider)]
    else:
        assert where.path == f"/patients/{patient}", reply.headers["location"]


def test_add_a_new_patient_only_where_the_desk_may_add_one(practice, clinics) -> None:  # type: ignore[no-untyped-def]
    first, _, b_provider, _, c_provider = clinics
    desk = page_client(practice, "front_desk")
    at_c = desk.get(f"/schedule/book?provider={c_provider}&day=2026-12-07&time=08%3A15&q=Nobody+Byname")
    assert at_c.status_code == 200 and "Add a new patient" not in at_c.text
    # must not change: at a clinic where the desk adds patients, offered
    at_b = desk.get(f"/schedule/book?provider={b_provider}&day=2026-12-07&time=08%3A15&q=Nobody+Byname")
    assert at_b.status_code == 200 and "Add a new patient" in at_b.text
