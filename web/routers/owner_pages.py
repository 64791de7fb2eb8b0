"""The owner's pages: the KPI dashboard (each figure against its target in PRODUCT.md, with a six-month
trend), the audit log with filters, users and their roles, payers (added from a profile here; rules and
fee lines on each payer's page, web/routers/practice_pages.py) and fee schedules."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session

from core.actor import Actor
from core.audit.review import AuditSearch, browse, export_entries, user_names
from core.clinics.service import list_clinics
from core.config import Settings
from core.enums import Role
from core.errors import Invalid, TherascribeError
from core.exports import record_export
from core.kpis import agreeing_filters, compute_ranges, last_full_month, meets, target_bound
from core.kpis.formulas import counted_amount
from core.patients.service import ids_named, patient_names
from core.payers.manage import PayerForm, save_payer
from core.payers.profiles import PROFILES
from core.payers.scope import may_change_everywhere
from core.payers.service import list_fee_schedules, list_payers
from core.permissions import Action, role_may
from core.providers.service import active_providers
from core.scheduling.calendar import clinic_zone
from core.timeutil import as_utc
from core.users.manage import add_user, set_active, set_role, unlock_login
from core.users.service import list_users
from web.audit_words import AUDIT_ACTIONS, action_words
from web.charts import line, tick_text
from web.deps import PageActor, SessionDep, SettingsDep
from web.form_refusal import Refused, refused
from web.kpi_figures import figure, judged_figure, label_room, point_label
from web.routers.billing import import_fee_schedule_file
from web.routers.pages import redirect_to, refusal_text, render, shown_on_page, today_for, typed_number
from web.routers.practice_pages import saved_or_again, told_at
from web.spreadsheet import csv_download, csv_stream

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


def _csv_number(value: float | None) -> str:
    """A spreadsheet's number: no thousands separator, two decimals where it has any ('36403.66', '117')."""
    return "" if value is None else f"{value:.2f}".removesuffix(".00")


class Board:
    """The dashboard's figures for a range and filters, with the six-month trend of each."""

    def __init__(
        self,
        session: Session,
        actor: Actor,
        *,
        start: date,
        end: date,
        filters: dict[str, int | None],
        fresh: float,
        audited: bool = True,
    ) -> None:
        self.months = _months_back(end, TREND_MONTHS)
        # the range and the trend's months in one counting: each kind of row read once over them all
        self.figures, *self.history = compute_ranges(
            session,
            actor=actor,
            ranges=[(start, end), *self.months],
            max_age_seconds=fresh,
            clinic_id=filters["clinic_id"],
            provider_id=filters["provider_id"],
            payer_id=filters["payer_id"],
            audited=audited,
        )
        self.labels = [a.strftime("%b %Y") for a, _ in self.months]
        self.note = ""  # why a filter asked for was let go (core.kpis.agreeing_filters)

    def series(self, i: int) -> list[float | None]:
        return [month[i].value for month in self.history]


@dataclass
class KpiQuery:
    """The dashboard's range and filters as the page and its CSV download read them from the query string."""

    start: Annotated[date | None, Query(alias="from")] = None
    end: Annotated[date | None, Query(alias="to")] = None
    clinic_id: Annotated[str, Query(max_length=12)] = ""
    provider_id: Annotated[str, Query(max_length=12)] = ""
    payer_id: Annotated[str, Query(max_length=12)] = ""


def _kpi_board(
    session: Session, settings: Settings, actor: Actor, asked: KpiQuery, audited: bool = True
) -> tuple[date, date, dict[str, int | None], Board]:
    start, end = asked.start, asked.end
    if start is None or end is None:
        start, end = last_full_month(today_for(session, actor))
    filters = {"clinic_id": asked.clinic_id, "provider_id": asked.provider_id, "payer_id": asked.payer_id}
    chosen = {name: typed_number(value) for name, value in filters.items()}
    agreed = agreeing_filters(
        session, actor=actor, clinic_id=chosen["clinic_id"], provider_id=chosen["provider_id"]
    )
    chosen["provider_id"] = agreed.provider_id
    board = Board(
        session,
        actor,
        start=start,
        end=end,
        filters=chosen,
        fresh=settings.kpi_max_age_seconds,
        audited=audited,
    )
    board.note = agreed.note
    return start, end, chosen, board


@router.get("/owner/kpis", response_class=HTMLResponse)
def kpi_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    settings: SettingsDep,
    asked: Annotated[KpiQuery, Depends()],
) -> HTMLResponse:
    """Every KPI for the range (the last full month unless asked), for one clinic, provider or payer
    if chosen, against its target, with its six-month trend on a chart with its axis and values."""
    start, end, chosen, board = _kpi_board(session, settings, actor, asked)
    cards = []
    for i, kpi in enumerate(board.figures):
        bound = target_bound(kpi.target)
        series = board.series(i)
        chart = line([label[:3] for label in board.labels], series, bound[0] if bound else None, kpi.unit)
        ticks = [(y, tick_text(v, chart.step, kpi.unit)) for y, v in chart.ticks] if chart else []
        cards.append(
            {
                "kpi": kpi,
                "shown": judged_figure(kpi.value, kpi.unit, kpi.target),
                "meets": meets(kpi.value, kpi.target),
                "chart": chart,
                "ticks": ticks,
                "room": label_room([t for _, t in ticks]),
                "values": [point_label(v, kpi.unit) for v in series if v is not None],
                "series": [
                    (label, judged_figure(v, kpi.unit, kpi.target))
                    for label, v in zip(board.labels, series, strict=True)
                ],
                "counted": (kpi.numerator_words, kpi.denominator_words),
                "breakdown": [(k, figure(v, "%")) for k, v in (kpi.breakdown or {}).items()],
            }
        )
    as_of = min((k.as_of for k in board.figures if k.as_of), default=None)
    zone = clinic_zone(session, min(actor.roles)) if actor.roles else settings.tz
    clinics = [
        c
        for c in list_clinics(session)
        if c.id in actor.roles and role_may(actor.roles[c.id], Action.kpi_read)
    ]
    return render(
        request,
        "kpis.html",
        actor,
        cards=cards,
        start=start,
        end=end,
        chosen=chosen,
        clinics=clinics,
        # the chosen clinic's providers only: another clinic's provider counts nothing there
        providers=[
            p
            for p in active_providers(session, actor=actor)
            if chosen["clinic_id"] is None or p.clinic_id == chosen["clinic_id"]
        ],
        note=board.note,
        payers=list_payers(session),
        query=urlencode({"from": start, "to": end, **{k: v for k, v in chosen.items() if v}}),
        as_of=as_utc(as_of).astimezone(zone).time() if as_of else None,
        fresh_minutes=max(1, settings.kpi_max_age_seconds // 60),
    )


@router.get("/owner/kpis.csv")
def kpi_csv(
    session: SessionDep,
    actor: PageActor,
    settings: SettingsDep,
    asked: Annotated[KpiQuery, Depends()],
) -> Response:
    """Every KPI of the dashboard as a spreadsheet: the range's value, what it was counted from, and
    the six months of the trend, one row per KPI (and one per breakdown item)."""
    start, end, chosen, board = _kpi_board(session, settings, actor, asked, audited=False)
    rows: list[list[object]] = []
    for i, kpi in enumerate(board.figures):
        # money in dollars, as the page says it, with what each is counted in (#20, trial 51: '1692927.0')
        counted = [
            _csv_number(counted_amount(kpi.numerator, kpi.counted_in[0])),
            _csv_number(counted_amount(kpi.denominator, kpi.counted_in[1])),
            kpi.counted_in[0].replace("cents", "dollars"),
            kpi.counted_in[1].replace("cents", "dollars"),
            "" if kpi.waiting is None else kpi.waiting,
        ]
        rows.append(
            [kpi.key, kpi.name, kpi.unit, kpi.target, start, end, kpi.value, *counted, *board.series(i)]
        )
        for item, share in (kpi.breakdown or {}).items():
            rows.append(
                [f"{kpi.key}:{item}", f"{kpi.name}, {item}", "%", "", start, end, share, "", "", "", "", ""]
            )
    scope = "-".join(f"{k.removesuffix('_id')}{v}" for k, v in chosen.items() if v)
    record_export(session, actor, what="kpis", filters={"from": start, "to": end, **chosen}, rows=len(rows))
    return csv_download(
        [
            "kpi",
            "name",
            "unit",
            "target",
            "from",
            "to",
            "value",
            "numerator",
            "denominator",
            "numerator counted in",
            "denominator counted in",
            "claims still with the payer (not counted)",
            *board.labels,
        ],
        rows,
        f"kpis-{start}-{end}{'-' + scope if scope else ''}.csv",
    )


AUDIT_PAGE = 100


class AuditFilters:
    """The audit log's filters as typed on the page, read into a core.audit.review.AuditSearch."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values
        self.error = ""
        self.user_id = self._number("user_id", "the user")
        self.patient_id = self._number("patient_id", "the patient")
        self.since = self._day("since", 0)
        self.until = self._day("until", 1)

    def _number(self, name: str, label: str) -> int | None:
        value = self.values.get(name, "").strip()
        if not value:
            return None
        if not value.isdigit():
            self.error = f"{label} is a number"
            return None
        return int(value)

    def _day(self, name: str, after: int) -> datetime | None:
        value = self.values.get(name, "").strip()
        if not value:
            return None
        try:
            return as_utc(datetime.combine(date.fromisoformat(value) + timedelta(days=after), time(0)))
        except ValueError:
            self.error = "the day is YYYY-MM-DD"
            return None

    def search(self) -> AuditSearch:
        patient = self.values.get("patient", "").strip()
        return AuditSearch(
            user_id=self.user_id,
            patient_id=self.patient_id,
            action=self.values.get("action", "").strip() or None,
            since=self.since,
            until=self.until,
            who=self.values.get("who", "").strip() or None,
            patient=patient or None,
            patients=ids_named(patient) if patient else None,
            alert_reads=not self.values.get("hide_alert_reads", "").strip(),
        )

    def query(self) -> str:
        return urlencode({k: v for k, v in self.values.items() if v.strip()})


AuditText = Annotated[str, Query(max_length=60)]


def _audit_filters(
    who: AuditText = "",
    user_id: AuditText = "",
    patient_id: AuditText = "",
    patient: AuditText = "",
    action: AuditText = "",
    since: AuditText = "",
    until: AuditText = "",
    hide_alert_reads: AuditText = "",
) -> AuditFilters:
    """The audit log's filters as typed, read alike by the page and its CSV download."""
    return AuditFilters(
        {
            "who": who,
            "user_id": user_id,
            "patient_id": patient_id,
            "patient": patient,
            "action": action,
            "since": since,
            "until": until,
            "hide_alert_reads": hide_alert_reads,
        }
    )


AuditFiltersDep = Annotated[AuditFilters, Depends(_audit_filters)]


@router.get("/owner/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    settings: SettingsDep,
    filters: AuditFiltersDep,
    page: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    """Who did what, by name, filtered by person, patient, action and days, a hundred to a page; the
    owner reads, nobody edits."""
    entries = browse(
        session, actor=actor, search=filters.search(), limit=AUDIT_PAGE + 1, offset=(page - 1) * AUDIT_PAGE
    )
    chosen = filters.values["action"].strip()
    return render(
        request,
        "audit.html",
        actor,
        entries=entries[:AUDIT_PAGE],
        # each entry's time in the zone the page's other times are said in (clinic_words), short
        local={e.id: as_utc(e.at).astimezone(settings.tz) for e in entries},
        actions=sorted(AUDIT_ACTIONS.items(), key=lambda pair: pair[1])
        + ([(chosen, action_words(chosen))] if chosen and chosen not in AUDIT_ACTIONS else []),
        names=user_names(session, entries),
        patients=patient_names(session, entries),
        older=len(entries) > AUDIT_PAGE,
        page=page,
        error=filters.error,
        filters=filters.values,
        query=filters.query(),
    )


@router.get("/owner/audit.csv")
def audit_csv(
    session: SessionDep,
    actor: PageActor,
    filters: AuditFiltersDep,
) -> Response:
    """Every entry the page's filters find, newest first, as a spreadsheet (sent as it is read)."""
    if filters.error:
        raise Invalid(filters.error)
    export = export_entries(session, actor=actor, search=filters.search())
    return csv_stream(
        ["id", "at_utc", "user_id", "user", "action", "outcome", "clinic_id", "patient_id", "record"]
        + ["from", "detail"],
        (
            [
                e.id,
                e.at.strftime("%Y-%m-%d %H:%M:%S"),
                e.user_id,
                f"{name} ({email})" if name else "",
                e.action,
                e.outcome,
                e.clinic_id,
                e.patient_id,
                f"{e.record_type} {e.record_id}".strip(),
                e.client_address,
                e.detail,
            ]
            for e, name, email in export.lines
        ),
        "audit-log.csv",
        export.rows,
    )


@router.get("/owner/users", response_class=HTMLResponse)
def users_page(request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _users_page(request, session, actor)


def _users_page(
    request: Request,
    session: Session,
    actor: Actor,
    *,
    status: int = 200,
    typed: dict[str, str] | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    """The users and their roles, and the form that adds one: shown again after a refusal with what was
    typed (never the password) and each problem by its field (web/form_refusal.py)."""
    managed = sorted(c for c, role in actor.roles.items() if role_may(role, Action.user_manage))
    names = {c.id: c.name for c in list_clinics(session)}
    return render(
        request,
        "users.html",
        actor,
        status,
        form_page="/owner/users",
        users=list_users(session, actor=actor),
        clinics=managed,
        clinic_names=names,
        clinic_choices=[(c, names.get(c, f"Clinic {c}")) for c in managed],
        role_choices=[r.value for r in Role],
        role_pairs=[(r.value, r.value.replace("_", " ")) for r in Role],
        typed=typed or {},
        errors=refusal.fields if refusal else {},
        error=refusal.message if refusal else request.query_params.get("error", ""),
        message=request.query_params.get("done", ""),
    )


def _user_change(change: Callable[[], None], done: str) -> Response:
    """A role, an account's state or its log-in changed and the users page told `done`; refused, told why
    at the top of it (a button: nothing typed to keep)."""
    return saved_or_again(change, told_at("/owner/users"), "/owner/users", lambda _: done)


@router.post("/owner/users")
def add_user_form(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    email: Annotated[str, Form(max_length=254)],
    full_name: Annotated[str, Form(max_length=120)],
    password: Annotated[str, Form(max_length=200)],
    clinic_id: Annotated[int, Form()],
    role: Annotated[str, Form(max_length=20)],
) -> Response:
    try:
        add_user(
            session,
            actor=actor,
            email=email,
            full_name=full_name,
            password=password,
            clinic_id=clinic_id,
            role=role,
        )
    except TherascribeError as error:
        refusal = refused(error)  # a refusal of the person (no right in that clinic) is the error page
        typed = {"email": email, "full_name": full_name, "clinic_id": str(clinic_id), "role": role}
        return _users_page(request, session, actor, status=422, typed=typed, refusal=refusal)
    return redirect_to("/owner/users", done=f"{full_name.strip()} added as {role.replace('_', ' ')}.")


@router.post("/owner/users/{user_id}/role")
def role_form(
    user_id: int,
    session: SessionDep,
    actor: PageActor,
    clinic_id: Annotated[int, Form()],
    role: Annotated[str, Form(max_length=20)],
) -> Response:
    """A role in one clinic; "none" takes the person's access to that clinic away."""
    new = None if role == "none" else role
    clinic = {c.id: c.name for c in list_clinics(session)}.get(clinic_id, "the clinic")
    return _user_change(
        lambda: set_role(session, actor=actor, user_id=user_id, clinic_id=clinic_id, role=new),
        f"Role in {clinic} {'taken away' if new is None else 'set to ' + role.replace('_', ' ')}.",
    )


@router.post("/owner/users/{user_id}/active")
def active_form(
    user_id: int,
    session: SessionDep,
    actor: PageActor,
    active: Annotated[bool, Form()],
) -> Response:
    return _user_change(
        lambda: set_active(session, actor=actor, user_id=user_id, active=active),
        "Account activated." if active else "Account deactivated: it can no longer log in.",
    )


@router.post("/owner/users/{user_id}/unlock")
def unlock_form(user_id: int, session: SessionDep, actor: PageActor) -> Response:
    return _user_change(
        lambda: unlock_login(session, actor=actor, user_id=user_id),
        "Log-in unlocked: wrong passwords given before no longer hold the account back.",
    )


@router.get("/owner/payers", response_class=HTMLResponse)
def payers_page(request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _payers_page(request, session, actor)


def _payers_page(
    request: Request,
    session: Session,
    actor: Actor,
    *,
    status: int = 200,
    form: PayerForm | None = None,
    errors: dict[str, str] | None = None,
    error: str = "",
    upload: dict | None = None,
) -> HTMLResponse:
    """The payers; after a refused fee schedule, its form open as it was typed (`upload`: the payer, the
    name, the date and each refused row; the file itself is chosen again)."""
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
        form_page="/owner/payers",
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
        upload=upload or {},
    )


@router.post("/owner/payers")
def add_payer_form(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    name: Annotated[str, Form(max_length=200)] = "",
    profile: Annotated[str, Form(max_length=20)] = "",
    electronic_payer_id: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    """A payer from a billing profile; its rules are then checked and changed on its own page."""
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
    actor: PageActor,
    name: Annotated[str, Form(max_length=120)],
    effective_from: Annotated[date, Form()],
    file: UploadFile = File(...),
) -> Response:
    """A payer's fee schedule from a CSV (cpt, modifier, amount): every row right or nothing saved."""
    try:
        saved = await import_fee_schedule_file(session, actor, payer_id, name, effective_from, file)
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        rows = error.row_errors[:20]
        typed = {
            "payer_id": payer_id,
            "name": name,
            "effective_from": effective_from.isoformat(),
            "rows": rows,
        }
        return _payers_page(request, session, actor, status=422, error=refusal_text(error), upload=typed)
    return redirect_to("/owner/payers", done=f"Fee schedule {name} saved with {saved['entries']} codes.")
