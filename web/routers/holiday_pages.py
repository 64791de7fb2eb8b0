"""The owner's page for the public holidays a clinic closes on (#20): every holiday on the list, ticked
where the clinic closes, with the next day it closes (or would) for each and the visits booked that day.
Thin: the ticks are handed to core.clinics.holidays (owner only, audited), which says what changed and
which newly closed days have visits for the front desk to move."""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session

from core.actor import Actor
from core.clinics import holidays
from core.errors import TherascribeError
from web.deps import PageActor, SessionDep
from web.form_refusal import Refused, form_page, refused
from web.routers.pages import redirect_to, shown_on_page, today_for
from web.routers.practice_pages import _clinics

router = APIRouter(include_in_schema=False)


def _holidays_page(
    request: Request, session: Session, actor: Actor, clinic_id: int | None, refusal: Refused | None = None
) -> HTMLResponse:
    clinics = _clinics(session, actor)
    # (one who may change no clinic's settings asks of their own clinic, which core refuses them)
    chosen = clinic_id or (clinics[0].id if clinics else None) or min(actor.roles, default=0)
    shown = holidays.holiday_settings(session, actor=actor, clinic_id=chosen, today=today_for(session, actor))
    return form_page(
        request,
        "holidays.html",
        actor,
        refusal,
        told=True,
        settings=shown,
        clinics=[(c.id, c.name) for c in clinics],
    )


@router.get("/owner/holidays", response_class=HTMLResponse)
def holidays_page(
    request: Request, session: SessionDep, actor: PageActor, clinic: int | None = None
) -> HTMLResponse:
    return _holidays_page(request, session, actor, clinic)


@router.post("/owner/holidays")
def holidays_form(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    clinic_id: Annotated[int, Form()],
    closed: Annotated[list[str] | None, Form()] = None,
) -> Response:
    try:
        change = holidays.set_closed_holidays(
            session, actor=actor, clinic_id=clinic_id, names=closed or [], today=today_for(session, actor)
        )
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        return _holidays_page(request, session, actor, clinic_id, refused(error))
    return redirect_to("/owner/holidays", clinic=str(clinic_id), done=change.words())
