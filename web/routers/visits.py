"""Visits and the note workflow: draft, edit, sign, co-sign, addenda, versions, PDF."""

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict

from core.chat_model import model_from_settings
from core.notes import workflow
from core.notes.forms import FormIn
from core.notes.workflow import DraftIn, VersionRead
from core.visits.service import open_visit
from scribe.drafting import draft_visit
from web.deps import CurrentActor, SessionDep, SettingsDep

router = APIRouter(prefix="/api/v1", tags=["notes"])


class OpenVisit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recording_consent: bool


class AddendumIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str


def _state(note) -> dict:
    return {
        "id": note.id,
        "status": note.status,
        "version": note.current_version,
        "signed_at": note.signed_at,
        "cosigned_at": note.cosigned_at,
    }


@router.post("/appointments/{appointment_id}/visit", status_code=201)
def start_visit(appointment_id: int, body: OpenVisit, session: SessionDep, actor: CurrentActor) -> dict:
    visit = open_visit(
        session, actor=actor, appointment_id=appointment_id, recording_consent=body.recording_consent
    )
    return {"id": visit.id, "note_type": visit.note_type, "recording_consent": visit.recording_consent}


@router.post("/visits/{visit_id}/note", status_code=201)
def draft_note(visit_id: int, body: DraftIn, session: SessionDep, actor: CurrentActor) -> dict:
    return _state(workflow.create_draft(session, actor=actor, visit_id=visit_id, data=body))


@router.put("/notes/{note_id}")
def edit_note(note_id: int, body: DraftIn, session: SessionDep, actor: CurrentActor) -> dict:
    return _state(workflow.edit(session, actor=actor, note_id=note_id, data=body))


@router.put("/notes/{note_id}/form")
def note_form(note_id: int, body: FormIn, session: SessionDep, actor: CurrentActor) -> dict:
    """An evaluation's, progress report's, re-evaluation's or discharge's form (prior level of function,
    goals and their status, frequency and duration, reason for discharge): a new version of the draft
    with the same text. A field the note's type does not have is refused; a daily note has none."""
    return _state(workflow.set_form(session, actor=actor, note_id=note_id, form=body))


@router.post("/notes/{note_id}/sign")
def sign_note(note_id: int, session: SessionDep, actor: CurrentActor) -> dict:
    return _state(workflow.sign(session, actor=actor, note_id=note_id))


@router.post("/notes/{note_id}/cosign")
def cosign_note(note_id: int, session: SessionDep, actor: CurrentActor) -> dict:
    return _state(workflow.cosign(session, actor=actor, note_id=note_id))


@router.post("/notes/{note_id}/addenda", status_code=201)
def add_addendum(note_id: int, body: AddendumIn, session: SessionDep, actor: CurrentActor) -> dict:
    return {"id": workflow.add_addendum(session, actor=actor, note_id=note_id, text=body.text).id}


@router.get("/notes/{note_id}/versions", response_model=list[VersionRead])
def note_versions(note_id: int, session: SessionDep, actor: CurrentActor) -> list[VersionRead]:
    return workflow.versions(session, actor=actor, note_id=note_id)


@router.get("/notes/{note_id}/pdf")
def note_pdf(note_id: int, session: SessionDep, actor: CurrentActor) -> Response:
    return Response(workflow.pdf(session, actor=actor, note_id=note_id), media_type="application/pdf")


class DraftRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    transcript: dict | None = None


@router.post("/visits/{visit_id}/draft", status_code=201)
def draft_from_transcript(
    visit_id: int, body: DraftRequest, session: SessionDep, actor: CurrentActor, settings: SettingsDep
) -> dict:
    """The scribe's draft of this visit's note from its transcript (the one sent, or else the visit's
    latest recorded transcript), saved as the note's first version."""
    drafted = draft_visit(
        session,
        actor=actor,
        visit_id=visit_id,
        transcript=body.transcript,
        model=model_from_settings(settings),
    )
    note, result = drafted.note, drafted.draft
    return {
        "note": _state(note),
        "draft": {
            k: result.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan", "billing")
        },
        "facts": [f.as_dict() for f in result.facts],
        # what the scribe filled of an evaluation's, progress report's, re-evaluation's or discharge's form
        "form": drafted.form.model_dump() if drafted.form is not None else None,
        "codes": result.codes,
        "warnings": result.warnings,
    }
