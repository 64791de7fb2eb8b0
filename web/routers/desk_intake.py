"""New-patient intake and edit at the front desk: demographics, then insurance, authorizations and
referrals added on the patient's page. Each write is the core service the API uses, as the logged-in
user; a refused form comes back filled in with the reason (never through the address bar: a name or a
birth date in a URL ends up in logs)."""

import re
import uuid
from collections.abc import Callable
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from sqlmodel import Session, col, select

from core.access import require_anywhere
from core.actor import Actor
from core.authorizations import service as authorizations
from core.authorizations.renewal import renewal_values
from core.clinics.models import Clinic
from core.errors import Forbidden, NotFound, TherascribeError
from core.money import parse_cents
from core.patients import service as patients
from core.patients.insurance import PolicyCreate, SubscriberUpdate, add_policy, policy_to_edit, set_subscriber
from core.patients.models import DEMOGRAPHICS
from core.patients.schemas import PatientCreate, PatientRead, PatientUpdate
from core.payers.models import Payer
from core.payers.service import payer_name
from core.permissions import Action, allowed
from core.providers.models import Provider
from core.referrals import service as referrals
from web.deps import PageActor, SessionDep
from web.form_refusal import Refused, form_page, refused
from web.routers.desk_pages import authorization_badges
from web.routers.pages import redirect_to, today_for

router = APIRouter(include_in_schema=False)
SEXES = (("F", "Female"), ("M", "Male"), ("X", "Another"), ("U", "Not given"))


def _clinics(session: Session, actor: Actor) -> list[Clinic]:
    ids = require_anywhere(session, actor, Action.patient_write)
    return list(session.exec(select(Clinic).where(col(Clinic.id).in_(ids)).order_by(col(Clinic.id))).all())


def _form(
    request: Request,
    actor: Actor,
    refusal: Refused | None = None,
    *,
    clinics: list[Clinic],
    values: dict[str, str],
    patient: PatientRead | None,
    existing: object = None,
    book: dict[str, str] | None = None,
) -> HTMLResponse:
    """The patient's demographics form (`existing`: the patient a refused intake would duplicate;
    `book`: the booking time the intake came from, to go back to with the patient)."""
    return form_page(
        request,
        "patient_form.html",
        actor,
        refusal,
        sexes=SEXES,
        key=uuid.uuid4().hex,
        clinics=clinics,
        values=values,
        patient=patient,
        existing=existing,
        book=book or {},
    )


_HH_MM = re.compile(r"^\d{2}:\d{2}$")


def _booking_time(provider: int | None, day: date | None, time: str) -> dict[str, str]:
    """The booking page's time an intake came from (provider, day, HH:MM), or {} where it names none:
    typed values only, so the way back cannot be made to lead anywhere else."""
    if provider is None or day is None:
        return {}
    return {
        "provider": str(provider),
        "day": day.isoformat(),
        **({"time": time} if _HH_MM.match(time) else {}),
    }


def _for_clinic_of(
    session: Session, book: dict[str, str], clinics: list[Clinic]
) -> tuple[dict[str, str], str]:
    """The way back and the clinic the patient is added at: the slot's provider's clinic, where the user may
    add patients there; a slot at any other clinic (or no provider) leads nowhere back: ({}, "")."""
    if not book:
        return {}, ""
    provider = session.get(Provider, int(book["provider"])) if int(book["provider"]) < 2**31 else None
    if provider is None or provider.clinic_id not in {c.id for c in clinics}:
        return {}, ""
    return book, str(provider.clinic_id)


@router.get("/patients/new", response_class=HTMLResponse)
def intake_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    provider: int | None = None,
    day: date | None = None,
    time: str = "",
) -> HTMLResponse:
    """A new patient; from the booking page (`provider`, `day`, `time`), back to it with them chosen."""
    clinics = _clinics(session, actor)
    book, clinic = _for_clinic_of(session, _booking_time(provider, day, time), clinics)
    values = {"clinic_id": clinic} if clinic else {}
    return _form(request, actor, clinics=clinics, values=values, patient=None, book=book)


def _typed(
    first_name: Annotated[str, Form()] = "",
    last_name: Annotated[str, Form()] = "",
    birth_date: Annotated[str, Form()] = "",
    sex: Annotated[str, Form()] = "U",
    phone: Annotated[str, Form()] = "",
    email: Annotated[str, Form()] = "",
    address: Annotated[str, Form()] = "",
    city: Annotated[str, Form()] = "",
    state: Annotated[str, Form()] = "",
    postal_code: Annotated[str, Form()] = "",
    clinic_id: Annotated[str, Form()] = "",
) -> dict[str, str]:
    """The demographics as typed (checked by core's schema, and given back as typed when refused)."""
    return {name: value.strip() for name, value in locals().items()}


Typed = Annotated[dict[str, str], Depends(_typed)]


@router.post("/patients/new")
def intake_form(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    values: Typed,
    book_provider: Annotated[int | None, Form()] = None,
    book_day: Annotated[date | None, Form()] = None,
    book_time: Annotated[str, Form(max_length=5)] = "",
) -> Response:
    clinics = _clinics(session, actor)
    book, clinic = _for_clinic_of(session, _booking_time(book_provider, book_day, book_time), clinics)
    try:
        data = PatientCreate.model_validate(
            {**values, "clinic_id": values["clinic_id"] or clinic or clinics[0].id}
        )
        created = patients.create(session, actor=actor, data=data)
    except (TherascribeError, ValidationError) as error:
        refusal = refused(error)
        existing = error.extra.get("existing_id") if isinstance(error, TherascribeError) else None
        return _form(
            request,
            actor,
            refusal,
            clinics=clinics,
            values=values,
            patient=None,
            existing=existing,
            book=book,
        )
    if book and clinic == str(created.clinic_id):
        # added while booking: back to that time, the patient chosen (never to a slot at another clinic,
        # where the booking would be refused)
        return redirect_to("/schedule/book", **book, patient=str(created.id))
    return redirect_to(
        f"/patients/{created.id}", done="Patient added. Add the insurance and authorization below."
    )


@router.get("/patients/{patient_id}/edit", response_class=HTMLResponse)
def edit_page(patient_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    patient = patients.get(session, actor=actor, patient_id=patient_id)
    values = {name: str(getattr(patient, name)) for name in DEMOGRAPHICS}
    return _form(request, actor, clinics=[], values=values, patient=patient)


@router.post("/patients/{patient_id}/edit")
def edit_form(
    patient_id: int, request: Request, session: SessionDep, actor: PageActor, values: Typed
) -> Response:
    try:
        changes = {k: v for k, v in values.items() if k != "clinic_id"}
        patients.update(
            session, actor=actor, patient_id=patient_id, data=PatientUpdate.model_validate(changes)
        )
    except (TherascribeError, ValidationError) as error:
        refusal = refused(error)
        patient = patients.get(session, actor=actor, patient_id=patient_id)
        return _form(request, actor, refusal, clinics=[], values=values, patient=patient)
    return redirect_to(f"/patients/{patient_id}", done="Details saved.")


# The insurance, authorization and referral forms: empty on the patient's page; on their own page
# (record_forms.html) when refused, filled in as typed with each problem by its field.
RECORD_TITLES = {
    "insurance": "Add insurance",
    "authorization": "Add an authorization",
    "referral": "Add a referral",
}
RECORD_DONE = {"insurance": "Insurance", "authorization": "Authorization", "referral": "Referral"}


def _record_page(
    request: Request,
    session: Session,
    actor: Actor,
    patient_id: int,
    kind: str,
    *,
    values: dict[str, str] | None = None,
    refusal: Refused | None = None,
    renewing: dict | None = None,
) -> HTMLResponse:
    patient = patients.get(session, actor=actor, patient_id=patient_id)
    action = {"insurance": Action.insurance_write, "authorization": Action.authorization_write}.get(
        kind, Action.patient_write
    )
    if not allowed(actor.roles, action, patient.clinic_id):
        raise Forbidden(f"your role may not add {'an ' if kind == 'authorization' else ''}{kind} here")
    payer_list = sorted(((p.id, p.name) for p in session.exec(select(Payer)).all()), key=lambda item: item[1])
    return form_page(
        request,
        "patient_record.html",
        actor,
        refusal,
        kind=kind,
        title=RECORD_TITLES[kind] if not renewing else "Renew an authorization",
        patient=patient,
        payer_list=payer_list,
        key=uuid.uuid4().hex,
        values=values or {},
        renewing=renewing,
        may_correct=allowed(actor.roles, Action.authorization_write, patient.clinic_id),
    )


@router.get("/patients/{patient_id}/insurance/new", response_class=HTMLResponse)
def insurance_page(patient_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _record_page(request, session, actor, patient_id, "insurance")


@router.get("/patients/{patient_id}/referrals/new", response_class=HTMLResponse)
def referral_page(patient_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _record_page(request, session, actor, patient_id, "referral")


def _running_out(session: Session, actor: Actor, patient_id: int, authorization_id: int) -> dict:
    """The patient's authorization being renewed, as the patient's page shows it (visits left, end)."""
    today = today_for(session, actor)
    badges = authorization_badges(session, actor, patient_id, today)
    old = next((b for b in badges if b["id"] == authorization_id), None)
    if old is None:
        raise NotFound("that authorization is not this patient's")
    return old


@router.get("/patients/{patient_id}/authorizations/new", response_class=HTMLResponse)
def authorization_page(
    patient_id: int, request: Request, session: SessionDep, actor: PageActor, renew: int | None = None
) -> HTMLResponse:
    """A new authorization; `renew` names the one running out (the alert's link), whose payer and
    discipline the form starts from."""
    renewing, values = None, {}
    if renew is not None:
        renewing = _running_out(session, actor, patient_id, renew)
        values = {
            **renewal_values(
                payer_id=renewing["payer_id"],
                discipline=renewing["discipline"],
                old_end=renewing["end"],
                visits_left=renewing["left"],
                today=today_for(session, actor),
            ),
            "renew": str(renew),
        }
    return _record_page(
        request, session, actor, patient_id, "authorization", values=values, renewing=renewing
    )


def _record_added(
    request: Request,
    session: Session,
    actor: Actor,
    patient_id: int,
    kind: str,
    values: dict[str, str],
    add: Callable[[], object],
    *,
    whole: str = "",
    renewing: Callable[[], dict | None] = lambda: None,
) -> Response:
    """A policy, an authorization or a referral added (`add`, core's write) and the patient's page
    saying so; refused, its form again as typed with the reason by each field (`whole`: the field a
    refusal of the whole record stands by; `renewing`: the authorization the form renews, if any)."""
    try:
        add()
    except (TherascribeError, ValidationError) as error:
        refusal = refused(error, whole=whole)
        return _record_page(
            request, session, actor, patient_id, kind, values=values, refusal=refusal, renewing=renewing()
        )
    return redirect_to(f"/patients/{patient_id}", done=f"{RECORD_DONE[kind]} added.")


Field = Annotated[str, Form(max_length=200)]


@router.post("/patients/{patient_id}/insurance/new")
def insurance_form(
    patient_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    payer_id: Field = "",
    member_id: Field = "",
    effective_from: Field = "",
    priority: Field = "1",
    group_number: Field = "",
    copay: Field = "",
    relationship_to_subscriber: Field = "self",
    subscriber_name: Field = "",
) -> Response:
    values = {k: v.strip() for k, v in locals().items() if isinstance(v, str)}
    try:
        cents = parse_cents(copay) if copay.strip() else 0
    except ValueError as error:
        refusal = Refused(f"copay: {error}", {"copay": str(error)})
        return _record_page(request, session, actor, patient_id, "insurance", values=values, refusal=refusal)
    terms = {
        "payer_id": payer_id,
        "priority": priority,
        "member_id": member_id,
        "group_number": group_number,
        "effective_from": effective_from,
        "copay_cents": cents,
        "relationship_to_subscriber": relationship_to_subscriber,
        "subscriber_name": subscriber_name,
    }

    def add() -> object:
        return add_policy(
            session, actor=actor, patient_id=patient_id, data=PolicyCreate.model_validate(terms)
        )

    return _record_added(request, session, actor, patient_id, "insurance", values, add)


@router.post("/patients/{patient_id}/authorizations/new")
def authorization_form(
    patient_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    payer_id: Field = "",
    discipline: Field = "",
    start_date: Field = "",
    end_date: Field = "",
    visits_approved: Field = "",
    number: Field = "",
    renew: Field = "",
) -> Response:
    values = {k: v.strip() for k, v in locals().items() if isinstance(v, str)}
    terms = {
        k: values[k]
        for k in ("payer_id", "discipline", "number", "start_date", "end_date", "visits_approved")
    }

    def add() -> object:
        data = authorizations.AuthorizationCreate.model_validate(terms)
        return authorizations.add(session, actor=actor, patient_id=patient_id, data=data)

    def renewing() -> dict | None:
        return _running_out(session, actor, patient_id, int(renew)) if renew.isdigit() else None

    return _record_added(
        request, session, actor, patient_id, "authorization", values, add, whole="end_date", renewing=renewing
    )


@router.post("/patients/{patient_id}/referrals/new")
def referral_form(
    patient_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    discipline: Field = "",
    physician_name: Field = "",
    received_on: Field = "",
    physician_npi: Field = "",
) -> Response:
    values = {k: v.strip() for k, v in locals().items() if isinstance(v, str)}
    terms = {k: values[k] for k in ("discipline", "physician_name", "physician_npi", "received_on")}

    def add() -> object:
        data = referrals.ReferralCreate.model_validate(terms)
        return referrals.add(session, actor=actor, patient_id=patient_id, data=data)

    return _record_added(request, session, actor, patient_id, "referral", values, add)


def _authorization_edit(
    request: Request,
    session: Session,
    actor: Actor,
    authorization_id: int,
    values: dict[str, str] | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    auth = authorizations.get(session, actor=actor, authorization_id=authorization_id)
    shown = values or {
        "number": auth.number,
        "start_date": auth.start_date.isoformat(),
        "end_date": auth.end_date.isoformat(),
        "visits_approved": str(auth.visits_approved),
    }
    return form_page(
        request, "authorization_form.html", actor, refusal, auth=auth, key=uuid.uuid4().hex, values=shown
    )


@router.get("/authorizations/{authorization_id}/edit", response_class=HTMLResponse)
def authorization_edit_page(
    authorization_id: int, request: Request, session: SessionDep, actor: PageActor
) -> HTMLResponse:
    return _authorization_edit(request, session, actor, authorization_id)


@router.post("/authorizations/{authorization_id}/edit")
def authorization_edit_form(
    authorization_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    number: Field = "",
    start_date: Field = "",
    end_date: Field = "",
    visits_approved: Field = "",
) -> Response:
    values = {k: v.strip() for k, v in locals().items() if isinstance(v, str)}
    try:
        auth = authorizations.update(
            session,
            actor=actor,
            authorization_id=authorization_id,
            data=authorizations.AuthorizationUpdate.model_validate(values),
        )
    except (TherascribeError, ValidationError) as error:
        refusal = refused(error, whole="end_date")
        return _authorization_edit(request, session, actor, authorization_id, values, refusal)
    return redirect_to(f"/patients/{auth.patient_id}", done="Authorization saved.")


def _subscriber_page(
    request: Request,
    session: Session,
    actor: Actor,
    policy_id: int,
    values: dict[str, str] | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    policy = policy_to_edit(session, actor=actor, policy_id=policy_id)
    shown = values or {
        "relationship_to_subscriber": policy.relationship_to_subscriber or "self",
        "subscriber_name": policy.subscriber_name,
    }
    return form_page(
        request,
        "insurance_subscriber.html",
        actor,
        refusal,
        policy=policy,
        payer=payer_name(session, policy.payer_id),
        key=uuid.uuid4().hex,
        values=shown,
    )


@router.get("/insurance/{policy_id}/subscriber", response_class=HTMLResponse)
def subscriber_page(policy_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    """Whose plan a policy is, corrected after intake (a spouse's plan entered as the patient's own)."""
    return _subscriber_page(request, session, actor, policy_id)


@router.post("/insurance/{policy_id}/subscriber")
def subscriber_form(
    policy_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    relationship_to_subscriber: Field = "self",
    subscriber_name: Field = "",
) -> Response:
    values = {"relationship_to_subscriber": relationship_to_subscriber, "subscriber_name": subscriber_name}
    try:
        policy = set_subscriber(
            session, actor=actor, policy_id=policy_id, data=SubscriberUpdate.model_validate(values)
        )
    except (TherascribeError, ValidationError) as error:
        return _subscriber_page(
            request, session, actor, policy_id, values, refused(error, whole="subscriber_name")
        )
    return redirect_to(f"/patients/{policy.patient_id}", done="Subscriber saved.")
