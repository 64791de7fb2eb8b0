"""The booking form's defaults and the patient search box (#20), findings of a new-user trial: the form
opened on a Sunday (the clinic closed) with the clinic's first provider even for a therapist booking
their own patient, and 'Jonh Smtih' found nobody. Now the day is the provider's next working day
(core.scheduling.booking_defaults), a user who is a provider of the clinic is preselected, and a search
that matches no name as spelled lists the names close to it (core.patients.service.search)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from page_helpers import page_client
from scheduling_helpers import clock_with_log_ins, one

from core.scheduling.booking_defaults import next_working_day

DEMO_SIZE = "tiny"

WEEKDAYS = {0, 1, 2, 3, 4}  # Monday to Friday


@pytest.mark.parametrize(
    ("today", "weekdays", "expected"),
    [
        (date(2026, 12, 6), WEEKDAYS, date(2026, 12, 7)),  # a Sunday: the Monday
        (date(2026, 12, 5), WEEKDAYS, date(2026, 12, 7)),  # a Saturday: the Monday
        (date(2026, 12, 5), {0, 1, 2, 3, 4, 5}, date(2026, 12, 5)),  # a clinic open on Saturdays
        (date(2026, 12, 24), WEEKDAYS, date(2026, 12, 24)),  # a working Thursday: that day
        (date(2026, 12, 25), WEEKDAYS, date(2026, 12, 28)),  # Christmas (a Friday): the Monday after
        (date(2026, 12, 8), {3}, date(2026, 12, 10)),  # works Thursdays only
        (date(2026, 12, 6), set(), date(2026, 12, 6)),  # no hours at all: today, as before
    ],
)
def test_the_booking_day_is_the_next_working_day(today: date, weekdays: set[int], expected: date) -> None:
    assert next_working_day(today, weekdays) == expected


@pytest.mark.parametrize(
    ("today", "off", "expected"),
    [
        (date(2026, 12, 7), {date(2026, 12, 7)}, date(2026, 12, 8)),  # a Monday off: the Tuesday
        (date(2026, 12, 6), {date(2026, 12, 7) + timedelta(days=d) for d in range(5)}, date(2026, 12, 14)),
        (date(2026, 12, 7), {date(2026, 12, 6)}, date(2026, 12, 7)),  # must not change: a day off gone by
        (date(2026, 12, 7), set(), date(2026, 12, 7)),  # must not change: no time off
    ],
)
def test_the_booking_day_passes_the_providers_days_off(today: date, off: set[date], expected: date) -> None:
    assert next_working_day(today, WEEKDAYS, off=off) == expected


def _booked_day(page: str) -> str:
    """The day the form books on, as its patient search carries it (before a patient is chosen)."""
    return page.split('<input type="hidden" name="day" value="')[1].split('"')[0]


def test_the_form_opens_on_the_providers_next_working_day_not_a_sunday(practice) -> None:  # type: ignore[no-untyped-def]
    provider = one(
        practice,
        "SELECT p.id FROM provider p WHERE p.clinic_id = 1 AND p.is_active AND EXISTS (SELECT 1 FROM"
        " provider_hours h WHERE h.provider_id = p.id AND h.weekday = 0) AND NOT EXISTS (SELECT 1 FROM"
        " provider_hours h WHERE h.provider_id = p.id AND h.weekday = 6) ORDER BY p.id",
    )[0]
    desk = page_client(practice, "front_desk")
    sunday = datetime(2026, 12, 6, 17, tzinfo=UTC)  # noon on a Sunday in the clinic's zone
    with clock_with_log_ins(practice.engine, sunday):
        page = desk.get(f"/schedule/book?provider={provider}").text
        asked = desk.get(f"/schedule/book?provider={provider}&day=2026-12-06").text
    assert _booked_day(page) == "2026-12-07"
    assert _booked_day(asked) == "2026-12-06"  # must not change: a day asked for is that day


def test_the_form_opens_after_the_providers_time_off(practice) -> None:  # type: ignore[no-untyped-def]
    """A provider off all of Monday 12/7 (added by the desk) is booked from their next working day; an
    afternoon off leaves the morning, so that day stands."""
    from sqlmodel import Session

    from core.scheduling.booking_defaults import booking_day
    from core.scheduling.calendar import TimeOffCreate, add_time_off

    provider = one(
        practice,
        "SELECT p.id FROM provider p WHERE p.clinic_id = 1 AND p.is_active AND EXISTS (SELECT 1 FROM"
        " provider_hours h WHERE h.provider_id = p.id AND h.weekday = 0) AND EXISTS (SELECT 1 FROM"
        " provider_hours h WHERE h.provider_id = p.id AND h.weekday = 1) AND NOT EXISTS (SELECT 1 FROM"
        " time_off t WHERE t.provider_id = p.id AND t.starts_at < :until AND t.ends_at > :since) ORDER BY p.id DESC",
        since=datetime(2026, 12, 6),
        until=datetime(2026, 12, 23),
    )[0]
    desk = practice.actor("front_desk")
    with Session(practice.engine) as session:  # Tuesday 12/8 from 1 pm: the afternoon off
        afternoon = TimeOffCreate(
            starts_at=datetime(2026, 12, 8, 18, tzinfo=UTC), ends_at=datetime(2026, 12, 9, 5, tzinfo=UTC)
        )
        add_time_off(session, actor=desk, provider_id=provider, data=afternoon)
    with Session(practice.engine) as session:
        assert booking_day(session, provider_id=provider, today=date(2026, 12, 8)) == date(2026, 12, 8)
    with Session(practice.engine) as session:  # all of Monday 12/7, clinic time (UTC-5)
        monday = TimeOffCreate(
            starts_at=datetime(2026, 12, 7, 5, tzinfo=UTC),
            ends_at=datetime(2026, 12, 8, 5, tzinfo=UTC),
            reason="a day off",
        )
        add_time_off(session, actor=desk, provider_id=provider, data=monday)
    desk_page = page_client(practice, "front_desk")  # logged in on the wall clock, as above
    sunday = datetime(2026, 12, 6, 17, tzinfo=UTC)
    with clock_with_log_ins(practice.engine, sunday):
        page = desk_page.get(f"/schedule/book?provider={provider}").text
    assert _booked_day(page) == "2026-12-08"


def test_a_therapist_booking_is_with_themselves_the_desk_with_the_usual_provider(practice) -> None:  # type: ignore[no-untyped-def]
    patient = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id")[0]
    therapist = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'OT' AND is_active ORDER BY id",
    )[0]
    mine = page_client(practice, provider_id=therapist).get(f"/schedule/book?patient={patient}").text
    assert f'<option value="{therapist}" selected>' in mine
    # must not change: the desk (no provider of its own) still gets a provider chosen for the patient
    desk = page_client(practice, "front_desk").get(f"/schedule/book?patient={patient}").text
    providers = desk.split('id="provider_id"')[1].split("</select>")[0]
    assert providers.count(" selected>") == 1


def _swapped(word: str) -> str:
    """Two letters inside the word swapped, as fast typing does ('John' -> 'Jonh')."""
    return word[:2] + word[3] + word[2] + word[4:] if len(word) >= 4 else word


def test_a_typo_or_last_first_still_finds_the_patient(practice) -> None:  # type: ignore[no-untyped-def]
    patient, first, last = one(
        practice,
        "SELECT id, first_name, last_name FROM patient WHERE clinic_id = 1 AND length(first_name) >= 4"
        " AND length(last_name) >= 5 ORDER BY id",
    )
    desk = page_client(practice, "front_desk")
    for typed, close in (
        (f"{_swapped(first)} {_swapped(last)}", True),
        (f"{last}, {first}", False),
        (f"{_swapped(last)}, {_swapped(first)}", True),
        (f"{first} {last}", False),  # must not change: as spelled, found as before
    ):
        page = desk.get("/patients", params={"q": typed}).text
        assert f'href="/patients/{patient}"' in page, typed
        assert ('id="close-names"' in page) is close, typed
        booking = desk.get("/schedule/book", params={"q": typed}).text
        assert f"patient={patient}" in booking, typed
    # must not change: nothing near it is nothing, and digits are never guessed at
    nothing = desk.get("/patients", params={"q": "Qwxyz Vbnmk"}).text
    assert "No name is spelled" in nothing and "/patients/" not in nothing.split('id="close-names"')[1][:400]
    api = practice.client()
    found = api.get(
        "/api/v1/patients", params={"q": "555-0000-99"}, headers=practice.login(api, "front_desk")
    ).json()
    assert found["close"] is False
