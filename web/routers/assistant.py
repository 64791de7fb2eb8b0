"""The assistant over HTTP and a WebSocket that streams the reply."""

from typing import Annotated, Any

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from pydantic import BaseModel, Field
from sqlmodel import Session

from core.conversations.models import MessageRead
from core.conversations.service import messages
from core.errors import TherascribeError
from web.cite_words import named
from web.deps import CurrentActor, SessionDep, SettingsDep

router = APIRouter(tags=["assistant"])


class Message(BaseModel):
    text: Annotated[str, Field(min_length=1, max_length=1000)]
    conversation_id: int | None = None


class Confirmation(BaseModel):
    token: Annotated[str, Field(min_length=10, max_length=100)]
    conversation_id: int | None = None


class Confirmed(BaseModel):
    """The assistant's answer to a confirmed write: what was done, with the records it touched."""

    conversation_id: int | None
    answer: str
    citations: list[dict[str, Any]]
    proposal: dict[str, Any] | None
    intent: str


class Answer(Confirmed):
    """The assistant's answer to a message; `proposal` is a write waiting for the user's confirmation,
    `data` what the answer was computed from (rows, figures) for the screen to show."""

    data: dict[str, Any]


@router.post("/api/v1/assistant/messages")
def post_message(body: Message, session: SessionDep, actor: CurrentActor, settings: SettingsDep) -> Answer:
    from assistant.service import ask

    result = ask(
        session, actor=actor, text=body.text, conversation_id=body.conversation_id, settings=settings
    )
    return Answer.model_validate({**result, "citations": named(session, actor, result["citations"])})


@router.post("/api/v1/assistant/confirm")
def post_confirm(body: Confirmation, session: SessionDep, actor: CurrentActor) -> Confirmed:
    from assistant.service import confirm

    result = confirm(session, actor=actor, token=body.token, conversation_id=body.conversation_id)
    return Confirmed.model_validate({**result, "citations": named(session, actor, result["citations"])})


@router.get("/api/v1/assistant/conversations/{conversation_id}")
def history(conversation_id: int, session: SessionDep, actor: CurrentActor) -> list[MessageRead]:
    return [MessageRead.of(m) for m in messages(session, actor=actor, conversation_id=conversation_id)]


@router.websocket("/ws/assistant")
async def chat_socket(websocket: WebSocket) -> None:
    """Send {"text", "conversation_id"?} or {"confirm": token}; the answer comes back word by word
    ({"delta"}), then the whole reply ({"done": true, ...}). Without the session cookie or a bearer
    header, first send {"type": "auth", "token"} (answered {"authenticated": true}); a token in the
    URL is not read, since URLs are written to access logs."""
    from assistant.service import ask, confirm
    from web.deps import actor_of

    await websocket.accept()
    engine = websocket.app.state.engine
    settings = websocket.app.state.settings
    token: str | None = None
    try:
        while True:
            incoming = await websocket.receive_json()
            if not isinstance(incoming, dict):
                incoming = {}
            authenticating = incoming.get("type") == "auth"
            if authenticating:
                token = str(incoming.get("token") or "")[:4096] or None
            with Session(engine, expire_on_commit=False) as session:
                try:
                    actor = actor_of(websocket, session, settings, token)
                    if authenticating:
                        session.commit()
                        await websocket.send_json({"authenticated": True})
                        continue
                    if "confirm" in incoming:
                        result = confirm(
                            session,
                            actor=actor,
                            token=str(incoming["confirm"])[:100],
                            conversation_id=incoming.get("conversation_id"),
                        )
                    else:
                        text = str(incoming.get("text", ""))[:1000]
                        result = ask(
                            session,
                            actor=actor,
                            text=text,
                            conversation_id=incoming.get("conversation_id"),
                            settings=settings,
                        )
                    result = {**result, "citations": named(session, actor, result.get("citations") or [])}
                except TherascribeError as error:
                    await websocket.send_json({"error": error.detail, "status": error.status})
                    if error.status == 401:
                        await websocket.close(code=4401)
                        return
                    continue
            words = result["answer"].split(" ")
            for i in range(0, len(words), 4):
                await websocket.send_json({"delta": " ".join(words[i : i + 4]) + " "})
            await websocket.send_json({"done": True, **result})
    except WebSocketDisconnect:
        return
