"""Annotated dependencies: a database session per request and the current user as an Actor (the API's
`CurrentActor`, the pages' `PageActor`; WebSockets call `actor_of`, which both use)."""

from collections.abc import Iterator
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session
from starlette.requests import HTTPConnection

from core.actor import Actor
from core.audit.service import defer_reads, write_deferred
from core.config import Settings
from core.errors import NotAuthenticated
from core.users.security import read_token
from core.users.service import load_actor
from core.users.sessions import check_session
from web.client_address import client_address_of

COOKIE = "therascribe_session"
_bearer = HTTPBearer(auto_error=False)


def get_session(request: Request) -> Iterator[Session]:
    """The request's session. The reads it audits are written once, at its end, one entry per patient
    or record read, in one commit (core.audit.service.defer_reads), also when the request fails.

    Its end comes before the response is sent (`scope="function"` below): a record read is in the audit
    log before the client holds it, never after (FastAPI's default runs this after the response, when a
    crash or a client that reads the log at once would find the read missing)."""
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        defer_reads(session)
        try:
            yield session
        finally:
            write_deferred(session)


def app_settings(request: Request) -> Settings:
    return request.app.state.settings


SessionDep = Annotated[Session, Depends(get_session, scope="function")]
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


def connection_token(connection: HTTPConnection, sent: str | None = None) -> str | None:
    """The caller's token: a bearer header (API clients), the session cookie (pages, the browser's
    sockets), or the token a WebSocket's first message carried (browsers cannot set headers on one).
    Never a `?token=`: a URL is written to access logs."""
    auth = connection.headers.get("authorization", "")
    bearer = auth[7:].strip() if auth[:7].lower() == "bearer " else None
    return bearer or connection.cookies.get(COOKIE) or sent


def actor_of(
    connection: HTTPConnection, session: Session, settings: Settings, sent: str | None = None
) -> Actor:
    """The current user, the one way for the API, the pages and the WebSockets (which call it with
    the token their first message carried, and again while a recording runs)."""
    token = connection_token(connection, sent)
    if not token:
        raise NotAuthenticated("log in first")
    return actor_for_token(connection, session, settings, token)


def current_actor(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    """The API's caller (`_credentials` only declares the bearer scheme in the OpenAPI document)."""
    return actor_of(request, session, settings)


CurrentActor = Annotated[Actor, Depends(current_actor)]


class LoginRedirect(Exception):
    """A page asked for without a valid log-in: answered with the log-in page (web.routers.pages)."""

    def __init__(self, target: str) -> None:
        self.target = target


def _page_actor(request: Request, session: SessionDep, settings: SettingsDep) -> Actor:
    """A page's user: as the API's, but a missing or ended log-in sends the browser to log in and
    come back."""
    try:
        return actor_of(request, session, settings)
    except NotAuthenticated as exc:
        raise LoginRedirect(f"/login?next={quote(request.url.path)}") from exc


PageActor = Annotated[Actor, Depends(_page_actor)]
