"""The front desk's wait-list page: who is waiting, for what and when they can come, with a link that
books them on the booking form filled in, and a button that takes them off the list."""

import uuid

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlmodel import col, select

from core.errors import TherascribeError
from core.scheduling import waitlist
from core.scheduling.calendar import providers_for_types
from core.scheduling.models import AppointmentType
from core.scheduling.offers import offers_out
from core.timeutil import clock_words
from web.deps import PageActor, SessionDep
from web.routers.desk_schedule import WEEKDAYS
from web.routers.pages import redirect_to, render

router = APIRouter(include_in_schema=False)


def _clock(minute: int) -> str:
    """Minutes after midnight as the clinic reads a time: 540 -> '9:00 AM'."""
    return clock_words(*divmod(min(minute, 1439), 60))


def when_words(entry: waitlist.Waiting) -> str:
    """'Mon, Wed, Fri, 9:00 AM to 1:00 PM', or 'any weekday, any time'."""
    days = (
        "any weekday" if entry.weekdays == [0, 1, 2, 3, 4] else ", ".join(WEEKDAYS[d] for d in entry.weekdays)
    )
    if entry.earliest_minute == 0 and entry.latest_minute >= 1440:
        return f"{days}, any time"
    return f"{days}, {_clock(entry.earliest_minute)} to {_clock(entry.latest_minute)}"


@router.get("/waitlist", response_class=HTMLResponse)
def wait_list(request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    """Everyone waiting in the desk's clinics, longest waiting first, and the offers out (patients
    offered a freed time are not waiting until they answer)."""
    entries = waitlist.waiting(session, actor=actor, limit=500)
    out = offers_out(session, actor=actor)
    # With no provider named, Book opens on whom the type is booked with (not the form's first provider).
    kinds = session.exec(
        select(AppointmentType).where(col(AppointmentType.id).in_({e.appointment_type_id for e in entries}))
    ).all()
    defaults = providers_for_types(session, list(kinds))
    return render(
        request,
        "waitlist_list.html",
        actor,
        entries=[(e, when_words(e), e.provider_id or defaults.get(e.appointment_type_id)) for e in entries],
        offers=out,
        key=uuid.uuid4().hex,
        message=request.query_params.get("done", ""),
        error=request.query_params.get("error", ""),
    )


@router.post("/waitlist/{entry_id}/remove")
def remove(entry_id: int, session: SessionDep, actor: PageActor) -> Response:
    try:
        waitlist.remove_entry(session, actor=actor, entry_id=entry_id)
    except TherascribeError as error:
        return redirect_to("/waitlist", error=str(error))
    return redirect_to("/waitlist", done="Taken off the wait list.")
