"""Counting the KPIs for an asker: permission, the audited read, and the figures kept a few minutes for
the dashboard (a process-wide cache, counted again in the background when stale).

What makes kept figures stale is a write through this process to a table they are counted from; the
ORM hooks that notice it are registered by `watch_changes()`, called at start-up (the web app, the
CLI), not on import: importing this module changes no session's behaviour.
"""

import logging
import queue
import threading
import time as clock
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from pydantic import BaseModel
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session

from core.access import require_anywhere
from core.actor import Actor
from core.audit.service import Event, record_one
from core.authorizations.models import Authorization
from core.billing.models import Adjustment, Claim, ClaimLine, Payment
from core.clinics.models import Clinic
from core.db import report_reader, snapshot_session
from core.errors import Forbidden, Invalid
from core.kpis.definitions import DEFINITIONS, Scope
from core.kpis.formulas import COUNTED_IN, counted_words
from core.notes.models import Note
from core.patients.models import InsurancePolicy
from core.permissions import Action
from core.plans.models import PlanOfCare
from core.providers.models import Provider
from core.referrals.models import Referral
from core.scheduling.models import Appointment, ProviderBreak, ProviderHours, TimeOff
from core.visits.models import Visit

log = logging.getLogger(__name__)


class Kpi(BaseModel):
    key: str
    name: str
    value: float | None
    unit: str
    target: str
    formula: str
    numerator: float | None = None
    denominator: float | None = None
    breakdown: dict[str, float] | None = None
    as_of: datetime | None = None
    # what it was counted from as the owner reads it ('$36,403.66', '$4,850.14 a day'), and in what
    counted_in: tuple[str, str] = ("", "")
    numerator_words: str = ""
    denominator_words: str = ""
    waiting: int | None = None  # claims of the range still with the payer, left out until answered


# A cache key: the database, the scope, the KPIs asked for (None: all).
_Key = tuple[str, Scope, tuple[str, ...] | None]


# Figures counted lately, for callers that accept figures a few minutes old (the dashboard, asked
# again on every visit and filter change): key -> what was counted, and when.
@dataclass(frozen=True)
class _Counted:
    generation: int  # of the counted records when the counting began
    began: float  # monotonic
    figures: list[Kpi]


_RECENT: "OrderedDict[_Key, _Counted]" = OrderedDict()
_RECENT_LOCK = threading.Lock()
_RECENT_MAX = 256
# Moves on whenever something the figures are counted from changes through this process.
_generation = 0


def compute(
    session: Session,
    *,
    actor: Actor,
    start: date,
    end: date,
    clinic_id: int | None = None,
    payer_id: int | None = None,
    provider_id: int | None = None,
    keys: list[str] | None = None,
    max_age_seconds: float = 0.0,
) -> list[Kpi]:
    """Every KPI for the range (or the ones named), over the clinics the asker may see (or the one
    asked for), counted in a snapshot of their own (on SQLite it holds up no other request).

    With `max_age_seconds`, figures this process counted for the same clinics and range are given
    at once (each figure's `as_of` says when); where they are older than that, or something they are
    counted from changed through this process since (see `watch_changes`), they are counted again in
    the background for the next asker. Only the first asker of a range waits for the counting. The
    read is audited either way."""
    return compute_ranges(
        session,
        actor=actor,
        ranges=[(start, end)],
        clinic_id=clinic_id,
        payer_id=payer_id,
        provider_id=provider_id,
        keys=keys,
        max_age_seconds=max_age_seconds,
    )[0]


@dataclass(frozen=True)
class KpiFilters:
    """The dashboard's clinic and provider as they can be counted together, and why one was let go."""

    clinic_id: int | None
    provider_id: int | None
    note: str = ""


def agreeing_filters(
    session: Session, *, actor: Actor, clinic_id: int | None, provider_id: int | None
) -> KpiFilters:
    """A provider chosen with a clinic they do not work at counts nothing: every figure 0, $0.00 and
    charts of nothing, with no word why (#20, trial 51). The clinic chosen stands and the provider is let
    go, with a note naming both (staff names, no patient data); a provider of none of the asker's clinics
    is let go the same way. Anything else passes as asked."""
    if provider_id is None:
        return KpiFilters(clinic_id, None)
    provider = session.get(Provider, provider_id)
    if provider is None or provider.clinic_id not in actor.roles:
        return KpiFilters(
            clinic_id, None, "That provider is not one of your clinics': the figures are for all providers."
        )
    if clinic_id is None or provider.clinic_id == clinic_id:
        return KpiFilters(clinic_id, provider_id)
    theirs, chosen = session.get(Clinic, provider.clinic_id), session.get(Clinic, clinic_id)
    return KpiFilters(
        clinic_id,
        None,
        f"{provider.full_name} works at {theirs.name if theirs else 'another clinic'}, not at "
        f"{chosen.name if chosen else 'the clinic chosen'}: the figures are for all of "
        f"{chosen.name if chosen else 'that clinic'}'s providers.",
    )


def compute_ranges(
    session: Session,
    *,
    actor: Actor,
    ranges: Sequence[tuple[date, date]],
    clinic_id: int | None = None,
    payer_id: int | None = None,
    provider_id: int | None = None,
    keys: list[str] | None = None,
    max_age_seconds: float = 0.0,
    audited: bool = True,
) -> list[list[Kpi]]:
    """`compute` for several ranges at once (the dashboard's range and its six-month trend), in the
    ranges' order: the ranges not kept are counted together, each kind of row read once over the span
    they cover, so a trend costs about what one range does. One audited read for them all, unless the
    caller audits it otherwise (`audited=False`: a download, audited as an export)."""
    if not ranges:
        raise Invalid("no range to count")
    for start, end in ranges:
        if end < start:
            raise Invalid("the range ends before it starts")
        if (end - start).days > 3660:
            raise Invalid("a range of at most ten years")
    clinics = require_anywhere(session, actor, Action.kpi_read)
    if clinic_id is not None:
        if clinic_id not in clinics:
            raise Forbidden("no access to this clinic's figures")
        clinics = [clinic_id]
    engine = session.get_bind().engine
    asked = tuple(keys) if keys is not None else None
    scopes = [Scope(start, end, tuple(clinics), payer_id, provider_id) for start, end in ranges]
    found: dict[Scope, list[Kpi]] = {}
    stale: list[Scope] = []
    if max_age_seconds > 0:
        with _RECENT_LOCK:
            kept = {s: _RECENT.get((str(engine.url), s, asked)) for s in scopes}
        for scope, counted in kept.items():
            if counted is None:
                continue
            found[scope] = counted.figures
            if counted.generation != _generation or clock.monotonic() - counted.began > max_age_seconds:
                stale.append(scope)
    missing = list(dict.fromkeys(s for s in scopes if s not in found))
    if missing:
        with report_reader(session) as reader:
            found.update(zip(missing, _count(reader, engine, missing, keys), strict=True))
    if stale:
        _REFRESHER.ask(engine, tuple(stale), keys)
    first, last = min(s.start for s in scopes), max(s.end for s in scopes)
    if audited:
        record_one(session, actor, Event(Action.kpi_read.value, record_type="kpi", detail=f"{first}..{last}"))
    session.commit()
    return [found[s] for s in scopes]


def _figures(session: Session, scopes: Sequence[Scope], keys: list[str] | None) -> list[list[Kpi]]:
    now = datetime.now(UTC)
    out: list[list[Kpi]] = [[] for _ in scopes]
    for d in DEFINITIONS:
        if keys is not None and d.key not in keys:
            continue
        for figures, figure in zip(out, d.count(session, scopes), strict=True):
            figures.append(
                Kpi(
                    key=d.key,
                    name=d.name,
                    value=figure.value,
                    unit=d.unit,
                    target=d.target,
                    formula=d.formula,
                    numerator=figure.numerator,
                    denominator=figure.denominator,
                    breakdown=figure.breakdown,
                    as_of=now,
                    counted_in=COUNTED_IN.get(d.key, ("", "")),
                    numerator_words=counted_words(figure.numerator, COUNTED_IN.get(d.key, ("", ""))[0]),
                    denominator_words=counted_words(figure.denominator, COUNTED_IN.get(d.key, ("", ""))[1]),
                    waiting=figure.waiting,
                )
            )
    return out


def _count(
    reader: Session, engine: Engine, scopes: Sequence[Scope], keys: list[str] | None
) -> list[list[Kpi]]:
    """The figures of each scope, counted together in the reader's one snapshot and kept for the next
    askers."""
    generation, began = _generation, clock.monotonic()
    out = _figures(reader, scopes, keys)
    asked = tuple(keys) if keys is not None else None
    with _RECENT_LOCK:
        for scope, figures in zip(scopes, out, strict=True):
            key: _Key = (str(engine.url), scope, asked)
            kept = _RECENT.get(key)
            if kept is None or (kept.generation, kept.began) <= (generation, began):
                _RECENT[key] = _Counted(generation, began, figures)
                _RECENT.move_to_end(key)
        while len(_RECENT) > _RECENT_MAX:
            _RECENT.popitem(last=False)
    return out


class _Refresher:
    """One background thread per process that counts stale figures again, each key once however
    many askers saw it stale."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Engine, tuple[Scope, ...], list[str] | None]] = queue.Queue()
        self._pending: set[_Key] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def ask(self, engine: Engine, scopes: tuple[Scope, ...], keys: list[str] | None) -> None:
        asked = tuple(keys) if keys is not None else None
        with self._lock:
            # the scopes not already on their way, counted again together
            scopes = tuple(s for s in scopes if (str(engine.url), s, asked) not in self._pending)
            if not scopes:
                return
            self._pending.update((str(engine.url), s, asked) for s in scopes)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="kpi-refresh", daemon=True)
                self._thread.start()
        self._queue.put((engine, scopes, keys))

    def _run(self) -> None:
        while True:
            engine, scopes, keys = self._queue.get()
            asked = tuple(keys) if keys is not None else None
            try:
                with snapshot_session(engine) as reader:
                    _count(reader, engine, scopes, keys)
            except Exception as exc:  # the figures kept stand; the next asker asks again
                log.warning("KPI figures could not be counted again (%s)", type(exc).__name__)
            finally:
                with self._lock:
                    self._pending.difference_update((str(engine.url), s, asked) for s in scopes)
                self._queue.task_done()

    def wait(self) -> None:
        """Until every counting asked for has finished (for tests)."""
        self._queue.join()


_REFRESHER = _Refresher()
wait_for_refreshes = _REFRESHER.wait


# What the figures are counted from: a change to any of these in this process makes the figures kept stale.
_COUNTED = (
    Adjustment,
    Appointment,
    Authorization,
    Claim,
    ClaimLine,
    Clinic,
    InsurancePolicy,
    Note,
    Payment,
    PlanOfCare,
    Provider,
    ProviderBreak,
    ProviderHours,
    Referral,
    TimeOff,
    Visit,
)
_STALE = "kpi_figures_stale"


def _note_changes(session: OrmSession, _context: object) -> None:
    if any(isinstance(o, _COUNTED) for o in (*session.new, *session.dirty, *session.deleted)):
        session.info[_STALE] = True


def _note_statements(state: ORMExecuteState) -> None:
    writes = state.is_insert or state.is_update or state.is_delete
    mapper = state.bind_mapper
    if writes and (mapper is None or mapper.class_ in _COUNTED):
        state.session.info[_STALE] = True


def _figures_stale(session: OrmSession) -> None:
    global _generation
    if session.info.pop(_STALE, False):
        with _RECENT_LOCK:
            _generation += 1


_HOOKS = (
    ("after_flush", _note_changes),
    ("do_orm_execute", _note_statements),
    ("after_commit", _figures_stale),
)


def watch_changes() -> None:
    """Have every ORM session of this process mark the kept figures stale when it commits a change to
    what they are counted from. Called at start-up by the web app and the CLI; calling it again does
    nothing. Without it, kept figures are only renewed by age (`max_age_seconds`)."""
    for name, hook in _HOOKS:
        if not event.contains(OrmSession, name, hook):
            event.listen(OrmSession, name, hook)
