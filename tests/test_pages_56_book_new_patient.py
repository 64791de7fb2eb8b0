"""A new caller booked from the schedule (#20): the front desk clicks an open slot, searches the caller's
name, finds nobody, and had no way on from there (back to Patients, New patient, then the schedule and
the slot again). The booking page now links "Add a new patient", whose intake form comes back to that
time with the new patient chosen. The way back is built from typed values only (provider id, date,
HH:MM), so it cannot be made to lead off the site. Table-driven for the way back, through the pages for
the must-not-change rows, and end to end in Debian's Chromium at 1024 x 768 (axe-core, the database)."""

import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_support import checked, logged_in, needs_chromium
from page_helpers import page_client
from scheduling_helpers import one

from web.routers.desk_intake import _booking_time

DEMO_SIZE = "tiny"

DAY = date(2026, 12, 7)

# (provider, day, time) -> the booking page's address the intake goes back to
WAYS_BACK = [
    ((2, DAY, "08:00"), {"provider": "2", "day": "2026-12-07", "time": "08:00"}),
    ((9, DAY, "14:45"), {"provider": "9", "day": "2026-12-07", "time": "14:45"}),
    # a time that is not HH:MM is left out (the booking page then offers its own)
    ((2, DAY, "//example.org"), {"provider": "2", "day": "2026-12-07"}),
    ((2, DAY, ""), {"provider": "2", "day": "2026-12-07"}),
    # must not change: an intake not from a booking goes to the patient's page
    ((None, DAY, "08:00"), {}),
    ((2, None, "08:00"), {}),
    ((None, None, ""), {}),
]


@pytest.mark.parametrize(("given", "want"), WAYS_BACK)
def test_the_way_back_to_the_booking(given: tuple, want: dict[str, str]) -> None:
    assert _booking_time(*given) == want


def _intake(client, **book: str):  # type: ignore[no-untyped-def]
    form = {
        "first_name": "Quill",
        "last_name": "Featherstone",
        "birth_date": "1981-04-02",
        "sex": "F",
        **book,
    }
    return client.post("/patients/new", data=form, follow_redirects=False)


def test_the_intake_goes_back_where_it_came_from(practice) -> None:  # type: ignore[no-untyped-def]
    desk = page_client(practice, "front_desk")
    # from the booking page: back to that time, the patient chosen
    reply = _intake(desk, book_provider="2", book_day="2026-12-07", book_time="08:15")
    assert reply.status_code == 303, reply.text[:300]
    where = urlsplit(reply.headers["location"])
    patient = one(practice, "SELECT MAX(id) FROM patient WHERE last_name = 'Featherstone'")[0]
    assert where.path == "/schedule/book"
    assert parse_qs(where.query) == {
        "provider": ["2"],
        "day": ["2026-12-07"],
        "time": ["08:15"],
        "patient": [str(patient)],
    }
    # must not change: from Patients, to the new patient's page
    other = desk.post(
        "/patients/new",
        data={"first_name": "Wren", "last_name": "Featherstone", "birth_date": "1979-01-09", "sex": "M"},
        follow_redirects=False,
    )
    assert other.status_code == 303 and urlsplit(other.headers["location"]).path.startswith("/patients/")
    # must not change: a refused intake keeps the way back on its form
    refused = desk.post(
        "/patients/new",
        data={
            "first_name": "",
            "last_name": "X",
            "birth_date": "1979-01-09",
            "book_provider": "2",
            "book_day": "2026-12-07",
            "book_time": "08:15",
        },
    )
    assert refused.status_code == 422
    assert (
        'name="book_provider" value="2"' in refused.text and 'name="book_time" value="08:15"' in refused.text
    )
    # the booking page offers the intake, with the slot, to whoever may add patients
    provider = one(practice, "SELECT MIN(id) FROM provider WHERE clinic_id = 1 AND is_active")[0]
    page = desk.get(f"/schedule/book?provider={provider}&day=2026-12-07&time=08%3A15&q=Nobody+Byname").text
    assert "No patient matches" in page
    assert (
        f'href="/patients/new?provider={provider}&amp;day=2026-12-07&amp;time=08%3A15">Add a new patient'
        in page
    )
    # must not change: a biller, who adds no patient, is not offered it
    biller = page_client(practice, "biller")
    seen = biller.get(f"/schedule/book?provider={provider}&day=2026-12-07&time=08%3A15&q=Nobody+Byname")
    assert "Add a new patient" not in seen.text


@needs_chromium
def test_a_new_caller_is_added_and_booked_from_the_slot(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context, page = logged_in(chromium, server, practice.user("front_desk"))
    page.goto("/schedule")
    for _ in range(10):  # the first day ahead with an open slot
        slot = page.locator("a", has_text=re.compile(r"^Book .+ at \d"))
        if slot.count():
            break
        page.click("text=Next day")
        page.wait_for_load_state()
    href = slot.first.get_attribute("href")
    assert href
    booked_with = parse_qs(urlsplit(href).query)
    slot.first.click()
    page.wait_for_url(re.compile(r"/schedule/book\?"))
    page.fill("#q", "Quillon Featherby")
    page.click("main button:has-text('Search')")
    page.wait_for_load_state()
    assert "No patient matches" in page.inner_text("main")
    checked(page, "desk-book-no-match")
    page.click("#new-patient a")
    page.wait_for_url(re.compile(r"/patients/new\?"))
    page.fill("#first_name", "Quillon")
    page.fill("#last_name", "Featherby")
    page.fill("#birth_date", "1975-06-30")
    page.fill("#phone", "217-555-0199")
    checked(page, "desk-book-new-patient")
    page.click("#patient-form button[type=submit]")
    page.wait_for_url(re.compile(r"/schedule/book\?.*patient=\d+"))
    patient = one(practice, "SELECT id FROM patient WHERE last_name = 'Featherby'")[0]
    assert f"patient={patient}" in page.url
    assert "Quillon Featherby" in page.inner_text("main")
    assert page.locator("#bday").input_value() == booked_with["day"][0]
    assert page.locator("#btime").input_value() == booked_with["time"][0]
    checked(page, "desk-book-new-patient-chosen")
    page.click("#book-button")
    page.wait_for_load_state()
    starts = one(
        practice,
        "SELECT COUNT(*) FROM appointment WHERE patient_id = :p AND provider_id = :v AND status = 'booked'",
        p=patient,
        v=int(booked_with["provider"][0]),
    )[0]
    assert starts == 1, page.inner_text("main")[:500]
    context.close()
