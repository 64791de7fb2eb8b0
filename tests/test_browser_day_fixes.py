"""What a fresh-eyes tester met running a clinic day on the screens (#20), in a real browser: Debian's
Chromium, headless, 1024 x 768, through the pages. The database is read after each step; every page
passes axe-core, fits the screen and is saved as var/screenshots/day-fixes-*.png."""

import re
from pathlib import Path

from browser_support import checked, confirm_warnings, double_clicked, logged_in, needs_chromium
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_and_draft, post_on_the_visit_day
from page_helpers import provider_user
from scheduling_helpers import on_the_visit_day, one

DEMO_SIZE = "tiny"

pytestmark = needs_chromium


def _said(page, says: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function(
        f"() => document.getElementById('status').textContent.startsWith({says!r})", timeout=30_000
    )


def test_a_returned_note_is_returned_on_the_assistants_pages_and_a_co_signature_shows_at_once(
    served, chromium
) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, assistant, _ = booked_appointment(practice, "PTA", "medicare", skip=3)
    api = practice.client()
    headers = login_as_provider(practice, api, assistant)
    note = open_and_draft(practice, api, headers, appointment, {**DRAFT, "measures": []})
    assert post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers).status_code == 200
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :p", p=assistant)[0]

    # 1. The supervisor returns it with a comment.
    context, page = logged_in(chromium, server, provider_user(practice, supervisor))
    page.goto(f"/notes/{note}/review")
    comment = "Add the minutes of manual therapy and the response to treatment."
    page.fill("#comment", comment)
    double_clicked(page, "#return", re.compile(r"done="))
    assert page.inner_text("#note-status") == "returned"
    context.close()

    # 2. The assistant's home: an alert naming it, the work list saying 'returned' with the comment.
    context, page = logged_in(chromium, server, provider_user(practice, assistant))
    page.goto("/")
    alerts = page.inner_text("#alerts-h + ul")
    assert "returned for correction by" in alerts and comment in alerts
    assert "Nothing needs you now" not in page.inner_text("main")
    row = page.locator(f'#notes-h ~ div tr:has(a[href="/notes/{note}/review"])')
    assert row.inner_text().split("\t")[-1].startswith("returned")
    checked(page, "day-fixes-1-assistant-home-returned")

    # 3. The alert opens the note: returned, with the comment; signed again there.
    with on_the_visit_day(practice.engine, note=note):
        page.click(f'#alerts-h + ul a[href="/notes/{note}/review"]')
        page.wait_for_selector("form#note[data-ready=yes]")
        assert page.inner_text("#note-status") == "returned"
        assert comment in page.inner_text("#return-comment")
        checked(page, "day-fixes-2-assistant-review-returned")
        page.fill("#assessment", "Tolerated well; knee pain 3/10 -> 1/10 after 8 minutes of manual therapy.")
        confirm_warnings(page)
        page.click("#sign")
        _said(page, "Signed; waiting")
        assert page.inner_text("#note-status") == "waiting for co-signature"
        assert not page.is_visible("#returned")
        assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "awaiting_cosign"
    context.close()

    # 4. The supervisor co-signs: the co-signature, the PDF and the addendum form show without a reload.
    context, page = logged_in(chromium, server, provider_user(practice, supervisor))
    with on_the_visit_day(practice.engine, note=note):
        page.goto(f"/notes/{note}/review")
        page.wait_for_selector("form#note[data-ready=yes]")
        before = page.evaluate("() => performance.getEntriesByType('navigation').length")
        page.click("#cosign")
        _said(page, "Co-signed")
        page.wait_for_selector("#signed-pdf")
        assert page.evaluate("() => performance.getEntriesByType('navigation').length") == before
        assert page.url.endswith(f"/notes/{note}/review")
        signatures = page.inner_text("#signatures")
        assert "co-signed as supervising therapist by" in signatures
        assert "Returned for correction by" in signatures
        assert page.is_visible("#addendum-form")
        assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] == "signed"
        checked(page, "day-fixes-3-co-signed-at-once")
    context.close()


def test_the_claim_pages_amounts_a_denied_claim_to_read_and_export_837p_downloads(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context, page = logged_in(chromium, server, practice.user("biller"))

    # 1. A paid claim: 'Adjusted off' is its lines' column; each 835 adjustment says where it counts.
    paid = one(
        practice,
        """SELECT c.id FROM claim c WHERE c.status = 'paid' AND EXISTS (SELECT 1 FROM adjustment a
        JOIN claim_line l ON l.id = a.claim_line_id WHERE l.claim_id = c.id AND a.group_code = 'PR')
        ORDER BY c.id LIMIT 1""",
    )[0]
    page.goto(f"/billing/claims/{paid}")
    assert "(patient's part)" in page.inner_text("#lines")
    assert page.locator("#lines input").count() == 0 and page.locator("#dx").count() == 0
    checked(page, "day-fixes-4-paid-claim")

    # 2. A denied claim: its lines are read, not boxes; the denied amount on its line and in the sums.
    denied = one(practice, "SELECT id FROM claim WHERE status = 'denied' ORDER BY id LIMIT 1")[0]
    page.goto(f"/billing/claims/{denied}")
    assert page.locator("#lines input").count() == 0 and page.locator("#dx").count() == 0
    assert page.inner_text("#adjusted") == "$0.00" and page.inner_text("#denied").startswith("$")
    assert "(denied, still to work)" in page.inner_text("#lines")
    checked(page, "day-fixes-5-denied-claim")

    # 3. Export 837P: the file downloads from the click, without a second click on a link.
    page.goto("/billing/claims")
    form = page.locator("form[action='/billing/batches']").first
    payer_id = form.locator("input[name=payer_id]").get_attribute("value")
    ready = one(
        practice,
        "SELECT COUNT(*) FROM claim WHERE clinic_id = 1 AND payer_id = :p AND status = 'ready'",
        p=int(payer_id or 0),
    )[0]
    batches = one(practice, "SELECT COUNT(*) FROM claim_batch")[0]
    with page.expect_download() as download:
        form.locator("button").click()
    x12 = Path(download.value.path()).read_text(encoding="utf-8")
    assert x12.startswith("ISA*") and x12.count("CLM*") == ready
    page.wait_for_load_state()
    assert "now=" not in page.url and "download=" in page.url
    assert one(practice, "SELECT COUNT(*) FROM claim_batch")[0] == batches + 1
    checked(page, "day-fixes-6-837p-sent")
    context.close()


def test_a_no_show_undone_from_home_and_a_copay_taken_at_check_in(served, chromium) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from conftest import DEMO_NOW
    from scheduling_helpers import NY

    from core.timeutil import clock_at, utcnow

    practice, server = served
    appointment, starts = one(
        practice,
        """SELECT id, starts_at FROM appointment WHERE clinic_id = 1 AND status = 'booked'
        AND starts_at > :built AND starts_at < :now ORDER BY starts_at DESC, id LIMIT 1""",
        built=DEMO_NOW.replace(tzinfo=None),
        now=utcnow().replace(tzinfo=None) - timedelta(hours=1),
    )
    moment = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
    then = moment.replace(tzinfo=UTC) + timedelta(minutes=10)
    day = then.astimezone(NY).date().isoformat()
    context, page = logged_in(chromium, server, practice.user("front_desk"))  # on the wall clock
    with clock_at(then):
        # 1. Marked a no-show from home by mistake: it stays on the list, with the undo.
        page.goto(f"/?day={day}")
        page.locator(f'form[action="/appointments/{appointment}/no-show"] button').click()
        page.wait_for_url(re.compile(r"done="))
        assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment)[0] == "no_show"
        undo = page.locator(f'form[action="/appointments/{appointment}/undo-no-show"] button')
        assert "Undo: check in" in undo.inner_text()
        checked(page, "day-fixes-7-no-show-on-home")
        # 2. Undone, double-clicked: checked in once; the copay link is offered on the row.
        double_clicked(
            # the page already says done= (the no-show's message): wait for the undo's own
            page,
            f'form[action="/appointments/{appointment}/undo-no-show"] button',
            re.compile(r"done=No-show"),
        )
        assert "No-show undone: checked in." in page.inner_text("main")
        assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment)[0] == "checked_in"
        assert (
            one(
                practice,
                "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'appointment' AND record_id = :a "
                "AND detail LIKE 'no-show undone%'",
                a=str(appointment),
            )[0]
            == 1
        )
        checked(page, "day-fixes-8-no-show-undone")
        # 3. The copay: from the row to the visit's page, taken once on a double click.
        page.click(f'a[href="/appointments/{appointment}#copay"]')
        page.wait_for_selector("#copay-form")
        assert "ledger" not in page.inner_text("main").lower()
        page.fill("#copay-amount", "30.00")
        page.select_option("#copay-method", "cash")
        checked(page, "day-fixes-9-copay-form")
        double_clicked(page, "#take-copay", re.compile(r"done="))
        assert "Copay of $30.00 taken (cash)." in page.inner_text("main")
        assert page.inner_text("#copay-taken") == "$30.00"
        assert (
            one(
                practice,
                "SELECT COUNT(*) FROM payment WHERE reference LIKE :r AND amount_cents = 3000",
                r=f"% copay visit {appointment}",
            )[0]
            == 1
        )
        checked(page, "day-fixes-10-copay-taken")
    context.close()
