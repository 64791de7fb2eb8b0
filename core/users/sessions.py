"""Log-in sessions kept in the database: opened at log-in, checked on every request, ended by
logging out, a new password, a deactivated account, the clinic's idle time-out or the absolute
lifetime of the token (HIPAA Security Rule 45 CFR 164.312(a)(2)(iii), automatic logoff)."""

import secrets
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, or_, update
from sqlmodel import Session, col, select

from core.clinics.models import ClinicPolicy
from core.errors import NotAuthenticated
from core.timeutil import as_utc, utcnow
from core.users.models import AuthSession, Membership
from core.users.rules import session_closed

# last_seen is written at most this often per session: a write on every request would queue every
# request of a busy user behind the one before it (SQLite's single writer, a row lock on PostgreSQL).
# The idle time-out is therefore exact to within this much.
TOUCH_EVERY = timedelta(minutes=1)

_REFUSALS = {
    "ended": "this session has ended; log in again",
    "expired": "the session has expired; log in again",
    "idle": "the session ended after a time without use; log in again",
}


def open_session(session: Session, *, user_id: int, client_address: str, lifetime: timedelta) -> str:
    """A new session for a log-in that has just passed the password check; its id goes in the token."""
    now = utcnow()
    row = AuthSession(
        key=secrets.token_urlsafe(32),
        user_id=user_id,
        created_at=now,
        last_seen_at=now,
        expires_at=now + lifetime,
        client_address=client_address[:64],
    )
    session.add(row)
    session.commit()
    return row.key


def idle_limit(session: Session, user_id: int, default_minutes: int) -> timedelta:
    """The strictest idle time-out of the clinics the user works in (each clinic's own, or the
    server's default where the clinic has set none)."""
    overrides = session.exec(
        select(Membership.clinic_id, ClinicPolicy.idle_timeout_minutes)
        .join(ClinicPolicy, col(ClinicPolicy.clinic_id) == Membership.clinic_id, isouter=True)
        .where(Membership.user_id == user_id)
    ).all()
    minutes = [own or default_minutes for _, own in overrides] or [default_minutes]
    return timedelta(minutes=min(minutes))


def check_session(session: Session, *, session_id: str, user_id: int, default_idle_minutes: int) -> None:
    """Refuse a token whose session is over; note that it was used (at most once a minute)."""
    row = session.get(AuthSession, session_id)
    if row is None or row.user_id != user_id:
        raise NotAuthenticated(_REFUSALS["ended"])
    now = utcnow()
    last_seen = as_utc(row.last_seen_at)
    why = session_closed(
        revoked_at=row.revoked_at,
        expires_at=as_utc(row.expires_at),
        last_seen_at=last_seen,
        now=now,
        idle=idle_limit(session, user_id, default_idle_minutes),
    )
    if why:
        raise NotAuthenticated(_REFUSALS[why])
    if now - last_seen >= TOUCH_EVERY:
        # Conditional, so of two requests racing here only one writes; committed at once so the row
        # is not held for the rest of the request.
        session.execute(
            update(AuthSession)
            .where(col(AuthSession.key) == session_id, col(AuthSession.last_seen_at) < now - TOUCH_EVERY)
            .values(last_seen_at=now)
        )
        session.commit()


def end_session(session: Session, session_id: str, why: str) -> None:
    """Close one session (log-out). The caller commits."""
    session.execute(
        update(AuthSession)
        .where(col(AuthSession.key) == session_id, col(AuthSession.revoked_at).is_(None))
        .values(revoked_at=utcnow(), revoked_why=why)
    )


def end_sessions_of(session: Session, user_id: int, why: str, *, keep: str | None = None) -> int:
    """Close every open session of a user (but `keep`); how many were open. The caller commits."""
    query = update(AuthSession).where(
        col(AuthSession.user_id) == user_id, col(AuthSession.revoked_at).is_(None)
    )
    if keep is not None:
        query = query.where(col(AuthSession.key) != keep)
    result = session.execute(query.values(revoked_at=utcnow(), revoked_why=why))
    return int(getattr(result, "rowcount", 0) or 0)


ENDED_KEPT = timedelta(days=30)


def forget_ended(session: Session, *, now: datetime, kept: timedelta = ENDED_KEPT) -> int:
    """Delete sessions ended (revoked or past their lifetime) more than `kept` ago; returns how many.
    The log-ins themselves stay in the audit log and login_attempt; these rows only gate tokens,
    and a token that old is refused by its own expiry."""
    before = now - kept
    ended = delete(AuthSession).where(
        or_(col(AuthSession.expires_at) < before, col(AuthSession.revoked_at) < before)
    )
    # A bulk DELETE answers with a cursor result, which holds the rows it deleted.
    count = cast(CursorResult[Any], session.execute(ended)).rowcount or 0
    session.commit()
    return count
