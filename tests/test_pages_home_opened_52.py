"""Trial 52 (#20): the clinician's home page still offered "Start visit" once the visit was opened (its
note not written yet). From the moment a visit is opened the row says its note's state ("Note: not
started", "Note: transcribing", "Note: ready to draft") and opens the visit; a written note says its
status as before ("Note: draft"), and a visit not opened still offers "Start visit" (must not change)."""

from datetime import timedelta

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import clock_with_log_ins, follow_up_to_open
from test_visit_day import _visit_day

from core.recordings.opened import note_before_written

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("job", "words"),
    [
        (None, "not started"),  # opened, nothing recorded
        ("queued", "transcribing"),
        ("running", "transcribing"),
        ("done", "ready to draft"),
        ("failed", "transcription failed"),
        ("unknown", "not started"),
    ],
)
def test_an_opened_visits_note_state_by_its_transcription(job: str | None, words: str) -> None:
    assert note_before_written(job) == words


def test_the_home_day_says_the_notes_state_as_soon_as_the_visit_is_opened(practice: Practice) -> None:
    appointment, provider = follow_up_to_open(practice, "PT")
    starts, evening_before, _ = _visit_day(practice, appointment)
    pages = page_client(practice, provider_id=provider)
    local_day = (evening_before + timedelta(hours=12)).date()
    start_link = f'href="/appointments/{appointment}/record"'
    with clock_with_log_ins(practice.engine, starts - timedelta(minutes=5)):
        before = pages.get(f"/?day={local_day.isoformat()}").text
        assert start_link in before  # not opened: offered as before
        opened = pages.post(
            f"/appointments/{appointment}/record", data={"consent": "no"}, follow_redirects=False
        )
        assert opened.status_code == 303, opened.text
        visit = opened.headers["location"].split("/")[2]
        after = pages.get(f"/?day={local_day.isoformat()}").text
    assert start_link not in after
    assert (
        f'<a class="button opened" href="/visits/{visit}/record">Note: not started<span class="sr">' in after
    )
