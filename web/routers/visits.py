"""Visits and the note workflow: draft, edit, sign, co-sign, addenda, versions, PDF."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from core.chat_model import model_from_settings
from core.notes import workflow
from core.notes.forms import FormIn
from core.notes.models import NoteState
from core.notes.workflow import DraftIn, VersionRead
from core.visits.models import VisitRead
from core.visits.service import open_visit
from web.deps import CurrentActor, SessionDep, SettingsDep
from web.replies import Created

router = APIRouter(prefix="/api/v1", tags=["notes"])


class OpenVisit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recording_consent: bool


class AddendumIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str


@router.post("/appointments/{appointment_id}/visit", status_code=201)
def start_visit(appointment_id: int, body: OpenVisit, session: SessionDep, actor: CurrentActor) -> VisitRead:
    visit = open_visit(
        session, actor=actor, appointment_id=appointment_id, recording_consent=body.recording_consent
    )
    return VisitRead.model_validate(visit)


@router.post("/visits/{visit_id}/note", status_code=201)
def draft_note(visit_id: int, body: DraftIn, session: SessionDep, actor: CurrentActor) -> NoteState:
    return NoteState.of(workflow.create_draft(session, actor=actor, visit_id=visit_id, data=body))


@router.put("/notes/{note_id}")
def edit_note(note_id: int, body: DraftIn, session: SessionDep, actor: CurrentActor) -> NoteState:
    return NoteState.of(workflow.edit(session, actor=actor, note_id=note_id, data=body))


@router.put("/notes/{note_id}/form")
def note_form(note_id: int, body: FormIn, session: SessionDep, actor: CurrentActor) -> NoteState:
    """An evaluation's, progress report's, re-evaluation's or discharge's form (prior level of function,
    goals and their status, frequency and duration, reason for discharge): a new version of the draft
    with the same text. A field the note's type does not have is refused; a daily note has none."""
    return NoteState.of(workflow.set_form(session, actor=actor, note_id=note_id, form=body))


class SignIn(BaseModel):
    """What the signer confirmed: each of the draft's warnings, as shown (none where there are none), and
    and the sentences the scribe marked "(as said; review)" that are signed as written, without the
    marks: each by its words (`accepted_review_marks`, as the review page lists them) or all at once
    (`accept_review_marks`)."""

    model_config = ConfigDict(extra="forbid")

    acknowledged_warnings: list[Annotated[str, StringConstraints(max_length=2000)]] = Field(
        default_factory=list, max_length=100
    )
    accept_review_marks: bool = False
    accepted_review_marks: list[Annotated[str, StringConstraints(max_length=2000)]] = Field(
        default_factory=list, max_length=200
    )


@router.post("/notes/{note_id}/sign")
def sign_note(
    note_id: int, session: SessionDep, actor: CurrentActor, body: Annotated[SignIn | None, Body()] = None
) -> NoteState:
    acknowledged = body.acknowledged_warnings if body else []
    return NoteState.of(
        workflow.sign(
            session,
            actor=actor,
            note_id=note_id,
            acknowledged=acknowledged,
            accept_marks=body.accept_review_marks if body else False,
            accepted_marks=body.accepted_review_marks if body else (),
        )
    )


@router.post("/notes/{note_id}/cosign")
def cosign_note(note_id: int, session: SessionDep, actor: CurrentActor) -> NoteState:
    return NoteState.of(workflow.cosign(session, actor=actor, note_id=note_id))


@router.post("/notes/{note_id}/addenda", status_code=201)
def add_addendum(
    note_id: int,
    body: AddendumIn,
    session: SessionDep,
    actor: CurrentActor,
    idempotency_key: Annotated[str, Header(max_length=200)] = "",
) -> Created:
    """The same request twice (one Idempotency-Key, or without one the same words within minutes) adds
    one addendum; the same words under a new key are a new one (core.notes.workflow.add_addendum)."""
    added = workflow.add_addendum(
        session, actor=actor, note_id=note_id, text=body.text, request_key=idempotency_key
    )
    return Created(id=added.id or 0)


@router.get("/notes/{note_id}/versions", response_model=list[VersionRead])
def note_versions(note_id: int, session: SessionDep, actor: CurrentActor) -> list[VersionRead]:
    return workflow.versions(session, actor=actor, note_id=note_id)


@router.get("/notes/{note_id}/pdf")
def note_pdf(note_id: int, session: SessionDep, actor: CurrentActor) -> Response:
    return Response(workflow.pdf(session, actor=actor, note_id=note_id), media_type="application/pdf")


class DraftRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    transcript: dict | None = None


class DraftSections(BaseModel):
    subjective: str
    objective: str
    assessment: str
    plan: str
    billing: str


class DraftRead(BaseModel):
    """The scribe's draft as saved: the note's state, its sections, the facts with their source words,
    the form it filled (None for a daily note), the codes it suggests and the guard's warnings."""

    note: NoteState
    draft: DraftSections
    facts: list[dict[str, Any]]
    form: FormIn | None
    codes: list[dict[str, Any]]
    warnings: list[str]


@router.post("/visits/{visit_id}/draft", status_code=201)
def draft_from_transcript(
    visit_id: int, body: DraftRequest, session: SessionDep, actor: CurrentActor, settings: SettingsDep
) -> DraftRead:
    """The scribe's draft of this visit's note from its transcript (the one sent, or else the visit's
    latest recorded transcript), saved as the note's first version."""
    from scribe.drafting import draft_visit

    drafted = draft_visit(
        session,
        actor=actor,
        visit_id=visit_id,
        transcript=body.transcript,
        model=model_from_settings(settings),
    )
    note, result = drafted.note, drafted.draft
    return DraftRead(
        note=NoteState.of(note),
        draft=DraftSections(**{k: result.note.get(k, "") for k in DraftSections.model_fields}),
        facts=[f.as_dict() for f in result.facts],
        form=drafted.form,
        codes=result.codes,
        warnings=result.warnings,
    )
