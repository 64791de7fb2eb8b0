"""Scheduling routes: thin over core.scheduling, core.plans and core.alerts."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from core.alerts.service import Alert, for_user
from core.clinics import holidays
from core.clinics.holidays import HolidayChoice, HolidaySettings
from core.clinics.service import ClinicPolicyRead, ClinicSettings, update_settings
from core.plans import service as plans
from core.plans.service import PlanCreate
from core.scheduling import booking, calendar, flows, waitlist
from core.scheduling.availability import OpenSlot, SlotQuery, search
from core.scheduling.booking import AppointmentRead, BookingRequest, CancelRequest, RescheduleRequest
from core.scheduling.calendar import AppointmentTypeCreate, AppointmentTypeRead, TimeOffCreate, WeekHours
from core.scheduling.flows import RecurringRequest
from core.scheduling.waitlist import WaitListCreate
from web.deps import CurrentActor, SessionDep
from web.replies import Created
from web.routers.billing import clinic_today

router = APIRouter(prefix="/api/v1", tags=["scheduling"])


class BookingReply(BaseModel):
    appointment: AppointmentRead
    warnings: list[str]
    wait_list_offers: int = 0


class RecurringConflict(BaseModel):
    """A day of a series that could not be booked, why, and the provider's next open start."""

    day: str
    starts_at: str
    reason: str
    next_open: str | None
    # the holiday or weekday the clinic is closed for (closed_days.closed_why); None: another refusal
    closed: str | None = None


class RecurringReply(BaseModel):
    booked: list[BookingReply]
    conflicts: list[RecurringConflict]


class NoShowRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = "did not arrive"


class DateBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    on: date


def _reply(session: SessionDep, booked: booking.Booked, offers: int = 0) -> BookingReply:
    return BookingReply(
        appointment=booking.read(session, booked.appointment),
        warnings=booked.warnings,
        wait_list_offers=offers,
    )


@router.patch("/clinics/{clinic_id}/settings")
def clinic_settings(
    clinic_id: int, body: ClinicSettings, session: SessionDep, actor: CurrentActor
) -> ClinicPolicyRead:
    return ClinicPolicyRead.model_validate(
        update_settings(session, actor=actor, clinic_id=clinic_id, data=body)
    )


class HolidayBooked(BaseModel):
    """A day the clinic now closes on with visits booked on it, for the front desk to move."""

    day: date
    holiday: str
    visits: int


class HolidaysSaved(BaseModel):
    """What a PUT of the clinic's holidays did: the list it closes on now, what was added and removed,
    the newly closed days with visits booked, the wait-list offers withdrawn, and the owner's page's
    words for it."""

    closed: list[str]
    added: list[str]
    removed: list[str]
    booked: list[HolidayBooked]
    withdrawn: int
    said: str


@router.get("/clinics/{clinic_id}/holidays")
def clinic_holidays(clinic_id: int, session: SessionDep, actor: CurrentActor) -> HolidaySettings:
    return holidays.holiday_settings(
        session, actor=actor, clinic_id=clinic_id, today=clinic_today(session, clinic_id)
    )


@router.put("/clinics/{clinic_id}/holidays")
def set_clinic_holidays(
    clinic_id: int, body: HolidayChoice, session: SessionDep, actor: CurrentActor
) -> HolidaysSaved:
    change = holidays.set_closed_holidays(
        session, actor=actor, clinic_id=clinic_id, names=body.closed, today=clinic_today(session, clinic_id)
    )
    return HolidaysSaved(
        closed=change.closed,
        added=change.added,
        removed=change.removed,
        booked=[HolidayBooked(day=day, holiday=name, visits=count) for day, name, count in change.booked],
        withdrawn=change.withdrawn,
        said=change.words(),
    )


@router.get("/clinics/{clinic_id}/appointment-types")
def appointment_types(clinic_id: int, session: SessionDep, actor: CurrentActor) -> list[AppointmentTypeRead]:
    return [
        AppointmentTypeRead.model_validate(t)
        for t in calendar.list_types(session, actor=actor, clinic_id=clinic_id)
    ]


@router.post("/appointment-types", status_code=201)
def create_appointment_type(
    body: AppointmentTypeCreate, session: SessionDep, actor: CurrentActor
) -> AppointmentTypeRead:
    return AppointmentTypeRead.model_validate(calendar.create_type(session, actor=actor, data=body))


@router.put("/providers/{provider_id}/hours", status_code=204)
def set_hours(provider_id: int, body: WeekHours, session: SessionDep, actor: CurrentActor) -> None:
    calendar.set_hours(session, actor=actor, provider_id=provider_id, data=body)


@router.post("/providers/{provider_id}/time-off", status_code=201)
def add_time_off(provider_id: int, body: TimeOffCreate, session: SessionDep, actor: CurrentActor) -> Created:
    return Created(id=calendar.add_time_off(session, actor=actor, provider_id=provider_id, data=body).id or 0)


@router.get("/availability", response_model=list[OpenSlot])
def availability(
    session: SessionDep,
    actor: CurrentActor,
    appointment_type_id: int,
    date_from: date,
    date_to: date,
    provider_id: int | None = None,
    weekdays: Annotated[list[int] | None, Query()] = None,
    earliest_minute: int = 0,
    latest_minute: int = 1440,
    limit: int = 50,
) -> list[OpenSlot]:
    query = SlotQuery(
        appointment_type_id=appointment_type_id,
        date_from=date_from,
        date_to=date_to,
        provider_id=provider_id,
        weekdays=weekdays,
        earliest_minute=earliest_minute,
        latest_minute=latest_minute,
        limit=limit,
    )
    return search(session, actor=actor, query=query)


@router.post("/appointments", response_model=BookingReply, status_code=201)
def book(body: BookingRequest, session: SessionDep, actor: CurrentActor) -> BookingReply:
    return _reply(session, booking.book(session, actor=actor, request=body))


@router.post("/appointments/recurring", status_code=201)
def book_recurring(body: RecurringRequest, session: SessionDep, actor: CurrentActor) -> RecurringReply:
    result = flows.book_recurring(session, actor=actor, request=body)
    return RecurringReply(
        booked=[_reply(session, b) for b in result.booked],
        conflicts=[RecurringConflict.model_validate(c) for c in result.conflicts],
    )


@router.post("/appointments/{appointment_id}/cancel", response_model=BookingReply)
def cancel(
    appointment_id: int, body: CancelRequest, session: SessionDep, actor: CurrentActor
) -> BookingReply:
    appointment, offers = flows.cancel(session, actor=actor, appointment_id=appointment_id, request=body)
    return _reply(session, booking.Booked(appointment), len(offers))


@router.post("/appointments/{appointment_id}/reschedule", response_model=BookingReply)
def reschedule(
    appointment_id: int, body: RescheduleRequest, session: SessionDep, actor: CurrentActor
) -> BookingReply:
    booked, offers = flows.reschedule(session, actor=actor, appointment_id=appointment_id, request=body)
    return _reply(session, booked, len(offers))


@router.post("/appointments/{appointment_id}/check-in", response_model=AppointmentRead)
def check_in(appointment_id: int, session: SessionDep, actor: CurrentActor) -> AppointmentRead:
    return booking.read(session, booking.check_in(session, actor=actor, appointment_id=appointment_id))


@router.post("/appointments/{appointment_id}/no-show", response_model=AppointmentRead)
def no_show(
    appointment_id: int, body: NoShowRequest, session: SessionDep, actor: CurrentActor
) -> AppointmentRead:
    appointment = booking.no_show(session, actor=actor, appointment_id=appointment_id, reason=body.reason)
    return booking.read(session, appointment)


@router.post("/wait-list", status_code=201)
def add_to_wait_list(body: WaitListCreate, session: SessionDep, actor: CurrentActor) -> Created:
    return Created(id=waitlist.add_entry(session, actor=actor, data=body).id or 0)


@router.post("/wait-list/offers/{offer_id}/accept", response_model=BookingReply)
def accept_offer(offer_id: int, session: SessionDep, actor: CurrentActor) -> BookingReply:
    return _reply(session, waitlist.accept(session, actor=actor, offer_id=offer_id))


@router.post("/wait-list/offers/{offer_id}/decline", status_code=204)
def decline_offer(offer_id: int, session: SessionDep, actor: CurrentActor) -> None:
    waitlist.decline(session, actor=actor, offer_id=offer_id)


@router.post("/plans", status_code=201)
def create_plan(body: PlanCreate, session: SessionDep, actor: CurrentActor) -> Created:
    return Created(id=plans.create(session, actor=actor, data=body).id or 0)


@router.post("/plans/{plan_id}/sent", status_code=204)
def plan_sent(plan_id: int, body: DateBody, session: SessionDep, actor: CurrentActor) -> None:
    plans.mark_sent(session, actor=actor, plan_id=plan_id, on=body.on)


@router.post("/plans/{plan_id}/signed", status_code=204)
def plan_signed(plan_id: int, body: DateBody, session: SessionDep, actor: CurrentActor) -> None:
    plans.record_signature(session, actor=actor, plan_id=plan_id, signed_on=body.on)


class SignatureCorrection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    on: date
    reason: str = Field(description="typo, misread or redated (core.plans.service.SIGNATURE_CORRECTIONS)")


@router.post("/plans/{plan_id}/signed/correction", status_code=204)
def plan_signature_corrected(
    plan_id: int, body: SignatureCorrection, session: SessionDep, actor: CurrentActor
) -> None:
    """The physician's signature date recorded wrong, corrected with a reason; the audit log keeps the
    original. The same correction twice corrects it once (both 204)."""
    plans.correct_signature(session, actor=actor, plan_id=plan_id, signed_on=body.on, reason=body.reason)


@router.get("/plans/{plan_id}/certification.pdf")
def plan_pdf(plan_id: int, session: SessionDep, actor: CurrentActor) -> Response:
    return Response(
        plans.certification_pdf(session, actor=actor, plan_id=plan_id), media_type="application/pdf"
    )


@router.get("/alerts", response_model=list[Alert])
def alerts(session: SessionDep, actor: CurrentActor) -> list[Alert]:
    return for_user(session, actor=actor)
