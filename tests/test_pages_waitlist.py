"""The front desk's wait-list page: who waits for what and when, since when; book from it, take
someone off it; reading it is audited, and it is in the desk's menu."""

import html
import re
from datetime import date

import pytest
from page_helpers import page_client
from scheduling_helpers import count, one, therapist, type_id

from core.scheduling.waitlist import Waiting, WaitListCreate, add_entry
from web.routers.waitlist_pages import when_words

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


@pytest.mark.parametrize(
    ("weekdays", "earliest", "latest", "words"),
    [
        ([0, 1, 2, 3, 4], 0, 1440, "any weekday, any time"),
        ([1, 3], 13 * 60, 17 * 60, "Tue, Thu, 1:00 PM to 5:00 PM"),
        ([0], 7 * 60 + 30, 12 * 60, "Mon, 7:30 AM to 12:00 PM"),
        ([0, 1, 2, 3, 4], 8 * 60, 18 * 60, "any weekday, 8:00 AM to 6:00 PM"),
        ([5], 0, 1440, "Sat, any time"),
    ],
)
def test_when_a_patient_can_come_reads_in_words(
    weekdays: list[int], earliest: int, latest: int, words: str
) -> None:
    entry = Waiting(
        entry_id=1,
        clinic_id=1,
        patient_id=1,
        patient="A B",
        visit_type="PT follow-up",
        appointment_type_id=1,
        provider_id=None,
        provider=None,
        weekdays=weekdays,
        earliest_minute=earliest,
        latest_minute=latest,
        since=date(2026, 11, 1),
    )
    assert when_words(entry) == words


def test_the_desk_sees_books_from_and_removes_from_the_wait_list(practice) -> None:  # type: ignore[no-untyped-def]
    patient_id, first, last = one(
        practice,
        "SELECT id, first_name, last_name FROM patient WHERE clinic_id = 1 ORDER BY id LIMIT 1 OFFSET 7",
    )
    provider_id = therapist(practice)
    provider = one(practice, "SELECT full_name FROM provider WHERE id = :p", p=provider_id)[0]
    kind = type_id(practice)
    with practice.session() as session:
        entry = add_entry(
            session,
            actor=practice.actor("front_desk", "riverside"),
            data=WaitListCreate(
                patient_id=patient_id,
                appointment_type_id=kind,
                provider_id=provider_id,
                weekdays=[1, 3],
                earliest_minute=13 * 60,
                latest_minute=17 * 60,
            ),
        )
        entry_id = entry.id
    desk = page_client(practice, "front_desk")
    home = desk.get("/")
    assert 'href="/waitlist"' in home.text
    reads = count(practice, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'wait_list'")
    page = desk.get("/waitlist")
    assert page.status_code == 200
    text = html.unescape(page.text)
    row = re.search(rf'<tr>\s*<td><a href="/patients/{patient_id}">.*?</tr>', text, re.S)
    assert row, text
    assert f"{first} {last}" in row.group(0) and provider in row.group(0)
    assert "Tue, Thu, 1:00 PM to 5:00 PM" in row.group(0)
    assert f"/schedule/book?patient={patient_id}&type={kind}&provider={provider_id}" in row.group(0)
    assert count(practice, "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'wait_list'") > reads
    # Nobody named: Book still opens on a provider who takes the visit (the form would start on its
    # first provider, an OT, and the OT's types).
    with practice.session() as session:
        anyone = add_entry(
            session,
            actor=practice.actor("front_desk", "riverside"),
            data=WaitListCreate(patient_id=patient_id, appointment_type_id=kind),
        ).id
    link = re.search(
        r'href="(/schedule/book\?[^"]+)"',
        desk.get("/waitlist").text.split(f"/waitlist/{anyone}/")[0].rsplit("<tr>", 1)[1],
    )
    assert link, "no Book link"
    named = int(re.search(r"provider=(\d+)", html.unescape(link.group(1))).group(1))  # type: ignore[union-attr]
    assert one(practice, "SELECT discipline, credential FROM provider WHERE id = :p", p=named)[0] == "PT"
    desk.post(f"/waitlist/{anyone}/remove")
    booking = desk.get(f"/schedule/book?patient={patient_id}&type={kind}&provider={provider_id}")
    assert booking.status_code == 200 and last in html.unescape(booking.text)

    done = desk.post(f"/waitlist/{entry_id}/remove", follow_redirects=True)
    assert "Taken off the wait list." in done.text
    assert one(practice, "SELECT status FROM wait_list_entry WHERE id = :e", e=entry_id)[0] == "removed"
    assert f'href="/patients/{patient_id}"' not in desk.get("/waitlist").text
    again = desk.post(f"/waitlist/{entry_id}/remove", follow_redirects=True)
    assert "no longer on the wait list" in html.unescape(again.text)
    refused = page_client(practice, "biller").post(f"/waitlist/{entry_id}/remove", follow_redirects=True)
    assert 'role="alert"' in refused.text and "no longer on the wait list" not in html.unescape(refused.text)
