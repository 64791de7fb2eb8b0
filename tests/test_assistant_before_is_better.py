"""'before is better', 'after would be better' said after a booking was proposed (issue 19): the open times
earlier (or later) than the one proposed that day, listed for a pick, never one of them booked on a guess;
nothing said about the proposal, and a plain statement, is no such ask. A pure table."""

import pytest

from assistant.engine import LATER_ASKED


@pytest.mark.parametrize(
    ("said", "which"),
    [
        ("before is better", "before"),
        ("after would be better", "after"),
        ("earlier is better", "earlier"),
        ("hmm later is better for her", "later"),
        ("ok before works better", "before"),
        ("anything later that day", "later"),  # as before
        # must not change: no comparison asked, or about something else
        ("better before 9", None),
        ("she said before", None),
        ("she feels better after the last one", None),
        ("is before better for her?", None),
        ("later", None),
    ],
)
def test_before_or_after_said_better_asks_the_times_beside(said: str, which: str | None) -> None:
    found = LATER_ASKED.search(said)
    assert ((found[1] or found[2]).lower() if found else None) == which
