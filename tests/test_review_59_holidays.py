"""Review of #20 (clinic holidays): defects found by helper-341's review of the holidays merge, fixed since.

offers.withdraw_on_days (called by core.clinics.holidays.set_closed_holidays) reads the open offers of the
newly closed days without locking them or re-reading them under the slot lock that waitlist.accept takes
(offer-slot:<freed id>), unlike its siblings expire_lapsed (locked_where) and accept. A patient's "Book it"
committed between the owner's read of the offers and the owner's commit is overwritten: the offer says
'withdrawn' though its visit is booked, and the owner is told the patient waits again though the patient is
booked on the day now closed. PostgreSQL only (SQLite serialises every writing transaction).
"""

import threading

import pytest
from conftest import DEMO_TODAY
from scheduling_helpers import local, patient, therapist, type_id
from sqlmodel import select

import core.scheduling.offers as offers_module
from core.clinics.holidays import set_closed_holidays
from core.scheduling import flows, waitlist
from core.scheduling.booking import CancelRequest
from core.scheduling.calendar_days import DEFAULT_CLOSED
from core.scheduling.models import Appointment, WaitListEntry, WaitListOffer

DEMO_SIZE = "tiny"


def test_an_offer_accepted_while_the_owner_closes_the_day_stays_accepted(practice, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if practice.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite serialises writers")
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    reply = client.post(
        "/api/v1/appointments",
        headers=headers,
        json={
            "patient_id": patient(practice, offset=13),
            "provider_id": therapist(practice, offset=2),
            "appointment_type_id": type_id(practice),
            "starts_at": local(2027, 6, 18, 14, 0).isoformat(),
        },
    )
    assert reply.status_code == 201, reply.text
    freed = reply.json()["appointment"]["id"]
    desk = practice.actor("front_desk", "riverside")
    with practice.session() as session:
        waitlist.add_entry(
            session,
            actor=desk,
            data=waitlist.WaitListCreate(
                patient_id=patient(practice, offset=14), appointment_type_id=type_id(practice)
            ),
        )
        session.commit()
    with practice.session() as session:
        _, made = flows.cancel(session, actor=desk, appointment_id=freed, request=CancelRequest(reason="ill"))
        offer_ids = [o.id for o in made]
        assert offer_ids
    offer_id = offer_ids[0]

    # the owner's transaction pauses once it has read the offers to withdraw, before it takes their locks,
    # while the patient's acceptance runs and commits
    real_lock = offers_module.lock
    owner = threading.get_ident()
    accepted = threading.Event()
    errors: list[BaseException] = []

    def accept_now() -> None:
        try:
            with practice.session() as other:
                waitlist.accept(other, actor=desk, offer_id=offer_id)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            accepted.set()

    def lock_after_accept(session, *keys):  # type: ignore[no-untyped-def]
        if threading.get_ident() == owner and not accepted.is_set():
            threading.Thread(target=accept_now).start()
            assert accepted.wait(30), "the acceptance waited on the owner's transaction"
        return real_lock(session, *keys)

    monkeypatch.setattr(offers_module, "lock", lock_after_accept)
    with practice.session() as session:
        set_closed_holidays(
            session,
            actor=practice.actor("owner"),
            clinic_id=1,
            names=[*DEFAULT_CLOSED, "Juneteenth"],
            today=DEMO_TODAY,
        )
    assert not errors, errors
    with practice.session() as session:
        offer = session.get(WaitListOffer, offer_id)
        assert offer is not None
        entry = session.get(WaitListEntry, offer.entry_id)
        assert entry is not None
        booked = session.exec(
            select(Appointment).where(
                Appointment.patient_id == entry.patient_id,
                Appointment.status == "booked",
                Appointment.starts_at == local(2027, 6, 18, 14, 0),
            )
        ).all()
        assert booked  # the acceptance went through
        assert (offer.status, entry.status) == ("accepted", "booked")


def test_a_lapsed_offer_is_not_counted_as_withdrawn(practice) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from core.timeutil import clock_at, utcnow

    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    reply = client.post(
        "/api/v1/appointments",
        headers=headers,
        json={
            "patient_id": patient(practice, offset=15),
            "provider_id": therapist(practice, offset=1),
            "appointment_type_id": type_id(practice),
            "starts_at": local(2027, 11, 11, 9, 0).isoformat(),
        },
    )
    assert reply.status_code == 201, reply.text
    freed = reply.json()["appointment"]["id"]
    desk = practice.actor("front_desk", "riverside")
    with practice.session() as session:
        waitlist.add_entry(
            session,
            actor=desk,
            data=waitlist.WaitListCreate(
                patient_id=patient(practice, offset=16), appointment_type_id=type_id(practice)
            ),
        )
        session.commit()
    with practice.session() as session:
        _, made = flows.cancel(session, actor=desk, appointment_id=freed, request=CancelRequest(reason="ill"))
        assert made
        expires = max(o.expires_at for o in made)
    # a day later every offer of that time has lapsed (none has been read since: still 'offered')
    with clock_at(utcnow() + timedelta(days=1)), practice.session() as session:
        assert all(o.expires_at <= utcnow() for o in made), expires
        change = set_closed_holidays(
            session,
            actor=practice.actor("owner"),
            clinic_id=1,
            names=[*DEFAULT_CLOSED, "Veterans Day"],
            today=DEMO_TODAY,
        )
    assert change.withdrawn == 0
