"""The biller's denial work list in Debian's Chromium, headless (#20): the filter bar is one tidy grid
at 1024 px (two rows at most, nothing cut) and one row at 1440; choosing a payer, a reason and an age
and pressing Show keeps them in the address, which opened again shows the same view; the age buckets
and the pager keep the view; axe-core passes, nothing scrolls sideways, and each width is saved as
var/screenshots/denials-worklist-*.png."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from browser_support import accessible, fits, log_in, needs_chromium, shot

pytestmark = needs_chromium


def _rows_of(page, selector: str) -> int:  # type: ignore[no-untyped-def]
    """How many rows the children of `selector` are laid out in (each aligned at its foot)."""
    feet = page.evaluate(
        f"() => [...document.querySelector({selector!r}).children].map(e => Math.round(e.getBoundingClientRect().bottom))"
    )
    return len(set(feet))


@pytest.mark.parametrize(("width", "most_rows"), [(1024, 2), (1440, 1)])
def test_the_filter_bar_reads_well_and_the_list_fits(served, chromium, width: int, most_rows: int) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport={"width": width, "height": 900})
    page = context.new_page()
    user = practice.user("biller")
    log_in(page, user.email, user.password)
    page.goto("/billing/denials")
    assert page.locator("#denials tbody tr").count() > 0, "the demo has denied lines"
    shot(page, f"denials-worklist-{width}")
    assert _rows_of(page, ".denial-filters") <= most_rows
    # no control is squeezed: every select shows at least nine characters' room, labels on one line
    widths = page.evaluate(
        "() => [...document.querySelectorAll('.denial-filters select')].map(s => s.getBoundingClientRect().width)"
    )
    assert min(widths) >= 130, widths
    # the table fits too: its box does not scroll sideways (the demo's longest names on the first page)
    boxed = page.evaluate(
        "() => { const b = document.querySelector('#denials').parentElement; return b.scrollWidth - b.clientWidth; }"
    )
    assert boxed <= 1, f"the denials scroll sideways by {boxed}px at {width}px"
    label_heights = page.evaluate(
        "() => [...document.querySelectorAll('.denial-filters label')].map(l => l.getBoundingClientRect().height)"
    )
    assert max(label_heights) < 2 * min(label_heights), label_heights
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    accessible(page)
    fits(page)
    shot(page, f"denials-worklist-{width}")
    context.close()


def test_a_filtered_view_lives_in_its_address(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport={"width": 1024, "height": 768})
    page = context.new_page()
    user = practice.user("biller")
    log_in(page, user.email, user.password)
    page.goto("/billing/denials")
    everything = page.inner_text("#denials-found")
    payer = page.locator("#f-payer option").nth(1)
    payer_id, payer_name = payer.get_attribute("value"), payer.inner_text()
    page.select_option("#f-payer", payer_id)
    page.select_option("#f-reason", "CO")
    page.select_option("#f-sort", "amount")
    page.click(".denial-filters button[type=submit]")
    page.wait_for_load_state()
    asked = parse_qs(urlparse(page.url).query)
    assert asked == {"payer": [payer_id], "reason": ["CO"], "sort": ["amount"]}, page.url
    shown = page.locator("#denials tbody tr td:nth-child(4)").all_inner_texts()
    assert shown and set(shown) == {payer_name}
    amounts = [
        float(a.strip("$").replace(",", "")) for a in page.locator("#denials tbody td.num").all_inner_texts()
    ]
    assert amounts == sorted(amounts, reverse=True)
    filtered = page.inner_text("#denials-found")
    assert filtered != everything and "in this view" in filtered
    # an age bucket narrows the same view, and the address keeps the rest
    bucket = page.locator(".age-buckets a").last
    bucket.click()
    page.wait_for_load_state()
    assert parse_qs(urlparse(page.url).query)["age"] == ["90+"]
    assert parse_qs(urlparse(page.url).query)["payer"] == [payer_id]
    kept = page.url
    # the address opened again (a bookmark, a link sent to a colleague) is the same view
    again = context.new_page()
    again.goto(kept)
    assert again.locator("#f-payer").input_value() == payer_id
    assert again.locator("#f-reason").input_value() == "CO"
    assert again.locator("#f-age").input_value() == "90+"
    assert again.locator("#f-sort").input_value() == "amount"
    assert again.inner_text("#denials-found") == page.inner_text("#denials-found")
    days = [
        int(re.search(r"(\d+) days?", t).group(1)) for t in again.locator("#denials td.age").all_inner_texts()
    ]  # type: ignore[union-attr]
    assert days and min(days) > 90
    again.evaluate("() => document.activeElement && document.activeElement.blur()")
    accessible(again)
    fits(again)
    shot(again, "denials-worklist-filtered-1024")
    # "Clear the filters" goes back to every denial, oldest first
    again.click("#clear-filters")
    again.wait_for_load_state()
    assert urlparse(again.url).query == "" and again.inner_text("#denials-found") == everything
    context.close()
