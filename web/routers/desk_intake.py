"""New-patient intake and edit at the front desk: demographics, then insurance, authorizations and
referrals added on the patient's page. Each write is the core service the API uses, as the logged-in
user; a refused form comes back filled in with the reason (never through the address bar: a name or a
birth date in a URL ends up in logs)."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from sqlmodel import Session, col, select

from core.access import require_anywhere
from core.actor import Actor
from core.authorizations import service as authorizations
from core.clinics.models import Clinic
from core.errors import TherascribeError
from core.money import parse_cents
from core.patients import service as patients
from core.patients.insurance import PolicyCreate, add_policy
from core.patients.schemas import PatientCreate, PatientUpdate
from core.permissions import Action
from core.referrals import service as referrals
from web.deps import PageActor, SessionDep
from web.routers.pages import redirect_to, refusal_text, render, shown_on_page

router = APIRouter(include_in_schema=False)
DEMOGRAPHICS = (
    "first_name",
    "last_name",
    "birth_date",
    "sex",
    "phone",
    "email",
    "address",
    "city",
    "state",
    "postal_code",
)
SEXES = (("F", "Female"), ("M", "Male"), ("X", "Another"), ("U", "Not given"))


def _clinics(session: Session, actor: Actor) -> list[Clinic]:
    ids = require_anywhere(session, actor, Action.patient_write)
    return list(session.exec(select(Clinic).where(col(Clinic.id).in_(ids)).order_by(col(Clinic.id))).all())


def _form(request: Request, actor: Actor, status: int = 200, **context: object) -> HTMLResponse:
    return render(
        request, "patient_form.html", actor, status=status, sexes=SEXES, key=uuid.uuid4().hex, **context
    )


@router.get("/patients/new", response_class=HTMLResponse)
def intake_page(request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _form(request, actor, clinics=_clinics(session, actor), values={}, patient=None)


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
def intake_form(request: Request, session: SessionDep, actor: PageActor, values: Typed) -> Response:
    clinics = _clinics(session, actor)
    try:
        data = PatientCreate.model_validate({**values, "clinic_id": values["clinic_id"] or clinics[0].id})
        created = patients.create(session, actor=actor, data=data)
    except (TherascribeError, ValidationError) as error:
        if not shown_on_page(error):
            raise
        existing = error.extra.get("existing_id") if isinstance(error, TherascribeError) else None
        return _form(
            request,
            actor,
            status=422,
            clinics=clinics,
            values=values,
            patient=None,
            error=refusal_text(error),
            existing=existing,
        )
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
        if not shown_on_page(error):
            raise
        patient = patients.get(session, actor=actor, patient_id=patient_id)
        return _form(
            request, actor, status=422, clinics=[], values=values, patient=patient, error=refusal_text(error)
        )
    return redirect_to(f"/patients/{patient_id}", done="Details saved.")


def _refused(patient_id: int, error: TherascribeError | ValidationError) -> Response:
    if not shown_on_page(error):
        raise error
    return redirect_to(f"/patients/{patient_id}", error=refusal_text(error))


@router.post("/patients/{patient_id}/insurance/new")
def insurance_form(
    patient_id: int,
    session: SessionDep,
    actor: PageActor,
    payer_id: Annotated[int, Form()],
    member_id: Annotated[str, Form()],
    effective_from: Annotated[date, Form()],
    priority: Annotated[int, Form()] = 1,
    group_number: Annotated[str, Form()] = "",
    copay: Annotated[str, Form()] = "",
) -> Response:
    try:
        cents = parse_cents(copay) if copay.strip() else 0
    except ValueError as error:
        return redirect_to(f"/patients/{patient_id}", error=f"copay: {error}")
    try:
        add_policy(
            session,
            actor=actor,
            patient_id=patient_id,
            data=PolicyCreate(
                payer_id=payer_id,
                priority=priority,
                member_id=member_id,
                group_number=group_number,
                effective_from=effective_from,
                copay_cents=cents,
            ),
        )
    except (TherascribeError, ValidationError) as error:
        return _refused(patient_id, error)
    return redirect_to(f"/patients/{patient_id}", done="Insurance added.")


@router.post("/patients/{patient_id}/authorizations/new")
def authorization_form(
    patient_id: int,
    session: SessionDep,
    actor: PageActor,
    payer_id: Annotated[int, Form()],
    discipline: Annotated[str, Form()],
    start_date: Annotated[date, Form()],
    end_date: Annotated[date, Form()],
    visits_approved: Annotated[int, Form()],
    number: Annotated[str, Form()] = "",
) -> Response:
    try:
        authorizations.add(
            session,
            actor=actor,
            patient_id=patient_id,
            data=authorizations.AuthorizationCreate(
                payer_id=payer_id,
                discipline=discipline,
                number=number,
                start_date=start_date,
                end_date=end_date,
                visits_approved=visits_approved,
            ),
        )
    except (TherascribeError, ValidationError) as error:
        return _refused(patient_id, error)
    return redirect_to(f"/patients/{patient_id}", done="Authorization added.")


@router.post("/patients/{patient_id}/referrals/new")
def referral_form(
    patient_id: int,
    session: SessionDep,
    actor: PageActor,
    discipline: Annotated[str, Form()],
    physician_name: Annotated[str, Form()],
    received_on: Annotated[date, Form()],
    physician_npi: Annotated[str, Form()] = "",
) -> Response:
    try:
        referrals.add(
            session,
            actor=actor,
            patient_id=patient_id,
            data=referrals.ReferralCreate(
                discipline=discipline,
                physician_name=physician_name,
                physician_npi=physician_npi,
                received_on=received_on,
            ),
        )
    except (TherascribeError, ValidationError) as error:
        return _refused(patient_id, error)
    return redirect_to(f"/patients/{patient_id}", done="Referral added.")


@router.get("/authorizations/{authorization_id}/edit", response_class=HTMLResponse)
def authorization_edit_page(
    authorization_id: int, request: Request, session: SessionDep, actor: PageActor
) -> HTMLResponse:
    auth = authorizations.get(session, actor=actor, authorization_id=authorization_id)
    return render(
        request,
        "authorization_form.html",
        actor,
        auth=auth,
        key=uuid.uuid4().hex,
        error=request.query_params.get("error", ""),
    )


@router.post("/authorizations/{authorization_id}/edit")
def authorization_edit_form(
    authorization_id: int,
    session: SessionDep,
    actor: PageActor,
    number: Annotated[str, Form()],
    start_date: Annotated[date, Form()],
    end_date: Annotated[date, Form()],
    visits_approved: Annotated[int, Form()],
) -> Response:
    try:
        auth = authorizations.update(
            session,
            actor=actor,
            authorization_id=authorization_id,
            data=authorizations.AuthorizationUpdate(
                number=number, start_date=start_date, end_date=end_date, visits_approved=visits_approved
            ),
        )
    except (TherascribeError, ValidationError) as error:
        if not shown_on_page(error):
            raise
        return redirect_to(f"/authorizations/{authorization_id}/edit", error=refusal_text(error))
    return redirect_to(f"/patients/{auth.patient_id}", done="Authorization saved.")
