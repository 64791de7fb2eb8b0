from fastapi import APIRouter

from core.notes import service
from core.notes.models import NoteRead
from web.deps import CurrentActor, SessionDep

router = APIRouter(prefix="/api/v1/notes", tags=["notes"])


@router.get("/{note_id}", response_model=NoteRead)
def get_note(note_id: int, session: SessionDep, actor: CurrentActor) -> NoteRead:
    return service.get(session, actor=actor, note_id=note_id)
