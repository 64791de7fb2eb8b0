"""The therapist's pages (#20): a patient's chart (notes by date of service, the plan of care in force,
diagnoses and goals, visit history, outcome measures over time against their MCID), the note editor for
a visit without a recording, plans of care, and the therapist's week.

Every read and write goes through core services as the logged-in user: permissions, audit and the
rules of a note's life are core's, the pages only parse and shape."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from core.patients import service as patients
from core.permissions import Action, allowed
from core.records.chart import chart
from web.deps import SessionDep, SettingsDep
from web.outcome_chart import outcome_chart
from web.routers.pages import page_actor, render, today_for

router = APIRouter(include_in_schema=False)


@router.get("/patients/{patient_id}/chart", response_class=HTMLResponse)
def chart_page(patient_id: int, request: Request, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    actor = page_actor(request, session, settings)
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
        may_plan=allowed(actor.roles, Action.plan_write, patient.clinic_id),
    )
