"""The wait list: patients who want an earlier or any slot, offered freed slots in order.

When a slot frees up, every matching entry whose patient is free then is offered it at once, ranked by
how long they have waited (those with no visit of the discipline that day first); the first to accept
gets it and the others are told it is taken.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlmodel import Session, col, select

from core.access import event_on, require, require_anywhere
from core.actor import Actor
from core.audit.service import Event, record, record_one
from core.enums import AppointmentStatus
from core.errors import Conflict, Invalid, NotFound, existing
from core.locks import lock, locked
from core.patients.models import Patient, full_name
from core.patients.service import add_patient_record, load_patient_for
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.booking import Booked, BookingRequest, book_unsaved
from core.scheduling.calendar import clinic_zone, load_type, policy
from core.scheduling.closed_days import closed_on, closed_reason
from core.scheduling.models import Appointment, AppointmentType, WaitListEntry, WaitListOffer
from core.scheduling.offers import expire_lapsed, settle_entry, withdraw_filled
from core.scheduling.rules import (
    ACTIVE,
    WaitingFit,
    may_take,
    nobody_offered_words,
    offer_open,
    offer_order,
)
from core.scheduling.slots import Span, local_instant
from core.timeutil import as_utc, local_day, utcnow


class WaitListCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    patient_id: int
    appointment_type_id: int
    provider_id: int | None = None
    weekdays: list[Annotated[int, Field(ge=0, le=6)]] = [0, 1, 2, 3, 4]
    earliest_minute: Annotated[int, Field(ge=0, le=1440)] = 0
    latest_minute: Annotated[int, Field(ge=0, le=1440)] = 1440

    @model_validator(mode="after")
    def _window(self) -> "WaitListCreate":
        if self.latest_minute <= self.earliest_minute:
            raise ValueError("the latest time must be after the earliest")
        if not self.weekdays:
            raise ValueError("name at least one weekday")
        return self


def add_entry(session: Session, *, actor: Actor, data: WaitListCreate) -> WaitListEntry:
    patient = load_patient_for(session, actor, data.patient_id, Action.appointment_write, "wait_list")
    kind = load_type(session, data.appointment_type_id)
    if kind.clinic_id != patient.clinic_id:
        raise Invalid("the appointment type belongs to another clinic")
    entry = WaitListEntry(clinic_id=patient.clinic_id, **data.model_dump())
    return add_patient_record(session, actor, Action.appointment_write, patient, "wait_list", entry)


class Waiting(BaseModel):
    """One patient waiting, as the schedule's readers see it: who, for what, when they can come."""

    entry_id: int
    clinic_id: int
    patient_id: int
    patient: str
    visit_type: str
    appointment_type_id: int
    provider_id: int | None
    provider: str | None
    weekdays: list[int]
    earliest_minute: int
    latest_minute: int
    since: date


def waiting(
    session: Session,
    *,
    actor: Actor,
    weekday: int | None = None,
    patient_id: int | None = None,
    clinic_id: int | None = None,
    limit: int = 50,
) -> list[Waiting]:
    """Who is on the wait list in the asker's clinics (the one named, if any), oldest first: those who
    would come on `weekday`, or one patient's entries. Reading it is reading the schedule
    (appointment.read); every patient shown is an audited read."""
    clinics = require_anywhere(session, actor, Action.appointment_read)
    if clinic_id is not None:
        require(session, actor, Action.appointment_read, clinic_id=clinic_id, record_type="wait_list")
        clinics = [clinic_id]
    expire_lapsed(session, clinics, actor)  # a patient whose offers all lapsed waits again, listed here
    stmt = (
        select(WaitListEntry, Patient, AppointmentType)
        .join(Patient, col(Patient.id) == WaitListEntry.patient_id)
        .join(AppointmentType, col(AppointmentType.id) == WaitListEntry.appointment_type_id)
        .where(col(WaitListEntry.clinic_id).in_(clinics), WaitListEntry.status == "waiting")
        .order_by(col(WaitListEntry.created_at), col(WaitListEntry.id))
    )
    if patient_id is not None:
        stmt = stmt.where(WaitListEntry.patient_id == patient_id)
    rows = [
        (entry, patient, kind)
        for entry, patient, kind in session.exec(stmt).all()
        if weekday is None or weekday in entry.weekdays
    ][:limit]
    providers = {
        p.id: p.full_name
        for p in session.exec(
            select(Provider).where(col(Provider.id).in_({e.provider_id for e, _, _ in rows if e.provider_id}))
        ).all()
    }
    zones = {c: clinic_zone(session, c) for c in {entry.clinic_id for entry, _, _ in rows}}
    record(
        session,
        actor,
        [event_on(Action.appointment_read, entry, "wait_list", "wait list") for entry, _, _ in rows],
    )
    session.commit()
    return [
        Waiting(
            entry_id=entry.id or 0,
            clinic_id=entry.clinic_id,
            patient_id=entry.patient_id,
            patient=full_name(patient),
            visit_type=kind.name,
            appointment_type_id=entry.appointment_type_id,
            provider_id=entry.provider_id,
            provider=providers.get(entry.provider_id) if entry.provider_id else None,
            weekdays=list(entry.weekdays),
            earliest_minute=entry.earliest_minute,
            latest_minute=entry.latest_minute,
            # the day they were put on the list as the clinic counts days, not UTC's (#20: evening
            # entries in New York read as the next day)
            since=local_day(entry.created_at, zones[entry.clinic_id]),
        )
        for entry, patient, kind in rows
    ]


def offered_to(session: Session, *, actor: Actor, offers: list[WaitListOffer]) -> list[str]:
    """The patients these offers were made to, by name and in rank order, as the schedule's readers see
    them (appointment.read on each entry's clinic); each name shown is an audited read."""
    entries = {o.entry_id for o in offers}
    rows = session.exec(
        select(WaitListEntry, Patient)
        .join(Patient, col(Patient.id) == WaitListEntry.patient_id)
        .where(col(WaitListEntry.id).in_(entries))
    ).all()
    for entry, _ in rows:
        require(session, actor, Action.appointment_read, clinic_id=entry.clinic_id, record_type="wait_list")
    record(
        session,
        actor,
        [event_on(Action.appointment_read, entry, "wait_list", "offered a freed time") for entry, _ in rows],
    )
    session.commit()
    names = {entry.id: full_name(patient) for entry, patient in rows}
    return [names[o.entry_id] for o in sorted(offers, key=lambda o: o.rank) if o.entry_id in names]


def remove_entry(session: Session, *, actor: Actor, entry_id: int) -> WaitListEntry:
    """Takes a patient off the wait list (the entry is kept, marked removed, so offers made stay
    explained); appointment.write on the entry's clinic, audited."""
    entry = existing(session.get(WaitListEntry, entry_id), "wait-list entry", entry_id)
    require(session, actor, Action.appointment_write, clinic_id=entry.clinic_id, record_type="wait_list")
    # two removals at the same instant (a Confirm pressed twice, the page and the chat): the second waits
    # for the first and then finds the entry no longer waiting, so it is removed and audited once
    entry = existing(locked(session, WaitListEntry, entry_id), "wait-list entry", entry_id)
    expire_lapsed(session, [entry.clinic_id], actor)
    if entry.status != "waiting":
        raise Conflict("this patient is no longer on the wait list")
    entry.status = "removed"
    session.add(entry)
    record_one(
        session, actor, event_on(Action.appointment_write, entry, "wait_list", "removed from the wait list")
    )
    session.commit()
    return entry


# A patient holding an offer of another time still waits for this one: "one open offer each" left a
# freed time offered to nobody while three patients who could come held offers elsewhere (#20, trial 53).
# Accepting one offer withdraws the patient's others (offers.settle_entry).
STILL_WAITING = ("waiting", "offered")


@dataclass(frozen=True)
class SlotMatch:
    """What the wait list makes of a freed time: the entries to offer it to, in rank order, and the counts
    that say why nobody was offered it where no one is."""

    entries: list[WaitListEntry]
    waiting: int  # entries of the clinic waiting for the discipline (the freed visit's patient aside)
    suited: int  # of those, the ones whose provider, days, hours and visit length suit the time
    busy: int  # of those, the ones with a visit of their own at that time


def _suits(
    entry: WaitListEntry,
    kind: AppointmentType,
    freed: Appointment,
    credential: str,
    minute: int,
    weekday: int,
    freed_minutes: int,
) -> bool:
    return (
        entry.provider_id in (None, freed.provider_id)
        and kind.duration_minutes <= freed_minutes
        and may_take(credential, kind.kind)
        and weekday in entry.weekdays
        and entry.earliest_minute <= minute
        and minute + kind.duration_minutes <= entry.latest_minute
    )


def match_freed_slot(session: Session, *, freed: Appointment) -> SlotMatch:
    """Waiting entries the freed slot suits: same clinic and discipline, a type that fits the time, the
    preferred provider (or none), the weekday and the time of day; of those, only patients free for the
    visit's length from its start, those with no visit of the discipline that day first, each group
    oldest first (rules.offer_order)."""
    freed_type = load_type(session, freed.appointment_type_id)
    tz = clinic_zone(session, freed.clinic_id)
    starts = as_utc(freed.starts_at)
    local = starts.astimezone(tz)
    minute = local.hour * 60 + local.minute
    freed_minutes = int((as_utc(freed.ends_at) - starts).total_seconds() // 60)
    provider = session.get(Provider, freed.provider_id)
    credential = provider.credential if provider else ""
    expire_lapsed(session, [freed.clinic_id])
    rows = session.exec(
        select(WaitListEntry, AppointmentType)
        .join(AppointmentType, col(AppointmentType.id) == WaitListEntry.appointment_type_id)
        .where(
            WaitListEntry.clinic_id == freed.clinic_id,
            col(WaitListEntry.status).in_(STILL_WAITING),
            AppointmentType.discipline == freed_type.discipline,
            WaitListEntry.patient_id != freed.patient_id,
        )
        .order_by(col(WaitListEntry.created_at), col(WaitListEntry.id))
    ).all()
    suited = [
        (entry, kind)
        for entry, kind in rows
        if _suits(entry, kind, freed, credential, minute, local.weekday(), freed_minutes)
    ]
    day_start = local_instant(local.date(), 0, tz)
    visits = session.exec(
        select(Appointment, AppointmentType.discipline)
        .join(AppointmentType, col(AppointmentType.id) == Appointment.appointment_type_id)
        .where(
            col(Appointment.patient_id).in_({entry.patient_id for entry, _ in suited}),
            col(Appointment.status).in_((*ACTIVE, AppointmentStatus.completed)),
            col(Appointment.starts_at) < local_instant(local.date() + timedelta(days=1), 0, tz),
            col(Appointment.ends_at) > day_start,
            Appointment.id != freed.id,
        )
    ).all()
    fits = []
    for entry, kind in suited:
        span = Span(starts, starts + timedelta(minutes=kind.duration_minutes))
        theirs = [(a, d) for a, d in visits if a.patient_id == entry.patient_id]
        fits.append(
            WaitingFit(
                entry_id=entry.id or 0,
                busy_then=any(
                    a.status in ACTIVE and span.overlaps(Span(as_utc(a.starts_at), as_utc(a.ends_at)))
                    for a, _ in theirs
                ),
                same_discipline_that_day=any(d == freed_type.discipline for _, d in theirs),
            )
        )
    by_id = {entry.id: entry for entry, _ in suited}
    order = offer_order(fits)
    return SlotMatch(
        entries=[by_id[i] for i in order],
        waiting=len(rows),
        suited=len(suited),
        busy=len(suited) - len(order),
    )


def matching_entries(session: Session, *, freed: Appointment) -> list[WaitListEntry]:
    """The entries a freed slot is offered to, in rank order (match_freed_slot)."""
    return match_freed_slot(session, freed=freed).entries


def nobody_offered(session: Session, *, actor: Actor, appointment_id: int) -> str:
    """Why the time a cancelled visit freed was offered to nobody, for the desk that cancelled it
    (appointment.read on its clinic); nothing about any patient is named."""
    freed = existing(session.get(Appointment, appointment_id), "appointment", appointment_id)
    require(session, actor, Action.appointment_read, clinic_id=freed.clinic_id, record_type="wait_list")
    found = match_freed_slot(session, freed=freed)
    why = freed_on_closed_day(session, freed)
    return nobody_offered_words(
        started=as_utc(freed.starts_at) <= utcnow(),
        closed=closed_reason(why) if why else "",
        discipline=load_type(session, freed.appointment_type_id).discipline,
        waiting=found.waiting,
        suited=found.suited,
        busy=found.busy,
    )


def freed_on_closed_day(session: Session, freed: Appointment) -> str | None:
    """Why the clinic is closed on the freed time's day (closed_days.closed_on: a holiday it closes on,
    a weekday nobody works), or None: a visit booked before the owner chose to close on its holiday."""
    return closed_on(
        session, freed.clinic_id, local_day(freed.starts_at, clinic_zone(session, freed.clinic_id))
    )


def offer_freed_slot(session: Session, *, actor: Actor, freed: Appointment) -> list[WaitListOffer]:
    """Offer the slot a cancellation freed to every matching entry, ranked; in the caller's transaction.
    A time on a day the clinic is closed is offered to nobody: booking it would be refused (#20)."""
    if freed.starts_at <= utcnow() or freed_on_closed_day(session, freed) is not None:
        return []
    hold = timedelta(hours=policy(session, freed.clinic_id).offer_hold_hours)
    # Every offer is of the one freed slot, held alike; each waiting entry adds its own type and rank.
    slot: dict[str, Any] = {
        "freed_appointment_id": freed.id,
        "provider_id": freed.provider_id,
        "starts_at": freed.starts_at,
        "ends_at": freed.ends_at,
        "expires_at": min(freed.starts_at, utcnow() + hold),
    }
    offers = []
    for rank, entry in enumerate(matching_entries(session, freed=freed), start=1):
        offer = WaitListOffer(
            entry_id=entry.id or 0, appointment_type_id=entry.appointment_type_id, rank=rank, **slot
        )
        session.add(offer)
        entry.status = "offered"
        session.add(entry)
        offers.append(offer)
    session.flush()
    if offers:
        record_one(
            session,
            actor,
            Event(
                Action.appointment_write.value,
                clinic_id=freed.clinic_id,
                record_type="wait_list_offer",
                record_id=freed.id or "",
                detail=f"freed slot offered to {len(offers)} waiting patients",
            ),
        )
    return offers


def _offer(session: Session, offer_id: int) -> tuple[WaitListOffer, WaitListEntry | None]:
    """The offer and the wait-list entry it was made to."""
    offer = existing(session.get(WaitListOffer, offer_id), "offer", offer_id)
    return offer, session.get(WaitListEntry, offer.entry_id)


def _require_answer(session: Session, actor: Actor, offer_id: int, entry: WaitListEntry | None) -> None:
    """An offer is answered by one who may book for the patient it was made to (an entry gone: no one)."""
    require(
        session,
        actor,
        Action.appointment_write,
        clinic_id=entry.clinic_id if entry else 0,
        patient_id=entry.patient_id if entry else None,
        record_type="wait_list_offer",
        record_id=offer_id,
    )


def accept(session: Session, *, actor: Actor, offer_id: int) -> Booked:
    """The first acceptance books the slot; later ones get a conflict and their entry waits again."""
    offer, entry = _offer(session, offer_id)
    if entry is None:
        raise NotFound(f"wait-list entry {offer.entry_id} not found")
    _require_answer(session, actor, offer_id, entry)
    lock(session, f"offer-slot:{offer.freed_appointment_id}")
    session.refresh(offer)
    if offer.status != "offered":
        raise Conflict(f"this offer is {offer.status}")
    if not offer_open(offer.status, offer.expires_at, utcnow()):
        offer.status = "expired"
        session.add(offer)
        settle_entry(session, entry)  # waiting again, unless another offer to them holds
        session.commit()
        raise Conflict("this offer has expired")
    # Answered before the booking, so the booking's own withdrawal of the offers it fills passes this one.
    offer.status, offer.responded_at = "accepted", utcnow()
    entry.status = "booked"
    session.add_all([offer, entry])
    try:
        booked = book_unsaved(
            session,
            actor=actor,
            request=BookingRequest(
                patient_id=entry.patient_id,
                provider_id=offer.provider_id,
                appointment_type_id=offer.appointment_type_id,
                starts_at=offer.starts_at,
            ),
        )
    except Conflict:
        _withdraw_if_filled(session, actor, offer_id)
        raise
    offer.booked_appointment_id = booked.appointment.id
    session.add(offer)
    for other in _others_out(
        session, offer, WaitListOffer.freed_appointment_id == offer.freed_appointment_id
    ):
        other.status = "taken"
        session.add(other)
        settle_entry(session, session.get(WaitListEntry, other.entry_id))
    # The patient is booked: the other times offered to them are withdrawn, for the patients offered the
    # same times to take.
    for own in _others_out(session, offer, WaitListOffer.entry_id == entry.id):
        own.status, own.responded_at = "withdrawn", utcnow()
        session.add(own)
    session.commit()
    return booked


def _others_out(session: Session, offer: WaitListOffer, alike: Any) -> list[WaitListOffer]:
    """The offers other than `offer` still out (status 'offered') that share with it what `alike` says:
    the same freed time (taken by its acceptance) or the same patient's entry (withdrawn by it)."""
    return list(
        session.exec(
            select(WaitListOffer).where(
                alike, WaitListOffer.id != offer.id, WaitListOffer.status == "offered"
            )
        ).all()
    )


def _withdraw_if_filled(session: Session, actor: Actor, offer_id: int) -> None:
    """After a refused acceptance: where the offered time has since been booked for someone else (booked
    straight from the schedule before the booking withdrew offers, or by another way), the offer is
    withdrawn and its patient waits again, and the refusal says so; any other refusal (the patient's own
    visit at that time) leaves the offer open."""
    session.rollback()
    offer = existing(session.get(WaitListOffer, offer_id), "offer", offer_id)
    span = Span(as_utc(offer.starts_at), as_utc(offer.ends_at))
    if withdraw_filled(session, actor=actor, provider_id=offer.provider_id, span=span):
        session.commit()
        raise Conflict(
            "that time has since been booked for another patient: the offer is withdrawn and the patient "
            "waits again for the next freed time"
        )


def decline(session: Session, *, actor: Actor, offer_id: int) -> WaitListOffer:
    offer, entry = _offer(session, offer_id)
    _require_answer(session, actor, offer_id, entry)
    # Accept's lock: a 'declined' clicked while the same offer is being accepted waits for that booking
    # and is refused, instead of marking the booked offer declined and its patient waiting again.
    lock(session, f"offer-slot:{offer.freed_appointment_id}")
    session.refresh(offer)
    if entry is not None:
        session.refresh(entry)
    if offer.status != "offered":
        raise Conflict(f"this offer is {offer.status}")
    offer.status, offer.responded_at = "declined", utcnow()
    session.add(offer)
    settle_entry(session, entry)
    session.commit()
    return offer
