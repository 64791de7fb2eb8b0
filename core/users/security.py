"""Password hashing (argon2id) and signed access tokens (JWT, HS256) that name a log-in session."""

from dataclasses import dataclass
from datetime import timedelta
from functools import cache

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.errors import NotAuthenticated
from core.timeutil import utcnow

_hasher = PasswordHasher()
ALGORITHM = "HS256"


@cache
def _dummy_hash() -> str:
    """Verified against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong
    password. Made on the first log-in, not at import: an argon2 hash is a tenth of a second that
    every CLI command and test process would pay."""
    return _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class TokenClaims:
    user_id: int
    session_id: str


def issue_token(user_id: int, session_id: str, secret: str, minutes: int) -> str:
    """A token that names its log-in session: the session row, not the token, says whether it is
    still good (core.users.sessions)."""
    now = utcnow()
    claims = {
        "sub": str(user_id),
        "sid": session_id,
        "iat": now,
        "exp": now + timedelta(minutes=minutes),
        "typ": "access",
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def read_token(token: str, secret: str) -> TokenClaims:
    try:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": ["sub", "exp", "sid"]})
    except jwt.PyJWTError as exc:
        raise NotAuthenticated("the session has expired or is not valid; log in again") from exc
    if claims.get("typ") != "access" or not isinstance(claims["sid"], str):
        raise NotAuthenticated("not an access token")
    return TokenClaims(user_id=int(claims["sub"]), session_id=claims["sid"])
