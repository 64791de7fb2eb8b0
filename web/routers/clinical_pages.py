"""The clinician's pages: starting a visit with the patient's consent, recording it, and reviewing the
scribe's draft beside the transcript (each fact linked to the words it came from, the codes as signing
would bill them, the grounding guard's warnings, sign and co-sign, the patient's outcome trends)."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from core.actor import Actor
from core.coverage.diagnoses import visit_diagnoses
from core.enums import NoteStatus
from core.errors import Forbidden
from core.notes import service as notes
from core.notes.billing_corrections import correction_words
from core.notes.late_entry import late_entry_words
from core.notes.measures import note_measures
from core.notes.signing import signing_summary, summary_lines
from core.notes.workflow import (
    coding_preview,
    credentialed,
    may_add_addendum,
    signer_attestation,
    signing_wait,
    trail,
    warnings_to_confirm,
)
from core.outcomes.mcid import change_of
from core.patients import service as patients
from core.permissions import Action, allowed
from core.providers.service import provider_of
from core.recordings.service import give_recording_consent, visit_transcription, visit_transcripts
from core.records import after_discharge
from core.records.chart import MeasureTrend
from core.records.service import list_for_patient
from core.scheduling.booking import load as load_appointment
from core.scheduling.calendar import clinic_zone
from core.timeutil import as_utc, in_clinic_words
from core.visits.service import (
    get_visit,
    may_open,
    note_types_of,
    open_visit,
    opened_ahead,
    visit_ahead,
    visit_of,
)
from core.words import counted
from web.deps import PageActor, SessionDep
from web.outcome_chart import outcome_chart
from web.routers.note_form_pages import report_form_view, review_view, view
from web.routers.pages import redirect_to, render

router = APIRouter(include_in_schema=False)


@router.get("/appointments/{appointment_id}/record", response_model=None)
def start_page(appointment_id: int, request: Request, session: SessionDep, actor: PageActor) -> Response:
    """Before recording: whose visit it is, and the patient's consent to recording the room."""
    return _start(request, session, actor, appointment_id)


def _start(
    request: Request, session: Session, actor: Actor, appointment_id: int, error: str = ""
) -> Response:
    appointment = load_appointment(session, appointment_id)
    opened = visit_of(session, actor=actor, appointment_id=appointment_id)
    if opened is not None:
        # Opened before: its note (or its recorder, or the editor) again, not a second consent form.
        return RedirectResponse(f"/visits/{opened.id}/record", status_code=303)
    patient = patients.get(session, actor=actor, patient_id=appointment.patient_id)
    mine = may_open(actor, appointment)
    note_types = note_types_of(session, appointment) if mine else ()
    return render(
        request,
        "start.html",
        actor,
        status=422 if error else 200,
        error=error,
        appointment=appointment,
        patient=patient,
        note_types=note_types,
        mine=mine,
        # a visit ahead is opened ahead, to prepare its note (core.visits.rules.opened_ahead_words)
        ahead=opened_ahead(session, appointment) if mine else None,
        provider=provider_of(session, appointment.provider_id),
    )


# The start page's two buttons: the patient's answer is a choice made, never a box left unticked (#20).
CONSENT_ANSWERS = {"yes": True, "no": False}


@router.post("/appointments/{appointment_id}/record")
def start_visit(
    appointment_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    consent: Annotated[str, Form()] = "",
    note_type: Annotated[str, Form()] = "",
) -> Response:
    if consent not in CONSENT_ANSWERS:
        return _start(
            request,
            session,
            actor,
            appointment_id,
            error="Say whether the patient consents to recording: open and record, or open without it.",
        )
    visit = open_visit(
        session,
        actor=actor,
        appointment_id=appointment_id,
        recording_consent=CONSENT_ANSWERS[consent],
        note_type=note_type or None,
    )
    return RedirectResponse(f"/visits/{visit.id}/record", status_code=303)


@router.post("/visits/{visit_id}/consent")
def consent_form(visit_id: int, session: SessionDep, actor: PageActor) -> Response:
    """The patient's consent to recording, given after the visit was opened without it (audited in core)."""
    give_recording_consent(session, actor=actor, visit_id=visit_id)
    return RedirectResponse(f"/visits/{visit_id}/record", status_code=303)


@router.get("/visits/{visit_id}/record", response_model=None)
def record_page(visit_id: int, request: Request, session: SessionDep, actor: PageActor) -> Response:
    visit = get_visit(session, actor=actor, visit_id=visit_id)
    note = notes.of_visit(session, actor=actor, visit_id=visit_id)
    if note is not None:
        # A visit with its note opens the note: an empty recorder over a signed note helps no one.
        return RedirectResponse(f"/notes/{note.id}/review", status_code=303)
    patient = patients.get(session, actor=actor, patient_id=visit.patient_id)
    # a recording transcribed before (or being transcribed) is shown again on every opening (#20)
    job, transcript = visit_transcription(session, actor=actor, visit_id=visit_id)
    return render(
        request,
        "record.html",
        actor,
        visit=visit,
        patient=patient,
        job=job,
        transcript=transcript,
        ahead=visit_ahead(session, visit),
    )


def marked(segments: list[dict], facts: list[dict]) -> list[dict]:
    """Each segment's text cut into plain and marked pieces, a mark per fact's source words, so a fact
    links to exactly what was said (`#ev-N`). Offsets that no longer match fall back to the quote."""
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for n, fact in enumerate(facts):
        evidence = fact.get("evidence") or {}
        index = evidence.get("segment")
        if index is None or not 0 <= index < len(segments):
            continue
        text, quote = segments[index]["text"], evidence.get("quote", "")
        start, end = evidence.get("start", -1), evidence.get("end", -1)
        if text[start:end] != quote:
            start = text.find(quote) if quote else -1
            end = start + len(quote)
        if start >= 0:
            spans.setdefault(index, []).append((start, end, n))
    out = []
    for index, segment in enumerate(segments):
        pieces, at = [], 0
        for start, end, n in sorted(spans.get(index, [])):
            if start < at:
                continue  # overlaps the previous mark: the fact still lists, unmarked
            pieces.append({"text": segment["text"][at:start]})
            pieces.append({"text": segment["text"][start:end], "fact": n})
            at = end
        pieces.append({"text": segment["text"][at:]})
        out.append({**segment, "index": index, "pieces": pieces})
    return out


def _trends(session: Session, actor: Actor, patient_id: int) -> list[dict]:
    """The patient's outcome measures as the chart draws them (web.outcome_chart, with the MCID), for
    one whose role sees outcome measures; none for another."""
    try:
        results = list_for_patient(session, actor=actor, patient_id=patient_id, kind="outcomes")
    except Forbidden:
        return []
    by_measure: dict[str, list[tuple[date, float]]] = {}
    for result in sorted(results, key=lambda r: str(r["measured_on"])):
        day = date.fromisoformat(str(result["measured_on"])[:10])
        by_measure.setdefault(result["measure"], []).append((day, float(result["score"])))
    units = {r["measure"]: r["unit"] for r in sorted(results, key=lambda r: str(r["measured_on"]))}
    out = []
    for measure, points in sorted(by_measure.items()):  # by name, as the chart lists them
        trend = MeasureTrend(measure, units[measure], points, change_of(measure, [v for _, v in points]))
        out.append(
            {"trend": trend, "svg": outcome_chart(points, trend.change.threshold if trend.change else None)}
        )
    return out


@router.get("/notes/{note_id}/review", response_class=HTMLResponse)
def review_page(note_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    """The draft beside its transcript: edit, check the codes, sign or co-sign (or return it to the
    assistant with a comment); each signature's attestation is shown before it is given. What a form
    just did, or why it was refused, comes in the address (done, error), as on every page."""
    said = request.query_params
    return review_again(
        request, session, actor, note_id, done=said.get("done", ""), error=said.get("error", "")
    )


def review_again(
    request: Request,
    session: Session,
    actor: Actor,
    note_id: int,
    *,
    done: str = "",
    error: str = "",
    typed: dict[str, str] | None = None,
    refused_form: str = "note-form",
) -> HTMLResponse:
    """The review page; after a refused form (the evaluation's form, a return's comment, an addendum),
    with what was typed in it (`typed`, by the form's field names), which form it was (`refused_form`:
    its id on the page) and why (`error`), status 422."""
    note = notes.get(session, actor=actor, note_id=note_id)
    visit = get_visit(session, actor=actor, visit_id=note.visit_id)
    zone = clinic_zone(session, visit.clinic_id)
    served = as_utc(visit.service_date).astimezone(zone)
    history = trail(session, actor=actor, note_id=note_id)
    patient = patients.get(session, actor=actor, patient_id=note.patient_id)
    evidence = notes.evidence(session, actor=actor, note_id=note_id)
    if evidence is not None:
        segments, facts, warnings = evidence.segments, evidence.facts, list(evidence.warnings)
    else:
        transcripts = visit_transcripts(session, actor=actor, visit_id=note.visit_id)
        segments, facts, warnings = (transcripts[-1].segments if transcripts else []), [], []
    coding = coding_preview(session, actor=actor, note_id=note_id)
    author = provider_of(session, note.provider_id)
    may_cosign = (
        note.status == NoteStatus.awaiting_cosign
        and author is not None
        and author.supervising_provider_id in actor.provider_ids
    )
    # who co-signs an assistant's note, named to everyone who reads it (#20: the page said only
    # 'waiting for co-signature', and a therapist not the supervisor saw no button and no name)
    supervisor = (
        provider_of(session, author.supervising_provider_id)
        if note.status == NoteStatus.awaiting_cosign and author is not None and author.supervising_provider_id
        else None
    )
    may_sign = note.provider_id in actor.provider_ids and note.status in (
        NoteStatus.draft,
        NoteStatus.in_review,
    )
    may_amend = may_add_addendum(session, actor=actor, note_id=note_id)
    returned = note_id in notes.open_returns(session, [note_id])
    kind = "sign" if may_sign else "cosign" if may_cosign else "addendum" if may_amend else ""
    form_view = review_view(note.note_type, note.form, note.discipline, note.measures)
    # what the signature attests, said beside the button (#20: the signer saw no date, units or minutes)
    summary = (
        signing_summary(session, actor=actor, note_id=note_id, at=note.signed_at if may_cosign else None)
        if may_sign or may_cosign
        else None
    )
    if typed is not None and refused_form == "note-form" and form_view["fields"]:
        form_view = {**form_view, **view(note.note_type, typed, form_view["kept"], note.discipline)}
    elif may_sign:  # a report's form with no goals yet: the plan's goals in its rows (#20)
        form_view = report_form_view(session, actor, note.visit_id, form_view)
    return render(
        request,
        "review.html",
        actor,
        form_page=f"/notes/{note_id}/review",
        status=422 if typed is not None else 200,
        typed=typed or {},
        refused_form=refused_form if typed is not None else "",
        note=note,
        patient=patient,
        served=served,
        segments=marked(segments, facts),
        facts=facts,
        # the guard's and the coder's warnings, each once
        warnings=list(dict.fromkeys([*warnings, *coding["warnings"]])),
        # the scribe's warnings, each confirmed before signing (core.notes.workflow.sign refuses otherwise)
        to_confirm=warnings_to_confirm(session, note_id) if may_sign else [],
        coding=coding,
        may_sign=may_sign,
        may_cosign=may_cosign,
        cosigner=credentialed(supervisor.full_name, supervisor.credential) if supervisor else "",
        # a note is signed from its date of service on (core.visits.rules): said instead of the button
        not_yet=signing_wait(session, note.visit_id, "signed" if may_sign else "co-signed")
        if may_sign or may_cosign
        else None,
        attestation=signer_attestation(session, actor=actor, note_id=note_id, kind=kind) if kind else "",
        may_amend=may_amend,
        key=uuid.uuid4().hex,
        signatures=[(text, in_clinic_words(at, zone)) for text, at in history.signatures],
        returns=[(who, comment, in_clinic_words(at, zone)) for who, comment, at in history.returns],
        addenda=[(said, text, in_clinic_words(at, zone)) for said, text, at in history.addenda],
        # a biller's changes of what the note billed, after signing: said beside the note, never in it
        corrections=[correction_words(c, in_clinic_words(c.at, zone)) for c in history.corrections],
        returned=history.returns[-1] if returned else None,
        shown_status=notes.work_status(note.status, returned),
        done=done,
        error=error,
        trends=_trends(session, actor, note.patient_id),
        # asked only of those who may see outcome measures: a biller's read would leave a refusal
        on_note=note_measures(session, actor=actor, note_id=note_id)
        if allowed(actor.roles, Action.outcome_read, visit.clinic_id)
        else [],
        note_form=form_view,
        # the plan of care's diagnoses the visit is billed under, where the note's own form sets none
        dx=visit_diagnoses(session, actor=actor, visit_id=note.visit_id)
        if "icd10_codes" not in form_view.get("fields", ())
        and allowed(actor.roles, Action.plan_read, visit.clinic_id)
        else None,
        may_plan=allowed(actor.roles, Action.plan_write, visit.clinic_id),
        summary=summary,
        summary_lines=summary_lines(summary) if summary else [],
        late_entry=late_entry_words(visit.service_date, note.signed_at, zone)
        if note.status != NoteStatus.draft and note.status != NoteStatus.in_review
        else "",
        # a signed discharge: the patient's visits still booked after it, to cancel (#20)
        booked_after=after_discharge.booked_after(session, actor=actor, note_id=note_id)
        if note.note_type == "discharge"
        and note.status == NoteStatus.signed
        and allowed(actor.roles, Action.appointment_read, visit.clinic_id)
        else [],
        may_cancel_after=after_discharge.may_cancel(actor, visit.clinic_id),
    )


@router.post("/notes/{note_id}/cancel-booked-after")
def cancel_booked_after(
    note_id: int, session: SessionDep, actor: PageActor, confirm: Annotated[str, Form()] = ""
) -> Response:
    """'Cancel these visits (reason: discharged)', once confirmed: the discharged discipline's visits
    still booked after the signed discharge (core.plans.after_discharge)."""
    if confirm != "yes":
        return redirect_to(
            f"/notes/{note_id}/review", error="Tick the box to confirm the visits are to be cancelled."
        )
    cancelled = after_discharge.cancel_after(session, actor=actor, note_id=note_id)
    said = (
        f"{counted(len(cancelled), 'visit')} cancelled (reason: discharged); "
        "the freed times are offered to the wait list."
        if cancelled
        else "No visit left to cancel: they were cancelled already."
    )
    return redirect_to(f"/notes/{note_id}/review", done=said)
