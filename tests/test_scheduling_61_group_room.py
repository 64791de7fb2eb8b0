"""A group visit is one session the provider leads (#20): its places are shared with its own patients at
its start only, never with a one-to-one visit or another group session under it. Before, booking counted
every visit of the provider against the group's places, so a group was booked over a one-to-one visit."""

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from page_helpers import page_client
from scheduling_helpers import one, open_day

from core.scheduling.grid import cell_state
from core.scheduling.slots import Booked, Span, has_room

DEMO_SIZE = "tiny"
NY = ZoneInfo("America/New_York")
FAR = date(2027, 3, 15)  # a Monday past everything the demo books


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 25, hour, minute, tzinfo=NY).astimezone(UTC)


def _visit(hour: int, minute: int, kind_id: int, length: int = 45) -> Booked:
    return Booked(_at(hour, minute), _at(hour, minute) + timedelta(minutes=length), kind_id)


GROUP = (7, 3)  # type 7, three places
TEN = Span(_at(10), _at(11))


@pytest.mark.parametrize(
    ("busy", "group", "capacity", "room"),
    [
        ([_visit(10, 0, 2)], GROUP, 1, False),  # a one-to-one at 10:00: the group is not booked over it
        ([_visit(10, 30, 2)], GROUP, 2, False),  # nor over one starting inside it, whatever the capacity
        ([_visit(10, 15, 7, 60)], GROUP, 1, False),  # another session of the group, started at 10:15
        ([_visit(10, 0, 7, 60)] * 2, GROUP, 1, True),  # held: the third place of the 10:00 session
        ([_visit(10, 0, 7, 60)] * 3, GROUP, 1, False),  # held: all three taken
        ([], GROUP, 1, True),  # held: an empty hour
        ([_visit(10, 0, 2)], None, 2, True),  # held: a one-to-one beside one when two are seen at once
        ([_visit(10, 0, 2)], None, 1, False),  # held
    ],
)
def test_has_room(busy: list[Span], group: tuple[int, int] | None, capacity: int, room: bool) -> None:
    assert has_room(busy, TEN, capacity, group) is room


WORKING = [Span(_at(8), _at(12))]


@pytest.mark.parametrize(
    ("busy", "expected"),
    [
        ([_visit(10, 0, 7, 60)], "open"),  # the group's places left at its start: Book
        ([_visit(10, 0, 2)], "busy"),  # a one-to-one there: no group over it
        ([_visit(10, 0, 7, 60)] * 3, "busy"),  # held: the group full
    ],
)
def test_the_grid_offers_the_group_where_booking_takes_it(busy: list[Span], expected: str) -> None:
    slot = Span(_at(10), _at(10, 15))
    lengths = [timedelta(minutes=45)]
    groups = [(7, timedelta(minutes=60), 3)]
    assert cell_state(slot, WORKING, busy, 1, _at(7), lengths, groups) == expected


def _book(desk, provider: int, patient: int, day: date, at: str, kind: int):  # type: ignore[no-untyped-def]
    where = {"provider": provider, "day": day.isoformat(), "time": at, "patient": patient}
    form = desk.get("/schedule/book", params=where).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', form).group(1)  # type: ignore[union-attr]
    data = {
        "idempotency_key": key,
        "patient_id": patient,
        "provider_id": provider,
        "appointment_type_id": kind,
        "day": day.isoformat(),
        "time": at,
    }
    return desk.post("/schedule/book", data=data, follow_redirects=False)


def _patients(practice, offset: int) -> list[int]:  # type: ignore[no-untyped-def]
    return [
        one(
            practice,
            """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
            JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = 1 AND y.requires_authorization = :f
            ORDER BY p.id LIMIT 1 OFFSET :o""",
            f=False,
            o=offset + n,
        )[0]
        for n in range(3)
    ]


def test_a_group_is_not_booked_over_a_one_to_one_visit(practice) -> None:
    assistant = one(
        practice, "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PTA' ORDER BY id LIMIT 1"
    )[0]
    group = one(
        practice,
        "SELECT id FROM appointment_type WHERE clinic_id = 1 AND kind = 'group' AND discipline = 'PT'",
    )[0]
    single = one(
        practice,
        "SELECT id FROM appointment_type WHERE clinic_id = 1 AND kind = 'follow-up' AND discipline = 'PT' "
        "AND group_capacity IS NULL ORDER BY id LIMIT 1",
    )[0]
    first, second, third = _patients(practice, 3)
    day = open_day(FAR)
    desk = page_client(practice, "front_desk")
    assert (
        _book(desk, assistant, first, day, "10:00", single).headers["location"].startswith("/appointments/")
    )
    refused = _book(desk, assistant, second, day, "10:00", group)
    assert "/appointments/" not in refused.headers.get("location", ""), refused.headers
    # held: the group at 14:00 takes a second patient beside its first
    assert (
        _book(desk, assistant, second, day, "14:00", group).headers["location"].startswith("/appointments/")
    )
    assert _book(desk, assistant, third, day, "14:00", group).headers["location"].startswith("/appointments/")
