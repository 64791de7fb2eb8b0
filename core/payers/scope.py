"""Payers and their fee schedules belong to the whole installation, not to one clinic: every clinic's
charges are priced from the same schedule. Changing one changes each clinic's money, so only a user
who may take the action in every clinic may change it (a biller of one clinic may not reprice the
other's claims)."""

from collections.abc import Iterable

from sqlmodel import Session, col, select

from core.access import deny
from core.actor import Actor
from core.audit.service import Event
from core.clinics.models import Clinic
from core.permissions import ACTION_WORDS, Action, allowed


def may_change_shared(roles: dict[int, str], action: Action, clinic_ids: Iterable[int]) -> bool:
    """Whether a user with these roles may change a record every one of these clinics uses."""
    clinics = list(clinic_ids)
    return bool(clinics) and all(allowed(roles, action, clinic) for clinic in clinics)


def may_change_everywhere(session: Session, actor: Actor, action: Action) -> bool:
    """Whether the actor may change what every clinic uses (a page shows its form only then)."""
    clinics = session.exec(select(Clinic.id)).all()
    return may_change_shared(actor.roles, action, (c for c in clinics if c is not None))


def require_every_clinic(
    session: Session, actor: Actor, action: Action, *, record_type: str, record_id: int | str = ""
) -> None:
    """Forbidden (audited) unless the actor may take `action` in every clinic of the installation."""
    clinics = session.exec(select(Clinic.id).order_by(col(Clinic.id))).all()
    if may_change_shared(actor.roles, action, (c for c in clinics if c is not None)):
        return
    reason = (
        f"your role may not {ACTION_WORDS[action]}"
        if not any(allowed(actor.roles, action, c) for c in clinics if c is not None)
        else f"a {record_type.replace('_', ' ')} serves every clinic: only someone who may "
        f"{ACTION_WORDS[action]} in all of them may change it"
    )
    event = Event(action.value, record_type=record_type, record_id=record_id)
    raise deny(session, actor, action, event, reason)
