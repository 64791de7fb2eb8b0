"""The front desk's pages: the calendar (day and week per provider, with open slots), an appointment's
check-in, cancel and reschedule, patient search and profile with insurance and authorization badges,
and the assistant's chat panel.

Every read and write goes through the same core services as the API, as the logged-in user, so the
role matrix and the audit log hold here as there. Forms post and redirect back (no JavaScript needed);
only the chat panel is a script.
"""

import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Annotated
from urllib.parse import parse_qsl, urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlmodel import Session, select

from core.access import require_anywhere
from core.actor import Actor
from core.authorizations.counts import visits_left
from core.billing.copays import TAKEN_AT, CopayIn, collect_copay, copay_at_desk
from core.billing.ledger import METHODS
from core.billing.service import balance as patient_balance
from core.billing.service import bills_owed
from core.enums import AppointmentStatus
from core.errors import Invalid, TherascribeError
from core.money import parse_cents
from core.notes import service as notes
from core.paging import page_count
from core.patients import service as patients
from core.payers.models import Payer
from core.permissions import Action, allowed, clinics_where
from core.providers.models import Provider
from core.providers.service import active_in, provider_of
from core.records.service import list_for_patient
from core.referrals import service as referrals
from core.scheduling import booking, flows, waitlist
from core.scheduling.availability import SlotQuery
from core.scheduling.availability import search as open_slots
from core.scheduling.calendar import clinic_zone, day_schedule, list_types
from core.scheduling.models import AppointmentType
from core.scheduling.offers import open_offers
from core.scheduling.rules import (
    WHO_CANCELLED_UNSAID,
    may_check_in,
    may_mark_no_show,
    may_undo_check_in,
    may_undo_no_show,
    who_cancelled,
)
from core.timeutil import as_utc, in_clinic_words, utcnow, weekday_words
from core.words import dollars
from web.deps import PageActor, SessionDep
from web.routers.pages import redirect_to, refusal_text, render, shown_on_page, today_for

router = APIRouter(include_in_schema=False)
WEEK_DAYS = 5


def _providers(session: Session, actor: Actor) -> list[Provider]:
    return active_in(session, clinic_ids=require_anywhere(session, actor, Action.appointment_read))


def _types_for(session: Session, actor: Actor, provider: Provider) -> list[AppointmentType]:
    kinds = list_types(session, actor=actor, clinic_id=provider.clinic_id)
    return [k for k in kinds if k.discipline == provider.discipline] or kinds


def _slots(
    session: Session,
    actor: Actor,
    kind: AppointmentType,
    provider_id: int,
    first: date,
    last: date,
    limit: int = 200,
) -> dict[date, list]:
    query = SlotQuery(
        appointment_type_id=kind.id or 0, date_from=first, date_to=last, provider_id=provider_id, limit=limit
    )
    by_day: dict[date, list] = {}
    for slot in open_slots(session, actor=actor, query=query):
        by_day.setdefault(date.fromisoformat(slot.local_start[:10]), []).append(slot)
    return by_day


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@router.get("/calendar", response_class=HTMLResponse)
def calendar_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    provider: int | None = None,
    day: date | None = None,
    view: str = "day",
    type: int | None = None,  # noqa: A002 - the query parameter people see in the address
) -> HTMLResponse:
    """One provider's day or working week: booked visits with their actions, and the open slots."""
    providers = _providers(session, actor)
    if not providers:
        return render(request, "calendar.html", actor, providers=[], days=[], view=view, day=day)
    chosen = next((p for p in providers if p.id == provider), None) or next(
        (p for p in providers if p.id in actor.provider_ids), providers[0]
    )
    day = day or today_for(session, actor)
    view = "week" if view == "week" else "day"
    first = _week_start(day) if view == "week" else day
    span = [first + timedelta(days=i) for i in range(WEEK_DAYS if view == "week" else 1)]
    kinds = _types_for(session, actor, chosen)
    kind = next((k for k in kinds if k.id == type), None) or (kinds[0] if kinds else None)
    slots = _slots(session, actor, kind, chosen.id or 0, span[0], span[-1]) if kind else {}
    zone = clinic_zone(session, chosen.clinic_id)
    visits: dict[date, list[dict]] = {}
    for a, name, _, kind_name in day_schedule(
        session, actor=actor, day=span[0], days=len(span), provider_id=chosen.id
    ):
        starts = as_utc(a.starts_at).astimezone(zone)
        visits.setdefault(starts.date(), []).append(
            {
                "id": a.id,
                "time": starts.time(),
                "end": as_utc(a.ends_at).astimezone(zone).time(),
                "patient": name,
                "patient_id": a.patient_id,
                "kind": kind_name,
                "status": a.status,
            }
        )
    days = [
        {
            "day": each,
            "visits": visits.get(each, []),
            "open": [datetime.fromisoformat(s.local_start).time() for s in slots.get(each, [])],
        }
        for each in span
    ]
    step = timedelta(days=7 if view == "week" else 1)
    return render(
        request,
        "calendar.html",
        actor,
        providers=providers,
        chosen=chosen,
        kinds=kinds,
        kind=kind,
        view=view,
        day=day,
        days=days,
        today=today_for(session, actor),
        earlier=(day - step).isoformat(),
        later=(day + step).isoformat(),
        message=request.query_params.get("done", ""),
    )


def _appointment_context(session: Session, actor: Actor, appointment_id: int) -> dict:
    appointment = booking.load(session, appointment_id)
    patient = patients.get(session, actor=actor, patient_id=appointment.patient_id)
    provider = provider_of(session, appointment.provider_id)
    kind = session.get(AppointmentType, appointment.appointment_type_id)
    zone = clinic_zone(session, appointment.clinic_id)
    local = as_utc(appointment.starts_at).astimezone(zone)
    return {
        "appointment": appointment,
        "patient": patient,
        "provider": provider,
        "kind": kind,
        "local": local,
        "zone": zone,
    }


@router.get("/appointments/{appointment_id}", response_class=HTMLResponse)
def appointment_page(
    appointment_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    day: date | None = None,
) -> HTMLResponse:
    """One appointment: check in, cancel with a reason, or move it to an open slot."""
    context = _appointment_context(session, actor, appointment_id)
    appointment, kind = context["appointment"], context["kind"]
    slots: list = []
    first = day or max(context["local"].date(), today_for(session, actor))
    if appointment.status == AppointmentStatus.booked and kind is not None:
        found = _slots(
            session, actor, kind, appointment.provider_id, first, first + timedelta(days=6), limit=500
        )
        for n, slot in enumerate((s for each in sorted(found) for s in found[each]), 1):
            label = weekday_words(date.fromisoformat(slot.local_start[:10]))
            if not slots or slots[-1]["day"] != label:
                slots.append({"day": label, "times": []})
            slots[-1]["times"].append(
                {
                    "n": n,
                    "local_start": slot.local_start,
                    "time": datetime.fromisoformat(slot.local_start).time(),
                }
            )
    return render(
        request,
        "appointment.html",
        actor,
        slots=slots,
        first=first,
        today=today_for(session, actor),
        later=(first + timedelta(days=7)).isoformat(),
        error=request.query_params.get("error", ""),
        message=request.query_params.get("done", ""),
        warned=request.query_params.get("warned", ""),
        standing=booking.authorization_standing(session, actor=actor, appointment_id=appointment_id)
        if allowed(actor.roles, Action.authorization_read, appointment.clinic_id)
        else None,
        may_check_in=may_check_in(appointment.status, context["local"].date(), today_for(session, actor)),
        may_no_show=may_mark_no_show(appointment.status, as_utc(appointment.starts_at), utcnow()),
        may_undo_no_show=allowed(actor.roles, Action.appointment_write, appointment.clinic_id)
        and may_undo_no_show(appointment.status, documented=False),
        may_undo_check_in=allowed(actor.roles, Action.appointment_write, appointment.clinic_id)
        and may_undo_check_in(appointment.status, documented=False),
        may_arrive=context["local"].date() == today_for(session, actor),
        copay=copay_at_desk(session, actor=actor, appointment_id=appointment_id)
        if appointment.status in TAKEN_AT
        and allowed(actor.roles, Action.copay_collect, appointment.clinic_id)
        else None,
        # what the patient owes, beside the copay at check-in (#20, trial 51: no balance at check-in), bill
        # by bill: what to collect from earlier visits (charges and insurance amounts only with claim.read)
        owed=bills_owed(session, actor=actor, patient_id=appointment.patient_id)
        if appointment.status in TAKEN_AT and allowed(actor.roles, Action.balance_read, appointment.clinic_id)
        else None,
        methods=METHODS,
        key=uuid.uuid4().hex,
        # the visit's note, for those who may read notes (the service gives nobody else one)
        note=notes.of_appointments(session, actor=actor, appointment_ids=[appointment_id]).get(appointment_id)
        if appointment.status in (AppointmentStatus.checked_in, AppointmentStatus.completed)
        else None,
        **context,
    )


def _back(appointment_id: int, **query: str) -> RedirectResponse:
    return redirect_to(f"/appointments/{appointment_id}", **query)


@router.post("/appointments/{appointment_id}/copay")
def copay_form(
    appointment_id: int,
    session: SessionDep,
    actor: PageActor,
    amount: Annotated[str, Form(max_length=20)],
    method: Annotated[str, Form(max_length=10)] = "card",
    reference: Annotated[str, Form(max_length=20)] = "",
    idempotency_key: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """The copay taken at check-in: recorded as the patient's payment, back on the visit's page. The
    form's key (web/idempotency.py, and core's request key) makes a double click one payment."""
    try:
        cents = parse_cents(amount)
        taken = collect_copay(
            session,
            actor=actor,
            appointment_id=appointment_id,
            copay=CopayIn(amount_cents=cents, method=method, reference=reference),
            request_key=idempotency_key,
        )
    except ValidationError as error:  # the amount over a copay's (a ValidationError is a ValueError too)
        return _back(appointment_id, error=f"The copay was not taken: {refusal_text(error)}")
    except ValueError:  # the amount as typed
        return _back(
            appointment_id, error="The copay was not taken: the amount is in dollars and cents, like 25.00."
        )
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        return _back(appointment_id, error=f"The copay was not taken: {refusal_text(error)}")
    return _back(appointment_id, done=f"Copay of {dollars(taken.amount_cents)} taken ({method}).")


def _answer_on(appointment_id: int, back: str) -> Callable[..., RedirectResponse]:
    """Where a desk button's answer is shown: the page it names as `back` (the schedule, the home page;
    its own done/error words replaced), else the visit's page."""
    target = urlsplit(back) if back.startswith("/") and not back.startswith("//") else None

    def answer(**said: str) -> RedirectResponse:
        if target is None:
            return _back(appointment_id, **said)
        query = {k: v for k, v in parse_qsl(target.query) if k not in ("done", "error")}
        return redirect_to(target.path, **query, **said)

    return answer


@router.post("/appointments/{appointment_id}/check-in")
def check_in_form(
    appointment_id: int,
    session: SessionDep,
    actor: PageActor,
    back: Annotated[str, Form()] = "",
) -> Response:
    """Check in from the visit's page, or from the schedule or home page it names as `back`."""
    answer = _answer_on(appointment_id, back)
    try:
        booking.check_in(session, actor=actor, appointment_id=appointment_id)
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        return answer(error=refusal_text(error))
    return answer(done="Checked in.")


@router.post("/appointments/{appointment_id}/undo-check-in")
def undo_check_in_form(
    appointment_id: int,
    session: SessionDep,
    actor: PageActor,
    back: Annotated[str, Form()] = "",
) -> Response:
    """A check-in made by mistake put back to booked (then it can be cancelled or marked a no-show); a
    copay taken for the visit stays taken, and the answer says so."""
    answer = _answer_on(appointment_id, back)
    try:
        put = booking.undo_check_in(session, actor=actor, appointment_id=appointment_id)
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        return answer(error=refusal_text(error))
    copay = (
        copay_at_desk(session, actor=actor, appointment_id=appointment_id)
        if allowed(actor.roles, Action.copay_collect, put.clinic_id)
        else None
    )
    kept = (
        f" The copay of {dollars(copay.taken_cents)} taken for this visit stays taken, on the"
        " patient's account (a refund is the biller's to make)."
        if copay and copay.taken_cents
        else ""
    )
    return answer(done="Check-in undone: booked again." + kept)


@router.post("/appointments/{appointment_id}/cancel")
def cancel_form(
    appointment_id: int,
    session: SessionDep,
    actor: PageActor,
    reason: Annotated[str, Form()] = "",
    by: Annotated[str, Form()] = "",
) -> Response:
    who = who_cancelled(by)
    if who is None:
        return _back(appointment_id, error=WHO_CANCELLED_UNSAID)
    try:
        _, offers = flows.cancel(
            session,
            actor=actor,
            appointment_id=appointment_id,
            request=booking.CancelRequest(reason=reason, by=who),
        )
    except (TherascribeError, ValidationError) as error:
        if not shown_on_page(error):
            raise
        return _back(appointment_id, error=refusal_text(error))
    names = waitlist.offered_to(session, actor=actor, offers=offers) if offers else []
    offered = (
        f"The time was offered on the wait list to {', '.join(names)}."
        if names
        else waitlist.nobody_offered(session, actor=actor, appointment_id=appointment_id)
    )
    return _back(appointment_id, done=f"Cancelled. {offered}")


@router.post("/appointments/{appointment_id}/reschedule")
def reschedule_form(
    appointment_id: int,
    session: SessionDep,
    actor: PageActor,
    starts_at: Annotated[str, Form()] = "",
) -> Response:
    try:
        try:
            moment = datetime.fromisoformat(starts_at)
        except ValueError:
            raise Invalid("choose one of the open times") from None
        booked, _ = flows.reschedule(
            session,
            actor=actor,
            appointment_id=appointment_id,
            request=booking.RescheduleRequest(starts_at=moment),
        )
    except (TherascribeError, ValidationError) as error:
        if not shown_on_page(error):
            raise
        return _back(appointment_id, error=refusal_text(error))
    zone = clinic_zone(session, booked.appointment.clinic_id)
    moved = as_utc(booked.appointment.starts_at).astimezone(zone)
    return _back(booked.appointment.id or appointment_id, done=f"Moved to {in_clinic_words(moved, zone)}.")


PATIENTS_PAGE = 25


@router.get("/patients", response_class=HTMLResponse)
def patient_search_page(
    request: Request, session: SessionDep, actor: PageActor, q: str = "", page: int = 1
) -> HTMLResponse:
    """Patients found by name, birth date or phone, 25 a page, paged as the claims list is: numbered
    from 1, 'Page 2 of 3'; a page past the last shows the last."""
    q = q.strip()[:100]
    page = max(page, 1)
    found = (
        patients.search(session, actor=actor, query=q, limit=PATIENTS_PAGE, offset=(page - 1) * PATIENTS_PAGE)
        if q
        else None
    )
    pages = page_count(found.total, PATIENTS_PAGE) if found else 1
    if found and page > pages:
        page = pages
        found = patients.search(
            session, actor=actor, query=q, limit=PATIENTS_PAGE, offset=(page - 1) * PATIENTS_PAGE
        )
    return render(
        request,
        "patients.html",
        actor,
        q=q,
        found=found,
        page=page,
        pages=pages,
        may_add=bool(clinics_where(actor.roles, Action.patient_write)),
    )


def authorization_badges(session: Session, actor: Actor, patient_id: int, today: date) -> list[dict]:
    payers = {p.id: p.name for p in session.exec(select(Payer)).all()}
    badges = []
    for auth in list_for_patient(session, actor=actor, patient_id=patient_id, kind="authorizations"):
        # the count every screen says (core.authorizations.counts): the appointment page, the assistant
        left = visits_left(auth["visits_approved"] or 0, auth["visits_used"] or 0)
        end = (
            auth["end_date"]
            if isinstance(auth["end_date"], date)
            else date.fromisoformat(str(auth["end_date"]))
        )
        days = (end - today).days
        level = "bad" if left <= 0 or days < 0 else "warn" if left <= 2 or days <= 14 else "ok"
        badges.append(
            {
                **auth,
                "left": left,
                "days": days,
                "end": end,
                "level": level,
                "payer": payers.get(auth["payer_id"], ""),
            }
        )
    return badges


# The latest claims the patient's page lists; the biller has the claims search for the rest.
CLAIMS_SHOWN = 10


@router.get("/patients/{patient_id}", response_class=HTMLResponse)
def patient_page(patient_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    """The desk's view of a patient: contact, insurance, authorizations (visits left, expiry), upcoming
    visits and the balance, each part only where the role may see it."""
    from core.billing.carried import payer_balances
    from core.billing.reasons import explain
    from core.billing.service import claim_statuses
    from core.errors import Forbidden

    patient = patients.get(session, actor=actor, patient_id=patient_id)
    today = today_for(session, actor)
    payers = {p.id: p.name for p in session.exec(select(Payer)).all()}

    def optional(read):
        try:
            return read()
        except Forbidden:
            return None

    insurance = optional(
        lambda: list_for_patient(session, actor=actor, patient_id=patient_id, kind="insurance")
    )
    badges = optional(lambda: authorization_badges(session, actor, patient_id, today))
    appointments = optional(
        lambda: list_for_patient(session, actor=actor, patient_id=patient_id, kind="appointments")
    )
    owed = optional(lambda: patient_balance(session, actor=actor, patient_id=patient_id))
    # the bills the balance is made of, oldest first, for whoever sees the balance (the front desk too:
    # PRODUCT.md's "balances and claim status"); their charges and insurance amounts only with claim.read
    bills = optional(lambda: bills_owed(session, actor=actor, patient_id=patient_id)) if owed else None
    # Asked only of those who may see it: the front desk would leave a refusal in the audit log on
    # every patient it opens.
    carried = (
        payer_balances(session, actor=actor, patient_id=patient_id)
        if allowed(actor.roles, Action.claim_read, patient.clinic_id)
        else None
    )
    # Claim status is the front desk's as much as the biller's (PRODUCT.md: "balances and claim
    # status"): where a claim stands, never its amounts (core.billing.service.claim_statuses).
    claims = (
        claim_statuses(session, actor=actor, patient_id=patient_id, limit=CLAIMS_SHOWN)
        if allowed(actor.roles, Action.claim_status_read, patient.clinic_id)
        else None
    )
    zone = clinic_zone(session, patient.clinic_id)
    now = utcnow()
    upcoming = [
        {**a, "local": as_utc(_instant(a["starts_at"])).astimezone(zone)}
        for a in appointments or []
        if as_utc(_instant(a["starts_at"])) >= now - timedelta(hours=12)
        and a["status"] == AppointmentStatus.booked
    ]
    missed = None
    if appointments is not None:
        missed = [
            {**a, "local": as_utc(_instant(a["starts_at"])).astimezone(zone)}
            for a in appointments
            if a["status"] in (AppointmentStatus.cancelled, AppointmentStatus.no_show)
        ]
    return render(
        request,
        "patient.html",
        actor,
        patient=patient,
        insurance=insurance,
        badges=badges,
        upcoming=sorted(upcoming, key=lambda a: a["local"])[:10],
        missed=(missed or [])[:20] if missed is not None else None,
        late_count=sum(1 for a in missed or [] if a["late_cancel"]),
        no_show_count=sum(1 for a in missed or [] if a["status"] == AppointmentStatus.no_show),
        balance=owed,
        bills=bills,
        carried=carried,
        claims=claims,
        denial_words={code: explain(code, advice=False) for c in claims or [] for code in c.denial_codes},
        may_open_claims=allowed(actor.roles, Action.claim_read, patient.clinic_id),
        # the bills the balance is made of, for those who may read payments (the biller, the owner)
        may_ledger=allowed(actor.roles, Action.payment_read, patient.clinic_id),
        payers=payers,
        may_book=allowed(actor.roles, Action.appointment_write, patient.clinic_id),
        may_edit=allowed(actor.roles, Action.patient_write, patient.clinic_id),
        may_chart=allowed(actor.roles, Action.note_read, patient.clinic_id),
        may_insure=allowed(actor.roles, Action.insurance_write, patient.clinic_id),
        may_authorize=allowed(actor.roles, Action.authorization_write, patient.clinic_id),
        referrals=optional(lambda: referrals.for_patient(session, actor=actor, patient_id=patient_id)),
        offers=optional(lambda: open_offers(session, actor=actor, patient_id=patient_id)),
        payer_list=sorted(payers.items(), key=lambda item: item[1]),
        key=uuid.uuid4().hex,
        message=request.query_params.get("done", ""),
        error=request.query_params.get("error", ""),
    )


def _instant(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


@router.get("/assistant", response_class=HTMLResponse)
def assistant_page(request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    """The chat panel: questions about schedules, authorizations and billing; bookings proposed, then
    written only after Confirm."""
    return render(request, "assistant.html", actor)
