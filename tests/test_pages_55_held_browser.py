"""A biller posts an 835 line held for a person in a real browser (#20): Debian's Chromium, headless, at
1024 x 768. The remittance's line without REF*6R is held; the biller opens Billing, Held 835 lines,
reads it (payer, amount, date of service, patient), types the patient's share from the payer's advice
and double-clicks Post: the line is posted once, and the claim is paid. axe-core and the screen's width
checked, screenshots in var/screenshots."""

import re

from browser_support import SCREEN, checked, double_clicked, log_in, needs_chromium
from scheduling_helpers import one
from test_billing_55_held_lines import _held_claim

DEMO_SIZE = "tiny"

pytestmark = needs_chromium


def test_the_biller_posts_a_held_835_line_from_the_screen(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    claim_id, held_line, held_paid = _held_claim(practice)
    held_id = one(
        practice, "SELECT id FROM claim_action WHERE claim_id = :c AND kind = 'era_line_held'", c=claim_id
    )[0]
    control = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=claim_id)[0]
    user = practice.user("biller")
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    log_in(page, user.email, user.password)

    page.goto("/billing/claims")
    page.click("nav[aria-label=Billing] >> text=Held 835 lines")
    page.wait_for_url(re.compile(r"/billing/held$"))
    card = page.locator(f"section:has(#held-{held_id}-h)")
    assert control in card.inner_text() and f"${held_paid / 100:,.2f}" in card.inner_text()
    assert page.locator(f"#line-{held_id}").input_value() == str(held_line.line_number)
    share = held_line.charge_cents - held_paid
    page.fill(f"#patient-share-{held_id}", f"{share / 100:.2f}")
    checked(page, "biller-held-835-line")

    double_clicked(page, f"#post-held-{held_id}", re.compile(r"/billing/held\?done="))
    said = page.locator("[role=status]").inner_text()
    assert "Posted" in said and control in said, said
    assert f"#held-{held_id}-h" and page.locator(f"#held-{held_id}-h").count() == 0
    checked(page, "biller-held-835-line-posted")

    assert one(practice, "SELECT COUNT(*) FROM payment WHERE adjudication = :k", k=f"held-{held_id}")[0] == 1
    line = one(
        practice,
        "SELECT status, paid_cents, patient_responsibility_cents FROM claim_line WHERE id = :l",
        l=held_line.id,
    )
    assert tuple(line) == ("paid", held_paid, share)
    assert one(practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0] == "paid"
    context.close()
