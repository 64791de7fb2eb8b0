"""Annotated dependencies: a database session per request and the current user as an Actor."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session
from starlette.requests import HTTPConnection

from core.actor import Actor
from core.config import Settings
from core.errors import NotAuthenticated
from core.users.security import read_token
from core.users.service import load_actor
from core.users.sessions import check_session
from web.client_address import client_address_of

COOKIE = "therascribe_session"
_bearer = HTTPBearer(auto_error=False)


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        yield session


def app_settings(request: Request) -> Settings:
    return request.app.state.settings


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(app_settings)]


def client_address(connection: HTTPConnection) -> str:
    """The client's address; X-Forwarded-For counts only from a configured trusted proxy."""
    peer = connection.client.host if connection.client else ""
    proxies = connection.app.state.settings.trusted_proxies
    return client_address_of(peer, connection.headers.get("x-forwarded-for", ""), proxies)


def actor_for_token(connection: HTTPConnection, session: Session, settings: Settings, token: str) -> Actor:
    """The user of a token whose log-in session is still open; the session's id is kept on the
    connection's state for log-out and a password change."""
    claims = read_token(token, settings.resolved_secret_key())
    check_session(
        session,
        session_id=claims.session_id,
        user_id=claims.user_id,
        default_idle_minutes=settings.session_idle_minutes,
    )
    connection.state.session_id = claims.session_id
    return load_actor(session, claims.user_id, client_address(connection))


def request_token(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str | None:
    """The caller's token: the bearer header (API clients) or the session cookie (pages)."""
    return credentials.credentials if credentials else request.cookies.get(COOKIE)


def current_actor(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    token = request_token(request, credentials)
    if not token:
        raise NotAuthenticated("log in first")
    return actor_for_token(request, session, settings, token)


CurrentActor = Annotated[Actor, Depends(current_actor)]


def actor_from_websocket(session: Session, websocket, settings: Settings, token: str | None = None) -> Actor:
    """The user of a WebSocket: a bearer header, the session cookie, or the token its first message
    carried (browsers cannot set headers on one). Never a `?token=`: a URL is written to access logs."""
    auth = websocket.headers.get("authorization", "")
    bearer = auth[7:] if auth.lower().startswith("bearer ") else None
    token = bearer or websocket.cookies.get(COOKIE) or token
    if not token:
        raise NotAuthenticated("log in first")
    return actor_for_token(websocket, session, settings, token)
