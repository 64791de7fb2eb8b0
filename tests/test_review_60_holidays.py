"""Review of the holidays API, the offers fold and a series' closed days offered a time (#20, #22):
GET/PUT /api/v1/clinics/{id}/holidays by role, two PUTs at once, a PUT closing a day with wait-list
offers out (withdrawn once, audited once), the local day's bounds on the days daylight time starts and
ends (visits at 11:30 PM and 12:15 AM), and flows.open_instead on a Friday holiday and on two closed days
of one series in a row. Table-driven, on SQLite and PostgreSQL."""

import threading
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from page_helpers import page_client
from scheduling_helpers import book_series, count, in_clinic_time, local, patient, therapist, type_id
from sqlalchemy import text
from sqlmodel import col, select

from core.clinics.holidays import _booked_on
from core.scheduling import flows, waitlist
from core.scheduling.booking import CancelRequest
from core.scheduling.calendar import local_day_bounds
from core.scheduling.models import Appointment, WaitListEntry, WaitListOffer
from core.scheduling.offers import expire_lapsed
from core.scheduling.rules import ACTIVE

DEMO_SIZE = "tiny"

URL = "/api/v1/clinics/{}/holidays"
NY = ZoneInfo("America/New_York")
ALLOWED = "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'clinic_holidays' AND outcome = 'allowed'"


def _closed_now(practice, client, headers) -> list[str]:  # type: ignore[no-untyped-def]
    reply = client.get(URL.format(1), headers=headers)
    assert reply.status_code == 200, reply.text
    return [row["name"] for row in reply.json()["rows"] if row["closed"]]


def _put(practice, names: list[str]) -> dict:  # type: ignore[no-untyped-def]
    client = practice.client()
    reply = client.put(URL.format(1), headers=practice.login(client, "owner"), json={"closed": names})
    assert reply.status_code == 200, reply.text
    return reply.json()


# (the role, its clinic, the method, the status)
ROLES = [
    ("owner", None, "get", 200),
    ("assistant", "riverside", "get", 403),
    ("biller", None, "put", 403),
    ("assistant", "riverside", "put", 403),
    ("front_desk", "riverside", "put", 403),
]


@pytest.mark.parametrize(("role", "clinic", "method", "status"), ROLES)
def test_only_the_owner_reads_and_changes_the_holidays(practice, role, clinic, method, status) -> None:  # type: ignore[no-untyped-def]
    client = practice.client()
    owner = practice.login(client, "owner")
    before, allowed = _closed_now(practice, client, owner), count(practice, ALLOWED)
    denied = count(practice, ALLOWED.replace("'allowed'", "'denied'"))
    headers = practice.login(client, role, clinic)
    body = {"closed": [*before, "Columbus Day"]} if method == "put" else None
    reply = client.request(method.upper(), URL.format(1), headers=headers, json=body)
    assert reply.status_code == status, reply.text
    assert _closed_now(practice, client, owner) == before
    assert count(practice, ALLOWED) == allowed
    # a refusal is audited as denied, as the owner's page audits it
    assert count(practice, ALLOWED.replace("'allowed'", "'denied'")) == denied + (status == 403)


def test_two_puts_at_once_are_one_change(practice) -> None:  # type: ignore[no-untyped-def]
    client = practice.client()
    owner = practice.login(client, "owner")
    before, allowed = _closed_now(practice, client, owner), count(practice, ALLOWED)
    wanted = [*before, "Veterans Day"]
    replies: list = []
    gate = threading.Barrier(2)

    def put() -> None:
        mine = practice.client()
        headers = practice.login(mine, "owner")
        gate.wait()
        replies.append(mine.put(URL.format(1), headers=headers, json={"closed": wanted}))

    threads = [threading.Thread(target=put) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert [r.status_code for r in replies] == [200, 200], [r.text for r in replies]
        assert sorted(r.json()["added"] for r in replies) == [[], ["Veterans Day"]]
        assert count(practice, ALLOWED) == allowed + 1
    finally:
        _put(practice, before)


def test_a_day_closed_withdraws_its_offers_once(practice) -> None:  # type: ignore[no-untyped-def]
    """Columbus Day 2027 (Monday October 11): a visit cancelled, its time offered on the wait list; the
    owner closes on it (offers withdrawn, each audited once on its entry, responded_at set); the same PUT
    again withdraws nothing and audits nothing."""
    client = practice.client()
    desk = practice.login(client, "front_desk", "riverside")
    before = _closed_now(practice, client, practice.login(client, "owner"))
    reply = client.post(
        "/api/v1/appointments",
        headers=desk,
        json={
            "patient_id": patient(practice, offset=10),
            "provider_id": therapist(practice, offset=0),
            "appointment_type_id": type_id(practice),
            "starts_at": local(2027, 10, 11, 10, 0).isoformat(),
        },
    )
    assert reply.status_code == 201, reply.text
    freed = reply.json()["appointment"]["id"]
    with practice.session() as session:
        waitlist.add_entry(
            session,
            actor=practice.actor("front_desk", "riverside"),
            data=waitlist.WaitListCreate(
                patient_id=patient(practice, offset=11), appointment_type_id=type_id(practice)
            ),
        )
        session.commit()
        _, offers = flows.cancel(
            session,
            actor=practice.actor("front_desk", "riverside"),
            appointment_id=freed,
            request=CancelRequest(reason="patient ill"),
        )
    assert offers
    withdrawn_audits = (
        "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'wait_list' "
        "AND detail = 'offer withdrawn: the clinic is closed that day'"
    )
    audits = count(practice, withdrawn_audits)
    try:
        first = _put(practice, [*before, "Columbus Day"])
        assert first["withdrawn"] == len(offers)
        with practice.session() as session:
            got = session.exec(select(WaitListOffer).where(WaitListOffer.freed_appointment_id == freed)).all()
        assert {o.status for o in got} == {"withdrawn"}
        assert all(o.responded_at is not None for o in got)
        assert count(practice, withdrawn_audits) == audits + len(offers)
        again = _put(practice, [*before, "Columbus Day"])
        assert (again["added"], again["withdrawn"]) == ([], 0)
        assert count(practice, withdrawn_audits) == audits + len(offers)
    finally:
        _put(practice, before)


# (the day, its hours)
BOUNDS = [
    (date(2027, 3, 14), 23),  # daylight time starts
    (date(2027, 11, 7), 25),  # daylight time ends
    (date(2027, 7, 5), 24),  # must not change
]


@pytest.mark.parametrize(("day", "hours"), BOUNDS)
def test_a_local_day_is_its_own_hours(day: date, hours: int) -> None:
    start, end = local_day_bounds(day, NY)
    assert (end - start) == timedelta(hours=hours)
    assert start.astimezone(NY).replace(tzinfo=None).isoformat() == f"{day.isoformat()}T00:00:00"


@pytest.fixture(scope="module")
def late_visits(practice):  # type: ignore[no-untyped-def]
    """Visits put straight in at 11:30 PM and 12:15 AM around the two days daylight time changes."""
    with practice.session() as session:
        for day in (date(2027, 3, 14), date(2027, 11, 7)):
            before, after = day - timedelta(days=1), day + timedelta(days=1)
            for at in (
                local(before.year, before.month, before.day, 23, 30),
                local(day.year, day.month, day.day, 0, 15),
                local(day.year, day.month, day.day, 23, 30),
                local(after.year, after.month, after.day, 0, 15),
            ):
                session.add(
                    Appointment(
                        clinic_id=1,
                        patient_id=patient(practice, offset=13),
                        provider_id=therapist(practice, offset=0),
                        appointment_type_id=type_id(practice),
                        starts_at=at,
                        ends_at=at + timedelta(minutes=30),
                    )
                )
        session.commit()


@pytest.mark.parametrize("day", [date(2027, 3, 13), date(2027, 3, 14), date(2027, 11, 7), date(2027, 11, 8)])
def test_visits_counted_on_their_local_day_across_daylight_time(practice, late_visits, day: date) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        counts = _booked_on(session, 1, {day})
    # each day holds one of the four (the day before's late one, the day after's early one) or two
    expected = 2 if day in (date(2027, 3, 14), date(2027, 11, 7)) else 1
    assert counts == {day: expected}


def test_a_friday_holiday_offers_the_monday(practice) -> None:  # type: ignore[no-untyped-def]
    """Fridays across Christmas 2027 (a Saturday, observed Friday December 24) and New Year's Day 2028
    (a Saturday, observed Friday December 31): each offered the Monday after at the series' time."""
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    got = book_series(practice, client, headers, 14, date(2027, 12, 17), [4], 4)
    offered = [(c["day"], (c["next_open"] or "")[:16]) for c in got["conflicts"]]
    assert offered == [("2027-12-24", "2027-12-27T14:00"), ("2027-12-31", "2028-01-03T14:00")]


@pytest.mark.parametrize(
    "closes",
    [
        pytest.param(["Day after Thanksgiving"], id="thursday and friday closed"),
        pytest.param([], id="thursday closed alone"),
    ],
)
def test_two_closed_days_of_a_series_are_not_offered_one_time(practice, closes: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Thursdays and Fridays across Thanksgiving 2027 (November 25) with the clinic closed the day after as
    well: each closed day is offered a time, and not the same one (the desk books the first; the second
    then clashes with it)."""
    client = practice.client()
    before = _closed_now(practice, client, practice.login(client, "owner"))
    _put(practice, [*before, *closes])
    try:
        headers = practice.login(client, "front_desk", "riverside")
        who = 15 if closes else 16
        got = book_series(practice, client, headers, who, date(2027, 11, 18), [3, 4], 2)
        closed = [c for c in got["conflicts"] if c["closed"]]
        assert len(closed) == 1 + len(closes)
        offered = [c["next_open"] for c in closed]
        assert all(offered) and len(set(offered)) == len(offered), offered
    finally:
        _put(practice, before)


@pytest.mark.parametrize(
    ("off", "offered"),
    [
        pytest.param([4], "2027-11-29T14:00:00-05:00", id="off fridays"),
        pytest.param([], "2027-11-26T10:00:00-05:00", id="works fridays"),
    ],
)
def test_a_provider_off_the_next_day_is_offered_the_day_after(practice, off: list[int], offered: str) -> None:  # type: ignore[no-untyped-def]
    """Thursdays across Thanksgiving 2027 with a PT who works no Fridays: the Monday after, at the series'
    time (2 PM, free), as for any day the clinic is open and the provider works; never the Friday the
    provider is off. (Must not change: a PT who works Fridays, the Friday at the series' 10 AM.)"""
    provider = therapist(practice, offset=1)
    with practice.engine.begin() as conn:
        fridays = conn.execute(
            text("SELECT * FROM provider_hours WHERE provider_id = :p AND weekday = 4"), {"p": provider}
        ).all()
        if off:
            conn.execute(
                text("DELETE FROM provider_hours WHERE provider_id = :p AND weekday = 4"), {"p": provider}
            )
        else:
            fridays = []
    try:
        client = practice.client()
        headers = practice.login(client, "front_desk", "riverside")
        who, minute = (17, 14 * 60) if off else (18, 10 * 60)
        got = book_series(
            practice, client, headers, who, date(2027, 11, 18), [3], 2, provider=1, minute=minute
        )
        assert [(c["day"], c["next_open"]) for c in got["conflicts"]] == [("2027-11-25", offered)]
    finally:
        with practice.engine.begin() as conn:
            for row in fridays:
                conn.execute(
                    text("INSERT INTO provider_hours VALUES (:i, :p, :c, :w, :s, :e)"),
                    dict(zip("ipcwse", row, strict=True)),
                )


def test_an_offer_that_lapsed_is_expired_unanswered(practice) -> None:  # type: ignore[no-untyped-def]
    """Must not change (#22's fold): an offer past its hold is marked expired with no responded_at (nobody
    answered), audited once on its entry, and its entry waits again."""
    client = practice.client()
    desk = practice.login(client, "front_desk", "riverside")
    reply = client.post(
        "/api/v1/appointments",
        headers=desk,
        json={
            "patient_id": patient(practice, offset=19),
            "provider_id": therapist(practice, offset=0),
            "appointment_type_id": type_id(practice),
            "starts_at": local(2027, 10, 13, 10, 0).isoformat(),
        },
    )
    assert reply.status_code == 201, reply.text
    freed = reply.json()["appointment"]["id"]
    with practice.session() as session:
        waitlist.add_entry(
            session,
            actor=practice.actor("front_desk", "riverside"),
            data=waitlist.WaitListCreate(
                patient_id=patient(practice, offset=20), appointment_type_id=type_id(practice)
            ),
        )
        session.commit()
        _, offers = flows.cancel(
            session,
            actor=practice.actor("front_desk", "riverside"),
            appointment_id=freed,
            request=CancelRequest(reason="patient ill"),
        )
    assert offers
    ids = [o.id for o in offers]
    expired = "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'wait_list' AND detail = :d"
    audits = {i: count(practice, expired, d=f"offer {i} expired: its hold ran out unanswered") for i in ids}
    with practice.session() as session:
        for i in ids:
            offer = session.get(WaitListOffer, i)
            assert offer is not None and offer.status == "offered"
            offer.expires_at = local(2026, 1, 1, 9, 0)
            session.add(offer)
        session.commit()
        assert expire_lapsed(session, [1]) >= len(ids)
        session.commit()
        got = session.exec(select(WaitListOffer).where(col(WaitListOffer.id).in_(ids))).all()
        entries = {session.get(WaitListEntry, o.entry_id).status for o in got}  # type: ignore[union-attr]
    assert {(o.status, o.responded_at) for o in got} == {("expired", None)}
    assert entries == {"waiting"}
    assert {
        i: count(practice, expired, d=f"offer {i} expired: its hold ran out unanswered") for i in ids
    } == {i: n + 1 for i, n in audits.items()}


def test_the_page_saved_twice_then_the_api_is_one_change(practice) -> None:  # type: ignore[no-untyped-def]
    """The owner's page and the API on one service: the page saved twice and the same list PUT after are
    one change, one audit entry."""
    client = practice.client()
    before = _closed_now(practice, client, practice.login(client, "owner"))
    allowed = count(practice, ALLOWED)
    owner = page_client(practice, "owner")
    wanted = [*before, "Columbus Day"]
    try:
        for _ in range(2):
            reply = owner.post(
                "/owner/holidays", data={"clinic_id": "1", "closed": wanted}, follow_redirects=False
            )
            assert reply.status_code == 303, reply.text
        assert _put(practice, wanted)["added"] == []
        assert count(practice, ALLOWED) == allowed + 1
    finally:
        _put(practice, before)


def test_the_visits_told_are_those_of_the_local_day(practice) -> None:  # type: ignore[no-untyped-def]
    """Closing on Christmas Eve (the demo's visits run into the new year): the visits said booked on each
    newly closed day are the clinic's active visits of that local day, counted here by their local start."""
    client = practice.client()
    before = _closed_now(practice, client, practice.login(client, "owner"))
    day = date(2026, 12, 24) if date.today() < date(2026, 12, 24) else date(2027, 12, 24)
    desk = practice.login(client, "front_desk", "riverside")
    for hour in (8, 16):
        reply = client.post(
            "/api/v1/appointments",
            headers=desk,
            json={
                "patient_id": patient(practice, offset=21),
                "provider_id": therapist(practice, offset=0),
                "appointment_type_id": type_id(practice),
                "starts_at": local(day.year, day.month, day.day, hour, 0).isoformat(),
            },
        )
        assert reply.status_code == 201, reply.text
    try:
        got = _put(practice, [*before, "Christmas Eve"])
        with practice.session() as session:
            rows = session.exec(
                select(Appointment).where(Appointment.clinic_id == 1, col(Appointment.status).in_(ACTIVE))
            ).all()
        days = [in_clinic_time(a.starts_at).date() for a in rows]
        told = {b["day"]: b["visits"] for b in got["booked"]}
        assert days.count(day) >= 2 and told.get(day.isoformat(), 0) == days.count(day), (
            told,
            days.count(day),
        )
    finally:
        _put(practice, before)
