"""The claims search's 'Order' select shows its words whole at the clinic's screens (#20: at 1024 x 768
it read 'Newest / largest f'): in Debian's Chromium, every select of the search is wide enough for its
longest option as the browser draws it (text, padding and the arrow), for each of the order's options
chosen; the fields still make two rows, the search still searches (must not change), axe-core passes."""

import pytest
from browser_support import checked, logged_in, needs_chromium

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
pytestmark = needs_chromium

# The room each select lacks for its longest option: its text measured in the select's own font
# against the select's inner width, less its padding and the drop-down arrow (about 20 px).
LACKING = """() => [...document.querySelectorAll('form[role=search] select')].map(s => {
  const style = getComputedStyle(s); const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const widest = Math.max(...[...s.options].map(o => ctx.measureText(o.text).width));
  const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
  return {id: s.id, lacking: Math.round(widest - room)}; })"""

# (width, the order chosen): both of the order's words at both screens
ROWS = [(1024, "desc"), (1024, "asc"), (1366, "desc"), (1366, "asc")]


@pytest.mark.parametrize(("width", "order"), ROWS)
def test_the_order_select_shows_its_words_whole(served, chromium, width: int, order: str) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context, page = logged_in(chromium, server, practice.user("biller"))
    page.set_viewport_size({"width": width, "height": 768})
    page.goto(f"/billing/claims?sort=service_date&order={order}")
    page.wait_for_load_state()
    lacking = {s["id"]: s["lacking"] for s in page.evaluate(LACKING)}
    assert lacking["order"] <= 0, lacking
    assert lacking["sort"] <= 0, lacking
    tops = page.evaluate(
        """() => [...document.querySelectorAll('form[role=search] input, form[role=search] select')]
        .map(f => Math.round(f.getBoundingClientRect().top))"""
    )
    assert len(set(tops)) <= 2, tops
    page.fill("#patient", "a")
    page.click("form[role=search] button")
    page.wait_for_load_state()
    assert "patient=a" in page.url and f"order={order}" in page.url
    checked(page, f"claims-search-order-{width}-{order}")
    context.close()
