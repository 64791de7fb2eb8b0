"""The front desk's records and the pages everyone meets when something is refused or fails, in a real
browser (#20): Debian's Chromium, headless, at 1024 x 768, through the pages only. The front desk
finds a patient, enters a second insurance, an authorization and a referral (a wrong NPI refused in
plain words), and follows the alert the short authorization raises, which names the patient, to the
patient's page; the database is read after each step. A page that is not there, a page a role may
not open, a form address visited and a fault on our side each answer a page with the menu and plain
sentences, never JSON or developer words. Every page passes axe-core, fits the screen and is saved
as a screenshot in var/screenshots (records-*.png).
"""

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from browser_support import SCREEN, alert_saying, checked, log_in, logged_in, needs_chromium
from conftest import on_the_wall_clock
from page_helpers import provider_user
from scheduling_helpers import count, one

from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = needs_chromium

# What a person must never read on a page: action names, status codes by number, JSON, exceptions.
DEVELOPER_WORDS = re.compile(
    r"\b\w+\.(read|write|sign|cosign|manage)\b|\b(403|404|405|500)\b|Forbidden|Traceback|Exception|"
    r"problem\+json|\"detail\"|\{\"|None\b|RuntimeError|Internal error"
)


def _plain(page) -> str:  # type: ignore[no-untyped-def]
    said = page.inner_text("main")
    assert not DEVELOPER_WORDS.search(said), said
    assert page.locator("nav a", has_text="Patients").count() >= 1  # the menu is there
    return said


def test_the_front_desk_enters_insurance_an_authorization_and_a_referral_and_follows_the_alert(
    served, chromium, demo_clock
) -> None:  # type: ignore[no-untyped-def]
    """At the demo's moment (conftest.demo_clock; the server runs in this process and reads it too): a
    patient with a visit booked ahead, whose authorization raises an alert, on any day (on the wall
    clock none was left after 2026-12-22). The desk logs in on the wall clock."""
    practice, server = served
    today = utcnow().astimezone(ZoneInfo("America/New_York")).date()
    # a patient of clinic 1 with one insurance and a PT visit booked ahead
    patient, first, last = one(
        practice,
        """SELECT p.id, p.first_name, p.last_name FROM patient p
        WHERE p.clinic_id = 1
          AND (SELECT COUNT(*) FROM insurance_policy i WHERE i.patient_id = p.id) = 1
          AND EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id AND a.status = 'booked'
                      AND a.starts_at > :now)
          AND (SELECT COUNT(*) FROM patient q WHERE q.last_name = p.last_name AND q.first_name = p.first_name) = 1
        ORDER BY p.id LIMIT 1""",
        now=utcnow().replace(tzinfo=None),
    )
    payer = one(
        practice,
        """SELECT y.name FROM payer y WHERE y.id NOT IN (SELECT payer_id FROM insurance_policy WHERE patient_id = :p)
        ORDER BY y.id LIMIT 1""",
        p=patient,
    )[0]
    with on_the_wall_clock():  # the cookie's token would be expired if issued at the demo's moment
        context, page = logged_in(chromium, server, practice.user("front_desk"))

    # 1. Found by 'Last, First', opened.
    page.click("nav >> text=Patients")
    page.fill("#q", f"{last}, {first}")
    page.click("main form[role=search] button[type=submit]")
    page.click(f'main a[href="/patients/{patient}"] >> nth=0')
    page.wait_for_url(re.compile(rf"/patients/{patient}$"))
    checked(page, "records-1-patient")

    # 2. A second insurance, its copay in dollars.
    page.select_option("#ins-payer", label=payer)
    page.select_option("#ins-priority", "2")
    page.fill("#ins-member", "W-77120455")
    page.fill("#ins-group", "GRP-310")
    page.fill("#ins-copay", "25.00")
    page.fill("#ins-from", today.isoformat())
    page.click("text=Add the insurance")
    page.wait_for_load_state()
    assert "Insurance added." in page.inner_text("main")
    assert "W-77120455" in page.inner_text("section[aria-labelledby=ins-h]")
    assert one(
        practice,
        "SELECT priority, copay_cents, group_number FROM insurance_policy WHERE patient_id = :p AND member_id = 'W-77120455'",
        p=patient,
    ) == (2, 2500, "GRP-310")
    checked(page, "records-2-insurance-added")

    # 3. An authorization of two visits: short of what is booked, so it raises an alert.
    page.select_option("#auth-payer", label=payer)
    page.select_option("#auth-discipline", "PT")
    page.fill("#auth-number", "AUTH-7731")
    page.fill("#auth-start", today.isoformat())
    page.fill("#auth-end", (today + timedelta(days=60)).isoformat())
    page.fill("#auth-visits", "2")
    page.click("text=Add the authorization")
    page.wait_for_load_state()
    assert "Authorization added." in page.inner_text("main")
    assert one(
        practice,
        "SELECT visits_approved, visits_used, discipline FROM prior_authorization WHERE patient_id = :p AND number = 'AUTH-7731'",
        p=patient,
    ) == (2, 0, "PT")
    checked(page, "records-3-authorization-added")

    # 4. A referral: a wrong NPI is refused in plain words and nothing is kept; a right one is kept.
    before = count(practice, "SELECT COUNT(*) FROM referral WHERE patient_id = :p", p=patient)
    page.select_option("#ref-discipline", "PT")
    page.fill("#ref-received", today.isoformat())
    page.fill("#ref-physician", "Dr. Ana Ruiz")
    page.fill("#ref-npi", "1234567890")
    page.click("text=Add the referral")
    page.wait_for_load_state()
    refused = alert_saying(page, "The referring physician's NPI is not a valid NPI: check its ten digits")
    assert not DEVELOPER_WORDS.search(refused) and "Value error" not in refused
    assert count(practice, "SELECT COUNT(*) FROM referral WHERE patient_id = :p", p=patient) == before
    # what was typed is still there, the problem under the NPI: only the NPI is typed again
    assert page.input_value("#ref-physician") == "Dr. Ana Ruiz"
    assert page.input_value("#ref-received") == today.isoformat()
    assert page.input_value("#ref-npi") == "1234567890"
    assert page.get_attribute("#ref-npi", "aria-invalid") == "true"
    assert "check its ten digits" in page.inner_text("#ref-npi-error")
    checked(page, "records-4-referral-refused")
    page.fill("#ref-npi", "1234567893")
    page.click("text=Add the referral")
    page.wait_for_load_state()
    assert "Referral added." in page.inner_text("main")
    assert "Dr. Ana Ruiz (NPI 1234567893)" in page.inner_text("section[aria-labelledby=ref-h]")
    assert one(
        practice,
        "SELECT discipline, physician_npi, status FROM referral WHERE patient_id = :p AND physician_name = 'Dr. Ana Ruiz'",
        p=patient,
    ) == ("PT", "1234567893", "received")
    checked(page, "records-5-referral-added")

    # 5. The alert names the patient and the authorization, and opens the form that renews it.
    page.goto("/alerts")
    name = f"{first} {last}"
    alert = page.locator("ul.alerts li a", has_text="AUTH-7731")
    while alert.count() == 0 and page.locator("a", has_text="Next").count():
        page.click("a >> text=Next")
        page.wait_for_load_state()
    assert alert.count() == 1, "the authorization's alert is not listed"
    said = alert.inner_text()
    assert said.startswith(f"{name}: authorization AUTH-7731: 2 visits left"), said
    alert.scroll_into_view_if_needed()
    checked(page, "records-6-alert")
    alert.click()
    page.wait_for_url(re.compile(rf"/patients/{patient}/authorizations/new\?renew=\d+$"))
    assert "AUTH-7731" in page.inner_text("section[aria-labelledby=old-auth-h]")
    # the payer and discipline come from the old one; the desk types what the payer approved
    assert page.input_value("#auth-discipline") == "PT"
    assert page.locator("#auth-payer option:checked").inner_text() == payer
    page.fill("#auth-number", "AUTH-7731-R")
    page.fill("#auth-end", (today + timedelta(days=120)).isoformat())
    page.fill("#auth-visits", "10")
    checked(page, "records-6b-renewal")
    page.click("text=Add the authorization")
    page.wait_for_url(re.compile(rf"/patients/{patient}\?"))
    assert "Authorization added." in page.inner_text("main")
    assert one(
        practice,
        "SELECT visits_approved, discipline, start_date FROM prior_authorization WHERE patient_id = :p AND number = 'AUTH-7731-R'",
        p=patient,
    )[:2] == (10, "PT")
    context.close()


def test_a_missing_page_a_refusal_a_form_address_and_a_fault_are_pages_in_plain_words(
    served, chromium
) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    app = server.server.config.app

    def broken() -> None:
        raise RuntimeError("the ledger's cursor is None: select * from charge")

    # A page whose code fails, as a bug would: added to this module's own app, not the product's.
    app.add_api_route("/reports/broken", broken, methods=["GET"], include_in_schema=False)
    note = one(practice, "SELECT id FROM note WHERE clinic_id = 1 ORDER BY id LIMIT 1")[0]
    appointment = one(practice, "SELECT id FROM appointment WHERE clinic_id = 1 ORDER BY id LIMIT 1")[0]
    context, page = logged_in(chromium, server, practice.user("front_desk"))

    reply = page.goto("/patients/999999/chartz")
    assert reply is not None and reply.status == 404 and reply.headers["content-type"].startswith("text/html")
    assert page.inner_text("h1") == "Not found"
    _plain(page)
    checked(page, "records-7-not-found")

    reply = page.goto(f"/notes/{note}/review")
    assert reply is not None and reply.status == 403
    assert page.inner_text("h1") == "Not open to your role"
    said = _plain(page)
    assert "Your role may not read clinical notes." in said and "ask the clinic's owner" in said, said
    checked(page, "records-8-refused")

    reply = page.goto(f"/appointments/{appointment}/check-in")
    assert reply is not None and reply.status == 405 and reply.headers["content-type"].startswith("text/html")
    assert page.inner_text("h1") == "Not a page"
    _plain(page)
    checked(page, "records-9-form-address")

    reply = page.goto("/reports/broken")
    assert reply is not None and reply.status == 500 and reply.headers["content-type"].startswith("text/html")
    assert page.inner_text("h1") == "Something went wrong"
    said = _plain(page)
    assert "nothing was changed" in said and "cursor" not in page.content()
    assert reply.headers.get("content-security-policy")  # the page keeps the app's headers
    checked(page, "records-10-fault")
    context.close()

    # a therapist refused the owner's pages reads the same kind of page, with the therapist's menu
    provider = one(
        practice,
        "SELECT id FROM provider WHERE user_id IS NOT NULL AND credential = 'PT' AND clinic_id = 1 ORDER BY id",
    )[0]
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    user = provider_user(practice, provider)
    log_in(page, user.email, user.password)
    reply = page.goto("/owner/providers")
    assert reply is not None and reply.status == 403 and page.inner_text("h1") == "Not open to your role"
    assert page.locator("nav a", has_text="My week").count() == 1
    _plain(page)
    checked(page, "records-11-therapist-refused")
    context.close()

    # logged out, a missing page offers the log-in, not an error in code
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    reply = page.goto("/no/such/page")
    assert (
        reply is not None and reply.status == 404 and page.locator("main a", has_text="Log in").count() == 1
    )
    assert not DEVELOPER_WORDS.search(page.inner_text("main"))
    checked(page, "records-12-not-found-logged-out")
    context.close()
