"""The clinician's home page on a day ahead (/?day=...) offers 'Prepare ahead' before the visit's day, as
the week does (#20, pre-charting: the visit is opened ahead, core.visits.rules.opened_ahead_words, in the
clinic's zone); from the visit's own day on, and days after (late documentation), it offers 'Start visit'
as before (must not change)."""

from datetime import timedelta

import pytest
from page_helpers import page_client
from scheduling_helpers import clock_with_log_ins, follow_up_to_open
from test_visit_day import _visit_day

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

# (when the page is read, relative to the visit: the evening before or a week ahead, 12:01 AM on its
#  day, 30 minutes before it, the next day; whether 'Start visit' is offered)
MOMENTS = [
    ("a week ahead", lambda starts, evening, midnight: starts - timedelta(days=7), False),
    ("7:30 PM the evening before", lambda starts, evening, midnight: evening, False),
    ("12:01 AM on its day", lambda starts, evening, midnight: midnight, True),
    ("30 minutes before it", lambda starts, evening, midnight: starts - timedelta(minutes=30), True),
    ("the next day", lambda starts, evening, midnight: starts + timedelta(days=1), True),
]


@pytest.mark.parametrize(("label", "moment", "offered"), MOMENTS, ids=[m[0] for m in MOMENTS])
def test_the_home_day_offers_start_visit_from_the_visits_day_on(practice, label, moment, offered) -> None:  # type: ignore[no-untyped-def]
    appointment, provider = follow_up_to_open(practice, "PT")
    starts, evening_before, just_after_midnight = _visit_day(practice, appointment)
    pages = page_client(practice, provider_id=provider)
    local_day = (evening_before + timedelta(hours=12)).date()  # noon of the visit's day: its date anywhere
    with clock_with_log_ins(practice.engine, moment(starts, evening_before, just_after_midnight)):
        home = pages.get(f"/?day={local_day.isoformat()}")
    assert home.status_code == 200
    start_link = f'href="/appointments/{appointment}/record"'
    assert start_link in home.text, label  # opened either way: ahead, or on its day
    ahead = f'{start_link}>Prepare ahead<span class="sr"> the note for '
    if offered:
        assert ahead not in home.text and f"{start_link}>Start visit" in home.text, label
    else:
        assert ahead in home.text and f"{local_day:%a %m/%d} at " in home.text, label


def test_the_home_day_reads_the_clock_once_for_all_its_rows(practice, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every row of the day is judged at one moment (#22): the page reads the clock once, not five times
    a visit (check-in, no-show, arrival, opening day, copay each read it before)."""
    import web.routers.pages as home_page

    appointment, provider = follow_up_to_open(practice, "PT")
    starts, evening_before, _ = _visit_day(practice, appointment)
    pages = page_client(practice, provider_id=provider)
    local_day = (evening_before + timedelta(hours=12)).date()
    read = []
    monkeypatch.setattr(home_page, "utcnow", lambda: read.append(1) or starts)
    home = pages.get(f"/?day={local_day.isoformat()}")
    assert home.status_code == 200
    assert f'href="/appointments/{appointment}/record"' in home.text  # its row is there, offered on its day
    assert len(read) == 1
