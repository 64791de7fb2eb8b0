"""The pages a clinic opens on a phone (390 x 844, #20): a new-user trial found the page body scrolling
sideways on the home page, the review page's codes table, the desk's patient page and the schedule.
Now the body never scrolls sideways: a wide table scrolls in its own box (focusable, named for a
screen reader). Debian's Chromium; axe-core; screenshots var/screenshots/phone-*.png."""

from datetime import date

import pytest
from browser_support import checked, logged_in, needs_chromium
from conftest import SCHEDULE_DAYS, VISIT_DAY, on_day
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft
from page_helpers import provider_user
from scheduling_helpers import one

pytestmark = needs_chromium

DEMO_SIZE = "tiny"

PHONE = {"width": 390, "height": 844}


def _on_phone(chromium, server, user):  # type: ignore[no-untyped-def]
    context, page = logged_in(chromium, server, user)
    page.set_viewport_size(PHONE)
    return context, page


@pytest.mark.parametrize("day", SCHEDULE_DAYS, ids=str)
@pytest.mark.parametrize("role", ["therapist", "front_desk", "biller", "owner"])
def test_each_home_page_fits_a_phone(served, chromium, role: str, day: date) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context, page = _on_phone(chromium, server, practice.user(role))
    # the desk's and a therapist's home is the day's schedule: a day with visits, and one without
    with on_day(day):
        page.goto("/")
        if role == "front_desk" and day == VISIT_DAY:  # the wide table is there to fit
            assert page.locator('form[action$="/check-in"]').count() > 0
        checked(page, f"phone-home-{role}-{day:%a}")
    context.close()


@pytest.mark.parametrize("day", SCHEDULE_DAYS, ids=str)
def test_the_desks_patient_page_and_schedule_fit_a_phone(served, chromium, day: date) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    patient = one(
        practice,
        "SELECT p.id FROM patient p WHERE p.clinic_id = 1 AND EXISTS (SELECT 1 FROM insurance_policy i"
        " WHERE i.patient_id = p.id) ORDER BY p.id",
    )[0]
    context, page = _on_phone(chromium, server, practice.user("front_desk"))
    for address, name in (
        (f"/patients/{patient}", "phone-desk-patient"),
        ("/schedule", f"phone-desk-schedule-{day:%a}"),  # the day's schedule: with visits and without
        ("/patients?q=a", "phone-desk-search"),
    ):
        with on_day(day):
            page.goto(address)
            checked(page, name)
    context.close()


def test_the_review_pages_codes_scroll_in_their_own_box_on_a_phone(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    note = open_and_draft(practice, api, login_as_provider(practice, api, provider), appointment, DRAFT)
    context, page = _on_phone(chromium, server, provider_user(practice, provider))
    page.goto(f"/notes/{note}/review")
    page.wait_for_selector("form#note[data-ready=yes]")
    box = page.evaluate(
        "() => { const s = document.querySelector('#codes').closest('.scroll');"
        " return [s.scrollWidth, s.clientWidth, s.getAttribute('tabindex')]; }"
    )
    assert box[2] == "0", box  # the table's own box is reachable by keyboard
    checked(page, "phone-review")
    context.close()
