"""The biller's rejected claims and recoded lines, and the owner's audit filters, in a real browser
(#20): Debian's Chromium, headless, at 1024 x 768, through the pages only. A sent claim the
clearinghouse rejected is marked so (clicked twice: one rejection), shown on the biller's home and in
the claims search, fixed and scrubbed again, and goes out in its payer's next 837P as an original; a
claim denied in whole is reopened as its replacement, a line's code changed with the reason (clicked
twice: one change), priced again, scrubbed again, and sent with frequency 7 and the payer's claim
number; the owner's audit filters sit on one row. The database is read after each step; every page
passes axe-core, fits the screen and is saved in var/screenshots."""

import re
from typing import Any

from browser_support import SCREEN, SHOTS, checked, double_clicked, log_in, needs_chromium
from scheduling_helpers import count, one

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = needs_chromium


def _page(chromium: Any, server: Any, user: Any) -> Any:
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    log_in(page, user.email, user.password)
    return page


def _send(page: Any, payer_id: int) -> None:
    """Its payer's ready claims of clinic 1 sent as an 837P from the claims page."""
    page.click("nav[aria-label=Billing] >> text=Claims")
    page.click(
        f"form[action='/billing/batches']:has(input[name=clinic_id][value='1'])"
        f":has(input[name=payer_id][value='{payer_id}']) button"
    )
    page.wait_for_url(re.compile(r"download="))


def _batch(practice, claim_id: int) -> str:  # type: ignore[no-untyped-def]
    return one(
        practice,
        "SELECT b.content FROM claim_batch b JOIN claim c ON c.batch_id = b.id WHERE c.id = :c",
        c=claim_id,
    )[0]


def test_a_rejected_claim_is_marked_found_fixed_and_sent_again(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    page = _page(chromium, server, practice.user("biller"))

    # 1. A sent claim found by its status, newest first, and marked rejected with the report's words.
    page.click("nav >> text=Claims")
    page.select_option("#status", "submitted")
    page.click("form[aria-label='Find claims'] button[type=submit]")
    page.wait_for_url(re.compile(r"status=submitted"))
    page.click("#claims-found tbody tr:first-child td:first-child a")
    page.wait_for_url(re.compile(r"/billing/claims/\d+$"))
    claim_id = int(page.url.rsplit("/", 1)[-1])
    control, payer_id, sent_before = one(
        practice, "SELECT control_number, payer_id, resubmissions FROM claim WHERE id = :c", c=claim_id
    )
    checked(page, "claim-rejected-1-sent")
    said = "A7:562 Entity's NPI invalid (277CA from the clearinghouse)"
    page.fill("#reject-reason", said)
    double_clicked(page, "#reject-button", re.compile(r"done="))
    assert one(practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0] == "rejected"
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'rejected' AND reason = :r",
            c=claim_id,
            r=said,
        )
        == 1
    )
    assert said in page.inner_text("#rejection")
    assert page.locator("#reject-button").count() == 0
    checked(page, "claim-rejected-2-marked")

    # 2. The biller's home counts it, linked to the claims search for rejected claims.
    page.click("nav[aria-label=Main] >> text=Home")
    rejected = count(practice, "SELECT COUNT(*) FROM claim WHERE status = 'rejected' AND clinic_id = 1")
    assert page.inner_text("#work-rejected").strip() == f"{rejected:,}"
    checked(page, "claim-rejected-3-home")
    page.click("text=Claims rejected, to fix and send again")
    page.wait_for_url(re.compile(r"status=rejected"))
    assert page.locator("#status").input_value() == "rejected"
    assert control in page.inner_text("#claims-found")
    assert "rejected" in page.inner_text("#claims-found").lower()
    checked(page, "claim-rejected-4-search")

    # 3. Fixed and scrubbed again: ready, then out with its payer's next 837P as an original claim.
    page.click(f"#claims-found a:text('{control}')")
    page.wait_for_url(re.compile(rf"/billing/claims/{claim_id}$"))
    page.click("button:has-text('Save and scrub again')")  # the rejection's advice names it too
    page.wait_for_url(re.compile(r"done="))
    status = one(practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0]
    assert status == "ready", page.inner_text("main")[:600]
    assert "scrubbed again: ready" in page.inner_text("main")
    checked(page, "claim-rejected-5-fixed")
    _send(page, payer_id)
    status, resubmissions, frequency = one(
        practice, "SELECT status, resubmissions, frequency_code FROM claim WHERE id = :c", c=claim_id
    )
    assert (status, resubmissions, frequency) == ("submitted", sent_before + 1, "1")
    content = _batch(practice, claim_id)
    assert f"CLM*{control}*" in content and ":B:1*" in content
    checked(page, "claim-rejected-6-sent-again")


def test_a_denied_claims_line_is_recoded_and_sent_as_its_replacement(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    page = _page(chromium, server, practice.user("biller"))
    claim_id, control, payer_id, number = one(
        practice,
        """SELECT c.id, c.control_number, c.payer_id, c.payer_claim_number FROM claim c
        WHERE c.clinic_id = 1 AND c.status = 'denied' AND c.payer_claim_number != ''
        AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id)
        ORDER BY c.service_date DESC, c.id LIMIT 1""",
    )
    old, old_units, old_modifiers = one(
        practice,
        "SELECT cpt, units, modifiers FROM claim_line WHERE claim_id = :c AND line_number = 1",
        c=claim_id,
    )
    new = "97530" if old != "97530" else "97110"  # the minutes and the discipline's modifiers stay

    # 1. Found by its number and reopened as its replacement.
    page.click("nav >> text=Claims")
    page.fill("#control_number", control)
    page.click("form[aria-label='Find claims'] button[type=submit]")
    page.wait_for_url(re.compile(r"control_number="))
    page.click(f"#claims-found a:text('{control}')")
    page.wait_for_url(re.compile(rf"/billing/claims/{claim_id}$"))
    assert page.locator("#code-form").count() == 0  # out with the payer's answer: replace it first
    page.click("#correct-button")
    page.wait_for_url(re.compile(r"done="))
    checked(page, "claim-recode-1-reopened")

    # 2. A code we do not bill is refused by field, the form kept as typed, nothing changed.
    page.fill("#fix-cpt", "97999")
    page.fill("#fix-units", str(old_units))
    page.fill("#fix-reason", "Payer's denial")
    page.click("#fix-line-button")
    page.wait_for_selector("#fix-cpt-error")
    assert "not a therapy code" in page.inner_text("#fix-cpt-error")
    assert page.locator("#fix-reason").input_value() == "Payer's denial"
    assert (
        one(practice, "SELECT cpt FROM claim_line WHERE claim_id = :c AND line_number = 1", c=claim_id)[0]
        == old
    )
    checked(page, "claim-recode-2-refused")

    # 3. Line 1's code changed with the reason, clicked twice: one change, priced from the fee schedule.
    page.select_option("#fix-line", "1")
    page.fill("#fix-cpt", new)
    page.fill("#fix-units", str(old_units))
    page.fill("#fix-modifiers", old_modifiers)
    page.fill("#fix-reason", "Payer's denial: the note documents therapeutic activities")
    double_clicked(page, "#fix-line-button", re.compile(r"done=Line"))
    cpt, units, modifiers, cents = one(
        practice,
        "SELECT cpt, units, modifiers, charge_cents FROM claim_line WHERE claim_id = :c AND line_number = 1",
        c=claim_id,
    )
    fee = one(
        practice,
        """SELECT e.amount_cents FROM fee_schedule_entry e JOIN fee_schedule f ON f.id = e.fee_schedule_id
        JOIN claim c ON c.payer_id = f.payer_id WHERE c.id = :c AND e.cpt = :cpt AND e.modifier = ''
        AND f.effective_from <= c.service_date ORDER BY f.effective_from DESC LIMIT 1""",
        c=claim_id,
        cpt=new,
    )[0]
    assert (cpt, units, modifiers, cents) == (new, old_units, old_modifiers, old_units * fee)
    total, status, frequency = one(
        practice, "SELECT total_cents, status, frequency_code FROM claim WHERE id = :c", c=claim_id
    )
    lines_total = count(practice, "SELECT SUM(charge_cents) FROM claim_line WHERE claim_id = :c", c=claim_id)
    assert total == lines_total and frequency == "7" and status in ("ready", "held")
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'line_corrected'",
            c=claim_id,
        )
        == 1
    )
    assert (
        count(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'claim' AND record_id = :c
            AND detail LIKE 'line corrected 1:%'""",
            c=str(claim_id),
        )
        == 1
    )
    assert f"Line 1 corrected and scrubbed again: {status}" in page.inner_text("main")
    assert new in page.inner_text("#lines") and "therapeutic activities" in page.inner_text("#hist-h + ol")
    checked(page, "claim-recode-3-corrected")

    # 4. Scrubbed clean, it goes out as the replacement of the payer's claim with the new code.
    assert status == "ready", page.inner_text("main")[:600]
    _send(page, payer_id)
    content = _batch(practice, claim_id)
    assert (
        f"HC:{':'.join([new, *old_modifiers.split()])}*" in content
        and ":B:7*" in content
        and f"REF*F8*{number}~" in content
    )
    assert one(practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0] == "submitted"
    checked(page, "claim-recode-4-sent")


def test_the_audit_filters_sit_on_one_row_at_1024(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    page = _page(chromium, server, practice.user("owner"))
    page.goto("/owner/audit")
    tops = page.locator("form[aria-label='Filter the audit log'] > :not([type=hidden])").evaluate_all(
        "items => items.map(i => Math.round(i.getBoundingClientRect().bottom))"
    )
    widths = page.locator("form[aria-label='Filter the audit log'] > :not([type=hidden])").evaluate_all(
        "items => items.map(i => [Math.round(i.getBoundingClientRect().left), Math.round(i.getBoundingClientRect().width)])"
    )
    assert len(tops) == 6 and max(tops) - min(tops) <= 2, (tops, widths)
    checked(page, "audit-filters-1024")
    page.screenshot(path=str(SHOTS / "audit-filters-1024-screen.png"))  # what a 1024 x 768 screen shows
    page.fill("#who", "biller")
    page.click("form[aria-label='Filter the audit log'] button[type=submit]")
    page.wait_for_url(re.compile(r"who=biller"))
    assert page.locator("#audit tbody tr").count() > 0
    checked(page, "audit-filters-1024-filtered")
