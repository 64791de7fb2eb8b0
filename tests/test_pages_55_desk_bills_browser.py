"""The front desk checks a patient in and reads what to collect, in a real browser (#20): Debian's
Chromium, headless, 1024 x 768. The visit's page lists the bills still owed beside the copay, and the
patient's page the bills the balance is made of, with no charge or insurance amounts; both pass axe-core
and fit the screen (screenshots in var/screenshots)."""

import re

from browser_support import SCREEN, checked, log_in, needs_chromium
from scheduling_helpers import one
from test_pages_55_desk_bills import _owing, _tonight

DEMO_SIZE = "tiny"

pytestmark = needs_chromium


def test_the_desk_sees_what_to_collect_at_check_in(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    patient, owed = _owing(practice)
    visit = _tonight(practice, patient)
    user = practice.user("front_desk")
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    log_in(page, user.email, user.password)
    page.goto(f"/appointments/{visit}")
    page.click("button:text-is('Check in')")
    page.wait_for_load_state()
    page.goto(f"/appointments/{visit}")
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=visit)[0] == "checked_in"
    collect = page.locator("#bills-to-collect").inner_text()
    owing = [b for b in owed.bills if b.still_owed_cents > 0]
    assert all(f"${b.still_owed_cents / 100:,.2f}" in collect for b in owing) and "Charge" not in collect
    checked(page, "desk-check-in-bills-to-collect")
    page.goto(f"/patients/{patient}")
    bills = page.locator("#bills-owed").inner_text()
    assert "Charge" not in bills and re.search(r"\$\d", bills)
    checked(page, "desk-patient-bills-owed")
    context.close()
