"""The biller's searches, corrections, appeals and statements in a real browser (#20): Debian's Chromium,
headless, at 1024 x 768, through the pages only. Claims are found by payer and dates of service, sorted
by patient, a page at a time, then by a patient's name; a claim denied in whole is reopened as its
corrected (replacement) claim and goes out in its payer's next 837P; another denial is appealed in a
letter (PDF); a patient's statement is printed (PDF) from the ledger. The database is read after each
step; every page passes axe-core, fits the screen and is saved in var/screenshots, the PDFs beside it."""

import re
from typing import Any

from browser_support import SCREEN, SHOTS, checked, log_in, needs_chromium
from scheduling_helpers import count, one
from sqlalchemy import text
from test_note_workflow import _pdf_text

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = needs_chromium
PER_PAGE = 50


def _ids(practice, sql: str, **params) -> list[int]:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return [int(r[0]) for r in session.exec(text(sql).bindparams(**params)).all()]


def _shown(page: Any) -> list[int]:
    hrefs = page.locator("#claims-found tbody tr td:first-child a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    return [int(h.rsplit("/", 1)[-1]) for h in hrefs]


def _keep_pdfs(context: Any) -> dict[str, bytes]:
    """The PDFs the pages open, as the server sent them (Chromium's viewer shows them; CDP would give
    the viewer's page, not the file): each PDF request is passed on unchanged and its body kept."""
    kept: dict[str, bytes] = {}

    def keep(route: Any) -> None:
        response = route.fetch()
        kept[route.request.url.rsplit("/", 1)[-1]] = response.body()
        route.fulfill(response=response)

    context.route("**/*.pdf", keep)
    return kept


def _saved(name: str, pdf: bytes) -> str:
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / name).write_bytes(pdf)
    return re.sub(r"\\([()\\])", r"\1", _pdf_text(pdf))


def test_the_biller_finds_claims_by_payer_dates_and_patient_a_page_at_a_time(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    user = practice.user("biller")
    mine = "(SELECT m.clinic_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = :e)"
    payer_id, first, last = one(
        practice,
        f"""SELECT payer_id, MIN(service_date), MAX(service_date) FROM claim WHERE clinic_id IN {mine}
        GROUP BY payer_id ORDER BY COUNT(*) DESC LIMIT 1""",
        e=user.email,
    )
    first, last = str(first)[:10], str(last)[:10]
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    log_in(page, user.email, user.password)

    # 1. The payer's claims over its dates of service, sorted by patient A-Z: the first page.
    page.click("nav >> text=Claims")
    page.select_option("#payer_id", str(payer_id))
    page.fill("#from", first)
    page.fill("#to", last)
    page.select_option("#sort", "patient")
    page.select_option("#order", "asc")
    page.click("form[aria-label='Find claims'] button[type=submit]")
    page.wait_for_url(re.compile(r"sort=patient"))
    expected = _ids(
        practice,
        f"""SELECT c.id FROM claim c JOIN patient p ON p.id = c.patient_id WHERE c.clinic_id IN {mine}
        AND c.payer_id = :y AND c.service_date >= :f AND c.service_date <= :t
        ORDER BY p.last_name, p.first_name, c.id""",
        e=user.email,
        y=payer_id,
        f=first,
        t=last + " 23:59:59",
    )
    pages = -(-len(expected) // PER_PAGE)
    assert pages >= 2, "the demo's busiest payer fills more than a page"
    assert page.inner_text("#found-count") == f"{len(expected):,} claims, page 1 of {pages}."
    assert _shown(page) == expected[:PER_PAGE]
    names = page.locator("#claims-found tbody tr td:nth-child(3)").all_inner_texts()
    assert names == sorted(names, key=lambda n: tuple(n.split(", ")))
    checked(page, "biller-search-1-payer-by-patient")

    # 2. The next page: the next 50 in the same order, none of the first page's.
    page.click("nav[aria-label='Claim pages'] >> text=Next page")
    page.wait_for_url(re.compile(r"page=2"))
    assert page.inner_text("#found-count") == f"{len(expected):,} claims, page 2 of {pages}."
    assert _shown(page) == expected[PER_PAGE : 2 * PER_PAGE]
    assert page.locator("#payer_id").input_value() == str(payer_id)  # the filters are kept
    checked(page, "biller-search-2-next-page")

    # 3. One patient by "First Last" (any order), the newest service last.
    patient_id, first_name, last_name = one(
        practice,
        f"""SELECT p.id, p.first_name, p.last_name FROM patient p JOIN claim c ON c.patient_id = p.id
        WHERE c.clinic_id IN {mine} AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
        AND q.last_name = p.last_name) = 1 GROUP BY p.id, p.first_name, p.last_name
        HAVING COUNT(*) >= 3 ORDER BY COUNT(*) DESC, p.id LIMIT 1""",
        e=user.email,
    )
    page.select_option("#payer_id", "")
    page.fill("#from", "")
    page.fill("#to", "")
    page.fill("#patient", f"{first_name} {last_name}")
    page.select_option("#sort", "service_date")
    page.select_option("#order", "asc")
    page.click("form[aria-label='Find claims'] button[type=submit]")
    page.wait_for_url(re.compile(r"patient="))
    theirs = _ids(
        practice,
        f"""SELECT c.id FROM claim c JOIN patient p ON p.id = c.patient_id WHERE c.clinic_id IN {mine}
        AND LOWER(p.first_name) LIKE :f AND LOWER(p.last_name) LIKE :l ORDER BY c.service_date, c.id""",
        e=user.email,
        f=f"%{first_name.lower()}%",
        l=f"%{last_name.lower()}%",
    )
    assert theirs and _shown(page) == theirs[:PER_PAGE]
    own = _ids(practice, "SELECT id FROM claim WHERE patient_id = :p", p=patient_id)
    assert set(own) <= set(_shown(page)) and f"{last_name}, {first_name}" in page.inner_text("#claims-found")
    checked(page, "biller-search-3-patient")
    context.close()


def test_the_biller_corrects_a_denial_appeals_another_and_prints_a_statement(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    user = practice.user("biller")
    denied = """SELECT c.id, c.control_number, c.patient_id FROM claim c WHERE c.clinic_id = 1
        AND c.status = 'denied' AND c.payer_claim_number IS NOT NULL AND c.payer_claim_number != ''
        AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id)
        ORDER BY c.service_date DESC, c.id"""
    (to_correct, control, _), (to_appeal, appeal_control, patient_id) = [
        tuple(r) for r in _rows(practice, denied + " LIMIT 2")
    ]
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    pdfs = _keep_pdfs(context)
    page = context.new_page()
    log_in(page, user.email, user.password)

    # 1. A claim denied in whole, found by its number and reopened as its corrected claim.
    page.click("nav >> text=Claims")
    page.fill("#control_number", control)
    page.click("form[aria-label='Find claims'] button[type=submit]")
    page.wait_for_url(re.compile(r"control_number="))
    page.click(f"#claims-found a:text('{control}')")
    page.wait_for_url(re.compile(rf"/billing/claims/{to_correct}$"))
    checked(page, "biller-correct-1-denied")
    page.click("#correct-button")
    page.wait_for_url(re.compile(r"done="))
    status, frequency = one(practice, "SELECT status, frequency_code FROM claim WHERE id = :c", c=to_correct)
    assert status in ("ready", "held") and frequency == "7"
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'corrected'",
            c=to_correct,
        )
        == 1
    )
    assert (
        count(
            practice,
            "SELECT COUNT(*) FROM claim_line WHERE claim_id = :c AND status = 'denied'",
            c=to_correct,
        )
        == 0
    )
    main = page.inner_text("main")
    assert "replacement claim" in main and "Reopened as a replacement claim" in main
    assert page.locator("#correct-button").count() == 0  # nothing denied is left to work on it
    checked(page, "biller-correct-2-replacement")
    # Held until a change is saved on it (an unchanged copy of what the payer answered would be denied
    # again): the biller corrects line 1's code on the page, with the reason kept in its history.
    assert status == "held"
    cpt, units, modifiers = one(
        practice,
        "SELECT cpt, units, modifiers FROM claim_line WHERE claim_id = :c AND line_number = 1",
        c=to_correct,
    )
    page.select_option("#fix-line", "1")
    page.fill("#fix-cpt", "97530" if cpt != "97530" else "97110")
    page.fill("#fix-units", str(units))
    page.fill("#fix-modifiers", modifiers)
    page.fill("#fix-reason", "payer: wrong code billed")
    page.click("#fix-line-button")
    page.wait_for_load_state()
    status = one(practice, "SELECT status FROM claim WHERE id = :c", c=to_correct)[0]

    # 2. Scrubbed clean, it goes out with its payer's next 837P as a replacement of the payer's claim.
    assert status == "ready", "the demo's newest denial, corrected, scrubs clean"
    payer_id, number = one(
        practice, "SELECT payer_id, payer_claim_number FROM claim WHERE id = :c", c=to_correct
    )
    page.click("nav[aria-label=Billing] >> text=Claims")
    page.click(
        f"form[action='/billing/batches']:has(input[name=clinic_id][value='1'])"
        f":has(input[name=payer_id][value='{payer_id}']) button"
    )
    page.wait_for_url(re.compile(r"download="))
    content = one(
        practice,
        "SELECT b.content FROM claim_batch b JOIN claim c ON c.batch_id = b.id WHERE c.id = :c",
        c=to_correct,
    )[0]
    assert ":B:7*" in content and f"REF*F8*{number}~" in content
    assert one(practice, "SELECT status FROM claim WHERE id = :c", c=to_correct)[0] == "submitted"
    assert "Download the 837P file" in page.inner_text("main")
    checked(page, "biller-correct-3-sent")

    # 3. Another denial appealed: the letter opens as a PDF naming the claim, the patient and the reason.
    page.goto(f"/billing/claims/{to_appeal}")
    reason = "The plan of care was signed by the physician before the date of service."
    page.fill("#argument", reason)
    with page.expect_popup() as opened:
        page.click("#appeal-button")
    opened.value.wait_for_load_state()
    letter = _saved("biller-appeal-letter.pdf", pdfs["appeal.pdf"])
    first_name, last_name = one(
        practice, "SELECT first_name, last_name FROM patient WHERE id = :p", p=patient_id
    )
    assert pdfs["appeal.pdf"].startswith(b"%PDF")
    for words in ("Request for reconsideration", appeal_control, f"{first_name} {last_name}", reason):
        assert words in letter, words
    assert one(
        practice,
        "SELECT reason FROM claim_action WHERE claim_id = :c AND kind = 'appealed'",
        c=to_appeal,
    ) == (reason,)
    opened.value.close()
    page.reload()
    assert "appeal" in page.inner_text("#hist-h + ol").lower()
    checked(page, "biller-appeal-1-history")

    # 4. The patient's ledger and statement: the amount due is the patient's part less their payments.
    page.click(f"a[href='/billing/patients/{patient_id}/ledger']")
    page.wait_for_url(re.compile(r"/ledger"))
    checked(page, "biller-statement-1-ledger")
    page.click("text=Statement (PDF)")
    page.wait_for_url(re.compile(r"statement\.pdf$"))
    statement = _saved("biller-statement.pdf", pdfs["statement.pdf"])
    owed = one(
        practice,
        """SELECT (SELECT COALESCE(SUM(patient_responsibility_cents), 0) FROM claim
        WHERE patient_id = :p AND status != 'void')
        + (SELECT COALESCE(SUM(amount_cents), 0) FROM opening_balance WHERE patient_id = :p AND payer_id IS NULL)
        - (SELECT COALESCE(SUM(amount_cents), 0) FROM payment WHERE patient_id = :p AND source = 'patient')""",
        p=patient_id,
    )[0]
    assert "Patient statement" in statement and f"{first_name} {last_name}" in statement
    assert f"Amount due: ${max(owed, 0) / 100:,.2f}" in statement
    context.close()


def _rows(practice, sql: str, **params) -> list[tuple]:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return [tuple(r) for r in session.exec(text(sql).bindparams(**params)).all()]
