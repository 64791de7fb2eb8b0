"""Each marked line accepted or edited on its own, in Debian's Chromium (#20): a draft with two lines the
scribe marked '(as said; review)'; Sign waits while one is neither accepted nor edited; one is accepted,
the other edited in its own box and saved; the signed note reads the accepted line as written and the
edited line as edited, with no mark. Screenshots var/screenshots/marks53-*.png."""

from browser_support import checked, logged_in, needs_chromium
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft
from page_helpers import provider_user
from scheduling_helpers import one

pytestmark = needs_chromium

DEMO_SIZE = "tiny"

KNEE = 'Patient reports: "The knee gave out on the stairs twice."'
SLEEP = 'Caregiver reports: "He sleeps 6 hours now."'


def test_each_marked_line_is_accepted_or_edited_before_signing(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    subjective = f"Pain 3/10 in the left knee. {KNEE} (as said; review) {SLEEP} (as said; review)"
    note = open_and_draft(
        practice, api, headers, appointment, {**DRAFT, "subjective": subjective, "measures": []}
    )
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    page.goto(f"/notes/{note}/review")
    page.wait_for_selector("form#note[data-ready=yes]")
    assert page.locator("#marked li").count() == 2
    assert page.is_disabled("#sign")
    checked(page, "marks53-1-two-lines")

    page.check("#accept-mark-2")  # the caregiver's words, as said
    assert page.is_disabled("#sign") and not page.is_checked("#accept-marks")
    page.click("#mark-1 button.edit-mark")
    page.fill("#edit-mark-text-1", "Reports the knee gave way twice on the stairs this week.")
    checked(page, "marks53-2-editing")
    page.click("#mark-1 button.use-edit")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Line edited')")
    assert "Line edited and saved. 1 marked line left" in page.inner_text("#status")
    assert page.locator("#marked li").count() == 1
    # the line accepted before the save is still accepted: Sign is offered
    assert page.is_checked("#accept-marks") and page.is_enabled("#sign")
    checked(page, "marks53-3-one-left")
    page.click("#sign")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Signed')")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
    signed = one(
        practice, "SELECT subjective FROM note_version WHERE note_id = :n ORDER BY version DESC", n=note
    )[0]
    assert (
        signed
        == f"Pain 3/10 in the left knee. Reports the knee gave way twice on the stairs this week. {SLEEP}"
    )
    checked(page, "marks53-4-signed")
    context.close()
