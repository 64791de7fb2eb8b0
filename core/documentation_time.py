"""A note's documentation time, as pure arithmetic over its author's actions on it: counted by the
dashboard (core.kpis.formulas re-exports it) and stored on the note as it is signed
(core.notes.documentation). A module of its own, outside both packages, so that notes need not import
kpis, which reads notes."""

from collections.abc import Iterable
from datetime import datetime

from core.timeutil import as_utc

# Audit-log studies of clinicians' EHR time (Sinsky et al., JAMA Netw Open 2020, "Metrics for assessing
# physician activity using EHR log data") count the time between consecutive actions and drop gaps
# longer than an inactivity time-out, since a gap that long means the clinician was with a patient
# or gone home, not writing. Our actions on a note are coarse (opened, saved, signed), so the time-out
# is longer than theirs: long enough to read a draft and its evidence, short of a next visit.
IDLE_MINUTES = 10.0


def active_minutes(moments: Iterable[datetime], idle_minutes: float = IDLE_MINUTES) -> float:
    """Minutes a clinician spent on a note, from the times of their actions on it (opened, saved,
    signed): the gaps between consecutive actions, leaving out any gap longer than `idle_minutes`."""
    times = sorted(as_utc(m) for m in moments)
    gaps = ((b - a).total_seconds() / 60 for a, b in zip(times, times[1:], strict=False))
    return sum(g for g in gaps if g <= idle_minutes)


def until_signed(actions: Iterable[tuple[str, datetime]], signed_at: datetime) -> list[datetime]:
    """The times of an author's actions on a note, as (audit action, time), up to its signature: the
    last 'note.sign' (its entry is written just after the note's signed_at), else signed_at."""
    actions = [(action, as_utc(at)) for action, at in actions]
    signs = [at for action, at in actions if action == "note.sign"]
    cutoff = max(signs) if signs else as_utc(signed_at)
    return [at for _, at in actions if at <= cutoff]


def note_minutes(actions: Iterable[tuple[str, datetime]], signed_at: datetime) -> float | None:
    """A note's documentation time: its author's active minutes on it up to its signature, from their
    actions on it as (audit action, time). None with no action of theirs on record (imported, or
    written before the audit trail): its time is unknown, not zero. Stored on the note as it is signed
    (core.notes.documentation), so the dashboard reads it instead of the audit log."""
    times = until_signed(actions, signed_at)
    return active_minutes(times) if times else None
