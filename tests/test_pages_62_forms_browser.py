"""The front desk's and the biller's forms tried as a new user would, in Debian's Chromium at 1024 x 768
(#20): each form filled and sent, the result read back in the database and on the page; bad input told
in plain words by the form, with nothing changed; a double click on the form's button doing one thing.
Forms: the wait list, a weekly series, an authorization, insurance, a patient's payment on the ledger
(and the statement), a denied claim's write-off, and the claims list's paging. Each page passes axe-core
and fits the screen; screenshots in var/screenshots (pages-62-*)."""

import re
from datetime import date, timedelta

import pytest
from browser_support import SCREEN, checked, double_clicked, log_in, needs_chromium
from conftest import on_the_wall_clock
from scheduling_helpers import count, one, open_day

DEMO_SIZE = "tiny"

pytestmark = needs_chromium


def _page(served, chromium, role: str):  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    user = practice.user(role)
    with on_the_wall_clock():
        log_in(page, user.email, user.password)
    return practice, context, page


def _patient(practice) -> int:  # type: ignore[no-untyped-def]
    """A clinic-1 patient with primary insurance that needs no authorization."""
    return int(
        one(
            practice,
            """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
            JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = 1 AND y.requires_authorization = :f
            ORDER BY p.id LIMIT 1 OFFSET 3""",
            f=False,
        )[0]
    )


def _refused_on_the_form(page, words: str) -> None:  # type: ignore[no-untyped-def]
    main = page.inner_text("main")
    assert words.lower() in main.lower(), main[:1500]
    # said in the clinic's words, never the code's
    for code_word in ("Traceback", "ValidationError", "value_error", "Input should", "_id", "{'"):
        assert code_word not in main, main[:1500]


# ---- the wait list --------------------------------------------------------------------------------

WAIT_BAD = [
    pytest.param({"weekdays": []}, "day", id="no weekday ticked"),
    pytest.param({"earliest": "17:00", "latest": "09:00"}, "until", id="until before from"),
]


@pytest.mark.parametrize(("change", "words"), WAIT_BAD)
def test_a_bad_wait_list_entry_is_told_and_adds_nothing(served, chromium, change, words) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "front_desk")
    patient = _patient(practice)
    before = count(practice, "SELECT COUNT(*) FROM wait_list_entry")
    page.goto(f"/waitlist/new?patient={patient}")
    if "weekdays" in change:
        for box in page.locator("input[name=weekdays]").all():
            box.set_checked(False)
    if "earliest" in change:
        page.fill("#earliest", change["earliest"])
        page.fill("#latest", change["latest"])
    page.click("text=Add to the wait list")
    page.wait_for_load_state()
    _refused_on_the_form(page, words)
    assert count(practice, "SELECT COUNT(*) FROM wait_list_entry") == before
    checked(page, f"pages-62-waitlist-refused-{'days' if 'weekdays' in change else 'times'}")
    context.close()


def test_a_wait_list_entry_double_clicked_is_one(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "front_desk")
    patient = _patient(practice)
    sql = "SELECT COUNT(*) FROM wait_list_entry WHERE patient_id = :p AND status = 'waiting'"
    before = count(practice, sql, p=patient)
    page.goto(f"/waitlist/new?patient={patient}")
    page.fill("#earliest", "13:00")
    page.fill("#latest", "17:00")
    double_clicked(page, "text=Add to the wait list", re.compile(r"/patients/\d+"))
    assert "Added to the wait list." in page.inner_text("main")
    assert count(practice, sql, p=patient) == before + 1
    earliest, latest = one(
        practice,
        "SELECT earliest_minute, latest_minute FROM wait_list_entry WHERE patient_id = :p ORDER BY id DESC",
        p=patient,
    )
    assert (earliest, latest) == (13 * 60, 17 * 60)
    page.goto("/waitlist")
    checked(page, "pages-62-waitlist-list")
    context.close()


# ---- a weekly series ------------------------------------------------------------------------------

SERIES_BAD = [
    pytest.param("0", id="no week"),
    pytest.param("99", id="two years of weeks"),
]


def _series_form(page, patient: int, provider: int, day: date, weeks: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"/schedule/book?patient={patient}&provider={provider}&day={day.isoformat()}&time=14:15")
    page.wait_for_selector("#book-button")
    page.check("#repeat")
    for box in page.locator("input[name=weekdays]").all():
        box.set_checked(box.get_attribute("value") == str(day.weekday()))
    # the browser's own check on a number field would stop the form before the server sees it: the
    # server's answer is what is tried here (a person's browser may not check)
    page.evaluate("() => document.getElementById('weeks').removeAttribute('max')")
    page.evaluate("() => document.getElementById('weeks').removeAttribute('min')")
    page.fill("#weeks", weeks)


def _series_provider(practice) -> int:  # type: ignore[no-untyped-def]
    return int(
        one(
            practice,
            "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' ORDER BY id LIMIT 1 OFFSET 1",
        )[0]
    )


@pytest.mark.parametrize("weeks", SERIES_BAD)
def test_a_series_of_a_bad_length_is_told_and_books_nothing(served, chromium, weeks) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "front_desk")
    patient, provider = _patient(practice), _series_provider(practice)
    day = open_day(date(2027, 6, 7))
    sql = "SELECT COUNT(*) FROM appointment WHERE patient_id = :p AND starts_at >= :d"
    before = count(practice, sql, p=patient, d=day)
    _series_form(page, patient, provider, day, weeks)
    page.click("#book-button")
    page.wait_for_load_state()
    _refused_on_the_form(page, "week")
    assert count(practice, sql, p=patient, d=day) == before
    checked(page, f"pages-62-series-refused-{weeks}")
    context.close()


def test_a_series_double_clicked_books_its_weeks_once(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "front_desk")
    patient, provider = _patient(practice), _series_provider(practice)
    day = open_day(date(2027, 7, 12))
    _series_form(page, patient, provider, day, "4")
    double_clicked(page, "#book-button", re.compile(r"/schedule\?"))
    assert "Booked 4 visits." in page.inner_text("main")
    sql = """SELECT COUNT(*) FROM appointment WHERE patient_id = :p AND provider_id = :v AND status = 'booked'
        AND starts_at >= :d AND starts_at < :e"""
    assert count(practice, sql, p=patient, v=provider, d=day, e=day + timedelta(weeks=5)) == 4
    checked(page, "pages-62-series-booked-once")
    context.close()


# ---- an authorization and insurance ------------------------------------------------------------------

AUTH_BAD = [
    pytest.param(
        {"start": "2027-03-01", "end": "2027-01-31", "visits": "12"}, "until", id="ends before it starts"
    ),
    pytest.param(
        {"start": "2027-01-01", "end": "2027-03-31", "visits": "400"},
        "365",
        id="more visits than a year's days",
    ),
]


def _auth_form(page, patient: int, start: str, end: str, visits: str, number: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"/patients/{patient}/authorizations/new")
    page.select_option("#auth-payer", label="Aetna Choice")
    page.select_option("#auth-discipline", "PT")
    page.fill("#auth-number", number)
    page.fill("#auth-start", start)
    page.fill("#auth-end", end)
    page.evaluate("() => document.getElementById('auth-visits').removeAttribute('max')")
    page.fill("#auth-visits", visits)


@pytest.mark.parametrize(("typed", "words"), AUTH_BAD)
def test_a_bad_authorization_is_told_and_adds_nothing(served, chromium, typed, words) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "front_desk")
    patient = _patient(practice)
    before = count(practice, "SELECT COUNT(*) FROM prior_authorization WHERE patient_id = :p", p=patient)
    _auth_form(page, patient, typed["start"], typed["end"], typed["visits"], "AET-62-BAD")
    page.click("text=Add the authorization")
    page.wait_for_load_state()
    _refused_on_the_form(page, words)
    assert page.locator("[aria-invalid=true], [role=alert]").count() >= 1, page.inner_text("main")[:800]
    assert (
        count(practice, "SELECT COUNT(*) FROM prior_authorization WHERE patient_id = :p", p=patient) == before
    )
    # what was typed stays on the form
    assert page.input_value("#auth-number") == "AET-62-BAD"
    checked(page, f"pages-62-authorization-refused-{typed['visits']}")
    context.close()


def test_an_authorization_double_clicked_is_one(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "front_desk")
    patient = _patient(practice)
    _auth_form(page, patient, "2027-01-04", "2027-04-30", "16", "AET-62-ONE")
    double_clicked(page, "text=Add the authorization", re.compile(rf"/patients/{patient}\?done="))
    assert "Authorization added." in page.inner_text("main")
    assert one(
        practice,
        "SELECT COUNT(*), MAX(visits_approved) FROM prior_authorization WHERE patient_id = :p AND number = 'AET-62-ONE'",
        p=patient,
    ) == (1, 16)
    checked(page, "pages-62-authorization-added-once")
    context.close()


def test_insurance_without_a_member_id_is_told_and_double_clicked_is_one(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "front_desk")
    patient = _patient(practice)
    sql = "SELECT COUNT(*) FROM insurance_policy WHERE patient_id = :p"
    before = count(practice, sql, p=patient)
    page.goto(f"/patients/{patient}/insurance/new")
    page.select_option("#ins-payer", label="Aetna Choice")
    page.select_option("#ins-priority", "2")
    page.fill("#ins-member", "   ")  # passes the browser's `required`, says nothing
    page.fill("#ins-from", "2027-01-01")
    page.click("text=Add the insurance")
    page.wait_for_load_state()
    _refused_on_the_form(page, "member")
    assert count(practice, sql, p=patient) == before
    checked(page, "pages-62-insurance-refused")
    page.fill("#ins-member", "W62000111")
    page.fill("#ins-copay", "abc")
    page.click("text=Add the insurance")
    page.wait_for_load_state()
    _refused_on_the_form(page, "copay")
    assert count(practice, sql, p=patient) == before
    page.fill("#ins-copay", "25")
    double_clicked(page, "text=Add the insurance", re.compile(rf"/patients/{patient}\?done="))
    assert "Insurance added." in page.inner_text("main")
    assert count(practice, sql, p=patient) == before + 1
    assert one(
        practice,
        "SELECT priority FROM insurance_policy WHERE patient_id = :p AND member_id = 'W62000111'",
        p=patient,
    ) == (2,)
    context.close()


# ---- the ledger: a payment and a statement ----------------------------------------------------------

PAY_BAD = [
    pytest.param("abc", "", "dollars and cents", id="not a number"),
    pytest.param("-5.00", "", "amount", id="negative"),
    pytest.param("0", "", "amount", id="zero"),
    pytest.param("12.345", "", "dollars and cents", id="a fraction of a cent"),
    pytest.param("20.00", "2099-01-01", "", id="received in the future"),
]


def _ledger_patient(practice) -> int:  # type: ignore[no-untyped-def]
    return int(
        one(
            practice,
            "SELECT c.patient_id FROM claim c WHERE c.status = 'paid' AND c.clinic_id = 1 ORDER BY c.id LIMIT 1",
        )[0]
    )


@pytest.mark.parametrize(("amount", "received", "words"), PAY_BAD)
def test_a_bad_payment_is_told_and_posts_nothing(served, chromium, amount, received, words) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "biller")
    patient = _ledger_patient(practice)
    before = count(practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p", p=patient)
    page.goto(f"/billing/patients/{patient}/ledger")
    page.evaluate("() => document.getElementById('received_on').removeAttribute('max')")
    page.fill("#amount", amount)
    if received:
        page.fill("#received_on", received)
    page.click("#post-payment")
    page.wait_for_load_state()
    _refused_on_the_form(page, words)
    assert page.locator("[role=alert]").count() >= 1
    assert count(practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p", p=patient) == before
    assert page.input_value("#amount") == amount
    checked(page, f"pages-62-payment-refused-{amount.replace('.', '_')}")
    context.close()


def test_a_payment_double_clicked_posts_once_and_the_statement_shows_it(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "biller")
    patient = _ledger_patient(practice)
    sql = "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'patient'"
    before = count(practice, sql, p=patient)
    page.goto(f"/billing/patients/{patient}/ledger")
    page.fill("#amount", "37.50")
    page.select_option("#method", "check")
    page.fill("#reference", "6201")
    double_clicked(page, "#post-payment", re.compile(rf"/billing/patients/{patient}/ledger\?done="))
    assert "Payment of $37.50 posted." in page.inner_text("main")
    assert count(practice, sql, p=patient) == before + 1
    assert one(
        practice,
        "SELECT amount_cents FROM payment WHERE patient_id = :p AND reference = 'check 6201'",
        p=patient,
    ) == (3750,)
    assert "$37.50" in page.inner_text("#ledger")
    checked(page, "pages-62-payment-posted-once")
    statement = page.request.get(f"/billing/patients/{patient}/statement.pdf")
    assert statement.status == 200 and statement.headers["content-type"] == "application/pdf"
    assert statement.body().startswith(b"%PDF")
    context.close()


# ---- a denial written off ---------------------------------------------------------------------------


def _denied(practice) -> int:  # type: ignore[no-untyped-def]
    return int(
        one(
            practice,
            """SELECT c.id FROM claim c WHERE c.status = 'denied' AND c.clinic_id = 1
            AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id) ORDER BY c.id LIMIT 1""",
        )[0]
    )


def test_a_denial_written_off_without_a_reason_is_told_and_double_clicked_is_one(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "biller")
    claim = _denied(practice)
    status = one(practice, "SELECT status FROM claim WHERE id = :c", c=claim)[0]
    actions = "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c"
    page.goto(f"/billing/claims/{claim}")
    page.fill("#wo-reason", "   ")
    page.click("#write-off-button")
    page.wait_for_load_state()
    _refused_on_the_form(page, "reason")
    assert count(practice, actions, c=claim) == 0
    assert one(practice, "SELECT status FROM claim WHERE id = :c", c=claim)[0] == status
    checked(page, "pages-62-write-off-refused")
    page.fill("#wo-reason", "Past the payer's timely filing limit")
    double_clicked(page, "#write-off-button", re.compile(rf"/billing/claims/{claim}\?done="))
    assert count(practice, actions, c=claim) == 1
    assert one(practice, "SELECT kind FROM claim_action WHERE claim_id = :c", c=claim)[0] == "written_off"
    assert "timely filing" in page.inner_text("main")
    checked(page, "pages-62-write-off-once")
    context.close()


# ---- the claims list's pages ------------------------------------------------------------------------


def test_the_claims_list_pages_on_without_repeating_a_claim(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, context, page = _page(served, chromium, "biller")
    paid = count(practice, "SELECT COUNT(*) FROM claim WHERE status = 'paid'")
    page.goto("/billing/claims?status=paid")
    seen: list[str] = []
    for _ in range(60):
        seen += re.findall(r'href="/billing/claims/(\d+)"', page.inner_html("#claims-found"))
        following = page.locator("nav.pager >> text=Next page")
        if not following.count():
            break
        following.first.click()
        page.wait_for_load_state()
    checked(page, "pages-62-claims-last-page")
    assert len(seen) == len(set(seen)) == paid, (len(seen), len(set(seen)), paid)
    context.close()
