"""Trial 53, front desk (#20): whom a freed time is offered to on the wait list.

Before: a patient already booked at an overlapping time that day was offered it ("Book it" then refused:
"the patient already has a PT follow-up ... which overlaps this time"), and a patient holding an open
offer of another time was never offered a second one, so a freed time was offered to nobody while three
waiting patients could come. Now only patients free at that time are offered it, those with no visit of
the discipline that day first; a patient holding another offer is offered it too, and booking one offer
withdraws their others."""

import re
from datetime import date, timedelta

from conftest import Practice
from fastapi.testclient import TestClient
from page_helpers import page_client
from scheduling_helpers import one, open_day
from sqlalchemy import text
from sqlmodel import col, select

from core.scheduling.models import WaitListEntry

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FAR = date(2027, 4, 12)  # a Monday past everything the demo books


def _pt_provider(practice: Practice, offset: int = 0) -> int:
    return int(
        one(
            practice,
            "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' ORDER BY id LIMIT 1 OFFSET :o",
            o=offset,
        )[0]
    )


def _self_pay_patient(practice: Practice, offset: int) -> int:
    """A patient of clinic 1 on no wait list whose payer asks no authorization."""
    return int(
        one(
            practice,
            """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
            JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = 1 AND y.requires_authorization = :f
            AND p.id NOT IN (SELECT patient_id FROM wait_list_entry)
            ORDER BY p.id LIMIT 1 OFFSET :o""",
            f=False,
            o=offset,
        )[0]
    )


def _book(desk: TestClient, provider_id: int, patient_id: int, day: date, at: str) -> tuple[int, str]:
    """Booked on the booking form: the appointment and the type the form chose."""
    page = desk.get(
        "/schedule/book",
        params={"provider": provider_id, "day": day.isoformat(), "time": at, "patient": patient_id},
    )
    assert page.status_code == 200, page.text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', page.text)
    kind = re.search(r'<option value="(\d+)" selected>', page.text.split('id="appointment_type_id"')[1])
    assert key and kind
    booked = desk.post(
        "/schedule/book",
        data={
            "idempotency_key": key.group(1),
            "patient_id": patient_id,
            "provider_id": provider_id,
            "appointment_type_id": kind.group(1),
            "day": day.isoformat(),
            "time": at,
        },
        follow_redirects=False,
    )
    assert booked.status_code == 303, booked.text[:800]
    return int(booked.headers["location"].split("/")[2].split("?")[0]), kind.group(1)


def _wait(desk: TestClient, patient_id: int, type_id: str, day: date) -> None:
    page = desk.get(f"/waitlist/new?patient={patient_id}")
    key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', page.text)
    assert key
    added = desk.post(
        "/waitlist",
        data={
            "idempotency_key": key.group(1),
            "patient_id": patient_id,
            "appointment_type_id": type_id,
            "weekdays": [str(day.weekday())],
            "earliest": "08:00",
            "latest": "18:00",
        },
        follow_redirects=True,
    )
    assert "Added to the wait list." in added.text


def _cancel(desk: TestClient, appointment_id: int) -> str:
    done = desk.post(
        f"/appointments/{appointment_id}/cancel",
        data={"reason": "therapist out sick", "by": "clinic"},
        follow_redirects=True,
    )
    assert "Cancelled." in done.text
    said = re.search(r'<p class="notice" role="status">([^<]*)</p>', done.text)
    assert said
    return said.group(1)


def _name(practice: Practice, patient_id: int) -> str:
    return " ".join(one(practice, "SELECT first_name, last_name FROM patient WHERE id = :p", p=patient_id))


def _offers(practice: Practice, freed: int) -> list[tuple[int, int, str]]:
    """(patient, rank, status) of each offer of a freed visit's time, by rank."""
    with practice.engine.connect() as conn:
        return [
            (int(p), int(r), str(s))
            for p, r, s in conn.execute(
                text(
                    """SELECT e.patient_id, o.rank, o.status FROM wait_list_offer o
                    JOIN wait_list_entry e ON e.id = o.entry_id WHERE o.freed_appointment_id = :a
                    ORDER BY o.rank"""
                ),
                {"a": freed},
            ).all()
        ]


def _clear_wait_list(practice: Practice) -> None:
    """The demo's own waiting patients taken off the list, so the test's are the only ones offered."""
    with practice.engine.begin() as conn:
        conn.execute(text("UPDATE wait_list_entry SET status = 'removed' WHERE clinic_id = 1"))


def _entry_status(practice: Practice, patient_id: int) -> str:
    return str(one(practice, "SELECT status FROM wait_list_entry WHERE patient_id = :p", p=patient_id)[0])


def test_only_the_free_are_offered_and_a_held_offer_blocks_no_later_one(practice: Practice) -> None:
    desk = page_client(practice, "front_desk")
    _clear_wait_list(practice)
    first, second = _pt_provider(practice), _pt_provider(practice, 1)
    day = open_day(FAR)
    leaving, leaving_too = _self_pay_patient(practice, 0), _self_pay_patient(practice, 1)
    busy, same_day, free = (_self_pay_patient(practice, n) for n in (2, 3, 4))
    freed, type_id = _book(desk, first, leaving, day, "15:45")
    freed_too, _ = _book(desk, second, leaving_too, day, "14:30")
    _book(desk, second, busy, day, "16:00")  # overlaps 3:45 PM to 4:30 PM
    _book(desk, second, same_day, day, "09:00")  # a PT visit that day, not at that time
    for patient in (busy, same_day, free):  # longest waiting first: busy, same_day, free
        _wait(desk, patient, type_id, day)

    # 1. The 3:45 PM time: not to the patient booked at 4:00 PM; the one free all day before the one
    # with a PT visit that morning.
    said = _cancel(desk, freed)
    assert said == (
        f"Cancelled. The time was offered on the wait list to {_name(practice, free)}, "
        f"{_name(practice, same_day)}."
    ), said
    assert _offers(practice, freed) == [(free, 1, "offered"), (same_day, 2, "offered")]
    assert _entry_status(practice, busy) == "waiting"

    # 2. A second time freed while two of them hold the first offer: offered to all three free then,
    # the ones already holding an offer included (before: only to the one holding none).
    said = _cancel(desk, freed_too)
    assert said == (
        f"Cancelled. The time was offered on the wait list to {_name(practice, free)}, "
        f"{_name(practice, busy)}, {_name(practice, same_day)}."
    ), said

    # 3. Booked from the second offer: the patient's first offer is withdrawn; the others offered the
    # second time wait again, or keep the first offer they still hold.
    profile = desk.get(f"/patients/{free}").text
    offers = re.findall(r'action="/waitlist/offers/(\d+)/accept"', profile)
    assert len(offers) == 2, profile
    second_offer = one(
        practice,
        """SELECT o.id FROM wait_list_offer o JOIN wait_list_entry e ON e.id = o.entry_id
        WHERE e.patient_id = :p AND o.freed_appointment_id = :a""",
        p=free,
        a=freed_too,
    )[0]
    taken = desk.post(
        f"/waitlist/offers/{second_offer}/accept", data={"patient_id": free}, follow_redirects=True
    )
    assert "Booked from the wait list." in taken.text, taken.text[:2000]
    assert _offers(practice, freed) == [(free, 1, "withdrawn"), (same_day, 2, "offered")]
    assert _offers(practice, freed_too) == [(free, 1, "accepted"), (busy, 2, "taken"), (same_day, 3, "taken")]
    assert _entry_status(practice, free) == "booked"
    assert _entry_status(practice, busy) == "waiting"
    assert _entry_status(practice, same_day) == "offered"  # still holds the 3:45 PM offer

    # 4. Must not change: declining the offer they still hold puts them back to waiting.
    left = one(
        practice,
        """SELECT o.id FROM wait_list_offer o JOIN wait_list_entry e ON e.id = o.entry_id
        WHERE e.patient_id = :p AND o.status = 'offered'""",
        p=same_day,
    )[0]
    declined = desk.post(
        f"/waitlist/offers/{left}/decline", data={"patient_id": same_day}, follow_redirects=True
    )
    assert "Declined; the patient keeps waiting." in declined.text
    assert _entry_status(practice, same_day) == "waiting"


def test_a_time_offered_to_nobody_says_why(practice: Practice) -> None:
    """The cancellation says why nobody was offered the time: nobody waits for the discipline, nobody
    waiting can come then, or those who could already have a visit at that time."""
    desk = page_client(practice, "front_desk")
    provider = _pt_provider(practice, 2)
    day = open_day(FAR + timedelta(days=7))
    _clear_wait_list(practice)
    leaving = [_self_pay_patient(practice, n) for n in (10, 11, 12)]
    waiting = _self_pay_patient(practice, 13)

    freed, type_id = _book(desk, provider, leaving[0], day, "10:00")
    assert _cancel(desk, freed) == (
        "Cancelled. Nobody is on the wait list for a PT visit, so the time was offered to no one."
    )

    _wait(desk, waiting, type_id, day + timedelta(days=1))  # comes on Tuesdays only
    freed, _ = _book(desk, provider, leaving[1], day, "11:00")
    assert _cancel(desk, freed) == (
        "Cancelled. The time was offered to no one: of the 1 patient waiting for a PT visit, none can "
        "come then (their days, hours, provider or visit length)."
    )

    with practice.session() as session:  # now comes on that day too
        entry = session.exec(
            select(WaitListEntry).where(
                WaitListEntry.patient_id == waiting, col(WaitListEntry.status) == "waiting"
            )
        ).one()
        entry.weekdays = [day.weekday()]
        session.add(entry)
        session.commit()
    _book(desk, _pt_provider(practice), waiting, day, "13:00")
    freed, _ = _book(desk, provider, leaving[2], day, "13:15")
    assert _cancel(desk, freed) == (
        "Cancelled. The time was offered to no one: 1 patient waiting could come then, but the patient "
        "already has a visit at that time."
    )
