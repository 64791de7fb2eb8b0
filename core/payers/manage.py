"""An owner manages payers on their page after setup: adds one from a billing profile, changes its
name, electronic id and any rule; and the lines of its fee schedules, one at a time (an owner or a
biller). A payer and its fees serve every clinic, so only someone who may change them in every clinic
may (core/payers/scope.py). Fields are checked by the description `therascribe init` reads
(core/clinics/setup.py), each problem named by its field; then the change is written with its audit
entry, or nothing is."""

from dataclasses import dataclass, field
from datetime import date
from typing import cast

from sqlmodel import Session, col, func, select

from core.access import audit_change
from core.actor import Actor
from core.audit.models import AuditEntry
from core.clinics.setup import COUNTED_RULES, PayerSpec, checked_form
from core.db import committed
from core.errors import Conflict, Invalid, NotFound, to_correct
from core.locks import lock, locked
from core.payers.fees import FeeEntry, current_fees, fee_entry, save_fee_schedule
from core.payers.models import FeeSchedule, FeeScheduleEntry, Payer
from core.payers.profiles import PROFILES, payer_settings
from core.payers.scope import require_every_clinic
from core.payers.service import add_thresholds
from core.permissions import Action
from core.upsert import change_said, upsert

# The rules a payer's page edits: every rule of a profile but its kind (the profile chosen).
RULES = tuple(k for k in PROFILES["commercial"] if k != "kind")
FLAGS = tuple(k for k in RULES if isinstance(PROFILES["commercial"][k], bool))


@dataclass
class PayerForm:
    """What a payer's form holds, as typed; a rule left out keeps the profile's."""

    name: str = ""
    profile: str = "commercial"
    electronic_payer_id: str = ""
    rules: dict[str, str] = field(default_factory=dict)


def form_of(payer: Payer) -> PayerForm:
    return PayerForm(
        name=payer.name,
        profile=payer.kind,
        electronic_payer_id=payer.electronic_payer_id,
        rules={k: str(getattr(payer, k)).lower() for k in RULES},
    )


def _rules(form: PayerForm, problems: dict[str, str]) -> dict[str, object]:
    """The form's rules as the profile's types: a box ticked or not, a whole number."""
    rules: dict[str, object] = {}
    for name, value in form.rules.items():
        if name not in RULES:
            problems[name] = "is no payer rule"
        elif name in FLAGS:
            rules[name] = value.strip().lower() in ("true", "on", "yes", "1")
        elif name in COUNTED_RULES:
            if not value.strip().isdigit() or int(value) < 1:
                problems[name] = "is a whole number, 1 or more"
            else:
                rules[name] = int(value)
        else:
            rules[name] = value.strip()
    return rules


def save_payer(session: Session, *, actor: Actor, form: PayerForm, payer_id: int | None = None) -> Payer:
    """Add a payer from a profile (payer_id None) or change one: its name, electronic id, profile and
    rules."""
    require_every_clinic(session, actor, Action.payer_write, record_type="payer", record_id=payer_id or "")
    existing = session.get(Payer, payer_id) if payer_id is not None else None
    if payer_id is not None and existing is None:
        raise NotFound(f"payer {payer_id} not found")
    problems: dict[str, str] = {}
    rules = _rules(form, problems)
    data = {
        "name": form.name,
        "profile": form.profile,
        "electronic_payer_id": form.electronic_payer_id,
        "rules": rules,
    }
    spec = checked_form(PayerSpec, data, problems, whole="rules")
    if spec is not None:
        twin = session.exec(select(Payer).where(func.lower(Payer.name) == spec.name.lower())).first()
        if twin is not None and twin.id != payer_id:
            problems["name"] = f"is already payer {twin.id}'s name"
    if problems or spec is None:
        raise to_correct(problems)
    with committed(session):
        values = {
            "name": spec.name,
            "electronic_payer_id": spec.electronic_payer_id,
            **payer_settings(spec.profile, rules),
        }
        payer, changed = upsert(session, existing, lambda: Payer(**values), values)
        add_thresholds(session, payer)
        if detail := change_said(changed):
            audit_change(session, actor, Action.payer_write, "payer", payer.id or "", detail)
    return payer


def _schedule(session: Session, actor: Actor, payer_id: int, schedule_id: int) -> FeeSchedule:
    require_every_clinic(
        session, actor, Action.fee_schedule_write, record_type="fee_schedule", record_id=schedule_id
    )
    # Locked: a line saved or taken off twice at once (a double click) meets the first one's result.
    schedule = locked(session, FeeSchedule, schedule_id)
    if schedule is None or schedule.payer_id != payer_id:
        raise NotFound(f"payer {payer_id} has no fee schedule {schedule_id}")
    return schedule


def _line(code: str, amount: str) -> tuple[str, str, int]:
    """(code, modifier, cents) of a fee line, or Invalid naming the wrong field."""
    try:
        fee_entry(code, "0")
    except ValueError as exc:
        raise to_correct({"code": str(exc)}) from None
    try:
        entry = fee_entry(code, amount)
    except ValueError as exc:
        raise to_correct({"amount": f"is {exc}: dollars and cents like 31.00"}) from None
    return entry.cpt, entry.modifier, entry.amount_cents


def _audit(session: Session, actor: Actor, schedule_id: int, detail: str) -> None:
    audit_change(session, actor, Action.fee_schedule_write, "fee_schedule", schedule_id, detail)


def _taken_off(session: Session, schedule_id: int, label: str) -> bool:
    """Whether the schedule's audit entries say the line was taken off (and it is not on it now)."""
    return (
        session.exec(
            select(AuditEntry.id).where(
                AuditEntry.action == Action.fee_schedule_write.value,
                AuditEntry.record_type == "fee_schedule",
                AuditEntry.record_id == str(schedule_id),
                AuditEntry.detail == f"{label} removed",
            )
        ).first()
        is not None
    )


def _fee_line(session: Session, schedule: FeeSchedule, cpt: str, modifier: str) -> FeeScheduleEntry | None:
    """The schedule's line for the code and modifier, if it has one."""
    return session.exec(
        select(FeeScheduleEntry).where(
            FeeScheduleEntry.fee_schedule_id == schedule.id,
            FeeScheduleEntry.cpt == cpt,
            FeeScheduleEntry.modifier == modifier,
        )
    ).first()


def save_fee_line(
    session: Session, *, actor: Actor, payer_id: int, schedule_id: int, code: str, amount: str
) -> FeeScheduleEntry:
    """Add a code to a fee schedule, or change the amount of one it has ('97110 GP': with a modifier)."""
    schedule = _schedule(session, actor, payer_id, schedule_id)
    cpt, modifier, cents = _line(code, amount)
    found = _fee_line(session, schedule, cpt, modifier)
    with committed(session):
        entry, changed = upsert(
            session,
            found,
            lambda: FeeScheduleEntry(
                fee_schedule_id=schedule_id, cpt=cpt, modifier=modifier, amount_cents=cents
            ),
            {"amount_cents": cents},
        )
        if changed is None or changed:
            label = f"{cpt} {modifier}".strip()
            _audit(
                session,
                actor,
                schedule_id,
                f"{label} {'added' if changed is None else 'changed'}: {cents / 100:.2f}",
            )
    return entry


def remove_fee_line(session: Session, *, actor: Actor, payer_id: int, schedule_id: int, code: str) -> None:
    """Take a code off a fee schedule (its charges are then priced from an earlier schedule, or not)."""
    schedule = _schedule(session, actor, payer_id, schedule_id)
    cpt, modifier, _ = _line(code, "0")
    found = _fee_line(session, schedule, cpt, modifier)
    label = f"{cpt} {modifier}".strip()
    if found is None:
        if _taken_off(session, schedule_id, label):  # taken off already (a double click): done
            return
        raise NotFound(f"fee schedule {schedule_id} has no line {code.strip().upper()}")
    remaining = session.exec(
        select(func.count()).where(FeeScheduleEntry.fee_schedule_id == schedule.id)
    ).one()
    if remaining <= 1:
        raise Conflict("a fee schedule keeps at least one line: change its amount instead")
    session.delete(found)
    _audit(session, actor, schedule_id, f"{label} removed")
    session.commit()


def add_fee_schedule(
    session: Session, *, actor: Actor, payer_id: int, name: str, effective_from: date, code: str, amount: str
) -> FeeSchedule:
    """A new fee schedule for a payer from a day on, with its first line (charges from that day are
    priced from it; codes it lacks from the schedule before)."""
    require_every_clinic(session, actor, Action.fee_schedule_write, record_type="fee_schedule")
    if session.get(Payer, payer_id) is None:
        raise NotFound(f"payer {payer_id} not found")
    # Serialised per payer and day (the key save_fee_schedule takes): the same form sent twice, or
    # twice at once, finds the schedule the first one wrote and gets it, not a refusal.
    lock(session, f"fee-schedule:{payer_id}:{effective_from.isoformat()}")
    problems: dict[str, str] = {}
    if not name.strip() or len(name.strip()) > 120:
        problems["name"] = "is 1 to 120 characters"
    taken = session.exec(
        select(FeeSchedule).where(
            FeeSchedule.payer_id == payer_id, col(FeeSchedule.effective_from) == effective_from
        )
    ).first()
    try:
        cpt, modifier, cents = _line(code, amount)
    except Invalid as error:
        problems.update(cast(dict[str, str], error.extra["fields"]))
    if taken is not None and not problems and taken.name == name.strip():
        have = current_fees(session, payer_id=payer_id, effective_from=effective_from)
        if have == {(cpt, modifier): cents}:
            return taken  # the same schedule with the same first line just created (a double click)
    if taken is not None:
        problems["effective_from"] = "the payer has a schedule from that day already: add the line to it"
    if problems:
        raise to_correct(problems)
    with committed(session):
        schedule = save_fee_schedule(
            session,
            payer_id=payer_id,
            name=name.strip(),
            effective_from=effective_from,
            entries=[FeeEntry(cpt=cpt, modifier=modifier, amount_cents=cents)],
        )
        _audit(session, actor, schedule.id or 0, f"created from {effective_from.isoformat()}")
    return schedule
