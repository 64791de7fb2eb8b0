"""Visits and the note workflow: draft, edit, sign, co-sign, addenda, versions, PDF."""

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict

from core.billing.coding import Service
from core.chat_model import model_from_settings
from core.errors import Invalid
from core.notes import workflow
from core.notes.models import NoteEvidence
from core.notes.workflow import DraftIn, VersionRead, drafting_context
from core.recordings.service import visit_transcripts
from core.visits.service import open_visit
from scribe.draft import billing_text, draft
from scribe.transcript import TranscriptError, parse
from web.deps import CurrentActor, SessionDep, SettingsDep

router = APIRouter(prefix="/api/v1", tags=["notes"])


class OpenVisit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    recording_consent: bool


class AddendumIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str


def _state(note) -> dict:  # type: ignore[no-untyped-def]
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
    transcript = body.transcript
    if transcript is None:
        recorded = visit_transcripts(session, actor=actor, visit_id=visit_id)
        if not recorded:
            raise Invalid(f"visit {visit_id} has no transcript yet: record or upload the session first")
        transcript = {"segments": recorded[-1].segments}
    try:
        segments = parse(transcript)
    except TranscriptError as exc:
        raise Invalid(str(exc)) from exc
    context = drafting_context(session, actor=actor, visit_id=visit_id)
    # Drafting takes seconds: no transaction stays open on the database while it works.
    session.commit()
    result = draft(
        segments,
        discipline=context.discipline,
        note_type=context.note_type,
        role=context.role,
        rule=context.rule,
        rules=context.rules,
        prior_measures=context.prior_measures,
        model=model_from_settings(settings),
    )
    if result.no_speech:
        raise Invalid("no speech captured: nothing was drafted")
    # The codes shown are signing's own: the same function over the same services, those that earn no
    # unit included (their minutes count in the 8-minute total).
    coded = workflow.code_services(
        session, actor=actor, visit_id=visit_id, services=[Service(**s) for s in result.services]
    )
    result.codes = [
        {k: line[k] for k in ("code", "units", "minutes", "modifiers", "reason")} for line in coded["lines"]
    ]
    result.warnings += [w for w in coded["warnings"] if w not in result.warnings]
    result.note["billing"] = billing_text(result.services, result.codes)
    data = DraftIn(
        **{k: result.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan")},
        services=result.services,
        measures=[
            {"measure": f.text, "score": float(f.value), "unit": f.unit}
            for f in result.facts
            if f.kind == "outcome_measure"
        ],
        template_version=result.template_version,
        ai_assisted=True,
        change_summary="drafted by the scribe",
    )
    evidence = NoteEvidence(
        segments=[
            {"speaker": seg.speaker, "start": seg.start, "end": seg.end, "text": seg.text} for seg in segments
        ],
        facts=[f.as_dict() for f in result.facts],
        codes=result.codes,
        warnings=result.warnings,
    )
    note = workflow.create_draft(session, actor=actor, visit_id=visit_id, data=data, evidence=evidence)
    return {
        "note": _state(note),
        "draft": {
            k: result.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan", "billing")
        },
        "facts": [f.as_dict() for f in result.facts],
        "codes": result.codes,
        "warnings": result.warnings,
    }
