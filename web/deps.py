"""Annotated dependencies: a database session per request and the current user as an Actor."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from core.actor import Actor
from core.config import Settings
from core.errors import NotAuthenticated
from core.users.security import read_token
from core.users.service import load_actor

COOKIE = "therascribe_session"
_bearer = HTTPBearer(auto_error=False)


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        yield session


def app_settings(request: Request) -> Settings:
    return request.app.state.settings


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(app_settings)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""


def current_actor(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    token = credentials.credentials if credentials else request.cookies.get(COOKIE)
    if not token:
        raise NotAuthenticated("log in first")
    user_id = read_token(token, settings.resolved_secret_key())
    return load_actor(session, user_id, client_address(request))


CurrentActor = Annotated[Actor, Depends(current_actor)]


def actor_from_websocket(session: Session, websocket, settings: Settings) -> Actor:  # type: ignore[no-untyped-def]
    """The user of a WebSocket: the session cookie, or `?token=` (browsers cannot set headers on one)."""
    auth = websocket.headers.get("authorization", "")
    token = auth[7:] if auth.lower().startswith("bearer ") else None
    token = token or websocket.cookies.get(COOKIE) or websocket.query_params.get("token")
    if not token:
        raise NotAuthenticated("log in first")
    user_id = read_token(token, settings.resolved_secret_key())
    return load_actor(session, user_id, websocket.client.host if websocket.client else "")
