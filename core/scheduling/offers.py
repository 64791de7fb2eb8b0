"""A patient's open wait-list offers, for the desk that calls them: the freed time, with whom, for what,
until when the offer holds; the clinic's offers still out; offers a booking has filled, withdrawn.
Accepting and declining are waitlist.accept and waitlist.decline."""

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date, datetime, timedelta

from pydantic import BaseModel
from sqlmodel import Session, and_, col, or_, select

from core.access import event_on, require_anywhere
from core.actor import Actor
from core.audit.service import record
from core.locks import lock, locked_where
from core.patients.models import Patient, full_name
from core.patients.service import audit_patient_records, load_patient_for
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.availability import busy_spans
from core.scheduling.calendar import clinic_zone, local_day_bounds
from core.scheduling.models import AppointmentType, WaitListEntry, WaitListOffer
from core.scheduling.rules import offer_open
from core.scheduling.slots import Span, group_of, has_room
from core.timeutil import as_utc, utcnow


class OpenOffer(BaseModel):
    id: int
    local_start: datetime
    provider: str
    visit_type: str
    expires_at: datetime


def open_offers(session: Session, *, actor: Actor, patient_id: int) -> list[OpenOffer]:
    """Offers made to the patient that are still open (not answered, not expired, soonest first)."""
    patient = load_patient_for(session, actor, patient_id, Action.appointment_read, "wait_list_offer")
    expire_lapsed(session, [patient.clinic_id], actor)
    zone = clinic_zone(session, patient.clinic_id)
    rows = session.exec(
        select(WaitListOffer, Provider, AppointmentType)
        .join(WaitListEntry, col(WaitListEntry.id) == WaitListOffer.entry_id)
        .join(Provider, col(Provider.id) == WaitListOffer.provider_id)
        .join(AppointmentType, col(AppointmentType.id) == WaitListOffer.appointment_type_id)
        .where(
            WaitListEntry.patient_id == patient_id,
            WaitListOffer.status == "offered",
            col(WaitListOffer.expires_at) > utcnow(),
        )
        .order_by(col(WaitListOffer.starts_at))
    ).all()
    audit_patient_records(
        session, actor, Action.appointment_read, patient, "wait_list_offer", f"{len(rows)} open offers"
    )
    session.commit()
    return [
        OpenOffer(
            id=offer.id or 0,
            local_start=as_utc(offer.starts_at).astimezone(zone),
            provider=provider.full_name,
            visit_type=kind.name,
            expires_at=as_utc(offer.expires_at).astimezone(zone),
        )
        for offer, provider, kind in rows
    ]


def settle_entry(session: Session, entry: WaitListEntry | None) -> None:
    """A wait-list entry one of whose offers was just answered, withdrawn or found expired (in the
    caller's transaction): still 'offered' while another offer made to it is open, else waiting again. A
    patient may hold offers of several times at once (waitlist.STILL_WAITING); an entry booked or removed
    is left as it is."""
    if entry is None or entry.status != "offered":
        return
    session.flush()
    now = utcnow()
    made = session.exec(
        select(WaitListOffer.status, WaitListOffer.expires_at).where(
            WaitListOffer.entry_id == entry.id, WaitListOffer.status == "offered"
        )
    ).all()
    entry.status = "offered" if any(offer_open(s, e, now) for s, e in made) else "waiting"
    session.add(entry)


def _withdrawn(
    session: Session,
    actor: Actor | None,
    offers: Sequence[WaitListOffer],
    entries: Mapping[int | None, WaitListEntry | None],
    status: str,
    detail: Callable[[WaitListOffer], str],
) -> None:
    """Open offers closed without an answer, in the caller's transaction: marked `status` ('taken': the
    time was booked; 'withdrawn': the clinic closes that day; 'expired': the hold ran out, when nobody
    answered), the entries they held settled (settle_entry) and each audited on its entry in `detail`'s
    words. `entries` are the offers' entries, locked or read by the caller."""
    now = utcnow()
    for offer in offers:
        offer.status = status
        if status != "expired":
            offer.responded_at = now
        session.add(offer)
    for entry_id in dict.fromkeys(offer.entry_id for offer in offers):
        settle_entry(session, entries.get(entry_id))
    events = [
        event_on(Action.appointment_write, entry, "wait_list", detail(offer))
        for offer in offers
        if (entry := entries.get(offer.entry_id)) is not None
    ]
    if events:
        record(session, actor, events)


def expire_lapsed(session: Session, clinic_ids: list[int] | None = None, actor: Actor | None = None) -> int:
    """Offers past their hold, still marked offered, marked expired, and the entries they held settled
    (waiting again unless another offer to them is open); in the caller's transaction, before the wait
    list is read or a freed time is matched, so no entry stays 'offered' on an offer nobody can take
    (#20). `clinic_ids` limits it to the asker's clinics; `actor` is who asked (None: the system). The
    entries and offers are locked (entries first, as a booking writes them) and read again under the
    lock: an entry booked or removed meanwhile is left as it is (settle_entry), an offer answered
    meanwhile is not expired. Each expiry is audited on its entry. The number of offers expired."""
    now = utcnow()
    stmt = (
        select(WaitListOffer.id, WaitListOffer.entry_id)
        .join(WaitListEntry, col(WaitListEntry.id) == WaitListOffer.entry_id)
        .where(WaitListOffer.status == "offered", col(WaitListOffer.expires_at) <= now)
    )
    if clinic_ids is not None:
        stmt = stmt.where(col(WaitListEntry.clinic_id).in_(clinic_ids))
    found = session.exec(stmt).all()
    if not found:
        return 0
    entries = {
        entry.id: entry
        for entry in locked_where(session, WaitListEntry, col(WaitListEntry.id).in_({e for _, e in found}))
    }
    lapsed = locked_where(
        session,
        WaitListOffer,
        col(WaitListOffer.id).in_([o for o, _ in found]),
        WaitListOffer.status == "offered",
        col(WaitListOffer.expires_at) <= now,
    )
    _withdrawn(
        session,
        actor,
        lapsed,
        entries,
        "expired",
        lambda offer: f"offer {offer.id} expired: its hold ran out unanswered",
    )
    return len(lapsed)


def filled(
    offer_span: Span, busy: Sequence[Span], capacity: int, group: tuple[int, int] | None = None
) -> bool:
    """Whether an offered time has no place left for the patient offered it: the provider's bookings
    over it (cancelled ones are not bookings) take every place it had, as booking counts them (has_room:
    a group's places beside its own patients only)."""
    return not has_room(busy, offer_span, capacity, group)


def withdraw_filled(session: Session, *, actor: Actor, provider_id: int, span: Span) -> list[WaitListOffer]:
    """Open offers of the provider's time that a booking over `span` has just filled: withdrawn (status
    'taken', as when another waiting patient accepts) and their patients waiting again, each audited on
    its wait-list entry. In the caller's transaction, after the booking is flushed; an offer the booking
    leaves a place in (a provider who takes several patients at once) stays open.

    Without this a cancelled time booked straight from the schedule stayed offered: the alert and the
    patient's page kept the offer, and "Book it" met "already booked" (#20, trial 51)."""
    offers = session.exec(
        select(WaitListOffer).where(
            WaitListOffer.provider_id == provider_id,
            WaitListOffer.status == "offered",
            col(WaitListOffer.starts_at) < span.end,
            col(WaitListOffer.ends_at) > span.start,
        )
    ).all()
    if not offers:
        return []
    provider = session.get(Provider, provider_id)
    kinds = {
        k.id: k
        for k in session.exec(
            select(AppointmentType).where(
                col(AppointmentType.id).in_({o.appointment_type_id for o in offers})
            )
        ).all()
    }
    first = min(as_utc(o.starts_at) for o in offers)
    last = max(as_utc(o.ends_at) for o in offers)
    busy = busy_spans(session, [provider_id], first, last)[provider_id]
    withdrawn = []
    for offer in offers:
        kind = kinds[offer.appointment_type_id]
        start = as_utc(offer.starts_at)
        capacity = provider.capacity if provider else 1
        whole = Span(start, start + timedelta(minutes=kind.duration_minutes))
        if filled(whole, busy, capacity, group_of(kind.id, kind.group_capacity)):
            withdrawn.append(offer)
    entries: dict[int | None, WaitListEntry | None] = {
        offer.entry_id: session.get(WaitListEntry, offer.entry_id) for offer in withdrawn
    }
    _withdrawn(session, actor, withdrawn, entries, "taken", lambda _: "offer withdrawn: the time was booked")
    return withdrawn


def withdraw_on_days(session: Session, *, actor: Actor, clinic_id: int, days: Collection[date]) -> int:
    """Open offers of the clinic's times on `days` (its local days), which it now closes on (a holiday its
    owner chose, core.clinics.holidays): withdrawn, as no one can book them, and their patients waiting
    again (settle_entry), each audited on its wait-list entry. In the caller's transaction. Before, such an
    offer stayed on the wait-list page and its "Book it" met "the clinic is closed" (#20). How many."""
    if not days:
        return 0
    # An offer whose hold ran out is expired, not withdrawn: it is neither counted nor audited as this.
    expire_lapsed(session, [clinic_id], actor)
    zone = clinic_zone(session, clinic_id)
    now = utcnow()
    on_days = or_(
        *[
            and_(col(WaitListOffer.starts_at) >= start, col(WaitListOffer.starts_at) < end)
            for start, end in (local_day_bounds(day, zone) for day in sorted(set(days)))
        ]
    )
    found = session.exec(
        select(WaitListOffer.id, WaitListOffer.entry_id, WaitListOffer.freed_appointment_id)
        .join(WaitListEntry, col(WaitListEntry.id) == WaitListOffer.entry_id)
        .where(
            WaitListEntry.clinic_id == clinic_id,
            WaitListOffer.status == "offered",
            col(WaitListOffer.expires_at) > now,
            on_days,
        )
    ).all()
    if not found:
        return 0
    # As an acceptance takes them (waitlist.accept): the freed time's lock, then the entries, then the
    # offers, read again under the lock, so an offer accepted meanwhile stays accepted and is not counted.
    lock(session, *{f"offer-slot:{freed}" for _, _, freed in found})
    entries = {
        entry.id: entry
        for entry in locked_where(session, WaitListEntry, col(WaitListEntry.id).in_({e for _, e, _ in found}))
    }
    offers = locked_where(
        session,
        WaitListOffer,
        col(WaitListOffer.id).in_([o for o, _, _ in found]),
        WaitListOffer.status == "offered",
        col(WaitListOffer.expires_at) > now,
    )
    _withdrawn(
        session,
        actor,
        offers,
        entries,
        "withdrawn",
        lambda _: "offer withdrawn: the clinic is closed that day",
    )
    return len(offers)


class OfferOut(BaseModel):
    """One open offer, as the wait-list page lists it: to whom, which time, with whom, until when."""

    id: int
    patient_id: int
    patient: str
    local_start: datetime
    provider: str
    visit_type: str
    expires_at: datetime
    rank: int


def offers_out(session: Session, *, actor: Actor, limit: int = 200) -> list[OfferOut]:
    """Offers still open (not answered, not expired) in the asker's clinics, soonest time first: the
    patients they were made to are off the waiting list until they answer, so the wait-list page lists
    them here (#20, trial 51). Reading it is reading the schedule; each entry shown is an audited read."""
    clinics = require_anywhere(session, actor, Action.appointment_read)
    expire_lapsed(session, clinics, actor)
    rows = session.exec(
        select(WaitListOffer, WaitListEntry, Patient)
        .join(WaitListEntry, col(WaitListEntry.id) == WaitListOffer.entry_id)
        .join(Patient, col(Patient.id) == WaitListEntry.patient_id)
        .where(
            col(WaitListEntry.clinic_id).in_(clinics),
            WaitListOffer.status == "offered",
            col(WaitListOffer.expires_at) > utcnow(),
        )
        .order_by(col(WaitListOffer.starts_at), col(WaitListOffer.rank))
        .limit(limit)
    ).all()
    providers = {
        p.id: p.full_name
        for p in session.exec(
            select(Provider).where(col(Provider.id).in_({o.provider_id for o, _, _ in rows}))
        )
    }
    kinds = {
        k.id: k.name
        for k in session.exec(
            select(AppointmentType).where(
                col(AppointmentType.id).in_({o.appointment_type_id for o, _, _ in rows})
            )
        )
    }
    zones = {c: clinic_zone(session, c) for c in {entry.clinic_id for _, entry, _ in rows}}
    record(
        session,
        actor,
        [
            event_on(Action.appointment_read, entry, "wait_list", "wait-list offer out")
            for _, entry, _ in rows
        ],
    )
    session.commit()
    return [
        OfferOut(
            id=offer.id or 0,
            patient_id=entry.patient_id,
            patient=full_name(patient),
            local_start=as_utc(offer.starts_at).astimezone(zones[entry.clinic_id]),
            provider=providers.get(offer.provider_id, ""),
            visit_type=kinds.get(offer.appointment_type_id, ""),
            expires_at=as_utc(offer.expires_at).astimezone(zones[entry.clinic_id]),
            rank=offer.rank,
        )
        for offer, entry, patient in rows
    ]
