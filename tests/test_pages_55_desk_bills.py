"""The front desk reads the bills a patient owes (#20): core.billing.service.bills_owed had no page. The
desk's patient page lists the bills still owed, oldest first (date of service, the bill,
where insurance stands, the patient's part, what is still owed), and the visit's page at check-in lists
those still owed beside the copay: what to collect. The charge and what insurance paid and adjusted
show only to a role with claim.read (the biller, the owner), never the front desk (PRODUCT.md: balances
and claim status)."""

import re
from datetime import UTC, datetime, time, timedelta

from page_helpers import page_client
from scheduling_helpers import NY, one
from sqlalchemy import text

from core.billing.service import bills_owed
from core.timeutil import utcnow

DEMO_SIZE = "tiny"


def _owing(practice) -> tuple[int, object]:  # type: ignore[no-untyped-def]
    """A patient of clinic 1 who owes on a bill, and their bills as the biller reads them."""
    with practice.session() as session:
        candidates = [
            int(r[0])
            for r in session.exec(  # type: ignore[call-overload]
                text(
                    """SELECT DISTINCT c.patient_id FROM claim c WHERE c.clinic_id = 1
                    AND c.patient_responsibility_cents > 0 ORDER BY c.patient_id LIMIT 40"""
                )
            ).all()
        ]
    biller = practice.actor("biller")
    for patient in candidates:
        with practice.session() as session:
            owed = bills_owed(session, actor=biller, patient_id=patient)
        if owed.balance_cents > 0 and any(b.still_owed_cents > 0 for b in owed.bills):
            return patient, owed
    raise AssertionError("no patient of the demo owes on a bill")


def _tonight(practice, patient: int) -> int:  # type: ignore[no-untyped-def]
    """A visit of the patient booked today at 11 PM in clinic 1."""
    at = (
        datetime.combine(utcnow().astimezone(NY).date(), time(23, 0), NY).astimezone(UTC).replace(tzinfo=None)
    )
    with practice.engine.begin() as conn:
        provider, kind = conn.execute(
            text(
                "SELECT provider_id, appointment_type_id FROM appointment WHERE clinic_id = 1 ORDER BY id LIMIT 1"
            )
        ).one()
        conn.execute(
            text(
                """INSERT INTO appointment (clinic_id, patient_id, provider_id, appointment_type_id, starts_at,
                ends_at, status, cancel_reason, late_cancel, progress_due, created_at)
                VALUES (1, :p, :v, :k, :s, :e, 'booked', '', :f, :f, :s)"""
            ),
            {"p": patient, "v": provider, "k": kind, "s": at, "e": at + timedelta(minutes=45), "f": False},
        )
    return one(practice, "SELECT MAX(id) FROM appointment")[0]


def _table(page: str, tid: str) -> str:
    found = re.search(rf'<table id="{tid}".*?</table>', page, re.S)
    assert found, f"no table {tid}"
    return re.sub(r"\s+", " ", found.group(0))


def _money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def test_the_desk_reads_the_bills_owed_and_what_to_collect_at_check_in(practice) -> None:  # type: ignore[no-untyped-def]
    patient, owed = _owing(practice)
    owing = [b for b in owed.bills if b.still_owed_cents > 0]
    desk = page_client(practice, "front_desk")
    biller = page_client(practice, "biller")

    # the patient page: the bills still owed, oldest first, the settled ones counted; the desk sees no
    # charge or insurance amounts
    shown = desk.get(f"/patients/{patient}").text
    table = _table(shown, "bills-owed")
    assert "Charge" not in table and "Insurance paid" not in table
    for bill in owing:
        assert bill.what in table and bill.service_date.strftime("%m/%d/%Y") in table
        assert _money(bill.still_owed_cents) in table
    settled = [b for b in owed.bills if b.still_owed_cents == 0]
    assert all(b.claim_number not in table for b in settled if b.claim_number)
    if settled:
        assert f"{len(settled)} earlier bill" in shown
    first, last = owing[0], owing[-1]
    if first.what != last.what:
        assert table.index(first.what) < table.index(last.what)
    billed = _table(biller.get(f"/patients/{patient}").text, "bills-owed")
    assert "Charge" in billed and "Insurance paid" in billed
    charged = [b for b in owing if b.charge_cents]
    assert not charged or _money(charged[0].charge_cents) in billed

    # at check-in: the bills still owed, beside the copay, no charge
    visit = _tonight(practice, patient)
    assert 'id="bills-to-collect"' not in desk.get(f"/appointments/{visit}").text  # booked: not yet
    desk.post(f"/appointments/{visit}/check-in", data={"back": "/"})
    page = desk.get(f"/appointments/{visit}").text
    collect = _table(page, "bills-to-collect")
    assert "Charge" not in collect
    assert [b.what for b in owing] == [b.what for b in owing if b.what in collect]
    assert all(_money(b.still_owed_cents) in collect for b in owing)
    paid_off = [b for b in owed.bills if b.still_owed_cents == 0 and b.claim_number]
    assert all(b.claim_number not in collect for b in paid_off)
    assert _money(owed.balance_cents) in page.split('id="balance-owed">')[1].split("</span>")[0]
