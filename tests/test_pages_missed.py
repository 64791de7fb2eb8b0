"""The front desk's clinic-wide list of visits not kept (#20): late cancellations were stored but shown
only on each patient's page. In Debian's Chromium at 1024 x 768, through the pages: a visit cancelled by
the patient two hours ahead and one marked a no-show appear on the list reached from home, with the
provider filter and the date range; the database says the same; the page passes axe-core and is saved
as var/screenshots/missed-*.png."""

import re
from datetime import UTC, datetime, timedelta

from browser_support import alert_saying, checked, logged_in, needs_chromium
from conftest import DEMO_NOW
from scheduling_helpers import NY, one

from core.timeutil import clock_at

DEMO_SIZE = "tiny"

pytestmark = needs_chromium


def _instant(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC)


def _listed(practice, first: str, last: str, provider: int | None) -> set[int]:  # type: ignore[no-untyped-def]
    """The appointments the list must show: no-shows and late cancellations of those days."""
    from sqlalchemy import text

    start = datetime.fromisoformat(first).replace(tzinfo=NY).astimezone(UTC).replace(tzinfo=None)
    end = (datetime.fromisoformat(last) + timedelta(days=1)).replace(tzinfo=NY).astimezone(UTC)
    sql = text(
        "SELECT id, provider_id FROM appointment WHERE clinic_id = 1 AND starts_at >= :s AND starts_at < :e "
        "AND (status = 'no_show' OR (status = 'cancelled' AND late_cancel))"
    ).bindparams(s=start, e=end.replace(tzinfo=None))
    with practice.session() as session:
        rows = session.exec(sql).all()
    return {a for a, p in rows if provider is None or p == provider}


def test_the_desk_lists_no_shows_and_late_cancellations_by_dates_and_provider(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    missed, provider, earlier = one(
        practice,
        """SELECT a.id, a.provider_id, a.starts_at FROM appointment a WHERE a.clinic_id = 1
        AND a.status = 'booked' AND a.starts_at > :after ORDER BY a.starts_at, a.id LIMIT 1""",
        after=(DEMO_NOW + timedelta(days=1)).astimezone(UTC).replace(tzinfo=None),
    )
    late, starts = one(
        practice,
        """SELECT id, starts_at FROM appointment WHERE clinic_id = 1 AND status = 'booked' AND provider_id = :p
        AND starts_at > :after ORDER BY starts_at LIMIT 1""",
        p=provider,
        after=(_instant(earlier) + timedelta(hours=3)).replace(tzinfo=None),
    )
    other = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND id <> :p AND is_active ORDER BY id LIMIT 1",
        p=provider,
    )[0]
    day = _instant(starts).astimezone(NY).date()
    context, page = logged_in(chromium, server, practice.user("front_desk"))  # on the wall clock
    with clock_at(_instant(starts) - timedelta(hours=2)):
        # 1. The patient calls two hours ahead: cancelled on the visit's page, a late cancellation.
        page.goto(f"/appointments/{late}")
        page.fill("#reason", "car broke down")
        page.check("#by-patient")
        page.click("text=Cancel the appointment")
        page.wait_for_url(re.compile(r"done="))
        assert one(practice, "SELECT status, late_cancel FROM appointment WHERE id = :a", a=late) == (
            "cancelled",
            True,
        )
        # 2. An earlier visit of the same provider, marked a no-show on its page.
        page.goto(f"/appointments/{missed}")
        page.click("text=Mark a no-show")
        page.wait_for_load_state()
        assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=missed)[0] == "no_show"

        # 3. From home to the list: the last 30 days by default, so the days are chosen.
        page.goto("/")
        page.click("#missed-link")
        page.wait_for_url(re.compile(r"/schedule/missed"))
        first = (_instant(earlier).astimezone(NY).date() - timedelta(days=1)).isoformat()
        page.fill("#first", first)
        page.fill("#last", day.isoformat())
        page.click("#missed-filter button")
        page.wait_for_url(re.compile(r"first="))
        shown = {int(a) for a in re.findall(r'href="/appointments/(\d+)"', page.inner_html("#missed"))}
        assert shown == _listed(practice, first, day.isoformat(), None) and {late, missed} <= shown
        row = page.locator(f'#missed tr:has(a[href="/appointments/{late}"])').inner_text()
        assert "Late cancellation" in row and "car broke down" in row
        assert "No-show" in page.locator(f'#missed tr:has(a[href="/appointments/{missed}"])').inner_text()
        checked(page, "missed-1-all-providers")

        # 4. One provider's, then another's: only theirs.
        page.select_option("#provider", str(provider))
        page.click("#missed-filter button")
        page.wait_for_load_state()
        shown = {int(a) for a in re.findall(r'href="/appointments/(\d+)"', page.inner_html("#missed"))}
        assert shown == _listed(practice, first, day.isoformat(), provider)
        assert page.input_value("#provider") == str(provider)
        checked(page, "missed-2-one-provider")
        page.select_option("#provider", str(other))
        page.click("#missed-filter button")
        page.wait_for_load_state()
        assert f'href="/appointments/{late}"' not in page.content()

        # 5. A range that ends before it starts is said, not an error page.
        page.fill("#first", day.isoformat())
        page.fill("#last", first)
        page.click("#missed-filter button")
        page.wait_for_load_state()
        alert_saying(page, "ends before it starts")
    # Every list that showed it was an audited read of its patient's appointments (one entry a page).
    patient = one(practice, "SELECT patient_id FROM appointment WHERE id = :a", a=late)[0]
    reads = one(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE action = 'appointment.read' AND patient_id = :p "
        "AND record_type = 'appointment' AND (record_id = :a OR detail LIKE :listed)",
        p=patient,
        a=str(late),
        listed=f"%{late}%",
    )[0]
    assert reads >= 2
    context.close()
