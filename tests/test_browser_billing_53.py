"""The biller's money pages of this stop in Debian's Chromium, headless, at 1024x768 (#20): the AR aging
with its payers'/patients' split (the split's 'All AR' is the two rows' sum, its CSV link on the page),
and a claim of a PTA's CQ lines under Medicare with its expected amount at 85 %; axe-core passes,
nothing scrolls sideways; screenshots var/screenshots/billing53-*.png."""

import re

from browser_support import accessible, fits, log_in, needs_chromium, shot
from scheduling_helpers import one

pytestmark = needs_chromium


def _cents(text: str) -> int:
    return round(float(re.sub(r"[^0-9.\-]", "", text)) * 100)


def test_the_aging_split_and_a_cq_claims_expected_amount(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport={"width": 1024, "height": 768})
    page = context.new_page()
    user = practice.user("biller")
    log_in(page, user.email, user.password)

    page.goto("/billing/aging")
    split = page.locator("#aging-split")
    assert split.is_visible()
    payers = [_cents(t) for t in page.locator("#split-payers td").all_inner_texts()]
    patients = [_cents(t) for t in page.locator("#split-patients td").all_inner_texts()]
    every = [_cents(t) for t in page.locator("#split-all td").all_inner_texts()]
    assert every == [a + b for a, b in zip(payers, patients, strict=True)] and sum(patients) > 0
    assert (
        page.locator("#split-csv").get_attribute("href", timeout=5000).startswith("/billing/aging-split.csv?")
    )
    accessible(page)
    fits(page)
    shot(page, "billing53-aging-split")

    claim = one(
        practice,
        """SELECT c.id FROM claim c JOIN payer p ON p.id = c.payer_id WHERE p.kind = 'medicare'
        AND c.status = 'paid' AND EXISTS (SELECT 1 FROM claim_line l WHERE l.claim_id = c.id
        AND l.modifiers LIKE '%CQ%') ORDER BY c.id LIMIT 1""",
    )[0]
    page.goto(f"/billing/claims/{claim}")
    assert "Medicare pays an assistant's CQ/CO service at 85 %" in page.locator("#expected").inner_text()
    assert "85 % of the" in page.locator("#expected-1").inner_text()
    accessible(page)
    fits(page)
    shot(page, "billing53-claim-cq")
    context.close()
