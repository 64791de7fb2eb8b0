"""What the front desk starts from when an authorization runs out: the new one for the same payer and
discipline, from the first day the old one no longer covers."""

from datetime import date, timedelta


def renewal_start(old_end: date, visits_left: int, today: date) -> date:
    """The first day a renewal covers: today when the old one's visits are used up or it has ended;
    otherwise the day after it ends (the payer's new period follows on)."""
    if visits_left <= 0 or old_end < today:
        return today
    return old_end + timedelta(days=1)


def renewal_values(
    *, payer_id: int, discipline: str, old_end: date, visits_left: int, today: date
) -> dict[str, str]:
    """The renewal form filled in from the old authorization (number, end and visits are the payer's
    new ones, left for the desk to type)."""
    return {
        "payer_id": str(payer_id),
        "discipline": discipline,
        "start_date": renewal_start(old_end, visits_left, today).isoformat(),
    }
