"""The assistant's tools: each runs a core service as the asking user (so core's permissions and audit
apply) and answers in a short sentence citing the records it used. Writes are never done here: a write
tool returns a proposal with a one-time token, and only `confirm` carries it out."""

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlmodel import Session, select

from core.actor import Actor
from core.billing.reasons import explain
from core.billing.service import balance as core_balance
from core.billing.service import claim_status as core_claim_status
from core.conversations.models import Conversation
from core.conversations.service import propose, take
from core.errors import Conflict, Invalid, NotFound
from core.kpis import compute
from core.patients.schemas import PatientRead
from core.patients.service import find_loosely
from core.providers.models import Provider
from core.records.service import list_for_patient
from core.scheduling import availability
from core.scheduling.booking import BookingRequest, CancelRequest, RescheduleRequest, book
from core.scheduling.calendar import clinic_zone, day_schedule, policy
from core.scheduling.flows import cancel, reschedule
from core.scheduling.models import Appointment, AppointmentType
from core.scheduling.rules import is_late_cancel
from core.scheduling.waitlist import WaitListCreate, add_entry
from core.timeutil import as_utc, utcnow

FUTURE = ("booked", "scheduled", "checked_in")


@dataclass
class Reply:
    answer: str
    citations: list[dict[str, Any]] = field(default_factory=list)
    proposal: dict[str, Any] | None = None
    intent: str = ""
    data: dict[str, Any] = field(default_factory=dict)


def cite(kind: str, record_id: int | None, label: str = "") -> dict[str, Any]:
    return {"type": kind, "id": record_id, "label": label}


def name(patient: PatientRead) -> str:
    return f"{patient.first_name} {patient.last_name}"


def when(moment: datetime, zone) -> str:  # type: ignore[no-untyped-def]
    local = as_utc(moment).astimezone(zone)
    return local.strftime("%a %b %d, %Y %I:%M %p").replace(" 0", " ")


def local(stamp: str) -> str:
    """An OpenSlot's local ISO start as a person reads it: 'Mon Nov 30, 8:00 AM'."""
    moment = datetime.fromisoformat(stamp)
    meridian = "AM" if moment.hour < 12 else "PM"
    return f"{moment:%a %b} {moment.day}, {moment.hour % 12 or 12}:{moment.minute:02d} {meridian}"


def _provider(session: Session, provider_id: int) -> str:
    provider = session.get(Provider, provider_id)
    return provider.full_name if provider else f"provider {provider_id}"


def _type(session: Session, type_id: int) -> str:
    kind = session.get(AppointmentType, type_id)
    return kind.name if kind else "visit"


def find_patients(
    session: Session, actor: Actor, words: list[str], birth_date: date | None = None
) -> list[PatientRead]:
    """The best matches for the words: a full name first, then any two words side by side, then one."""
    pairs = [words[i : i + 2] for i in range(len(words) - 1)] if len(words) > 2 else []
    tries = [words, *pairs] if len(words) > 1 else [words]
    for attempt in tries:
        found = find_loosely(session, actor=actor, words=attempt, birth_date=birth_date, limit=6)
        if found:
            top = found[0][1]
            return [p for p, score in found if score >= top - 3]
    return []


def next_appointment(session: Session, actor: Actor, patient: PatientRead) -> Reply:
    rows = list_for_patient(session, actor=actor, patient_id=patient.id, kind="appointments")
    now = utcnow()
    ahead = sorted(
        (r for r in rows if r["status"] in FUTURE and as_utc(r["starts_at"]) > now),
        key=lambda r: r["starts_at"],
    )
    zone = clinic_zone(session, patient.clinic_id)
    if not ahead:
        return Reply(
            f"{name(patient)} has no upcoming appointment.", [cite("patient", patient.id, name(patient))]
        )
    first = ahead[0]
    return Reply(
        f"{name(patient)}'s next visit is {when(first['starts_at'], zone)} "
        f"with {_provider(session, first['provider_id'])}"
        f" ({_type(session, first['appointment_type_id'])}).",
        [cite("appointment", first["id"]), cite("patient", patient.id, name(patient))],
        data={"appointment_id": first["id"], "starts_at": as_utc(first["starts_at"]).isoformat()},
    )


def last_appointment(session: Session, actor: Actor, patient: PatientRead) -> Reply:
    rows = list_for_patient(session, actor=actor, patient_id=patient.id, kind="appointments")
    now = utcnow()
    past = sorted(
        (r for r in rows if r["status"] == "completed" and as_utc(r["starts_at"]) <= now),
        key=lambda r: r["starts_at"],
        reverse=True,
    )
    if not past:
        return Reply(
            f"{name(patient)} has no completed visit on record.", [cite("patient", patient.id, name(patient))]
        )
    zone = clinic_zone(session, patient.clinic_id)
    return Reply(
        f"{name(patient)} was last seen {when(past[0]['starts_at'], zone)} "
        f"by {_provider(session, past[0]['provider_id'])}.",
        [cite("appointment", past[0]["id"]), cite("patient", patient.id, name(patient))],
        data={"appointment_id": past[0]["id"]},
    )


def auth_status(session: Session, actor: Actor, patient: PatientRead, today: date) -> Reply:
    rows = list_for_patient(session, actor=actor, patient_id=patient.id, kind="authorizations")
    live = [r for r in rows if r["status"] == "approved" and r["start_date"] <= today <= r["end_date"]]
    if not live:
        return Reply(
            f"{name(patient)} has no authorization in force today.",
            [cite("patient", patient.id, name(patient))],
        )
    parts, citations = [], [cite("patient", patient.id, name(patient))]
    for r in sorted(live, key=lambda r: r["end_date"]):
        left = max(0, r["visits_approved"] - r["visits_used"])
        parts.append(
            f"{r['discipline']}: {left} of {r['visits_approved']} visits left, expires "
            f"{r['end_date'].strftime('%b %d, %Y').replace(' 0', ' ')}"
        )
        citations.append(cite("authorization", r["id"], r["number"]))
    return Reply(
        f"{name(patient)}'s authorization — " + "; ".join(parts) + ".",
        citations,
        data={"visits_left": [max(0, r["visits_approved"] - r["visits_used"]) for r in live]},
    )


def balance(session: Session, actor: Actor, patient: PatientRead) -> Reply:
    found = core_balance(session, actor=actor, patient_id=patient.id)
    text = f"{name(patient)} owes ${found.balance_cents / 100:,.2f}."
    if found.last_payment_on:
        text += f" Last payment ${found.last_payment_cents / 100:,.2f} on {found.last_payment_on}."  # type: ignore[operator]
    return Reply(
        text, [cite("balance", patient.id, name(patient))], data={"balance_cents": found.balance_cents}
    )


def claim_status(session: Session, actor: Actor, claim_id: int) -> Reply:
    found = core_claim_status(session, actor=actor, claim_id=claim_id)
    text = f"Claim {claim_id} ({found.service_date}) is {found.status.replace('_', ' ')}."
    if found.denial_codes:
        text += " " + " ".join(explain(code) for code in found.denial_codes)
    return Reply(
        text, [cite("claim", claim_id)], data={"status": found.status, "denial_codes": found.denial_codes}
    )


def unsigned_notes(session: Session, actor: Actor) -> Reply:
    from core.notes.service import unsigned

    notes = unsigned(session, actor=actor)
    if not notes:
        return Reply("No notes are waiting for a signature.", data={"count": 0})
    listing = "; ".join(
        f"{n.note_type} note {n.id} of {n.created_at:%b %d} ({n.status.replace('_', ' ')})" for n in notes[:8]
    )
    more = f" and {len(notes) - 8} more" if len(notes) > 8 else ""
    return Reply(
        f"{len(notes)} notes are not signed yet: {listing}{more}.",
        [cite("note", n.id) for n in notes[:20]],
        data={"count": len(notes)},
    )


def today_schedule(session: Session, actor: Actor, day: date, provider_id: int | None) -> Reply:
    rows = day_schedule(session, actor=actor, day=day, provider_id=provider_id)
    label = "today" if day == date.today() else day.strftime("%a %b %d").replace(" 0", " ")
    if not rows:
        return Reply(f"No appointments {label}.", data={"count": 0})
    zone = clinic_zone(session, rows[0][0].clinic_id)
    listing = "; ".join(
        f"{as_utc(a.starts_at).astimezone(zone):%I:%M %p} {patient} with {provider.split(',')[0]}".lstrip("0")
        for a, patient, provider, _ in rows[:10]
    )
    more = f" (and {len(rows) - 10} more)" if len(rows) > 10 else ""
    return Reply(
        f"{len(rows)} appointments {label}: {listing}{more}.",
        [cite("appointment", a.id) for a, *_ in rows[:20]],
        data={"count": len(rows)},
    )


def appointment_type(
    session: Session,
    actor: Actor,
    clinic_ids: list[int],
    discipline: str | None,
    kind: str | None,
    minutes: int | None,
) -> AppointmentType | None:
    types = session.exec(select(AppointmentType).where(AppointmentType.clinic_id.in_(clinic_ids))).all()  # type: ignore[attr-defined]
    pool = [
        t
        for t in types
        if (discipline is None or t.discipline == discipline) and (kind is None or t.kind == kind)
    ]
    if minutes:
        pool.sort(key=lambda t: abs(t.duration_minutes - minutes))
    return pool[0] if pool else None


def open_slots(
    session: Session,
    actor: Actor,
    kind: AppointmentType,
    day_from: date,
    day_to: date,
    window: tuple[int, int] | None,
    provider_id: int | None,
    limit: int = 5,
) -> list[availability.OpenSlot]:
    query = availability.SlotQuery(
        appointment_type_id=kind.id or 0,
        date_from=day_from,
        date_to=day_to,
        provider_id=provider_id,
        earliest_minute=window[0] if window else 0,
        latest_minute=window[1] if window else 1440,
        limit=limit,
    )
    return availability.search(session, actor=actor, query=query)


def slots_reply(session: Session, kind: AppointmentType, slots: list[availability.OpenSlot]) -> Reply:
    if not slots:
        return Reply(f"No open {kind.name} slots in that window. Try another day or time.")
    listing = "; ".join(f"{local(s.local_start)} with {s.provider_name.split(',')[0]}" for s in slots)
    return Reply(
        f"Open {kind.name} ({kind.duration_minutes} min): {listing}.",
        [cite("provider", s.provider_id, s.provider_name) for s in slots],
        data={"slots": [s.model_dump(mode="json") for s in slots]},
    )


# -- writes: proposed here, done in confirm() ----------------------------------------------------------------


def propose_booking(
    session: Session,
    actor: Actor,
    chat: Conversation | None,
    patient: PatientRead,
    kind: AppointmentType,
    slot: availability.OpenSlot,
) -> Reply:
    from core.authorizations.service import booked_ahead, covering

    warnings = []
    auth = covering(session, patient_id=patient.id, discipline=kind.discipline, on=slot.starts_at.date())
    if auth is not None:
        left = auth.visits_approved - auth.visits_used - booked_ahead(session, authorization_id=auth.id or 0)
        if slot.starts_at.date() > auth.end_date:
            warnings.append(f"the authorization ends {auth.end_date} before this visit")
        elif left <= 1:
            warnings.append(
                f"only {max(left, 0)} visits left on the authorization after the ones already booked"
            )
    summary = f"Book {name(patient)} for {kind.name} on {local(slot.local_start)} with {slot.provider_name}"
    payload = {
        "patient_id": patient.id,
        "provider_id": slot.provider_id,
        "appointment_type_id": kind.id,
        "starts_at": slot.starts_at.isoformat(),
    }
    token = propose(session, actor=actor, chat=chat, action="book", payload=payload, summary=summary)
    session.commit()
    return Reply(
        summary + "? Confirm to book." + (" Warning: " + "; ".join(warnings) + "." if warnings else ""),
        [cite("patient", patient.id, name(patient)), cite("provider", slot.provider_id, slot.provider_name)],
        proposal={"token": token, "action": "book", "summary": summary, "warnings": warnings},
        data={**payload, "minutes": kind.duration_minutes},
    )


def propose_cancel(
    session: Session,
    actor: Actor,
    chat: Conversation | None,
    patient: PatientRead,
    appointment_id: int,
    starts_at: datetime,
    reason: str,
) -> Reply:
    zone = clinic_zone(session, patient.clinic_id)
    current = session.get(Appointment, appointment_id)
    with_whom = f" with {_provider(session, current.provider_id)}" if current else ""
    summary = f"Cancel {name(patient)}'s visit on {when(starts_at, zone)}{with_whom} (reason: {reason})"
    # Said before the yes, as the cancellation will record it (core.scheduling.rules).
    hours = policy(session, patient.clinic_id).late_cancel_hours
    warnings = (
        [f"this is a late cancellation (less than {hours} hours ahead)"]
        if is_late_cancel(as_utc(starts_at), utcnow(), hours)
        else []
    )
    token = propose(
        session,
        actor=actor,
        chat=chat,
        action="cancel",
        payload={"appointment_id": appointment_id, "reason": reason},
        summary=summary,
    )
    session.commit()
    return Reply(
        summary + "? Confirm to cancel." + (" Note: " + "; ".join(warnings) + "." if warnings else ""),
        [cite("appointment", appointment_id)],
        proposal={"token": token, "action": "cancel", "summary": summary, "warnings": warnings},
        data={"appointment_id": appointment_id},
    )


def propose_reschedule(
    session: Session,
    actor: Actor,
    chat: Conversation | None,
    patient: PatientRead,
    appointment_id: int,
    slot: availability.OpenSlot,
) -> Reply:
    # In words a person checks before saying yes: which visit (day, time, with whom), where it goes,
    # and that the therapist changes when it does (the appointment's number means nothing to them).
    current = session.get(Appointment, appointment_id)
    if current is None:
        raise NotFound(f"appointment {appointment_id} not found")
    zone = clinic_zone(session, patient.clinic_id)
    before = _provider(session, current.provider_id)
    summary = (
        f"Move {name(patient)}'s visit on {when(current.starts_at, zone)} with {before} "
        f"to {local(slot.local_start)} with {slot.provider_name}"
    )
    warnings = [] if slot.provider_id == current.provider_id else [f"the therapist changes from {before}"]
    token = propose(
        session,
        actor=actor,
        chat=chat,
        action="reschedule",
        payload={
            "appointment_id": appointment_id,
            "starts_at": slot.starts_at.isoformat(),
            "provider_id": slot.provider_id,
        },
        summary=summary,
    )
    session.commit()
    return Reply(
        summary + "? Confirm to move it." + (" Note: " + "; ".join(warnings) + "." if warnings else ""),
        [cite("appointment", appointment_id)],
        proposal={"token": token, "action": "reschedule", "summary": summary, "warnings": warnings},
        data={"appointment_id": appointment_id},
    )


def propose_waitlist(
    session: Session,
    actor: Actor,
    chat: Conversation | None,
    patient: PatientRead,
    kind: AppointmentType,
    window: tuple[int, int] | None,
    weekday: int | None,
) -> Reply:
    payload = {
        "patient_id": patient.id,
        "appointment_type_id": kind.id,
        "weekdays": [weekday] if weekday is not None else [0, 1, 2, 3, 4],
        "earliest_minute": window[0] if window else 0,
        "latest_minute": window[1] if window else 1440,
    }
    span = f" {_span(window)}" if window else ""
    summary = f"Add {name(patient)} to the wait list for {kind.name}{span}"
    token = propose(session, actor=actor, chat=chat, action="waitlist", payload=payload, summary=summary)
    session.commit()
    return Reply(
        summary + "? Confirm to add.",
        [cite("patient", patient.id, name(patient))],
        proposal={"token": token, "action": "waitlist", "summary": summary, "warnings": []},
        data=payload,
    )


def _span(window: tuple[int, int]) -> str:
    start, end = window[0], min(window[1], 1439)
    return f"between {time(start // 60, start % 60):%H:%M} and {time(end // 60, end % 60):%H:%M}"


def confirm(session: Session, actor: Actor, token: str) -> Reply:
    """Carry out a proposal: its token, its user, once. A slot taken meanwhile is said plainly, with the
    next open time."""
    proposal = take(session, actor=actor, token=token)
    payload = proposal.payload
    try:
        if proposal.action == "book":
            booked = book(
                session,
                actor=actor,
                request=BookingRequest(
                    patient_id=payload["patient_id"],
                    provider_id=payload["provider_id"],
                    appointment_type_id=payload["appointment_type_id"],
                    starts_at=datetime.fromisoformat(payload["starts_at"]),
                ),
            )
            zone = clinic_zone(session, booked.appointment.clinic_id)
            return Reply(
                f"Booked: {when(booked.appointment.starts_at, zone)}."
                + (" " + " ".join(booked.warnings) if booked.warnings else ""),
                [cite("appointment", booked.appointment.id)],
                intent="confirm",
                data={"appointment_id": booked.appointment.id},
            )
        if proposal.action == "cancel":
            appointment, offers = cancel(
                session,
                actor=actor,
                appointment_id=payload["appointment_id"],
                request=CancelRequest(reason=payload["reason"]),
            )
            extra = f" The slot was offered to {len(offers)} waiting patients." if offers else ""
            late = " It is recorded as a late cancellation." if appointment.late_cancel else ""
            zone = clinic_zone(session, appointment.clinic_id)
            return Reply(
                f"Cancelled the visit on {when(appointment.starts_at, zone)}.{late}{extra}",
                [cite("appointment", appointment.id)],
                intent="confirm",
            )
        if proposal.action == "reschedule":
            booked, _ = reschedule(
                session,
                actor=actor,
                appointment_id=payload["appointment_id"],
                request=RescheduleRequest(
                    starts_at=datetime.fromisoformat(payload["starts_at"]), provider_id=payload["provider_id"]
                ),
            )
            zone = clinic_zone(session, booked.appointment.clinic_id)
            return Reply(
                f"Moved to {when(booked.appointment.starts_at, zone)}.",
                [cite("appointment", booked.appointment.id)],
                intent="confirm",
            )
        if proposal.action == "waitlist":
            entry = add_entry(session, actor=actor, data=WaitListCreate(**payload))
            return Reply(
                f"Added to the wait list (entry {entry.id}).",
                [cite("wait_list_entry", entry.id)],
                intent="confirm",
            )
    except Conflict as error:
        session.rollback()
        _mark_used(session, token, actor)
        nxt = error.extra.get("next_open") if error.extra else None
        return Reply(
            f"That could not be done: {error.detail}." + (f" The next open time is {nxt}." if nxt else ""),
            intent="confirm",
            data={"conflict": True, "next_open": nxt},
        )
    raise Invalid(f"unknown proposal {proposal.action}")


def _mark_used(session: Session, token: str, actor: Actor) -> None:
    try:
        take(session, actor=actor, token=token)
        session.commit()
    except (Conflict, NotFound):
        session.rollback()


def kpis(session: Session, actor: Actor, key: str | None, period: tuple[date, date]) -> Reply:
    headline = ["clean_claim_rate", "denial_rate", "days_in_ar", "net_collection_rate"]
    chosen = compute(session, actor=actor, start=period[0], end=period[1], keys=[key] if key else headline)
    text = "; ".join(f"{k.name}: {'no data' if k.value is None else f'{k.value:g} {k.unit}'}" for k in chosen)
    return Reply(
        f"{period[0]:%b %d} to {period[1]:%b %d, %Y} — {text}.",
        [cite("kpi", None, k.key) for k in chosen],
        data={k.key: k.value for k in chosen},
    )


def today_in(session: Session, clinic_id: int) -> date:
    return datetime.now(clinic_zone(session, clinic_id)).date()
