"""Trial 51, front desk (#20): after "Check in" on the home page the row showed only a "Copay" button, not
"checked in" (the schedule grid did), and the visit's page at check-in did not show what the patient owes.
Now the row says its state beside its buttons, and the copay card says the patient's balance."""

import re
from datetime import UTC, datetime, time, timedelta

from page_helpers import page_client
from scheduling_helpers import NY, one
from sqlalchemy import text

from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _visit_tonight(practice, offset: int) -> int:  # type: ignore[no-untyped-def]
    """A visit booked today at 11 PM in clinic 1 (after now, so it is not yet missed)."""
    now = utcnow()
    at = datetime.combine(now.astimezone(NY).date(), time(23, 0), NY).astimezone(UTC).replace(tzinfo=None)
    with practice.engine.begin() as conn:
        provider, patient, kind = conn.execute(
            text(
                """SELECT a.provider_id, a.patient_id, a.appointment_type_id FROM appointment a
                WHERE a.clinic_id = 1 ORDER BY a.id LIMIT 1 OFFSET :o"""
            ),
            {"o": offset},
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


def _row(home: str, visit: int) -> str:
    rows = [r for r in home.split("<tr") if f"/appointments/{visit}" in r]
    assert rows, "the visit is not on the home page"
    return rows[0]


def test_a_checked_in_row_says_so_and_the_visit_page_says_the_balance(practice) -> None:  # type: ignore[no-untyped-def]
    visit = _visit_tonight(practice, 0)
    desk = page_client(practice, "front_desk")
    before = _row(desk.get("/").text, visit)
    assert "/check-in" in before and "checked in" not in before  # must not change: a booked row
    desk.post(f"/appointments/{visit}/check-in", data={"back": "/"})
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=visit)[0] == "checked_in"
    after = _row(desk.get("/").text, visit)
    assert re.search(r'<span class="state checked_in">checked in</span>', after), after
    assert "/check-in" not in after
    page = desk.get(f"/appointments/{visit}").text
    owed = page.split('id="balance-owed">')[1].split("</span>")[0]
    assert "The patient owes" in owed or "owes nothing else" in owed or "credit of" in owed, owed
    # must not change: a booked visit's page has no balance (it is said with the copay, at check-in)
    other = _visit_tonight(practice, 1)
    assert 'id="balance-owed"' not in desk.get(f"/appointments/{other}").text
