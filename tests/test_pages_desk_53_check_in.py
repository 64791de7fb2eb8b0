"""Trial 53, front desk (#20): a check-in undone, the home page's row controls, and "a"/"an".

Before: a check-in could not be undone and a checked-in visit could not be cancelled (a no-show had
"Undo"); the home page's "Check in" buttons were smaller than its "Copay" buttons; the booking form said
"a PTA may not furnish a evaluation". Now "Undo the check-in" puts the visit back to booked (audited,
once under a double click), a copay taken stays taken and the answer says so; every control on a home
row is the same size; the No-show control is on a booked row from its start on, not before."""

import re
from datetime import UTC, date, datetime, timedelta

from conftest import Practice
from fastapi.testclient import TestClient
from page_helpers import page_client
from scheduling_helpers import clock_with_log_ins, count, one, open_day

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FAR = date(2027, 5, 10)  # a Monday past everything the demo books


def _self_pay_patient(practice: Practice, offset: int) -> int:
    return int(
        one(
            practice,
            """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
            JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = 1 AND y.requires_authorization = :f
            ORDER BY p.id LIMIT 1 OFFSET :o""",
            f=False,
            o=offset,
        )[0]
    )


def _provider(practice: Practice, credential: str) -> int:
    return int(
        one(
            practice,
            "SELECT id FROM provider WHERE clinic_id = 1 AND credential = :c ORDER BY id LIMIT 1",
            c=credential,
        )[0]
    )


def _type(practice: Practice, discipline: str, kind: str) -> int:
    return int(
        one(
            practice,
            "SELECT id FROM appointment_type WHERE clinic_id = 1 AND discipline = :d AND kind = :k "
            "ORDER BY id LIMIT 1",
            d=discipline,
            k=kind,
        )[0]
    )


def _book(desk: TestClient, provider: int, patient: int, kind: int, day: date, at: str) -> TestClient:
    page = desk.get(
        "/schedule/book",
        params={"provider": provider, "day": day.isoformat(), "time": at, "patient": patient},
    )
    key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', page.text)
    assert key
    return desk.post(
        "/schedule/book",
        data={
            "idempotency_key": key.group(1),
            "patient_id": patient,
            "provider_id": provider,
            "appointment_type_id": kind,
            "day": day.isoformat(),
            "time": at,
        },
        follow_redirects=False,
    )


def _booked(desk: TestClient, practice: Practice, patient: int, day: date, at: str) -> tuple[int, datetime]:
    reply = _book(desk, _provider(practice, "PT"), patient, _type(practice, "PT", "follow-up"), day, at)
    assert reply.status_code == 303, reply.text[:800]
    appointment = int(reply.headers["location"].split("/")[2].split("?")[0])
    starts = one(practice, "SELECT starts_at FROM appointment WHERE id = :a", a=appointment)[0]
    moment = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
    return appointment, moment.replace(tzinfo=UTC)


def _status(practice: Practice, appointment: int) -> str:
    return str(one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment)[0])


def _row(home: str, appointment: int) -> str:
    """The home page's row of a visit."""
    rows = [r for r in home.split("<tr>") if f'href="/appointments/{appointment}"' in r]
    assert len(rows) == 1, home[:3000]
    return rows[0].split("</tr>")[0]


def test_a_check_in_undone_once_the_copay_kept_and_then_cancelled(practice: Practice) -> None:
    desk = page_client(practice, "front_desk")
    day = open_day(FAR)
    appointment, starts = _booked(desk, practice, _self_pay_patient(practice, 0), day, "10:00")
    with clock_with_log_ins(practice.engine, starts - timedelta(minutes=20)):
        assert "Checked in." in desk.post(f"/appointments/{appointment}/check-in", follow_redirects=True).text
        page = desk.get(f"/appointments/{appointment}").text
        key = re.search(r'name="idempotency_key" value="([0-9a-f]+)"', page)
        assert key and 'id="undo-check-in"' in page
        desk.post(
            f"/appointments/{appointment}/copay",
            data={"amount": "25.00", "method": "cash", "idempotency_key": key.group(1)},
        )
        first = desk.post(f"/appointments/{appointment}/undo-check-in", follow_redirects=True)
        second = desk.post(
            f"/appointments/{appointment}/undo-check-in", follow_redirects=True
        )  # double click
        for reply in (first, second):
            assert (
                "Check-in undone: booked again. The copay of $25.00 taken for this visit stays taken, on the "
                "patient&#39;s account (a refund is the biller&#39;s to make)." in reply.text
            ), reply.text[:3000]
        assert _status(practice, appointment) == "booked"
        assert one(practice, "SELECT checked_in_at FROM appointment WHERE id = :a", a=appointment)[0] is None
        assert (
            count(
                practice,
                "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'appointment' AND record_id = :a "
                "AND detail = 'check-in undone'",
                a=str(appointment),
            )
            == 1
        )
        assert (
            count(
                practice, "SELECT COUNT(*) FROM payment WHERE reference LIKE :r", r=f"% visit {appointment}"
            )
            == 1
        )
        # booked again: cancellable, and no undo offered any more
        page = desk.get(f"/appointments/{appointment}").text
        assert 'id="undo-check-in"' not in page and "Cancel the appointment" in page
        done = desk.post(
            f"/appointments/{appointment}/cancel",
            data={"reason": "left before the visit", "by": "patient"},
            follow_redirects=True,
        )
        assert "Cancelled." in done.text and _status(practice, appointment) == "cancelled"
        # must not change: a cancelled visit has no check-in to undo
        refused = desk.post(f"/appointments/{appointment}/undo-check-in", follow_redirects=True)
        assert "is cancelled, not checked in" in refused.text
        assert _status(practice, appointment) == "cancelled"


def test_a_check_in_undone_without_a_copay_says_nothing_of_one(practice: Practice) -> None:
    desk = page_client(practice, "front_desk")
    appointment, starts = _booked(desk, practice, _self_pay_patient(practice, 1), open_day(FAR), "11:00")
    with clock_with_log_ins(practice.engine, starts - timedelta(minutes=5)):
        desk.post(f"/appointments/{appointment}/check-in")
        said = desk.post(
            f"/appointments/{appointment}/undo-check-in",
            data={"back": f"/?day={open_day(FAR)}"},
            follow_redirects=False,
        )
        assert said.status_code == 303 and said.headers["location"].startswith("/?")
        assert "copay" not in said.headers["location"].lower()
        assert _status(practice, appointment) == "booked"


def test_the_home_rows_controls_are_one_size_and_no_show_comes_at_the_start(practice: Practice) -> None:
    desk = page_client(practice, "front_desk")
    day = open_day(FAR + timedelta(days=1))
    appointment, starts = _booked(desk, practice, _self_pay_patient(practice, 2), day, "14:00")
    with clock_with_log_ins(practice.engine, starts - timedelta(minutes=30)):
        row = _row(desk.get(f"/?day={day}").text, appointment)
        assert "Check in" in row and f'action="/appointments/{appointment}/no-show"' not in row
    with clock_with_log_ins(practice.engine, starts + timedelta(minutes=1)):
        before = desk.get(f"/?day={day}").text
        row = _row(before, appointment)
        assert f'action="/appointments/{appointment}/no-show"' in row  # from its start on
        desk.post(f"/appointments/{appointment}/check-in")
        after = desk.get(f"/?day={day}").text
        assert "Copay" in _row(after, appointment)
    home = before + after
    controls = re.findall(
        r'<(?:button|a) (?:type="submit" )?class="([^"]*)"[^>]*>(Check in|No-show|Copay|Undo)', home
    )
    assert controls and {c for c, _ in controls} == {"button mini-link"}, controls


def test_an_article_before_a_vowel_sound_on_the_booking_form(practice: Practice) -> None:
    desk = page_client(practice, "front_desk")
    refused = _book(
        desk,
        _provider(practice, "PTA"),
        _self_pay_patient(practice, 3),
        _type(practice, "PT", "evaluation"),
        open_day(FAR + timedelta(days=2)),
        "09:00",
    )
    assert refused.status_code == 303 and "/appointments/" not in refused.headers["location"]
    said = desk.get(refused.headers["location"]).text  # the form again, with why
    assert "A PTA may not furnish an evaluation" in said, said[:3000]
    assert "a evaluation" not in said


def test_the_balance_links_to_its_bills_for_those_who_may_read_payments(practice: Practice) -> None:
    patient = _self_pay_patient(practice, 4)
    biller = page_client(practice, "biller").get(f"/patients/{patient}").text
    assert f'href="/billing/patients/{patient}/ledger" id="balance-bills"' in biller
    # must not change: the front desk reads balances, never payments (PRODUCT.md's role matrix)
    desk = page_client(practice, "front_desk").get(f"/patients/{patient}").text
    assert 'id="bal-h"' in desk and 'id="balance-bills"' not in desk
