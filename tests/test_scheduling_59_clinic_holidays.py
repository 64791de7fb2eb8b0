"""The public holidays a clinic closes on are its owner's choice (#20): clinic_policy.closed_holidays
(migration 0025, the six every clinic closed on before for every row there is), read and changed by
core.clinics.holidays (owner only, audited with what was added and removed), and read by every closed day:
the booking service, the open-slot search, the schedule page's day, the booking form's default day.
Before, every clinic closed on the same six (calendar_days.closed_holidays). Table-driven, on SQLite and
PostgreSQL."""

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import DEMO_TODAY
from scheduling_helpers import count, local, patient, therapist, type_id
from sqlalchemy import create_engine, text
from sqlmodel import select

from core.audit.models import AuditEntry
from core.clinics.holidays import holiday_settings, set_closed_holidays
from core.errors import Forbidden, Invalid
from core.migrate import upgrade
from core.scheduling.booking_defaults import booking_day
from core.scheduling.calendar_days import DEFAULT_CLOSED, holidays_closed
from core.scheduling.closed_days import closed_on, day_status

DEMO_SIZE = "tiny"

MON_FRI = {0, 1, 2, 3, 4}


@pytest.mark.parametrize(
    ("first", "last", "names", "closed"),
    [
        # Juneteenth 2027 is a Saturday: a Monday-to-Friday clinic closes the Friday before
        (date(2027, 6, 14), date(2027, 6, 20), ["Juneteenth"], [(date(2027, 6, 18), "Juneteenth")]),
        # Good Friday and the day after Thanksgiving on their own days
        (date(2027, 3, 22), date(2027, 3, 28), ["Good Friday"], [(date(2027, 3, 26), "Good Friday")]),
        (
            date(2027, 11, 22),
            date(2027, 11, 28),
            ["Thanksgiving", "Day after Thanksgiving"],
            [(date(2027, 11, 25), "Thanksgiving"), (date(2027, 11, 26), "Day after Thanksgiving")],
        ),
        # an eve on a Sunday is not moved to the Monday (the Monday is Christmas Day itself)
        (date(2028, 12, 18), date(2028, 12, 31), ["Christmas Eve"], []),
        # must not change: a holiday not chosen closes nothing; the six as before
        (date(2027, 6, 14), date(2027, 6, 20), list(DEFAULT_CLOSED), []),
        (date(2027, 9, 1), date(2027, 9, 10), list(DEFAULT_CLOSED), [(date(2027, 9, 6), "Labor Day")]),
    ],
)
def test_the_holidays_chosen_are_dated(
    first: date, last: date, names: list[str], closed: list[tuple[date, str]]
) -> None:
    assert holidays_closed(first, last, MON_FRI, names) == closed


def test_0025_gives_every_clinic_the_six(tmp_path: Path) -> None:
    """A clinic's policy row before the upgrade, and one written after it without the column, close on the
    six they closed on before."""
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url, "0024")
    engine = create_engine(url)
    policy = (
        "INSERT INTO clinic_policy (clinic_id, late_cancel_hours, slot_step_minutes, reminder_cadence, "
        "auth_alert_visits_left, auth_alert_days_left, recert_alert_days, cert_signature_overdue_days, "
        "offer_hold_hours) VALUES (:c, 24, 15, '[]', 2, 14, 14, 30, 4)"
    )
    with engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys=OFF"))
        conn.execute(text(policy), {"c": 1})
    upgrade(url)
    with engine.begin() as conn:
        conn.execute(text("PRAGMA foreign_keys=OFF"))
        conn.execute(text(policy), {"c": 2})
        got = conn.execute(text("SELECT clinic_id, closed_holidays FROM clinic_policy ORDER BY 1")).all()
    engine.dispose()
    assert [(c, json.loads(h) if isinstance(h, str) else h) for c, h in got] == [
        (1, list(DEFAULT_CLOSED)),
        (2, list(DEFAULT_CLOSED)),
    ]


# Clinic 1 closes on Juneteenth and Veterans Day as well, and no longer on Labor Day.
CHOSEN = [n for n in DEFAULT_CLOSED if n != "Labor Day"] + ["Juneteenth", "Veterans Day"]
JUNETEENTH = date(2027, 6, 18)  # observed: Saturday June 19, 2027


@pytest.fixture(scope="module")
def chosen(practice):  # type: ignore[no-untyped-def]
    """A visit booked on Friday June 18, 2027 at clinic 1, then the owner's choice CHOSEN for clinic 1."""
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    reply = client.post(
        "/api/v1/appointments",
        headers=headers,
        json={
            "patient_id": patient(practice, offset=5),
            "provider_id": therapist(practice, offset=1),
            "appointment_type_id": type_id(practice),
            "starts_at": local(2027, 6, 18, 10, 0).isoformat(),
        },
    )
    assert reply.status_code == 201, reply.text
    with practice.session() as session:
        return set_closed_holidays(
            session, actor=practice.actor("owner"), clinic_id=1, names=CHOSEN, today=DEMO_TODAY
        )


def test_the_owner_is_told_what_changed(chosen) -> None:  # type: ignore[no-untyped-def]
    assert chosen.added == ["Juneteenth", "Veterans Day"]
    assert chosen.removed == ["Labor Day"]
    assert chosen.booked == [(JUNETEENTH, "Juneteenth", 1)]
    assert chosen.words() == (
        "The clinic now closes on Juneteenth, Veterans Day. It is open on Labor Day. 1 visit is booked on "
        "Friday, June 18, 2027 (Juneteenth): the front desk reschedules them."
    )


def test_the_change_is_audited(practice, chosen) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        entry = session.exec(
            select(AuditEntry).where(
                AuditEntry.record_type == "clinic_holidays", AuditEntry.outcome == "allowed"
            )
        ).one()
    assert entry.detail == "closed holidays: added Juneteenth, Veterans Day; removed Labor Day"
    assert entry.clinic_id == 1


@pytest.mark.parametrize(
    ("clinic", "day", "why"),
    [
        (1, JUNETEENTH, "Juneteenth"),
        (1, date(2027, 11, 11), "Veterans Day"),
        (1, date(2027, 9, 6), None),  # Labor Day: clinic 1 works it now
        # must not change: the holidays it still closes on; the other clinic's six
        (1, date(2027, 7, 5), "Independence Day"),
        (1, date(2027, 6, 17), None),
        (2, date(2027, 9, 6), "Labor Day"),
        (2, JUNETEENTH, None),
    ],
)
def test_every_closed_day_reads_the_choice(practice, chosen, clinic: int, day: date, why: str | None) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        assert closed_on(session, clinic, day) == why
        assert day_status(session, clinic, day).closed == why


@pytest.mark.parametrize(
    ("when", "refused"),
    [
        (local(2027, 6, 18, 11, 0), "the clinic is closed on 06/18/2027 (Juneteenth, a holiday)"),
        (local(2027, 11, 11, 11, 0), "the clinic is closed on 11/11/2027 (Veterans Day, a holiday)"),
        (local(2027, 9, 6, 11, 0), None),
        # must not change
        (local(2027, 7, 5, 11, 0), "the clinic is closed on 07/05/2027 (Independence Day, a holiday)"),
        (local(2027, 6, 17, 11, 0), None),
    ],
)
def test_booking_and_the_slot_search_read_the_choice(practice, chosen, when, refused) -> None:  # type: ignore[no-untyped-def]
    client = practice.client()
    headers = practice.login(client, "front_desk", "riverside")
    reply = client.post(
        "/api/v1/appointments",
        headers=headers,
        json={
            "patient_id": patient(practice, offset=6),
            "provider_id": therapist(practice, offset=2),
            "appointment_type_id": type_id(practice),
            "starts_at": when.isoformat(),
        },
    )
    assert (reply.status_code, reply.json().get("detail") if refused else None) == (
        (422, refused) if refused else (201, None)
    ), reply.text
    slots = client.get(
        "/api/v1/availability",
        headers=headers,
        params={
            "appointment_type_id": type_id(practice),
            "date_from": when.date().isoformat(),
            "date_to": when.date().isoformat(),
        },
    )
    assert slots.status_code == 200, slots.text
    assert bool(slots.json()) == (refused is None)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (JUNETEENTH, date(2027, 6, 21)),  # past the new holiday and the weekend
        (date(2027, 9, 6), date(2027, 9, 6)),  # Labor Day is a working day now
        (date(2027, 7, 5), date(2027, 7, 6)),  # must not change
    ],
)
def test_the_booking_forms_day_reads_the_choice(practice, chosen, today: date, expected: date) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        assert booking_day(session, provider_id=therapist(practice), today=today) == expected


def test_the_settings_list_every_holiday(practice, chosen) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        shown = holiday_settings(session, actor=practice.actor("owner"), clinic_id=1, today=DEMO_TODAY)
    rows = {row.name: row for row in shown.rows}
    assert [name for name, row in rows.items() if row.closed] == [
        "New Year's Day",
        "Memorial Day",
        "Juneteenth",
        "Independence Day",
        "Veterans Day",
        "Thanksgiving",
        "Christmas Day",
    ]
    assert rows["Juneteenth"].next_on == JUNETEENTH and rows["Juneteenth"].booked == 1
    assert rows["Labor Day"].next_on == date(2027, 9, 6) and not rows["Labor Day"].closed


@pytest.mark.parametrize(
    ("role", "clinic", "names", "error"),
    [
        ("front_desk", "riverside", ["Juneteenth"], Forbidden),
        ("therapist", "riverside", [], Forbidden),
        ("owner", None, ["Festivus"], Invalid),
    ],
)
def test_only_the_owner_chooses_from_the_list(practice, chosen, role, clinic, names, error) -> None:  # type: ignore[no-untyped-def]
    before = count(practice, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'clinic_holidays'")
    with practice.session() as session, pytest.raises(error):
        set_closed_holidays(
            session, actor=practice.actor(role, clinic), clinic_id=1, names=names, today=DEMO_TODAY
        )
    with practice.session() as session:
        assert closed_on(session, 1, JUNETEENTH) == "Juneteenth"  # nothing saved
    after = count(practice, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'clinic_holidays'")
    # a refusal of the person is audited as denied; a name not on the list is refused before any write
    assert after - before == (1 if error is Forbidden else 0)
