from fastapi import APIRouter, Request, Response
from pydantic import BaseModel

from core.users.security import issue_token
from core.users.service import LoginRequest, authenticate
from web.deps import COOKIE, SessionDep, SettingsDep, client_address

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


@router.post("/login", response_model=Token)
def login(
    body: LoginRequest, request: Request, response: Response, session: SessionDep, settings: SettingsDep
) -> Token:
    user = authenticate(
        session,
        email=body.email,
        password=body.password,
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
    return Token(access_token=token)


@router.post("/logout", status_code=204)
def logout(response: Response) -> None:
    response.delete_cookie(COOKIE)
