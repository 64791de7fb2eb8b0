"""Days a clinic is closed, as the assistant reads them before searching or booking one (#19): a holiday
the clinics close on (core.scheduling.calendar_days) or a weekday none of the clinic's active providers
works (the demo's Saturdays and Sundays). A read of provider hours only: nothing about any patient."""

from collections.abc import Collection
from datetime import date, timedelta

from sqlmodel import Session, col, select

from core.providers.models import Provider
from core.scheduling.calendar_days import clinic_holidays
from core.scheduling.models import ProviderHours

# How far past a closed day the next open one is looked for.
HORIZON_DAYS = 14


def closed_why(day: date, worked: Collection[int]) -> str | None:
    """Why the clinic is closed on `day`, given the weekdays (0 Monday ... 6 Sunday) any of its providers
    works: the holiday's name ("Thanksgiving"), the weekday's plural ("Saturdays"), or None when open."""
    holiday = next((name for _, name in clinic_holidays(day, day)), None)
    if holiday is not None:
        return holiday
    if day.weekday() not in worked:
        return f"{day:%A}s"
    return None


def next_open(day: date, worked: Collection[int], horizon: int = HORIZON_DAYS) -> date | None:
    """The first day after `day` the clinic is open, within `horizon` days; None when none is."""
    # (no day past the calendar's last: a day typed as 9999-12-30 has no next)
    for ahead in range(1, min(horizon, (date.max - day).days) + 1):
        if closed_why(day + timedelta(days=ahead), worked) is None:
            return day + timedelta(days=ahead)
    return None


def worked_weekdays(session: Session, clinic_ids: Collection[int]) -> set[int]:
    """The weekdays any active provider of the clinics has working hours on."""
    return set(
        session.exec(
            select(ProviderHours.weekday)
            .join(Provider, col(Provider.id) == ProviderHours.provider_id)
            .where(col(ProviderHours.clinic_id).in_(list(clinic_ids)), col(Provider.is_active).is_(True))
            .distinct()
        ).all()
    )
