"""A clinic's closed days have one source (core.scheduling.closed_days, #20): the holidays it closes on,
observed as its own week has it (a clinic open on Saturdays closes on a Saturday Christmas, not the
Friday before), and the weekdays none of its providers works. The booking service refuses such a day in
the words the schedule page says it in, the open-slot search and the next-open time pass it over. A day
every provider is on time off is no day to "Choose an open slot", and the next open day is not one of
those. Before, the page read the six holidays for every clinic while the service booked them (the demo's
holidays are time off it writes for the next 60 days only: Independence Day 2027 had none)."""

import html
import re
from datetime import date, datetime, time, timedelta

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import NY, local, one, patient, therapist, type_id
from sqlmodel import col, select

from core.providers.models import Provider
from core.scheduling.booking import next_open
from core.scheduling.calendar import load_provider, load_type
from core.scheduling.closed_days import closed_reason, closed_why
from core.scheduling.models import TimeOff

DEMO_SIZE = "tiny"

MON_FRI = {0, 1, 2, 3, 4}
MON_SAT = {0, 1, 2, 3, 4, 5}
EVERY_DAY = set(range(7))


@pytest.mark.parametrize(
    ("day", "worked", "why"),
    [
        # Christmas 2027 is a Saturday: a clinic open Saturdays closes on the day, open the Friday before
        (date(2027, 12, 25), MON_SAT, "Christmas Day"),
        (date(2027, 12, 24), MON_SAT, None),
        # Independence Day 2027 is a Sunday: a clinic open every day closes on the day itself
        (date(2027, 7, 4), EVERY_DAY, "Independence Day"),
        (date(2027, 7, 5), EVERY_DAY, None),
        # must not change: a Monday-to-Friday clinic observes them on the Friday before, the Monday after
        (date(2027, 12, 24), MON_FRI, "Christmas Day"),
        (date(2027, 12, 25), MON_FRI, "Saturdays"),
        (date(2027, 7, 5), MON_FRI, "Independence Day"),
        (date(2027, 7, 4), MON_FRI, "Sundays"),
        # a Monday-to-Saturday clinic closed on Sundays observes a Sunday's holiday on the Monday
        (date(2027, 7, 5), MON_SAT, "Independence Day"),
        (date(2027, 7, 6), MON_SAT, None),
    ],
)
def test_a_clinics_holidays_are_observed_as_its_week_has_them(
    day: date, worked: set[int], why: str | None
) -> None:
    assert closed_why(day, worked) == why


@pytest.mark.parametrize(
    ("why", "words"),
    [
        ("Christmas Day", "Christmas Day, a holiday"),
        ("Saturdays", "none of the clinic's providers works Saturdays"),
    ],
)
def test_the_closed_reason_in_words(why: str, words: str) -> None:
    assert closed_reason(why) == words


@pytest.fixture
def desk(practice, demo_clock):  # type: ignore[no-untyped-def]
    client = practice.client()
    return client, practice.login(client, "front_desk", "riverside")


@pytest.mark.parametrize(
    ("when", "refused"),
    [
        # Independence Day 2027, observed on Monday July 5: no time off written for it, booked before
        (local(2027, 7, 5, 10, 0), "the clinic is closed on 07/05/2027 (Independence Day, a holiday)"),
        # a Saturday: said as the page says it, not as hours outside the provider's
        (
            local(2027, 7, 10, 10, 0),
            "the clinic is closed on 07/10/2027 (none of the clinic's providers works Saturdays)",
        ),
        # must not change: the day after books
        (local(2027, 7, 6, 10, 0), None),
    ],
)
def test_the_booking_service_refuses_a_closed_day(
    practice, desk, when: datetime, refused: str | None
) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    reply = client.post(
        "/api/v1/appointments",
        headers=headers,
        json={
            "patient_id": patient(practice, offset=3),
            "provider_id": therapist(practice, offset=1),
            "appointment_type_id": type_id(practice),
            "starts_at": when.isoformat(),
        },
    )
    if refused is None:
        assert reply.status_code == 201, reply.text
        return
    assert reply.status_code == 422, reply.text
    assert reply.json()["detail"] == refused


@pytest.mark.parametrize(
    ("day", "slots"),
    [
        (date(2027, 7, 5), False),  # the holiday: no opening offered
        (date(2027, 7, 7), True),  # must not change
    ],
)
def test_the_open_slot_search_passes_over_a_holiday(practice, desk, day: date, slots: bool) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    reply = client.get(
        "/api/v1/availability",
        headers=headers,
        params={
            "appointment_type_id": type_id(practice),
            "date_from": day.isoformat(),
            "date_to": day.isoformat(),
        },
    )
    assert reply.status_code == 200, reply.text
    assert bool(reply.json()) == slots


@pytest.mark.parametrize(
    ("after", "expected_day"),
    [
        (local(2027, 7, 2, 23, 0), date(2027, 7, 6)),  # Friday night: past the weekend and the holiday
        (local(2027, 7, 6, 23, 0), date(2027, 7, 7)),  # must not change
    ],
)
def test_the_next_open_time_passes_over_a_holiday(
    practice: Practice, after: datetime, expected_day: date
) -> None:
    provider_id, kind_id = therapist(practice, offset=2), type_id(practice)
    with practice.session() as session:
        provider = load_provider(session, provider_id)
        found = next_open(session, provider, load_type(session, kind_id), after, NY)
    assert found is not None and found.astimezone(NY).date() == expected_day


OFF_DAY = date(2027, 7, 12)  # a Monday every provider of clinic 1 takes off in the tests below


@pytest.fixture(scope="module")
def everyone_off(practice):  # type: ignore[no-untyped-def]
    """Every active provider of clinic 1 on time off the whole of OFF_DAY."""
    with practice.session() as session:
        ids = list(
            session.exec(
                select(Provider.id).where(Provider.clinic_id == 1, col(Provider.is_active).is_(True))
            ).all()
        )
    start = datetime.combine(OFF_DAY, time(0), NY)
    with practice.session() as session:
        for pid in ids:
            session.add(
                TimeOff(
                    provider_id=pid,
                    starts_at=start,
                    ends_at=start + timedelta(days=1),
                    reason="team training",
                )
            )
        session.commit()
    return ids


# (day, the notice's words or None, the next open day or None)
OFF_ROWS = [
    (OFF_DAY, "No provider is working on Monday, July 12 (every provider is on time off).", "2027-07-13"),
    # a Saturday before it: the next open day is not the Monday every provider is off
    (
        date(2027, 7, 10),
        "The clinic is closed on Saturday, July 10 (none of the clinic's providers works Saturdays).",
        "2027-07-13",
    ),
    (date(2027, 7, 5), "The clinic is closed on Monday, July 5 (Independence Day, a holiday).", "2027-07-06"),
    # must not change: an open day
    (date(2027, 7, 13), None, None),
]


@pytest.mark.parametrize(("day", "said", "reopens"), OFF_ROWS, ids=[str(r[0]) for r in OFF_ROWS])
def test_the_schedule_says_when_nobody_works(
    practice, everyone_off, day: date, said: str | None, reopens: str | None
) -> None:  # type: ignore[no-untyped-def]
    page = page_client(practice, "front_desk").get(f"/schedule?day={day}&clinic=1")
    assert page.status_code == 200, page.text
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", page.text)).split())
    if said is None:
        assert 'id="closed-day"' not in page.text
        assert "Choose an open slot to book it." in text and 'class="open-slot"' in page.text
        return
    assert said in text, text[:2000]
    assert "Choose an open slot" not in text and 'class="open-slot"' not in page.text
    assert re.search(rf'The next open day is <a href="/schedule\?clinic=1&amp;day={reopens}">', page.text)


def test_the_time_off_day_is_refused_as_before(practice, desk, everyone_off) -> None:  # type: ignore[no-untyped-def]
    """Must not change: a provider's time off is refused in the words it was."""
    client, headers = desk
    reply = client.post(
        "/api/v1/appointments",
        headers=headers,
        json={
            "patient_id": patient(practice, offset=4),
            "provider_id": therapist(practice, offset=1),
            "appointment_type_id": type_id(practice),
            "starts_at": local(2027, 7, 12, 10, 0).isoformat(),
        },
    )
    assert reply.status_code == 422, reply.text
    assert "outside the provider's working hours" in reply.json()["detail"]
    assert one(practice, "SELECT COUNT(*) FROM time_off WHERE reason = 'team training'")[0] == len(
        everyone_off
    )
