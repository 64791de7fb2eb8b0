"""The therapist's pages (#20): a patient's chart (notes by date of service, the plan of care in force,
diagnoses and goals, visit history, outcome measures over time against their MCID), the note editor for
a visit without a recording, plans of care, and the therapist's week.

Every read and write goes through core services as the logged-in user: permissions, audit and the
rules of a note's life are core's, the pages only parse and shape."""

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from sqlmodel import Session

from core.actor import Actor
from core.chat_model import model_from_settings
from core.coverage.diagnoses import VisitDiagnoses, visit_diagnoses
from core.errors import Conflict, Forbidden, TherascribeError
from core.notes import service as notes
from core.notes.workflow import DraftIn, add_addendum, create_draft, return_for_correction
from core.patients import service as patients
from core.permissions import Action, allowed
from core.plans import service as plans
from core.plans.rules import MAX_CERTIFICATION_DAYS
from core.plans.service import PlanCreate
from core.providers.service import own_provider
from core.recordings.opened import opened_without_note
from core.recordings.service import visit_transcription
from core.records.chart import chart, goal_overdue
from core.referrals import service as referrals
from core.scheduling.calendar import clinic_zone, day_schedule
from core.scheduling.rules import week_shown
from core.timeutil import as_utc, utcnow
from core.visits.models import Visit
from core.visits.rules import before_the_day
from core.visits.service import get_visit
from web.deps import PageActor, SessionDep, SettingsDep
from web.form_refusal import Refused, form_page, refused
from web.outcome_chart import outcome_chart
from web.routers.note_form_pages import MAX_FIELDS, TABLE_ROWS, form_input, report_form_view
from web.routers.note_form_pages import view as note_form_view
from web.routers.pages import redirect_to, refusal_text, refused_words, render, shown_on_page, today_for
from web.routers.recordings import accept_form_upload, jobs, may_record_before_reading

router = APIRouter(include_in_schema=False)


@router.get("/patients/{patient_id}/chart", response_class=HTMLResponse)
def chart_page(patient_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    patient = patients.get(session, actor=actor, patient_id=patient_id)
    today = today_for(session, actor)
    found = chart(session, actor=actor, patient_id=patient_id, today=today)
    trends = [
        {
            "trend": t,
            "svg": outcome_chart(t.points, t.change.threshold if t.change else None),
        }
        for t in found.measures
    ]
    return render(
        request,
        "chart.html",
        actor,
        patient=patient,
        chart=found,
        trends=trends,
        today=today,
        may_plan=plans.may_establish(session, actor, patient.clinic_id),
    )


CODE_ROWS, MEASURE_ROWS = 6, 3
HINTS = {
    "evaluation": "History, prior level of function, tests and measures, clinical impression, goals",
    "re-evaluation": "Change since the evaluation, tests and measures again, revised goals",
    "progress": "Progress towards each goal since the last report, with the measures",
    "discharge": "Status at discharge against each goal, home program, why care ends",
    "daily": "Interventions with their minutes, response to treatment, plan for next visit",
}


def _typed(form: dict[str, str]) -> DraftIn:
    """The editor's fields as a draft: the code and measure rows left empty are not services."""
    services = [
        {"code": form.get(f"code_{i}", "").strip().upper(), "minutes": form.get(f"minutes_{i}", "") or 0}
        for i in range(1, CODE_ROWS + 1)
        if form.get(f"code_{i}", "").strip()
    ]
    measures = [
        {
            "measure": form.get(f"measure_{i}", ""),
            "score": form.get(f"score_{i}", ""),
            "unit": form.get(f"unit_{i}", ""),
        }
        for i in range(1, MEASURE_ROWS + 1)
        if form.get(f"measure_{i}", "").strip()
    ]
    return DraftIn.model_validate(
        {
            **{k: form.get(k, "") for k in ("subjective", "objective", "assessment", "plan")},
            "services": services,
            "measures": measures,
            "ai_assisted": False,
            "change_summary": "typed in the note editor",
        }
    )


def _refusal_undone(session: Session, error: TherascribeError) -> str:
    """A refusal this page shows: what the form began undone, and the refusal in words; a refusal of the
    person (no log-in, no right, no such record) is raised again, for the error page."""
    if not shown_on_page(error):
        raise error
    session.rollback()
    return refusal_text(error)


def _editor(
    request: Request,
    session: Session,
    actor: Actor,
    visit_id: int,
    form: dict[str, str] | None = None,
    error: str = "",
    job: int | None = None,
) -> Response:
    visit = get_visit(session, actor=actor, visit_id=visit_id)
    note = notes.of_visit(session, actor=actor, visit_id=visit_id)
    if note is not None:
        return redirect_to(f"/notes/{note.id}/review")
    patient = patients.get(session, actor=actor, patient_id=visit.patient_id)
    zone = clinic_zone(session, visit.clinic_id)
    # The job asked for, else the visit's latest: a reload (or coming back later) still shows the
    # transcription and, once done, its transcript with "Draft the note from it" (#20).
    transcription, transcript = visit_transcription(session, actor=actor, visit_id=visit_id, job_id=job)
    shown_form = note_form_view(visit.note_type, form or {}, discipline=visit.discipline)
    if form is None:  # opened, nothing typed: a report's goal rows hold the plan's goals
        shown_form = report_form_view(session, actor, visit_id, shown_form)
    from scribe.intake import FILE_TYPES

    return render(
        request,
        "note_editor.html",
        actor,
        dx=_diagnoses(session, actor, visit, shown_form),
        may_plan=allowed(actor.roles, Action.plan_write, visit.clinic_id),
        form_page=f"/visits/{visit_id}/note",
        status=422 if error else 200,
        visit=visit,
        patient=patient,
        served=as_utc(visit.service_date).astimezone(zone),
        form=form or {},
        error=error,
        hint=HINTS.get(visit.note_type, HINTS["daily"]),
        code_rows=range(1, CODE_ROWS + 1),
        measure_rows=range(1, MEASURE_ROWS + 1),
        note_form=shown_form,
        job=transcription,
        transcript=transcript,
        file_types=", ".join(FILE_TYPES),
        # the most a recording may be, said beside the file input (the upload route takes the audio cap)
        file_limit=f"{request.app.state.settings.audio_max_megabytes:,} MB",
        key=uuid.uuid4().hex,
    )


def _diagnoses(session: Session, actor: Actor, visit: Visit, shown_form: dict) -> VisitDiagnoses | None:
    """The plan of care's diagnoses the visit is billed under, for a note whose form does not set them
    (an evaluation's does) and a reader of plans of care."""
    if "icd10_codes" in shown_form.get("fields", ()) or not allowed(
        actor.roles, Action.plan_read, visit.clinic_id
    ):
        return None
    return visit_diagnoses(session, actor=actor, visit_id=visit.id or 0)


@router.get("/visits/{visit_id}/note", response_class=HTMLResponse)
def editor_page(
    visit_id: int, request: Request, session: SessionDep, actor: PageActor, job: int | None = None
) -> Response:
    """Type the visit's note (any note type: the visit's), or upload its recording or a dictation; a
    visit that already has a note opens it."""
    return _editor(request, session, actor, visit_id, job=job)


@router.post("/visits/{visit_id}/note")
async def editor_form(visit_id: int, request: Request, session: SessionDep, actor: PageActor) -> Response:
    async with request.form(max_files=0, max_fields=60 + MAX_FIELDS) as raw:
        form = {k: v for k, v in raw.items() if isinstance(v, str)}
    # The database work off the event loop, as a plain route's would be.
    return await run_in_threadpool(_save_typed, request, session, actor, visit_id, form)


def _save_typed(
    request: Request, session: Session, actor: Actor, visit_id: int, form: dict[str, str]
) -> Response:
    try:
        note = create_draft(session, actor=actor, visit_id=visit_id, data=_typed(form), form=form_input(form))
    except Conflict:
        # A second click of Save (or a retried post) finds the note the first one wrote.
        existing = notes.of_visit(session, actor=actor, visit_id=visit_id)
        if existing is None:
            raise
        return redirect_to(f"/notes/{existing.id}/review", done="The note was already saved.")
    except ValidationError as error:
        return _editor(
            request,
            session,
            actor,
            visit_id,
            form=form,
            error=refused_words(error, rows=TABLE_ROWS, named=True),
        )
    except TherascribeError as error:
        return _editor(request, session, actor, visit_id, form=form, error=_refusal_undone(session, error))
    return redirect_to(f"/notes/{note.id}/review", done="Saved as a draft. Check it, then sign.")


@router.post("/visits/{visit_id}/upload")
async def upload_form(
    visit_id: int, request: Request, session: SessionDep, actor: PageActor, settings: SettingsDep
) -> Response:
    """The visit's recording or a dictation, as the API takes it; the page then shows its transcription."""
    await run_in_threadpool(may_record_before_reading, session, actor, visit_id)
    try:
        _, job = await accept_form_upload(
            request, session, actor, settings, visit_id, "choose the recording's file first", named=True
        )
    except TherascribeError as error:
        return _editor(request, session, actor, visit_id, error=_refusal_undone(session, error))
    await run_in_threadpool(lambda: jobs(request.app).submit(job.id or 0))
    return redirect_to(f"/visits/{visit_id}/note", job=str(job.id))


@router.post("/visits/{visit_id}/draft")
def draft_form(
    visit_id: int, request: Request, session: SessionDep, actor: PageActor, settings: SettingsDep
) -> Response:
    """The scribe's draft from the visit's transcript, then its review."""
    existing = notes.of_visit(session, actor=actor, visit_id=visit_id)
    if existing is not None:
        return redirect_to(f"/notes/{existing.id}/review")
    from scribe.drafting import draft_visit

    try:
        drafted = draft_visit(session, actor=actor, visit_id=visit_id, model=model_from_settings(settings))
    except TherascribeError as error:
        return _editor(request, session, actor, visit_id, error=_refusal_undone(session, error))
    return redirect_to(f"/notes/{drafted.note.id}/review", done="Drafted by the scribe. Check it, then sign.")


@router.post("/notes/{note_id}/return")
def return_form(
    note_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    comment: Annotated[str, Form()] = "",
) -> Response:
    """The supervising therapist sends the assistant's note back with what to correct (its form's
    idempotency_key makes a double click one return: web/idempotency.py; core answers a repeat too)."""
    return _done_on_review(
        request,
        session,
        actor,
        note_id,
        lambda: return_for_correction(session, actor=actor, note_id=note_id, comment=comment),
        typed={"comment": comment},
        form="return-form",
        done="Returned to the assistant with your comment.",
    )


@router.post("/notes/{note_id}/addenda")
def addendum_form(
    note_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    text: Annotated[str, Form(max_length=20_000)] = "",
    idempotency_key: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """An addendum to a signed note, signed by its author (or co-signing supervisor). The form's
    request key is the addendum's: a double click adds it once (core.notes.workflow.add_addendum)."""
    return _done_on_review(
        request,
        session,
        actor,
        note_id,
        lambda: add_addendum(session, actor=actor, note_id=note_id, text=text, request_key=idempotency_key),
        typed={"text": text},
        form="addendum-form",
        done="Addendum added and signed.",
    )


def _done_on_review(
    request: Request,
    session: Session,
    actor: Actor,
    note_id: int,
    act: Callable[[], object],
    *,
    typed: dict[str, str],
    form: str,
    done: str,
) -> Response:
    """A form of the note's review page: done, back to the page with what was done; refused in words a
    person can act on, the page again with what they typed and the problem beside that form."""
    try:
        act()
    except TherascribeError as error:
        said = _refusal_undone(session, error)
        from web.routers.clinical_pages import review_again  # it imports this module's neighbours

        return review_again(request, session, actor, note_id, error=said, typed=typed, refused_form=form)
    return redirect_to(f"/notes/{note_id}/review", done=done)


GOAL_ROWS = 3


def _plan_input(form: dict[str, str], patient_id: int, provider_id: int) -> PlanCreate:
    goals = [
        {"term": term, "text": form.get(f"{term}_{i}", ""), "target_date": form.get(f"{term}_{i}_by") or None}
        for term in ("short", "long")
        for i in range(1, GOAL_ROWS + 1)
        if form.get(f"{term}_{i}", "").strip()
    ]
    return PlanCreate.model_validate(
        {
            "patient_id": patient_id,
            "provider_id": provider_id,
            "icd10_codes": [c for c in form.get("icd10_codes", "").replace(";", ",").split(",") if c.strip()],
            "start_date": form.get("start_date", ""),
            "end_date": form.get("end_date", ""),
            "frequency_per_week": form.get("frequency_per_week", ""),
            "duration_weeks": form.get("duration_weeks", ""),
            "physician_name": form.get("physician_name", ""),
            "physician_npi": form.get("physician_npi", ""),
            "goals": goals,
        }
    )


def _may_establish(session: Session, actor: Actor, clinic_id: int) -> None:
    if why := plans.establish_refusal(session, actor, clinic_id):
        raise Forbidden(why)


def _plan_form(
    request: Request,
    session: Session,
    actor: Actor,
    patient_id: int,
    form: dict[str, str],
    refusal: Refused | None = None,
) -> HTMLResponse:
    patient = patients.get(session, actor=actor, patient_id=patient_id)
    _may_establish(session, actor, patient.clinic_id)
    if not form:
        today = today_for(session, actor)
        referral = next(iter(referrals.for_patient(session, actor=actor, patient_id=patient_id)), None)
        form = {
            "start_date": today.isoformat(),
            "end_date": (today + timedelta(days=MAX_CERTIFICATION_DAYS - 1)).isoformat(),
            "frequency_per_week": "2",
            "duration_weeks": "8",
            "physician_name": referral.physician_name if referral else "",
            "physician_npi": (referral.physician_npi or "") if referral else "",
        }
    return form_page(
        request,
        "plan_form.html",
        actor,
        refusal,
        patient=patient,
        form=form,
        goal_rows=range(1, GOAL_ROWS + 1),
        max_days=MAX_CERTIFICATION_DAYS,
    )


@router.get("/patients/{patient_id}/plans/new", response_class=HTMLResponse)
def new_plan_page(patient_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _plan_form(request, session, actor, patient_id, {})


@router.post("/patients/{patient_id}/plans/new")
async def new_plan_form(patient_id: int, request: Request, session: SessionDep, actor: PageActor) -> Response:
    async with request.form(max_files=0, max_fields=40) as raw:
        form = {k: v for k, v in raw.items() if isinstance(v, str)}
    return await run_in_threadpool(_save_plan, request, session, actor, patient_id, form)


def _save_plan(
    request: Request, session: Session, actor: Actor, patient_id: int, form: dict[str, str]
) -> Response:
    patient = patients.get(session, actor=actor, patient_id=patient_id)
    # the person refused before the form is read: an assistant is told who writes a plan, not what
    # the form lacks (#20: a PTA's post came back with the form's validation errors)
    _may_establish(session, actor, patient.clinic_id)
    own = own_provider(session, actor=actor, clinic_id=patient.clinic_id)
    try:
        plan = plans.create(session, actor=actor, data=_plan_input(form, patient_id, own))
    except (ValidationError, TherascribeError) as error:
        refusal = refused(error, whole="end_date")
        session.rollback()
        return _plan_form(request, session, actor, patient_id, form, refusal)
    return redirect_to(f"/plans/{plan.id}", done="Plan of care saved. Send it to the physician to certify.")


@router.get("/plans/{plan_id}", response_class=HTMLResponse)
def plan_page(plan_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    """Diagnoses, goals and their status with each status's date (and the note that set it),
    frequency and duration, certification period, the discharge that ended it, and the physician's
    certification: sent, signed, with the PDF the physician signs."""
    plan, goals = plans.read(session, actor=actor, plan_id=plan_id)
    patient = patients.get(session, actor=actor, patient_id=plan.patient_id)
    today = today_for(session, actor)
    return render(
        request,
        "plan.html",
        actor,
        plan=plan,
        goals=goals,
        history=plans.goal_history(session, actor=actor, plan_id=plan_id),
        patient=patient,
        today=today,
        # past its target date and not settled, as the chart marks it (#20: the plan page did not);
        # a discharged plan's goals are settled by the discharge
        overdue=frozenset(
            g.id for g in goals if plan.discharged_on is None and goal_overdue(g.target_date, g.status, today)
        ),
        statuses=plans.GOAL_STATUSES,
        may_write=plans.may_establish(session, actor, plan.clinic_id),
        done=request.query_params.get("done", ""),
        error=request.query_params.get("error", ""),
    )


def _plan_step(plan_id: int, step: Callable[[], object], done: str, session: Session) -> Response:
    try:
        step()
    except TherascribeError as error:
        return redirect_to(f"/plans/{plan_id}", error=_refusal_undone(session, error))
    return redirect_to(f"/plans/{plan_id}", done=done)


@router.post("/plans/{plan_id}/sent")
def plan_sent_form(
    plan_id: int, session: SessionDep, actor: PageActor, on: Annotated[date, Form()]
) -> Response:
    return _plan_step(
        plan_id,
        lambda: plans.mark_sent(session, actor=actor, plan_id=plan_id, on=on),
        "Marked as sent.",
        session,
    )


@router.post("/plans/{plan_id}/signed")
def plan_signed_form(
    plan_id: int, session: SessionDep, actor: PageActor, on: Annotated[date, Form()]
) -> Response:
    return _plan_step(
        plan_id,
        lambda: plans.record_signature(session, actor=actor, plan_id=plan_id, signed_on=on),
        "The physician's signature is recorded.",
        session,
    )


@router.post("/plans/{plan_id}/goals/{goal_id}")
def goal_status_form(
    plan_id: int,
    goal_id: int,
    session: SessionDep,
    actor: PageActor,
    status: Annotated[str, Form()],
) -> Response:
    return _plan_step(
        plan_id,
        lambda: plans.set_goal_status(session, actor=actor, plan_id=plan_id, goal_id=goal_id, status=status),
        "Goal updated.",
        session,
    )


@router.get("/plans/{plan_id}/certification.pdf")
def plan_pdf(plan_id: int, session: SessionDep, actor: PageActor) -> Response:
    return Response(
        plans.certification_pdf(session, actor=actor, plan_id=plan_id), media_type="application/pdf"
    )


@router.get("/my/week", response_class=HTMLResponse)
def week_page(
    request: Request, session: SessionDep, actor: PageActor, day: date | None = None
) -> HTMLResponse:
    """A clinician's own week, Monday to Sunday: each visit with its patient's chart, and its note
    (written, waiting for signature or co-signature, signed) or the button that starts it."""
    if not actor.provider_ids:
        raise Forbidden("the week is a clinician's own schedule; the front desk's is the Schedule")
    first = week_shown(today_for(session, actor), day)
    booked = day_schedule(
        session,
        actor=actor,
        day=first,
        days=7,
        provider_id=min(actor.provider_ids) if len(actor.provider_ids) == 1 else None,
    )
    mine = [row for row in booked if row[0].provider_id in actor.provider_ids]
    written = notes.of_appointments(session, actor=actor, appointment_ids=[a.id or 0 for a, *_ in mine])
    returned = notes.open_returns(session, [n.id or 0 for n in written.values()])
    # a visit opened (ahead or on its day) and not written up yet says its note's state, as the home day
    opened = opened_without_note(
        session, actor=actor, appointment_ids=[a.id or 0 for a, *_ in mine if (a.id or 0) not in written]
    )
    days: dict[date, list[dict]] = {first + timedelta(days=i): [] for i in range(7)}
    now = utcnow()
    for appointment, patient, _, kind in mine:
        zone = clinic_zone(session, appointment.clinic_id)
        starts = as_utc(appointment.starts_at).astimezone(zone)
        days.setdefault(starts.date(), []).append(
            {
                "appointment": appointment,
                "patient": patient,
                "kind": kind,
                "time": starts.time(),
                "end": as_utc(appointment.ends_at).astimezone(zone).time(),
                "note": (note := written.get(appointment.id or 0)),
                "note_status": notes.work_status(note.status, note.id in returned) if note else "",
                "opened": opened.get(appointment.id or 0),
                # a visit ahead is opened ahead, to prepare its note (core.visits.rules.opened_ahead_words)
                "opens_on": before_the_day(appointment.starts_at, now, zone),
            }
        )
    shown = [(d, visits) for d, visits in sorted(days.items()) if d.weekday() < 5 or visits]
    return render(
        request,
        "week.html",
        actor,
        days=shown,
        first=first,
        today=today_for(session, actor),
        earlier=(first - timedelta(days=7)).isoformat(),
        later=(first + timedelta(days=7)).isoformat(),
    )
