"""A form refused for what was typed comes back with what was typed and the reason (#20): the recurring
booking, the wait list, the plan of care, a write-off, a payment posted by hand and a claim's fix each
answer 422 with their own page filled in as sent (the problem by its field where it is one field's),
and the database is unchanged. One shared way: web/form_refusal.py."""

import re
from datetime import date

from page_helpers import page_client
from scheduling_helpers import count, one, type_id

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FAR = date(2027, 3, 1)  # a Monday past everything the demo books


def _key(page: str) -> str:
    return re.search(r'name="idempotency_key" value="([0-9a-f]+)', page).group(1)  # type: ignore[union-attr]


def _kept(page: str, *snippets: str) -> None:
    for snippet in snippets:
        assert snippet in page, snippet


def test_the_desks_refused_booking_and_wait_list_come_back_as_typed(practice) -> None:
    desk = page_client(practice, "front_desk")
    provider = one(practice, "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' ORDER BY id")[
        0
    ]
    patient = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id")[0]
    kind = type_id(practice)
    before = count(practice, "SELECT COUNT(*) FROM appointment WHERE patient_id = :p", p=patient)
    page = desk.get(
        "/schedule/book", params={"provider": provider, "day": FAR.isoformat(), "patient": patient}
    )
    # a weekly series on Tuesdays and Thursdays for 0 weeks: refused, the series kept as typed
    form = {
        "idempotency_key": _key(page.text),
        "patient_id": patient,
        "provider_id": provider,
        "appointment_type_id": kind,
        "day": FAR.isoformat(),
        "time": "10:15",
        "repeat": "weekly",
        "weekdays": ["1", "3"],
        "weeks": "0",
    }
    reply = desk.post("/schedule/book", data=form)
    assert reply.status_code == 422 and 'role="alert"' in reply.text
    _kept(
        reply.text,
        'name="repeat" value="weekly" checked',
        'id="wd-1" name="weekdays" value="1" checked',
        'id="wd-3" name="weekdays" value="3" checked',
        'value="10:15"',
        f'value="{FAR.isoformat()}"',
        'id="weeks" name="weeks" type="number" min="1" max="26" value="0"',
    )
    assert 'id="wd-0" name="weekdays" value="0" checked' not in reply.text
    assert count(practice, "SELECT COUNT(*) FROM appointment WHERE patient_id = :p", p=patient) == before

    # the wait list: the hours the wrong way round, refused in words, the days and provider kept
    waiting = count(practice, "SELECT COUNT(*) FROM wait_list_entry WHERE patient_id = :p", p=patient)
    page = desk.get(f"/waitlist/new?patient={patient}")
    reply = desk.post(
        "/waitlist",
        data={
            "idempotency_key": _key(page.text),
            "patient_id": patient,
            "appointment_type_id": kind,
            "provider_id": str(provider),
            "weekdays": ["2", "4"],
            "earliest": "17:00",
            "latest": "09:00",
        },
    )
    assert reply.status_code == 422 and "The latest time must be after the earliest" in reply.text
    _kept(
        reply.text,
        'id="wd-2" name="weekdays" value="2" checked',
        'id="wd-4" name="weekdays" value="4" checked',
        'value="17:00"',
        'value="09:00"',
        f'<option value="{provider}" selected>',
    )
    assert 'id="wd-0" name="weekdays" value="0" checked' not in reply.text
    assert "latest_minute" not in reply.text
    assert count(practice, "SELECT COUNT(*) FROM wait_list_entry WHERE patient_id = :p", p=patient) == waiting


def test_a_refused_plan_of_care_keeps_its_goals_and_marks_the_npi(practice) -> None:
    therapist = page_client(practice, "therapist")
    patient = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id")[0]
    before = count(practice, "SELECT COUNT(*) FROM plan_of_care")
    reply = therapist.post(
        f"/patients/{patient}/plans/new",
        data={
            "icd10_codes": "M17.11, R26.89",
            "start_date": "2027-03-01",
            "end_date": "2027-05-20",
            "frequency_per_week": "2",
            "duration_weeks": "8",
            "physician_name": "Dr. Typed Planwell",
            "physician_npi": "1234567890",
            "short_1": "Walk 300 ft without a device",
            "short_1_by": "2027-04-01",
            "long_1": "Climb a flight of stairs reciprocally",
        },
    )
    assert reply.status_code == 422
    _kept(
        reply.text,
        'value="M17.11, R26.89"',
        'value="Dr. Typed Planwell"',
        'value="1234567890"',
        'value="Walk 300 ft without a device"',
        'value="2027-04-01"',
        'value="Climb a flight of stairs reciprocally"',
        'id="physician_npi-error"',
    )
    assert re.search(r'id="physician_npi"[^>]*aria-invalid="true"', reply.text)
    assert count(practice, "SELECT COUNT(*) FROM plan_of_care") == before


def test_the_billers_refused_write_off_payment_and_fix_come_back_as_typed(practice) -> None:
    biller = page_client(practice, "biller")
    denied = one(practice, "SELECT id FROM claim WHERE status = 'denied' AND clinic_id = 1 ORDER BY id")[0]
    line = one(
        practice,
        "SELECT line_number FROM claim_line WHERE claim_id = :c AND status = 'denied' ORDER BY 1",
        c=denied,
    )[0]
    reply = biller.post(f"/billing/claims/{denied}/write-off", data={"reason": " ", "line": str(line)})
    assert reply.status_code == 422 and "say why" in reply.text
    _kept(reply.text, f'<option value="{line}" selected>', 'id="wo-reason-error"')
    assert count(practice, "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c", c=denied) == 0
    reply = biller.post(f"/billing/claims/{denied}/appeal.pdf", data={"argument": "  "})
    if reply.status_code == 422:  # an empty argument is refused: the claim page, nothing lost
        assert "Work the denial" in reply.text

    patient = one(practice, "SELECT patient_id FROM claim WHERE clinic_id = 1 ORDER BY id")[0]
    payments = count(practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p", p=patient)
    page = biller.get(f"/billing/patients/{patient}/ledger")
    form = {"received_on": "2026-11-20", "method": "check", "reference": "R-TYPED-7"}
    for amount, field_said in (("12.345", "dollars and cents"), ("0", "is more than 0")):
        reply = biller.post(
            f"/billing/patients/{patient}/payments",
            data={**form, "amount": amount, "idempotency_key": _key(page.text) + amount},
        )
        assert reply.status_code == 422, amount
        _kept(reply.text, f'value="{amount}"', 'value="R-TYPED-7"', '<option value="check" selected>')
        assert re.search(r'id="amount"[^>]*aria-invalid="true"', reply.text), amount
        error = re.search(r'<p class="field-error" id="amount-error">([^<]*)</p>', reply.text)
        assert error and field_said in error.group(1), amount
    assert count(practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p", p=patient) == payments

    editable = one(
        practice,
        "SELECT id FROM claim WHERE status IN ('held', 'ready', 'draft') AND clinic_id = 1 ORDER BY id",
    )
    if editable is None:
        return
    claim = editable[0]
    first, modifiers = one(
        practice, "SELECT line_number, modifiers FROM claim_line WHERE claim_id = :c ORDER BY 1", c=claim
    )
    reply = biller.post(
        f"/billing/claims/{claim}",
        data={
            "line": str(first),
            f"modifiers-{first}": "GP XQ",
            f"units-{first}": "two",
            "diagnosis_codes": "M17.11",
        },
    )
    assert reply.status_code == 422 and "Units are whole numbers" in reply.text
    _kept(reply.text, 'value="GP XQ"', 'value="two"', 'value="M17.11"')
    assert (
        one(
            practice,
            "SELECT modifiers FROM claim_line WHERE claim_id = :c AND line_number = :n",
            c=claim,
            n=first,
        )[0]
        == modifiers
    )
