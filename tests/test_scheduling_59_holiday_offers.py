"""A holiday the clinic closes on, met by a wait-list offer and by a weekly series (#20). A visit booked on
a day before its owner chose to close on it, then cancelled, freed a time that was offered on the wait
list (offer_freed_slot read no calendar), and "Book it" met "the clinic is closed": now nobody is offered
it, and the desk is told why. A weekly series across a holiday books its other dates and lists the holiday
as not booked, with the holiday named (before: the refusal's own words, its date said twice, and nothing
a screen could tell a closed day by). Table-driven, on SQLite and PostgreSQL."""

from datetime import date
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import DEMO_TODAY
from page_helpers import page_client
from scheduling_helpers import book_series, local, patient, series_form, therapist, type_id
from sqlmodel import select

from core.clinics.holidays import set_closed_holidays
from core.scheduling import flows, waitlist
from core.scheduling.booking import CancelRequest
from core.scheduling.calendar_days import DEFAULT_CLOSED
from core.scheduling.models import WaitListEntry, WaitListOffer

DEMO_SIZE = "tiny"

JUNETEENTH = date(2027, 6, 18)  # observed: Saturday June 19, 2027
# (the visit's start, whether its freed time is offered, what the desk is told when it is not)
FREED = {
    "holiday": (local(2027, 6, 18, 10, 0), False),
    "the day before": (local(2027, 6, 17, 10, 0), True),  # must not change
}


# visits cancelled before the owner closes on Juneteenth, their times offered on the wait list
EARLIER = {"offered, holiday": local(2027, 6, 18, 11, 0), "offered, open day": local(2027, 6, 16, 11, 0)}


@pytest.fixture(scope="module")
def booked(practice):  # type: ignore[no-untyped-def]
    """FREED's visits booked (clinic 1, one patient), a patient waiting for any PT follow-up on weekdays,
    then the owner closes clinic 1 on Juneteenth."""
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    ids = {}
    for name, (when, _) in FREED.items():
        reply = client.post(
            "/api/v1/appointments",
            headers=headers,
            json={
                "patient_id": patient(practice, offset=7),
                "provider_id": therapist(practice, offset=1),
                "appointment_type_id": type_id(practice),
                "starts_at": when.isoformat(),
            },
        )
        assert reply.status_code == 201, reply.text
        ids[name] = reply.json()["appointment"]["id"]
    with practice.session() as session:
        waitlist.add_entry(
            session,
            actor=practice.actor("front_desk", "riverside"),
            data=waitlist.WaitListCreate(
                patient_id=patient(practice, offset=8), appointment_type_id=type_id(practice)
            ),
        )
        session.commit()
    # offers out before the choice: of a time on the holiday and of one on an open day
    for name, when in EARLIER.items():
        reply = client.post(
            "/api/v1/appointments",
            headers=headers,
            json={
                "patient_id": patient(practice, offset=7),
                "provider_id": therapist(practice, offset=1),
                "appointment_type_id": type_id(practice),
                "starts_at": when.isoformat(),
            },
        )
        assert reply.status_code == 201, reply.text
        ids[name] = reply.json()["appointment"]["id"]
        with practice.session() as session:
            _, offers = flows.cancel(
                session,
                actor=practice.actor("front_desk", "riverside"),
                appointment_id=ids[name],
                request=CancelRequest(reason="patient ill"),
            )
            assert offers, name
    with practice.session() as session:
        ids["change"] = set_closed_holidays(
            session,
            actor=practice.actor("owner"),
            clinic_id=1,
            names=[*DEFAULT_CLOSED, "Juneteenth"],
            today=DEMO_TODAY,
        )
    return ids


@pytest.mark.parametrize(
    ("name", "status"), [("offered, holiday", "withdrawn"), ("offered, open day", "offered")]
)
def test_offers_out_on_a_day_now_closed_are_withdrawn(practice, booked, name: str, status: str) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        offers = session.exec(
            select(WaitListOffer).where(WaitListOffer.freed_appointment_id == booked[name])
        ).all()
        entries = [session.get(WaitListEntry, o.entry_id) for o in offers]
        # an entry still 'offered' holds another open offer (the open day's); the rest wait again
        still_out = {
            o.entry_id
            for o in session.exec(select(WaitListOffer).where(WaitListOffer.status == "offered")).all()
        }
    assert offers and {o.status for o in offers} == {status}
    if status == "withdrawn":  # the patients wait again, and the owner is told
        assert all(
            e is not None and e.status == ("offered" if e.id in still_out else "waiting") for e in entries
        )
        assert booked["change"].withdrawn == len(offers)
        assert f"{len(offers)} wait-list offer" in booked["change"].words()


@pytest.mark.parametrize("name", list(FREED))
def test_a_freed_time_on_a_holiday_is_offered_to_nobody(practice, booked, name: str) -> None:  # type: ignore[no-untyped-def]
    _, offered = FREED[name]
    desk = practice.actor("front_desk", "riverside")
    with practice.session() as session:
        _, offers = flows.cancel(
            session, actor=desk, appointment_id=booked[name], request=CancelRequest(reason="patient ill")
        )
        assert bool(offers) == offered
        said = waitlist.nobody_offered(session, actor=desk, appointment_id=booked[name])
    closed = (
        "The clinic is closed that day (Juneteenth, a holiday), so the time was not offered on the wait list."
    )
    assert (said == closed) == (not offered), said


# (the first day, the weekdays, weeks, the patient's offset, the days booked, the days not booked with why)
SERIES = [
    # Mondays across Independence Day 2027 (a Sunday, observed Monday July 5)
    (
        date(2027, 6, 28),
        [0],
        3,
        10,
        ["2027-06-28", "2027-07-12"],
        [("2027-07-05", "the clinic is closed (Independence Day, a holiday)", "Independence Day")],
    ),
    # Fridays across Juneteenth, which clinic 1 now closes on
    (
        date(2027, 6, 11),
        [4],
        3,
        11,
        ["2027-06-11", "2027-06-25"],
        [("2027-06-18", "the clinic is closed (Juneteenth, a holiday)", "Juneteenth")],
    ),
    # must not change: a series with no holiday in it
    (date(2027, 6, 29), [1], 3, 12, ["2027-06-29", "2027-07-06", "2027-07-13"], []),
]


@pytest.mark.parametrize(("first", "weekdays", "weeks", "who", "days", "not_booked"), SERIES)
def test_a_series_across_a_holiday(practice, booked, first, weekdays, weeks, who, days, not_booked) -> None:  # type: ignore[no-untyped-def]
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    got = book_series(practice, client, headers, who, first, weekdays, weeks)
    assert [b["appointment"]["local_start"][:10] for b in got["booked"]] == days
    assert [(c["day"], c["reason"], c["closed"]) for c in got["conflicts"]] == not_booked


def test_the_booking_form_lists_the_holiday(practice, booked) -> None:  # type: ignore[no-untyped-def]
    """The front desk's weekly series from the schedule's booking form: booked, the holiday said."""
    desk = page_client(practice, "front_desk")
    reply = series_form(
        desk,
        patient(practice, offset=13),
        therapist(practice),
        type_id(practice),
        "2027-06-28",
        "15:00",
        0,
        3,
    )
    done = parse_qs(urlparse(reply.headers["location"]).query)["done"][0]
    # the next open time offered for the holiday since flows.open_instead (test_scheduling_60_series_instead)
    assert done.startswith(
        "Booked 2 visits. Not booked: 07/05/2027, the clinic is closed (Independence Day, a holiday); next "
        "open: Tuesday 07/06/2027 at 3:00 PM EDT."
    ), done
