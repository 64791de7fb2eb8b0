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


def payer_name(session: Session, payer_id: int) -> str:
    """The payer's name as the clinic's pages show it; empty where there is no such payer."""
    payer = session.get(Payer, payer_id)
    return payer.name if payer else ""


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


def ensure_payer(
    session: Session, *, name: str, profile: str, rules: dict, electronic_payer_id: str = ""
) -> tuple[Payer, list[str] | None]:
    """A payer from a billing profile with the clinic's own changes (core/payers/profiles.py), created
    or brought in line, in the caller's transaction (the caller checks who may and audits). A
    Medicare payer gets the year's KX and review thresholds it lacks."""
    from core.payers.profiles import payer_settings
    from core.upsert import upsert

    merged = payer_settings(profile, rules)
    values = {**merged, "electronic_payer_id": electronic_payer_id}
    found = session.exec(select(Payer).where(Payer.name == name)).first()
    payer, changed = upsert(session, found, lambda: Payer(name=name, **values), values)
    add_thresholds(session, payer)
    return payer, changed


def add_thresholds(session: Session, payer: Payer) -> None:
    """A Medicare payer gets the years' KX and review thresholds it lacks (core/payers/profiles.py)."""
    from core.payers.models import PayerThreshold
    from core.payers.profiles import KX_THRESHOLDS

    if payer.kind != "medicare":
        return
    have = set(session.exec(select(PayerThreshold.year).where(PayerThreshold.payer_id == payer.id)).all())
    for year, (kx, review) in KX_THRESHOLDS.items():
        if year not in have:
            session.add(
                PayerThreshold(
                    payer_id=payer.id or 0,
                    year=year,
                    kx_threshold_cents=kx,
                    review_threshold_cents=review,
                )
            )
