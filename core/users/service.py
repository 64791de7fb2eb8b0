"""Users, their roles per clinic, and log-in with a limit on repeated failures."""

from datetime import timedelta

from pydantic import BaseModel, ConfigDict, EmailStr
from sqlmodel import Session, col, func, select

from core.access import require_anywhere
from core.actor import Actor
from core.audit.service import Event, record_one
from core.enums import Role
from core.errors import Conflict, NotAuthenticated, TooManyAttempts
from core.permissions import Action
from core.providers.models import Provider
from core.timeutil import utcnow
from core.users.models import LoginAttempt, Membership, User
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
        session.add(Membership(user_id=user.id, clinic_id=clinic_id, role=Role(role).value))
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


def _recent_failures(session: Session, *, email: str, client_address: str, window: timedelta) -> int:
    since = utcnow() - window
    last_success = session.exec(
        select(func.max(LoginAttempt.at)).where(LoginAttempt.email == email, LoginAttempt.succeeded)
    ).one()
    if last_success is not None and last_success > since:
        since = last_success
    by_email = session.exec(
        select(func.count()).where(
            LoginAttempt.email == email, col(LoginAttempt.succeeded).is_(False), LoginAttempt.at > since
        )
    ).one()
    by_address = (
        session.exec(
            select(func.count()).where(
                LoginAttempt.client_address == client_address,
                col(LoginAttempt.succeeded).is_(False),
                LoginAttempt.at > utcnow() - window,
            )
        ).one()
        if client_address
        else 0
    )
    return max(by_email, by_address // 4)


def authenticate(
    session: Session,
    *,
    email: str,
    password: str,
    client_address: str,
    max_failures: int,
    window_minutes: int,
) -> User:
    """The user for these credentials, or NotAuthenticated; TooManyAttempts after repeated failures.

    The limit counts per e-mail and (more loosely) per address, so one address cannot walk a list.
    """
    email = email.strip().lower()
    window = timedelta(minutes=window_minutes)
    if _recent_failures(session, email=email, client_address=client_address, window=window) >= max_failures:
        raise TooManyAttempts(
            f"too many failed log-ins; try again in {window_minutes} minutes",
            retry_after=window_minutes * 60,
        )
    user = session.exec(select(User).where(User.email == email)).first()
    ok = verify_password(user.password_hash if user else None, password) and bool(user and user.is_active)
    session.add(LoginAttempt(email=email, client_address=client_address, succeeded=ok))
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
