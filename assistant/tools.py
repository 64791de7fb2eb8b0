"""The assistant's tools: each runs a core service as the asking user (so core's permissions and audit
apply) and answers in a short sentence citing the records it used. Writes are never done here: a write
tool returns a proposal with a one-time token, and only `confirm` carries it out."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlmodel import Session, col, select

from core.actor import Actor
from core.billing.claims import UNSENT, work_list
from core.billing.reasons import explain
from core.billing.service import balance as core_balance
from core.billing.service import claim_status as core_claim_status
from core.billing.service import claim_statuses
from core.billing.waiting import sent_unpaid
from core.conversations.models import Conversation
from core.conversations.service import propose, take
from core.errors import Conflict, Invalid, NotFound
from core.kpis import compute
from core.patients.schemas import PatientRead
from core.patients.service import find_loosely, load_patient
from core.permissions import Action, clinics_where
from core.providers.models import Provider
from core.records.service import list_for_patient
from core.scheduling import availability
from core.scheduling.booking import (
    BookingRequest,
    CancelRequest,
    RescheduleRequest,
    book,
    check_authorization,
)
from core.scheduling.booking import authorization_cap as series_cap
from core.scheduling.calendar import clinic_zone, day_schedule, policy
from core.scheduling.flows import cancel, reschedule
from core.scheduling.models import Appointment, AppointmentType
from core.scheduling.rules import ACTIVE, SeriesCap, is_late_cancel
from core.scheduling.waitlist import Waiting, WaitListCreate, add_entry, nobody_offered, remove_entry, waiting
from core.timeutil import as_utc, clock_words, utcnow
from core.visits.models import Visit as Encounter
from core.words import counted, dollars

# An appointment still to come: booked, or in the room. ("scheduled" is an imported system's word for
# booked; core.migration maps it on the way in, so no appointment here holds it.)
FUTURE = ACTIVE


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


def when(moment: datetime, zone: tzinfo) -> str:
    local = as_utc(moment).astimezone(zone)
    return local.strftime("%a %b %d, %Y %I:%M %p").replace(" 0", " ")


def local(stamp: str) -> str:
    """An OpenSlot's local ISO start as a person reads it: 'Mon Nov 30, 8:00 AM'."""
    moment = datetime.fromisoformat(stamp)
    return f"{moment:%a %b} {moment.day}, {clock_words(moment.hour, moment.minute)}"


def _provider(session: Session, provider_id: int) -> str:
    provider = session.get(Provider, provider_id)
    return provider.full_name if provider else f"provider {provider_id}"


def provider_clinic(session: Session, provider_id: int) -> int:
    provider = session.get(Provider, provider_id)
    return provider.clinic_id if provider else 0


def _type(session: Session, type_id: int) -> str:
    kind = session.get(AppointmentType, type_id)
    return kind.name if kind else "visit"


def find_patients(
    session: Session, actor: Actor, words: list[str], birth_date: date | None = None
) -> list[PatientRead]:
    """The best matches for the words: a full name first, then any two words side by side, then one word
    alone (held to a closer match, since a stray word of the message must not land on a patient)."""
    pairs = [words[i : i + 2] for i in range(len(words) - 1)] if len(words) > 2 else []
    tries = [words, *pairs] if len(words) > 1 else [words]
    for attempt in tries:
        found = find_loosely(session, actor=actor, words=attempt, birth_date=birth_date, limit=6)
        if found:
            top = found[0][1]
            return [p for p, score in found if score >= top - 3]
    if len(words) < 2:
        return []
    best: list[tuple[PatientRead, float]] = []
    for word in sorted(words, key=lambda w: not w[:1].isupper()):  # a capitalised word first: a name
        found = find_loosely(session, actor=actor, words=[word], birth_date=birth_date, limit=6, min_score=90)
        if found and (not best or found[0][1] > best[0][1]):
            best = found
    return [p for p, score in best if score >= best[0][1] - 3] if best else []


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
            f"{r['discipline']} (auth {r['number']}): {left} of {r['visits_approved']} visits left, expires "
            f"{r['end_date'].strftime('%b %d, %Y').replace(' 0', ' ')}"
        )
        citations.append(cite("authorization", r["id"], r["number"]))
    return Reply(
        f"{name(patient)}'s authorization — " + "; ".join(parts) + ".",
        citations,
        data={"visits_left": [max(0, r["visits_approved"] - r["visits_used"]) for r in live]},
    )


def balance_words(cents: int) -> str:
    """A balance as the desk says it: what is owed, or a credit where the patient paid more than they owe
    (a negative balance is money held for them, never "$-11.02")."""
    if cents < 0:
        return f"a credit of {dollars(-cents)} (nothing owed)"
    return dollars(cents)


def owes_words(who: str, cents: int) -> str:
    """'Maria Lopez owes $40.00.', or 'Maria Lopez has a credit of $11.02 (nothing owed).'"""
    return f"{who} has {balance_words(cents)}." if cents < 0 else f"{who} owes {balance_words(cents)}."


def _balance_cites(patient: PatientRead) -> list[dict[str, Any]]:
    # the balance is read off the patient's account, which the patient's page shows: cited as the patient,
    # a source the chat links to (a "balance" source had no page and was shown as none)
    return [cite("patient", patient.id, name(patient))]


def balance(session: Session, actor: Actor, patient: PatientRead) -> Reply:
    found = core_balance(session, actor=actor, patient_id=patient.id)
    text = owes_words(name(patient), found.balance_cents)
    if found.last_payment_on and found.last_payment_cents is not None:  # set together, by the last payment
        paid_on = day_words(date.fromisoformat(str(found.last_payment_on)[:10]))
        text += f" Last payment {dollars(found.last_payment_cents)} on {paid_on}."
    return Reply(text, _balance_cites(patient), data={"balance_cents": found.balance_cents})


WORK_LIST_SHOWN = 10


def clinic_work_list(session: Session, actor: Actor, kind: str) -> Reply:
    """The clinic's billing work list, as the claims page keeps it (core's work_list: held claims oldest
    service first, or denied lines newest first, in the asker's clinics, for a role that may read claims;
    Forbidden otherwise). The first ten are written out; the page holds the rest."""
    if kind == "sent":
        return _sent_unpaid(session, actor)
    rows = work_list(session, actor=actor, kind=kind, limit=WORK_LIST_SHOWN + 1)
    shown = rows[:WORK_LIST_SHOWN]
    if not shown:
        return Reply(f"No claims are {kind} now.", [], intent="claim_status")
    parts = []
    for r in shown:
        day = day_words(date.fromisoformat(r["service_date"]))
        if kind == "held":
            why = r["findings"][0]["message"] if r["findings"] else "no finding recorded"
            parts.append(f"claim {r['claim_id']} ({day}, ${r['total_cents'] / 100:,.2f}): {why}")
        else:
            code = f", CARC {r['carc']}" if r["carc"] else ""
            parts.append(f"claim {r['claim_id']} ({day}) line {r['line']} {r['cpt']}{code}")
    first = (
        f"The first {WORK_LIST_SHOWN} {kind} "
        + ("claims, oldest service first" if kind == "held" else "claim lines, newest service first")
        if len(rows) > WORK_LIST_SHOWN
        else f"{counted(len(shown), 'claim' if kind == 'held' else 'claim line')} {kind}"
    )
    more = "; the rest are on the claims page" if len(rows) > WORK_LIST_SHOWN else ""
    cited = list(dict.fromkeys(r["claim_id"] for r in shown))
    return Reply(
        f"{first}: " + "; ".join(parts) + more + ".",
        [cite("claim", c) for c in cited],
        intent="claim_status",
    )


def _sent_unpaid(session: Session, actor: Actor) -> Reply:
    """Claims sent and not yet answered by the payer (#19: "any claims waiting", "claims not paid yet"),
    oldest sent first; the first ten written out, with the count of all."""
    total, rows = sent_unpaid(session, actor=actor, limit=WORK_LIST_SHOWN)
    if not rows:
        return Reply(
            "No claims are waiting on a payer: none is sent and not yet paid.", [], intent="claim_status"
        )
    today = today_in(session, rows[0]["clinic_id"])
    parts = []
    for r in rows:
        sent = r["sent_on"]
        waited = f", sent {day_words(sent)} ({counted((today - sent).days, 'day')} ago)" if sent else ""
        # each claim by its control number as the biller sees it (the claim page, the 837P, the 835)
        number = r["control_number"] or r["claim_id"]
        parts.append(
            f"claim {number} to {r['payer']} ({day_words(r['service_date'])}, "
            f"${r['total_cents'] / 100:,.2f}{waited})"
        )
    lead = (
        f"{counted(total, 'claim')} sent and not yet paid; the {WORK_LIST_SHOWN} sent longest ago"
        if total > len(rows)
        else f"{counted(total, 'claim')} sent and not yet paid"
    )
    more = "; the rest are on the claims page" if total > len(rows) else ""
    return Reply(
        f"{lead}: " + "; ".join(parts) + more + ".",
        [cite("claim", r["claim_id"]) for r in rows],
        intent="claim_status",
    )


def claim_status(session: Session, actor: Actor, claim_id: int) -> Reply:
    found = core_claim_status(session, actor=actor, claim_id=claim_id)
    served = day_words(date.fromisoformat(str(found.service_date)[:10]))
    text = f"Claim {claim_id} (date of service {served}) is {found.status.replace('_', ' ')}."
    if found.denial_codes:
        text += " " + " ".join(explain(code) for code in found.denial_codes)
    return Reply(
        text,
        [cite("claim", claim_id)],
        data={"status": found.status, "denial_codes": found.denial_codes, "patient_id": found.patient_id},
    )


def unsigned_notes(session: Session, actor: Actor, provider_ids: list[int] | None = None) -> Reply:
    from core.notes.service import unsigned

    notes = unsigned(session, actor=actor, limit=500)
    if provider_ids:
        notes = [n for n in notes if n.provider_id in provider_ids]
        if not notes:
            # the notes listed are the ones the asker may see: "none" is said of those only, never of all hers
            return Reply(
                "None of the notes you can see for that provider are waiting for a signature.",
                data={"count": 0},
            )
    if not notes:
        return Reply("No notes are waiting for a signature.", data={"count": 0})
    own_ids = set(actor.provider_ids or ())
    if not provider_ids and own_ids and any(n.provider_id not in own_ids for n in notes):
        # a clinician's own notes not signed, and apart from them the assistants' notes waiting for their
        # co-sign: "what havent i signed" is counted by the first, the co-sign queue said after it
        own = [n for n in notes if n.provider_id in own_ids]
        queue = [n for n in notes if n.provider_id not in own_ids]
        first = (
            f"{counted(len(own), 'note')} of your own {'is' if len(own) == 1 else 'are'} not signed yet: "
            + "; ".join(unsigned_line(session, n) for n in own[:8])
            + (f" and {len(own) - 8} more" if len(own) > 8 else "")
            + "."
            if own
            else "None of your own notes is waiting for a signature."
        )
        then = (
            f" Waiting for your co-sign: {'; '.join(unsigned_line(session, n) for n in queue[:8])}"
            + (f" and {len(queue) - 8} more" if len(queue) > 8 else "")
            + "."
        )
        return Reply(first + then, [cite("note", n.id) for n in (own + queue)[:20]], data={"count": len(own)})
    # whose visit each note is and its day: the notes were read (and audited) with their patients, and
    # "which notes do i still need to sign" is answered by the patients and the visits' days, as a
    # therapist finds them, never by internal note numbers
    listing = "; ".join(unsigned_line(session, n) for n in notes[:8])
    more = f" and {len(notes) - 8} more" if len(notes) > 8 else ""
    verb = "is" if len(notes) == 1 else "are"
    return Reply(
        f"{counted(len(notes), 'note')} {verb} not signed yet: {listing}{more}.",
        [cite("note", n.id) for n in notes[:20]],
        data={"count": len(notes)},
    )


def unsigned_line(session: Session, note: Any) -> str:
    """'Yuki Mitchell's daily note for Mon Nov 27, 2028 (draft)': the patient, the kind of note and the
    visit's day in the clinic's time (the note's own date where its visit is not found)."""
    patient = load_patient(session, note.patient_id)
    encounter = session.get(Encounter, note.visit_id)
    moment = as_utc(encounter.service_date if encounter is not None else note.created_at)
    day = moment.astimezone(clinic_zone(session, note.clinic_id)).date()
    state = note.status.replace("_", " ")
    return f"{patient.first_name} {patient.last_name}'s {note.note_type} note for {day_words(day)} ({state})"


def today_schedule(session: Session, actor: Actor, day: date, provider_id: int | None) -> Reply:
    rows = day_schedule(session, actor=actor, day=day, provider_id=provider_id)
    label = "today" if day == utcnow().date() else day.strftime("%a %b %d").replace(" 0", " ")
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
    types = session.exec(select(AppointmentType).where(col(AppointmentType.clinic_id).in_(clinic_ids))).all()
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
    earliest, latest = (max(0, window[0]), min(1440, window[1])) if window else (0, 1440)
    if latest <= earliest or day_to < day_from:
        return []  # a time past midnight, or a span that ends before it starts: nothing fits
    query = availability.SlotQuery(
        appointment_type_id=kind.id or 0,
        date_from=day_from,
        date_to=min(day_to, day_from + timedelta(days=availability.MAX_DAYS)),
        provider_id=provider_id,
        earliest_minute=earliest,
        latest_minute=latest,
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


def authorization_check(session: Session, patient_id: int, discipline: str, on: date) -> tuple[str, str]:
    """Core's decision for one more visit on a day ("ok", "warn" or "refuse", and why), read before the
    proposal so that a booking the payer refuses is never offered (the same rule booking applies)."""
    check = check_authorization(session, load_patient(session, patient_id), discipline, on)
    return check.outcome, check.reason


def authorization_cap(
    session: Session, patient_id: int, discipline: str, days: list[date]
) -> SeriesCap | None:
    """Core's cap on a series (booking.authorization_cap), read before the proposal, without holding the
    authorization: the dates proposed are those the desk's series would book, the rest named with why."""
    return series_cap(session, patient_id=patient_id, discipline=discipline, days=days)


def _ask_yes(
    session: Session,
    actor: Actor,
    chat: Conversation | None,
    action: str,
    payload: dict[str, Any],
    summary: str,
    question: str,
    *,
    visit: int | None = None,
    citations: list[dict[str, Any]] | None = None,
    data: dict[str, Any] | None = None,
    warnings: list[str] | None = None,
    note: str = "",
) -> Reply:
    """The proposal stored and committed (its token must outlive this request: the yes comes in the next
    one), and the reply that asks for the yes: the summary as a question, then the warnings in one
    sentence, then anything the yes also does (`note`). A change to one booked visit (`visit`) cites
    it and answers its id, and what the change also brings (a late cancellation, another therapist) is
    a note, not a warning."""
    if not clinics_where(actor.roles, Action.appointment_write):
        # a role that may not confirm is never offered a Confirm (it would only be refused at the yes): what
        # would be proposed is said, and who can do it
        role = ", ".join(sorted(set(actor.roles.values()))) or "none"
        return Reply(
            f"Your role ({role}) can't book, cancel or move visits, so I have not proposed anything; the "
            f"front desk can do it for you: {summary}.",
            [cite("appointment", visit)] if visit else citations or [],
            intent="refused",
        )
    token = propose(session, actor=actor, chat=chat, action=action, payload=payload, summary=summary)
    session.commit()
    warnings = warnings or []
    said = f" {'Note' if visit else 'Warning'}: " + "; ".join(warnings) + "." if warnings else ""
    return Reply(
        f"{summary}? {question}{said}{note}",
        [cite("appointment", visit)] if visit else citations or [],
        proposal={"token": token, "action": action, "summary": summary, "warnings": warnings},
        data={"appointment_id": visit} if visit else data or {},
    )


def propose_booking(
    session: Session,
    actor: Actor,
    chat: Conversation | None,
    patient: PatientRead,
    kind: AppointmentType,
    slot: availability.OpenSlot,
    warnings: list[str] | None = None,
) -> Reply:
    """The booking in words (who, what, when, with whom, how long) and what the authorization says
    about it, checked by the caller before (`authorization_check`)."""
    warnings = list(warnings or [])
    summary = (
        f"Book {name(patient)} for {kind.name} ({kind.duration_minutes} min) on {local(slot.local_start)} "
        f"with {slot.provider_name}"
    )
    payload = {
        "patient_id": patient.id,
        "provider_id": slot.provider_id,
        "appointment_type_id": kind.id,
        "starts_at": slot.starts_at.isoformat(),
    }
    return _ask_yes(
        session,
        actor,
        chat,
        "book",
        payload,
        summary,
        "Confirm to book.",
        citations=[
            cite("patient", patient.id, name(patient)),
            cite("provider", slot.provider_id, slot.provider_name),
        ],
        data={**payload, "minutes": kind.duration_minutes},
        warnings=warnings,
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
    payload = {"appointment_id": appointment_id, "reason": reason}
    return _ask_yes(
        session,
        actor,
        chat,
        "cancel",
        payload,
        summary,
        "Confirm to cancel.",
        visit=appointment_id,
        warnings=warnings,
    )


def propose_series(
    session: Session,
    actor: Actor,
    chat: Conversation | None,
    patient: PatientRead,
    kind: AppointmentType,
    provider: Provider,
    request: Any,
    days: list[date],
    warnings: list[str],
    skip: list[date] | None = None,
) -> Reply:
    """Several dates at one time with one provider, listed in words; those said to be taken are left out
    of what the yes books."""
    from core.scheduling.slots import local_instant

    zone = clinic_zone(session, provider.clinic_id)
    base = {"patient_id": patient.id, "provider_id": provider.id, "appointment_type_id": kind.id}
    hour, minute = divmod(request.local_minute, 60)
    at = clock_words(hour, minute)
    listing = ", ".join(f"{d:%a %b} {d.day}" for d in days)
    summary = (
        f"Book {name(patient)} for {kind.name} ({kind.duration_minutes} min) at {at} wit"
        f"h {provider.full_name}, "
        f"{len(days)} visits: {listing}"
    )
    return _ask_yes(
        session,
        actor,
        chat,
        "book",
        # each date itself, so the yes books exactly the dates listed (each checked again by core then)
        {
            "series": [
                {**base, "starts_at": local_instant(d, request.local_minute, zone).isoformat()}
                for d in days
                if d not in (skip or [])
            ]
        },
        summary,
        "Confirm to book them.",
        citations=[
            cite("patient", patient.id, name(patient)),
            cite("provider", provider.id, provider.full_name),
        ],
        data={
            "days": [d.isoformat() for d in days],
            "provider_id": provider.id,
            # what a change to the series ("skip the 20th") proposes again, in the conversation's state
            "series": {
                "patient_id": patient.id,
                "provider_id": provider.id,
                "type_id": kind.id,
                "minute": request.local_minute,
                "days": [d.isoformat() for d in days if d not in (skip or [])],
                # the dates said but not open: kept, so a change to the series proposes them (and says
                # them skipped) again instead of dropping them
                "skipped": [d.isoformat() for d in days if d in (skip or [])],
            },
        },
        warnings=warnings,
    )


def propose_cancel_many(
    session: Session,
    actor: Actor,
    chat: Conversation | None,
    visits: list["Visit"],
    reason: str,
    by: str = "patient",
) -> Reply:
    """Several visits cancelled on one yes (all of a patient's, or a provider's day), each listed."""
    listing = "; ".join(f"{v.patient} {v.words()}" for v in visits)
    summary = f"Cancel these {len(visits)} visits (reason: {reason}): {listing}"
    return _ask_yes(
        session,
        actor,
        chat,
        "cancel",
        {"appointment_ids": [v.id for v in visits], "reason": reason, "by": by},
        summary,
        "Confirm to cancel them all.",
        citations=[cite("appointment", v.id) for v in visits],
        data={
            "appointment_ids": [v.id for v in visits],
            "many": {"visits": [v.plain() for v in visits], "reason": reason, "by": by},
        },
        note=" They are recorded as cancelled by the clinic, not the patient." if by == "clinic" else "",
    )


def propose_no_show(
    session: Session, actor: Actor, chat: Conversation | None, patient: PatientRead, visit: "Visit"
) -> Reply:
    summary = f"Mark {name(patient)}'s visit {visit.words()} as a no-show"
    payload = {"appointment_id": visit.id, "reason": "did not arrive"}
    return _ask_yes(session, actor, chat, "no_show", payload, summary, "Confirm to mark it.", visit=visit.id)


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
    # The rule the move's confirm applies (core.scheduling.flows.reschedule), read before proposing, so
    # that a yes is never met with "That could not be done".
    kind = session.get(AppointmentType, current.appointment_type_id)
    check = check_authorization(
        session,
        load_patient(session, patient.id or 0),
        kind.discipline if kind is not None else "",
        datetime.fromisoformat(slot.local_start).date(),
        exclude=appointment_id,
    )
    if check.outcome == "refuse":
        return Reply(
            f"I can't move {name(patient)}'s visit on {when(current.starts_at, zone)} to "
            f"{local(slot.local_start)}: {check.reason}, and the payer does not allow booking past it, so "
            "nothing was proposed. Once a new authorization is on file, ask again.",
            data={"slots": [slot.model_dump(mode="json")]},
        )
    if check.outcome == "warn" and check.reason:
        warnings.append(check.reason)
    payload = {
        "appointment_id": appointment_id,
        "starts_at": slot.starts_at.isoformat(),
        "provider_id": slot.provider_id,
    }
    asked = "Confirm to move it."
    return _ask_yes(
        session, actor, chat, "reschedule", payload, summary, asked, visit=appointment_id, warnings=warnings
    )


DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def propose_waitlist(
    session: Session,
    actor: Actor,
    chat: Conversation | None,
    patient: PatientRead,
    kind: AppointmentType,
    window: tuple[int, int] | None,
    weekday: int | None,
    *,
    weekdays: list[int] | None = None,
    provider: Provider | None = None,
) -> Reply:
    """The wait-list entry proposed: for the kind of visit (and provider, days, hours) the conversation
    was about, each said in words so a person can catch a wrong one before the yes."""
    days = weekdays if weekdays else [weekday] if weekday is not None else [0, 1, 2, 3, 4]
    payload = {
        "patient_id": patient.id,
        "appointment_type_id": kind.id,
        "provider_id": provider.id if provider else None,
        "weekdays": days,
        "earliest_minute": window[0] if window else 0,
        "latest_minute": window[1] if window else 1440,
    }
    span = f" {_span(window)}" if window else ""
    with_whom = f" with {provider.full_name.split(',')[0]}" if provider else ""
    on_days = "" if set(days) >= {0, 1, 2, 3, 4} else " on " + "/".join(DAY_NAMES[d] for d in sorted(days))
    summary = f"Add {name(patient)} to the wait list for {kind.name}{with_whom}{on_days}{span}"
    return _ask_yes(
        session,
        actor,
        chat,
        "waitlist",
        payload,
        summary,
        "Confirm to add.",
        citations=[cite("patient", patient.id, name(patient))],
        data=payload,
    )


def propose_waitlist_off(
    session: Session, actor: Actor, chat: Conversation | None, patient: PatientRead, entry: Waiting
) -> Reply:
    """Taking one wait-list entry off, proposed with the entry in words (the kind of visit, provider,
    days, hours, since when); written only on the yes, by core's wait-list service."""
    visit, wanted = waiting_words(entry)
    summary = f"Take {name(patient)} off the wait list for {visit} ({wanted})"
    payload = {"entry_id": entry.entry_id, "patient_id": patient.id}
    return _ask_yes(
        session,
        actor,
        chat,
        "waitlist_off",
        payload,
        summary,
        "Confirm to remove.",
        citations=[cite("patient", patient.id, name(patient))],
        data=payload,
    )


def waiting_words(entry: Waiting) -> tuple[str, str]:
    """A wait-list entry as the desk says it: the visit ('PT follow-up with Ana Ruiz, PT') and what it
    waits for ('Tue/Thu, 3:00 PM-3:45 PM; waiting since Mar 02')."""
    days = (
        "any weekday"
        if set(entry.weekdays) >= {0, 1, 2, 3, 4}
        else "/".join(DAY_NAMES[d] for d in entry.weekdays)
    )
    window = (entry.earliest_minute, entry.latest_minute)
    hours = f", {_span(window)}" if window != (0, 1440) else ""
    with_whom = f" with {entry.provider}" if entry.provider else ""
    return f"{entry.visit_type}{with_whom}", f"{days}{hours}; waiting since {entry.since:%b %d}"


def wait_list(
    session: Session,
    actor: Actor,
    weekday: int | None = None,
    patient: PatientRead | None = None,
    clinic_id: int | None = None,
) -> Reply:
    """Who is waiting (for that weekday, or that patient's entries), oldest first, as core lists it."""
    rows = waiting(
        session,
        actor=actor,
        weekday=weekday,
        patient_id=patient.id if patient else None,
        clinic_id=clinic_id,
    )
    day = f" for a {DAY_NAMES[weekday]} slot" if weekday is not None else ""
    if patient is not None and not rows:
        return Reply(
            f"{name(patient)} is not on the wait list.", [cite("patient", patient.id, name(patient))]
        )
    if not rows:
        return Reply(f"Nobody is on the wait list{day}.")
    lines = []
    for w in rows[:10]:
        visit, wanted = waiting_words(w)
        lines.append(f"{w.patient} ({visit}; {wanted})")
    more = f" (and {len(rows) - 10} more)" if len(rows) > 10 else ""
    return Reply(
        f"{len(rows)} on the wait list{day}, longest waiting first: " + "; ".join(lines) + more + ".",
        [cite("patient", w.patient_id, w.patient) for w in rows[:10]],
        data={"entries": [w.entry_id for w in rows]},
    )


def _span(window: tuple[int, int]) -> str:
    start, end = window[0], min(window[1], 1439)
    return f"between {clock_words(*divmod(start, 60))} and {clock_words(*divmod(end, 60))}"


def confirm(session: Session, actor: Actor, token: str) -> Reply:
    """Carry out a proposal: its token, its user, once. A slot taken meanwhile is said plainly, with the
    next open time."""
    proposal = take(session, actor=actor, token=token)
    payload = proposal.payload
    try:
        if proposal.action == "book" and "series" not in payload:
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
        if proposal.action == "cancel" and "appointment_ids" not in payload:
            appointment, offers = cancel(
                session,
                actor=actor,
                appointment_id=payload["appointment_id"],
                request=CancelRequest(reason=payload["reason"]),
            )
            # offered to nobody: said why (#19), as the schedule page says it after its own cancel
            extra = (
                f" The slot was offered to {counted(len(offers), 'waiting patient')}."
                if offers
                else " " + nobody_offered(session, actor=actor, appointment_id=appointment.id or 0)
            )
            late = " It is recorded as a late cancellation." if appointment.late_cancel else ""
            zone = clinic_zone(session, appointment.clinic_id)
            return Reply(
                f"Cancelled the visit on {when(appointment.starts_at, zone)}.{late}{extra}",
                [cite("appointment", appointment.id)],
                intent="confirm",
            )
        if proposal.action == "no_show":
            from core.scheduling.booking import no_show

            missed = no_show(
                session, actor=actor, appointment_id=payload["appointment_id"], reason=payload["reason"]
            )
            zone = clinic_zone(session, missed.clinic_id)
            return Reply(
                f"Marked the visit on {when(missed.starts_at, zone)} as a no-show.",
                [cite("appointment", missed.id)],
                intent="confirm",
            )
        if proposal.action == "book" and "series" in payload:  # several dates on one yes, each booked by core
            done, skipped = [], []
            for item in payload["series"]:
                starts = datetime.fromisoformat(item["starts_at"])
                try:
                    booked = book(
                        session, actor=actor, request=BookingRequest(**{**item, "starts_at": starts})
                    )
                    done.append(booked.appointment)
                except (Conflict, Invalid) as error:
                    session.rollback()
                    zone = clinic_zone(session, provider_clinic(session, item["provider_id"]))
                    skipped.append(f"{when(starts, zone)} ({error.detail})")
            zone = clinic_zone(session, provider_clinic(session, payload["series"][0]["provider_id"]))
            listing = "; ".join(when(a.starts_at, zone) for a in done)
            return Reply(
                f"Booked {len(done)} visits: {listing}."
                + (f" Not booked: {'; '.join(skipped)}." if skipped else ""),
                [cite("appointment", a.id) for a in done],
                intent="confirm",
            )
        if proposal.action == "cancel" and "appointment_ids" in payload:  # several on one yes
            cancelled: list[str] = []
            for appointment_id in payload["appointment_ids"]:
                appointment, _ = cancel(
                    session,
                    actor=actor,
                    appointment_id=appointment_id,
                    request=CancelRequest(reason=payload["reason"], by=payload.get("by", "patient")),
                )
                zone = clinic_zone(session, appointment.clinic_id)
                cancelled.append(when(appointment.starts_at, zone))
            return Reply(
                f"Cancelled {len(cancelled)} visits: {'; '.join(cancelled)}.",
                [cite("appointment", i) for i in payload["appointment_ids"]],
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
        if proposal.action == "waitlist_off":
            try:
                entry = remove_entry(session, actor=actor, entry_id=payload["entry_id"])
            except Conflict:
                # removed meanwhile (the page, or the same yes twice): it is off, as asked; nothing more
                session.rollback()
                _mark_used(session, token, actor)
                return Reply(
                    "Already off the wait list; nothing more was changed.",
                    [cite("wait_list_entry", payload["entry_id"])],
                    intent="confirm",
                )
            return Reply(
                "Taken off the wait list.",
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


def kpis(
    session: Session,
    actor: Actor,
    key: str | None,
    period: tuple[date, date],
    *,
    scope: str = "",
    clinic_id: int | None = None,
    payer_id: int | None = None,
    provider_id: int | None = None,
) -> Reply:
    """The KPI (or the headline four) over the range, for one clinic, payer or provider when named."""
    headline = ["clean_claim_rate", "denial_rate", "days_in_ar", "net_collection_rate"]
    chosen = compute(
        session,
        actor=actor,
        start=period[0],
        end=period[1],
        keys=[key] if key else headline,
        clinic_id=clinic_id,
        payer_id=payer_id,
        provider_id=provider_id,
    )
    text = "; ".join(f"{k.name}: {'no data' if k.value is None else f'{k.value:g} {k.unit}'}" for k in chosen)
    return Reply(
        f"{period[0]:%b %d} to {period[1]:%b %d, %Y}{scope} — {text}.",
        [cite("kpi", None, k.key) for k in chosen],
        data={k.key: k.value for k in chosen},
    )


def today_in(session: Session, clinic_id: int) -> date:
    return utcnow().astimezone(clinic_zone(session, clinic_id)).date()


# -- a patient's visits, insurance, claims and payments, read as the asker ---------------------------------


@dataclass
class Visit:
    """One appointment as a person names it: weekday, date, time, kind of visit, provider, status."""

    id: int
    patient: str
    starts: datetime  # clinic-local
    ends: datetime
    status: str
    provider_id: int
    provider: str
    type_id: int
    type_name: str
    discipline: str
    kind: str
    late_cancel: bool = False

    def plain(self) -> dict[str, Any]:
        """As conversation state holds it (JSON): every field, times as ISO text."""
        return {**self.__dict__, "starts": self.starts.isoformat(), "ends": self.ends.isoformat()}

    @classmethod
    def from_plain(cls, held: dict[str, Any]) -> "Visit":
        starts, ends = datetime.fromisoformat(held["starts"]), datetime.fromisoformat(held["ends"])
        return cls(**{**held, "starts": starts, "ends": ends})

    @property
    def minute(self) -> int:
        return self.starts.hour * 60 + self.starts.minute

    def words(self, year: bool = True) -> str:
        status = "" if self.status in FUTURE else f" ({self.status.replace('_', '-')})"
        late = " (late cancel)" if self.late_cancel else ""
        day = f"{self.starts:%a %b} {self.starts.day}" + (f", {self.starts.year}" if year else "")
        return f"{day} {clock(self.starts)} {self.type_name} with {self.provider.split(',')[0]}{status}{late}"


def clock(moment: datetime) -> str:
    return clock_words(moment.hour, moment.minute)


def eras_posted(session: Session, actor: Actor, payer: Any | None, since: date | None, today: date) -> Reply:
    """What payers' remittances paid (core's payments from payers, in the asker's clinics): whether any
    came from the payer named since the day asked, else the last one; the 835 file is named where the
    payment was posted from one."""
    from core.billing.receivables import payer_payments

    rows = payer_payments(session, actor=actor, payer_id=payer.id if payer else None, limit=500)
    rows = [r for r in rows if r.received_on <= today]  # a payment dated ahead is no remittance posted yet
    source = f" from {payer.name}" if payer else " from a payer"

    def said(r: Any) -> str:
        trace = f", trace {r.trace_number}" if r.trace_number else ""
        return (
            f"{'' if payer else r.payer + ' '}{dollars(r.amount_cents)} received "
            f"{day_words(r.received_on)} (claim {r.claim_id}{trace})"
        )

    cites = [cite("claim", r.claim_id) for r in rows[:3] if r.claim_id]
    if since is not None:
        fresh = [r for r in rows if r.received_on >= since]
        if fresh:
            total = sum(r.amount_cents for r in fresh)
            return Reply(
                f"Yes: {len(fresh)} payment{'s' if len(fresh) != 1 else ''}{source} posted since "
                f"{day_words(since)}, {dollars(total)} in all: "
                + "; ".join(said(r) for r in fresh[:5])
                + ".",
                cites,
            )
        last = f" The last one was {said(rows[0])}." if rows else ""
        return Reply(f"No: nothing{source} has been posted since {day_words(since)}.{last}", cites)
    if not rows:
        return Reply(f"No remittance{source} has been posted.")
    return Reply(f"The last remittance{source} posted: {said(rows[0])}.", cites)


def day_words(day: date) -> str:
    return f"{day:%a %b} {day.day}, {day.year}"


def visits(session: Session, actor: Actor, patient: PatientRead) -> list[Visit]:
    """Every appointment of the patient (any status), oldest first, in the clinic's time."""
    rows = list_for_patient(session, actor=actor, patient_id=patient.id, kind="appointments", limit=500)
    zone = clinic_zone(session, patient.clinic_id)
    types: dict[int, AppointmentType | None] = {}
    providers: dict[int, str] = {}
    out = []
    for r in rows:
        kind = types.setdefault(
            r["appointment_type_id"], session.get(AppointmentType, r["appointment_type_id"])
        )
        if r["provider_id"] not in providers:
            providers[r["provider_id"]] = _provider(session, r["provider_id"])
        out.append(
            Visit(
                id=r["id"],
                patient=name(patient),
                starts=as_utc(r["starts_at"]).astimezone(zone),
                ends=as_utc(r["ends_at"]).astimezone(zone),
                status=r["status"],
                provider_id=r["provider_id"],
                provider=providers[r["provider_id"]],
                type_id=r["appointment_type_id"],
                type_name=kind.name if kind else "visit",
                discipline=kind.discipline if kind else "",
                kind=kind.kind if kind else "",
                late_cancel=bool(r.get("late_cancel")),
            )
        )
    return sorted(out, key=lambda v: v.starts)


def upcoming(rows: list[Visit]) -> list[Visit]:
    now = utcnow()
    return [v for v in rows if v.status in FUTURE and v.starts > now]


def insurance(session: Session, actor: Actor, patient: PatientRead, today: date) -> Reply:
    from core.payers.models import Payer

    rows = list_for_patient(session, actor=actor, patient_id=patient.id, kind="insurance")
    live = [r for r in rows if r["effective_to"] is None or r["effective_to"] >= today]
    if not live:
        return Reply(
            f"{name(patient)} has no insurance on file (self-pay)"
            + (", only ended policies." if rows else "."),
            [cite("patient", patient.id, name(patient))],
        )
    parts = []
    for r in sorted(live, key=lambda r: r["priority"]):
        payer = session.get(Payer, r["payer_id"])
        order = {1: "primary", 2: "secondary"}.get(r["priority"], f"priority {r['priority']}")
        share = f", copay ${r['copay_cents'] / 100:,.2f}"
        share += f", coinsurance {r['coinsurance_bp'] / 100:g}%" if r["coinsurance_bp"] else ""
        group = f", group {r['group_number']}" if r["group_number"] else ""
        parts.append(
            f"{order}: {payer.name if payer else 'a payer'}, member ID {r['member_id']}{group}{share}, "
            f"effective {r['effective_from']:%b} {r['effective_from'].day}, {r['effective_from'].year}"
        )
    secondary = "" if len(live) > 1 else " No secondary on file."
    return Reply(
        f"{name(patient)}'s insurance on file — " + "; ".join(parts) + "." + secondary,
        [cite("patient", patient.id, name(patient))] + [cite("insurance", r["id"]) for r in live],
        data={"policies": len(live)},
    )


def claims_paid(
    session: Session, actor: Actor, patient: PatientRead, payer_words: str | None, on: date | None
) -> Reply:
    """What the payer paid on the patient's latest claim (or the claim for that date of service)."""
    from core.payers.models import Payer

    rows = list_for_patient(session, actor=actor, patient_id=patient.id, kind="claims")
    names = {
        r["payer_id"]: payer.name if (payer := session.get(Payer, r["payer_id"])) else "a payer" for r in rows
    }
    if payer_words:
        rows = [r for r in rows if payer_words in names[r["payer_id"]].lower()]
    if on:
        rows = [r for r in rows if r["service_date"] == on]
    if not rows:
        which = f" from {payer_words.title()}" if payer_words else ""
        day = f" for {day_words(on)}" if on else ""
        return Reply(f"{name(patient)} has no claim{which}{day} on record.", [cite("patient", patient.id)])
    paid = [r for r in rows if r["paid_cents"]] if on is None else []
    claim = max(paid or rows, key=lambda r: (r["service_date"], r["id"]))  # the latest it paid on, if any
    text = (
        f"{names[claim['payer_id']]} paid ${claim['paid_cents'] / 100:,.2f} of "
        f"${claim['total_cents'] / 100:,.2f} "
        f"on {name(patient)}'s claim {claim['id']} (date of service {day_words(claim['service_date'])}, "
        f"{claim['status'].replace('_', ' ')}); patient responsibility "
        f"${claim['patient_responsibility_cents'] / 100:,.2f}."
    )
    return Reply(text, [cite("claim", claim["id"]), cite("patient", patient.id, name(patient))], data=claim)


def claim_paid(session: Session, actor: Actor, claim_id: int) -> Reply:
    """A claim's status and, where the asker may read it, what was paid on it."""
    from core.billing.models import Claim
    from core.errors import Forbidden

    answer = claim_status(session, actor, claim_id)
    claim = session.get(Claim, claim_id)
    if claim is None:
        return answer
    try:
        rows = list_for_patient(session, actor=actor, patient_id=claim.patient_id, kind="claims")
    except Forbidden:
        return answer
    row = next((r for r in rows if r["id"] == claim_id), None)
    if row:
        answer.answer += (
            f" Paid ${row['paid_cents'] / 100:,.2f} of ${row['total_cents'] / 100:,.2f} billed; patient "
            f"responsibility ${row['patient_responsibility_cents'] / 100:,.2f}."
        )
    return answer


def patient_claims(
    session: Session,
    actor: Actor,
    patient: PatientRead,
    on: date | None,
    span: tuple[date, date] | None = None,
    denied: bool = False,
    carc: str | None = None,
) -> Reply:
    """Where her claims stand, status only (the front desk's claim.status_read): no amounts; her denied
    ones, with their reasons, where the question is about a denial; those denied with the reason code said
    ("CO-15 on her claim"), or that none was, before her claims as they stand (never another code's claim
    shown as the one asked)."""
    rows = claim_statuses(session, actor=actor, patient_id=patient.id)
    if carc:
        with_code = [r for r in rows if carc in (r.denial_codes or [])]
        if not with_code:
            told = patient_claims(session, actor, patient, on, span, denied)
            told.answer = (
                f"No claim of {name(patient)} on record was denied with reason code {carc} "
                f"({explain(carc, advice=False).removesuffix('.')}). " + told.answer
            )
            return told
        rows = with_code
    if denied:
        rows = [r for r in rows if r.status == "denied"]
    if on:
        rows = [r for r in rows if date.fromisoformat(r.service_date) == on]
    if span:
        rows = [r for r in rows if span[0] <= date.fromisoformat(r.service_date) <= span[1]]
    if not rows:
        which = "denied claim" if denied else "claim"
        return Reply(f"{name(patient)} has no {which} on record" + (f" for {day_words(on)}." if on else "."))
    parts = []
    for r in rows[:5]:
        line = f"claim {r.id} ({day_words(date.fromisoformat(r.service_date))}): {r.status.replace('_', ' ')}"
        if r.status in UNSENT:
            line += ", not sent yet"
        elif r.status in ("submitted", "accepted", "rejected") and r.submitted_on:
            line += f", sent {day_words(date.fromisoformat(r.submitted_on))}"
        if r.status == "denied":
            line += " — " + " ".join(explain(c) for c in r.denial_codes)
        parts.append(line)
    return Reply(
        f"{name(patient)}'s latest claims: " + "; ".join(parts) + ".",
        [cite("claim", r.id) for r in rows[:5]],
    )


def last_payment(session: Session, actor: Actor, patient: PatientRead) -> Reply:
    found = core_balance(session, actor=actor, patient_id=patient.id)
    if not found.last_payment_on:
        text = f"{name(patient)} has no payment on record; balance {balance_words(found.balance_cents)}."
    else:
        text = (
            f"{name(patient)}'s last payment was ${(found.last_payment_cents or 0) / 100:,.2f} on "
            f"{day_words(date.fromisoformat(str(found.last_payment_on)[:10]))}; balance now "
            f"{balance_words(found.balance_cents)}."
        )
    return Reply(text, _balance_cites(patient), data={"balance_cents": found.balance_cents})


def no_shows(session: Session, actor: Actor, patient: PatientRead, rows: list[Visit]) -> Reply:
    missed = [v for v in rows if v.status == "no_show"]
    late = [v for v in rows if v.status == "cancelled" and v.late_cancel]
    past = [v for v in rows if v.starts <= utcnow().astimezone(v.starts.tzinfo)]
    latest = f" Her latest visit: {past[-1].words()}." if past else ""
    if not missed:
        return Reply(
            f"{name(patient)} has no no-shows on record ({len(late)} late cancellations).{latest}",
            [cite("patient", patient.id, name(patient))],
            data={"no_shows": 0},
        )
    dates = ", ".join(day_words(v.starts.date()) for v in missed[-3:])
    return Reply(
        f"{name(patient)} has {len(missed)} no-shows (latest: {dates}) and {len(late)} late "
        f"cancellations.{latest}",
        [cite("appointment", v.id) for v in missed[-3:]],
        data={"no_shows": len(missed), "last_no_show": missed[-1].starts.date().isoformat()},
    )
