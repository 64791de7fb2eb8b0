"""What the walk through the pages as each role found (#20), in a real browser: Debian's Chromium,
headless, 1024 x 768. A note signed on its page turns into text to read (and stays so after a reload),
with the addendum the way to add; the owner's add-user form refused keeps what was typed and says why
by the field; the biller's lists and a held claim say every day as 12/03/2026, the scrubber's reasons
too. The database is read after each step; every page passes axe-core, fits the screen and is saved as
var/screenshots/words-*.png."""

import re

from browser_support import checked, confirm_warnings, logged_in, needs_chromium
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft
from page_helpers import held_claim, provider_user
from scheduling_helpers import count, on_the_visit_day, one

from core.timeutil import clinic_day

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = needs_chromium
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def test_a_note_signed_on_its_page_is_text_to_read(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=3)
    api = practice.client()
    note = open_and_draft(
        practice, api, login_as_provider(practice, api, provider), appointment, {**DRAFT, "measures": []}
    )
    user = provider_user(practice, provider)
    context, page = logged_in(chromium, server, user)

    with on_the_visit_day(practice.engine, note=note):  # signed from its date of service on
        page.goto(f"/notes/{note}/review")
        page.wait_for_selector("form#note[data-ready=yes]")
        assert page.locator("textarea#assessment").count() == 1  # a draft is typed in
        confirm_warnings(page)
        page.click("#sign")
        page.wait_for_function(
            "() => document.getElementById('status').textContent.startsWith('Signed')", timeout=30_000
        )
        assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
        # signed: the boxes are gone from the page at once, the words stay
        assert page.locator("#note textarea").count() == 0
        assert page.inner_text("#assessment").strip() == DRAFT["assessment"].strip()

    page.reload()
    page.wait_for_selector("#addendum-form")
    assert page.locator("#note textarea, #note input[name=code], #save").count() == 0
    assert page.inner_text("#assessment").strip() == DRAFT["assessment"].strip()
    assert page.locator(".note-text").count() == 4
    checked(page, "words-1-signed-note")
    context.close()


def test_a_refused_new_user_keeps_what_was_typed(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    owner = practice.user("owner")
    context, page = logged_in(chromium, server, owner)
    clinic_name = one(practice, "SELECT name FROM clinic ORDER BY id LIMIT 1")[0]
    page.goto("/owner/users")
    assert clinic_name in page.inner_text("main") and "Clinic 1" not in page.inner_text("main")

    taken = one(practice, "SELECT email FROM app_user ORDER BY id LIMIT 1")[0]
    page.fill("#new-name", "Rosa Delgado")
    page.fill("#new-email", taken)
    page.fill("#new-password", "a-long-password-1")
    page.select_option("#new-role", "biller")
    page.click("#add-user button[type=submit]")
    page.wait_for_url(re.compile(r"/owner/users\?refused="))
    assert page.input_value("#new-name") == "Rosa Delgado" and page.input_value("#new-email") == taken
    assert page.input_value("#new-role") == "biller" and page.input_value("#new-password") == ""
    assert "Email has an account already" in page.inner_text("#new-email-error")
    checked(page, "words-2-user-refused")
    page.reload()  # posts nothing
    assert count(practice, "SELECT COUNT(*) FROM app_user WHERE full_name = 'Rosa Delgado'") == 0

    page.fill("#new-email", "rosa.delgado@clinic.example.org")
    page.fill("#new-password", "a-long-password-1")
    page.click("#add-user button[type=submit]")
    page.wait_for_url(re.compile(r"/owner/users\?done="))
    assert "Rosa Delgado added as biller." in page.inner_text("main")
    assert (
        count(practice, "SELECT COUNT(*) FROM app_user WHERE email = 'rosa.delgado@clinic.example.org'") == 1
    )
    context.close()


def test_the_billers_lists_say_days_in_the_clinics_words(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    # held as the scrubber holds one, its reason naming a day in ISO
    claim_id, day = held_claim(
        practice,
        lambda day: f"the plan of care expired on {day.isoformat()}: recertify it before billing this visit",
    )
    biller = practice.user("biller")
    context, page = logged_in(chromium, server, biller)
    for path, name in (
        ("/billing/claims", "words-3-claims"),
        (f"/billing/claims/{claim_id}", "words-4-held-claim"),
        ("/billing/denials", "words-5-denials"),
        ("/billing/batches", "words-6-batches"),
    ):
        page.goto(path)
        shown = page.inner_text("main")
        assert not ISO_DAY.search(shown), (path, ISO_DAY.findall(shown)[:5])
        checked(page, name)
    page.goto(f"/billing/claims/{claim_id}")
    assert f"the plan of care expired on {clinic_day(day)}" in page.inner_text("main")
    # the scrubber's rule by its name in words, not its id ("plan-of-care")
    assert page.locator(".finding strong").first.inner_text() == "Plan of care"
    assert "plan-of-care" not in page.inner_text("main")
    assert f"The plan in force on {clinic_day(day)}" in page.inner_text(
        "main"
    ) or "none covers" in page.inner_text("main")
    context.close()
