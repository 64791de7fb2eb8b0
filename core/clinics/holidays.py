"""The public holidays a clinic closes on, its owner's choice (#20): read and changed here (settings.manage,
owner only; each change audited with what was added and removed). Every closed day is dated from the
choice by core.scheduling.closed_days: the schedule page, the booking service, the open-slot search, the
wait-list offers and the assistant. Visits already booked on a holiday the owner now closes on are
counted (no patient named), so the owner is told the front desk has visits to move; wait-list offers of
times on those days are withdrawn (no one could book them)."""

from collections.abc import Collection
from datetime import date, timedelta
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import case
from sqlmodel import Session, and_, col, func, or_, select

from core.access import audit_change, require
from core.actor import Actor
from core.clinics.models import Clinic, ClinicPolicy
from core.errors import Invalid, existing
from core.locks import lock
from core.permissions import Action
from core.scheduling.calendar import clinic_zone, local_day_bounds
from core.scheduling.calendar_days import HOLIDAYS, WEEKDAYS, holidays_closed
from core.scheduling.closed_days import closed_holidays_of, worked_weekdays
from core.scheduling.models import Appointment
from core.scheduling.offers import withdraw_on_days
from core.scheduling.rules import ACTIVE

# How far ahead a holiday's next day is looked for: a year and a day finds every one.
AHEAD_DAYS = 366


class HolidayRow(BaseModel):
    """One public holiday on the owner's list: whether the clinic closes on it, the next day it closes
    (or would close) for it as its week observes it, and the visits booked that day."""

    name: str
    closed: bool
    next_on: date | None
    booked: int


class HolidaySettings(BaseModel):
    clinic_id: int
    clinic_name: str
    rows: list[HolidayRow]


class HolidayChoice(BaseModel):
    """The holidays a clinic closes on, as the API takes them (PUT): the whole list, each name from
    HOLIDAYS; an empty list is a clinic that works every holiday."""

    model_config = ConfigDict(extra="forbid")

    closed: Annotated[list[Annotated[str, StringConstraints(max_length=80)]], Field(max_length=40)]


class HolidayChange(BaseModel):
    """What a change did: the holidays added and removed, and each newly closed day with visits booked
    on it (day, holiday, how many), for the owner to have the front desk move them."""

    # the holidays the clinic closes on now, in the year's order
    closed: list[str]
    added: list[str]
    removed: list[str]
    booked: list[tuple[date, str, int]]
    # wait-list offers of times on the newly closed days, withdrawn (offers.withdraw_on_days)
    withdrawn: int = 0

    def words(self) -> str:
        """The change as the owner's page says it once saved."""
        if not self.added and not self.removed:
            return "Nothing changed: the clinic closes on the holidays it did."
        said = []
        if self.added:
            said.append("The clinic now closes on " + ", ".join(self.added) + ".")
        if self.removed:
            said.append("It is open on " + ", ".join(self.removed) + ".")
        for day, name, count in self.booked:
            visits = "1 visit is" if count == 1 else f"{count} visits are"
            said.append(
                f"{visits} booked on {day:%A}, {day:%B} {day.day}, {day.year} ({name}): "
                "the front desk reschedules them."
            )
        if self.withdrawn:
            offers = "1 wait-list offer" if self.withdrawn == 1 else f"{self.withdrawn} wait-list offers"
            said.append(f"{offers} of those days withdrawn: the patients are waiting again.")
        return " ".join(said)


def _next_days(session: Session, clinic_id: int, names: Collection[str], today: date) -> dict[str, date]:
    """The next day from `today` the clinic closes for each holiday of `names`, as its week observes it
    (Monday to Friday where no provider has hours yet)."""
    worked = worked_weekdays(session, [clinic_id]) or set(WEEKDAYS)
    found: dict[str, date] = {}
    for day, name in holidays_closed(today, today + timedelta(days=AHEAD_DAYS), worked, names):
        found.setdefault(name, day)
    return found


def _booked_on(session: Session, clinic_id: int, days: Collection[date]) -> dict[date, int]:
    """The active visits booked at the clinic on each local day (a count: no patient named), read in one
    query grouped by the day each falls on."""
    if not days:
        return {}
    zone = clinic_zone(session, clinic_id)
    bounds = {day: local_day_bounds(day, zone) for day in sorted(set(days))}
    starts = col(Appointment.starts_at)
    on_day = case(
        *[(and_(starts >= start, starts < end), day.isoformat()) for day, (start, end) in bounds.items()]
    )
    booked = (
        select(on_day.label("day"))
        .where(
            Appointment.clinic_id == clinic_id,
            col(Appointment.status).in_(ACTIVE),
            or_(*[and_(starts >= start, starts < end) for start, end in bounds.values()]),
        )
        .subquery()
    )
    counts = dict.fromkeys(bounds, 0)
    for day, count in session.exec(select(booked.c.day, func.count()).group_by(booked.c.day)).all():
        counts[date.fromisoformat(day)] = count
    return counts


def holiday_settings(session: Session, *, actor: Actor, clinic_id: int, today: date) -> HolidaySettings:
    """Every public holiday a clinic may close on, in the year's order, with whether it does."""
    clinic = existing(session.get(Clinic, clinic_id), "clinic", clinic_id)
    require(session, actor, Action.settings_manage, clinic_id=clinic_id, record_type="clinic_holidays")
    closed = set(closed_holidays_of(session, [clinic_id]))
    next_days = _next_days(session, clinic_id, list(HOLIDAYS), today)
    booked = _booked_on(session, clinic_id, {next_days[n] for n in closed if n in next_days})
    return HolidaySettings(
        clinic_id=clinic_id,
        clinic_name=clinic.name,
        rows=[
            HolidayRow(
                name=name,
                closed=name in closed,
                next_on=next_days.get(name),
                booked=booked.get(next_days[name], 0) if name in closed and name in next_days else 0,
            )
            for name in HOLIDAYS
        ],
    )


def set_closed_holidays(
    session: Session, *, actor: Actor, clinic_id: int, names: Collection[str], today: date
) -> HolidayChange:
    """The clinic closes on the holidays `names` (none: it works every holiday) from now on, and on no
    other; audited with what was added and removed. A name not on the list (HOLIDAYS) is refused and
    nothing is saved. Saving what the clinic already closes on changes nothing and writes nothing (a
    page saved twice, an API client that PUTs again): one change, one audit entry."""
    existing(session.get(Clinic, clinic_id), "clinic", clinic_id)
    require(session, actor, Action.settings_manage, clinic_id=clinic_id, record_type="clinic_holidays")
    unknown = sorted(set(names) - set(HOLIDAYS))
    if unknown:
        raise Invalid(
            "not a holiday the clinic may close on: " + ", ".join(unknown) + "; nothing was saved",
            fields={"holidays": "choose from the list"},
        )
    # two saves at once (two tabs, two owners) each say what they changed from what the other saved
    lock(session, f"clinic-holidays:{clinic_id}")
    before = closed_holidays_of(session, [clinic_id])
    after = [name for name in HOLIDAYS if name in set(names)]
    added = [name for name in after if name not in before]
    removed = [name for name in before if name not in after]
    if not added and not removed:
        session.commit()
        return HolidayChange(closed=after, added=[], removed=[], booked=[])
    policy = session.get(ClinicPolicy, clinic_id) or ClinicPolicy(clinic_id=clinic_id)
    policy.closed_holidays = after
    session.add(policy)
    next_days = _next_days(session, clinic_id, added, today)
    counts = _booked_on(session, clinic_id, set(next_days.values()))
    booked = sorted((day, name, counts[day]) for name, day in next_days.items() if counts[day])
    detail = "closed holidays: " + "; ".join(
        part
        for part in (
            "added " + ", ".join(added) if added else "",
            "removed " + ", ".join(removed) if removed else "",
        )
        if part
    )
    audit_change(session, actor, Action.settings_manage, "clinic_holidays", clinic_id, detail, clinic_id)
    withdrawn = withdraw_on_days(session, actor=actor, clinic_id=clinic_id, days=set(next_days.values()))
    session.commit()
    return HolidayChange(closed=after, added=added, removed=removed, booked=booked, withdrawn=withdrawn)
