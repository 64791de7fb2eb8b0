"""Fee schedules from a CSV (code, modifier, amount in dollars): checked row by row, then written all
at once. Importing the same payer and effective date again replaces that schedule's entries."""

import csv
import io
import re
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, Field
from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from core.access import audit_change
from core.actor import Actor
from core.errors import Invalid, NotFound
from core.locks import lock
from core.money import parse_cents
from core.payers.models import FeeSchedule, FeeScheduleEntry, Payer
from core.payers.scope import require_every_clinic
from core.permissions import Action

CODE = re.compile(r"^[0-9A-Z]\d{3}[0-9A-Z]$")
MODIFIER = re.compile(r"^([0-9A-Z]{2})?$")
CODE_COLUMNS = ("cpt", "code", "hcpcs", "procedure")
AMOUNT_COLUMNS = ("amount", "fee", "allowed", "price")


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str


class FeeEntry(BaseModel):
    cpt: str = Field(pattern=CODE.pattern)
    modifier: str = Field(default="", pattern=MODIFIER.pattern)
    amount_cents: int = Field(ge=0)


def fee_entry(code: str, amount: object) -> FeeEntry:
    """One fee line from a code (with an optional modifier: '97110 GP') and an amount in dollars, as a
    setup file, the first-run page and the payer's page write it; ValueError says what is wrong."""
    cpt, _, modifier = str(code).strip().upper().partition(" ")
    if not CODE.match(cpt) or not MODIFIER.match(modifier.strip()):
        raise ValueError("is not a CPT/HCPCS code (with an optional modifier: '97110 GP')")
    cents = parse_cents(f"{amount:.2f}" if isinstance(amount, float) else str(amount).strip())
    return FeeEntry(cpt=cpt, modifier=modifier.strip(), amount_cents=cents)


def _pick(header: list[str], names: tuple[str, ...]) -> str | None:
    return next((h for h in header if h in names), None)


def parse_fee_csv(text: str) -> tuple[list[FeeEntry], list[RowError]]:
    """Entries and row-by-row errors (row numbers count the header as row 1, as a spreadsheet does)."""
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows = list(reader)
    if not rows:
        return [], [RowError(1, "", "the file is empty")]
    header = [h.strip().lower() for h in rows[0]]
    code_col, amount_col = _pick(header, CODE_COLUMNS), _pick(header, AMOUNT_COLUMNS)
    missing = [name for name, col in (("cpt", code_col), ("amount", amount_col)) if col is None]
    if missing:
        return [], [RowError(1, m, f"missing column {m}") for m in missing]
    entries, errors, seen = [], [], set()
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = dict(zip(header, (cell.strip() for cell in row), strict=False))
        code = values.get(code_col or "", "").upper()
        modifier = values.get("modifier", "").upper()
        if not CODE.match(code):
            errors.append(RowError(number, "cpt", "not a CPT/HCPCS code (five characters)"))
            continue
        if not MODIFIER.match(modifier):
            errors.append(RowError(number, "modifier", "a modifier is two letters or digits"))
            continue
        try:
            amount = parse_cents(values.get(amount_col or "", ""))
        except ValueError as error:
            errors.append(RowError(number, "amount", str(error)))
            continue
        if (code, modifier) in seen:
            errors.append(RowError(number, "cpt", f"{code} {modifier} appears twice"))
            continue
        seen.add((code, modifier))
        # Checked above, field by field: constructing without validating again halves the parse.
        entries.append(FeeEntry.model_construct(cpt=code, modifier=modifier, amount_cents=amount))
    if not entries and not errors:
        errors.append(RowError(2, "", "no fee rows"))
    return entries, errors


def checked_fees(text: str) -> list[FeeEntry]:
    """The CSV's fees, or Invalid with the errors row by row (the first 200)."""
    entries, errors = parse_fee_csv(text)
    if errors:
        raise Invalid(
            f"{len(errors)} rows are wrong; nothing was imported",
            errors=[e.__dict__ for e in errors[:200]],
        )
    return entries


def current_fees(
    session: Session, *, payer_id: int, effective_from: date
) -> dict[tuple[str, str], int] | None:
    """The payer's schedule for that date as (code, modifier) -> cents, or None when it has none."""
    current = session.exec(
        select(FeeSchedule).where(
            FeeSchedule.payer_id == payer_id, FeeSchedule.effective_from == effective_from
        )
    ).first()
    if current is None:
        return None
    return {
        (e.cpt, e.modifier): e.amount_cents
        for e in session.exec(select(FeeScheduleEntry).where(FeeScheduleEntry.fee_schedule_id == current.id))
    }


def fee_schedule_matches(
    session: Session, *, payer_id: int, effective_from: date, entries: list[FeeEntry]
) -> bool:
    """Whether the payer's schedule for that date already holds exactly these entries: writing it
    again would change nothing (an import or a setup run twice adds nothing)."""
    have = current_fees(session, payer_id=payer_id, effective_from=effective_from)
    return have == {(e.cpt, e.modifier): e.amount_cents for e in entries}


def save_fee_schedule(
    session: Session,
    *,
    payer_id: int,
    name: str,
    effective_from: date,
    entries: list[FeeEntry],
    effective_to: date | None = None,
) -> FeeSchedule:
    """Write (or replace) one payer's schedule for a date, in the caller's transaction: its entries in
    one statement each way, so a schedule of thousands of codes holds the write turn for moments.
    Serialised per payer and date: the same file imported twice at once writes one schedule."""
    lock(session, f"fee-schedule:{payer_id}:{effective_from.isoformat()}")
    schedule = session.exec(
        select(FeeSchedule).where(
            FeeSchedule.payer_id == payer_id, FeeSchedule.effective_from == effective_from
        )
    ).first()
    if schedule is None:
        schedule = FeeSchedule(payer_id=payer_id, name=name, effective_from=effective_from)
    schedule.name, schedule.effective_to = name, effective_to
    session.add(schedule)
    session.flush()
    session.exec(delete(FeeScheduleEntry).where(col(FeeScheduleEntry.fee_schedule_id) == schedule.id))
    if entries:
        session.execute(
            insert(FeeScheduleEntry), [{"fee_schedule_id": schedule.id, **e.model_dump()} for e in entries]
        )
    return schedule


def import_fee_schedule(
    session: Session, *, actor: Actor, payer_id: int, name: str, effective_from: date, text: str
) -> dict:
    """CSV in; every row right or nothing written, with the errors row by row.

    A payer's schedule prices every clinic's charges, so only someone who may write fee schedules in
    every clinic may (core/payers/scope.py). Once that is asked, the transaction ends and the file is
    parsed outside any: on SQLite every transaction holds the process's one write turn, and a long
    file parsed inside one held up every other request. A new transaction then only writes."""
    require_every_clinic(session, actor, Action.fee_schedule_write, record_type="fee_schedule")
    if session.get(Payer, payer_id) is None:
        raise NotFound(f"payer {payer_id} not found")
    session.commit()
    entries = checked_fees(text)
    # Under save_fee_schedule's lock: the same file sent twice (a double click, two at once) finds the
    # schedule the first one wrote and changes nothing, so it is written and audited once.
    lock(session, f"fee-schedule:{payer_id}:{effective_from.isoformat()}")
    same = session.exec(
        select(FeeSchedule).where(
            FeeSchedule.payer_id == payer_id,
            FeeSchedule.effective_from == effective_from,
            FeeSchedule.name == name,
            col(FeeSchedule.effective_to).is_(None),
        )
    ).first()
    if same is not None and fee_schedule_matches(
        session, payer_id=payer_id, effective_from=effective_from, entries=entries
    ):
        session.commit()
        return {"fee_schedule_id": same.id, "entries": len(entries)}
    schedule = save_fee_schedule(
        session, payer_id=payer_id, name=name, effective_from=effective_from, entries=entries
    )
    audit_change(
        session,
        actor,
        Action.fee_schedule_write,
        "fee_schedule",
        schedule.id or "",
        f"{len(entries)} fees imported",
    )
    session.commit()
    return {"fee_schedule_id": schedule.id, "entries": len(entries)}
