"""An owner manages the people of their clinics: adds a user with a role, changes or takes away a
role, deactivates an account (ending its sessions), unlocks its log-in. Each change is checked
against the matrix for that clinic, refused when it would leave a clinic with no active owner, and
written to the audit log. A person changes their own password here too."""

import re

from sqlmodel import Session, col, select

from core.access import audit_change, require
from core.actor import Actor
from core.audit.service import Event, record_one
from core.enums import Role
from core.errors import Conflict, Forbidden, Invalid, NotFound
from core.permissions import Action
from core.timeutil import utcnow
from core.users.models import Membership, User
from core.users.rules import owners_left
from core.users.security import hash_password, verify_password
from core.users.service import create_user
from core.users.sessions import end_sessions_of

MIN_PASSWORD = 12
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise Invalid(f"a role is one of {', '.join(r.value for r in Role)}") from None


def _members(session: Session, clinic_id: int) -> list[tuple[int, str, bool]]:
    rows = session.exec(
        select(Membership.user_id, Membership.role, User.is_active)
        .join(User, col(User.id) == Membership.user_id)
        .where(Membership.clinic_id == clinic_id)
    ).all()
    return [(user_id, role, bool(active)) for user_id, role, active in rows]


def _keep_an_owner(session: Session, clinic_id: int, user_id: int, role: str | None, active: bool) -> None:
    if owners_left(_members(session, clinic_id), user_id, role, active) == 0:
        raise Conflict(f"clinic {clinic_id} would have no active owner left; make someone else owner first")


def _done(session: Session, actor: Actor, clinic_id: int, user_id: int | str, detail: str) -> None:
    """Audit the change and commit it with its entry."""
    audit_change(session, actor, Action.user_manage, "user", user_id, detail, clinic_id)
    session.commit()


def add_user(
    session: Session, *, actor: Actor, email: str, full_name: str, password: str, clinic_id: int, role: str
) -> User:
    """A new account with a role in one clinic; the person changes the password given to them."""
    require(session, actor, Action.user_manage, clinic_id=clinic_id, record_type="user")
    email, full_name = email.strip().lower(), full_name.strip()
    # each refusal names its field (`fields`), so that a form shows the problem where it was typed
    if not _EMAIL.match(email):
        raise Invalid(
            "an e-mail address looks like name@clinic.org", fields={"email": "must look like name@clinic.org"}
        )
    if not full_name:
        raise Invalid("the person's name is missing", fields={"full_name": "is needed"})
    if len(password) < MIN_PASSWORD:
        raise Invalid(
            f"a password has at least {MIN_PASSWORD} characters",
            fields={"password": f"must have at least {MIN_PASSWORD} characters"},
        )
    try:
        user = create_user(
            session, email=email, full_name=full_name, password=password, roles={clinic_id: _role(role)}
        )
    except Conflict as taken:
        raise Conflict(taken.detail, fields={"email": "has an account already"}) from None
    _done(session, actor, clinic_id, user.id or "", f"added as {role}")
    return user


def set_role(session: Session, *, actor: Actor, user_id: int, clinic_id: int, role: str | None) -> None:
    """Give a user a role in a clinic, change it, or take it away (None)."""
    require(session, actor, Action.user_manage, clinic_id=clinic_id, record_type="user", record_id=user_id)
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    new = _role(role).value if role else None
    _keep_an_owner(session, clinic_id, user_id, new, user.is_active)
    membership = session.exec(
        select(Membership).where(Membership.user_id == user_id, Membership.clinic_id == clinic_id)
    ).first()
    before = membership.role if membership else "none"
    if new is None and membership is not None:
        session.delete(membership)
    elif new is not None and membership is None:
        session.add(Membership(user_id=user_id, clinic_id=clinic_id, role=new))
    elif new is not None and membership is not None:
        membership.role = new
        session.add(membership)
    _done(session, actor, clinic_id, user_id, f"role {before} -> {new or 'none'}")


def set_active(session: Session, *, actor: Actor, user_id: int, active: bool) -> None:
    """Deactivate an account (it can no longer log in; its open sessions end at the next request) or
    activate it again. The account may hold roles in several clinics: the owner must manage each."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    clinics = session.exec(select(Membership.clinic_id).where(Membership.user_id == user_id)).all()
    if not clinics:
        raise NotFound(f"user {user_id} not found")
    for clinic_id in clinics:
        require(
            session, actor, Action.user_manage, clinic_id=clinic_id, record_type="user", record_id=user_id
        )
    if not active and user_id == actor.user_id:
        raise Conflict("you cannot deactivate your own account")
    for clinic_id in clinics:
        role = next(r for u, r, _ in _members(session, clinic_id) if u == user_id)
        _keep_an_owner(session, clinic_id, user_id, role, active)
    user.is_active = active
    session.add(user)
    if not active:
        end_sessions_of(session, user_id, "deactivated")
    _done(session, actor, min(clinics), user_id, "activated" if active else "deactivated")


def unlock_login(session: Session, *, actor: Actor, user_id: int) -> None:
    """Let an account log in again at once from every address, whatever wrong passwords were given
    before (the person who forgot theirs, or an account someone has been guessing at)."""
    user = session.get(User, user_id)
    clinics = session.exec(select(Membership.clinic_id).where(Membership.user_id == user_id)).all()
    if user is None or not clinics:
        raise NotFound(f"user {user_id} not found")
    for clinic_id in clinics:
        require(
            session, actor, Action.user_manage, clinic_id=clinic_id, record_type="user", record_id=user_id
        )
    user.login_unlocked_at = utcnow()
    session.add(user)
    _done(session, actor, min(clinics), user_id, "log-in unlocked")


def change_password(
    session: Session, *, actor: Actor, current_password: str, new_password: str, session_id: str
) -> int:
    """A person sets their own password (the current one first). Every other session of theirs ends:
    whoever may have had the old password is logged out too. Returns how many ended."""
    user = session.get(User, actor.user_id)
    if user is None or not user.is_active or not verify_password(user.password_hash, current_password):
        raise Forbidden("the current password is wrong")
    if len(new_password) < MIN_PASSWORD:
        raise Invalid(f"a password has at least {MIN_PASSWORD} characters")
    if new_password == current_password:
        raise Invalid("the new password is the same as the current one")
    user.password_hash = hash_password(new_password)
    session.add(user)
    ended = end_sessions_of(session, actor.user_id, "password", keep=session_id)
    record_one(
        session,
        actor,
        Event(
            "user.password",
            record_type="user",
            record_id=actor.user_id,
            detail=f"{ended} other sessions ended",
        ),
    )
    session.commit()
    return ended
