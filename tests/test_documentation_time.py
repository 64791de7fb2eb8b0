"""core.documentation_time on its own: a note's documentation time as pure arithmetic over its author's
actions (the dashboard's figure and the minutes stored on a signed note both come from here)."""

from datetime import UTC, datetime

import pytest

from core.documentation_time import IDLE_MINUTES, active_minutes, note_minutes, until_signed


def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, 3, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moments", "idle", "minutes"),
    [
        ([], IDLE_MINUTES, 0),  # no action: no time
        ([at(9, 0)], IDLE_MINUTES, 0),  # one action: no gap to count
        ([at(9, 7), at(9, 0), at(9, 3)], IDLE_MINUTES, 7),  # read in any order, counted in time order
        ([at(9, 0), at(9, 10)], IDLE_MINUTES, 10),  # a gap of exactly the time-out still counts
        ([at(9, 0), at(9, 10, 1), at(9, 12, 1)], IDLE_MINUTES, 2),  # a second past it: away from the note
        ([at(9, 0), at(9, 4), at(9, 10)], 5.0, 4),  # a shorter time-out of the caller's
        ([datetime(2026, 11, 3, 9, 0), at(9, 2)], IDLE_MINUTES, 2),  # a naive time (SQLite's) is UTC
    ],
)
def test_active_minutes_count_the_gaps_no_longer_than_the_time_out(
    moments: list[datetime], idle: float, minutes: float
) -> None:
    assert active_minutes(moments, idle) == pytest.approx(minutes)


@pytest.mark.parametrize(
    ("actions", "kept"),
    [
        # with no signature on record, the note's signed_at is the cut-off
        ([("note.write", at(8, 50)), ("note.read", at(9, 5))], [at(8, 50)]),
        # the sign entry written just after signed_at is kept, and what follows it is not
        (
            [("note.write", at(8, 50)), ("note.sign", at(9, 0, 1)), ("note.read", at(9, 5))],
            [at(8, 50), at(9, 0, 1)],
        ),
        # signed twice (an addendum's signature): the last one is the cut-off
        (
            [
                ("note.sign", at(9, 0)),
                ("note.write", at(9, 20)),
                ("note.sign", at(9, 30)),
                ("note.read", at(9, 40)),
            ],
            [at(9, 0), at(9, 20), at(9, 30)],
        ),
        ([("note.write", datetime(2026, 11, 3, 8, 55))], [at(8, 55)]),  # naive times come back as UTC
        ([], []),
    ],
)
def test_until_signed_keeps_the_actions_up_to_the_last_signature(
    actions: list[tuple[str, datetime]], kept: list[datetime]
) -> None:
    assert until_signed(actions, at(9, 0)) == kept


@pytest.mark.parametrize(
    ("actions", "minutes"),
    [
        ([("note.write", at(8, 52)), ("note.sign", at(9, 0))], 8),
        # a draft written the evening before: the night is idle, only the morning's minutes count
        ([("note.write", at(0, 30)), ("note.read", at(8, 55)), ("note.sign", at(9, 0))], 5),
        ([("note.sign", at(9, 0))], 0),  # signed unopened: known, and no time
        ([("note.read", at(9, 5))], None),  # nothing of the author's before the signature: unknown
        ([], None),  # no trail at all (imported, or written before the audit log): unknown, not zero
    ],
)
def test_note_minutes_are_the_authors_active_minutes_up_to_the_signature(
    actions: list[tuple[str, datetime]], minutes: float | None
) -> None:
    found = note_minutes(actions, at(9, 0))
    assert found == (None if minutes is None else pytest.approx(minutes))
