"""The front desk's day: every provider side by side with click-to-book on open slots, the booking form
(one visit or a weekly series that stops at the authorization), no-show and check-in from the grid, the
wait list, and every alert with its patient and a link to the thing to do.

Thin, like the other pages: each read and write is a core service called as the logged-in user. Forms
carry an `idempotency_key` (web/idempotency.py), so a double click on Book books once.
"""

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Annotated
from urllib.parse import parse_qsl, urlencode, urlsplit
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from sqlmodel import Session, col, select

from core.access import require_anywhere
from core.actor import Actor
from core.alerts.service import for_user
from core.clinics.models import Clinic
from core.coverage.plan_check import PlanCheck, plan_of_care_check
from core.coverage.usual_visit import usual_type
from core.errors import Invalid, TherascribeError
from core.paging import page_count
from core.patients import service as patients
from core.permissions import Action, allowed
from core.providers.models import Provider
from core.providers.service import active_in
from core.scheduling import booking, flows, waitlist
from core.scheduling.booking_defaults import booking_day, own_active_provider, type_at
from core.scheduling.calendar import (
    bookable_types,
    clinic_zone,
    list_types,
    load_provider,
    load_type,
    providers_for_types,
)
from core.scheduling.closed_days import day_status
from core.scheduling.grid import day_grid
from core.scheduling.slots import local_instant
from core.timeutil import clock_words, in_clinic_words, weekday_words
from core.words import counted
from web.alert_links import shown_alerts, us_dates
from web.deps import PageActor, SessionDep
from web.form_refusal import Refused, form_page, refused
from web.routers.desk_pages import authorization_badges
from web.routers.pages import redirect_to, refusal_text, render, shown_on_page, today_for

router = APIRouter(include_in_schema=False)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ALERTS_PAGE = 50


def _clinics(session: Session, actor: Actor) -> list[Clinic]:
    ids = require_anywhere(session, actor, Action.appointment_read)
    return list(session.exec(select(Clinic).where(col(Clinic.id).in_(ids)).order_by(col(Clinic.id))).all())


def _minute(text: str) -> int:
    try:
        hour, minute = (int(part) for part in text.split(":")[:2])
    except ValueError:
        raise Invalid("give the time as HH:MM") from None
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise Invalid("give the time as HH:MM")
    return hour * 60 + minute


def _time_of(text: str) -> time | None:
    """The slot's time of day from the address's HH:MM, for the page to write in the clinic's words
    ('3:15 PM'); None where the address holds no time."""
    try:
        minute = _minute(text)
    except Invalid:
        return None
    return time(minute // 60, minute % 60)


def back_to(back: str, fallback: str) -> str:
    """Where a form returns to: one of our own pages, never another site."""
    return back if back.startswith("/") and not back.startswith("//") else fallback


@router.get("/schedule", response_class=HTMLResponse)
def schedule_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    day: date | None = None,
    clinic: int | None = None,
    instead: Annotated[list[str] | None, Query()] = None,
    patient: int | None = None,
    provider: int | None = None,
    type: int | None = None,  # noqa: A002 - the query parameter people see in the address
) -> HTMLResponse:
    """The clinic's day: one column per provider, one row per slot step, open slots to click. After a
    series, the times offered for the days the clinic was closed (`instead`, local 'YYYY-MM-DDTHH:MM'),
    each a link to the booking form with the series' patient, provider and type."""
    clinics = _clinics(session, actor)
    chosen = next((c for c in clinics if c.id == clinic), clinics[0])
    day = day or today_for(session, actor)
    grid = day_grid(session, actor=actor, clinic_id=chosen.id or 0, day=day)
    # A holiday the clinic closes on, a weekday none of its providers works, or every provider off: the
    # page says so (and the next day it opens) instead of offering open slots (#20).
    status = day_status(session, chosen.id or 0, day)
    return render(
        request,
        "schedule.html",
        actor,
        grid=grid,
        day_state=status,
        clinics=clinics,
        clinic=chosen,
        day=day,
        today=today_for(session, actor),
        earlier=(day - timedelta(days=1)).isoformat(),
        later=(day + timedelta(days=1)).isoformat(),
        may_book=allowed(actor.roles, Action.appointment_write, chosen.id or 0),
        here=str(request.url.path) + ("?" + request.url.query if request.url.query else ""),
        message=request.query_params.get("done", ""),
        error=request.query_params.get("error", ""),
        offers=_offered(instead or [], patient, provider, type),
    )


def _offered(
    instead: list[str], patient: int | None, provider: int | None, kind: int | None
) -> list[tuple[str, str]]:
    """The times a series' closed days were offered (local 'YYYY-MM-DDTHH:MM'), as the link's words and
    the booking form's address; a value that is no such time is passed over."""
    offers = []
    for typed in instead:
        try:
            at = datetime.fromisoformat(typed)
        except ValueError:
            continue
        chosen = {"provider": provider, "day": at.date().isoformat(), "time": f"{at:%H:%M}"}
        chosen |= {"patient": patient, "type": kind}
        query = urlencode({k: v for k, v in chosen.items() if v is not None})
        offers.append(
            (f"{weekday_words(at.date())} at {clock_words(at.hour, at.minute)}", f"/schedule/book?{query}")
        )
    return offers


@router.get("/schedule/book", response_class=HTMLResponse)
def booking_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    provider: int | None = None,
    day: date | None = None,
    time: str = "",
    patient: int | None = None,
    q: str = "",
    type: int | None = None,  # noqa: A002 - the query parameter people see in the address
) -> HTMLResponse:
    """Book a visit: find the patient (name in any order, birth date or phone), then the type, provider,
    time, and whether it repeats weekly."""
    return _booking(request, session, actor, provider, day, time, patient, q, type)


def may_book(actor: Actor, clinic_id: int) -> bool:
    return allowed(actor.roles, Action.appointment_write, clinic_id)


def _booking(
    request: Request,
    session: Session,
    actor: Actor,
    provider: int | None,
    day: date | None,
    time: str,
    patient: int | None,
    q: str = "",
    type: int | None = None,  # noqa: A002
    typed: dict | None = None,
    refusal: Refused | None = None,
    instead: list[tuple[str, str]] | None = None,
) -> HTMLResponse:
    """The booking page; after a refusal, as it was filled in (the repeat, its days and weeks too), with
    `instead` the time offered in its place (words, the booking form's address)."""
    person = patients.get(session, actor=actor, patient_id=patient) if patient else None
    if person and provider is None and type is None and may_book(actor, person.clinic_id):
        # the patient's own discipline and visit, not the clinic's first type (#20)
        usual = usual_type(session, actor=actor, patient_id=patient or 0, on=day or today_for(session, actor))
        type = usual.id if usual else None
    clinic_id = person.clinic_id if person else _clinics(session, actor)[0].id
    if provider is None and clinic_id is not None:  # a therapist booking: themselves (#20)
        provider = own_active_provider(session, actor=actor, clinic_id=clinic_id)
    if provider is None and type is not None:
        provider = providers_for_types(session, [load_type(session, type)]).get(type)
    if provider is None:
        provider = session.exec(
            select(Provider.id)
            .where(Provider.clinic_id == clinic_id, col(Provider.is_active).is_(True))
            .order_by(Provider.discipline, Provider.full_name)
        ).first()
        if provider is None:
            raise Invalid("the clinic has no provider to book with")
    chosen = load_provider(session, provider)
    # the provider's next working day, not a Sunday or a holiday the clinic is closed (#20)
    day = day or booking_day(session, provider_id=provider, today=today_for(session, actor))
    providers = active_in(session, clinic_ids=[chosen.clinic_id], by_discipline=True)
    kinds = list_types(session, actor=actor, clinic_id=chosen.clinic_id)
    takes = bookable_types(session, actor=actor, provider_id=provider)
    fitting = [k.id for k in takes]
    slot = _time_of(time)
    if type is None and slot is not None:  # the grid's Book: a type that fits from its time (#20)
        fits_there = type_at(session, chosen, takes, day, slot.hour * 60 + slot.minute)
        type = fits_there.id if fits_there else None
    q = q.strip()[:100]
    found = patients.search(session, actor=actor, query=q, limit=10) if q else None
    badges = authorization_badges(session, actor, patient, today_for(session, actor)) if patient else []
    kind_id = type if type in fitting else (fitting[0] if fitting else None)
    plan = (
        plan_of_care_check(
            session, actor=actor, patient_id=person.id or 0, appointment_type_id=kind_id, on=day
        )
        if person and kind_id and allowed(actor.roles, Action.appointment_write, person.clinic_id)
        else None
    )
    return form_page(
        request,
        "book.html",
        actor,
        refusal,
        told=True,
        form_page="/schedule/book?"
        + urlencode(
            {
                k: v
                for k, v in {
                    "provider": provider,
                    "day": day.isoformat() if day else None,
                    "time": time,
                    "patient": patient,
                    "type": type,
                }.items()
                if v
            }
        ),
        provider=chosen,
        providers=providers,
        kinds=kinds,
        kind_id=kind_id,
        plan_warning=plan.reason if plan and plan.outcome == "warn" else "",
        day=day,
        time=time or "09:00",
        slot_time=_time_of(time),
        q=q,
        found=found,
        # a caller not found is added on the intake form, which comes back to this time (#20)
        may_add=allowed(actor.roles, Action.patient_write, chosen.clinic_id),
        patient=person,
        badges=badges,
        weekdays=list(enumerate(WEEKDAYS)),
        key=uuid.uuid4().hex,
        typed=typed or {},
        instead=instead or [],
    )


@router.post("/schedule/book")
def book_form(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    patient_id: Annotated[int, Form()],
    provider_id: Annotated[int, Form()],
    appointment_type_id: Annotated[int, Form()],
    day: Annotated[date, Form()],
    time: Annotated[str, Form()],
    repeat: Annotated[str, Form()] = "",
    weekdays: Annotated[list[int] | None, Form()] = None,
    weeks: Annotated[int, Form()] = 1,
) -> Response:
    chosen = {
        "patient_id": patient_id,
        "provider_id": provider_id,
        "appointment_type_id": appointment_type_id,
    }
    try:
        provider = load_provider(session, provider_id)
        minute = _minute(time)
        plan = plan_of_care_check(
            session, actor=actor, patient_id=patient_id, appointment_type_id=appointment_type_id, on=day
        )
        if repeat:
            weekly = flows.RecurringRequest(
                **chosen,
                first_day=day,
                weekdays=weekdays or [day.weekday()],
                local_minute=minute,
                weeks=weeks,
                stop_at_authorization=True,
            )
            result = flows.book_recurring(session, actor=actor, request=weekly)
            zone = clinic_zone(session, provider.clinic_id)
            # the times offered for the days the clinic is closed, each a link to the booking form (#20)
            instead = [c["next_open"][:16] for c in result.conflicts if c["closed"] and c["next_open"]]
            offered: dict[str, str | list[str]] = {"instead": instead, "patient": str(patient_id)}
            offered |= {"provider": str(provider_id), "type": str(appointment_type_id)}
            return redirect_to(
                "/schedule",
                day=day.isoformat(),
                done=_series_said(result, zone) + _plan_said(plan),
                **(offered if instead else {}),
            )
        starts = local_instant(day, minute, clinic_zone(session, provider.clinic_id))
        booked = booking.book(
            session, actor=actor, request=booking.BookingRequest(**chosen, starts_at=starts)
        )
    except (TherascribeError, ValidationError) as error:
        typed = {"repeat": bool(repeat), "weekdays": weekdays or [day.weekday()], "weeks": weeks}
        # a time taken: the provider's next open time for the visit (booking.next_open), to book instead
        nxt = str(error.extra.get("next_open") or "") if isinstance(error, TherascribeError) else ""
        return _booking(
            request,
            session,
            actor,
            provider_id,
            day,
            time,
            patient_id,
            type=appointment_type_id,
            typed=typed,
            refusal=refused(error),
            instead=_offered([nxt[:16]], patient_id, provider_id, appointment_type_id) if nxt else [],
        )
    # What was booked against a warning (past the authorization's visits, no plan of care) is said as a
    # warning on the visit's page, apart from "Booked.", not inside the green line.
    warned = (us_dates("; ".join(booked.warnings)) + "." if booked.warnings else "") + _plan_said(plan)
    said = {"warned": warned.strip()} if warned else {}
    return redirect_to(f"/appointments/{booked.appointment.id}", done="Booked.", **said)


def _plan_said(plan: PlanCheck) -> str:
    """The plan-of-care warning the form showed before Book, said again with what was booked (the type
    or day may have changed on the form since)."""
    return f" Plan of care: {plan.reason}." if plan.outcome == "warn" else ""


def _closed_said(conflict: dict, zone: ZoneInfo) -> str:
    """A day of a series the clinic is closed on, and the time offered instead (flows.open_instead):
    "07/05/2027, the clinic is closed (Independence Day, a holiday); next open: Tuesday 07/06/2027 at
    10:00 AM EDT"."""
    said = f"{conflict['day']}, {conflict['reason']}"
    if conflict["next_open"]:
        said += "; next open: " + in_clinic_words(datetime.fromisoformat(conflict["next_open"]), zone)
    return said


def _series_said(result: flows.RecurringResult, zone: ZoneInfo) -> str:
    """What a weekly series did, its days as the clinic writes them (12/04/2026), not ISO."""
    said = f"Booked {counted(len(result.booked), 'visit')}."
    if result.conflicts:
        said += (
            " Not booked: "
            + "; ".join(
                _closed_said(c, zone) if c["closed"] else f"{c['day']} ({c['reason']})"
                for c in result.conflicts
            )
            + "."
        )
    if result.left_out:
        days = ", ".join(d.isoformat() for d in result.left_out)
        said += f" Stopped at the authorization ({result.stopped}): {days} not booked."
    warnings = sorted({w for b in result.booked for w in b.warnings})
    if warnings:
        said += " " + "; ".join(warnings) + "."
    return us_dates(said)


@router.post("/appointments/{appointment_id}/no-show")
def no_show_form(
    appointment_id: int,
    session: SessionDep,
    actor: PageActor,
    back: Annotated[str, Form()] = "",
) -> Response:
    target = back_to(back, f"/appointments/{appointment_id}")
    try:
        booking.no_show(session, actor=actor, appointment_id=appointment_id, reason="did not arrive")
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        return redirect_to(target.split("?")[0], **_query(target), error=refusal_text(error))
    return redirect_to(target.split("?")[0], **_query(target), done="Marked a no-show.")


@router.post("/appointments/{appointment_id}/undo-no-show")
def undo_no_show_form(
    appointment_id: int,
    session: SessionDep,
    actor: PageActor,
    back: Annotated[str, Form()] = "",
    arrived: Annotated[str, Form()] = "",
) -> Response:
    """A no-show marked by mistake put back (checked in when the patient is here, else booked)."""
    target = back_to(back, f"/appointments/{appointment_id}")
    try:
        put = booking.undo_no_show(session, actor=actor, appointment_id=appointment_id, arrived=bool(arrived))
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        return redirect_to(target.split("?")[0], **_query(target), error=refusal_text(error))
    said = "checked in" if put.status == "checked_in" else "booked again"
    return redirect_to(target.split("?")[0], **_query(target), done=f"No-show undone: {said}.")


def _query(target: str) -> dict[str, str]:
    return {k: v for k, v in parse_qsl(urlsplit(target).query) if k not in ("done", "error")}


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, session: SessionDep, actor: PageActor, page: int = 1) -> HTMLResponse:
    """Every alert, not only the first few the home page has room for: a page at a time, numbered from
    1 and said 'Page 2 of 3' as the claims list says it; a page past the last shows the last."""
    rows = shown_alerts(for_user(session, actor=actor), actor)
    pages = page_count(len(rows), ALERTS_PAGE)
    page = min(max(page, 1), pages)
    return render(
        request,
        "alerts.html",
        actor,
        alerts=rows[(page - 1) * ALERTS_PAGE : page * ALERTS_PAGE],
        total=len(rows),
        page=page,
        pages=pages,
    )


@router.get("/waitlist/new", response_class=HTMLResponse)
def wait_list_page(request: Request, session: SessionDep, actor: PageActor, patient: int) -> HTMLResponse:
    """Put a patient on the wait list for a type, with the days and hours they can come."""
    return _wait_list(request, session, actor, patient)


def _wait_list(
    request: Request,
    session: Session,
    actor: Actor,
    patient: int,
    typed: dict | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    person = patients.get(session, actor=actor, patient_id=patient)
    providers = active_in(session, clinic_ids=[person.clinic_id], by_discipline=True)
    if typed is None and may_book(actor, person.clinic_id):
        # the form starts on the patient's own discipline and visit, not the clinic's first type (#20)
        usual = usual_type(session, actor=actor, patient_id=patient, on=today_for(session, actor))
        typed = {"appointment_type_id": usual.id} if usual else None
    return form_page(
        request,
        "waitlist.html",
        actor,
        refusal,
        form_page=f"/waitlist/new?patient={patient}",
        patient=person,
        providers=providers,
        kinds=list_types(session, actor=actor, clinic_id=person.clinic_id),
        weekdays=list(enumerate(WEEKDAYS)),
        key=uuid.uuid4().hex,
        typed=typed or {},
    )


@router.post("/waitlist")
def wait_list_form(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    patient_id: Annotated[int, Form()],
    appointment_type_id: Annotated[int, Form()],
    provider_id: Annotated[str, Form()] = "",
    weekdays: Annotated[list[int] | None, Form()] = None,
    earliest: Annotated[str, Form()] = "08:00",
    latest: Annotated[str, Form()] = "18:00",
) -> Response:
    try:
        waitlist.add_entry(
            session,
            actor=actor,
            data=waitlist.WaitListCreate(
                patient_id=patient_id,
                appointment_type_id=appointment_type_id,
                provider_id=int(provider_id) if provider_id else None,
                weekdays=weekdays or [],
                earliest_minute=_minute(earliest),
                latest_minute=_minute(latest),
            ),
        )
    except (TherascribeError, ValidationError) as error:
        typed = {
            "appointment_type_id": appointment_type_id,
            "provider_id": provider_id,
            "weekdays": weekdays or [],
            "earliest": earliest,
            "latest": latest,
        }
        return _wait_list(request, session, actor, patient_id, typed, refused(error))
    return redirect_to(f"/patients/{patient_id}", done="Added to the wait list.")


def _answered(patient_id: int, answer: Callable[[], tuple[str, str]]) -> Response:
    """The patient's answer to an offer, given on the phone (`answer` records it and says where to go
    and what it did); refused, the reason is shown on the patient's page."""
    try:
        target, done = answer()
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        return redirect_to(f"/patients/{patient_id}", error=refusal_text(error))
    return redirect_to(target, done=done)


@router.post("/waitlist/offers/{offer_id}/accept")
def accept_offer_form(
    offer_id: int, session: SessionDep, actor: PageActor, patient_id: Annotated[int, Form()]
) -> Response:
    """The patient said yes on the phone: the freed time is booked for them (the first yes wins)."""

    def accept() -> tuple[str, str]:
        booked = waitlist.accept(session, actor=actor, offer_id=offer_id)
        warned = " " + us_dates("; ".join(booked.warnings)) + "." if booked.warnings else ""
        return f"/appointments/{booked.appointment.id}", "Booked from the wait list." + warned

    return _answered(patient_id, accept)


@router.post("/waitlist/offers/{offer_id}/decline")
def decline_offer_form(
    offer_id: int, session: SessionDep, actor: PageActor, patient_id: Annotated[int, Form()]
) -> Response:
    """The patient cannot take that time: they keep waiting for the next."""

    def decline() -> tuple[str, str]:
        waitlist.decline(session, actor=actor, offer_id=offer_id)
        return f"/patients/{patient_id}", "Declined; the patient keeps waiting."

    return _answered(patient_id, decline)
