"""A visit opened and not written up yet, as a clinician's list says its note (#20, trial 52: the home
page still offered "Start visit" once the visit was opened, while the note was being recorded or
drafted): its state from its latest transcription."""

from sqlmodel import Session, col, select

from core.actor import Actor
from core.notes.models import Note
from core.permissions import Action, clinics_where
from core.recordings.models import TranscriptionJob
from core.visits.models import Visit

# A visit opened and not written up yet, as a clinician's list says its note (#20, trial 52: the home page
# still offered "Start visit" once the visit was opened), by its latest transcription.
NOTE_BEFORE_WRITTEN = {
    None: "not started",
    "queued": "transcribing",
    "running": "transcribing",
    "done": "ready to draft",
    "failed": "transcription failed",
}


def note_before_written(job_status: str | None) -> str:
    """The note's state of a visit opened without a note, from its latest transcription's status."""
    return NOTE_BEFORE_WRITTEN.get(job_status, "not started")


def opened_without_note(
    session: Session, *, actor: Actor, appointment_ids: list[int]
) -> dict[int, tuple[int, str]]:
    """The visits opened for these appointments that have no note yet, by appointment: (the visit, its
    note's state in words, note_before_written). Visits in clinics where the asker may read notes only."""
    clinics = clinics_where(actor.roles, Action.note_read)
    if not appointment_ids or not clinics:
        return {}
    visits = session.exec(
        select(Visit).where(
            col(Visit.appointment_id).in_(appointment_ids),
            col(Visit.clinic_id).in_(clinics),
            ~select(Note.id).where(Note.visit_id == Visit.id).exists(),
        )
    ).all()
    latest: dict[int, str] = {}
    if visits:
        jobs = session.exec(
            select(TranscriptionJob.visit_id, TranscriptionJob.status)
            .where(col(TranscriptionJob.visit_id).in_([v.id for v in visits]))
            .order_by(col(TranscriptionJob.id))
        ).all()
        latest = {visit_id: status for visit_id, status in jobs}  # the last one each
    return {
        v.appointment_id: (v.id or 0, note_before_written(latest.get(v.id or 0)))
        for v in visits
        if v.appointment_id is not None
    }
