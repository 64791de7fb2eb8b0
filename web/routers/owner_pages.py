"""The owner's pages: the KPI dashboard (each figure against its target in PRODUCT.md, with a six-month
trend), the audit log with filters, users and their roles, payer profiles and fee schedules."""

from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from core.audit.review import browse
from core.kpis import compute, meets, target_bound
from core.payers.service import list_fee_schedules, list_payers
from core.scheduling.calendar import clinic_zone
from core.timeutil import as_utc
from core.users.service import list_users
from web.charts import line
from web.deps import SessionDep, SettingsDep
from web.routers.pages import page_actor, render, today_for

router = APIRouter(include_in_schema=False)
TREND_MONTHS = 6


def _months_back(last: date, count: int) -> list[tuple[date, date]]:
    """The `count` calendar months ending with the one `last` falls in, the last one cut at `last`."""
    spans = []
    first = last.replace(day=1)
    for _ in range(count):
        end = min(last, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))
        spans.append((first, end))
        first = (first - timedelta(days=1)).replace(day=1)
    return spans[::-1]


@router.get("/owner/kpis", response_class=HTMLResponse)
def kpi_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    start: Annotated[date | None, Query(alias="from")] = None,
    end: Annotated[date | None, Query(alias="to")] = None,
) -> HTMLResponse:
    actor = page_actor(request, session, settings)
    end = end or today_for(session, actor)
    start = start or end.replace(day=1)
    fresh = settings.kpi_max_age_seconds
    figures = compute(session, actor=actor, start=start, end=end, max_age_seconds=fresh)
    months = _months_back(end, TREND_MONTHS)
    history = [compute(session, actor=actor, start=a, end=b, max_age_seconds=fresh) for a, b in months]
    labels = [a.strftime("%b") for a, _ in months]
    cards = []
    for i, kpi in enumerate(figures):
        bound = target_bound(kpi.target)
        series = [month[i].value for month in history]
        cards.append(
            {
                "kpi": kpi,
                "meets": meets(kpi.value, kpi.target),
                "chart": line(labels, series, bound[0] if bound else None),
                "series": list(zip(labels, series, strict=True)),
            }
        )
    as_of = min((k.as_of for k in figures if k.as_of), default=None)
    zone = clinic_zone(session, min(actor.roles)) if actor.roles else settings.tz
    return render(
        request,
        "kpis.html",
        actor,
        cards=cards,
        start=start,
        end=end,
        as_of=as_of.astimezone(zone).strftime("%H:%M") if as_of else "",
        fresh_minutes=max(1, fresh // 60),
    )


@router.get("/owner/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    user_id: Annotated[str, Query(max_length=12)] = "",
    patient_id: Annotated[str, Query(max_length=12)] = "",
    action: Annotated[str, Query(max_length=60)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
) -> HTMLResponse:
    """Who did what, filtered by user, patient, action and day; the owner reads, nobody edits."""
    actor = page_actor(request, session, settings)
    error = ""

    def number(value: str, label: str) -> int | None:
        nonlocal error
        if not value.strip():
            return None
        if not value.strip().isdigit():
            error = f"{label} is a number"
            return None
        return int(value)

    try:
        since_at = as_utc(datetime.combine(date.fromisoformat(since), time(0))) if since else None
    except ValueError:
        since_at, error = None, "the day is YYYY-MM-DD"
    entries = browse(
        session,
        actor=actor,
        user_id=number(user_id, "the user"),
        patient_id=number(patient_id, "the patient"),
        action=action.strip() or None,
        since=since_at,
        limit=200,
    )
    return render(
        request,
        "audit.html",
        actor,
        entries=entries,
        error=error,
        filters={"user_id": user_id, "patient_id": patient_id, "action": action, "since": since},
    )


@router.get("/owner/users", response_class=HTMLResponse)
def users_page(request: Request, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    actor = page_actor(request, session, settings)
    return render(request, "users.html", actor, users=list_users(session, actor=actor))


@router.get("/owner/payers", response_class=HTMLResponse)
def payers_page(request: Request, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    actor = page_actor(request, session, settings)
    schedules = list_fee_schedules(session, actor=actor)
    payers = list_payers(session)
    by_payer: dict[int, list[dict]] = {}  # type: ignore[type-arg]
    for schedule in schedules:
        by_payer.setdefault(schedule["payer_id"], []).append(schedule)
    return render(request, "payers.html", actor, payers=payers, schedules=by_payer)
