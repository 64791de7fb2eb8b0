"""Asking the assistant: the conversation is loaded (or started), the message answered by the offline
engine, or by the LLM agent when settings name a chat model, and both sides stored."""

from typing import Any

from sqlmodel import Session

from assistant import engine, tools
from assistant.pending import YES, thumbs_as_yes
from assistant.understand import NO
from core.actor import Actor
from core.config import Settings
from core.conversations.service import add_message, conversation


def ask(
    session: Session,
    *,
    actor: Actor,
    text: str,
    conversation_id: int | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    chat = conversation(session, actor=actor, conversation_id=conversation_id)
    chat_id = chat.id
    confirming = bool((chat.state or {}).get("pending")) and bool(
        YES.match(thumbs_as_yes(text)) or NO.match(text)
    )
    if settings is not None and settings.chat_model and not confirming:
        from assistant.agent import agent_reply

        answer = agent_reply(session, actor=actor, chat=chat, text=text, settings=settings)
    else:
        answer = engine.reply(session, actor, chat, text)
    chat = conversation(session, actor=actor, conversation_id=chat_id)
    add_message(session, chat, "user", text)
    add_message(session, chat, "assistant", answer.answer, answer.citations)
    session.commit()
    return {
        "conversation_id": chat_id,
        "answer": answer.answer,
        "citations": answer.citations,
        "proposal": {k: v for k, v in answer.proposal.items()} if answer.proposal else None,
        "intent": answer.intent,
        "data": answer.data,
    }


def confirm(
    session: Session, *, actor: Actor, token: str, conversation_id: int | None = None
) -> dict[str, Any]:
    """The Confirm button: the same as answering 'yes', by token."""
    answer = tools.confirm(session, actor, token)
    if conversation_id is not None:
        chat = conversation(session, actor=actor, conversation_id=conversation_id)
        state = dict(chat.state or {})
        if state.get("pending") == token:
            state.pop("pending", None)
            state.pop("pending_action", None)
        chat.state = state
        add_message(session, chat, "assistant", answer.answer, answer.citations)
        session.add(chat)
    session.commit()
    return {
        "conversation_id": conversation_id,
        "answer": answer.answer,
        "citations": answer.citations,
        "proposal": None,
        "intent": "confirm",
    }
