"""The pages people use, rendered on the server (Jinja2); JavaScript only where a page needs it
(recording, the note editor). Every asset is served from web/static: no CDN.

Pages read and write through the same core services as the API, as the logged-in user (the session
cookie), so the role limits hold here exactly as there.
"""

import re
from collections.abc import Mapping
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context
from pydantic import ValidationError
from sqlmodel import Session

from core.actor import Actor
from core.alerts.service import for_user
from core.billing.overview import count_claims, count_denied_lines, count_open_charges
from core.billing.receivables import ar_aging, owed_past
from core.billing.scrubber import rule_label
from core.clinics.setup import plain
from core.enums import AppointmentStatus, ClaimStatus
from core.errors import NotAuthenticated, TherascribeError
from core.kpis import compute, last_full_month
from core.notes import service as notes
from core.notes.workflow import credentialed
from core.permissions import Action, allowed, role_may
from core.recordings.opened import opened_without_note
from core.scheduling.calendar import clinic_zone, day_schedule
from core.scheduling.rules import may_check_in, may_mark_no_show, may_undo_no_show
from core.timeutil import as_utc, clock_words, in_clinic_words, span_words, utcnow, weekday_words
from core.visits.rules import before_the_day
from core.words import counted, dollars
from web.alert_links import shown_alerts, us_date, us_dates
from web.audit_words import action_words
from web.deps import COOKIE, LoginRedirect, PageActor, SessionDep, SettingsDep, actor_of
from web.kpi_figures import judged_figure
from web.routers.auth import end_token_session, start_session
from web.shown_again import kept_for_get

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).resolve().parent.parent / "templates"))
templates.env.filters["us_date"] = us_date
templates.env.filters["weekday"] = weekday_words
templates.env.filters["rule_label"] = rule_label
templates.env.globals["span_words"] = span_words
templates.env.filters["counted"] = counted
templates.env.filters["dollars"] = dollars  # $1,234.56: the one money format (core.words)
templates.env.filters["us_dates"] = us_dates
templates.env.filters["action_words"] = action_words
templates.env.filters["credentialed"] = credentialed  # 'Katherine Hill, PT', the credential once


@pass_context
def clinic_words(context: Context, value: object) -> object:
    """Every value a page writes, as the clinic reads it: a day as 12/03/2026, a stored time as
    'Thursday 12/03/2026 at 9:20 AM EST' in the clinic's zone (core.timeutil.in_clinic_words), a time of
    day (already in the clinic's zone) as '3:15 PM' (core.timeutil.clock_words), never the ISO form `str`
    gives a date or the 24-hour '15:15'. What a form field or a link needs in ISO is written by the
    template as text (`day.isoformat()`, `at.strftime("%H:%M")`), which this leaves as it is."""
    if isinstance(value, datetime):
        zone = context.get("zone")
        return in_clinic_words(
            value, zone if isinstance(zone, tzinfo) else context["request"].app.state.settings.tz
        )
    if isinstance(value, date):
        return us_date(value)
    if isinstance(value, time):
        return clock_words(value.hour, value.minute)
    return value


# A status as people say it, not as it is stored ('awaiting_cosign'); any other: its words.
STATUS_WORDS = {
    "awaiting_cosign": "waiting for co-signature",
    "no_show": "no-show",
}


def status_words(status: object) -> str:
    return STATUS_WORDS.get(str(status), str(status).replace("_", " "))


templates.env.filters["status_words"] = status_words
templates.env.finalize = clinic_words
templates.env.filters["clinic_time"] = clinic_words
ROLE_NAMES = {
    "therapist": "Therapist",
    "assistant": "Therapy assistant",
    "front_desk": "Front desk",
    "biller": "Biller",
    "owner": "Owner",
}


# The menu: each entry shows only to roles the matrix lets take its action (core refuses the rest anyway).
MENU: tuple[tuple[str, str, Action], ...] = (
    ("/schedule", "Schedule", Action.appointment_write),
    ("/calendar", "Calendar", Action.appointment_write),
    ("/waitlist", "Wait list", Action.appointment_write),
    ("/my/week", "My week", Action.note_write),
    ("/patients", "Patients", Action.patient_read),
    ("/assistant", "Assistant", Action.appointment_read),
    ("/billing/claims", "Claims", Action.claim_read),
    ("/billing/denials", "Denials", Action.claim_read),
    ("/owner/kpis", "Dashboard", Action.kpi_read),
    ("/owner/audit", "Audit log", Action.audit_read),
)
# The practice's set-up, opened now and then: a line of its own, so that the owner's day-to-day menu
# stays one line at 1024 px (#20: fourteen entries wrapped under the brand).
SETTINGS_MENU: tuple[tuple[str, str, Action], ...] = (
    ("/owner/users", "Users", Action.user_manage),
    ("/owner/payers", "Payers", Action.fee_schedule_read),
    ("/owner/providers", "Providers", Action.settings_manage),
    ("/owner/appointment-types", "Appointment types", Action.settings_manage),
    ("/owner/holidays", "Holidays", Action.settings_manage),
)


def menu(actor: Actor, entries: tuple[tuple[str, str, Action], ...] = MENU) -> list[tuple[str, str]]:
    roles = set(actor.roles.values())
    return [(href, label) for href, label, action in entries if any(role_may(r, action) for r in roles)]


def render(
    request: Request,
    name: str,
    actor: Actor | None,
    status: int = 200,
    *,
    form_page: object = None,
    **context: object,
) -> HTMLResponse:
    """The page `name` for `actor`. A form refused (422) in answer to its POST is shown again at its
    GET address, `form_page` (the posted path where that is the form's page too), so that the browser is
    not left on the post: web/shown_again.py."""
    roles = sorted({ROLE_NAMES.get(r, r) for r in actor.roles.values()}) if actor else []
    if isinstance(context.get("error"), str):
        context["error"] = as_shown(str(context["error"]))
    shown = templates.TemplateResponse(
        request,
        name,
        {
            "actor": actor,
            "roles": roles,
            "menu": menu(actor) if actor else [],
            "settings_menu": menu(actor, SETTINGS_MENU) if actor else [],
            "path": request.url.path,
            **context,
        },
        status_code=status,
    )
    if status == 422 and request.method == "POST" and actor is not None and name != "error.html":
        return kept_for_get(shown, form_page if isinstance(form_page, str) else request.url.path)
    return shown


def as_shown(reason: str) -> str:
    """A reason as the page shows it at the top of its message: core's reasons begin in lower case, to
    be said inside a sentence ('birth date is in the future'), and the API and the assistant give them
    so; a page's message begins with it, capitalised (#20). A first word that is not all lower-case
    letters (an e-mail address, 'iOS', a number) is left as written."""
    return reason[:1].upper() + reason[1:] if _LOWER_WORD.match(reason) else reason


_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*(?=[\s,.:;!?]|$)")


def refusal_text(error: TherascribeError | ValidationError) -> str:
    """What a form's refused input gets as the message on the page, its days written as the pages
    write them (core's reasons name a day in ISO: 'the plan of care expired on 2026-11-30')."""
    if isinstance(error, ValidationError):
        return us_dates(refused_words(error))
    return us_dates(error.detail)


def refused_words(
    error: ValidationError, *, rows: Mapping[str, str] | None = None, named: bool = False
) -> str:
    """A form's refused input as sentences, one a problem, joined by '; ': the one way the pages say
    one (#20; the note form's refused_input was its twin). A bound or a type is said with the field's
    name in words ("Weeks is at most 52", "Amount is more than 0"), never pydantic's "Input should be
    greater than or equal to 1"; a rule's own sentence without pydantic's "Value error, " before it.

    `rows` says how an item of a list is named where it is a table's row ({"rom": "range of motion
    row"}: "Range of motion row 2, degrees ..."); otherwise a list's item is its name and its place
    counted from one ('goals', 1, 'status': "Goal 2 status"). `named` keeps the field's name before a
    message no plain words exist for ("goal 2 text: ..."), as the note form shows it."""
    return "; ".join(_problem_words(dict(e), rows or {}, named) for e in error.errors())


def _problem_words(found: Mapping[str, Any], rows: Mapping[str, str], named: bool) -> str:
    message = str(found.get("msg", "")).removeprefix("Value error, ")
    if found.get("type") == "value_error" and not named:
        return message
    places = [str(p) for p in found.get("loc", ()) if not str(p).startswith("function-")]
    said = plain(str(found.get("type", "")), found.get("ctx") or {}, str(found.get("msg", "")))
    place = _place_words(places, rows)
    if place and said != message:
        return f"{place[:1].upper()}{place[1:]} {said}"
    return f"{place}: {message}" if place and named else message


def _place_words(places: list[str], rows: Mapping[str, str]) -> str:
    """A field's place in words: ('goals', 1, 'status') is "goal 2 status", ('rom', 0, 'degrees') with
    rows {"rom": "range of motion row"} is "range of motion row 1, degrees"; only numbers, nothing."""
    words: list[str] = []
    for at, part in enumerate(places):
        if part.isdigit():
            continue
        item = places[at + 1] if at + 1 < len(places) and places[at + 1].isdigit() else None
        name = part.removesuffix("_cents").removesuffix("_id").replace("_", " ")
        if item is not None and part in rows:
            name = f"{rows[part]} {int(item) + 1}" + ("," if at + 2 < len(places) else "")
        elif item is not None:
            name = f"{name.removesuffix('s')} {int(item) + 1}"
        words.append(name)
    return " ".join(words)


def redirect_to(path: str, **query: str | list[str]) -> RedirectResponse:
    """After a form: back to a page (303, so a reload does not post again), with the outcome to show."""
    return RedirectResponse(f"{path}?{urlencode(query, doseq=True)}" if query else path, status_code=303)


def typed_number(text: str) -> int | None:
    """A number typed in a form or a filter ('12', ' 12 '); None for a blank or anything else."""
    return int(text) if text.strip().isdigit() else None


def shown_on_page(error: Exception) -> bool:
    """A refusal of the input is shown on the form's page; a refusal of the person (no log-in, no
    right, no such record) is the error page."""
    return isinstance(error, ValidationError) or (
        isinstance(error, TherascribeError) and error.status not in (401, 403, 404)
    )


# What a person at a page is told, by status: a title in plain words and what they can do next.
ERROR_WORDS: dict[int, tuple[str, str]] = {
    403: ("Not open to your role", "If your work needs it, ask the clinic's owner to change your role."),
    404: ("Not found", "It may have been removed, or the link is wrong. Search for it from the menu."),
    409: (
        "Already done or changed",
        "Someone (or a second click) got there first. Open it again to see it now.",
    ),
    422: ("Something in the form needs a change", "Go back, correct it and send it again."),
    429: ("Too many attempts", "Wait a few minutes, then try again."),
    405: ("Not a page", "Open the page this form is on from the menu, and send it from there."),
    500: (
        "Something went wrong",
        "Try again. If it happens again, tell the clinic's owner what you were doing and when.",
    ),
    503: ("Busy", "Wait a moment, then try again."),
    413: ("Too large to send", "Nothing was kept. Go back to the page and send something smaller."),
}


def _sentence(text: str) -> str:
    """A core reason ('your role may not read clinical notes') as a sentence on a page, its days as the
    pages write them."""
    text = us_dates(text.strip())
    return (text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")) if text else ""


def _logged_in(request: Request) -> Actor | None:
    """The person behind the page's cookie, so an error page keeps their menu; None when there is none
    (or it is no longer valid): the page then offers the log-in."""
    from sqlmodel import Session as DbSession

    engine = getattr(request.app.state, "engine", None)
    if engine is None:
        return None
    try:
        with DbSession(engine) as session:
            actor = actor_of(request, session, request.app.state.settings)
            session.commit()
            return actor
    except (TherascribeError, ValueError):
        return None


def install(app) -> None:
    """Pages answer a missing log-in with the log-in page, and a refusal with a page, not JSON."""

    @app.exception_handler(LoginRedirect)
    async def _to_login(request: Request, exc: LoginRedirect) -> Response:
        return RedirectResponse(exc.target, status_code=303)

    def page_error(request: Request, exc: TherascribeError) -> Response:
        if isinstance(exc, NotAuthenticated):
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        title, advice = getattr(exc, "words", None) or ERROR_WORDS.get(exc.status, (exc.title, ""))
        return render(
            request,
            "error.html",
            _logged_in(request),
            status=exc.status,
            title=title,
            detail=_sentence(exc.detail),
            advice=advice,
            # the page the refused form was on, where the refusal knows it (web/limits.py's 413)
            back=getattr(exc, "back", None),
        )

    app.state.page_error = page_error


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    return render(request, "login.html", None, next=next if next.startswith("/") else "/")


@router.post("/login")
def login_form(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    email: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    response = RedirectResponse(target, status_code=303)
    try:
        start_session(request, response, session, settings, email=email, password=password)
    except TherascribeError as error:
        return render(
            request, "login.html", None, status=error.status, error=error.detail, next=target, email=email
        )
    return response


@router.post("/logout")
def logout_form(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    end_token_session(session, settings, request.cookies.get(COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response


def today_for(session: Session, actor: Actor) -> date:
    clinic = min(actor.roles) if actor.roles else None
    return utcnow().astimezone(clinic_zone(session, clinic)).date() if clinic else utcnow().date()


# The visits of a day's list: those kept and done, and the no-shows (cancelled ones are on the schedule).
ON_THE_DAY = (
    AppointmentStatus.booked,
    AppointmentStatus.checked_in,
    AppointmentStatus.completed,
    AppointmentStatus.no_show,
)


# The owner's home: these of last month's figures from the dashboard's service, in its order (#20).
OWNER_SUMMARY = (
    "visits_seen",
    "charges_billed",
    "revenue_per_visit",
    "net_collection_rate",
    "denial_rate",
    "days_in_ar",
    "clean_claim_rate",
)


def home_kind(actor: Actor) -> str:
    """Whose home page it is: a clinician's day and a front desk's schedule as before; an owner's
    practice summary; a biller's work list. A clinician or front desk who is also owner or biller keeps
    their day."""
    roles = set(actor.roles.values())
    if actor.provider_ids or "front_desk" in roles:
        return "day"
    if "owner" in roles:
        return "owner"
    if "biller" in roles:
        return "biller"
    return "day"


def _biller_home(session: Session, actor: Actor, today: date) -> dict[str, object]:
    """The biller's work in counts, each a link to where it is worked, and the AR over 90 days."""
    aging = ar_aging(session, actor=actor, as_of=today)
    return {
        "charges": count_open_charges(session, actor=actor),
        "held": count_claims(session, actor=actor, status=ClaimStatus.held),
        "ready": count_claims(session, actor=actor, status=ClaimStatus.ready),
        "rejected": count_claims(session, actor=actor, status=ClaimStatus.rejected),
        "denied_lines": count_denied_lines(session, actor=actor),
        "over_90_cents": owed_past(aging, 90),
        "as_of": today,
    }


def _owner_home(session: Session, actor: Actor, today: date, fresh: float) -> dict[str, object]:
    """Last full month's figures as the dashboard shows them, with the link to it."""
    start, end = last_full_month(today)
    kpis = compute(
        session, actor=actor, start=start, end=end, keys=list(OWNER_SUMMARY), max_age_seconds=fresh
    )
    revenue = next((k for k in kpis if k.key == "revenue_per_visit"), None)
    return {
        "start": start,
        "end": end,
        # what revenue per visit is counted from: the payments on the visits the payers have answered
        "collected": (revenue.numerator, int(revenue.denominator))
        if revenue and revenue.denominator
        else None,
        "figures": [(k.key, k.name, judged_figure(k.value, k.unit, k.target), k.target) for k in kpis],
        "query": urlencode({"from": start, "to": end}),
    }


@router.get("/", response_class=HTMLResponse)
def home(
    request: Request, session: SessionDep, actor: PageActor, settings: SettingsDep, day: date | None = None
) -> HTMLResponse:
    """Each person's alerts, and their day: a clinician's own visits and notes to sign, the front
    desk's clinic schedule; the owner's last month and the notes not signed; the biller's work list."""
    kind = home_kind(actor)
    alerts = shown_alerts(for_user(session, actor=actor), actor)
    if kind in ("owner", "biller"):
        today = today_for(session, actor)
        return render(
            request,
            "home.html",
            actor,
            kind=kind,
            day=today,
            alerts=alerts,
            unsigned=notes.waiting(session, actor=actor, limit=50) if kind == "owner" else [],
            summary=_owner_home(session, actor, today, settings.kpi_max_age_seconds)
            if kind == "owner"
            else {},
            work=_biller_home(session, actor, today) if kind == "biller" else {},
            clinician=False,
            message=request.query_params.get("done", ""),
            error=request.query_params.get("error", ""),
        )
    day = day or today_for(session, actor)
    visits, unsigned = [], []
    roles = set(actor.roles.values())
    if actor.provider_ids or "front_desk" in roles:
        provider = next(iter(actor.provider_ids)) if actor.provider_ids else None
        # A no-show stays on the day's list, marked, so one marked by mistake can be undone from it (#20).
        shown = day_schedule(session, actor=actor, day=day, provider_id=provider, statuses=ON_THE_DAY)
        now = utcnow()  # one moment for the whole page: every row is judged at the same time
        for appointment, patient, provider_name, kind in shown:
            zone = clinic_zone(session, appointment.clinic_id)
            local = as_utc(appointment.starts_at).astimezone(zone)
            today_there = now.astimezone(zone).date()
            desk = allowed(actor.roles, Action.appointment_write, appointment.clinic_id)
            visits.append(
                {
                    "id": appointment.id,
                    "time": local.time(),
                    "patient": patient,
                    "patient_id": appointment.patient_id,
                    "provider": provider_name,
                    "kind": kind,
                    "status": appointment.status,
                    "may_check_in": desk and may_check_in(appointment.status, local.date(), today_there),
                    "may_no_show": desk
                    and may_mark_no_show(appointment.status, as_utc(appointment.starts_at), now),
                    "may_undo_no_show": desk and may_undo_no_show(appointment.status, documented=False),
                    "may_arrive": local.date() == today_there,
                    # a visit ahead opens on its day (core.visits.rules): said instead of 'Start visit'
                    "opens_on": before_the_day(appointment.starts_at, now, zone),
                    # the copay is taken once the patient is checked in (core.billing.copays)
                    "may_copay": allowed(actor.roles, Action.copay_collect, appointment.clinic_id)
                    and appointment.status == AppointmentStatus.checked_in
                    and local.date() == today_there,
                }
            )
    written, shown_status, opened = {}, {}, {}
    if actor.provider_ids and visits:
        # a visit already documented opens its note, not 'Start visit'
        ids = [a.id or 0 for a, *_ in shown]
        written = notes.of_appointments(session, actor=actor, appointment_ids=ids)
        returned = notes.open_returns(session, [n.id or 0 for n in written.values()])
        shown_status = {n.id: notes.work_status(n.status, n.id in returned) for n in written.values()}
        # a visit opened and not written up yet says its note's state, not 'Start visit' (#20, trial 52)
        unwritten = [i for i in ids if i not in written]
        opened = opened_without_note(session, actor=actor, appointment_ids=unwritten)
    if actor.provider_ids or "owner" in roles:
        unsigned = notes.waiting(session, actor=actor, limit=50)
    return render(
        request,
        "home.html",
        actor,
        kind=kind,
        day=day,
        alerts=alerts,
        visits=visits,
        unsigned=unsigned,
        written=written,
        n_status=shown_status,
        opened=opened,
        clinician=bool(actor.provider_ids),
        message=request.query_params.get("done", ""),
        error=request.query_params.get("error", ""),
    )
