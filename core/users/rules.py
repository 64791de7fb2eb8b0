"""What an owner may not do to a clinic's users: leave the clinic with nobody able to manage it."""

from collections.abc import Sequence


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
