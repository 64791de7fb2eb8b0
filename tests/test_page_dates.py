"""Days on the therapist's pages in words (#20): 'My week of Monday, November 30, 2026' (was 'November
30, 2026' with a leading zero on single days, 'December 07, 2026'), and the visit being recorded as
'Friday 12/04/2026 at 9:00 AM EST' in the clinic's zone (was '04 Dec 2026', the UTC date)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import on_the_visit_day, one

from core.timeutil import in_clinic_words

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def test_the_week_names_its_monday_in_words(practice: Practice) -> None:
    provider_id = one(
        practice, "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' AND user_id IS NOT NULL"
    )[0]
    week = page_client(practice, provider_id=provider_id).get("/my/week?day=2026-12-09")
    assert week.status_code == 200 and "<h1>My week of Monday, December 7, 2026</h1>" in week.text


def test_the_recorder_names_the_visits_day_and_time_in_the_clinics_words(practice: Practice) -> None:
    appointment_id, provider_id, zone = one(
        practice,
        """SELECT a.id, a.provider_id, c.timezone FROM appointment a JOIN provider p ON p.id = a.provider_id
        JOIN clinic c ON c.id = a.clinic_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND p.user_id IS NOT NULL
        ORDER BY a.starts_at DESC, a.id DESC LIMIT 1 OFFSET 3""",
    )
    therapist = page_client(practice, provider_id=provider_id)
    with on_the_visit_day(practice.engine, appointment=appointment_id):
        opened = therapist.post(
            f"/appointments/{appointment_id}/record", data={"consent": "yes"}, follow_redirects=False
        )
    assert opened.status_code == 303
    page = therapist.get(opened.headers["location"])
    visit_id = int(opened.headers["location"].split("/")[2])
    served = one(practice, "SELECT service_date FROM visit WHERE id = :v", v=visit_id)[0]
    assert page.status_code == 200, page.text
    served = served if isinstance(served, datetime) else datetime.fromisoformat(served)  # SQLite: text
    assert in_clinic_words(served, ZoneInfo(zone)) in page.text
