"""Users, their roles per clinic, and log-in with growing waits after repeated failures."""

import math
from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict, EmailStr
from sqlmodel import Session, col, func, select

from core.access import require_anywhere
from core.actor import Actor
from core.audit.service import Event, record_one
from core.enums import Role
from core.errors import Conflict, NotAuthenticated, TooManyAttempts
from core.locks import lock
from core.permissions import Action
from core.providers.models import Provider
from core.timeutil import as_utc, utcnow
from core.users.models import LoginAttempt, Membership, User
from core.users.rules import login_wait
from core.users.security import hash_password, verify_password


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr
    password: str


def create_user(
    session: Session, *, email: str, full_name: str, password: str, roles: dict[int, Role | str]
) -> User:
    email = email.strip().lower()
    if session.exec(select(User).where(User.email == email)).first():
        raise Conflict("a user with this e-mail already exists")
    user = User(email=email, full_name=full_name, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    for clinic_id, role in roles.items():
        session.add(Membership(user_id=user.id or 0, clinic_id=clinic_id, role=Role(role).value))
    session.flush()
    return user


def actor_for(session: Session, user: User, client_address: str = "") -> Actor:
    memberships = session.exec(select(Membership).where(Membership.user_id == user.id)).all()
    providers = session.exec(select(Provider.id).where(Provider.user_id == user.id)).all()
    return Actor(
        user_id=user.id or 0,
        email=user.email,
        roles={m.clinic_id: m.role for m in memberships},
        client_address=client_address,
        provider_ids=frozenset(p for p in providers if p is not None),
    )


def load_actor(session: Session, user_id: int, client_address: str = "") -> Actor:
    user = session.get(User, user_id)
    if user is None or not user.is_active:
        raise NotAuthenticated("this account is not active; log in again")
    return actor_for(session, user, client_address)


def actor_by_email(session: Session, email: str, client_address: str = "") -> Actor:
    user = session.exec(select(User).where(User.email == email.strip().lower())).first()
    if user is None or not user.is_active:
        raise NotAuthenticated("no active user with that e-mail")
    return actor_for(session, user, client_address)


def _failures_since(
    session: Session, since: datetime, *, client_address: str, email: str | None = None
) -> tuple[int, datetime | None]:
    """Wrong passwords given from an address (for one account, or for any) since a moment: how many,
    and when the last was."""
    query = select(func.count(), func.max(LoginAttempt.at)).where(
        LoginAttempt.client_address == client_address,
        col(LoginAttempt.succeeded).is_(False),
        LoginAttempt.at > since,
    )
    if email is not None:
        query = query.where(LoginAttempt.email == email)
    count, last = session.exec(query).one()
    return int(count or 0), as_utc(last) if last is not None else None


def _wait_before_trying(
    session: Session, *, user: User | None, email: str, client_address: str, free: int, window: timedelta
) -> int:
    """Seconds this address must wait before trying this account again.

    Failures count per account and address: a guesser elsewhere slows only themself, never the
    account's owner at their own desk. Only a success from the same address, the end of the window
    or an owner's unlock clears them. An address that fails on many accounts (walking a list) is
    slowed as one guesser on all of them, at four times the bar.
    """
    now = utcnow()
    since = now - window
    last_success = session.exec(
        select(func.max(LoginAttempt.at)).where(
            LoginAttempt.email == email, LoginAttempt.client_address == client_address, LoginAttempt.succeeded
        )
    ).one()
    for moment in (last_success, user.login_unlocked_at if user else None):
        if moment is not None and as_utc(moment) > since:
            since = as_utc(moment)
    failures, last = _failures_since(session, since, client_address=client_address, email=email)
    wait = login_wait(failures, last, now, free=free, cap=window)
    sprayed, last_any = _failures_since(session, now - window, client_address=client_address)
    return max(wait, login_wait(sprayed // 4, last_any, now, free=free, cap=window))


def authenticate(
    session: Session,
    *,
    email: str,
    password: str,
    client_address: str,
    max_failures: int,
    window_minutes: int,
) -> User:
    """The user for these credentials, or NotAuthenticated; TooManyAttempts while this address must
    wait after repeated failures on this account (the wait grows with each, core.users.rules)."""
    email = email.strip().lower()
    # Tries of one account from one address take turns (PostgreSQL; SQLite's write turn already
    # does), so a burst of guesses sent at once is counted as exactly as one after another.
    lock(session, f"log-in:{email}:{client_address}")
    user = session.exec(select(User).where(User.email == email)).first()
    wait = _wait_before_trying(
        session,
        user=user,
        email=email,
        client_address=client_address,
        free=max_failures,
        window=timedelta(minutes=window_minutes),
    )
    if wait > 0:
        raise TooManyAttempts(
            f"too many failed log-ins; try again in {math.ceil(wait / 60)} minute(s)", retry_after=wait
        )
    ok = verify_password(user.password_hash if user else None, password) and bool(user and user.is_active)
    session.add(LoginAttempt(email=email, client_address=client_address[:64], succeeded=ok))
    session.commit()
    if not ok or user is None:
        raise NotAuthenticated("e-mail or password is wrong")
    return user


def list_users(session: Session, *, actor: Actor) -> list[dict]:
    """The users of the clinics the owner manages, with their roles there."""
    clinics = require_anywhere(session, actor, Action.user_manage)
    rows = session.exec(
        select(User, Membership)
        .join(Membership, col(Membership.user_id) == User.id)
        .where(col(Membership.clinic_id).in_(clinics))
        .order_by(User.email)
    ).all()
    users: dict[int, dict] = {}
    for user, membership in rows:
        entry = users.setdefault(
            user.id or 0,
            {
                "id": user.id,
                "email": user.email,
                "full_name": user.full_name,
                "is_active": user.is_active,
                "roles": {},
            },
        )
        entry["roles"][membership.clinic_id] = membership.role
    record_one(session, actor, Event(Action.user_manage.value, record_type="user", detail="listed"))
    session.commit()
    return list(users.values())
