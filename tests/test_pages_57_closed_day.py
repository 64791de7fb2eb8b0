"""The front desk's day grid on a day the clinic is closed (#20): a weekend or a holiday it closes on said
as closed, with the next day it opens, and no 'Choose an open slot to book it.' over a grid with no slot;
an open day is as it was."""

import html
import re
from datetime import date

import pytest
from page_helpers import page_client

DEMO_SIZE = "tiny"

# (day, the closed notice's words or None on an open day, the next open day)
ROWS = [
    (
        date(2027, 3, 6),
        "The clinic is closed on Saturday, March 6 (none of the clinic's providers works Saturdays).",
        "2027-03-08",
    ),
    (
        date(2027, 3, 7),
        "The clinic is closed on Sunday, March 7 (none of the clinic's providers works Sundays).",
        "2027-03-08",
    ),
    (
        date(2027, 11, 25),
        "The clinic is closed on Thursday, November 25 (Thanksgiving, a holiday).",
        "2027-11-26",
    ),
    # Independence Day 2027 is a Sunday, observed on Monday July 5: Saturday to Monday are closed
    (date(2027, 7, 5), "The clinic is closed on Monday, July 5 (Independence Day, a holiday).", "2027-07-06"),
    (
        date(2026, 12, 25),
        "The clinic is closed on Friday, December 25 (Christmas Day, a holiday).",
        "2026-12-28",
    ),
    # must not change: open days offer their slots and say nothing of closing
    (date(2027, 3, 8), None, None),
    (date(2027, 11, 26), None, None),
    (date(2027, 7, 6), None, None),
]


@pytest.mark.parametrize(("day", "said", "reopens"), ROWS, ids=[str(r[0]) for r in ROWS])
def test_a_closed_day_says_so(practice, day: date, said: str | None, reopens: str | None) -> None:
    desk = page_client(practice, "front_desk")
    page = desk.get(f"/schedule?day={day}")
    assert page.status_code == 200, page.text
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", page.text)).split())
    if said is None:
        assert 'id="closed-day"' not in page.text
        assert "Choose an open slot to book it." in text
        assert 'class="open-slot"' in page.text
        return
    assert said in text, text[:2000]
    assert "Choose an open slot" not in text
    assert 'class="open-slot"' not in page.text
    assert re.search(rf'The next open day is <a href="/schedule\?clinic=\d+&amp;day={reopens}">', page.text)
