"""Providers as the schedule names them: the active ones of the caller's clinics."""

from sqlmodel import Session, col, select

from core.actor import Actor
from core.providers.models import Provider


def active_providers(session: Session, *, actor: Actor) -> list[Provider]:
    """Active providers of the clinics the caller belongs to (names, credentials and disciplines: no
    patient data); another clinic's staff are never listed."""
    return list(
        session.exec(
            select(Provider)
            .where(col(Provider.clinic_id).in_(list(actor.roles)), col(Provider.is_active).is_(True))
            .order_by(Provider.id)
        ).all()
    )
