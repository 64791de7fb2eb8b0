"""The wait list's 'Waiting since' is the day in the clinic's zone (#20): an entry made at 7:30 PM in
New York was stored at 00:30 UTC the next day and read as that next day. Core's Waiting.since is the
clinic's day (core.timeutil.local_day), and the page writes it with the pages' day helper (us_date)."""

import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from page_helpers import page_client
from scheduling_helpers import one, therapist, type_id

from core.scheduling.waitlist import WaitListCreate, add_entry, waiting
from core.timeutil import clock_at

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
NY = ZoneInfo("America/New_York")  # the demo clinics' zone

# (when the desk put the patient on the list, in the clinic's zone; the day the page shows)
ADDED = [
    (datetime(2026, 11, 20, 19, 30, tzinfo=NY), "11/20/2026"),  # 00:30 UTC on the 21st
    (datetime(2026, 11, 20, 23, 59, tzinfo=NY), "11/20/2026"),  # 04:59 UTC on the 21st
    # must not change: a day's morning and afternoon are the same day in both zones
    (datetime(2026, 11, 20, 9, 0, tzinfo=NY), "11/20/2026"),
    (datetime(2026, 11, 20, 0, 1, tzinfo=NY), "11/20/2026"),
]


@pytest.mark.parametrize(("added", "shown"), ADDED, ids=[a[0].strftime("%H:%M") for a in ADDED])
def test_waiting_since_is_the_clinics_day(practice, added, shown) -> None:  # type: ignore[no-untyped-def]
    patient_id = one(
        practice,
        "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id LIMIT 1 OFFSET :o",
        o=11 + ADDED.index((added, shown)),
    )[0]
    desk_actor = practice.actor("front_desk", "riverside")
    with clock_at(added), practice.session() as session:
        entry_id = add_entry(
            session,
            actor=desk_actor,
            data=WaitListCreate(
                patient_id=patient_id, appointment_type_id=type_id(practice), provider_id=therapist(practice)
            ),
        ).id
    with practice.session() as session:
        found = next(w for w in waiting(session, actor=desk_actor, limit=500) if w.entry_id == entry_id)
    assert found.since.strftime("%m/%d/%Y") == shown
    page = html.unescape(page_client(practice, "front_desk").get("/waitlist").text)
    row = re.search(
        rf"<tr>\s*<td><a href=\"/patients/{patient_id}\">.*?/waitlist/{entry_id}/remove.*?</tr>", page, re.S
    )
    assert row, "the entry is on the page"
    assert f"<td>{shown}</td>" in row.group(0), row.group(0)
