"""A day already seen on the front desk's grid passes axe-core (#20: every page accessible). Tried as the
front desk (worker E, 12/07/2026, demo seed 7) at 1024 x 768: today's /schedule, with the morning's
visits done, had a serious color-contrast finding on every 'completed' (green #1a7f37 on the visit's
#ddf4ff: 4.47 to 1, under the 4.5 small text needs). The browser tests' grids were of days ahead, with
no visit completed."""

from datetime import UTC, datetime

from browser_support import SCREEN, checked, log_in, needs_chromium
from scheduling_helpers import NY, one

DEMO_SIZE = "tiny"

pytestmark = needs_chromium


def test_a_day_of_completed_visits_passes_axe_on_the_grid(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    latest = one(
        practice, "SELECT MAX(starts_at) FROM appointment WHERE clinic_id = 1 AND status = 'completed'"
    )[0]
    moment = latest if isinstance(latest, datetime) else datetime.fromisoformat(str(latest))
    day = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(NY).date()
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    user = practice.user("front_desk")
    log_in(page, user.email, user.password)
    page.goto(f"/schedule?day={day.isoformat()}")
    assert page.locator(".day-grid .state.completed").count() > 0  # the visits done that day are shown
    checked(page, "desk-schedule-day-done")  # axe-core: no serious finding; fits 1024 x 768
    context.close()
