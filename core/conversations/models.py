from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from core.timeutil import utcnow


class Conversation(SQLModel, table=True):
    """One user's chat with the assistant; its dialogue state lets follow-ups refer back."""

    __tablename__ = "conversation"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(index=True)
    state: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ConversationMessage(SQLModel, table=True):
    __tablename__ = "conversation_message"

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversation.id", index=True)
    role: str = Field(max_length=10, description="user or assistant")
    text: str = Field(sa_column=Column(Text, nullable=False))
    citations: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class MessageRead(BaseModel):
    """One side of a conversation as its user reads it back."""

    role: str
    text: str
    citations: list[dict[str, Any]]
    at: datetime

    @classmethod
    def of(cls, message: ConversationMessage) -> "MessageRead":
        return cls(role=message.role, text=message.text, citations=message.citations, at=message.created_at)


class Proposal(SQLModel, table=True):
    """A write the assistant proposed: done only when its user confirms it with the one-time token."""

    __tablename__ = "assistant_proposal"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    user_id: int = Field(index=True)
    conversation_id: int | None = Field(default=None, foreign_key="conversation.id")
    action: str = Field(max_length=20)
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    summary: str = Field(max_length=400)
    expires_at: datetime
    used_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
