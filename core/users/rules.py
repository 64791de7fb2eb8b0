"""What an owner may not do to a clinic's users (leave the clinic with nobody able to manage it), how
long a guesser waits between log-ins, and when a log-in session is over."""

import math
from collections.abc import Sequence
from datetime import datetime, timedelta


def owners_left(
    memberships: Sequence[tuple[int, str, bool]], user_id: int, role: str | None, active: bool
) -> int:
    """Active owners of a clinic once `user_id` has `role` there (None: no role) and is `active`.

    `memberships` is the clinic's (user id, role, user is active) as they are now.
    """
    count = 0
    for member, current, is_active in memberships:
        if member == user_id:
            current, is_active = role or "", active
        count += current == "owner" and is_active
    if role == "owner" and active and all(member != user_id for member, _, _ in memberships):
        count += 1
    return count


# The first wait after the free failures; each failure after that doubles it, up to the window.
FIRST_WAIT = timedelta(seconds=30)


def login_wait(
    failures: int, last_failure: datetime | None, now: datetime, *, free: int, cap: timedelta
) -> int:
    """Seconds to wait before the next try, after `failures` wrong passwords (the last at
    `last_failure`): none for the first `free - 1`, then 30 s, 60 s, 120 s ... up to `cap`.

    Growing waits rather than a fixed lock: a person who mistypes is slowed a little, a guesser
    a great deal, and nobody is locked out by failures they did not make (the count is per account
    and address, core.users.service)."""
    if failures < free or last_failure is None:
        return 0
    wait = min(FIRST_WAIT * 2 ** min(failures - free, 20), cap)
    return max(0, math.ceil((last_failure + wait - now).total_seconds()))


def session_closed(
    *,
    revoked_at: datetime | None,
    expires_at: datetime,
    last_seen_at: datetime,
    now: datetime,
    idle: timedelta,
) -> str | None:
    """Why a log-in session may no longer be used (times aware UTC), or None while it is open."""
    if revoked_at is not None:
        return "ended"
    if now >= expires_at:
        return "expired"
    if now - last_seen_at >= idle:
        return "idle"
    return None
