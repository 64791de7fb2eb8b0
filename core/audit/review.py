"""The owner's review of the audit log."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from core.access import require_anywhere
from core.actor import Actor
from core.audit.models import AuditEntry
from core.audit.service import Event, record_one
from core.exports import Export, export
from core.permissions import Action
from core.users.models import User

ALERT_READS = "alerts.read"  # the audit action of a home page's read of its alerts (core.alerts)
# The detail of a home page's read of the unsigned notes (core.notes.service.unsigned): one entry per
# note shown, so every patient's note read stays on the log, and marked so that the review can leave
# them out with the alert reads: an owner's every home view wrote ~30 of them (#20, trial 51).
UNSIGNED_LIST = "unsigned list"


def home_list_reads() -> Any:
    """The entries a home page's lists write at every load: its alerts, its unsigned notes."""
    return (col(AuditEntry.action) == ALERT_READS) | (
        (col(AuditEntry.action) == Action.note_read.value) & (col(AuditEntry.detail) == UNSIGNED_LIST)
    )


@dataclass(frozen=True)
class AuditSearch:
    """What the owner's review finds entries by; a filter left None finds all. `who` is words of a user's
    name or e-mail, `until` excludes its instant."""

    user_id: int | None = None
    patient_id: int | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    who: str | None = None
    # Words of a patient's name, in any order ('rivera amanda', 'Rivera, A'), as the export records them, and
    # the ids of the patients they fit (core.patients.service.ids_named: core.patients writes its entries
    # through core.audit, so core.audit does not read patients itself).
    patient: str | None = None
    patients: Any = None
    # The home page writes a read of its alerts and of its unsigned notes at every load (each a read of
    # patients' data, logged as every read is); a reviewer looking for other reads may leave those out of
    # what she sees (home_list_reads).
    alert_reads: bool = True

    def words(self) -> dict[str, object]:
        """The filters as an export's audit entry records them (days, not instants)."""
        return {
            "who": (self.who or "").strip(),
            "user_id": self.user_id,
            "patient_id": self.patient_id,
            "patient": (self.patient or "").strip(),
            "action": self.action,
            "since": self.since.date() if self.since else None,
            "until": self.until.date() if self.until else None,
            # said only when set, as every filter: an export of everything names no filter
            "alert_reads": None if self.alert_reads else "left out",
        }

    def matching(self, session: Session, actor: Actor) -> Any:
        """The entries found in the clinics whose log the asker may read (and the system's), newest
        first."""
        clinics = require_anywhere(session, actor, Action.audit_read)
        query = select(AuditEntry).where(
            (col(AuditEntry.clinic_id).in_(clinics)) | (col(AuditEntry.clinic_id).is_(None))
        )
        if self.user_id is not None:
            query = query.where(AuditEntry.user_id == self.user_id)
        if self.patient_id is not None:
            query = query.where(AuditEntry.patient_id == self.patient_id)
        if self.action:
            query = query.where(AuditEntry.action == self.action)
        if self.since is not None:
            query = query.where(col(AuditEntry.at) >= self.since)
        if self.until is not None:
            query = query.where(col(AuditEntry.at) < self.until)
        if self.who and self.who.strip():
            people = select(User.id)
            for word in self.who.lower().split():
                people = people.where(
                    func.lower(User.full_name).contains(word, autoescape=True)
                    | func.lower(User.email).contains(word, autoescape=True)
                )
            query = query.where(col(AuditEntry.user_id).in_(people))
        if self.patients is not None:
            query = query.where(col(AuditEntry.patient_id).in_(self.patients))
        if not self.alert_reads:
            query = query.where(~home_list_reads())
        return query.order_by(col(AuditEntry.id).desc())


def browse(
    session: Session, *, actor: Actor, search: AuditSearch = AuditSearch(), limit: int = 100, offset: int = 0
) -> list[AuditEntry]:
    """The entries `search` finds for the owner's review, newest first, `offset` entries in. Reading
    the log is itself logged."""
    rows = list(session.exec(search.matching(session, actor).offset(offset).limit(limit)).all())
    record_one(
        session, actor, Event(Action.audit_read.value, record_type="audit_entry", detail=f"{len(rows)} rows")
    )
    session.commit()
    return rows


def export_entries(session: Session, *, actor: Actor, search: AuditSearch = AuditSearch()) -> Export:
    """Every entry `search` finds, newest first, each with its person's name and e-mail, read a chunk
    at a time; the download is itself logged (an export with its filters and row count) before the
    first entry is read, so it is not in its own file."""
    query = search.matching(session, actor)
    # Only entries up to the newest now: the export's own entry, written next, stays out of its file.
    newest = session.exec(select(func.max(AuditEntry.id))).one() or 0
    named = (
        query.where(col(AuditEntry.id) <= newest)
        .add_columns(User.full_name, User.email)
        .outerjoin(User, col(User.id) == AuditEntry.user_id)
    )
    return export(session, actor, what="audit-log", filters=search.words(), stmt=named, row=tuple)


def user_names(session: Session, entries: list[AuditEntry]) -> dict[int, tuple[str, str]]:
    """The name and e-mail of each person in these entries (no patient data: staff names)."""
    ids = {e.user_id for e in entries if e.user_id is not None}
    if not ids:
        return {}
    rows = session.exec(select(User.id, User.full_name, User.email).where(col(User.id).in_(ids))).all()
    return {uid or 0: (name, email) for uid, name, email in rows}
