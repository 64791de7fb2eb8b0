"""Notes: reading a note's text is clinical access, gated and audited here."""

from sqlmodel import Session, col, select

from core.access import deny, refusal_reason
from core.actor import Actor
from core.audit.service import Event, record_one
from core.enums import NoteStatus
from core.errors import NotFound
from core.notes.models import Note, NoteAddendum, NoteRead, NoteVersion
from core.permissions import Action, allowed


def get(session: Session, *, actor: Actor, note_id: int) -> NoteRead:
    """The note's current text. A biller reads signed notes only (to support claims)."""
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(f"note {note_id} not found")
    where = dict(clinic_id=note.clinic_id, patient_id=note.patient_id, record_type="note", record_id=note_id)
    if not allowed(actor.roles, Action.note_read, note.clinic_id):
        if not allowed(actor.roles, Action.note_read_signed, note.clinic_id):
            raise deny(
                session,
                actor,
                Action.note_read,
                Event(Action.note_read.value, **where),
                refusal_reason(actor, Action.note_read, note.clinic_id),
            )
        if note.status != NoteStatus.signed:
            raise deny(
                session,
                actor,
                Action.note_read,
                Event(Action.note_read.value, **where),
                "only signed notes may be read by this role",
            )
    record_one(session, actor, Event(Action.note_read.value, **where))
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
    )
