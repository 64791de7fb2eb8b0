"""Trial 51, front desk (#20): a cancelled time offered on the wait list and then booked straight from the
schedule for another patient. Before: the offers stayed open (the alert, the patient's page), "Book it"
said "... is already booked from 3:45 PM to 4:30 PM" and the offer stayed; the wait-list page hid the
patients with open offers and had no list of them. Now the booking withdraws the offers it fills (their
patients wait again), an offer found filled when accepted is withdrawn with words saying so, and the
wait-list page lists the offers out. The cancel form chooses nobody as who cancelled."""

import re
from datetime import date, timedelta

from page_helpers import page_client
from scheduling_helpers import count, one, open_day
from sqlalchemy import text as sql

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FAR = date(2027, 3, 15)  # a Monday past everything the demo books


def _pt_provider(practice, offset: int = 0) -> int:  # type: ignore[no-untyped-def]
    return one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' ORDER BY id LIMIT 1 OFFSET :o",
        o=offset,
    )[0]


def _self_pay_patient(practice, offset: int) -> int:  # type: ignore[no-untyped-def]
    """A patient of clinic 1 on no wait list whose payer asks no authorization (booking far ahead is
    not refused)."""
    return one(
        practice,
        """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
        JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = 1 AND y.requires_authorization = :f
        AND p.id NOT IN (SELECT patient_id FROM wait_list_entry)
        ORDER BY p.id LIMIT 1 OFFSET :o""",
        f=False,
        o=offset,
    )[0]


def _book(desk, provider_id: int, patient_id: int, day: date, at: str):  # type: ignore[no-untyped-def]
    page = desk.get(
        "/schedule/book",
        params={"provider": provider_id, "day": day.isoformat(), "time": at, "patient": patient_id},
    )
    assert page.status_code == 200, page.text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', page.text).group(1)  # type: ignore[union-attr]
    kind = re.search(r'<option value="(\d+)" selected>', page.text.split('id="appointment_type_id"')[1])
    form = {
        "idempotency_key": key,
        "patient_id": patient_id,
        "provider_id": provider_id,
        "appointment_type_id": kind.group(1),  # type: ignore[union-attr]
        "day": day.isoformat(),
        "time": at,
    }
    return desk.post("/schedule/book", data=form, follow_redirects=False), form


def _wait(desk, patient_id: int, type_id: str, day: date) -> None:  # type: ignore[no-untyped-def]
    page = desk.get(f"/waitlist/new?patient={patient_id}")
    key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', page.text).group(1)  # type: ignore[union-attr]
    added = desk.post(
        "/waitlist",
        data={
            "idempotency_key": key,
            "patient_id": patient_id,
            "appointment_type_id": type_id,
            "weekdays": [str(day.weekday())],
            "earliest": "15:00",
            "latest": "17:00",
        },
        follow_redirects=True,
    )
    assert "Added to the wait list." in added.text


def _offered_and_cancelled(practice, desk, offset: int):  # type: ignore[no-untyped-def]
    """A 3:45 PM visit cancelled by the clinic and offered to a waiting patient: (the provider, the
    waiting patient, the freed visit, the day, the form's type)."""
    provider_id = _pt_provider(practice)
    leaving, waiting = _self_pay_patient(practice, offset), _self_pay_patient(practice, offset + 1)
    day = open_day(FAR + timedelta(days=offset))
    booked, form = _book(desk, provider_id, leaving, day, "15:45")
    assert booked.status_code == 303, booked.text[:500]
    appointment_id = int(booked.headers["location"].split("/")[2].split("?")[0])
    _wait(desk, waiting, form["appointment_type_id"], day)
    cancelled = desk.post(
        f"/appointments/{appointment_id}/cancel",
        data={"reason": "therapist out sick", "by": "clinic"},
        follow_redirects=True,
    )
    assert "The time was offered on the wait list to" in cancelled.text, cancelled.text[:2000]
    return provider_id, waiting, appointment_id, day, form


def _open_offers(practice, patient_id: int) -> int:  # type: ignore[no-untyped-def]
    return count(
        practice,
        """SELECT COUNT(*) FROM wait_list_offer o JOIN wait_list_entry e ON e.id = o.entry_id
        WHERE e.patient_id = :p AND o.status = 'offered'""",
        p=patient_id,
    )


def test_booking_the_offered_time_from_the_schedule_withdraws_the_offer(practice) -> None:  # type: ignore[no-untyped-def]
    desk = page_client(practice, "front_desk")
    provider_id, waiting, _, day, _ = _offered_and_cancelled(practice, desk, 0)
    name = " ".join(one(practice, "SELECT first_name, last_name FROM patient WHERE id = :p", p=waiting))
    listed = desk.get("/waitlist").text
    out = listed.split('id="offers-out"')[1].split("</table>")[0]  # listed first: the patients to call
    assert f'href="/patients/{waiting}"' in out and name in out  # the offers out are listed
    assert _open_offers(practice, waiting) == 1

    walk_in = _self_pay_patient(practice, 2)
    booked, _ = _book(desk, provider_id, walk_in, day, "15:45")
    assert booked.status_code == 303, booked.text[:500]

    assert _open_offers(practice, waiting) == 0  # so the alert and the patient's page drop it too
    status = one(practice, "SELECT status FROM wait_list_entry WHERE patient_id = :p", p=waiting)[0]
    assert status == "waiting"
    assert "Wait-list offers" not in desk.get(f"/patients/{waiting}").text
    listed = desk.get("/waitlist").text
    assert f'href="/patients/{waiting}"' in listed.split('id="waitlist"')[1].split("</table>")[0]
    assert 'id="offers-out"' not in listed
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'wait_list' AND patient_id = :p "
            "AND detail = 'offer withdrawn: the time was booked'",
            p=waiting,
        )
        == 1
    )


def test_must_not_change_a_booking_of_another_provider_or_time_leaves_the_offer_open(practice) -> None:  # type: ignore[no-untyped-def]
    desk = page_client(practice, "front_desk")
    provider_id, waiting, _, day, _ = _offered_and_cancelled(practice, desk, 3)
    other = _pt_provider(practice, 1)
    assert other != provider_id
    assert _book(desk, other, _self_pay_patient(practice, 5), day, "15:45")[0].status_code == 303
    assert _book(desk, provider_id, _self_pay_patient(practice, 6), day, "16:30")[0].status_code == 303
    assert _open_offers(practice, waiting) == 1
    profile = desk.get(f"/patients/{waiting}").text
    offer_id = re.search(r'action="/waitlist/offers/(\d+)/accept"', profile).group(1)  # type: ignore[union-attr]
    taken = desk.post(
        f"/waitlist/offers/{offer_id}/accept", data={"patient_id": waiting}, follow_redirects=True
    )
    assert "Booked from the wait list." in taken.text
    # the accepted offer is accepted, not withdrawn by its own booking
    assert one(practice, "SELECT status FROM wait_list_offer WHERE id = :o", o=int(offer_id))[0] == "accepted"
    assert one(practice, "SELECT status FROM wait_list_entry WHERE patient_id = :p", p=waiting)[0] == "booked"


def test_an_offer_found_filled_when_accepted_is_withdrawn_and_said_so(practice) -> None:  # type: ignore[no-untyped-def]
    """A time filled before bookings withdrew offers (or another way): "Book it" says it was booked for
    another patient and the offer goes, instead of "already booked" with the offer still shown."""
    desk = page_client(practice, "front_desk")
    provider_id, waiting, freed, _, _ = _offered_and_cancelled(practice, desk, 7)
    with practice.engine.begin() as conn:  # the freed visit put back as if booked again, offers untouched
        conn.execute(sql("UPDATE appointment SET status = 'booked' WHERE id = :a"), {"a": freed})
    profile = desk.get(f"/patients/{waiting}").text
    offer_id = re.search(r'action="/waitlist/offers/(\d+)/accept"', profile).group(1)  # type: ignore[union-attr]
    refused = desk.post(
        f"/waitlist/offers/{offer_id}/accept", data={"patient_id": waiting}, follow_redirects=True
    )
    assert "has since been booked for another patient: the offer is withdrawn" in refused.text
    assert "Wait-list offers" not in refused.text
    assert _open_offers(practice, waiting) == 0
    assert (
        one(practice, "SELECT status FROM wait_list_entry WHERE patient_id = :p", p=waiting)[0] == "waiting"
    )
    assert provider_id


def test_the_cancel_form_chooses_nobody_and_a_post_without_an_answer_cancels_nothing(practice) -> None:  # type: ignore[no-untyped-def]
    desk = page_client(practice, "front_desk")
    booked, _ = _book(desk, _pt_provider(practice), _self_pay_patient(practice, 10), open_day(FAR), "09:00")
    appointment_id = int(booked.headers["location"].split("/")[2].split("?")[0])
    page = desk.get(f"/appointments/{appointment_id}").text
    radios = re.findall(r'<input type="radio"[^>]*name="by"[^>]*>', page)
    assert len(radios) == 2 and not any("checked" in r for r in radios), radios
    assert any("required" in r for r in radios)
    refused = desk.post(
        f"/appointments/{appointment_id}/cancel", data={"reason": "snow day"}, follow_redirects=True
    )
    assert "Say who cancelled: the patient or the clinic" in refused.text
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment_id)[0] == "booked"
    done = desk.post(
        f"/appointments/{appointment_id}/cancel",
        data={"reason": "snow day", "by": "clinic"},
        follow_redirects=True,
    )
    assert "Cancelled." in done.text
    row = one(practice, "SELECT status, late_cancel FROM appointment WHERE id = :a", a=appointment_id)
    assert row[0] == "cancelled" and not row[1]
