"""One answer to "is this day open" (#20): the schedule page and the assistant both ask
core.scheduling.closed_days.day_status, so they say the same day open, closed or with nobody working, and
the same next open day. Before, the assistant read the calendar alone (closed_days.next_open): a Saturday
before a Monday every provider is off gave Monday as the next open day where the page gave Tuesday, and
"are we open" that Monday was answered yes. And nobody working is said with its reason: breaks that cover
every provider's hours are no "time off" (the page said "every provider is on time off" for both).
Table-driven, on SQLite and PostgreSQL; the demo's today is Tue Nov 24, 2026."""

import html
import re
from datetime import date, datetime, time, timedelta

import pytest
from page_helpers import page_client
from scheduling_helpers import NY
from sqlmodel import col, select
from test_assistant_pending_changes import FRONT_DESK, _ask

from assistant import tools
from core.providers.models import Provider
from core.scheduling.closed_days import day_status
from core.scheduling.models import ProviderBreak, TimeOff

DEMO_SIZE = "tiny"

pytestmark = pytest.mark.usefixtures("demo_clock")

TIME_OFF_DAY = date(2027, 7, 12)  # a Monday: every provider of clinic 1 on time off
MIXED_DAY = date(2027, 7, 14)  # a Wednesday: half of them on a weekly break all day, half on time off
# Thursdays: every provider of clinic 1 on a weekly break that covers the whole day


@pytest.fixture(scope="module")
def staffed(practice):  # type: ignore[no-untyped-def]
    with practice.session() as session:
        ids = list(
            session.exec(
                select(Provider.id)
                .where(Provider.clinic_id == 1, col(Provider.is_active).is_(True))
                .order_by(col(Provider.id))
            ).all()
        )
        for n, pid in enumerate(ids):
            assert pid is not None
            start = datetime.combine(TIME_OFF_DAY, time(0), NY)
            session.add(
                TimeOff(provider_id=pid, starts_at=start, ends_at=start + timedelta(days=1), reason="x")
            )
            session.add(ProviderBreak(provider_id=pid, weekday=3, start_minute=0, end_minute=1440))
            if n % 2:
                session.add(ProviderBreak(provider_id=pid, weekday=2, start_minute=0, end_minute=1440))
            else:
                start = datetime.combine(MIXED_DAY, time(0), NY)
                session.add(
                    TimeOff(provider_id=pid, starts_at=start, ends_at=start + timedelta(days=1), reason="x")
                )
        session.commit()
    return ids


# (the day asked, the assistant's words, the page's notice or None on an open day, the next open day)
ROWS = [
    (
        TIME_OFF_DAY,
        "No: no provider is working on Mon Jul 12, 2027 (every provider is on time off)",
        "No provider is working on Monday, July 12 (every provider is on time off).",
        date(2027, 7, 13),
    ),
    (
        date(2027, 7, 15),
        "No: no provider is working on Thu Jul 15, 2027 (breaks cover every provider's hours)",
        "No provider is working on Thursday, July 15 (breaks cover every provider's hours).",
        date(2027, 7, 16),
    ),
    (
        MIXED_DAY,
        "No: no provider is working on Wed Jul 14, 2027 (every provider is on time off or on a break)",
        "No provider is working on Wednesday, July 14 (every provider is on time off or on a break).",
        date(2027, 7, 16),
    ),
    # a Saturday before the Monday every provider is off: the next open day is the Tuesday
    (
        date(2027, 7, 10),
        "No, the clinic is closed on Sat Jul 10, 2027 (none of the clinic's providers works Saturdays).",
        "The clinic is closed on Saturday, July 10 (none of the clinic's providers works Saturdays).",
        date(2027, 7, 13),
    ),
    # must not change: a holiday, an open day, a Wednesday half of them work
    (
        date(2027, 7, 5),
        "No, the clinic is closed on Mon Jul 5, 2027 (Independence Day, a holiday).",
        "The clinic is closed on Monday, July 5 (Independence Day, a holiday).",
        date(2027, 7, 6),
    ),
    (date(2027, 7, 13), "Yes, the clinic is open on Tue Jul 13, 2027", None, None),
    (date(2027, 7, 21), "Yes, the clinic is open on Wed Jul 21, 2027", None, None),
]


@pytest.mark.parametrize(("day", "answer", "notice", "reopens"), ROWS, ids=[str(r[0]) for r in ROWS])
def test_the_page_and_the_assistant_say_the_same(
    practice, staffed, day: date, answer: str, notice: str | None, reopens: date | None
) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        status = day_status(session, 1, day)
    assert status.reopens == reopens
    said = _ask(practice, FRONT_DESK, f"are we open {day:%B} {day.day} {day.year}")["answer"]
    assert answer in said, said
    nxt = f"The next open day is {tools.day_words(reopens)}." if reopens else "The next open day"
    assert (nxt in said) == (reopens is not None), said
    page = page_client(practice, "front_desk").get(f"/schedule?day={day}&clinic=1")
    assert page.status_code == 200, page.text
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", page.text)).split())
    if notice is None:
        assert 'id="closed-day"' not in page.text and 'class="open-slot"' in page.text
        return
    assert notice in text, text[:2000]
    assert f"day={reopens}" in page.text.split('id="closed-day"', 1)[1].split("</p>", 1)[0]


@pytest.mark.parametrize(
    ("day", "clinics", "closed", "nobody"),
    [
        # a user of both clinics: a day one of them works is open
        (TIME_OFF_DAY, [1, 2], None, ""),
        (TIME_OFF_DAY, [1], None, "every provider is on time off"),
        (date(2027, 7, 10), [1, 2], "Saturdays", ""),
    ],
)
def test_several_clinics_are_open_where_one_is(practice, staffed, day, clinics, closed, nobody) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        status = day_status(session, clinics, day)
    assert (status.closed, status.nobody_why) == (closed, nobody)
