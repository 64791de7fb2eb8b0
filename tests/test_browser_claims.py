"""The biller's claims going out and the payer's answer coming in, in a real browser (#20): Debian's
Chromium, headless, at 1024 x 768, through the pages only. A PT documents and signs a visit that was
not written up; the biller builds and scrubs the claim of its charges (a double click builds once),
sends a payer's ready claims as an 837P and downloads the file, then posts the payer's 835 (a double
click posts it once): one claim paid with the patient's coinsurance, one denied. The paid claim's page shows the
payer's amounts per line and the money received, the denial is on the work list with its reason in
words, and the batch and the remittance are listed. The database is read after each step; every page
passes axe-core, fits the screen and is saved in var/screenshots (claims-*.png)."""

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

from browser_support import (
    SCREEN,
    checked,
    confirm_warnings,
    double_clicked,
    log_in,
    logged_in,
    needs_chromium,
)
from page_helpers import provider_user
from remittance_helpers import era_for
from scheduling_helpers import count, one
from sqlalchemy import text

from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = needs_chromium


def _money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def _rows(practice, sql: str, **params: object) -> list[tuple]:  # type: ignore[no-untyped-def]
    with practice.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql), params).all()]


def _a_visit_to_write_up(practice) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A PT follow-up of clinic 1 that took place and has no note yet (appointment, provider), of a
    patient whose insurance needs no authorization and whose plan of care for the day is certified (the
    visit taken depends on the hour, and one under a plan still unsigned is rightly held)."""
    return tuple(
        one(
            practice,
            """SELECT a.id, a.provider_id FROM appointment a JOIN provider p ON p.id = a.provider_id
            JOIN appointment_type t ON t.id = a.appointment_type_id
            JOIN insurance_policy i ON i.patient_id = a.patient_id AND i.priority = 1
            JOIN payer y ON y.id = i.payer_id
            WHERE a.clinic_id = 1 AND a.status = 'booked' AND a.starts_at < :n AND p.credential = 'PT'
            AND t.kind = 'follow-up' AND a.progress_due = :f AND y.requires_authorization = :f
            AND EXISTS (SELECT 1 FROM plan_of_care c WHERE c.patient_id = a.patient_id AND c.discipline = 'PT'
                        AND c.start_date <= DATE(a.starts_at) AND c.end_date >= DATE(a.starts_at))
            AND NOT EXISTS (SELECT 1 FROM plan_of_care c WHERE c.patient_id = a.patient_id
                            AND c.discipline = 'PT' AND c.physician_signed_on IS NULL
                            AND c.start_date <= DATE(a.starts_at) AND c.end_date >= DATE(a.starts_at))
            ORDER BY a.starts_at DESC LIMIT 1""",
            n=utcnow().replace(tzinfo=None),
            f=False,
        )
    )


def _written_up_and_signed(page, appointment: int) -> int:  # type: ignore[no-untyped-def]
    """The visit opened (no recording), the note typed in the editor and signed; the note's id."""
    page.goto(f"/appointments/{appointment}/record")
    page.click("main button[type=submit]")  # consent left unchecked: the note is typed
    page.wait_for_url(re.compile(r"/visits/\d+/record"))
    page.click("a[href$='/note']")
    page.wait_for_selector("#editor")
    page.fill("#subjective", "Knee stiff in the morning, 3/10.")
    page.fill("#objective", "Flexion 115 degrees. Step-ups 3x10, TKE with band.")
    page.fill("#assessment", "Tolerated well; less stiffness after manual therapy.")
    page.fill("#plan", "Continue 2x/week; progress step height.")
    page.fill("#code_1", "97110")
    page.fill("#minutes_1", "33")
    page.fill("#code_2", "97140")
    page.fill("#minutes_2", "7")
    page.click("#save-note")
    page.wait_for_url(re.compile(r"/notes/\d+/review"))
    page.wait_for_selector("form#note[data-ready=yes]")
    confirm_warnings(page)
    page.click("#sign")
    page.wait_for_function(
        "() => document.getElementById('status').textContent.startsWith('Signed')", timeout=30_000
    )
    return int(re.search(r"/notes/(\d+)/review", page.url).group(1))  # type: ignore[union-attr]


def test_the_biller_builds_sends_and_posts_the_payers_835_on_the_screens(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served

    # 1. A PT writes up a visit that took place and signs it: its charges wait for a claim.
    appointment, provider = _a_visit_to_write_up(practice)
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    note = _written_up_and_signed(page, appointment)
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
    context.close()
    waiting = count(practice, "SELECT COUNT(*) FROM charge WHERE clinic_id = 1 AND status = 'open'")
    assert waiting == count(practice, "SELECT COUNT(*) FROM charge WHERE note_id = :n", n=note) == 2

    context = chromium.new_context(base_url=server.url, viewport=SCREEN, accept_downloads=True)
    page = context.new_page()
    user = practice.user("biller")
    log_in(page, user.email, user.password)
    claims_before = count(practice, "SELECT COUNT(*) FROM claim WHERE clinic_id = 1")
    page.click("nav >> text=Claims")
    page.wait_for_url(re.compile(r"/billing/claims"))
    assert page.locator("#charges tbody tr").count() == min(waiting, 50)
    checked(page, "claims-1-charges-waiting")

    # 2. Built and scrubbed, Build double-clicked: each open charge on one claim, built once.
    visits = count(
        practice, "SELECT COUNT(DISTINCT visit_id) FROM charge WHERE clinic_id = 1 AND status = 'open'"
    )
    double_clicked(page, "form[action='/billing/claims/build'] button", re.compile(r"done="))
    assert count(practice, "SELECT COUNT(*) FROM charge WHERE clinic_id = 1 AND status = 'open'") == 0
    built = count(practice, "SELECT COUNT(*) FROM claim WHERE clinic_id = 1") - claims_before
    assert built == visits, (built, visits)
    assert "scrubbed" in page.inner_text("[role=status]")
    assert page.locator("#charges").count() == 0 and "No open charges." in page.inner_text("main")
    checked(page, "claims-2-built")

    # 3. One payer's ready claims sent as an 837P; the file downloaded names each of them.
    claim, payer_id, status = one(
        practice,
        "SELECT c.id, c.payer_id, c.status FROM claim c JOIN note n ON n.visit_id = c.visit_id WHERE n.id = :n",
        n=note,
    )
    findings = _rows(practice, "SELECT message FROM claim_finding WHERE claim_id = :c", c=claim)
    assert status == "ready", findings
    clinic_id = 1
    form = page.locator(
        f"form[action='/billing/batches']:has(input[name=clinic_id][value='{clinic_id}'])"
        f":has(input[name=payer_id][value='{payer_id}'])"
    )
    ready = [
        control
        for (control,) in _rows(
            practice,
            "SELECT control_number FROM claim WHERE clinic_id = :c AND payer_id = :p AND status = 'ready' "
            "ORDER BY id",
            c=clinic_id,
            p=payer_id,
        )
    ]
    assert f"{len(ready)} ready" in form.inner_text()
    form.locator("button").click()
    page.wait_for_url(re.compile(r"download="))
    assert f"837P with {len(ready)} claims" in page.inner_text("[role=status]")
    batch_id, batch_count = one(
        practice,
        "SELECT id, claim_count FROM claim_batch WHERE clinic_id = :c AND payer_id = :p ORDER BY id DESC LIMIT 1",
        c=clinic_id,
        p=payer_id,
    )
    assert batch_count == len(ready)
    sent = _rows(
        practice,
        "SELECT id, control_number, status FROM claim WHERE batch_id = :b ORDER BY id",
        b=batch_id,
    )
    assert [(control, status) for _, control, status in sent] == [(c, "submitted") for c in ready]
    checked(page, "claims-3-sent")
    with page.expect_download() as download:
        page.click("text=Download the 837P file")
    x12 = Path(download.value.path()).read_text(encoding="utf-8")
    assert x12.startswith("ISA*") and all(f"CLM*{c}*" in x12 for c in ready), x12[:400]

    # 4. The payer's 835 posted, Post double-clicked: one claim paid, another denied, posted once.
    paid_claim = claim
    others = [(i, c) for i, c, _ in sent if i != claim]
    denied_claim, denied_control = others[0] if others else (None, "")
    with practice.session() as session:  # the payer's answer: 80 % paid, the rest coinsurance
        era = era_for(
            session,
            [c for c in (paid_claim, denied_claim) if c],
            trace="EFTDAY20",
            control=20,
            denied={denied_claim} if denied_claim else set(),
            percent=80,
        )
    page.click("nav[aria-label=Billing] >> text=Claims")
    page.wait_for_url(re.compile(r"/billing/claims$"))
    page.set_input_files(
        "#era", files=[{"name": "payer.835", "mimeType": "text/plain", "buffer": era.encode()}]
    )
    checked(page, "claims-4-835-chosen")
    double_clicked(page, "form[action='/billing/eras'] button", re.compile(r"done=835|error="))
    said = page.inner_text("main")[:600]
    assert count(practice, "SELECT COUNT(*) FROM era_file WHERE trace_number = 'EFTDAY20'") == 1, said
    assert count(practice, "SELECT COUNT(*) FROM payment WHERE claim_id = :c", c=paid_claim) == 1
    paid_cents = one(practice, "SELECT paid_cents FROM era_file WHERE trace_number = 'EFTDAY20'")[0]
    shown = page.inner_text("main")
    assert f"835 EFTDAY20: {_money(paid_cents)}" in shown, shown[:600]
    assert one(practice, "SELECT status FROM claim WHERE id = :c", c=paid_claim)[0] == "paid"
    if denied_claim:
        assert one(practice, "SELECT status FROM claim WHERE id = :c", c=denied_claim)[0] == "denied"
    checked(page, "claims-5-835-posted")

    # 5. The paid claim found by its number: the payer's amounts on each line, and the money received.
    control = next(c for i, c, _ in sent if i == claim)
    page.fill("#control_number", control)
    page.click("form[aria-label='Find claims'] button[type=submit]")
    page.wait_for_url(re.compile(r"control_number="))
    page.click(f"#claims-found a:text('{control}')")
    page.wait_for_url(re.compile(rf"/billing/claims/{paid_claim}$"))
    lines = _rows(
        practice,
        "SELECT line_number, paid_cents, adjusted_cents, patient_responsibility_cents, status FROM claim_line "
        "WHERE claim_id = :c ORDER BY line_number",
        c=paid_claim,
    )
    assert lines and all(status == "paid" and paid > 0 and owed > 0 for _, paid, _, owed, status in lines)
    table = page.locator("#lines tbody tr:not(.detail)")
    for i, (_, paid, adjusted, owed, _) in enumerate(lines):
        cells = table.nth(i).locator("td")
        assert [cells.nth(k).inner_text().strip() for k in (6, 7, 8)] == [
            _money(paid),
            _money(adjusted),
            _money(owed),
        ]
    main = page.inner_text("main")
    assert "PR 2" in main and "coinsurance" in main  # each adjustment with its reason
    assert f"{_money(sum(p for _, p, *_ in lines))} from the payer (835 EFTDAY20)" in main
    checked(page, "claims-6-paid-claim")

    # 6. The denial on the work list, its reason in words; then the claim's page to work it.
    if denied_claim:
        page.click("nav[aria-label=Billing] >> text=Denials")
        page.wait_for_url(re.compile(r"/billing/denials"))
        # the list opens on the oldest denial; today's is the first of the newest
        page.select_option("#f-sort", "newest")
        page.click("#f-sort ~ button[type=submit]")
        page.wait_for_url(re.compile(r"sort=newest"))
        row = page.locator("tbody tr", has_text=denied_control).first
        assert "50" in row.inner_text() and "medically necessary" in row.inner_text().lower()
        checked(page, "claims-7-denials")
        row.locator(f"a:text('{denied_control}')").click()
        page.wait_for_url(re.compile(rf"/billing/claims/{denied_claim}$"))
        assert "Work the denial" in page.inner_text("main")

    # 7. The batch and the remittance listed, the remittance naming its claims by number.
    page.click("nav[aria-label=Billing] >> text=Batches and remittances")
    page.wait_for_url(re.compile(r"/billing/batches"))
    interchange = one(
        practice, "SELECT interchange_control_number FROM claim_batch WHERE id = :b", b=batch_id
    )[0]
    assert f"{interchange:09d}" in page.locator("#batches tbody tr").first.inner_text()
    remitted = page.locator("#eras tbody tr", has_text="EFTDAY20")
    assert remitted.count() == 1
    assert remitted.locator(f"a[href='/billing/claims/{paid_claim}']").inner_text() == control
    checked(page, "claims-8-batches-and-remittances")
    context.close()


def test_the_biller_exports_the_aging_and_a_claims_search_as_csv(served, chromium) -> None:  # type: ignore[no-untyped-def]
    """The reports as spreadsheets from their pages: the AR aging as shown, every claim a search finds (all
    its pages) and the whole denial work list, each read against the page and the database."""
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport=SCREEN, accept_downloads=True)
    page = context.new_page()
    user = practice.user("biller")
    log_in(page, user.email, user.password)

    # 1. The aging, downloaded: its rows and totals are the page's.
    page.click("nav >> text=Claims")
    page.click("nav[aria-label=Billing] >> text=AR aging")
    page.wait_for_url(re.compile(r"/billing/aging"))
    checked(page, "claims-9-aging")
    with page.expect_download() as download:
        page.click("#aging-csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    shown = page.locator("#aging tbody tr th").all_inner_texts()
    assert [r["payer"] for r in rows] == [*shown, "All payers"]
    total = page.locator("#aging tfoot td").last.inner_text().strip()
    assert _money(int(Decimal(rows[-1]["total"]) * 100)) == total

    # 2. A payer's claims of three months, more than a page: all of them in the file, in the page's order.
    payer_id = one(practice, "SELECT payer_id FROM claim GROUP BY payer_id ORDER BY COUNT(*) DESC LIMIT 1")[0]
    page.click("nav[aria-label=Billing] >> text=Claims")
    page.select_option("#payer_id", str(payer_id))
    page.fill("#from", "2026-09-01")
    page.fill("#to", "2026-11-30")
    page.select_option("#sort", "patient")
    page.select_option("#order", "asc")
    page.click("form[aria-label='Find claims'] button[type=submit]")
    page.wait_for_url(re.compile(rf"payer_id={payer_id}"))
    checked(page, "claims-10-search-to-export")
    with page.expect_download() as download:
        page.click("#claims-csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    found = count(
        practice,
        "SELECT COUNT(*) FROM claim WHERE payer_id = :p AND service_date BETWEEN '2026-09-01' AND '2026-11-30'",
        p=payer_id,
    )
    assert len(rows) == found > 50
    first_page = page.locator("#claims-found tbody tr td:first-child").all_inner_texts()
    assert [r["claim"] for r in rows[: len(first_page)]] == first_page

    # 3. The whole denial work list, not only its first page, with each reason in words.
    page.click("nav[aria-label=Billing] >> text=Denials")
    page.wait_for_url(re.compile(r"/billing/denials"))
    with page.expect_download() as download:
        page.click("#denials-csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == count(practice, "SELECT COUNT(*) FROM claim_line WHERE status = 'denied'") > 50
    shown = page.locator("tbody tr td:first-child").all_inner_texts()
    assert [r["claim"] for r in rows[: len(shown)]] == shown
    assert all(r["reason"].startswith("CARC") for r in rows)
    context.close()
