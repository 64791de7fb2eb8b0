"""The wait list: patients who want an earlier or any slot, offered freed slots in order.

When a slot frees up, every matching entry is offered it at once, ranked by how long they have
waited; the first to accept gets it and the others are told it is taken.
"""

from datetime import date, timedelta
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlmodel import Session, col, select

from core.access import event_on, require, require_anywhere
from core.actor import Actor
from core.audit.service import Event, record, record_one
from core.errors import Conflict, Invalid, NotFound, existing
from core.locks import lock, locked
from core.patients.models import Patient, full_name
from core.patients.service import add_patient_record, load_patient_for
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.booking import Booked, BookingRequest, book_unsaved
from core.scheduling.calendar import clinic_zone, load_type, policy
from core.scheduling.models import Appointment, AppointmentType, WaitListEntry, WaitListOffer
from core.scheduling.offers import withdraw_filled
from core.scheduling.rules import may_take
from core.scheduling.slots import Span
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
    if entry.status != "waiting":
        raise Conflict("this patient is no longer on the wait list")
    entry.status = "removed"
    session.add(entry)
    record_one(
        session, actor, event_on(Action.appointment_write, entry, "wait_list", "removed from the wait list")
    )
    session.commit()
    return entry


def matching_entries(session: Session, *, freed: Appointment) -> list[WaitListEntry]:
    """Waiting entries the freed slot suits: same clinic and discipline, a type that fits the time,
    the preferred provider (or none), the weekday and the time of day, oldest first."""
    freed_type = load_type(session, freed.appointment_type_id)
    tz = clinic_zone(session, freed.clinic_id)
    local = freed.starts_at.astimezone(tz)
    minute = local.hour * 60 + local.minute
    freed_minutes = int((freed.ends_at - freed.starts_at).total_seconds() // 60)
    provider = session.get(Provider, freed.provider_id)
    credential = provider.credential if provider else ""
    rows = session.exec(
        select(WaitListEntry, AppointmentType)
        .join(AppointmentType, col(AppointmentType.id) == WaitListEntry.appointment_type_id)
        .where(
            WaitListEntry.clinic_id == freed.clinic_id,
            WaitListEntry.status == "waiting",
            AppointmentType.discipline == freed_type.discipline,
            col(AppointmentType.duration_minutes) <= freed_minutes,
            WaitListEntry.patient_id != freed.patient_id,
        )
        .order_by(col(WaitListEntry.created_at), col(WaitListEntry.id))
    ).all()
    return [
        entry
        for entry, kind in rows
        if (entry.provider_id in (None, freed.provider_id))
        and may_take(credential, kind.kind)
        and local.weekday() in entry.weekdays
        and entry.earliest_minute <= minute
        and minute + kind.duration_minutes <= entry.latest_minute
    ]


def offer_freed_slot(session: Session, *, actor: Actor, freed: Appointment) -> list[WaitListOffer]:
    """Offer the slot a cancellation freed to every matching entry, ranked; in the caller's transaction."""
    if freed.starts_at <= utcnow():
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
    if offer.expires_at <= utcnow():
        offer.status = "expired"
        session.add(offer)
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
    for other in session.exec(
        select(WaitListOffer).where(
            WaitListOffer.freed_appointment_id == offer.freed_appointment_id,
            WaitListOffer.id != offer.id,
            WaitListOffer.status == "offered",
        )
    ).all():
        other.status = "taken"
        session.add(other)
        waiting = session.get(WaitListEntry, other.entry_id)
        if waiting is not None and waiting.status == "offered":
            waiting.status = "waiting"
            session.add(waiting)
    session.commit()
    return booked


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
    if entry is not None:
        entry.status = "waiting"
        session.add(entry)
    session.add(offer)
    session.commit()
    return offer
