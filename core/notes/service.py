"""Notes: reading a note's text is clinical access, gated and audited here."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from core.access import audit_each, deny, refusal_reason
from core.actor import Actor
from core.audit.review import UNSIGNED_LIST
from core.audit.service import Event, record_one
from core.enums import NoteStatus
from core.errors import existing
from core.notes.models import Note, NoteAddendum, NoteEvidence, NoteRead, NoteReturn, NoteVersion
from core.patients.models import Patient, full_name
from core.permissions import Action, allowed


def get(session: Session, *, actor: Actor, note_id: int) -> NoteRead:
    """The note's current text. A biller reads signed notes only (to support claims)."""
    note = existing(session.get(Note, note_id), "note", note_id)
    # One frozen event: the read, or its refusal (deny records it as denied).
    event = Event(
        Action.note_read.value,
        clinic_id=note.clinic_id,
        patient_id=note.patient_id,
        record_type="note",
        record_id=note_id,
    )
    if not allowed(actor.roles, Action.note_read, note.clinic_id):
        if not allowed(actor.roles, Action.note_read_signed, note.clinic_id):
            raise deny(
                session,
                actor,
                Action.note_read,
                event,
                refusal_reason(actor, Action.note_read, note.clinic_id),
            )
        if note.status != NoteStatus.signed:
            raise deny(
                session,
                actor,
                Action.note_read,
                event,
                "only signed notes may be read by this role",
            )
    record_one(session, actor, event)
    version = session.exec(
        select(NoteVersion).where(NoteVersion.note_id == note.id, NoteVersion.version == note.current_version)
    ).one()
    addenda = session.exec(
        select(NoteAddendum.text).where(NoteAddendum.note_id == note.id).order_by(col(NoteAddendum.id))
    ).all()
    session.commit()
    return NoteRead(
        id=note_id,
        visit_id=note.visit_id,
        patient_id=note.patient_id,
        provider_id=note.provider_id,
        discipline=note.discipline,
        note_type=note.note_type,
        status=note.status,
        version=version.version,
        template_version=note.template_version,
        ai_assisted=note.ai_assisted,
        subjective=version.subjective,
        objective=version.objective,
        assessment=version.assessment,
        plan=version.plan,
        codes=version.codes,
        signed_at=note.signed_at,
        cosigned_at=note.cosigned_at,
        addenda=list(addenda),
        measures=version.measures,
        form=version.form or {},
    )


def evidence(session: Session, *, actor: Actor, note_id: int) -> NoteEvidence | None:
    """What the scribe drafted the note from (transcript words, facts, suggested codes, warnings):
    clinical reading, so only roles that read draft notes get it; audited."""
    from core.access import audit_on, require_on

    note = existing(session.get(Note, note_id), "note", note_id)
    require_on(session, actor, Action.note_read, note, "note")
    found = session.exec(select(NoteEvidence).where(NoteEvidence.note_id == note_id)).first()
    audit_on(session, actor, Action.note_read, note, "note", "draft evidence")
    session.commit()
    return found


UNSIGNED = (NoteStatus.draft.value, NoteStatus.in_review.value, NoteStatus.awaiting_cosign.value)
# What a note returned for correction shows as until its author signs it again: stored as in review
# (editable), but the assistant's work list and the supervisor's page say why it is back (#20).
RETURNED = "returned"


def open_returns(session: Session, note_ids: Collection[int]) -> dict[int, NoteReturn]:
    """Each of these notes' latest return for correction, while it is still to be corrected: a return
    withdraws the assistant's signature and leaves the note a draft in review; signing it again sends
    it back for co-signature, which closes the return. No access check: callers have read the notes."""
    if not note_ids:
        return {}
    rows = session.exec(
        select(NoteReturn)
        .join(Note, col(Note.id) == NoteReturn.note_id)
        .where(
            col(NoteReturn.note_id).in_(list(note_ids)),
            col(Note.status).in_((NoteStatus.draft.value, NoteStatus.in_review.value)),
        )
        .order_by(col(NoteReturn.id))
    ).all()
    return {r.note_id: r for r in rows}


def work_status(status: str, returned: bool) -> str:
    """A note's status as a list of work says it: 'returned' while a return is open, else as stored."""
    return RETURNED if returned else status


def unsigned(session: Session, *, actor: Actor, limit: int = 100) -> list[Note]:
    """Notes not yet final: a clinician's own, and those waiting for their co-signature; an owner's
    clinics' all. Roles that may not read notes are refused (the front desk, billers)."""
    from core.access import require_anywhere
    from core.providers.models import Provider

    clinics = require_anywhere(session, actor, Action.note_read)
    stmt = select(Note).where(col(Note.clinic_id).in_(clinics), col(Note.status).in_(UNSIGNED))
    owner_clinics = [c for c in clinics if actor.role_in(c) == "owner"]
    if actor.provider_ids:
        supervised = session.exec(
            select(Provider.id).where(col(Provider.supervising_provider_id).in_(actor.provider_ids))
        ).all()
        mine = col(Note.provider_id).in_(actor.provider_ids) | (
            col(Note.provider_id).in_(supervised) & (Note.status == NoteStatus.awaiting_cosign.value)
        )
        stmt = stmt.where(mine | col(Note.clinic_id).in_(owner_clinics))
    elif not owner_clinics:
        return []
    notes = list(session.exec(stmt.order_by(col(Note.created_at)).limit(limit)).all())
    audit_each(session, actor, Action.note_read, notes, "note", UNSIGNED_LIST)
    session.commit()
    return notes


def of_visit(session: Session, *, actor: Actor, visit_id: int) -> Note | None:
    """The visit's note, if one was written: a visit that has one opens its note, not a new recorder.
    Clinical reading (note.read on the visit), audited when there is a note."""
    from core.access import audit_on, require_on
    from core.visits.models import Visit

    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    require_on(session, actor, Action.note_read, visit, "visit")
    note = session.exec(select(Note).where(Note.visit_id == visit_id)).first()
    if note is not None:
        audit_on(session, actor, Action.note_read, note, "note", "opened from its visit")
        session.commit()
    return note


def of_appointments(session: Session, *, actor: Actor, appointment_ids: list[int]) -> dict[int, Note]:
    """The notes of these appointments' visits, by appointment: a clinician's week shows which visits
    are documented. Only notes the asker may read (note.read in their clinic); audited as one list."""
    from core.permissions import clinics_where
    from core.visits.models import Visit

    clinics = clinics_where(actor.roles, Action.note_read)
    if not appointment_ids or not clinics:
        return {}
    rows = session.exec(
        select(Visit.appointment_id, Note)
        .join(Note, col(Note.visit_id) == Visit.id)
        .where(col(Visit.appointment_id).in_(appointment_ids), col(Note.clinic_id).in_(clinics))
    ).all()
    found = {appointment: note for appointment, note in rows if appointment is not None}
    audit_each(session, actor, Action.note_read, found.values(), "note", "status on a schedule")
    session.commit()
    return found


@dataclass(frozen=True)
class WaitingNote:
    """A note not yet final as a list of work shows it: whose, which visit, and what it waits for."""

    note_id: int
    patient_id: int
    patient: str
    served: date
    discipline: str
    note_type: str
    status: str
    provider: str
    cosign: bool  # it waits for this reader's co-signature, not their own signature
    returned: str = ""  # the supervisor's comment while the note is back for correction


def waiting(session: Session, *, actor: Actor, limit: int = 100) -> list[WaitingNote]:
    """`unsigned`'s notes with the patient's name, the date of service (in the clinic's own zone) and
    the note's author, oldest visit first, so a list of work names each note as a clinician knows it."""
    from zoneinfo import ZoneInfo

    from core.clinics.models import Clinic
    from core.providers.models import Provider
    from core.timeutil import local_day
    from core.visits.models import Visit

    found = unsigned(session, actor=actor, limit=limit)
    if not found:
        return []
    visits = {
        v.id: v for v in session.exec(select(Visit).where(col(Visit.id).in_([n.visit_id for n in found])))
    }
    people = {
        p.id: p
        for p in session.exec(select(Patient).where(col(Patient.id).in_({n.patient_id for n in found})))
    }
    authors = {
        p.id: p
        for p in session.exec(select(Provider).where(col(Provider.id).in_({n.provider_id for n in found})))
    }
    zones = {
        c.id: ZoneInfo(c.timezone)
        for c in session.exec(select(Clinic).where(col(Clinic.id).in_({n.clinic_id for n in found})))
    }
    returns = open_returns(session, [n.id or 0 for n in found])
    rows = []
    for n in found:
        back = returns.get(n.id or 0)
        visit, patient, author = visits[n.visit_id], people[n.patient_id], authors[n.provider_id]
        rows.append(
            WaitingNote(
                note_id=n.id or 0,
                patient_id=n.patient_id,
                patient=full_name(patient),
                served=local_day(visit.service_date, zones[n.clinic_id]),
                discipline=n.discipline,
                note_type=n.note_type,
                status=work_status(n.status, back is not None),
                provider=author.full_name,
                cosign=n.status == NoteStatus.awaiting_cosign.value
                and bool(actor.provider_ids)
                and n.provider_id not in actor.provider_ids,
                returned=back.comment if back else "",
            )
        )
    session.commit()
    return sorted(rows, key=lambda r: (r.served, r.note_id))
