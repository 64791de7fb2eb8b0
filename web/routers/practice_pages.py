"""The owner's pages for what setup made: providers, payers (rules and fee schedule lines) and
appointment types, listed, added and changed after the first day. Thin: each form is parsed, handed to
its core service (core/providers/manage.py, core/payers/manage.py, core/scheduling/type_manage.py),
and a refused field is shown next to itself with the form as it was typed."""

from collections.abc import Callable, Iterable
from datetime import date
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session, col, select

from core.actor import Actor
from core.clinics.models import Clinic
from core.enums import Credential
from core.errors import NotFound, TherascribeError
from core.payers import manage as payers
from core.payers.models import Payer
from core.payers.profiles import PROFILES
from core.payers.scope import may_change_everywhere
from core.payers.service import list_fee_schedules
from core.permissions import Action, clinics_where
from core.providers import manage as providers
from core.providers.models import Provider
from core.providers.rules import WEEKDAYS
from core.providers.service import active_in
from core.scheduling import type_manage as types
from web.deps import PageActor, SessionDep
from web.form_refusal import Refused, form_page, refused
from web.routers.pages import redirect_to, today_for

router = APIRouter(include_in_schema=False)

Text = Annotated[str, Form(max_length=200)]
CREDENTIALS = [(c.value, c.value) for c in Credential]
DAY_NAMES = dict(
    zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), strict=True)
)


Saved = TypeVar("Saved")
Again = Callable[[Refused], Response]


def _refused(error: TherascribeError, again: Again) -> Response:
    """A form refused for what was typed comes back as it was typed (`again`), each problem by its
    field and the reason at the top (web/form_refusal.py, as every form's); a refusal of the person
    (no right, no such record) is raised again, for the error page."""
    return again(refused(error))


def saved_or_again(
    save: Callable[[], Saved], again: Again, target: str, done: Callable[[Saved], str]
) -> Response:
    """A form's record saved and the user sent to `target` told `done`, or the form again as typed (the
    owner's setup forms here, the biller's steps on a denied claim in billing_work.py)."""
    try:
        saved = save()
    except TherascribeError as error:
        return _refused(error, again)
    return redirect_to(target, done=done(saved))


def told_at(target: str) -> Again:
    """A refusal of a form with nothing typed worth keeping (a button): said at the top of `target`."""
    return lambda refusal: redirect_to(target, error=refusal.message)


def _clinics(session: Session, actor: Actor) -> list[Clinic]:
    wanted = clinics_where(actor.roles, Action.settings_manage)
    return [c for c in session.exec(select(Clinic).order_by(col(Clinic.id))).all() if c.id in wanted]


def _clinic_choice(clinics: list[Clinic], clinic_id: int | None) -> dict[str, object]:
    """The clinics an add form may add to, the one typed (else the first) chosen."""
    return {
        "clinics": clinics,
        "clinic_id": clinic_id or (clinics[0].id if clinics else None),
        "clinic_options": [(c.id, c.name) for c in clinics],
    }


def _provider_options(clinics: list[Clinic], people: Iterable[Provider]) -> list[tuple[int, str]]:
    """Providers to choose from, each with their clinic's name where the owner has more than one clinic."""
    names = {c.id: c.name for c in clinics}
    return [
        (p.id or 0, f"{p.full_name} ({names[p.clinic_id]})" if len(names) > 1 else p.full_name)
        for p in people
    ]


# Providers


def _providers_page(
    request: Request,
    session: Session,
    actor: Actor,
    *,
    form: providers.ProviderForm | None = None,
    clinic_id: int | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    clinics = _clinics(session, actor)
    return form_page(
        request,
        "providers.html",
        actor,
        refusal,
        told=True,
        rows=providers.list_for_owner(session, actor=actor),
        **_clinic_choice(clinics, clinic_id),
        supervisor_options=_provider_options(
            clinics, (p for c in clinics for p in providers.supervisors(session, clinic_id=c.id or 0))
        ),
        form=form or providers.ProviderForm(),
        credentials=CREDENTIALS,
        days=DAY_NAMES,
    )


@router.get("/owner/providers", response_class=HTMLResponse)
def providers_page(request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _providers_page(request, session, actor)


def _provider_form(
    name: Text = "",
    credential: Text = "",
    npi: Text = "",
    taxonomy: Text = "",
    supervisor_id: Text = "",
    capacity: Text = "1",
    days: Annotated[list[str] | None, Form()] = None,
    start: Text = "",
    end: Text = "",
) -> providers.ProviderForm:
    """The provider's form as typed, read alike by the add and the edit route."""
    return providers.ProviderForm(
        name=name,
        credential=credential,
        npi=npi,
        taxonomy=taxonomy,
        supervisor_id=supervisor_id,
        capacity=capacity,
        days=days or [],
        start=start,
        end=end,
    )


ProviderFormDep = Annotated[providers.ProviderForm, Depends(_provider_form)]


@router.post("/owner/providers")
def add_provider_form(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    clinic_id: Annotated[int, Form()],
    form: ProviderFormDep,
) -> Response:
    return saved_or_again(
        lambda: providers.save_provider(session, actor=actor, clinic_id=clinic_id, form=form),
        lambda refusal: _providers_page(
            request, session, actor, form=form, clinic_id=clinic_id, refusal=refusal
        ),
        "/owner/providers",
        lambda provider: f"{provider.full_name} added.",
    )


def _provider_page(
    request: Request,
    session: Session,
    actor: Actor,
    provider_id: int,
    *,
    form: providers.ProviderForm | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    provider = providers.load_for_owner(session, actor=actor, provider_id=provider_id)
    return form_page(
        request,
        "provider.html",
        actor,
        refusal,
        told=True,
        provider=provider,
        clinic=session.get(Clinic, provider.clinic_id),
        supervisor_options=_provider_options(
            [], providers.supervisors(session, clinic_id=provider.clinic_id, exclude=provider.id)
        ),
        form=form or providers.form_of(session, provider),
        credentials=CREDENTIALS,
        days=DAY_NAMES,
    )


@router.get("/owner/providers/{provider_id}", response_class=HTMLResponse)
def provider_page(provider_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _provider_page(request, session, actor, provider_id)


@router.post("/owner/providers/{provider_id}")
def edit_provider_form(
    provider_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    form: ProviderFormDep,
) -> Response:
    return saved_or_again(
        lambda: providers.save_provider(
            session, actor=actor, clinic_id=0, form=form, provider_id=provider_id
        ),
        lambda refusal: _provider_page(request, session, actor, provider_id, form=form, refusal=refusal),
        f"/owner/providers/{provider_id}",
        lambda provider: f"{provider.full_name} saved.",
    )


@router.post("/owner/providers/{provider_id}/active")
def provider_active_form(
    provider_id: int,
    session: SessionDep,
    actor: PageActor,
    active: Annotated[bool, Form()],
) -> Response:
    target = f"/owner/providers/{provider_id}"
    state = (
        "active again: the schedule offers them"
        if active
        else "deactivated: the schedule no longer offers them"
    )
    return saved_or_again(
        lambda: providers.set_provider_active(session, actor=actor, provider_id=provider_id, active=active),
        told_at(target),
        target,
        lambda provider: f"{provider.full_name} is {state}.",
    )


# Payers


def _payer_page(
    request: Request,
    session: Session,
    actor: Actor,
    payer: Payer,
    *,
    form: payers.PayerForm | None = None,
    failed: str = "",
    typed: dict[str, str] | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    schedules = [s for s in list_fee_schedules(session, actor=actor) if s["payer_id"] == payer.id]
    return form_page(
        request,
        "payer.html",
        actor,
        refusal,
        told=True,
        form_page=f"/owner/payers/{payer.id}",
        payer=payer,
        form=form or payers.form_of(payer),
        rules=payers.RULES,
        flags=payers.FLAGS,
        profiles=list(PROFILES),
        schedules=schedules,
        may_edit=may_change_everywhere(session, actor, Action.payer_write),
        may_price=may_change_everywhere(session, actor, Action.fee_schedule_write),
        today=today_for(session, actor),
        failed=failed,
        typed=typed or {},
    )


def _payer(session: Session, payer_id: int) -> Payer:
    payer = session.get(Payer, payer_id)
    if payer is None:
        raise NotFound(f"payer {payer_id} not found")
    return payer


@router.get("/owner/payers/{payer_id}", response_class=HTMLResponse)
def payer_page(payer_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _payer_page(request, session, actor, _payer(session, payer_id))


@router.post("/owner/payers/{payer_id}")
async def edit_payer_form(payer_id: int, request: Request, session: SessionDep, actor: PageActor) -> Response:
    """The payer's name, electronic id, profile and every rule (a box not ticked is 'no'). The form's
    fields are its rules' names, so it is read whole; the work runs off the event loop."""
    posted = await request.form()
    text = {k: str(v)[:200] for k, v in posted.items() if isinstance(v, str)}
    rules = {name: text.get(name, "false" if name in payers.FLAGS else "") for name in payers.RULES}
    form = payers.PayerForm(
        name=text.get("name", ""),
        profile=text.get("profile", ""),
        electronic_payer_id=text.get("electronic_payer_id", ""),
        rules=rules,
    )
    return await run_in_threadpool(_save_payer, request, session, actor, payer_id, form)


def _save_payer(
    request: Request, session: Session, actor: Actor, payer_id: int, form: payers.PayerForm
) -> Response:
    return saved_or_again(
        lambda: payers.save_payer(session, actor=actor, form=form, payer_id=payer_id),
        lambda refusal: _payer_page(
            request, session, actor, _payer(session, payer_id), form=form, failed="rules", refusal=refusal
        ),
        f"/owner/payers/{payer_id}",
        lambda payer: f"{payer.name}'s rules saved.",
    )


def _fee_change(
    request: Request,
    session: Session,
    actor: Actor,
    payer_id: int,
    failed: str,
    typed: dict[str, str],
    change: Callable[[], object],
) -> Response | None:
    """Run a fee schedule change; the page again with the refused fields, or None when it was saved."""
    try:
        change()
    except TherascribeError as error:
        return _refused(
            error,
            lambda refusal: _payer_page(
                request,
                session,
                actor,
                _payer(session, payer_id),
                failed=failed,
                typed=typed,
                refusal=refusal,
            ),
        )
    return None


@router.post("/owner/payers/{payer_id}/fee-schedules/{schedule_id}/lines")
def fee_line_form(
    payer_id: int,
    schedule_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    code: Annotated[str, Form(max_length=20)] = "",
    amount: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    """Add a code to the schedule, or change the amount of one it has."""
    refused = _fee_change(
        request,
        session,
        actor,
        payer_id,
        f"line-{schedule_id}",
        {"code": code, "amount": amount},
        lambda: payers.save_fee_line(
            session, actor=actor, payer_id=payer_id, schedule_id=schedule_id, code=code, amount=amount
        ),
    )
    label = " ".join(code.upper().split())
    return refused or redirect_to(
        f"/owner/payers/{payer_id}", done=f"{label} set to ${amount.strip().lstrip('$')}."
    )


@router.post("/owner/payers/{payer_id}/fee-schedules/{schedule_id}/lines/remove")
def remove_fee_line_form(
    payer_id: int,
    schedule_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    code: Annotated[str, Form(max_length=20)],
) -> Response:
    refused = _fee_change(
        request,
        session,
        actor,
        payer_id,
        f"line-{schedule_id}",
        {"code": code, "amount": ""},
        lambda: payers.remove_fee_line(
            session, actor=actor, payer_id=payer_id, schedule_id=schedule_id, code=code
        ),
    )
    return refused or redirect_to(f"/owner/payers/{payer_id}", done=f"{code.upper()} taken off the schedule.")


@router.post("/owner/payers/{payer_id}/fee-schedules/new")
def new_fee_schedule_form(
    payer_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    name: Annotated[str, Form(max_length=200)] = "",
    effective_from: Annotated[str, Form(max_length=20)] = "",
    code: Annotated[str, Form(max_length=20)] = "",
    amount: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    typed = {"name": name, "effective_from": effective_from, "code": code, "amount": amount}
    try:
        start = date.fromisoformat(effective_from.strip())
    except ValueError:
        return _payer_page(
            request,
            session,
            actor,
            _payer(session, payer_id),
            failed="new",
            typed=typed,
            refusal=Refused(
                "1 field to correct; nothing was saved", {"effective_from": "is a date like 2026-01-01"}
            ),
        )
    refused = _fee_change(
        request,
        session,
        actor,
        payer_id,
        "new",
        typed,
        lambda: payers.add_fee_schedule(
            session, actor=actor, payer_id=payer_id, name=name, effective_from=start, code=code, amount=amount
        ),
    )
    return refused or redirect_to(f"/owner/payers/{payer_id}", done=f"Fee schedule {name.strip()} added.")


# Appointment types


def _types_page(
    request: Request,
    session: Session,
    actor: Actor,
    *,
    form: types.TypeForm | None = None,
    clinic_id: int | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    by_clinic = types.list_for_owner(session, actor=actor)
    clinics = [c for c, _ in by_clinic]
    defaults = active_in(session, clinic_ids=[c.id or 0 for c in clinics])
    return form_page(
        request,
        "appointment_types.html",
        actor,
        refusal,
        told=True,
        by_clinic=by_clinic,
        **_clinic_choice(clinics, clinic_id),
        providers={p.id: p for p in defaults},
        provider_options=_provider_options(clinics, defaults),
        kind_options=[(k, k) for k in types.KINDS],
        form=form or types.TypeForm(),
    )


def _type_form(
    name: Text = "",
    discipline: Text = "",
    kind: Text = "",
    minutes: Text = "",
    group_capacity: Text = "",
    default_provider_id: Text = "",
) -> types.TypeForm:
    """The appointment type's form as typed, read alike by the add and the edit route."""
    return types.TypeForm(name, discipline, kind, minutes, group_capacity, default_provider_id)


TypeFormDep = Annotated[types.TypeForm, Depends(_type_form)]


@router.get("/owner/appointment-types", response_class=HTMLResponse)
def types_page(request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _types_page(request, session, actor)


@router.post("/owner/appointment-types")
def add_type_form(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    clinic_id: Annotated[int, Form()],
    form: TypeFormDep,
) -> Response:
    return saved_or_again(
        lambda: types.save_type(session, actor=actor, clinic_id=clinic_id, form=form),
        lambda refusal: _types_page(request, session, actor, form=form, clinic_id=clinic_id, refusal=refusal),
        "/owner/appointment-types",
        lambda saved: f"{saved.name} added.",
    )


@router.post("/owner/appointment-types/usual")
def usual_types_form(
    session: SessionDep,
    actor: PageActor,
    clinic_id: Annotated[int, Form()],
    discipline: Text,
) -> Response:
    return saved_or_again(
        lambda: types.add_usual_types(session, actor=actor, clinic_id=clinic_id, discipline=discipline),
        told_at("/owner/appointment-types"),
        "/owner/appointment-types",
        lambda added: (
            f"{added} usual {discipline} type{'s' * (added != 1)} added."
            if added
            else f"The clinic has every usual {discipline} type already."
        ),
    )


def _type_page(
    request: Request,
    session: Session,
    actor: Actor,
    type_id: int,
    *,
    form: types.TypeForm | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    kind = types.load_for_owner(session, actor=actor, type_id=type_id)
    return form_page(
        request,
        "appointment_type.html",
        actor,
        refusal,
        told=True,
        kind=kind,
        clinic=session.get(Clinic, kind.clinic_id),
        provider_options=_provider_options([], active_in(session, clinic_ids=[kind.clinic_id])),
        kind_options=[(k, k) for k in types.KINDS],
        form=form or types.form_of(kind),
    )


@router.get("/owner/appointment-types/{type_id}", response_class=HTMLResponse)
def type_page(type_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _type_page(request, session, actor, type_id)


@router.post("/owner/appointment-types/{type_id}")
def edit_type_form(
    type_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    form: TypeFormDep,
) -> Response:
    return saved_or_again(
        lambda: types.save_type(session, actor=actor, clinic_id=0, form=form, type_id=type_id),
        lambda refusal: _type_page(request, session, actor, type_id, form=form, refusal=refusal),
        f"/owner/appointment-types/{type_id}",
        lambda saved: f"{saved.name} saved.",
    )
