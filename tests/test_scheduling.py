"""Booking, cancelling, rescheduling, recurring, wait list, authorizations, plans: through the API on
the demo practice, on SQLite and PostgreSQL. Bad input gets a clear error and changes nothing."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from conftest import Practice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scheduling_helpers import count, local, patient, patient_of_payer, therapist, type_id
from sqlmodel import select


def _book(client, headers, patient_id, provider_id, kind, when):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/v1/appointments",
        headers=headers,
        json={
            "patient_id": patient_id,
            "provider_id": provider_id,
            "appointment_type_id": kind,
            "starts_at": when.isoformat(),
        },
    )


@pytest.fixture
def desk(practice: Practice, demo_clock: datetime):  # type: ignore[no-untyped-def]
    """The front desk's API client, the test at the demo's moment (conftest.demo_clock): the days in
    January to April 2027 these tests book are ahead on any day (on the wall clock, from 2027-01-11 on
    they were refused as past). It logs in on the wall clock (Practice.login)."""
    client = practice.client()
    return client, practice.login(client, "front_desk", "riverside")


def _appointments(practice: Practice) -> int:
    return count(practice, "SELECT COUNT(*) FROM appointment")


def test_book_then_the_same_place_is_a_conflict_with_the_next_open_time(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    pt, kind = therapist(practice), type_id(practice)
    a, b = patient(practice, offset=0), patient(practice, offset=1)
    when = local(2027, 1, 11, 9, 0)
    first = _book(client, headers, a, pt, kind, when)
    assert first.status_code == 201, first.text
    body = first.json()["appointment"]
    assert body["local_start"].startswith("2027-01-11T09:00:00-05:00") and body["status"] == "booked"
    second = _book(client, headers, b, pt, kind, when + timedelta(minutes=15))
    assert second.status_code == 409
    assert second.json()["next_open"] == local(2027, 1, 11, 9, 45).isoformat()
    # The same patient with another provider at the same time: a patient is never in two places.
    other = _book(client, headers, a, therapist(practice, offset=1), kind, when)
    assert other.status_code == 409 and "the patient already has a " in other.json()["detail"]
    assert f"(appointment {body['id']}), which overlaps this time" in other.json()["detail"]


def test_capacity_two_holds_two_then_refuses(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    pt, kind = therapist(practice, offset=2), type_id(practice)
    with practice.session() as session:
        from core.providers.models import Provider

        provider = session.get(Provider, pt)
        provider.capacity = 2
        session.add(provider)
        session.commit()
    when = local(2027, 1, 12, 10, 0)
    results = [
        _book(client, headers, patient(practice, offset=10 + i), pt, kind, when).status_code for i in range(3)
    ]
    assert results == [201, 201, 409]


@pytest.mark.parametrize(
    ("change", "status", "words"),
    [
        ({"starts_at": local(2027, 1, 11, 7, 0)}, 422, "working hours"),
        ({"starts_at": local(2027, 1, 11, 16, 30)}, 422, "working hours"),  # 45 min would run past 17:00
        # a Saturday: the clinic is closed, said as the schedule page says it (#20, stop 58)
        ({"starts_at": local(2027, 1, 9, 10, 0)}, 422, "none of the clinic's providers works Saturdays"),
        ({"starts_at": local(2025, 1, 13, 10, 0)}, 422, "past"),
        ({"appointment_type_id": "OT follow-up"}, 422, "cannot take"),
        ({"appointment_type_id": "PT initial evaluation", "provider_id": "PTA"}, 422, "assistants"),
        ({"patient_id": "other clinic"}, 422, "not a patient of"),
        ({"starts_at": "2027-01-11T10:00:00"}, 422, ""),  # no time zone offset
        ({"surprise": 1}, 422, ""),
    ],
)
def test_bad_bookings_change_nothing(practice: Practice, desk, change, status, words) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    body = {
        "patient_id": patient(practice, offset=3),
        "provider_id": therapist(practice),
        "appointment_type_id": type_id(practice),
        "starts_at": local(2027, 1, 13, 10, 0).isoformat(),
    }
    resolve = {
        "OT follow-up": type_id(practice, discipline="OT"),
        "PT initial evaluation": type_id(practice, kind="evaluation"),
        "PTA": therapist(practice, credential="PTA"),
        "other clinic": patient(practice, clinic=2),
    }
    for key, value in change.items():
        body[key] = value.isoformat() if hasattr(value, "isoformat") else resolve.get(value, value)
    before = _appointments(practice)
    response = client.post("/api/v1/appointments", headers=headers, json=body)
    assert response.status_code == status, response.text
    assert words in response.json()["detail"] or words in str(response.json().get("errors"))
    assert _appointments(practice) == before


def test_time_off_and_breaks_block_booking(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    pt = therapist(practice, offset=1)
    owner = practice.login(client, "owner")
    hours = {
        "hours": [{"weekday": d, "start_minute": 480, "end_minute": 1020} for d in range(5)],
        "breaks": [{"weekday": 0, "start_minute": 720, "end_minute": 780}],
    }
    assert client.put(f"/api/v1/providers/{pt}/hours", json=hours, headers=headers).status_code == 204
    off = {
        "starts_at": local(2027, 1, 19, 0, 0).isoformat(),
        "ends_at": local(2027, 1, 20, 0, 0).isoformat(),
        "reason": "course",
    }
    assert client.post(f"/api/v1/providers/{pt}/time-off", json=off, headers=owner).status_code == 201
    bad = {**off, "ends_at": local(2027, 1, 18, 0, 0).isoformat()}
    assert client.post(f"/api/v1/providers/{pt}/time-off", json=bad, headers=owner).status_code == 422
    kind, who = type_id(practice), patient(practice, offset=4)
    assert _book(client, headers, who, pt, kind, local(2027, 1, 18, 12, 15)).status_code == 422  # lunch break
    assert _book(client, headers, who, pt, kind, local(2027, 1, 19, 10, 0)).status_code == 422  # time off
    slots = client.get(
        "/api/v1/availability",
        headers=headers,
        params={
            "appointment_type_id": kind,
            "date_from": "2027-01-18",
            "date_to": "2027-01-19",
            "provider_id": pt,
            "limit": 200,
        },
    ).json()
    starts = [s["local_start"] for s in slots]
    assert starts and not any(s.startswith("2027-01-19") for s in starts)
    assert not any(
        "T12:" in s or "T11:30" in s or "T11:45" in s for s in starts if s.startswith("2027-01-18")
    )


def test_cancel_late_and_early_and_the_reason_is_required(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    made = _book(
        client,
        headers,
        patient(practice, offset=5),
        therapist(practice),
        type_id(practice),
        local(2027, 1, 14, 11, 0),
    ).json()["appointment"]
    assert (
        client.post(f"/api/v1/appointments/{made['id']}/cancel", json={}, headers=headers).status_code == 422
    )
    done = client.post(f"/api/v1/appointments/{made['id']}/cancel", json={"reason": "flu"}, headers=headers)
    assert done.status_code == 200 and done.json()["appointment"]["status"] == "cancelled"
    assert done.json()["appointment"]["late_cancel"] is False  # weeks ahead
    again = client.post(f"/api/v1/appointments/{made['id']}/cancel", json={"reason": "flu"}, headers=headers)
    assert again.status_code == 409


def test_reschedule_is_atomic(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    pt, kind = therapist(practice), type_id(practice)
    a = _book(client, headers, patient(practice, offset=6), pt, kind, local(2027, 1, 15, 9, 0)).json()[
        "appointment"
    ]
    _book(client, headers, patient(practice, offset=7), pt, kind, local(2027, 1, 15, 11, 0))
    clash = client.post(
        f"/api/v1/appointments/{a['id']}/reschedule",
        headers=headers,
        json={"starts_at": local(2027, 1, 15, 11, 15).isoformat()},
    )
    assert clash.status_code == 409
    moved = client.post(
        f"/api/v1/appointments/{a['id']}/reschedule",
        headers=headers,
        json={"starts_at": local(2027, 1, 15, 14, 0).isoformat()},
    )
    assert moved.status_code == 200 and moved.json()["appointment"]["local_start"].startswith(
        "2027-01-15T14:00"
    )
    assert (
        count(practice, "SELECT COUNT(*) FROM appointment WHERE id = :i AND status = 'booked'", i=a["id"])
        == 1
    )


def test_recurring_reports_each_conflict_and_keeps_local_time_across_dst(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    pt, kind, who = therapist(practice, offset=1), type_id(practice), patient(practice, offset=8)
    blocker = _book(client, headers, patient(practice, offset=9), pt, kind, local(2027, 3, 17, 9, 0))
    assert blocker.status_code == 201
    result = client.post(
        "/api/v1/appointments/recurring",
        headers=headers,
        json={
            "patient_id": who,
            "provider_id": pt,
            "appointment_type_id": kind,
            "first_day": "2027-03-01",
            "weekdays": [0, 2],
            "local_minute": 540,
            "weeks": 4,
        },
    ).json()
    assert len(result["booked"]) == 7 and len(result["conflicts"]) == 1
    assert result["conflicts"][0]["day"] == "2027-03-17" and result["conflicts"][0]["next_open"]
    starts = [b["appointment"]["local_start"] for b in result["booked"]]
    assert all("T09:00:00" in s for s in starts)  # 9:00 local before and after 14 March
    assert {s[-6:] for s in starts} == {"-05:00", "-04:00"}


def test_wait_list_offer_after_cancellation_and_first_acceptance_wins(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    pt, kind = therapist(practice, offset=2), type_id(practice)
    freed = _book(client, headers, patient(practice, offset=11), pt, kind, local(2027, 2, 2, 15, 0)).json()
    entries = []
    for offset in (12, 13):
        entry = client.post(
            "/api/v1/wait-list",
            headers=headers,
            json={
                "patient_id": patient(practice, offset=offset),
                "appointment_type_id": kind,
                "provider_id": pt,
                "weekdays": [1],
                "earliest_minute": 840,
                "latest_minute": 1020,
            },
        )
        assert entry.status_code == 201
        entries.append(entry.json()["id"])
    cancelled = client.post(
        f"/api/v1/appointments/{freed['appointment']['id']}/cancel",
        headers=headers,
        json={"reason": "moved away", "by": "patient"},
    )
    assert cancelled.json()["wait_list_offers"] >= 2
    offers = count(
        practice,
        "SELECT COUNT(*) FROM wait_list_offer WHERE entry_id IN (:a, :b)",
        a=entries[0],
        b=entries[1],
    )
    assert offers == 2
    first = count(practice, "SELECT id FROM wait_list_offer WHERE entry_id = :e", e=entries[1])
    second = count(practice, "SELECT id FROM wait_list_offer WHERE entry_id = :e", e=entries[0])
    won = client.post(f"/api/v1/wait-list/offers/{first}/accept", headers=headers)
    assert won.status_code == 200 and won.json()["appointment"]["local_start"].startswith("2027-02-02T15:00")
    lost = client.post(f"/api/v1/wait-list/offers/{second}/accept", headers=headers)
    assert lost.status_code == 409 and "taken" in lost.json()["detail"]


def test_authorization_refused_or_warned_as_the_payer_says(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    pt, kind = therapist(practice), type_id(practice)
    for hour, payer, expected in ((13, "State Medicaid", [201, 409]), (15, "Blue Cross PPO", [201, 201])):
        who = patient_of_payer(practice, payer)
        payer_id = count(practice, "SELECT id FROM payer WHERE name = :n", n=payer)
        auth = client.post(
            f"/api/v1/patients/{who}/authorizations",
            headers=headers,
            json={
                "payer_id": payer_id,
                "discipline": "PT",
                "start_date": "2027-04-01",
                "end_date": "2027-05-30",
                "visits_approved": 1,
            },
        )
        assert auth.status_code == 201
        replies = [_book(client, headers, who, pt, kind, local(2027, 4, day, hour, 0)) for day in (5, 7)]
        assert [r.status_code for r in replies] == expected, payer
        second = replies[1].json()
        reason = second["detail"] if replies[1].status_code == 409 else " ".join(second["warnings"])
        assert "left on the authorization" in reason and payer in reason


def test_check_in_is_for_today_and_no_show_after_the_start(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    client, headers = desk
    made = _book(
        client,
        headers,
        patient(practice, offset=14),
        therapist(practice),
        type_id(practice),
        local(2027, 1, 20, 9, 0),
    ).json()["appointment"]
    assert client.post(f"/api/v1/appointments/{made['id']}/check-in", headers=headers).status_code == 422
    assert (
        client.post(f"/api/v1/appointments/{made['id']}/no-show", headers=headers, json={}).status_code == 422
    )


def test_only_the_front_desk_and_owner_book(practice: Practice) -> None:
    client = practice.client()
    for role in ("therapist", "assistant", "biller"):
        headers = practice.login(client, role)
        reply = _book(
            client,
            headers,
            patient(practice, offset=15),
            therapist(practice),
            type_id(practice),
            local(2027, 1, 21, 9, 0),
        )
        assert reply.status_code == 403, role


def test_plan_of_care_checks_pdf_and_signature(practice: Practice) -> None:
    client = practice.client()
    headers = practice.login(client, "therapist", "riverside")
    actor = practice.actor("therapist", "riverside")
    provider = sorted(actor.provider_ids)[0]
    good = {
        "patient_id": patient(practice, offset=20),
        "provider_id": provider,
        "icd10_codes": ["M54.50", "r26.89"],
        "start_date": "2027-01-04",
        "end_date": "2027-04-03",
        "frequency_per_week": 2,
        "duration_weeks": 12,
        "physician_name": "Dr. Okafor",
        "physician_npi": "1234567893",
        "goals": [{"term": "short", "text": "Walk 300 feet with a cane"}],
    }
    for bad in (
        {"icd10_codes": ["M5450"]},
        {"end_date": "2027-04-04"},
        {"physician_npi": "1234567890"},
        {"goals": []},
        {"provider_id": therapist(practice, credential="PTA")},
    ):
        assert client.post("/api/v1/plans", json={**good, **bad}, headers=headers).status_code == 422, bad
    made = client.post("/api/v1/plans", json=good, headers=headers)
    assert made.status_code == 201
    pid = made.json()["id"]
    pdf = client.get(f"/api/v1/plans/{pid}/certification.pdf", headers=headers)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert (
        client.post(f"/api/v1/plans/{pid}/signed", json={"on": "2027-01-05"}, headers=headers).status_code
        == 422
    )
    assert (
        client.post(f"/api/v1/plans/{pid}/sent", json={"on": "2027-01-04"}, headers=headers).status_code
        == 204
    )
    assert (
        client.post(f"/api/v1/plans/{pid}/signed", json={"on": "2027-01-09"}, headers=headers).status_code
        == 204
    )
    desk_headers = practice.login(client, "front_desk", "riverside")
    assert client.post("/api/v1/plans", json=good, headers=desk_headers).status_code == 403


def test_clinic_settings_refuse_an_unknown_time_zone_and_change_nothing(practice: Practice) -> None:
    client = practice.client()
    owner = practice.login(client, "owner")
    before = count(practice, "SELECT COUNT(*) FROM clinic WHERE timezone = 'America/New_York'")
    bad = client.patch("/api/v1/clinics/1/settings", headers=owner, json={"timezone": "Mars/Olympus_Mons"})
    assert bad.status_code == 422 and "unknown time zone" in bad.text
    assert count(practice, "SELECT COUNT(*) FROM clinic WHERE timezone = 'America/New_York'") == before
    bad = client.patch(
        "/api/v1/clinics/1/settings",
        headers=owner,
        json={"reminder_cadence": [{"hours_before": 2, "channel": "pigeon"}]},
    )
    assert bad.status_code == 422
    ok = client.patch("/api/v1/clinics/1/settings", headers=owner, json={"late_cancel_hours": 24})
    assert ok.status_code == 200 and ok.json()["late_cancel_hours"] == 24
    desk = practice.login(client, "front_desk", "riverside")
    assert (
        client.patch("/api/v1/clinics/1/settings", headers=desk, json={"late_cancel_hours": 1}).status_code
        == 403
    )


def test_a_late_cancellation_is_recorded_as_late(practice: Practice, desk) -> None:  # type: ignore[no-untyped-def]
    from core.scheduling.models import Appointment
    from core.timeutil import utcnow

    client, headers = desk
    with practice.session() as session:
        soon = Appointment(
            clinic_id=1,
            patient_id=patient(practice, offset=30),
            provider_id=therapist(practice),
            appointment_type_id=type_id(practice),
            starts_at=utcnow() + timedelta(hours=3),
            ends_at=utcnow() + timedelta(hours=3, minutes=45),
        )
        session.add(soon)
        session.commit()
    cancelled = client.post(
        f"/api/v1/appointments/{soon.id}/cancel",
        headers=headers,
        json={"reason": "car trouble", "by": "patient"},
    ).json()
    assert cancelled["appointment"]["late_cancel"] is True


def test_check_in_and_no_show_on_the_day(practice: Practice) -> None:
    from core.scheduling import booking
    from core.scheduling.calendar import clinic_zone
    from core.scheduling.models import Appointment
    from core.timeutil import clock_at, utcnow

    desk = practice.actor("front_desk", "riverside")
    with practice.session() as session:
        zone = clinic_zone(session, 1)
    # Mid-day in the clinic's zone: on the wall clock, "a minute from now" is tomorrow there just
    # before local midnight, and check-in is for today's visits (CI failed so at 2026-12-03 ~04 UTC).
    midday = datetime.combine(utcnow().astimezone(zone).date(), time(12), zone)
    with clock_at(midday), practice.session() as session:
        soon = Appointment(
            clinic_id=1,
            patient_id=patient(practice, offset=31),
            provider_id=therapist(practice),
            appointment_type_id=type_id(practice),
            starts_at=utcnow() + timedelta(minutes=1),
            ends_at=utcnow() + timedelta(minutes=46),
        )
        started = Appointment(
            clinic_id=1,
            patient_id=patient(practice, offset=32),
            provider_id=therapist(practice),
            appointment_type_id=type_id(practice),
            starts_at=utcnow() - timedelta(minutes=20),
            ends_at=utcnow() + timedelta(minutes=25),
        )
        session.add_all([soon, started])
        session.commit()
        assert booking.check_in(session, actor=desk, appointment_id=soon.id).status == "checked_in"
        missed = booking.no_show(session, actor=desk, appointment_id=started.id, reason="no answer")
        assert missed.status == "no_show" and missed.cancel_reason == "no answer"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.sets(st.integers(0, 4), min_size=1, max_size=3),
            st.integers(32, 64),
            st.integers(1, 3),
            st.integers(0, 2),
            st.integers(0, 60),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_recurring_bookings_never_exceed_capacity(practice: Practice, plans) -> None:  # type: ignore[no-untyped-def]
    """Random overlapping recurring series on a capacity-2 provider: what is booked never exceeds 2
    at any instant, and every occurrence is either booked or reported."""
    if practice.backend != "sqlite":
        return
    from core.scheduling.flows import RecurringRequest, book_recurring
    from core.scheduling.models import Appointment
    from core.scheduling.slots import Span, peak_overlap

    desk = practice.actor("front_desk", "riverside")
    provider = therapist(practice, offset=2)
    with practice.session() as session:
        from core.providers.models import Provider

        row = session.get(Provider, provider)
        row.capacity = 2
        session.add(row)
        session.commit()
        for weekdays, quarter, weeks, who, offset in plans:
            request = RecurringRequest(
                patient_id=patient(practice, offset=200 + who * 7 + offset % 7),
                provider_id=provider,
                appointment_type_id=type_id(practice),
                first_day=date(2028, 3, 6),
                weekdays=sorted(weekdays),
                local_minute=quarter * 15,
                weeks=weeks,
            )
            result = book_recurring(session, actor=desk, request=request)
            assert len(result.booked) + len(result.conflicts) == len(weekdays) * weeks
        rows = session.exec(
            select(Appointment).where(
                Appointment.provider_id == provider,
                Appointment.status == "booked",
                Appointment.starts_at >= datetime(2028, 1, 1, tzinfo=UTC),
            )
        ).all()
    spans = [Span(a.starts_at, a.ends_at) for a in rows]
    assert all(peak_overlap(spans, s) <= 2 for s in spans)
