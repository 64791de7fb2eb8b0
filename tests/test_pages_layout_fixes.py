"""Three things a tester met at 1024 x 768 (#20), in Debian's Chromium through the pages: the owner's menu
wrapped onto a second line under the brand; the copay form stayed open after the copay was taken; the
patient statement's column headings were on page 1 only of a long statement's PDF. Each page passes
axe-core and is saved as var/screenshots/layout-*.png."""

from browser_support import checked, logged_in, needs_chromium

DEMO_SIZE = "tiny"

pytestmark = needs_chromium

ROLES = ("owner", "front_desk", "biller", "therapist")


def _lines_of_each_menu(page) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """How many lines each menu's links take (the main menu, and the owner's settings)."""
    return page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('header nav')].map(n => [n.getAttribute("
        "'aria-label'), new Set([...n.querySelectorAll('a')].map(a => Math.round(a.getBoundingClientRect()"
        ".top))).size]))"
    )


def test_every_roles_menu_is_one_line_at_1024(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    for role in ROLES:
        context, page = logged_in(chromium, server, practice.user(role))
        page.goto("/patients")
        checked(page, f"layout-menu-{role}")
        lines = _lines_of_each_menu(page)
        assert lines["Main"] == 1 and set(lines.values()) == {1}, (role, lines)
        # Every entry of the role's is still in a menu: the settings moved, not gone.
        assert ("Settings" in lines) == (role in ("owner", "biller")), (role, lines)
        context.close()


def test_the_copay_form_folds_away_once_the_copay_is_taken(served, chromium) -> None:  # type: ignore[no-untyped-def]
    import re
    from datetime import UTC, datetime, timedelta

    from conftest import DEMO_NOW
    from scheduling_helpers import one

    from core.timeutil import clock_at, utcnow

    practice, server = served
    appointment, starts = one(
        practice,
        """SELECT id, starts_at FROM appointment WHERE clinic_id = 1 AND status = 'booked'
        AND starts_at > :built AND starts_at < :now ORDER BY starts_at DESC, id LIMIT 1 OFFSET 3""",
        built=DEMO_NOW.replace(tzinfo=None),
        now=utcnow().replace(tzinfo=None) - timedelta(hours=1),
    )
    moment = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
    paid = "SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM payment WHERE reference LIKE :r"
    context, page = logged_in(chromium, server, practice.user("front_desk"))  # on the wall clock
    with clock_at(moment.replace(tzinfo=UTC) + timedelta(minutes=10)):
        page.goto(f"/appointments/{appointment}")
        page.click("main form[action$='/check-in'] button")
        page.wait_for_url(re.compile(r"done="))
        assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment)[0] == "checked_in"
        # 1. Open before a copay is taken.
        assert page.is_visible("#copay-form") and page.locator("#copay-more").count() == 0
        page.fill("#copay-amount", "25.00")
        page.click("#take-copay")
        page.wait_for_url(re.compile(r"done="))
        # 2. Taken: the page says so and the form is folded away, not offered again as if nothing was.
        assert "Copay of $25.00 taken" in page.inner_text("main")
        assert page.inner_text("#copay-taken") == "$25.00"
        assert not page.is_visible("#copay-form") and not page.is_visible("#copay-amount")
        assert one(practice, paid, r=f"% copay visit {appointment}") == (1, 2500)
        checked(page, "layout-copay-taken-folded")
        # 3. A second payment is one click away: the fold opens onto an empty form.
        page.click("#copay-more summary")
        assert page.is_visible("#copay-form") and page.input_value("#copay-amount") == ""
        # 4. A refusal keeps the form open with the reason, and records nothing.
        page.fill("#copay-amount", "twenty")
        page.click("#take-copay")
        page.wait_for_url(re.compile(r"error="))
        # (the refusal among the page's alerts: a visit past its authorization's count shows that alert first,
        # which depends on the wall clock's day against the demo's bookings)
        refusal = page.locator("[role=alert]").filter(has_text="dollars and cents")
        assert page.is_visible("#copay-form") and refusal.count() == 1 and refusal.is_visible()
        assert one(practice, paid, r=f"% copay visit {appointment}") == (1, 2500)
        checked(page, "layout-copay-refused-open")
    context.close()


def _pages(pdf: bytes) -> list[str]:
    """The text each page of a PDF draws, page by page (fpdf writes one content stream a page)."""
    import re
    import zlib

    texts = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            content = zlib.decompressobj().decompress(stream).decode("latin-1")
        except zlib.error:
            continue
        drawn = re.findall(r"\((.*?)\) Tj", content)
        if drawn:
            texts.append(drawn)
    return texts


def test_a_long_statements_headings_repeat_on_every_page() -> None:
    from core.billing.ledger import STATEMENT_COLUMNS
    from core.pdf import Table, document

    rows = tuple(
        (f"11/{1 + n % 28:02d}/2026", f"Visit {n}: 97110 x2", "$62.00", "$15.50", "$0.00") for n in range(90)
    )
    lines: list = [f"line {n}" for n in range(20)] + [Table(STATEMENT_COLUMNS, rows), "Amount due: $1,395.00"]
    pages = _pages(document("Patient statement", lines))
    assert len(pages) >= 3
    headings = [c.heading for c in STATEMENT_COLUMNS]
    for number, drawn in enumerate(pages, 1):
        if not any(t.startswith("Visit ") for t in drawn):
            continue
        first_row = next(i for i, t in enumerate(drawn) if t.startswith("Visit ") or t.startswith("11/"))
        assert drawn[first_row - len(headings) : first_row] == headings, (number, drawn[:12])
    # Every row once, in order, across the pages.
    shown = [t for drawn in pages for t in drawn if t.startswith("Visit ")]
    assert shown == [r[1] for r in rows]
    # A table that fits on its page: the headings once.
    short = _pages(document("Patient statement", ["x", Table(STATEMENT_COLUMNS, rows[:3])]))
    assert len(short) == 1 and short[0].count("Insurance paid") == 1
