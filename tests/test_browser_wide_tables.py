"""Layout at the screens a clinic has (#20): the front desk's patient page at 1366 x 768 showed the
insurance table cut off before its Copay column (a third of the page for five columns), and the claims
search at 1024 x 768 wrapped field by field, 'to' torn from 'Service from'. In Debian's Chromium: every
column of the insurance and claims tables is in view (nothing scrolled away), the search's rows are
aligned and the two dates sit side by side; axe-core passes and nothing scrolls sideways. Screenshots:
var/screenshots/wide-*.png."""

import pytest
from browser_support import checked, logged_in, needs_chromium
from scheduling_helpers import one

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
pytestmark = needs_chromium

CUT_OFF = """(selector) => { const t = document.querySelector(selector); const box = t.closest('.scroll') || t.parentElement;
  return {hidden: box.scrollWidth - box.clientWidth, heads: [...t.querySelectorAll('th')].map(th => th.textContent.trim())}; }"""


@pytest.mark.parametrize("width", [1366, 1024])
def test_the_patients_insurance_and_claims_show_every_column(served, chromium, width) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    patient_id = one(
        practice,
        "SELECT i.patient_id FROM insurance_policy i JOIN patient p ON p.id = i.patient_id JOIN claim c "
        "ON c.patient_id = p.id JOIN claim_line l ON l.claim_id = c.id WHERE p.clinic_id = 1 "
        "AND i.copay_cents > 0 AND l.denial_carc != '' ORDER BY i.id LIMIT 1",
    )[0]
    context, page = logged_in(chromium, server, practice.user("front_desk"))
    page.set_viewport_size({"width": width, "height": 768})
    page.goto(f"/patients/{patient_id}")
    page.wait_for_load_state()
    insurance = page.evaluate(CUT_OFF, "#insurance")
    assert "Copay" in insurance["heads"] and insurance["hidden"] <= 1, insurance
    claims = page.evaluate(CUT_OFF, "#claim-status")
    assert "Denial reasons" in claims["heads"] and claims["hidden"] <= 1, claims
    assert page.locator("#insurance th", has_text="Copay").is_visible()
    checked(page, f"wide-patient-{width}")
    context.close()


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_claims_search_keeps_its_rows_aligned(served, chromium, width) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context, page = logged_in(chromium, server, practice.user("biller"))
    page.set_viewport_size({"width": width, "height": 768})
    page.goto("/billing/claims")
    page.wait_for_load_state()
    fields = page.evaluate(
        """() => [...document.querySelectorAll('form[role=search] input, form[role=search] select')]
        .map(f => { const r = f.getBoundingClientRect(); return {id: f.id, top: Math.round(r.top),
        bottom: Math.round(r.bottom), left: Math.round(r.left), right: Math.round(r.right)}; })"""
    )
    by_id = {f["id"]: f for f in fields}
    assert by_id["from"]["top"] == by_id["to"]["top"], "the two dates side by side"
    assert by_id["to"]["left"] > by_id["from"]["right"]
    rows: dict[int, list[dict]] = {}
    for f in fields:
        rows.setdefault(f["top"], []).append(f)
    for top, row in rows.items():
        assert {f["bottom"] for f in row} == {row[0]["bottom"]}, ("a row of unequal fields", top, row)
    assert len(rows) <= 2, rows
    page.fill("#patient", "a")
    page.click("form[role=search] button")
    page.wait_for_load_state()
    assert "patient=a" in page.url
    checked(page, f"wide-claims-search-{width}")
    context.close()
