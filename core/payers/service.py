"""Payers and fee schedules."""

from sqlmodel import Session, col, select

from core.access import require_anywhere
from core.actor import Actor
from core.audit.service import Event, record_one
from core.payers.models import FeeSchedule, FeeScheduleEntry, Payer
from core.permissions import Action


def list_payers(session: Session) -> list[Payer]:
    """Payer names and rules hold no patient data: every logged-in user may list them."""
    return list(session.exec(select(Payer).order_by(Payer.name)).all())


def list_fee_schedules(session: Session, *, actor: Actor) -> list[dict]:
    require_anywhere(session, actor, Action.fee_schedule_read)
    schedules = session.exec(select(FeeSchedule).order_by(col(FeeSchedule.id))).all()
    out = []
    for schedule in schedules:
        entries = session.exec(
            select(FeeScheduleEntry)
            .where(FeeScheduleEntry.fee_schedule_id == schedule.id)
            .order_by(FeeScheduleEntry.cpt)
        ).all()
        out.append(
            {
                "id": schedule.id,
                "payer_id": schedule.payer_id,
                "name": schedule.name,
                "effective_from": schedule.effective_from,
                "effective_to": schedule.effective_to,
                "entries": [
                    {"cpt": e.cpt, "modifier": e.modifier, "amount_cents": e.amount_cents} for e in entries
                ],
            }
        )
    record_one(session, actor, Event(Action.fee_schedule_read.value, record_type="fee_schedule"))
    session.commit()
    return out
