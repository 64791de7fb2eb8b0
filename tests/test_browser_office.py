"""The biller's and the owner's days in a real browser (#20): Debian's Chromium, headless, at 1024 x 768,
through the pages only. The biller finds a denied claim, writes a line off (a double click writes it
off once), assigns the claim, opens the patient's ledger and posts a payment (once, double-clicked),
then reads the batches and the AR aging. The owner reads last month's figures, narrows them to a clinic
and a payer, exports them as CSV, finds a person's entries in the audit log and exports them. The
database is read after each step; every page passes axe-core, fits the screen and is saved in
var/screenshots."""

import csv
import io
import re
from datetime import date
from pathlib import Path

from browser_support import SCREEN, checked, double_clicked, log_in, needs_chromium
from scheduling_helpers import count, one

from core.kpis import compute, last_full_month
from core.timeutil import span_words, utcnow
from web.kpi_figures import figure

pytestmark = needs_chromium


def test_the_biller_works_a_denial_and_posts_a_payment_on_the_screens(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    claim_id, control, patient_id = one(
        practice,
        """SELECT c.id, c.control_number, c.patient_id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'denied'
        AND (SELECT COUNT(*) FROM claim_line l WHERE l.claim_id = c.id) >= 2 ORDER BY c.service_date DESC LIMIT 1""",
    )
    context = chromium.new_context(base_url=server.url, viewport=SCREEN, accept_downloads=True)
    page = context.new_page()
    user = practice.user("biller")
    log_in(page, user.email, user.password)

    # 1. Claims, denied ones, newest first; the claim found by its number.
    page.click("nav >> text=Claims")
    page.select_option("#status", "denied")
    page.fill("#control_number", control)
    page.click("form[aria-label='Find claims'] button[type=submit]")
    page.wait_for_url(re.compile(r"control_number="))
    assert page.locator("#claims-found tbody tr").count() == 1
    checked(page, "biller-1-claims-found")
    page.click(f"#claims-found a:text('{control}')")
    page.wait_for_url(re.compile(rf"/billing/claims/{claim_id}$"))
    assert "Work the denial" in page.inner_text("main") and "Rendering provider" in page.inner_text("main")
    checked(page, "biller-2-claim")

    # 2. Line 1 written off with a reason, Write off double-clicked: written off once.
    page.select_option("#wo-line", "1")
    page.fill("#wo-reason", "Past the payer's appeal window")
    double_clicked(page, "#write-off-button", re.compile(r"done=|error="))
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'written_off'",
            c=claim_id,
        )
        == 1
    )
    assert (
        one(practice, "SELECT status FROM claim_line WHERE claim_id = :c AND line_number = 1", c=claim_id)[0]
        == "written_off"
    )
    assert (
        one(practice, "SELECT status FROM claim_line WHERE claim_id = :c AND line_number = 2", c=claim_id)[0]
        == "denied"
    )
    assert "wrote off line 1" in page.inner_text("main")

    # 3. Assigned to the biller herself.
    page.select_option(
        "#assignee", label=one(practice, "SELECT full_name FROM app_user WHERE email = :e", e=user.email)[0]
    )
    page.click("#assign-button")
    page.wait_for_url(re.compile(r"done="))
    assert (
        one(
            practice,
            "SELECT u.email FROM claim c JOIN app_user u ON u.id = c.assigned_user_id WHERE c.id = :c",
            c=claim_id,
        )[0]
        == user.email
    )
    checked(page, "biller-3-worked")

    # 4. The patient's ledger; a payment, Post double-clicked: posted once.
    page.click(f"a[href='/billing/patients/{patient_id}/ledger']")
    page.wait_for_url(re.compile(r"/ledger"))
    checked(page, "biller-4-ledger")
    # the descriptions get the room the money headings leave ('Insurance / paid'): two lines at most, not
    # 'Visit, claim / TS000007117 to / Aetna Choice' beside one-line figures
    lines = page.evaluate(
        """() => [...document.querySelectorAll('#ledger tbody td:nth-child(2)')].map(td => {
        const s = getComputedStyle(td), pad = parseFloat(s.paddingTop) + parseFloat(s.paddingBottom);
        return Math.round((td.clientHeight - pad) / parseFloat(s.lineHeight)); })"""
    )
    assert lines and max(lines) <= 2, lines
    # the ledger as a spreadsheet, for the biller
    with page.expect_download() as download:
        page.click("#ledger-csv")
    assert download.value.suggested_filename == f"ledger-patient-{patient_id}.csv"
    assert Path(download.value.path()).read_text(encoding="utf-8").startswith("date,what,claim,billed,")
    before = count(
        practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'patient'", p=patient_id
    )
    page.fill("#amount", "35.00")
    page.select_option("#method", "card")
    page.fill("#reference", "R-77")
    double_clicked(page, "#post-payment", re.compile(r"done="))
    assert "Payment of $35.00 posted." in page.inner_text("main")
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'patient'",
            p=patient_id,
        )
        == before + 1
    )
    checked(page, "biller-5-paid")

    # 5. Batches and remittances, AR aging.
    page.click("nav[aria-label=Billing] >> text=Batches and remittances")
    page.wait_for_url(re.compile(r"/billing/batches"))
    checked(page, "biller-6-batches")
    page.click("nav[aria-label=Billing] >> text=AR aging")
    page.wait_for_url(re.compile(r"/billing/aging"))
    assert page.locator("#aging tbody tr").count() >= 3
    assert "e+" not in page.inner_text("main")
    checked(page, "biller-7-aging")
    context.close()


def test_the_owner_reads_last_months_figures_filters_and_exports(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport=SCREEN, accept_downloads=True)
    page = context.new_page()
    user = practice.user("owner")
    log_in(page, user.email, user.password)

    # 1. The dashboard opens on the last full month.
    page.click("nav >> text=Dashboard")
    page.wait_for_url(re.compile(r"/owner/kpis"))
    start, end = last_full_month(utcnow().date())
    assert page.inner_text("h1") == f"Dashboard: {span_words(start, end)}"  # 'Nov 1 – Nov 30, 2026'
    assert "e+" not in page.inner_text("main")
    checked(page, "owner-1-dashboard")

    # 2. Clinic 1 and a payer chosen; the figures are core's for that scope.
    payer_id, payer = one(practice, "SELECT id, name FROM payer ORDER BY id LIMIT 1")
    page.fill("#from", "2026-10-01")
    page.fill("#to", "2026-10-31")
    page.select_option("#clinic_id", "1")
    page.select_option("#payer_id", str(payer_id))
    page.click("form[aria-label='Range and filters'] button[type=submit]")
    page.wait_for_url(re.compile(rf"payer_id={payer_id}"))
    with practice.session() as session:
        expected = {
            k.key: k
            for k in compute(
                session,
                actor=practice.actor("owner"),
                start=date(2026, 10, 1),
                end=date(2026, 10, 31),
                clinic_id=1,
                payer_id=payer_id,
            )
        }
    for key in ("denial_rate", "revenue_per_visit", "days_in_ar"):
        shown = page.locator(f"[data-kpi={key}] .big").inner_text().strip()
        assert shown == figure(expected[key].value, expected[key].unit), key
    assert page.locator("svg.chart text.axis.y").count() >= 2 * 5
    checked(page, "owner-2-filtered")

    # 3. Every figure as CSV, for that scope.
    with page.expect_download() as download:
        page.click("#kpi-csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    main = {r["kpi"]: r for r in rows if ":" not in r["kpi"]}
    assert set(main) == set(expected)
    assert main["denial_rate"]["value"] == str(expected["denial_rate"].value)
    assert download.value.suggested_filename == f"kpis-2026-10-01-2026-10-31-clinic1-payer{payer_id}.csv"

    # 4. The audit log: a person's entries by name, then as CSV.
    biller_name = one(
        practice, "SELECT full_name FROM app_user WHERE email = :e", e=practice.user("biller").email
    )[0]
    page.click("nav >> text=Audit log")
    # By the whole name: each word is matched in names and e-mails, so a surname alone also finds the
    # people of a clinic named like it ('Hill' in pt1@hillcrest.example.org).
    page.fill("#who", biller_name)
    page.click("form[aria-label='Filter the audit log'] button[type=submit]")
    page.wait_for_url(re.compile(r"who="))
    whos = page.locator("#audit tbody tr td:nth-child(2)").all_inner_texts()
    assert whos and all(biller_name in w for w in whos)
    checked(page, "owner-3-audit")
    with page.expect_download() as download:
        page.click("#audit-csv")
    exported = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert exported and all(biller_name in r["user"] for r in exported)
    context.close()
