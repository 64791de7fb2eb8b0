"""A discharge signed on the pages ends the plan of care and puts the visits still booked in front of
whoever cancels them (#20, new-user trial 52), in Debian's Chromium at 1024 x 768: a PT opens a visit as
a discharge, gives each goal 'met' and the reason 'goals met', signs; the signed note lists the visits
booked after it (the therapist's role does not cancel them); the chart shows the plan discharged with no
goal overdue; the owner opens the note, confirms and cancels them in one click. The database is read
after each step; every page passes axe-core, fits the screen and is saved (discharge52-*.png)."""

import re

from browser_support import checked, logged_in, needs_chromium
from page_helpers import provider_user
from scheduling_helpers import one
from sqlalchemy import text
from test_browser_reports import _booked, _every_goal_a_status, _open, _save, _sign, _soap

pytestmark = needs_chromium

BOOKED_AFTER = """SELECT count(*) FROM appointment a JOIN provider p ON p.id = a.provider_id
    JOIN visit v ON v.id = :v WHERE a.patient_id = :p AND a.status = :s AND p.discipline = 'PT'
    AND a.starts_at > v.service_date"""


def test_a_signed_discharge_ends_the_plan_and_its_visits_are_cancelled_once_confirmed(
    served, chromium
) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    appointment, provider, patient = _booked(practice, "follow-up", progress_due=False, skip=4)
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    visit = _open(page, appointment, "discharge", "discharge52-1-start")
    _soap(page, [("97110", 23)])
    _every_goal_a_status(page, "met")
    page.select_option("#discharge_reason", "goals met")
    note = _save(page)
    plan = one(practice, "SELECT plan_id FROM visit WHERE id = :v", v=visit)[0]
    if plan is None:
        plan = one(
            practice, "SELECT discharge_note_id, id FROM plan_of_care WHERE patient_id = :p", p=patient
        )[1]
    # saved, not signed: the plan goes on
    assert (
        one(
            practice,
            "SELECT count(*) FROM plan_of_care WHERE patient_id = :p AND discharged_on IS NOT NULL",
            p=patient,
        )[0]
        == 0
    )
    checked(page, "discharge52-2-review")
    _sign(page)
    booked = one(practice, BOOKED_AFTER, p=patient, v=visit, s="booked")[0]
    assert booked > 0
    discharged = one(
        practice,
        "SELECT id, discharge_reason FROM plan_of_care WHERE patient_id = :p AND discharge_note_id = :n",
        p=patient,
        n=note,
    )
    assert discharged[1] == "goals met"
    with practice.engine.connect() as connection:
        statuses = {
            s
            for (s,) in connection.execute(
                text("SELECT status FROM plan_goal WHERE plan_id = :p"), {"p": discharged[0]}
            )
        }
    assert statuses == {"met"}
    page.goto(f"/notes/{note}/review")
    page.wait_for_selector("#booked-after")
    assert page.locator("#booked-after tbody tr").count() >= booked
    assert page.locator("#desk-cancels").count() == 1 and page.locator("#cancel-these").count() == 0
    checked(page, "discharge52-3-signed-with-visits")
    page.goto(f"/patients/{patient}/chart")
    assert page.locator(f"#plan-discharged-{discharged[0]}").count() == 1
    assert "(goals met)" in page.inner_text(f"#plan-discharged-{discharged[0]}")
    assert page.locator(f"#goals-overdue-{discharged[0]}").count() == 0
    checked(page, "discharge52-4-chart")
    context.close()

    owner = practice.user("owner")
    context, page = logged_in(chromium, server, owner)
    page.goto(f"/notes/{note}/review")
    page.wait_for_selector("#cancel-these")
    checked(page, "discharge52-5-owner-sees-visits")
    page.check("#confirm-cancel")
    page.click("#cancel-these")
    page.wait_for_url(re.compile(rf"/notes/{note}/review\?done="))
    assert "cancelled (reason: discharged)" in page.inner_text("main")
    assert one(practice, BOOKED_AFTER, p=patient, v=visit, s="booked")[0] == 0
    assert (
        one(
            practice,
            BOOKED_AFTER + " AND a.cancel_reason = 'discharged'",
            p=patient,
            v=visit,
            s="cancelled",
        )[0]
        == booked
    )
    assert page.locator("#booked-after").count() == 0
    checked(page, "discharge52-6-cancelled")
    context.close()
