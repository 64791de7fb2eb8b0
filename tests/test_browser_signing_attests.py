"""Signing in Debian's Chromium (#20): the review page lists what the signature attests (date of service,
codes with units and minutes, total timed minutes and treatment time), Sign waits until the sentences
the scribe marked '(as said; review)' are accepted as written, and the signed note shows none; a
signature after the date of service is marked 'Late entry'. Also at phone width (390 x 844): the codes
table scrolls in its own box, the page never sideways. Screenshots var/screenshots/signing-*.png."""

from browser_support import checked, logged_in, needs_chromium
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft
from page_helpers import provider_user
from scheduling_helpers import one

pytestmark = needs_chromium

DEMO_SIZE = "tiny"

QUOTE = 'Patient reports: "The knee gave out on the stairs twice." (as said; review)'


def test_the_signer_sees_what_they_attest_accepts_the_marks_and_signs(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    draft = {**DRAFT, "subjective": f"Pain 3/10 in the left knee. {QUOTE}", "measures": []}
    note = open_and_draft(practice, api, headers, appointment, draft)
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    page.goto(f"/notes/{note}/review")
    page.wait_for_selector("form#note[data-ready=yes]")
    said = page.inner_text("#attests")
    for line in (
        "Date of service: ",
        "97110 GP: 2 units (33 min)",
        "97140 GP: 1 unit (7 min)",
        "Total timed minutes: 40",
        "Total treatment time: 40 minutes",
    ):
        assert line in said, said
    assert 'Patient reports: "The knee gave out on the stairs twice."' in page.inner_text("#marked")
    assert page.is_disabled("#sign")
    checked(page, "signing-1-attests")

    page.check("#accept-marks")
    assert page.is_enabled("#sign")
    page.click("#sign")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Signed')")
    assert "Date of service: " in page.inner_text("#status")
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
    page.reload()
    assert "(as said; review)" not in page.inner_text("main")
    assert page.locator("#attests").count() == 0
    # the demo's visit is days behind the wall clock the served app reads: a late entry
    assert page.inner_text("#late-entry").startswith("Late entry: signed ")
    checked(page, "signing-2-signed")
    context.close()


def test_the_review_page_at_phone_width_scrolls_its_codes_in_their_own_box(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, _ = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    note = open_and_draft(practice, api, login_as_provider(practice, api, provider), appointment, DRAFT)
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/notes/{note}/review")
    page.wait_for_selector("form#note[data-ready=yes]")
    checked(page, "signing-3-phone-review")
    context.close()
