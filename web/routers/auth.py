from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session

from core.config import Settings
from core.errors import NotAuthenticated
from core.users.manage import change_password
from core.users.security import issue_token, read_token
from core.users.service import LoginRequest, authenticate
from core.users.sessions import end_session, open_session
from web.deps import COOKIE, CurrentActor, SessionDep, SettingsDep, client_address, connection_token

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])
_bearer = HTTPBearer(auto_error=False)


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(max_length=200)
    new_password: str = Field(max_length=200)


def start_session(
    request: Request, response: Response, session: Session, settings: Settings, *, email: str, password: str
) -> str:
    """Check the password (with the failed-attempt waits), open a session and set the HTTP-only
    session cookie; the token names the session."""
    address = client_address(request)
    user = authenticate(
        session,
        email=email,
        password=password,
        client_address=address,
        max_failures=settings.login_max_failures,
        window_minutes=settings.login_window_minutes,
    )
    session_id = open_session(
        session,
        user_id=user.id or 0,
        client_address=address,
        lifetime=timedelta(minutes=settings.token_minutes),
    )
    token = issue_token(user.id or 0, session_id, settings.resolved_secret_key(), settings.token_minutes)
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="strict",
        max_age=settings.token_minutes * 60,
        secure=request.url.scheme == "https",
    )
    return token


def end_token_session(session: Session, settings: Settings, token: str | None) -> None:
    """Log out: the token's session ends for good, whoever holds a copy of the token."""
    if not token:
        return
    try:
        claims = read_token(token, settings.resolved_secret_key())
    except NotAuthenticated:
        return  # nothing to end: a forged or expired token opens nothing
    end_session(session, claims.session_id, "logout")
    session.commit()


@router.post("/login", response_model=Token)
def login(
    body: LoginRequest, request: Request, response: Response, session: SessionDep, settings: SettingsDep
) -> Token:
    return Token(
        access_token=start_session(
            request, response, session, settings, email=body.email, password=body.password
        )
    )


@router.post("/logout", status_code=204)
def logout(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    end_token_session(session, settings, connection_token(request))
    response.delete_cookie(COOKIE)


@router.post("/password", status_code=204)
def new_password(body: PasswordChange, request: Request, session: SessionDep, actor: CurrentActor) -> None:
    """Change one's own password; every other session of the account ends."""
    change_password(
        session,
        actor=actor,
        current_password=body.current_password,
        new_password=body.new_password,
        session_id=request.state.session_id,
    )
