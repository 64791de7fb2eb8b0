"""Each role's home page shows its own work (#20): the biller's claims to work and the AR over 90 days
(no visit schedule), the owner's last full month from the dashboard's service with the link to it and
the notes not yet signed (the day's schedule a link away); the therapist's and front desk's day as
before. Figures shown are checked against the database; every home passes axe-core at 1024x768."""

from datetime import date, timedelta

import pytest
from browser_support import checked, logged_in, needs_chromium
from conftest import SCHEDULE_DAYS, on_day
from scheduling_helpers import count
from sqlalchemy import text

from core.kpis import compute, last_full_month
from core.notes import service as notes
from web.kpi_figures import judged_figure
from web.routers.pages import OWNER_SUMMARY, today_for

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
pytestmark = needs_chromium

# A payer's open balance on a line, as the aging counts it: a denied line is worked, not adjusted away.
OPEN_CENTS = """CASE WHEN l.status = 'written_off' THEN 0
    WHEN l.status = 'denied' THEN l.charge_cents - l.paid_cents - l.patient_responsibility_cents
    ELSE l.charge_cents - l.paid_cents - l.adjusted_cents - l.patient_responsibility_cents END"""


def _clinics(practice, role: str) -> str:  # type: ignore[no-untyped-def]
    actor = practice.actor(role)
    return ", ".join(str(int(c)) for c, r in actor.roles.items() if r == role)


def test_the_biller_home_is_their_work_list_not_the_schedule(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    clinics = _clinics(practice, "biller")
    with practice.session() as session:
        today = today_for(session, practice.actor("biller"))
    cut = today - timedelta(days=90)  # 91 days and more since the date of service
    # A claim the payer rejected before adjudication (a 277CA) is still owed once fixed and sent again:
    # the biller and the owner read it among the AR over 90 days, as the aging page ages it; a void claim
    # is owed by nobody (must not change). The demo has neither, so two old denied claims become them.
    with practice.session() as session:
        made = [
            row[0]
            for row in session.exec(
                text(
                    f"SELECT id FROM claim WHERE status = 'denied' AND clinic_id IN ({clinics}) "
                    "AND service_date < :cut ORDER BY id LIMIT 2"
                ).bindparams(cut=cut)
            )
        ]
        assert len(made) == 2, "the demo has old denied claims"
        for claim_id, status in zip(made, ("rejected", "void"), strict=True):
            session.exec(text("UPDATE claim SET status = :s WHERE id = :c").bindparams(s=status, c=claim_id))
        session.commit()
    expected = {
        "work-rejected": count(
            practice, f"SELECT count(*) FROM claim WHERE status = 'rejected' AND clinic_id IN ({clinics})"
        ),
        "work-ready": count(
            practice, f"SELECT count(*) FROM claim WHERE status = 'ready' AND clinic_id IN ({clinics})"
        ),
        "work-held": count(
            practice, f"SELECT count(*) FROM claim WHERE status = 'held' AND clinic_id IN ({clinics})"
        ),
        "work-denied": count(
            practice,
            "SELECT count(*) FROM claim_line l JOIN claim c ON c.id = l.claim_id "
            f"WHERE l.status = 'denied' AND c.clinic_id IN ({clinics})",
        ),
        "work-charges": count(
            practice, f"SELECT count(*) FROM charge WHERE status = 'open' AND clinic_id IN ({clinics})"
        ),
    }
    owed = count(
        practice,
        f"SELECT COALESCE(SUM({OPEN_CENTS}), 0) FROM claim_line l JOIN claim c ON c.id = l.claim_id "
        f"WHERE c.clinic_id IN ({clinics}) "
        "AND c.status IN ('submitted', 'rejected', 'partially_paid', 'paid', 'denied') "
        "AND c.service_date < :cut",
        cut=cut,
    ) + count(
        practice,
        "SELECT COALESCE(SUM(amount_cents), 0) FROM opening_balance "
        f"WHERE clinic_id IN ({clinics}) AND payer_id IS NOT NULL AND service_date < :cut",
        cut=cut,
    )
    assert sum(expected.values()) > 0 and owed > 0, "the demo has billing work to show"
    context, page = logged_in(chromium, server, practice.user("biller"))
    try:
        page.goto("/")
        assert page.locator("h1").inner_text() == "Your work"
        for cell, value in expected.items():
            assert page.locator(f"#{cell}").inner_text() == f"{value:,}", cell
        assert page.locator("#work-over-90").inner_text() == f"${owed / 100:,.2f}"
        # each count links to where it is worked
        links = {a.get_attribute("href") for a in page.locator("#biller-work a").all()}
        assert {
            "/billing/claims#send-h",
            "/billing/claims#held-h",
            "/billing/denials",
            "/billing/aging",
        } <= links
        # the work comes before the alerts, and there is no visit schedule
        assert page.locator("#work-h").bounding_box()["y"] <= page.locator("#alerts-h").bounding_box()["y"]
        main = page.locator("main").inner_text().lower()
        assert "schedule" not in main and "visits" not in main
        assert page.locator("#visits-h, #day").count() == 0
        checked(page, "home-biller")
        page.click("#biller-work a[href='/billing/denials']")
        page.wait_for_url("**/billing/denials")
    finally:
        context.close()


def test_the_owner_home_summarises_last_month_and_keeps_the_notes_not_signed(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    owner = practice.actor("owner")
    with practice.session() as session:
        today = today_for(session, owner)
        start, end = last_full_month(today)
        kpis = compute(session, actor=owner, start=start, end=end, keys=list(OWNER_SUMMARY))
        waiting = notes.waiting(session, actor=owner, limit=50)
    # the denial rate's own count, from the claim lines: adjudicated claims with a denied line
    answered = count(
        practice,
        "SELECT count(*) FROM claim WHERE status IN ('paid', 'partially_paid', 'denied') "
        "AND service_date BETWEEN :s AND :e",
        s=start,
        e=end,
    )
    context, page = logged_in(chromium, server, practice.user("owner"))
    try:
        page.goto("/")
        assert page.locator("h1").inner_text() == "Your practice"
        for kpi in kpis:
            assert page.locator(f"#kpi-{kpi.key}").inner_text() == judged_figure(
                kpi.value, kpi.unit, kpi.target
            )
        denial = next(k for k in kpis if k.key == "denial_rate")
        assert denial.denominator == answered > 0  # the figure shown stands on the month's claims
        paid = count(
            practice,
            "SELECT COALESCE(SUM(p.amount_cents), 0) FROM payment p JOIN claim c ON c.id = p.claim_id "
            "WHERE c.status IN ('paid', 'partially_paid', 'denied') AND c.service_date BETWEEN :s AND :e",
            s=start,
            e=end,
        )
        assert page.locator("#collected").inner_text() == (
            f"Collected ${paid / 100:,.2f} on {answered:,} billed visits the payers have answered."
        )
        href = page.locator("#dashboard-link").get_attribute("href")
        assert href == f"/owner/kpis?from={start}&to={end}"
        assert page.locator("#schedule-link").get_attribute("href") == f"/schedule?day={today}"
        assert page.locator("#visits-h").count() == 0  # the schedule is a link away, not the page
        shown_rows = page.locator("#notes-h + div tbody tr, #cosign-h + div tbody tr").count()
        assert shown_rows == len(waiting) > 0
        checked(page, "home-owner")
        page.click("#dashboard-link")
        page.wait_for_url("**/owner/kpis?**")
        assert "Clean-claim rate" in page.locator("main").inner_text()
    finally:
        context.close()


@pytest.mark.parametrize("day", SCHEDULE_DAYS, ids=str)
def test_the_therapist_and_front_desk_homes_are_their_day(served, chromium, day: date) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    for role, heading, name in (
        ("therapist", "Your visits on", "home-therapist"),
        ("front_desk", "The clinic's schedule on", "home-front-desk"),
    ):
        context, page = logged_in(chromium, server, practice.user(role))
        try:
            with on_day(day):  # the day's schedule: a day with visits, and one without
                page.goto("/")
                assert page.locator("h1").inner_text() == "Your day"
                assert page.locator("#visits-h").inner_text().startswith(heading)
                assert page.locator("#day").count() == 1
                assert page.locator("#biller-work, #owner-summary").count() == 0
                checked(page, f"{name}-{day:%a}")
        finally:
            context.close()
