"""Reading a note, what the scribe drafted it from, and what signing it would bill."""

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from core.errors import NotFound
from core.notes import service
from core.notes.models import CodingPreview, NoteEvidenceRead, NoteRead
from core.notes.workflow import ServiceIn, coding_preview
from web.deps import CurrentActor, SessionDep

router = APIRouter(prefix="/api/v1/notes", tags=["notes"])


class Services(BaseModel):
    model_config = ConfigDict(extra="forbid")

    services: Annotated[list[ServiceIn], Field(max_length=20)]


@router.get("/{note_id}", response_model=NoteRead)
def get_note(note_id: int, session: SessionDep, actor: CurrentActor) -> NoteRead:
    return service.get(session, actor=actor, note_id=note_id)


@router.get("/{note_id}/evidence")
def note_evidence(note_id: int, session: SessionDep, actor: CurrentActor) -> NoteEvidenceRead:
    """The transcript segments, facts with their source words, suggested codes and the guard's warnings."""
    found = service.evidence(session, actor=actor, note_id=note_id)
    if found is None:
        raise NotFound(f"note {note_id} was not drafted by the scribe")
    return NoteEvidenceRead.model_validate(found)


@router.post("/{note_id}/coding")
def preview_coding(note_id: int, body: Services, session: SessionDep, actor: CurrentActor) -> CodingPreview:
    """Units, modifiers, reasons and fees that signing would produce for these services; writes nothing."""
    return CodingPreview.model_validate(
        coding_preview(session, actor=actor, note_id=note_id, services=body.services)
    )
