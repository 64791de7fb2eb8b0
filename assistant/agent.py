"""The LLM path: a langchain tool-calling agent over the same tools as the offline engine, each bound to
the asking user. There is no write tool: the agent can only propose, and only the person's Confirm
(the one-time token) writes. Permissions are core's, whatever the model asks for."""

import functools
from datetime import date, timedelta
from typing import Any

from langchain.agents import create_agent
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.tools import StructuredTool
from sqlmodel import Session

from assistant import tools
from assistant.tools import Reply
from core.actor import Actor
from core.chat_model import model_from_settings
from core.config import Settings
from core.conversations.models import Conversation
from core.errors import TherascribeError
from core.permissions import Action, clinics_where
from core.timeutil import utcnow
from prompts import ROOT as PROMPTS


def _safe(fn):
    """A tool's refusal or error goes back to the model as text; it never escapes as an exception."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> str:
        try:
            return fn(*args, **kwargs)
        except TherascribeError as error:
            return f"refused: {error.detail}"

    return run


def build_tools(session: Session, actor: Actor, chat: Conversation | None, proposals: list[Reply]) -> list:
    today = tools.today_in(session, min(actor.roles)) if actor.roles else utcnow().date()

    def one_patient(name: str) -> Any:
        found = tools.find_patients(session, actor, name.split())
        if not found:
            raise TherascribeError("no patient by that name in your clinics")
        if len(found) > 1:
            raise TherascribeError("several patients match: ask for the date of birth")
        return found[0]

    def find_patient(name: str) -> str:
        """Find patients by (loosely spelled) name; returns names and birth dates."""
        found = tools.find_patients(session, actor, name.split())
        return "; ".join(f"{tools.name(p)} born {p.birth_date}" for p in found) or "no match"

    def next_appointment(patient_name: str) -> str:
        """The patient's next appointment."""
        return tools.next_appointment(session, actor, one_patient(patient_name)).answer

    def authorization_status(patient_name: str) -> str:
        """Visits left and expiry of the patient's authorization."""
        return tools.auth_status(session, actor, one_patient(patient_name), today).answer

    def balance(patient_name: str) -> str:
        """What the patient owes and their last payment."""
        return tools.balance(session, actor, one_patient(patient_name)).answer

    def claim_status(claim_id: int) -> str:
        """A claim's status and any denial reason in plain words."""
        return tools.claim_status(session, actor, claim_id).answer

    def unsigned_notes() -> str:
        """Notes not yet signed that the asker may see."""
        return tools.unsigned_notes(session, actor).answer

    def propose_booking(
        patient_name: str, day: str, discipline: str = "PT", kind: str = "follow-up", hour: int | None = None
    ) -> str:
        """Propose booking the first open slot on a day (YYYY-MM-DD), optionally at an hour (0-23).
        Nothing is booked until the person confirms."""
        if not clinics_where(actor.roles, Action.appointment_write):
            # Never a proposal the asker's Confirm would only be refused for (PRODUCT.md's matrix)
            return "refused: your role may not book visits; the front desk can"
        patient = one_patient(patient_name)
        appointment_type = tools.appointment_type(session, actor, [patient.clinic_id], discipline, kind, None)
        if appointment_type is None:
            return "no such appointment type"
        start = date.fromisoformat(day)
        window = (hour * 60, hour * 60 + appointment_type.duration_minutes) if hour is not None else None
        slots = tools.open_slots(session, actor, appointment_type, start, start, window, None, limit=1)
        if not slots:
            later = tools.open_slots(
                session, actor, appointment_type, start, start + timedelta(days=7), None, None, limit=3
            )
            return "no open slot then; next: " + "; ".join(tools.local(s.local_start) for s in later)
        outcome, why = tools.authorization_check(
            session, patient.id or 0, appointment_type.discipline, slots[0].starts_at.date()
        )
        if outcome == "refuse":
            return f"refused: {why}; the payer does not allow booking past it"
        reply = tools.propose_booking(
            session, actor, chat, patient, appointment_type, slots[0], [why] if why else []
        )
        proposals.append(reply)
        return reply.answer

    functions = [
        find_patient,
        next_appointment,
        authorization_status,
        balance,
        claim_status,
        unsigned_notes,
        propose_booking,
    ]
    return [
        StructuredTool.from_function(_safe(f), name=f.__name__, description=f.__doc__ or f.__name__)
        for f in functions
    ]


def run_agent(
    session: Session, *, actor: Actor, chat: Conversation | None, text: str, model: BaseChatModel
) -> Reply:
    proposals: list[Reply] = []
    agent = create_agent(
        model,
        tools=build_tools(session, actor, chat, proposals),
        system_prompt=(PROMPTS / "assistant" / "system.md").read_text(),
    )
    result = agent.invoke({"messages": [{"role": "user", "content": text}]})
    messages = result["messages"]
    final = next((m for m in reversed(messages) if isinstance(m, AIMessage) and not m.tool_calls), None)
    used = [m for m in messages if isinstance(m, ToolMessage)]
    answer = final.content if final and isinstance(final.content, str) else "I could not answer that."
    proposal = proposals[-1].proposal if proposals else None
    return Reply(
        str(answer), [tools.cite("tool", None, m.name or "") for m in used], proposal=proposal, intent="agent"
    )


def agent_reply(
    session: Session, *, actor: Actor, chat: Conversation, text: str, settings: Settings
) -> Reply:
    model = model_from_settings(settings)
    assert model is not None
    answer = run_agent(session, actor=actor, chat=chat, text=text, model=model)
    state = dict(chat.state or {})
    if answer.proposal:
        state["pending"] = answer.proposal["token"]
        state["pending_action"] = answer.proposal["action"]
    chat.state = state
    session.add(chat)
    return answer
