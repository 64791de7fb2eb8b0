"""The front desk's day in a real browser (#20): Debian's Chromium, headless, at 1024 x 768, through the
pages only. Find a patient by birth date, open the day's schedule, click an open slot, find the patient
by 'Last, First', double-click Book (one appointment), check a patient in and mark a no-show from the
grid; the database is read afterwards. Every page passes axe-core (no serious or critical finding),
fits the screen without sideways scrolling, and is saved as a screenshot in var/screenshots.
"""

import re
from datetime import UTC, date, datetime, time, timedelta

from browser_support import SCREEN, checked, double_clicked, log_in, needs_chromium
from scheduling_helpers import NY, count, one, open_day
from sqlalchemy import text

from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = needs_chromium


def _instant(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _next_weekday(day: date) -> date:
    return open_day(day)


def _a_visit_today(practice) -> int:  # type: ignore[no-untyped-def]
    """A booked visit of today in clinic 1: the demo's own, or one written in for the test's setup."""
    now = utcnow()
    start = datetime.combine(now.astimezone(NY).date(), time(0), NY).astimezone(UTC).replace(tzinfo=None)
    found = one(
        practice,
        """SELECT id FROM appointment WHERE clinic_id = 1 AND status = 'booked' AND starts_at >= :s
        AND starts_at < :e ORDER BY starts_at LIMIT 1""",
        s=start,
        e=start + timedelta(days=1),
    )
    if found:
        return found[0]
    with practice.session() as session:
        provider, patient, kind = session.exec(
            text(
                """SELECT a.provider_id, a.patient_id, a.appointment_type_id FROM appointment a
                WHERE a.clinic_id = 1 ORDER BY a.id LIMIT 1"""
            )
        ).first()
        at = datetime.combine(now.astimezone(NY).date(), time(23, 0), NY).astimezone(UTC).replace(tzinfo=None)
        session.exec(
            text(
                """INSERT INTO appointment (clinic_id, patient_id, provider_id, appointment_type_id, starts_at,
                ends_at, status, cancel_reason, late_cancel, progress_due, created_at)
                VALUES (1, :p, :v, :k, :s, :e, 'booked', '', :f, :f, :s)"""
            ).bindparams(p=patient, v=provider, k=kind, s=at, e=at + timedelta(minutes=45), f=False)
        )
        session.commit()
    return _a_visit_today(practice)


def test_the_front_desk_finds_books_checks_in_and_marks_a_no_show_on_the_screens(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    patient_id, first, last, born = one(
        practice,
        """SELECT p.id, p.first_name, p.last_name, p.birth_date FROM patient p
        JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1 JOIN payer y ON y.id = i.payer_id
        WHERE p.clinic_id = 1 AND y.requires_authorization = :f
        AND (SELECT COUNT(*) FROM patient q WHERE q.birth_date = p.birth_date AND q.clinic_id = 1) = 1
        ORDER BY p.id LIMIT 1""",
        f=False,
    )
    born = born if isinstance(born, date) else date.fromisoformat(str(born))
    provider_id, provider_name = one(
        practice,
        "SELECT id, full_name FROM provider WHERE clinic_id = 1 AND credential = 'PT' ORDER BY id LIMIT 1",
    )
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    user = practice.user("front_desk")
    log_in(page, user.email, user.password)
    checked(page, "desk-1-home")
    # the day's schedule fits its card: its check-in and no-show buttons were cut by the card's edge
    edges = page.evaluate(
        """() => { const card = document.querySelector('section[aria-labelledby=visits-h]').getBoundingClientRect();
        const wide = [...document.querySelectorAll('section[aria-labelledby=visits-h] table, section[aria-labelledby=visits-h] button')]
          .map(e => e.getBoundingClientRect().right);
        return [card.right, Math.max(...wide)]; }"""
    )
    assert edges[1] <= edges[0], edges
    assert page.locator(".alerts a").count() >= 1  # alerts link to the thing to do

    # 1. Find the patient by birth date.
    page.click("nav >> text=Patients")
    page.fill("#q", born.strftime("%m/%d/%Y"))
    page.click("main form[role=search] button[type=submit]")
    row = page.locator("table tbody tr", has_text=last)
    assert row.count() == 1 and born.strftime("%m/%d/%Y") in row.inner_text()
    checked(page, "desk-2-found-by-birth-date")

    # 2. The day grid of every provider; an open slot of a coming weekday, clicked.
    day = _next_weekday(date(2027, 3, 2))
    page.click("nav >> text=Schedule")
    page.fill("#day", day.isoformat())
    page.click("main form[aria-label='Choose the day'] button[type=submit]")
    page.wait_for_url(re.compile(rf"day={day.isoformat()}"))
    assert page.locator("table.day-grid thead th").count() >= 3
    checked(page, "desk-3-schedule")
    slot = page.locator(f'a.open-slot[href*="provider={provider_id}&"][href*="time=10%3A15"]')
    assert slot.count() == 1, f"no open 10:15 for {provider_name}"
    slot.click()
    page.wait_for_url(re.compile(r"/schedule/book\?"))

    # 3. The patient by 'Last, First', then Book double-clicked: one appointment.
    page.fill("#q", f"{last}, {first}")
    page.click("main form[role=search] button[type=submit]")
    page.locator("#found a", has_text=f"{last}, {first}").click()
    page.wait_for_selector("#book-button")
    assert page.input_value("#btime") == "10:15" and page.input_value("#bday") == day.isoformat()
    checked(page, "desk-4-booking-form")
    before = count(practice, "SELECT COUNT(*) FROM appointment WHERE patient_id = :p", p=patient_id)
    double_clicked(page, "#book-button", re.compile(r"/appointments/\d+\?"))
    assert "Booked." in page.inner_text("main")
    checked(page, "desk-5-booked")
    assert (
        count(practice, "SELECT COUNT(*) FROM appointment WHERE patient_id = :p", p=patient_id) == before + 1
    )
    starts, status, booked_with = one(
        practice,
        "SELECT starts_at, status, provider_id FROM appointment WHERE patient_id = :p ORDER BY id DESC LIMIT 1",
        p=patient_id,
    )
    local = _instant(starts).astimezone(NY)
    assert (local.date(), local.time(), status, booked_with) == (day, time(10, 15), "booked", provider_id)

    # 4. Check a patient in from today's schedule.
    visit = _a_visit_today(practice)
    page.goto("/schedule")
    button = page.locator(f'form[action="/appointments/{visit}/check-in"] button')
    button.click()
    page.wait_for_load_state()
    assert "Checked in." in page.inner_text("main")
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=visit)[0] == "checked_in"
    checked(page, "desk-6-checked-in")

    # 5. Mark a no-show on the grid of a day gone by.
    missed, missed_at = one(
        practice,
        """SELECT id, starts_at FROM appointment WHERE clinic_id = 1 AND status = 'booked' AND starts_at < :n
        ORDER BY starts_at DESC LIMIT 1""",
        n=(utcnow() - timedelta(hours=1)).replace(tzinfo=None),
    )
    page.goto(f"/schedule?day={_instant(missed_at).astimezone(NY).date().isoformat()}")
    page.locator(f'form[action="/appointments/{missed}/no-show"] button').click()
    page.wait_for_load_state()
    assert "Marked a no-show." in page.inner_text("main")
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=missed)[0] == "no_show"
    assert page.locator(".appt.status-no_show").count() >= 1
    checked(page, "desk-7-no-show")

    # 6. Every alert is reachable, each naming its patient.
    page.goto("/alerts")
    checked(page, "desk-8-alerts")
    context.close()


def test_the_front_desk_takes_in_a_new_patient_with_an_authorization_on_the_screens(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    user = practice.user("front_desk")
    log_in(page, user.email, user.password)
    page.click("nav >> text=Patients")
    page.click("text=New patient")
    page.fill("#first_name", "Wilhelmina")
    page.fill("#last_name", "Oakenfold")
    page.fill("#birth_date", "1948-02-29")
    page.fill("#phone", "217-555-0177")
    page.fill("#city", "Springfield")
    page.fill("#state", "IL")
    checked(page, "desk-9-new-patient")
    double_clicked(page, "#patient-form button[type=submit]", re.compile(r"/patients/\d+\?"))
    assert "Patient added." in page.inner_text("main") and "Born 02/29/1948" in page.inner_text("main")
    assert count(practice, "SELECT COUNT(*) FROM patient WHERE last_name = 'Oakenfold'") == 1
    patient_id = int(re.search(r"/patients/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    page.select_option("#auth-payer", label="Aetna Choice")
    page.select_option("#auth-discipline", "PT")
    page.fill("#auth-number", "AET-9001")
    page.fill("#auth-start", "2026-12-01")
    page.fill("#auth-end", "2027-02-28")
    page.fill("#auth-visits", "12")
    page.click("text=Add the authorization")
    page.wait_for_load_state()
    assert "Authorization added." in page.inner_text("main")
    assert "AET-9001" in page.inner_text(".badges")
    checked(page, "desk-10-patient-with-authorization")
    assert one(
        practice,
        "SELECT visits_approved, discipline FROM prior_authorization WHERE patient_id = :p AND number = 'AET-9001'",
        p=patient_id,
    ) == (12, "PT")
    context.close()


def test_the_front_desk_books_a_series_edits_a_patient_waitlists_and_cancels_late_on_the_screens(
    served, chromium
) -> None:  # type: ignore[no-untyped-def]
    """Item 2's forms the two journeys above do not walk: a patient found by phone digits alone, their
    details edited, a weekly series booked from the booking form, the wait list, and a cancellation
    within a day of the visit shown as a late one on the patient's page; the database read after each."""
    practice, server = served
    patient_id, last, phone = one(
        practice,
        """SELECT p.id, p.last_name, p.phone FROM patient p
        JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1 JOIN payer y ON y.id = i.payer_id
        WHERE p.clinic_id = 1 AND y.requires_authorization = :f AND p.phone <> ''
        ORDER BY p.id DESC LIMIT 1""",
        f=False,
    )
    provider_id = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' ORDER BY id LIMIT 1 OFFSET 1",
    )[0]
    context = chromium.new_context(base_url=server.url, viewport=SCREEN)
    page = context.new_page()
    user = practice.user("front_desk")
    log_in(page, user.email, user.password)

    # 1. Found by the phone's digits alone, as a caller reads them out.
    digits = re.sub(r"\D", "", phone)
    page.click("nav >> text=Patients")
    page.fill("#q", digits)
    page.click("main form[role=search] button[type=submit]")
    row = page.locator("table tbody tr", has_text=last)
    assert row.count() >= 1
    checked(page, "desk-11-found-by-phone-digits")

    # 2. The details edited: the new city is the patient's.
    page.goto(f"/patients/{patient_id}")
    page.click("text=Edit details")
    page.wait_for_url(re.compile(rf"/patients/{patient_id}/edit"))
    page.fill("#city", "Peoria")
    checked(page, "desk-12-edit-patient")
    page.click("#patient-form button[type=submit]")
    page.wait_for_url(re.compile(rf"/patients/{patient_id}(\?|$)"))
    assert one(practice, "SELECT city FROM patient WHERE id = :p", p=patient_id)[0] == "Peoria"

    # 3. A weekly series of three from the booking form.
    day = _next_weekday(date(2027, 5, 3))
    page.goto(f"/schedule/book?patient={patient_id}&provider={provider_id}&day={day.isoformat()}&time=11:30")
    page.wait_for_selector("#book-button")
    page.check("#repeat")
    for box in page.locator("input[name=weekdays]").all():
        box.set_checked(box.get_attribute("value") == str(day.weekday()))
    page.fill("#weeks", "3")
    checked(page, "desk-13-weekly-series")
    page.click("#book-button")
    page.wait_for_url(re.compile(r"/schedule\?"))
    page.wait_for_load_state()
    booked = [
        _instant(at).astimezone(NY)
        for (at,) in _rows(
            practice,
            """SELECT starts_at FROM appointment WHERE patient_id = :p AND provider_id = :v
            AND status = 'booked' AND starts_at >= :s ORDER BY starts_at""",
            p=patient_id,
            v=provider_id,
            s=datetime.combine(day, time(0)),
        )
    ]
    assert [(b.date(), b.time()) for b in booked] == [
        (day + timedelta(weeks=n), time(11, 30)) for n in range(3)
    ], booked
    checked(page, "desk-14-series-booked")

    # 4. On the wait list for an earlier time.
    waiting = count(practice, "SELECT COUNT(*) FROM wait_list_entry WHERE patient_id = :p", p=patient_id)
    page.goto(f"/waitlist/new?patient={patient_id}")
    checked(page, "desk-15-wait-list")
    page.click("text=Add to the wait list")
    page.wait_for_load_state()
    assert "Added to the wait list." in page.inner_text("main")
    assert (
        count(practice, "SELECT COUNT(*) FROM wait_list_entry WHERE patient_id = :p", p=patient_id)
        == waiting + 1
    )

    # 5. A visit of today cancelled by the patient: a late cancellation, shown as one on their page.
    visit = _a_visit_today(practice)
    whose = one(practice, "SELECT patient_id FROM appointment WHERE id = :a", a=visit)[0]
    page.goto(f"/appointments/{visit}")
    page.fill("#reason", "Car trouble")
    page.check("#by-patient")  # who cancelled is said every time (no answer is chosen for the desk)
    page.click("text=Cancel the appointment")
    page.wait_for_load_state()
    status, late = one(practice, "SELECT status, late_cancel FROM appointment WHERE id = :a", a=visit)
    assert status == "cancelled" and late in (1, True)
    page.goto(f"/patients/{whose}")
    assert "Late cancellation" in page.inner_text("main")
    checked(page, "desk-16-late-cancellation-shown")
    context.close()


def _rows(practice, sql: str, **values: object) -> list:  # type: ignore[no-untyped-def]
    with practice.engine.connect() as connection:
        return list(connection.execute(text(sql), values).all())
