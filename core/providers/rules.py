"""Rules about a clinic's providers, as pure functions over plain data."""

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def deactivation_refusal(booked_visits: int, supervised_assistants: int) -> str | None:
    """Why a provider may not be deactivated now, or None. Their booked visits would stay on a
    calendar nobody works, and an assistant may not treat without a supervising therapist."""
    reasons = []
    if booked_visits:
        reasons.append(f"move or cancel their {booked_visits} booked visit{'s' * (booked_visits != 1)}")
    if supervised_assistants:
        reasons.append(
            f"give the {supervised_assistants} assistant{'s' * (supervised_assistants != 1)} "
            "they supervise another supervisor"
        )
    return f"first {' and '.join(reasons)}" if reasons else None


def week_summary(windows: list[tuple[int, int, int]]) -> tuple[list[str], int, int] | None:
    """A provider's weekly hours (weekday, start minute, end minute) as one window on the days they
    work (the earliest start, the latest end), as the provider's page edits them; None when they have
    no hours."""
    if not windows:
        return None
    days = sorted({weekday for weekday, _, _ in windows})
    return (
        [WEEKDAYS[d] for d in days],
        min(start for _, start, _ in windows),
        max(end for _, _, end in windows),
    )
