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


def clock(minute: int) -> str:
    """Minutes from midnight as a time of day, 08:00."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def week_text(summary: tuple[list[str], int, int] | None) -> str:
    """A provider's week as the list of providers says it: 'Mon-Fri 08:00-17:00', 'Mon, Wed 09:00-12:00'."""
    if summary is None:
        return "no hours"
    days, start, end = summary
    runs: list[list[str]] = []
    for day in days:  # consecutive days as one run: 'Mon-Fri', 'Mon, Wed, Fri'
        if runs and WEEKDAYS.index(day) == WEEKDAYS.index(runs[-1][-1]) + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    said = ", ".join(
        f"{r[0].capitalize()}-{r[-1].capitalize()}" if len(r) > 2 else ", ".join(d.capitalize() for d in r)
        for r in runs
    )
    return f"{said} {clock(start)}-{clock(end)}"
