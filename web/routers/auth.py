from fastapi import APIRouter, Request, Response
from pydantic import BaseModel
from sqlmodel import Session

from core.config import Settings
from core.users.security import issue_token
from core.users.service import LoginRequest, authenticate
from web.deps import COOKIE, SessionDep, SettingsDep, client_address

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


def start_session(
    request: Request, response: Response, session: Session, settings: Settings, *, email: str, password: str
) -> str:
    """Check the password (with the failed-attempt limit) and set the HTTP-only session cookie."""
    user = authenticate(
        session,
        email=email,
        password=password,
        client_address=client_address(request),
        max_failures=settings.login_max_failures,
        window_minutes=settings.login_window_minutes,
    )
    token = issue_token(user.id or 0, settings.resolved_secret_key(), settings.token_minutes)
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="strict",
        max_age=settings.token_minutes * 60,
        secure=request.url.scheme == "https",
    )
    return token


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
def logout(response: Response) -> None:
    response.delete_cookie(COOKIE)
