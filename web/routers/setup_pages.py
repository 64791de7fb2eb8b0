"""The first-run setup page: while the database holds no clinic, the person at the server's own machine
sets up the clinic (with its reminders), its first owner, providers, payers with fee schedules and
appointment types, as `therascribe init` does (the same core service, core/clinics/setup.py; the
boxes' lines read by core/clinics/setup_text.py, as `init --ask` reads its answers). Once a clinic
exists the page is gone: owners change things on their pages (/owner/providers, /owner/payers,
/owner/appointment-types), and nobody on the network can claim an installation already in use.

Only from the machine itself (a loopback address): until the first owner exists, whoever fills the
form becomes the owner."""

import ipaddress
from datetime import date
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session, select

from core.actor import Actor
from core.clinics.models import Clinic
from core.clinics.setup import apply_setup, parse_spec
from core.clinics.setup_text import providers_of, reminders_of, types_of, with_fees
from core.errors import Forbidden, Invalid, NotFound, TherascribeError
from core.payers.profiles import PROFILES
from core.words import counted
from web.deps import SessionDep, client_address
from web.routers.pages import render

router = APIRouter(include_in_schema=False)


def _same_origin(request: Request) -> None:
    """The form comes from this page: another site open in the same machine's browser could otherwise
    post it to 127.0.0.1 and make its own owner (no session cookie yet, so the app-wide origin check,
    web/same_origin.py, does not cover it)."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if source is not None and urlsplit(source).netloc.lower() != request.headers.get("host", "").lower():
        raise Forbidden("the setup form is taken only from this server's own page")


def _first_run(request: Request, session: Session) -> None:
    """NotFound once any clinic exists, or when asked from another machine."""
    try:
        local = ipaddress.ip_address(client_address(request)).is_loopback
    except ValueError:
        local = False
    if session.exec(select(Clinic.id)).first() is not None or not local:
        raise NotFound("there is no setup page: the clinic is set up (or ask from the server's own machine)")


@router.get("/setup", response_class=HTMLResponse)
def setup_page(request: Request, session: SessionDep) -> HTMLResponse:
    _first_run(request, session)
    today = date.today()
    return render(
        request, "setup.html", None, profiles=list(PROFILES), form={"fees_from": f"{today.year}-01-01"}
    )


@router.post("/setup")
def setup_form(
    request: Request,
    session: SessionDep,
    clinic: Annotated[str, Form()],
    timezone: Annotated[str, Form()],
    owner_email: Annotated[str, Form()],
    owner_name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    address: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    npi: Annotated[str, Form()] = "",
    tax_id: Annotated[str, Form()] = "",
    providers: Annotated[str, Form()] = "",
    medicare: Annotated[str, Form()] = "",
    medicaid: Annotated[str, Form()] = "",
    commercial: Annotated[str, Form()] = "",
    reminders: Annotated[str, Form()] = "",
    fees: Annotated[str, Form()] = "",
    fees_from: Annotated[str, Form()] = "",
    types: Annotated[str, Form()] = "",
) -> Response:
    _first_run(request, session)
    _same_origin(request)
    form = {
        "clinic": clinic,
        "timezone": timezone,
        "address": address,
        "phone": phone,
        "npi": npi,
        "tax_id": tax_id,
        "owner_email": owner_email,
        "owner_name": owner_name,
        "providers": providers,
        "medicare": medicare,
        "medicaid": medicaid,
        "commercial": commercial,
        "reminders": reminders,
        "fees": fees,
        "fees_from": fees_from,
        "types": types,
    }
    payers = [
        {"name": name.strip(), "profile": profile}
        for profile, names in (("medicare", medicare), ("medicaid", medicaid), ("commercial", commercial))
        for name in names.split(";")
        if name.strip()
    ]
    data = {
        "clinics": [
            {
                "name": clinic,
                "timezone": timezone,
                "address": address,
                "phone": phone,
                "npi": npi or None,
                "tax_id": tax_id or None,
                **({"reminders": reminders_of(reminders)} if reminders.strip() else {}),
            }
        ],
        "owner": {"email": owner_email, "full_name": owner_name},
        "providers": providers_of(providers),
        "payers": payers,
        # Left empty, each discipline of the providers gets its usual types.
        **({"appointment_types": types_of(types)} if types.strip() else {}),
    }
    try:
        text_problems = []
        if fees.strip():
            try:
                start = date.fromisoformat(fees_from.strip())
            except ValueError:
                start = date.today()
                text_problems.append("fees: the day they are in effect from is a date like 2026-01-01")
            text_problems += with_fees(payers, fees, start)
        try:
            spec = parse_spec(data)
        except Invalid as error:
            problems = [*text_problems, *error.problems]
            raise Invalid(
                f"{counted(len(problems), 'problem')} in the setup; nothing was written", problems=problems
            ) from None
        if text_problems:
            raise Invalid(
                f"{counted(len(text_problems), 'problem')} in the setup; nothing was written",
                problems=text_problems,
            )
        apply_setup(
            session,
            actor=Actor(user_id=0, email="setup@localhost", client_address=client_address(request)),
            spec=spec,
            owner_password=password,
        )
    except TherascribeError as error:
        if error.status == 404:
            raise
        return render(
            request,
            "setup.html",
            None,
            status=error.status,
            error=error.detail,
            problems=error.problems,
            profiles=list(PROFILES),
            form=form,
        )
    return RedirectResponse("/login?next=/", status_code=303)
