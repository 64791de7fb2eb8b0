"""The front desk's pages: calendar with open slots, cancel and reschedule by form, patient search and
profile with authorization badges, the chat panel; each read as the logged-in user, within the role."""

import re
from datetime import UTC, datetime, time, timedelta

from conftest import DEMO_NOW, DEMO_TODAY
from page_helpers import page_client
from scheduling_helpers import one

from core.timeutil import clock_at

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _future_booking(practice, offset: int) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    return one(
        practice,
        """SELECT a.id, a.provider_id, a.starts_at FROM appointment a JOIN provider p ON p.id = a.provider_id
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = 'PT' AND a.starts_at > :after
        ORDER BY a.starts_at, a.id LIMIT 1 OFFSET :o""",
        after=datetime.combine(DEMO_TODAY + timedelta(days=8), time(0), UTC),
        o=offset,
    )


def test_the_calendar_shows_a_providers_week_with_visits_and_open_slots(practice) -> None:
    appointment_id, provider_id, starts_at = _future_booking(practice, 0)
    desk = page_client(practice, "front_desk")
    day = str(starts_at)[:10]
    # Open slots are offered only ahead of now: read at the demo's moment, the week is all ahead whatever
    # the hour the suite runs (on a Friday evening the wall clock's week has none left). The desk logs in
    # first, on the wall clock, whose cookie a clock set back would expire.
    with clock_at(DEMO_NOW):
        page = desk.get(f"/calendar?provider={provider_id}&day={day}&view=week")
    assert page.status_code == 200, page.text
    assert f'href="/appointments/{appointment_id}"' in page.text
    assert page.text.count('class="card day"') == 5
    assert re.search(
        r'<ul class="slots"><li><a href="/schedule/book\?provider=\d+&amp;day=[\d-]+&amp;time=\d\d%3A\d\d',
        page.text,
    ), "no open slot to book"
    one_day = desk.get(f"/calendar?provider={provider_id}&day={day}")
    assert one_day.text.count('class="card day"') == 1 and "Calendar" in one_day.text


def test_the_desk_cancels_by_form_and_a_missing_reason_changes_nothing(practice) -> None:
    appointment_id, _, _ = _future_booking(practice, 1)
    desk = page_client(practice, "front_desk")
    page = desk.get(f"/appointments/{appointment_id}")
    assert page.status_code == 200 and "Cancel the appointment" in page.text
    refused = desk.post(
        f"/appointments/{appointment_id}/cancel", data={"reason": "", "by": "patient"}, follow_redirects=True
    )
    assert 'role="alert"' in refused.text
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment_id)[0] == "booked"
    done = desk.post(
        f"/appointments/{appointment_id}/cancel",
        data={"reason": "patient has the flu", "by": "patient"},
        follow_redirects=True,
    )
    assert done.status_code == 200 and "Cancelled." in done.text
    assert one(practice, "SELECT status, cancel_reason FROM appointment WHERE id = :a", a=appointment_id) == (
        "cancelled",
        "patient has the flu",
    )


def test_the_desk_moves_a_visit_to_an_open_time_offered_on_its_page(practice) -> None:
    appointment_id, _, _ = _future_booking(practice, 2)
    desk = page_client(practice, "front_desk")
    page = desk.get(f"/appointments/{appointment_id}")
    times = re.findall(r'name="starts_at" value="([^"]+)"', page.text)
    assert times, "no open time offered"
    moved = desk.post(
        f"/appointments/{appointment_id}/reschedule", data={"starts_at": times[-1]}, follow_redirects=True
    )
    assert moved.status_code == 200 and "Moved to" in moved.text, moved.text
    status = one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment_id)[0]
    assert status == "booked"
    bad = desk.post(
        f"/appointments/{appointment_id}/reschedule", data={"starts_at": "soon"}, follow_redirects=True
    )
    assert "Choose one of the open times" in bad.text


def test_patient_search_and_profile_show_insurance_and_authorization_badges(practice) -> None:
    patient_id, last, approved, used = one(
        practice,
        """SELECT p.id, p.last_name, a.visits_approved, a.visits_used FROM patient p
        JOIN prior_authorization a ON a.patient_id = p.id WHERE p.clinic_id = 1 ORDER BY p.id LIMIT 1""",
    )
    desk = page_client(practice, "front_desk")
    found = desk.get(f"/patients?q={last}")
    assert found.status_code == 200 and f'href="/patients/{patient_id}"' in found.text
    profile = desk.get(f"/patients/{patient_id}")
    assert profile.status_code == 200
    assert f"{approved - used} of {approved} visits left" in profile.text
    assert "Insurance" in profile.text and "Balance" in profile.text
    therapist = page_client(practice, "therapist")
    seen = therapist.get(f"/patients/{patient_id}")
    assert seen.status_code == 200 and "Balance" not in seen.text  # a therapist has no balance.read


def test_patient_search_pages_as_the_claims_list_does(practice) -> None:  # type: ignore[no-untyped-def]
    """Numbered from 1, 'Page 2 of 3' on each page, 'Previous page' back from every page but the
    first (it once said a bare 'Previous' with no page number); a page past the last shows the last."""
    last = one(
        practice,
        "SELECT last_name FROM patient WHERE clinic_id = 1 GROUP BY last_name ORDER BY COUNT(*) DESC LIMIT 1",
    )[0]
    desk = page_client(practice, "front_desk")
    first = desk.get(f"/patients?q={last}")
    total = int(re.search(r"(\d+) found", first.text).group(1))  # type: ignore[union-attr]
    pages = max(1, -(-total // 25))
    seen = set()
    for page in range(1, pages + 1):
        reply = desk.get(f"/patients?q={last}&page={page}")
        assert f"<span>Page {page} of {pages}</span>" in reply.text
        assert (f'page={page - 1}">Previous page</a>' in reply.text) == (page > 1)
        assert (f'page={page + 1}">Next page</a>' in reply.text) == (page < pages)
        seen |= set(re.findall(r'<a href="/patients/(\d+)">', reply.text))
    assert len(seen) == total
    assert f"<span>Page {pages} of {pages}</span>" in desk.get(f"/patients?q={last}&page={pages + 2}").text


def test_the_menu_and_the_chat_panel_follow_the_role(practice) -> None:
    desk = page_client(practice, "front_desk")
    home = desk.get(f"/?day={DEMO_TODAY.isoformat()}")
    assert 'href="/calendar"' in home.text and 'href="/assistant"' in home.text
    assert 'href="/owner/audit"' not in home.text and 'href="/billing/claims"' not in home.text
    chat = desk.get("/assistant")
    assert chat.status_code == 200 and "/static/app/chat.js" in chat.text
    assert desk.get("/static/app/chat.js").status_code == 200
    anonymous = practice.client().get("/calendar", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")
