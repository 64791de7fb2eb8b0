"""The booking form the grid's Book opens selects a visit type that fits from its time (#20): the clinic's
first type where it fits, else the first that does (a 30-minute check-in before the next visit, a group
with places left); a type named in the address is kept as asked."""

import re
from datetime import date

import pytest
from page_helpers import page_client
from scheduling_helpers import one, open_day
from sqlmodel import select

from core.scheduling.models import AppointmentType

DEMO_SIZE = "tiny"
FAR = date(2027, 3, 22)  # a Monday past everything the demo books


@pytest.fixture
def quick_type(practice):  # type: ignore[no-untyped-def]
    with practice.session() as session:
        kept = session.exec(select(AppointmentType).where(AppointmentType.name == "PT quick check")).first()
        if kept is not None:
            return kept.id
        kind = AppointmentType(
            clinic_id=1, name="PT quick check", discipline="PT", kind="follow-up", duration_minutes=30
        )
        session.add(kind)
        session.commit()
        return kind.id


def _selected(desk, **where: object) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    form = desk.get("/schedule/book", params=where).text
    chosen = form.split('id="appointment_type_id"')[1].split("</select>")[0]
    found = re.search(r'<option value="(\d+)" selected>[^<]*\((\d+) min\)', chosen)
    return found.group(1), int(found.group(2))  # type: ignore[union-attr]


def _post(desk, provider: int, patient: int, day: date, at: str, kind: str):  # type: ignore[no-untyped-def]
    form = desk.get(
        "/schedule/book", params={"provider": provider, "day": day, "time": at, "patient": patient}
    ).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', form).group(1)  # type: ignore[union-attr]
    data = {"idempotency_key": key, "patient_id": patient, "provider_id": provider}
    data |= {"appointment_type_id": kind, "day": day.isoformat(), "time": at}
    return desk.post("/schedule/book", data=data, follow_redirects=False)


def _people(practice) -> tuple[int, int, list[int]]:  # type: ignore[no-untyped-def]
    pt = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' ORDER BY id LIMIT 1 OFFSET 1",
    )[0]
    pta = one(
        practice, "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PTA' ORDER BY id LIMIT 1"
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
        for offset in (9, 10)
    ]
    return pt, pta, patients


def test_the_form_selects_what_fits_from_its_time(practice, quick_type) -> None:
    pt, pta, patients = _people(practice)
    day = open_day(FAR)
    desk = page_client(practice, "front_desk")
    first, length = _selected(desk, provider=pt, day=day, time="11:00", patient=patients[0])
    assert length == 45  # held: an open morning keeps the clinic's first type
    assert _post(desk, pt, patients[0], day, "11:30", first).headers["location"].startswith("/appointments/")
    kind, length = _selected(desk, provider=pt, day=day, time="11:00", patient=patients[1])
    assert (kind, length) == (str(quick_type), 30)  # 30 minutes before the 11:30 visit
    # held: a type the address names is the one shown, fit or not (the desk asked for it)
    assert _selected(desk, provider=pt, day=day, time="11:00", patient=patients[1], type=first)[0] == first


def test_the_form_at_a_group_with_places_selects_the_group(practice) -> None:
    _, pta, patients = _people(practice)
    group = one(
        practice,
        "SELECT id FROM appointment_type WHERE clinic_id = 1 AND kind = 'group' AND discipline = 'PT'",
    )[0]
    day = open_day(FAR)
    desk = page_client(practice, "front_desk")
    booked = _post(desk, pta, patients[0], day, "15:00", str(group))
    assert booked.headers["location"].startswith("/appointments/")
    assert _selected(desk, provider=pta, day=day, time="15:00", patient=patients[1])[0] == str(group)
