"""The owner's holidays page (#20, /owner/holidays): every public holiday on the list, ticked where the
clinic closes on it, saved through core.clinics.holidays. In Debian's Chromium at 1024 x 768 the owner
opens Holidays from the settings menu, ticks Juneteenth, unticks Labor Day and saves; the page says what
changed, the database holds the choice, and the front desk's schedule says the clinic is closed on
Juneteenth (Friday June 18, 2027, as Saturday's holiday is observed). axe-core and the width checked,
screenshots in var/screenshots. Others may not open it; a name not on the list is refused, nothing saved.
Page tests on SQLite and PostgreSQL; the browser's on SQLite, as every browser test's."""

import json
import re

import pytest
from browser_support import SCREEN, checked, log_in, needs_chromium
from page_helpers import page_client
from scheduling_helpers import one

from core.scheduling.calendar_days import DEFAULT_CLOSED

DEMO_SIZE = "tiny"


def _closed(practice, clinic: int = 1) -> list[str]:  # type: ignore[no-untyped-def]
    row = one(practice, "SELECT closed_holidays FROM clinic_policy WHERE clinic_id = :c", c=clinic)
    return json.loads(row[0]) if isinstance(row[0], str) else row[0]


@pytest.mark.parametrize(
    ("role", "status"),
    [("front_desk", 403), ("therapist", 403), ("biller", 403), ("owner", 200)],
)
def test_only_the_owner_opens_it(practice, role: str, status: int) -> None:  # type: ignore[no-untyped-def]
    page = page_client(practice, role).get("/owner/holidays")
    assert page.status_code == status, page.text[:500]
    assert ('name="closed"' in page.text) == (status == 200)


def test_a_name_not_on_the_list_is_refused(practice) -> None:  # type: ignore[no-untyped-def]
    owner = page_client(practice, "owner")
    reply = owner.post("/owner/holidays", data={"clinic_id": "1", "closed": ["Festivus", "Juneteenth"]})
    assert reply.status_code == 422, reply.text[:500]
    assert "Not a holiday the clinic may close on: Festivus" in reply.text
    assert _closed(practice) == list(DEFAULT_CLOSED)


@needs_chromium
def test_the_owner_chooses_the_holidays_in_a_browser(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    owner = practice.user("owner")
    log_in(page, owner.email, owner.password)
    page.goto("/owner/kpis")
    page.click("nav >> text=Holidays")
    page.wait_for_url(re.compile(r"/owner/holidays$"))
    assert page.locator("h1").inner_text().startswith("Holidays")
    assert page.get_by_label("Labor Day", exact=True).is_checked()
    assert not page.get_by_label("Juneteenth", exact=True).is_checked()
    checked(page, "owner-holidays")

    page.get_by_label("Juneteenth", exact=True).check()
    page.get_by_label("Labor Day", exact=True).uncheck()
    page.click("#save-holidays")
    page.wait_for_url(re.compile(r"/owner/holidays\?clinic=1&done="))
    said = page.locator("#holidays-saved").inner_text()
    assert said.startswith("The clinic now closes on Juneteenth. It is open on Labor Day."), said
    assert page.get_by_label("Juneteenth", exact=True).is_checked()
    checked(page, "owner-holidays-saved")
    assert (
        _closed(practice)
        == [n for n in DEFAULT_CLOSED if n != "Labor Day"][:2]
        + ["Juneteenth"]
        + [n for n in DEFAULT_CLOSED if n != "Labor Day"][2:]
    )
    assert _closed(practice, 2) == list(DEFAULT_CLOSED)  # the other clinic's as it was
    context.close()

    desk = practice.user("front_desk", "riverside")
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    log_in(page, desk.email, desk.password)
    page.goto("/schedule?clinic=1&day=2027-06-18")
    notice = page.locator("#closed-day").inner_text()
    assert "The clinic is closed on Friday, June 18 (Juneteenth, a holiday)." in notice, notice
    checked(page, "desk-schedule-juneteenth")
    context.close()
