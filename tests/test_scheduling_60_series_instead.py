"""A weekly series across a day the clinic is closed offers a time instead (#20): the skipped day is
listed with the provider's next open start from the series' own time on the next day the clinic is open
and the provider works (flows.open_instead), never on a day the series books the patient already. Before,
the closed day's "next_open" was None and the desk was left to find one. The API's reply and the booking
form's result say it; the schedule page links each offered time to the booking form. In Debian's Chromium
at 1024 x 768 the front desk books Mondays across Independence Day 2027 from the booking form, reads the
Tuesday offered and follows its link. Table-driven, on SQLite and PostgreSQL (the browser's on SQLite)."""

import re
from datetime import UTC, date, datetime
from urllib.parse import parse_qs, urlparse

import pytest
from browser_support import SCREEN, checked, log_in, needs_chromium
from page_helpers import page_client
from scheduling_helpers import NY, book_series, local, patient, series_form, therapist, type_id

DEMO_SIZE = "tiny"

# (the first day, the weekdays, weeks, the patient's offset, a visit of another patient booked first
# with the same provider, the days booked, the day skipped, the time offered instead)
SERIES = {
    # Mondays across Independence Day 2027 (a Sunday, observed Monday July 5): the Tuesday, at 2 PM
    "independence day": (
        date(2027, 6, 28),
        [0],
        3,
        20,
        None,
        ["2027-06-28", "2027-07-12"],
        "2027-07-05",
        "2027-07-06T14:00:00-04:00",
    ),
    # Thursdays across Thanksgiving 2027 (the day after is no holiday of the clinic's): the Friday
    "thanksgiving": (
        date(2027, 11, 18),
        [3],
        2,
        21,
        None,
        ["2027-11-18"],
        "2027-11-25",
        "2027-11-26T14:00:00-05:00",
    ),
    # Thursdays and Fridays: the Friday is the series' own, so the Monday after
    "its own friday": (
        date(2027, 11, 25),
        [3, 4],
        1,
        22,
        None,
        ["2027-11-26"],
        "2027-11-25",
        "2027-11-29T14:00:00-05:00",
    ),
    # Mondays across Labor Day 2027 (September 6) with the Tuesday's 2 PM taken: the next open start
    "taken": (
        date(2027, 8, 30),
        [0],
        2,
        23,
        local(2027, 9, 7, 14, 0),
        ["2027-08-30"],
        "2027-09-06",
        None,  # the end of the visit booked first
    ),
}


def _book(practice, headers, who: int, when: datetime) -> dict:  # type: ignore[no-untyped-def]
    reply = practice.client().post(
        "/api/v1/appointments",
        headers=headers,
        json={
            "patient_id": patient(practice, offset=who),
            "provider_id": therapist(practice, offset=2),
            "appointment_type_id": type_id(practice),
            "starts_at": when.isoformat(),
        },
    )
    assert reply.status_code == 201, reply.text
    return reply.json()["appointment"]


@pytest.mark.parametrize("name", list(SERIES))
def test_the_closed_day_is_offered_a_time(practice, name: str) -> None:  # type: ignore[no-untyped-def]
    first, weekdays, weeks, who, busy, days, skipped, offered = SERIES[name]
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    if busy is not None:
        taken = _book(practice, headers, who + 10, busy)
        ends = datetime.fromisoformat(taken["ends_at"])
        offered = (ends if ends.tzinfo else ends.replace(tzinfo=UTC)).astimezone(NY).isoformat()
    got = book_series(practice, client, headers, who, first, weekdays, weeks)
    assert [b["appointment"]["local_start"][:10] for b in got["booked"]] == days
    assert [(c["day"], c["next_open"]) for c in got["conflicts"]] == [(skipped, offered)]
    assert got["conflicts"][0]["closed"] is not None


def test_a_clash_keeps_its_own_next_open(practice) -> None:  # type: ignore[no-untyped-def]
    """Must not change: a day refused for a clash (not a closed day) says the provider's next open start
    after the time asked, as the booking service found it."""
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    _book(practice, headers, 34, local(2027, 10, 5, 9, 0))
    got = book_series(practice, client, headers, 35, date(2027, 10, 5), [1], 1, minute=9 * 60)
    (conflict,) = got["conflicts"]
    assert conflict["closed"] is None and "already booked" in conflict["reason"]
    assert conflict["next_open"].startswith("2027-10-05T09:45"), conflict


def test_the_booking_form_offers_the_tuesday(practice) -> None:  # type: ignore[no-untyped-def]
    desk = page_client(practice, "front_desk")
    who, provider, kind = patient(practice, offset=24), therapist(practice, offset=1), type_id(practice)
    reply = series_form(desk, who, provider, kind, "2027-06-28", "15:00", 0, 3)
    query = parse_qs(urlparse(reply.headers["location"]).query)
    assert query["done"][0].startswith(
        "Booked 2 visits. Not booked: 07/05/2027, the clinic is closed (Independence Day, a holiday); "
        "next open: Tuesday 07/06/2027 at 3:00 PM EDT."
    ), query["done"][0]
    assert query["instead"] == ["2027-07-06T15:00"]
    page = desk.get(reply.headers["location"])
    assert page.status_code == 200
    link = f"/schedule/book?provider={provider}&amp;day=2027-07-06&amp;time=15%3A00&amp;patient={who}&amp;type={kind}"
    assert f'<a href="{link}">Tuesday, July 6 at 3:00 PM</a>' in page.text, page.text[:3000]
    # must not change: a series with nothing skipped offers nothing
    again = series_form(desk, who, provider, kind, "2027-07-13", "15:00", 1, 2)
    assert "instead" not in parse_qs(urlparse(again.headers["location"]).query)
    # a time typed wrong in the address is passed over
    assert 'id="series-instead"' not in desk.get("/schedule?day=2027-07-06&instead=soon").text


@needs_chromium
def test_the_desk_follows_the_offer_in_a_browser(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    who, provider, kind = patient(practice, offset=25), therapist(practice, offset=1), type_id(practice)
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    desk = practice.user("front_desk", "riverside")
    log_in(page, desk.email, desk.password)
    page.goto(f"/schedule/book?patient={who}&provider={provider}&type={kind}&day=2027-06-28&time=11:30")
    page.wait_for_selector("#book-button")
    page.check("#repeat")
    for box in page.locator("input[name=weekdays]").all():
        box.set_checked(box.get_attribute("value") == "0")
    page.fill("#weeks", "3")
    page.click("#book-button")
    page.wait_for_url(re.compile(r"/schedule\?"))
    said = page.locator("p.notice[role=status]").inner_text()
    assert (
        "07/05/2027, the clinic is closed (Independence Day, a holiday); next open: Tuesday 07/06/2027 at "
        in said
    )
    offer = page.locator("#series-instead a")
    assert offer.inner_text() == "Tuesday, July 6 at 11:30 AM"
    checked(page, "desk-series-holiday-instead")
    offer.click()
    page.wait_for_url(re.compile(r"/schedule/book\?"))
    page.wait_for_selector("#book-button")
    assert page.locator("#bday").input_value() == "2027-07-06"
    assert page.locator("#btime").input_value() == "11:30"
    checked(page, "desk-series-holiday-instead-form")
    context.close()
