"""core.conversations.models on a migrated database of each kind: a conversation's dialogue state and a
message's citations are kept as JSON and read back as written, a message reads back as its user sees it
(MessageRead.of), a message needs a conversation, and a proposal's token hash is used once."""

from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from core.conversations.models import Conversation, ConversationMessage, MessageRead, Proposal
from core.timeutil import utcnow

STATE = {"patient_id": 12, "last_intent": "book", "slots": [{"day": "2026-12-04", "minute": 540}]}
CITATIONS = [{"kind": "appointment", "id": 31, "label": "Fri 9:00"}, {"kind": "note", "id": 7}]


def test_state_and_citations_read_back_as_written(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    with Session(engine) as session:
        chat = Conversation(user_id=1, state=STATE)
        session.add(chat)
        session.flush()
        session.add_all(
            [
                ConversationMessage(conversation_id=chat.id or 0, role="user", text="book her friday"),
                ConversationMessage(
                    conversation_id=chat.id or 0,
                    role="assistant",
                    text="Booked Fri 9:00.",
                    citations=CITATIONS,
                ),
            ]
        )
        session.commit()
        chat_id = chat.id
    with Session(engine) as session:
        chat = session.get(Conversation, chat_id)
        assert chat is not None and chat.state == STATE
        rows = session.exec(
            select(ConversationMessage)
            .where(ConversationMessage.conversation_id == chat_id)
            .order_by(col(ConversationMessage.id))
        ).all()
        read = [MessageRead.of(row) for row in rows]
    assert [(m.role, m.text, m.citations) for m in read] == [
        ("user", "book her friday", []),
        ("assistant", "Booked Fri 9:00.", CITATIONS),
    ]
    assert read[0].at <= read[1].at
    assert MessageRead.model_validate(read[1].model_dump()) == read[1]


def test_a_message_needs_its_conversation(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db  # core.db turns SQLite's foreign keys on
    with Session(engine) as session:
        session.add(ConversationMessage(conversation_id=987654, role="user", text="hello"))
        with pytest.raises(IntegrityError):
            session.commit()


def test_a_proposals_token_hash_is_used_once(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    later = utcnow() + timedelta(minutes=10)
    with Session(engine) as session:
        session.add(
            Proposal(
                token_hash="a" * 64,
                user_id=1,
                action="cancel",
                payload={"appointment_id": 5},
                summary="Cancel Fri 9:00",
                expires_at=later,
            )
        )
        session.commit()
        session.add(Proposal(token_hash="a" * 64, user_id=2, action="book", summary="Book", expires_at=later))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        kept = session.exec(select(Proposal)).all()
    assert [(p.user_id, p.action, p.payload, p.used_at) for p in kept] == [
        (1, "cancel", {"appointment_id": 5}, None)
    ]
