"""The biller's held claims fit the claims page at 1024 x 768 and 1366 x 768 (#20): the held table does
not scroll sideways (its findings wrap, the patient, date and amount stay readable), in Debian's
Chromium, headless; axe-core passes and each size is saved in var/screenshots (held-claims-*.png)."""

import re

import pytest
from browser_support import accessible, fits, log_in, needs_chromium, shot

pytestmark = needs_chromium


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_held_claims_table_fits_without_scrolling_sideways(served, chromium, width: int) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport={"width": width, "height": 768})
    page = context.new_page()
    user = practice.user("biller")
    log_in(page, user.email, user.password)
    page.goto("/billing/claims")
    if not page.locator("#held tbody tr").count():  # the demo's open charges built and scrubbed once
        page.click("form[action='/billing/claims/build'] button")
        page.wait_for_load_state()
        page.goto("/billing/claims")
    assert page.locator("#held tbody tr").count() > 0, "the scrubber holds some of the demo's claims"
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    shot(page, f"held-claims-{width}")
    overflow = page.evaluate(
        "() => { const box = document.querySelector('#held').parentElement;"
        " return box.scrollWidth - box.clientWidth; }"
    )
    assert overflow <= 1, f"the held claims scroll sideways by {overflow}px at {width}px"
    # every column's heading is on screen and none is squeezed to a letter a line
    widths = page.evaluate(
        "() => [...document.querySelectorAll('#held th')].map(th => th.getBoundingClientRect().width)"
    )
    # patient, claim, clinic, payer, date of service, findings, fix (claim and clinic since trial 51)
    assert len(widths) == 7 and min(widths) > 40, widths
    accessible(page)
    fits(page)
    context.close()


def test_a_held_claims_lines_point_to_its_diagnoses_by_letter(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport={"width": 1024, "height": 768})
    page = context.new_page()
    user = practice.user("biller")
    log_in(page, user.email, user.password)
    page.goto("/billing/claims")
    page.click("#held tbody tr a")
    page.wait_for_selector("#lines")
    cells = page.locator("#lines td.pointers").all_inner_texts()
    assert cells and all(re.fullmatch(r"[A-L](, [A-L])*", c) for c in cells), cells
    legend = page.inner_text("#dx-legend")
    assert all(f"{c[0]} " in legend for c in cells), legend  # each letter named with its ICD-10 code
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    accessible(page)
    fits(page)
    shot(page, "held-claim-lines-1024")
    context.close()
