"""A discharged plan of care in Debian's Chromium (#20): the discharge (date, reason, note) and each
goal's status history read on the plan's page, which passes axe-core and fits 1024x768. Screenshot
var/screenshots/plan53-discharged.png."""

from browser_support import checked, logged_in, needs_chromium
from page_helpers import provider_user
from scheduling_helpers import one

pytestmark = needs_chromium

DEMO_SIZE = "tiny"


def test_the_discharged_plan_reads_its_discharge_and_goal_history(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    plan, note = one(
        practice,
        "SELECT id, discharge_note_id FROM plan_of_care WHERE discharge_note_id IS NOT NULL ORDER BY id LIMIT 1",
    )
    provider = one(practice, "SELECT provider_id FROM note WHERE id = :n", n=note)[0]
    context, page = logged_in(chromium, server, provider_user(practice, provider))
    page.goto(f"/plans/{plan}")
    assert page.inner_text("#discharged").startswith("on ")
    assert " on " in page.inner_text("#goals .goal-history")
    checked(page, "plan53-discharged")
    page.click("#discharged a")
    assert page.url.endswith(f"/notes/{note}/review")
    context.close()
