"""The owner's pages for what setup made, in a real browser (#21): Debian's Chromium, headless, at
1024 x 768, through the pages only. The owner adds a provider (a wrong NPI is said next to its field
first) and changes them, adds a payer, changes a rule, gives it a fee schedule and changes a line,
adds an appointment type and changes it; the database is read after each. The front desk and a
therapist find no menu entry and are refused. The first-run setup page is filled on an empty database.
Every page passes axe-core (no serious or critical finding), fits the screen without sideways
scrolling, and is saved as a screenshot in var/screenshots (practice-*.png)."""

import uuid

import pytest
from browser_support import SCREEN, LiveServer, checked, log_in, logged_in, needs_chromium, shot
from conftest import on_the_wall_clock
from page_helpers import provider_user
from scheduling_helpers import one

pytestmark = needs_chromium
NPI = "1932102084"  # valid, and no demo provider's


def _checked(page, name: str) -> None:  # type: ignore[no-untyped-def]
    checked(page, f"practice-{name}")


def test_the_owner_adds_and_changes_a_provider(served, chromium, demo_clock) -> None:  # type: ignore[no-untyped-def]
    """At the demo's moment (conftest.demo_clock; the server runs in this process and reads it too): the
    supervising therapist has visits booked ahead and stays active on any day (on the wall clock, after
    the demo's last visit, she was deactivated). The owner logs in on the wall clock."""
    practice, server = served
    with on_the_wall_clock():  # the cookie's token would be expired if issued at the demo's moment
        context, page = logged_in(chromium, server, practice.user("owner"))
    page.click("nav >> text=Providers")
    page.wait_for_url("**/owner/providers")
    _checked(page, "providers")
    clinic_name = one(practice, "SELECT name FROM clinic ORDER BY id")[0]
    boss_id, boss = one(
        practice,
        """SELECT p.id, p.full_name FROM provider p JOIN clinic c ON c.id = p.clinic_id
        WHERE c.name = :c AND p.credential = 'PT' AND p.is_active ORDER BY p.id""",
        c=clinic_name,
    )
    name = f"Noor Haddad {uuid.uuid4().hex[:4]}"
    if page.locator("#new-clinic").count():
        page.select_option("#new-clinic", label=clinic_name)
    page.fill("#new-name", name)
    page.select_option("#new-credential", "PTA")
    page.fill("#new-npi", "1234567890")
    page.select_option("#new-supervisor_id", str(boss_id))
    page.uncheck("#new-day-fri")
    page.fill("#new-start", "09:00")
    page.fill("#new-end", "15:30")
    page.click("text=Add the provider")
    error = page.locator("#new-npi-error")
    assert "NPI is not a valid NPI" in error.inner_text()
    assert page.input_value("#new-name") == name  # the form as it was typed
    assert one(practice, "SELECT COUNT(*) FROM provider WHERE full_name LIKE :n", n=f"{name}%")[0] == 0
    _checked(page, "provider-wrong-npi")
    page.fill("#new-npi", NPI)
    page.click("text=Add the provider")
    page.wait_for_selector("p.notice:has-text('added.')")
    pid, npi, supervisor, credential = one(
        practice,
        "SELECT id, npi, supervising_provider_id, credential FROM provider WHERE full_name = :n",
        n=f"{name}, PTA",
    )
    assert (npi, supervisor, credential) == (NPI, boss_id, "PTA")
    hours = one(
        practice,
        "SELECT COUNT(*), MIN(start_minute), MAX(end_minute) FROM provider_hours WHERE provider_id = :p",
        p=pid,
    )
    assert tuple(hours) == (4, 540, 930)
    page.click(f"a[href='/owner/providers/{pid}']")
    page.wait_for_url(f"**/owner/providers/{pid}")
    _checked(page, "provider")
    page.fill("#capacity", "2")
    page.fill("#taxonomy", "225200000X")
    page.click("main form.stacked button[type=submit]")
    page.wait_for_selector("p.notice:has-text('saved.')")
    assert tuple(one(practice, "SELECT capacity, taxonomy_code FROM provider WHERE id = :p", p=pid)) == (
        2,
        "225200000X",
    )
    page.click("button:has-text('Deactivate')")
    page.wait_for_selector("p.notice:has-text('is deactivated')")
    assert not one(practice, "SELECT is_active FROM provider WHERE id = :p", p=pid)[0]
    page.goto(f"/owner/providers/{boss_id}")
    page.click("button:has-text('Deactivate')")
    assert "stays active" in page.locator("p.alert").inner_text()  # visits booked ahead
    assert boss.split(",")[0] in page.locator("h1").inner_text()
    context.close()


def test_the_owner_adds_a_payer_with_a_fee_line_and_changes_it(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context, page = logged_in(chromium, server, practice.user("owner"))
    page.click("nav >> text=Payers")
    page.wait_for_url("**/owner/payers")
    name = f"Harbor Health {uuid.uuid4().hex[:4]}"
    page.fill("#payer-name", name)
    page.select_option("#payer-profile", "commercial")
    page.click("text=Add the payer")
    page.wait_for_url("**/owner/payers/*")
    payer_id, unit_rule = one(practice, "SELECT id, unit_rule FROM payer WHERE name = :n", n=name)
    assert unit_rule == "per-code"  # the commercial profile's
    page.select_option("#unit_rule", "cms")
    page.fill("#timely_filing_days", "90")
    page.click("text=Save the rules")
    page.wait_for_selector("p.notice:has-text('rules saved')")
    assert tuple(
        one(practice, "SELECT unit_rule, timely_filing_days FROM payer WHERE id = :p", p=payer_id)
    ) == (
        "cms",
        90,
    )
    page.fill("#new-fs-name", "2026")
    page.fill("#new-fs-from", "2026-01-01")
    page.fill("#new-fs-code", "97110 GP")
    page.fill("#new-fs-amount", "31.5")
    page.click("text=Add the fee schedule")
    page.wait_for_selector("p.notice:has-text('Fee schedule 2026 added')")
    schedule = one(practice, "SELECT id FROM fee_schedule WHERE payer_id = :p", p=payer_id)[0]
    page.fill(f"#code-{schedule}", "97140")
    page.fill(f"#amount-new-{schedule}", "29.123")
    page.click("text=Add the code")
    assert "is not to the cent" in page.locator(f"#amount-new-{schedule}-error").inner_text()
    _checked(page, "payer-wrong-amount")
    page.fill(f"#amount-new-{schedule}", "29")
    page.click("text=Add the code")
    page.wait_for_selector("p.notice:has-text('97140 set to')")
    page.fill(f"#amount-{schedule}-1", "33.00")  # 97110 GP, the first line
    page.click(f"#fs-{schedule} ~ table button:has-text('Save') >> nth=0")
    page.wait_for_selector("p.notice:has-text('97110 GP set to')")
    fees = {
        (cpt, modifier): cents
        for cpt, modifier, cents in one_all(
            practice,
            "SELECT cpt, modifier, amount_cents FROM fee_schedule_entry WHERE fee_schedule_id = :s",
            s=schedule,
        )
    }
    assert fees == {("97110", "GP"): 3300, ("97140", ""): 2900}
    _checked(page, "payer")
    page.goto("/owner/payers")
    _checked(page, "payers")
    context.close()


def one_all(practice, sql: str, **params: object) -> list[tuple]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with practice.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params).all()]


def test_the_owner_adds_and_changes_an_appointment_type(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context, page = logged_in(chromium, server, practice.user("owner"))
    page.click("nav >> text=Appointment types")
    page.wait_for_url("**/owner/appointment-types")
    _checked(page, "appointment-types")
    name = f"OT hand therapy {uuid.uuid4().hex[:4]}"
    page.fill("#new-name", name)
    page.select_option("#new-discipline", "OT")
    page.select_option("#new-kind", "follow-up")
    page.fill("#new-minutes", "40")
    page.click("text=Add the type")
    page.wait_for_selector("p.notice:has-text('added.')")
    type_id, minutes = one(
        practice, "SELECT id, duration_minutes FROM appointment_type WHERE name = :n", n=name
    )
    assert minutes == 40
    page.click(f"a[href='/owner/appointment-types/{type_id}']")
    page.wait_for_url(f"**/owner/appointment-types/{type_id}")
    page.fill("#minutes", "3")
    page.click("main form.stacked button[type=submit]")
    assert "Minutes is 5 or more" in page.locator("#minutes-error").inner_text()
    _checked(page, "appointment-type-wrong")
    page.fill("#minutes", "50")
    page.select_option("#kind", "group")
    page.fill("#group_capacity", "3")
    page.click("main form.stacked button[type=submit]")
    page.wait_for_selector("p.notice:has-text('saved.')")
    assert tuple(
        one(
            practice,
            "SELECT kind, duration_minutes, group_capacity FROM appointment_type WHERE id = :t",
            t=type_id,
        )
    ) == ("group", 50, 3)
    _checked(page, "appointment-type")
    context.close()


@pytest.mark.parametrize("role", ["front_desk", "therapist"])
def test_the_front_desk_and_a_therapist_are_refused(served, chromium, role: str) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    if role == "therapist":
        provider = one(
            practice, "SELECT id FROM provider WHERE user_id IS NOT NULL AND credential = 'PT' ORDER BY id"
        )[0]
        user = provider_user(practice, provider)
    else:
        user = practice.user(role)
    log_in(page, user.email, user.password)
    nav = page.locator("nav").inner_text()
    assert "Providers" not in nav and "Appointment types" not in nav
    for path in ("/owner/providers", "/owner/appointment-types", "/owner/payers/1"):
        reply = page.goto(path)
        assert reply is not None and reply.status == 403, path
    shot(page, f"practice-refused-{role}")
    context.close()


def test_the_first_run_setup_page(new_db, tmp_path, chromium) -> None:  # type: ignore[no-untyped-def]
    import uuid as _uuid

    from core.config import Settings
    from web.app import create_app

    url, engine = new_db("sqlite")
    settings = Settings(database_url=url, data_dir=tmp_path / "data", secret_key="t-" + _uuid.uuid4().hex)
    with LiveServer(create_app(engine=engine, settings=settings)) as server:
        context = chromium.new_context(base_url=server.url, viewport=SCREEN)
        page = context.new_page()
        page.goto("/setup")
        _checked(page, "setup")
        page.fill("#clinic", "Lakeside Therapy")
        page.fill("#timezone", "America/Chicago")
        page.fill("#reminders", "24 email; 2 sms")
        page.fill("#owner_name", "Dana Park")
        page.fill("#owner_email", "dana@lakeside.example.org")
        page.fill("#password", "correct-horse-battery")
        page.fill("#providers", "Christian Diaz; PT; 1016613188")
        page.fill("#medicare", "Medicare Part B")
        page.fill("#fees", "Medicare Part B; 97110 GP; 31.00")
        page.fill("#fees_from", "2026-01-01")
        page.fill("#types", "PT evaluation; PT; evaluation; 60")
        page.click("button:has-text('Set up')")
        page.wait_for_url("**/login**")
        with engine.connect() as conn:
            from sqlalchemy import text

            counts = [
                conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
                for t in ("clinic", "provider", "payer", "fee_schedule_entry", "appointment_type")
            ]
        assert counts == [1, 1, 1, 1, 1]
        context.close()
