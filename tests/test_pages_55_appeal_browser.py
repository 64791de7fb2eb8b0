"""A long appeal typed on the claim page in a real browser (#20): Debian's Chromium, headless, 1024 x 768.
The appeal box took 300 characters; a letter of several paragraphs is typed whole, the page passes
axe-core and fits the screen (screenshot in var/screenshots), and the letter it prints holds every
paragraph, recorded once."""

import re

from browser_support import SCREEN, checked, log_in, needs_chromium
from scheduling_helpers import one
from test_billing_55_appeal_text import LONG

from core.billing.models import APPEAL_MAX

DEMO_SIZE = "tiny"

pytestmark = needs_chromium


def test_a_letter_of_paragraphs_is_typed_whole(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    claim_id = one(
        practice,
        """SELECT c.id FROM claim c WHERE c.status = 'denied'
        AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id) ORDER BY c.id LIMIT 1""",
    )[0]
    user = practice.user("biller")
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    log_in(page, user.email, user.password)
    page.goto(f"/billing/claims/{claim_id}")
    closing = "We ask the payer to pay the denied lines in full."
    argument = f"{LONG}\n\n{LONG}\n\n{closing}"
    page.fill("#argument", argument)
    assert page.locator("#argument").input_value() == argument
    assert page.locator("#argument").get_attribute("maxlength") == str(APPEAL_MAX)
    page.locator("#argument").scroll_into_view_if_needed()
    checked(page, "biller-appeal-long")
    with context.expect_page() as opened:
        page.click("#appeal-button")
    opened.value.wait_for_load_state()
    stored = one(
        practice, "SELECT reason FROM claim_action WHERE claim_id = :c AND kind = 'appealed'", c=claim_id
    )[0]
    assert stored == argument and re.search(r"\n\n", stored)
    context.close()
