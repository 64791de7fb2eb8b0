"""Conversations with the assistant, and its proposals: a write is proposed with a one-time token and
happens only when the same user confirms that token, once, before it expires."""

import hashlib
import secrets
from datetime import timedelta

from sqlmodel import Session, col, select

from core.actor import Actor
from core.conversations.models import Conversation, ConversationMessage, Proposal
from core.errors import Conflict, Forbidden, NotFound
from core.locks import locked_where
from core.timeutil import as_utc, utcnow

PROPOSAL_LIFETIME = timedelta(minutes=10)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def conversation(session: Session, *, actor: Actor, conversation_id: int | None) -> Conversation:
    """The user's conversation (a new one when none is named); another user's is refused."""
    if conversation_id is None:
        started = Conversation(user_id=actor.user_id, state={})
        session.add(started)
        session.flush()
        return started
    found = session.get(Conversation, conversation_id)
    if found is None:
        raise NotFound(f"conversation {conversation_id} not found")
    if found.user_id != actor.user_id:
        raise Forbidden("that conversation belongs to another user")
    return found


def add_message(
    session: Session, chat: Conversation, role: str, text: str, citations: list | None = None
) -> None:
    session.add(
        ConversationMessage(
            conversation_id=chat.id or 0, role=role, text=text[:4000], citations=citations or []
        )
    )


def messages(
    session: Session, *, actor: Actor, conversation_id: int, limit: int = 50
) -> list[ConversationMessage]:
    chat = conversation(session, actor=actor, conversation_id=conversation_id)
    return list(
        session.exec(
            select(ConversationMessage)
            .where(ConversationMessage.conversation_id == chat.id)
            .order_by(col(ConversationMessage.id).desc())
            .limit(limit)
        ).all()
    )[::-1]


def propose(
    session: Session, *, actor: Actor, chat: Conversation | None, action: str, payload: dict, summary: str
) -> str:
    """Store the proposal and return its token (only its hash is kept)."""
    token = secrets.token_urlsafe(24)
    session.add(
        Proposal(
            token_hash=_hash(token),
            user_id=actor.user_id,
            conversation_id=chat.id if chat else None,
            action=action,
            payload=payload,
            summary=summary[:400],
            expires_at=utcnow() + PROPOSAL_LIFETIME,
        )
    )
    return token


def take(session: Session, *, actor: Actor, token: str) -> Proposal:
    """The proposal behind a token, marked used: a second confirmation, another user's token or an
    expired one is refused. The caller does the write in the same transaction."""
    found = locked_where(session, Proposal, Proposal.token_hash == _hash(token))
    proposal = found[0] if found else None
    if proposal is None or proposal.user_id != actor.user_id:
        raise NotFound("no such proposal: ask again")
    if proposal.used_at is not None:
        raise Conflict("that proposal was already confirmed")
    if as_utc(proposal.expires_at) < utcnow():
        raise Conflict("that proposal expired: ask again")
    proposal.used_at = utcnow()
    session.add(proposal)
    return proposal


def payload_of(session: Session, *, actor: Actor, token: str) -> dict | None:
    """What a proposal of this user's would write (None for another user's or an unknown token): the
    assistant keeps what the conversation was about (the visit kind, provider, days) from it."""
    found = session.exec(select(Proposal).where(Proposal.token_hash == _hash(token))).first()
    if found is None or found.user_id != actor.user_id:
        return None
    return dict(found.payload)


def withdraw(session: Session, *, actor: Actor, token: str) -> bool:
    """A proposal replaced by a newer one ('make it 4 instead') can no longer be confirmed; says
    whether it was still open (one already confirmed, say by its button, is left as it is). Locked
    like a confirmation, so the button and a change of mind at the same instant cannot both win."""
    found = locked_where(session, Proposal, Proposal.token_hash == _hash(token))
    proposal = found[0] if found else None
    if proposal is not None and proposal.user_id == actor.user_id and proposal.used_at is None:
        proposal.used_at = utcnow()
        session.add(proposal)
        return True
    return False
