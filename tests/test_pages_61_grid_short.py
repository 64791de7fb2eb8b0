"""The front desk's day grid offers Book only where a visit fits (#20). Tried as a front desk would
(worker E, 12/07/2026, demo seed 7): Kyle Chen's column offered Book at 1:30 PM (his next visit at
1:45 PM) and at 2:30 and 2:45 PM (the next at 3:00 PM); each led to the booking form, and Book with the
type it offered (a 45-minute follow-up) was refused 'Kyle Chen, OT is already booked from 1:45 PM to
2:30 PM'. A free step too short for every visit the provider takes is 'short' now, with no Book link;
each Book left books with the type the form offers."""

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from page_helpers import page_client
from scheduling_helpers import count, one, open_day

from core.scheduling.grid import cell_state
from core.scheduling.slots import Span

DEMO_SIZE = "tiny"
NY = ZoneInfo("America/New_York")
FAR = date(2027, 3, 1)  # a Monday past everything the demo books


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 25, hour, minute, tzinfo=NY).astimezone(UTC)


WORKING = [Span(_at(8), _at(12)), Span(_at(13), _at(17))]
FOLLOW_UP = timedelta(minutes=45)
GROUP = timedelta(minutes=60)
VISIT = [Span(_at(10), _at(10, 45))]


@pytest.mark.parametrize(
    ("hour", "minute", "busy", "visits", "expected"),
    [
        # each failed before: the step was free, the visit was not
        (9, 30, VISIT, [FOLLOW_UP], "short"),  # 9:30-10:15 runs into the 10:00 visit
        (9, 45, VISIT, [FOLLOW_UP], "short"),
        (11, 30, [], [FOLLOW_UP], "short"),  # lunch at noon
        (16, 30, [], [FOLLOW_UP], "short"),  # the day ends at 5
        (16, 45, [], [FOLLOW_UP], "short"),
        (9, 30, VISIT, [FOLLOW_UP, GROUP], "short"),  # neither the follow-up nor the hour-long group
        # must not change
        (9, 15, VISIT, [FOLLOW_UP], "open"),  # 9:15-10:00 ends as the visit starts
        (10, 45, VISIT, [FOLLOW_UP], "open"),
        (11, 15, [], [FOLLOW_UP], "open"),  # 11:15-12:00, up to lunch
        (16, 15, [], [FOLLOW_UP], "open"),
        (9, 0, VISIT, [FOLLOW_UP, GROUP], "open"),  # the shorter one fits
        (10, 0, VISIT, [FOLLOW_UP], "busy"),
        (12, 0, [], [FOLLOW_UP], "off"),
        (16, 45, [], [], "open"),  # no visit types known: the step alone, as before
    ],
)
def test_a_free_step_no_visit_fits_from_is_short(hour, minute, busy, visits, expected) -> None:  # type: ignore[no-untyped-def]
    slot = Span(_at(hour, minute), _at(hour, minute) + timedelta(minutes=15))
    assert cell_state(slot, WORKING, busy, 1, _at(7), visits) == expected


def _book_links(page: str, provider_id: int) -> list[str]:
    return re.findall(
        rf'href="/schedule/book\?provider={provider_id}&amp;day=[\d-]+&amp;time=(\d\d)%3A(\d\d)"', page
    )


def test_every_book_link_of_the_grid_books_with_the_type_the_form_offers(practice) -> None:
    day = open_day(FAR)
    provider_id = one(
        practice, "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' ORDER BY id LIMIT 1"
    )[0]
    patients = [
        one(
            practice,
            """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
            JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = 1 AND y.requires_authorization = :f
            ORDER BY p.id LIMIT 1 OFFSET :o""",
            f=False,
            o=offset,
        )[0]
        for offset in (0, 1)
    ]
    desk = page_client(practice, "front_desk")

    def book(patient_id: int, at: str):  # type: ignore[no-untyped-def]
        form = desk.get(
            "/schedule/book",
            params={"provider": provider_id, "day": day.isoformat(), "time": at, "patient": patient_id},
        ).text
        key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', form).group(1)  # type: ignore[union-attr]
        kind = re.search(r'<option value="(\d+)" selected>', form.split('id="appointment_type_id"')[1])
        data = {
            "idempotency_key": key,
            "patient_id": patient_id,
            "provider_id": provider_id,
            "appointment_type_id": kind.group(1),  # type: ignore[union-attr]
            "day": day.isoformat(),
            "time": at,
        }
        return desk.post("/schedule/book", data=data, follow_redirects=False)

    assert book(patients[0], "10:00").headers["location"].startswith("/appointments/")
    page = desk.get(f"/schedule?day={day}").text
    offered = {f"{h}:{m}" for h, m in _book_links(page, provider_id)}
    assert "09:15" in offered and "10:45" in offered  # up to the visit, and right after it
    assert not {"09:30", "09:45"} & offered, sorted(offered)  # a 45-minute visit would run into it
    last = max(offered)
    ends = one(
        practice,
        "SELECT MAX(end_minute) FROM provider_hours WHERE provider_id = :p AND weekday = :w",
        p=provider_id,
        w=day.weekday(),
    )[0]
    assert int(last[:2]) * 60 + int(last[3:]) + 45 <= ends  # no Book the day's end would refuse
    before = count(practice, "SELECT COUNT(*) FROM appointment WHERE provider_id = :p", p=provider_id)
    for at in ("09:15", "10:45", last):  # the edges each book with the type the form offers
        reply = book(patients[1], at)
        assert reply.status_code == 303 and "refused" not in reply.headers["location"], (at, reply.headers)
    assert (
        count(practice, "SELECT COUNT(*) FROM appointment WHERE provider_id = :p", p=provider_id)
        == before + 3
    )


def test_a_day_gone_by_offers_no_slot_and_says_none(practice) -> None:
    """Tried as the front desk: the schedule of a day gone by (11/24/2026) said 'Choose an open slot to
    book it.' over a grid with none (every step past). Now only a day with a slot left says it."""
    desk = page_client(practice, "front_desk")
    past = desk.get("/schedule?day=2026-11-24").text
    assert 'class="open-slot"' not in past and "Choose an open slot" not in past
    ahead = desk.get(f"/schedule?day={open_day(FAR)}").text  # must not change: a day ahead says it
    assert 'class="open-slot"' in ahead and "Choose an open slot to book it." in ahead


def test_a_booking_refused_for_a_time_taken_offers_the_next_open_one(practice) -> None:
    """Tried as the front desk: Book on a taken time said 'Kyle Chen, OT is already booked from 1:45 PM
    to 2:30 PM' and nothing else, though the service knows the provider's next open time for the visit
    (Conflict.next_open, which the API gives). The form now links it; the link books."""
    day = open_day(FAR + timedelta(days=1))
    provider_id = one(
        practice, "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' ORDER BY id LIMIT 1"
    )[0]
    first, second = (
        one(
            practice,
            """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
            JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = 1 AND y.requires_authorization = :f
            ORDER BY p.id LIMIT 1 OFFSET :o""",
            f=False,
            o=offset,
        )[0]
        for offset in (2, 3)
    )
    desk = page_client(practice, "front_desk")

    def form(patient_id: int, at: str) -> dict:
        page = desk.get(
            "/schedule/book",
            params={"provider": provider_id, "day": day.isoformat(), "time": at, "patient": patient_id},
        ).text
        kind = re.search(r'<option value="(\d+)" selected>', page.split('id="appointment_type_id"')[1])
        return {
            "idempotency_key": re.search(r'name="idempotency_key" value="([0-9a-f]+)"', page).group(1),  # type: ignore[union-attr]
            "patient_id": patient_id,
            "provider_id": provider_id,
            "appointment_type_id": kind.group(1),  # type: ignore[union-attr]
            "day": day.isoformat(),
            "time": at,
        }

    booked = desk.post("/schedule/book", data=form(first, "10:00"), follow_redirects=False)
    assert booked.headers["location"].startswith("/appointments/")
    refused = desk.post("/schedule/book", data=form(second, "10:15"))  # shown again after its redirect
    assert "already booked" in refused.text, refused.text[refused.text.find("<main") :][:1500]
    offered = re.search(r'id="next-open">The next open time: <a href="([^"]+)">([^<]+)</a>', refused.text)
    assert offered, refused.text[refused.text.find("<main") :][:1500]
    link = offered.group(1).replace("&amp;", "&")
    assert (
        f"day={day.isoformat()}" in link and "time=10%3A45" in link and offered.group(2).endswith("10:45 AM")
    )
    again = desk.get(link).text  # the form at that time, the patient and type kept
    assert f'name="patient_id" value="{second}"' in again and 'value="10:45"' in again
    booked = desk.post("/schedule/book", data=form(second, "10:45"), follow_redirects=False)
    assert booked.headers["location"].startswith("/appointments/")
