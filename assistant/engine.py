"""The offline engine: no LLM. Intent from sentence embeddings, slots from patterns and the record,
a dialogue state for follow-ups, a clarifying question when a name fits two patients or something is
missing. Every read and write goes through the tools, as the asking user."""

import re
from datetime import date, datetime, timedelta
from typing import Any

from rapidfuzz import fuzz
from sqlmodel import Session, col, select

from assistant import tools
from assistant.tools import Reply
from assistant.understand import NO, YES, Slots, classify, default_period, slots
from core.actor import Actor
from core.conversations.models import Conversation
from core.conversations.service import withdraw
from core.errors import Conflict, Forbidden, Invalid, NotAuthenticated, NotFound
from core.patients.schemas import PatientRead
from core.providers.models import Provider
from core.timeutil import as_utc, utcnow

MAX_MESSAGE = 1000
PATIENT_INTENTS = {
    "next_appointment",
    "last_appointment",
    "auth_status",
    "balance",
    "book",
    "cancel",
    "reschedule",
    "waitlist",
}
HELP = (
    "I can answer from the record about schedules, open slots, authorizations, balances, claims, "
    "unsigned notes "
    "and KPIs, and book, cancel, reschedule or wait-list with your confirmation."
)


def reply(session: Session, actor: Actor, chat: Conversation, text: str) -> Reply:
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text or "").strip()
    if not text:
        raise Invalid("the message is empty")
    if len(text) > MAX_MESSAGE:
        raise Invalid(f"a message is at most {MAX_MESSAGE} characters")
    state: dict[str, Any] = dict(chat.state or {})
    try:
        answer = _reply(session, actor, chat, state, text)
    except Forbidden as refused:
        session.rollback()
        answer = Reply(f"That is outside what your role may see or do ({refused.detail}).", intent="refused")
    except NotFound as missing:
        session.rollback()
        answer = Reply(f"I could not find that in the record ({missing.detail}).", intent="not_found")
    except (Invalid, Conflict) as problem:
        session.rollback()
        answer = Reply(f"That cannot be done: {problem.detail}.", intent="invalid")
    except NotAuthenticated:
        raise
    state["last_intent"] = answer.intent or state.get("last_intent")
    if answer.proposal:
        if state.get("pending") and state["pending"] != answer.proposal["token"]:
            withdraw(session, actor=actor, token=state["pending"])
        state["pending"] = answer.proposal["token"]
        state["pending_action"] = answer.proposal["action"]
    elif answer.intent in ("confirm", "declined"):
        state.pop("pending", None)
        state.pop("pending_action", None)
    elif state.get("pending"):
        # Any other turn (a correction that found nothing, a question in between) disarms what was
        # proposed before: a later "yes" must not write something the person has moved on from.
        if withdraw(session, actor=actor, token=state.pop("pending")):
            answer.answer += " The earlier proposal is withdrawn; nothing was changed."
        state.pop("pending_action", None)
    chat.state = state
    chat.updated_at = utcnow()
    session.add(chat)
    return answer


def _today(session: Session, actor: Actor) -> date:
    clinic = min(actor.roles) if actor.roles else None
    return tools.today_in(session, clinic) if clinic else date.today()


def _reply(session: Session, actor: Actor, chat: Conversation, state: dict, text: str) -> Reply:
    if state.get("pending") and YES.match(text):
        token = state["pending"]
        state.pop("pending")
        answer = tools.confirm(session, actor, token)
        answer.intent = "confirm"
        return answer
    if state.get("pending") and NO.match(text):
        withdraw(session, actor=actor, token=state["pending"])
        session.commit()
        return Reply("OK, nothing was changed.", intent="declined")
    if YES.match(text) or NO.match(text):
        return Reply("There is nothing waiting for your confirmation.", intent="confirm_nothing")
    today = _today(session, actor)
    found = slots(text, today)
    intent, score = classify(text)
    intent = _follow_up(intent, score, found, state, text)
    if intent == "out_of_scope":
        return Reply(f"I can't answer that from the record. {HELP}", intent="out_of_scope")
    provider = _provider(session, actor, found, free=intent not in PATIENT_INTENTS)
    if intent == "claim_status":
        if found.claim_id is None:
            return Reply("Which claim? Give me its number.", intent="claim_status")
        answer = tools.claim_status(session, actor, found.claim_id)
        answer.intent = intent
        return answer
    if intent == "unsigned_notes":
        answer = tools.unsigned_notes(session, actor)
        answer.intent = intent
        return answer
    if intent == "today_schedule":
        answer = tools.today_schedule(session, actor, found.day or today, provider.id if provider else None)
        answer.intent = intent
        return answer
    if intent == "kpi":
        period = found.period or default_period(today)
        answer = tools.kpis(session, actor, found.kpi, period)
        answer.intent = intent
        return answer
    if intent == "open_slots":
        return _open_slots(session, actor, found, today, provider, state)
    patient_or_question = _patient(session, actor, found, state, text)
    if isinstance(patient_or_question, Reply):
        patient_or_question.intent = intent
        state["waiting_intent"] = intent
        state["waiting_text"] = text
        return patient_or_question
    patient = patient_or_question
    state["patient_id"] = patient.id
    state["patient_name"] = tools.name(patient)
    answer = _patient_intent(session, actor, chat, intent, patient, found, today, provider, state, text)
    answer.intent = intent
    return answer


def _follow_up(intent: str, score: float, found: Slots, state: dict, text: str) -> str:
    """'make it 4 instead', 'and her husband?', a date of birth after a clarifying question."""
    last = state.get("last_intent")
    if state.get("candidates") and state.get("waiting_intent") and (found.day or re.search(r"\d", text)):
        return state["waiting_intent"]
    if (
        state.get("pending_action") in ("book", "reschedule")
        and (found.minute is not None or found.day)
        and (intent in ("out_of_scope", "reschedule", "book") and len(text.split()) <= 6)
    ):
        return state.get("last_intent") if state.get("last_intent") in ("book", "reschedule") else intent
    if (
        last in PATIENT_INTENTS | {"claim_status"}
        and re.match(r"^\s*(and|what about|how about|also)\b", text, re.I)
        and (intent == "out_of_scope" or len(text.split()) <= 4)
    ):
        return last
    if intent == "claim_status" and found.claim_id is None and found.kpi:
        return "kpi"
    if intent == "out_of_scope" and last and found.relation:
        return last
    return intent


def _provider(session: Session, actor: Actor, found: Slots, free: bool) -> Provider | None:
    """A provider named in the message (their names are not PHI); their words are then not a patient's.
    Where a patient is also named, only a name after "with" or "Dr." is the provider's: staff and
    patients share names."""
    if not found.words:
        return None
    providers = session.exec(
        select(Provider).where(
            col(Provider.clinic_id).in_(list(actor.roles)), col(Provider.is_active).is_(True)
        )
    ).all()
    words = found.words
    spans = [(i, 2) for i in range(len(words) - 1)] + [(i, 1) for i in range(len(words))]
    lead = {m.group(1).lower() for m in re.finditer(r"\b(?:with|dr\.?)\s+([A-Za-z'\-]+)", found.text, re.I)}
    for i, size in spans:
        if not free and words[i].lower() not in lead:
            continue
        probe = " ".join(words[i : i + size]).lower()
        for provider in providers:
            full = provider.full_name.split(",")[0].lower()
            target = full if size == 2 else full.split()[-1]
            if fuzz.ratio(probe, target) >= (90 if size == 2 else 95) and (
                size == 2 or words[i].lower() in lead
            ):
                found.words = words[:i] + words[i + size :]
                return provider
    return None


def _patient(session: Session, actor: Actor, found: Slots, state: dict, text: str) -> PatientRead | Reply:
    if state.get("candidates") and (found.day or re.search(r"\d", text)):
        pick = _pick(session, actor, state, text, found)
        if pick is not None:
            return pick
    if found.relation and state.get("patient_id"):
        return _relative(session, actor, state, found.relation)
    if found.words:
        matches = tools.find_patients(session, actor, found.words)
        if not matches:
            if found.pronoun and state.get("patient_id"):
                return _current(session, actor, state)
            return Reply(
                "I could not find a patient by that name in your clinics. Check the spelling, or give "
                "the date of birth."
            )
        if len(matches) > 1:
            state["candidates"] = [m.id for m in matches]
            options = " or ".join(f"{tools.name(m)} born {m.birth_date.isoformat()}" for m in matches[:4])
            return Reply(
                f"Which patient: {options}? Tell me the date of birth.",
                [tools.cite("patient", m.id, tools.name(m)) for m in matches[:4]],
            )
        state.pop("candidates", None)
        return matches[0]
    if state.get("patient_id"):
        return _current(session, actor, state)
    return Reply("Which patient? Give me a name.")


def _current(session: Session, actor: Actor, state: dict) -> PatientRead:
    from core.patients.service import get

    return get(session, actor=actor, patient_id=state["patient_id"])


def _pick(session: Session, actor: Actor, state: dict, text: str, found: Slots) -> PatientRead | None:
    from core.patients.service import get

    candidates = [get(session, actor=actor, patient_id=pid) for pid in state["candidates"]]
    digits = re.sub(r"\D", "", text)
    for patient in candidates:
        born = patient.birth_date
        forms = {born.isoformat(), born.strftime("%m/%d/%Y"), born.strftime("%-m/%-d/%Y")}
        if (
            any(f in text for f in forms)
            or (found.day and found.day == born)
            or (len(digits) >= 7 and digits in re.sub(r"\D", "", patient.phone))
        ):
            state.pop("candidates", None)
            return patient
    for patient in candidates:  # a year alone is enough when it tells them apart
        if (
            str(patient.birth_date.year) in text
            and sum(str(c.birth_date.year) in text for c in candidates) == 1
        ):
            state.pop("candidates", None)
            return patient
    return None


def _relative(session: Session, actor: Actor, state: dict, relation: str) -> PatientRead | Reply:
    """A household member: a patient of the same surname at the same address."""
    current = _current(session, actor, state)
    family = [
        p
        for p in tools.find_patients(session, actor, [current.last_name])
        if p.id != current.id and p.address and p.address == current.address
    ]
    if not family:
        return Reply(
            f"I found no {relation} of {tools.name(current)} among the patients (same surname and "
            "address). Give me the name."
        )
    if len(family) > 1:
        state["candidates"] = [p.id for p in family]
        return Reply(
            "Which one: " + " or ".join(f"{tools.name(p)} born {p.birth_date}" for p in family) + "?"
        )
    return family[0]


def _kind(session: Session, actor: Actor, patient: PatientRead | None, found: Slots):  # type: ignore[no-untyped-def]
    discipline = found.discipline
    if discipline is None and patient is not None:
        rows = [
            r
            for r in tools.list_for_patient(session, actor=actor, patient_id=patient.id, kind="appointments")
        ]
        if rows:
            from core.scheduling.models import AppointmentType

            recent = session.get(AppointmentType, rows[0]["appointment_type_id"])
            discipline = recent.discipline if recent else None
    clinics = [patient.clinic_id] if patient else list(actor.roles)
    return tools.appointment_type(
        session, actor, clinics, discipline or "PT", found.kind or "follow-up", found.minutes
    )


def _window(found: Slots, duration: int) -> tuple[int, int] | None:
    if found.minute is not None:
        return found.minute, found.minute + duration
    return found.window


def _open_slots(
    session: Session, actor: Actor, found: Slots, today: date, provider: Provider | None, state: dict
) -> Reply:
    kind = _kind(session, actor, None, found)
    if kind is None:
        return Reply("Which kind of visit (PT, OT or SLP; evaluation or follow-up)?", intent="open_slots")
    start = found.day or today
    end = found.day_to or (found.day if found.day else today + timedelta(days=7))
    answer = tools.slots_reply(
        session,
        kind,
        tools.open_slots(
            session,
            actor,
            kind,
            start,
            end,
            _window(found, kind.duration_minutes),
            provider.id if provider else None,
        ),
    )
    answer.intent = "open_slots"
    return answer


def _patient_intent(
    session: Session,
    actor: Actor,
    chat: Conversation,
    intent: str,
    patient: PatientRead,
    found: Slots,
    today: date,
    provider: Provider | None,
    state: dict,
    text: str,
) -> Reply:
    if intent == "next_appointment":
        answer = tools.next_appointment(session, actor, patient)
        if answer.data.get("appointment_id"):
            state["appointment_id"] = answer.data["appointment_id"]
        return answer
    if intent == "last_appointment":
        return tools.last_appointment(session, actor, patient)
    if intent == "auth_status":
        return tools.auth_status(session, actor, patient, today)
    if intent == "balance":
        return tools.balance(session, actor, patient)
    if intent == "waitlist":
        kind = _kind(session, actor, patient, found)
        if kind is None:
            return Reply("Which kind of visit should the wait list look for?")
        weekday = found.day.weekday() if found.day and not found.day_to else None
        return tools.propose_waitlist(session, actor, chat, patient, kind, found.window, weekday)
    if intent in ("book", "reschedule"):
        return _book_or_move(session, actor, chat, intent, patient, found, today, provider, state)
    if intent == "cancel":
        target = _target(session, actor, patient, found, state)
        if target is None:
            return Reply(f"{tools.name(patient)} has no upcoming appointment to cancel.")
        reason = re.search(r"\bbecause\s+(.{2,150})", text, re.I)
        return tools.propose_cancel(
            session,
            actor,
            chat,
            patient,
            target[0],
            target[1],
            reason[1].strip(" .") if reason else "patient called to cancel",
        )
    return Reply(HELP)


def _target(
    session: Session, actor: Actor, patient: PatientRead, found: Slots, state: dict
) -> tuple[int, datetime] | None:
    rows = tools.list_for_patient(session, actor=actor, patient_id=patient.id, kind="appointments")
    now = utcnow()
    ahead = sorted(
        (r for r in rows if r["status"] in tools.FUTURE and as_utc(r["starts_at"]) > now),
        key=lambda r: r["starts_at"],
    )
    zone = tools.clinic_zone(session, patient.clinic_id)
    if found.day:
        on_day = [r for r in ahead if as_utc(r["starts_at"]).astimezone(zone).date() == found.day]
        if on_day:
            return on_day[0]["id"], as_utc(on_day[0]["starts_at"])
    remembered = [r for r in ahead if r["id"] == state.get("appointment_id")]
    pick = remembered or ahead
    return (pick[0]["id"], as_utc(pick[0]["starts_at"])) if pick else None


def _book_or_move(
    session: Session,
    actor: Actor,
    chat: Conversation,
    intent: str,
    patient: PatientRead,
    found: Slots,
    today: date,
    provider: Provider | None,
    state: dict,
) -> Reply:
    target = None
    if intent == "reschedule":
        # the day in the message is where it goes; the one moved is the remembered or the next one
        target = _target(session, actor, patient, Slots(), state)
        if target is None:
            return Reply(f"{tools.name(patient)} has no upcoming appointment to move.")
        state["appointment_id"] = target[0]
    if found.day is None and found.minute is not None and state.get("day"):
        found.day = date.fromisoformat(state["day"])
    kind = _kind(session, actor, patient, found)
    if kind is None:
        return Reply("Which kind of visit (PT, OT or SLP; evaluation or follow-up)?")
    start = found.day or today + timedelta(days=1)
    end = found.day_to or (found.day if found.day else today + timedelta(days=14))
    window = _window(found, kind.duration_minutes)
    provider_id = (
        provider.id if provider else (state.get("provider_id") if found.minute is not None else None)
    )
    options = tools.open_slots(session, actor, kind, start, end, window, provider_id, limit=20)
    if found.minute is not None:
        options = [s for s in options if _minute_of(s) == found.minute]
    if not options:
        later = tools.open_slots(
            session, actor, kind, start, start + timedelta(days=7), None, provider_id, limit=3
        )
        times = "; ".join(f"{tools.local(s.local_start)} with {s.provider_name.split(',')[0]}" for s in later)
        hint = f" The next open times: {times}." if later else ""
        return Reply(f"No open {kind.name} slot then.{hint}", data={"slots": [s.local_start for s in later]})
    slot = options[0]
    state["day"] = slot.local_start[:10]
    state["provider_id"] = slot.provider_id
    if intent == "reschedule" and target is not None:
        return tools.propose_reschedule(session, actor, chat, patient, target[0], slot)
    return tools.propose_booking(session, actor, chat, patient, kind, slot)


def _minute_of(slot) -> int:  # type: ignore[no-untyped-def]
    local = datetime.fromisoformat(slot.local_start)
    return local.hour * 60 + local.minute
