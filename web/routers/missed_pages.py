"""The front desk's list of visits not kept, clinic-wide: no-shows and late cancellations in a date range,
one provider's or everyone's, each linking to its appointment and its patient (core.scheduling.missed)."""

from datetime import date, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from core.access import require_anywhere
from core.errors import Invalid
from core.permissions import Action
from core.providers.service import active_in
from core.scheduling.missed import missed_visits
from web.deps import PageActor, SessionDep
from web.routers.pages import refusal_text, render, today_for

router = APIRouter(include_in_schema=False)
DEFAULT_DAYS = 30


@router.get("/schedule/missed", response_class=HTMLResponse)
def missed_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    first: date | None = None,
    last: date | None = None,
    provider: str = "",
) -> HTMLResponse:
    """No-shows and late cancellations from `first` to `last` (the last 30 days unless asked)."""
    today = today_for(session, actor)
    last = last or today
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    providers = active_in(session, clinic_ids=require_anywhere(session, actor, Action.appointment_read))
    chosen = next((p for p in providers if str(p.id) == provider), None)
    error, rows = "", []
    try:
        rows = missed_visits(
            session, actor=actor, first=first, last=last, provider_id=chosen.id if chosen else None
        )
    except Invalid as refused:
        error = refusal_text(refused)
    return render(
        request,
        "missed.html",
        actor,
        rows=rows,
        first=first,
        last=last,
        providers=providers,
        chosen=chosen,
        no_shows=sum(1 for r in rows if r.what == "no-show"),
        late=sum(1 for r in rows if r.what == "late cancellation"),
        error=error,
    )
