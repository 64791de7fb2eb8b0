from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from core.enums import Role
from core.timeutil import utcnow


class User(SQLModel, table=True):
    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    full_name: str = Field(max_length=120)
    password_hash: str = Field(max_length=200)
    is_active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    # An owner's unlock: failed log-ins before this no longer hold the account back.
    login_unlocked_at: datetime | None = None


class Membership(SQLModel, table=True):
    """A user's role in one clinic: the unit that permissions are checked against."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("user_id", "clinic_id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="app_user.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    role: str = Field(max_length=20)


class LoginAttempt(SQLModel, table=True):
    """Failed and successful log-ins, kept in the database so every web worker sees the same limit."""

    __tablename__ = "login_attempt"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, index=True)
    client_address: str = Field(default="", max_length=64, index=True)
    succeeded: bool = False
    at: datetime = Field(default_factory=utcnow, index=True)


class AuthSession(SQLModel, table=True):
    """One log-in: the token names it, and every request checks it is still open, so logging out,
    a new password or a deactivated account ends it at once rather than when the token expires."""

    __tablename__ = "auth_session"

    # Random, not a serial: the token names it, and it must not be guessable from the one before.
    key: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="app_user.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    revoked_at: datetime | None = None
    revoked_why: str = Field(default="", max_length=20)
    client_address: str = Field(default="", max_length=64)


class UserRead(BaseModel):
    """A user as the owner manages them: no password hash; roles by clinic id."""

    id: int
    email: str
    full_name: str
    is_active: bool
    roles: dict[int, Role]


class UserCreated(BaseModel):
    id: int
    email: str
