"""How many visits an authorization has left, the one count every screen says (#20, trial 52: the
appointment page said "1 visits will be left on the authorization after this one" where the patient's
page and the assistant said "8 of 10 visits left": the first counted the visits booked ahead as spent).

Left is approved less used (a visit is used when its note is signed); the visits booked against the
authorization and not used yet are said beside it, never taken from it."""

from core.words import counted


def visits_left(approved: int, used: int) -> int:
    """Visits the authorization has left: approved less used, never below none."""
    return max(0, approved - used)


def left_words(approved: int, used: int) -> str:
    """'8 of 10 visits left', '0 of 1 visit left'."""
    return f"{visits_left(approved, used)} of {counted(approved, 'visit')} left"


def booked_words(approved: int, used: int, booked: int) -> str:
    """The visits left and those booked against them (`booked`, this visit included where it is one),
    as the appointment page and a booking say them: '8 of 10 visits left on the authorization; 7 booked
    against them with this one, so 1 more can be booked', or past them '..., 2 visits more than are
    left'."""
    left = visits_left(approved, used)
    spare = left - booked
    them = "it" if left == 1 else "them"
    head = f"{left_words(approved, used)} on the authorization; {booked:,} booked against {them}"
    head += " with this one"
    if spare >= 0:
        return f"{head}, so {'no' if spare == 0 else f'{spare:,}'} more can be booked"
    return f"{head}, {counted(-spare, 'visit')} more than are left"
