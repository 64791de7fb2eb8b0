"""A discharge lists the patient's visits still booked whose time has passed, never checked in, beside those
ahead, and cancels them alike (#20, new-user trial 53: after a discharge a visit of a Monday gone by still
read 'booked', on no list and in no alert). The pure rule in a table with rows that must not change, then
on both backends: the list with the stale visit said as such, the desk's alert counting it, the page, and
the cancel clicked twice (the second cancels nothing)."""

from datetime import UTC, datetime, timedelta

import pytest
from conftest import Practice
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_visit, post_on_the_visit_day
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import text

from core.alerts.service import for_user
from core.records.after_discharge import booked_after, cancel_after, stale
from core.scheduling.models import Appointment
from core.timeutil import utcnow

DEMO_SIZE = "tiny"
NOW = datetime(2026, 12, 6, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("starts_at", "expected"),
    [
        (NOW - timedelta(days=20), True),
        (NOW - timedelta(minutes=1), True),
        # a naive time is UTC, as the store keeps it
        ((NOW - timedelta(hours=2)).replace(tzinfo=None), True),
        # must not change: a visit ahead, and one starting now, are not stale
        (NOW, False),
        (NOW + timedelta(minutes=1), False),
        (NOW + timedelta(days=3), False),
    ],
)
def test_a_booked_visit_whose_time_has_begun_is_stale(starts_at: datetime, expected: bool) -> None:
    assert stale(starts_at, NOW) is expected


MET = {
    "goals": [{"text": "Walk 300 feet without a device", "status": "met"}],
    "discharge_reason": "goals met",
}


def _discharged_with_a_stale_visit(practice: Practice) -> tuple[int, int, int, int, int]:
    """A PT's signed discharge; the patient has another PT visit booked a week before it, never checked
    in. Returns (note, provider, patient, the stale appointment, the discharge's own appointment)."""
    appointment, provider, patient = booked_appointment(practice, "PT", "medicare", skip=1)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    visit = open_visit(api, headers, appointment)
    with practice.engine.begin() as connection:
        connection.execute(text("UPDATE visit SET note_type = 'discharge' WHERE id = :v"), {"v": visit})
    later = one(
        practice,
        "SELECT a.id FROM appointment a JOIN provider p ON p.id = a.provider_id"
        " WHERE a.patient_id = :p AND a.status = 'booked' AND p.discipline = 'PT' AND a.id <> :a"
        " ORDER BY a.starts_at DESC LIMIT 1",
        p=patient,
        a=appointment,
    )
    if later is None:  # the patient's one PT visit: book another by copying it
        with practice.session() as session:
            mine = session.get(Appointment, appointment)
            assert mine is not None
            copy = Appointment(**mine.model_dump(exclude={"id"}))
            session.add(copy)
            session.commit()
            stale_id = copy.id or 0
    else:
        stale_id = later[0]
    with practice.session() as session:
        mine = session.get(Appointment, appointment)
        moved = session.get(Appointment, stale_id)
        assert mine is not None and moved is not None
        length = moved.ends_at - moved.starts_at
        moved.starts_at = mine.starts_at - timedelta(days=7)
        moved.ends_at = moved.starts_at + length
        session.add(moved)
        session.commit()
    drafted = api.post(f"/api/v1/visits/{visit}/note", json={**DRAFT}, headers=headers)
    assert drafted.status_code == 201, drafted.text
    note = drafted.json()["id"]
    assert api.put(f"/api/v1/notes/{note}/form", json=MET, headers=headers).status_code == 200
    signed = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers)
    assert signed.json()["status"] == "signed", signed.text
    return note, provider, patient, stale_id, appointment


def _alert(practice: Practice, patient: int) -> str | None:
    with practice.session() as session:
        return next(
            (
                a.message
                for a in for_user(session, actor=practice.actor("front_desk"), now=utcnow())
                if a.kind == "discharged_with_visits_booked" and a.patient_id == patient
            ),
            None,
        )


def test_a_stale_booking_is_listed_counted_and_cancelled_once(practice: Practice) -> None:
    note, provider, patient, stale_id, own = _discharged_with_a_stale_visit(practice)
    with practice.session() as session:
        listed = booked_after(session, actor=practice.actor("therapist"), note_id=note)
    by_id = {b.appointment_id: b for b in listed}
    assert by_id[stale_id].stale and by_id[stale_id].discharged
    # must not change: a visit ahead is not stale; the discharge's own visit (opened) is not listed
    assert all(not b.stale for b in listed if b.starts > datetime.now(UTC))
    assert own not in by_id
    to_cancel = [b for b in listed if b.discharged]
    # the desk's alert counts the stale visit with those ahead
    alert = _alert(practice, patient)
    assert alert is not None and f"with {len(to_cancel)} visit" in alert, alert
    # the page says it, for the therapist
    page = page_client(practice, provider_id=provider).get(f"/notes/{note}/review").text
    starts = by_id[stale_id].starts
    said = f"booked for {starts.strftime('%a %b')} {starts.day}, never checked in"
    assert f'id="stale-{stale_id}"' in page and said in page and 'id="stale-note"' in page
    # the owner cancels them, clicking twice: the second click cancels nothing
    owner = page_client(practice, "owner")
    first = owner.post(f"/notes/{note}/cancel-booked-after", data={"confirm": "yes"})
    assert f"{len(to_cancel)} visit" in first.text and "cancelled (reason: discharged)" in first.text
    second = owner.post(f"/notes/{note}/cancel-booked-after", data={"confirm": "yes"})
    assert "No visit left to cancel" in second.text
    status, reason = one(practice, "SELECT status, cancel_reason FROM appointment WHERE id = :a", a=stale_id)
    assert (status, reason) == ("cancelled", "discharged")
    cancels = one(
        practice,
        "SELECT count(*) FROM audit_entry WHERE record_type = 'appointment' AND record_id = :a"
        " AND detail LIKE 'cancelled%'",
        a=str(stale_id),
    )[0]
    assert cancels == 1
    with practice.session() as session:
        assert cancel_after(session, actor=practice.actor("front_desk"), note_id=note) == []
    assert _alert(practice, patient) is None
    assert 'id="booked-after"' not in owner.get(f"/notes/{note}/review").text
