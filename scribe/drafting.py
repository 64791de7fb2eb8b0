"""A visit's note drafted by the scribe and saved as its first version: the one workflow the API, the
pages and the CLI call. The transcript is read and the visit's context taken in one short transaction;
drafting (seconds of work) holds none open; the codes are signing's own over the draft's services."""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from core.actor import Actor
from core.billing.coding import Service
from core.errors import Invalid
from core.notes import workflow
from core.notes.forms import FormIn
from core.notes.models import Note, NoteEvidence
from core.notes.review_marks import SECTIONS
from core.recordings.models import Recording
from core.recordings.service import visit_transcripts
from scribe.draft import Draft, billing_text, draft
from scribe.form_fill import drafted_form
from scribe.threshold_said import added_from_words, not_on_record
from scribe.transcript import Segment, TranscriptError, parse

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


@dataclass
class Drafted:
    note: Note
    draft: Draft
    segments: list[Segment]
    # The note type's form as the scribe filled it (its `drafted` names what), None for a daily note.
    form: FormIn | None = None


def draft_visit(
    session: Session,
    *,
    actor: Actor,
    visit_id: int,
    transcript: dict[str, Any] | None = None,
    model: "BaseChatModel | None" = None,
) -> Drafted:
    """The scribe's draft of a visit's note from `transcript`, or else the visit's latest recorded one."""
    dictated = False
    if transcript is None:
        recorded = visit_transcripts(session, actor=actor, visit_id=visit_id)
        if not recorded:
            raise Invalid(f"visit {visit_id} has no transcript yet: record or upload the session first")
        transcript = {"segments": recorded[-1].segments}
        # A dictation after the visit is as long as the account, not the session: drafting is told.
        recording = session.get(Recording, recorded[-1].recording_id)
        dictated = recording is not None and recording.kind == "dictation"
    try:
        segments = parse(transcript)
    except TranscriptError as exc:
        raise Invalid(str(exc)) from exc
    context = workflow.drafting_context(session, actor=actor, visit_id=visit_id)
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
        model=model,
        dictated=dictated,
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
    if result.threshold is not None:
        # Signing codes KX by the record's spending, not by what was said: a disagreement is the biller's.
        result.warnings = [w for w in result.warnings if w != added_from_words(result.threshold)]
        if any("KX" not in line["modifiers"] for line in result.codes):
            result.warnings.append(not_on_record(result.threshold))
    result.note["billing"] = billing_text(result.services, result.codes)
    data = workflow.DraftIn(
        **{k: result.note.get(k, "") for k in SECTIONS},
        services=[workflow.ServiceIn(**s) for s in result.services],
        measures=[
            workflow.MeasureIn(measure=f.text, score=float(f.value), unit=f.unit)
            for f in result.facts
            if f.kind == "outcome_measure"
        ],
        template_version=result.template_version,
        ai_assisted=True,
        change_summary="drafted by the scribe",
    )
    evidence = NoteEvidence(
        note_id=0,  # the note is not written yet: `create_draft` sets its id, in the same commit
        segments=[
            {"speaker": seg.speaker, "start": seg.start, "end": seg.end, "text": seg.text} for seg in segments
        ],
        facts=[f.as_dict() for f in result.facts],
        codes=result.codes,
        warnings=result.warnings,
    )
    # What the facts answer of the note type's form is filled and marked drafted (a report's rows are
    # the goals in force); the rest is the clinician's to fill before signing.
    form = drafted_form(context.note_type, result.facts, context.goals, context.discipline)
    note = workflow.create_draft(
        session, actor=actor, visit_id=visit_id, data=data, evidence=evidence, form=form
    )
    return Drafted(note, result, segments, form)
