"""The owner's pages: the KPI dashboard (each figure against its target in PRODUCT.md, with a six-month
trend), the audit log with filters, users and their roles, payers (added from a profile here; rules and
fee lines on each payer's page, web/routers/practice_pages.py) and fee schedules."""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session

from core.actor import Actor
from core.audit.review import browse
from core.enums import Role
from core.errors import Invalid, TherascribeError
from core.kpis import compute, meets, target_bound
from core.payers.fees import import_fee_schedule
from core.payers.manage import PayerForm, save_payer
from core.payers.profiles import PROFILES
from core.payers.scope import may_change_everywhere
from core.payers.service import list_fee_schedules, list_payers
from core.permissions import Action, role_may
from core.scheduling.calendar import clinic_zone
from core.timeutil import as_utc
from core.users.manage import add_user, set_active, set_role, unlock_login
from core.users.service import list_users
from web.charts import line
from web.deps import SessionDep, SettingsDep
from web.routers.billing import read_fee_schedule
from web.routers.pages import page_actor, redirect_to, refusal_text, render, shown_on_page, today_for

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
    users = list_users(session, actor=actor)
    return render(
        request,
        "users.html",
        actor,
        users=users,
        clinics=sorted(c for c, role in actor.roles.items() if role_may(role, Action.user_manage)),
        role_choices=[r.value for r in Role],
        error=request.query_params.get("error", ""),
        message=request.query_params.get("done", ""),
    )


def _user_change(change: Callable[[], None], done: str) -> Response:
    try:
        change()
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        return redirect_to("/owner/users", error=refusal_text(error))
    return redirect_to("/owner/users", done=done)


@router.post("/owner/users")
def add_user_form(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    email: Annotated[str, Form(max_length=254)],
    full_name: Annotated[str, Form(max_length=120)],
    password: Annotated[str, Form(max_length=200)],
    clinic_id: Annotated[int, Form()],
    role: Annotated[str, Form(max_length=20)],
) -> Response:
    actor = page_actor(request, session, settings)
    return _user_change(
        lambda: add_user(
            session,
            actor=actor,
            email=email,
            full_name=full_name,
            password=password,
            clinic_id=clinic_id,
            role=role,
        ),
        f"{full_name.strip()} added as {role.replace('_', ' ')}.",
    )


@router.post("/owner/users/{user_id}/role")
def role_form(
    user_id: int,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    clinic_id: Annotated[int, Form()],
    role: Annotated[str, Form(max_length=20)],
) -> Response:
    """A role in one clinic; "none" takes the person's access to that clinic away."""
    actor = page_actor(request, session, settings)
    new = None if role == "none" else role
    return _user_change(
        lambda: set_role(session, actor=actor, user_id=user_id, clinic_id=clinic_id, role=new),
        f"Role in clinic {clinic_id} {'taken away' if new is None else 'set to ' + role.replace('_', ' ')}.",
    )


@router.post("/owner/users/{user_id}/active")
def active_form(
    user_id: int,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    active: Annotated[bool, Form()],
) -> Response:
    actor = page_actor(request, session, settings)
    return _user_change(
        lambda: set_active(session, actor=actor, user_id=user_id, active=active),
        "Account activated." if active else "Account deactivated: it can no longer log in.",
    )


@router.post("/owner/users/{user_id}/unlock")
def unlock_form(user_id: int, request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    actor = page_actor(request, session, settings)
    return _user_change(
        lambda: unlock_login(session, actor=actor, user_id=user_id),
        "Log-in unlocked: wrong passwords given before no longer hold the account back.",
    )


@router.get("/owner/payers", response_class=HTMLResponse)
def payers_page(request: Request, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    return _payers_page(request, session, page_actor(request, session, settings))


def _payers_page(
    request: Request,
    session: Session,
    actor: Actor,
    *,
    status: int = 200,
    form: PayerForm | None = None,
    errors: dict[str, str] | None = None,
    error: str = "",
) -> HTMLResponse:
    schedules = list_fee_schedules(session, actor=actor)
    payers = list_payers(session)
    by_payer: dict[int, list[dict]] = {}
    for schedule in schedules:
        by_payer.setdefault(schedule["payer_id"], []).append(schedule)
    return render(
        request,
        "payers.html",
        actor,
        status=status,
        payers=payers,
        schedules=by_payer,
        may_upload=may_change_everywhere(session, actor, Action.fee_schedule_write),
        may_add=may_change_everywhere(session, actor, Action.payer_write),
        profile_options=[(name, name.capitalize()) for name in PROFILES],
        form=form or PayerForm(),
        errors=errors or {},
        today=today_for(session, actor),
        error=error or request.query_params.get("error", ""),
        message=request.query_params.get("done", ""),
        rows=request.query_params.getlist("row"),
    )


@router.post("/owner/payers")
def add_payer_form(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    name: Annotated[str, Form(max_length=200)] = "",
    profile: Annotated[str, Form(max_length=20)] = "",
    electronic_payer_id: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    """A payer from a billing profile; its rules are then checked and changed on its own page."""
    actor = page_actor(request, session, settings)
    form = PayerForm(name=name, profile=profile, electronic_payer_id=electronic_payer_id)
    try:
        payer = save_payer(session, actor=actor, form=form)
    except TherascribeError as error:
        fields = error.extra.get("fields") if isinstance(error, Invalid) else None
        if not isinstance(fields, dict):
            if not shown_on_page(error):
                raise
            return redirect_to("/owner/payers", error=refusal_text(error))
        return _payers_page(request, session, actor, status=422, form=form, errors=fields, error=error.detail)
    return redirect_to(
        f"/owner/payers/{payer.id}",
        done=f"{payer.name} added with the {payer.kind} profile's rules: check them below.",
    )


@router.post("/owner/payers/{payer_id}/fee-schedules")
async def fee_schedule_form(
    payer_id: int,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    name: Annotated[str, Form(max_length=120)],
    effective_from: Annotated[date, Form()],
    file: UploadFile = File(...),
) -> Response:
    """A payer's fee schedule from a CSV (cpt, modifier, amount): every row right or nothing saved."""
    actor = page_actor(request, session, settings)
    try:
        saved = await run_in_threadpool(  # off the event loop: a long file is seconds of parsing
            import_fee_schedule,
            session,
            actor=actor,
            payer_id=payer_id,
            name=name,
            effective_from=effective_from,
            text=await read_fee_schedule(file),
        )
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        rows = [f"row {e['row']}: {e['message']}" for e in (error.extra or {}).get("errors", [])[:20]]
        return redirect_to("/owner/payers", error=refusal_text(error), row=rows)
    return redirect_to("/owner/payers", done=f"Fee schedule {name} saved with {saved['entries']} codes.")
