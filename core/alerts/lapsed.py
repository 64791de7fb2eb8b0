"""A plan of care whose certification lapsed, with the patient still in care: recertify or discharge
(#20, trial 52: a plan that ended 12/06 lost its home-page alert on 12/08, the recertification alert
looking only at plans ending today or later, though the patient's visits went on without a plan).

The alert stays until it is dealt with: a later plan of care for the patient and discipline (a
recertification), a discharge, or no visit of the discipline after the lapse (care ended)."""

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, func, select

from core.enums import AppointmentStatus
from core.plans.models import PlanOfCare
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone
from core.scheduling.models import Appointment
from core.timeutil import as_utc, clinic_day

if TYPE_CHECKING:  # core.alerts.service lists this kind among its own
    from core.alerts.service import Alert, Scope

# The visits that show the patient still in care after the lapse: kept, or still to come.
IN_CARE = (AppointmentStatus.booked, AppointmentStatus.checked_in, AppointmentStatus.completed)


def lapsed_message(plan: PlanOfCare) -> str:
    """'certification lapsed 12/06/2026 and no new plan since (recertify or discharge)'."""
    day = clinic_day(plan.end_date)
    return f"certification lapsed {day} and no new plan since (recertify or discharge)"


def lapsed_certifications(session: Session, scope: "Scope") -> list["Alert"]:
    """The plans (the actor's own providers', or their front desk's and owner's clinics') whose
    certification ended before today with no later plan of the patient's discipline, not discharged,
    and a visit of that discipline booked, checked in or seen after the end."""
    from core.alerts.service import _on

    where = scope.treated_or_run(PlanOfCare)
    if where is None:
        return []
    newer = aliased(PlanOfCare)
    later = (
        select(newer.id)
        .where(
            newer.patient_id == PlanOfCare.patient_id,
            newer.discipline == PlanOfCare.discipline,
            col(newer.end_date) > PlanOfCare.end_date,
        )
        .exists()
    )
    plans = session.exec(
        # ended by a discharge (core.plans.service.apply_signed_note): care ended, nothing to do
        select(PlanOfCare).where(
            where, col(PlanOfCare.end_date) < scope.today, col(PlanOfCare.discharged_on).is_(None), ~later
        )
    ).all()
    if not plans:
        return []
    # each patient's latest visit still in care of each discipline, read for all the plans at once
    rows = session.exec(
        select(Appointment.patient_id, Provider.discipline, func.max(Appointment.starts_at))
        .join(Provider, col(Provider.id) == Appointment.provider_id)
        .where(
            col(Appointment.patient_id).in_(sorted({plan.patient_id for plan in plans})),
            col(Appointment.status).in_(IN_CARE),
        )
        .group_by(col(Appointment.patient_id), col(Provider.discipline))
    ).all()
    latest = {(patient, discipline): starts for patient, discipline, starts in rows}
    alerts = []
    for plan in plans:
        # from the day after the end, in the clinic's zone
        zone = clinic_zone(session, plan.clinic_id)
        after = datetime.combine(plan.end_date + timedelta(days=1), time(), zone).astimezone(UTC)
        last = latest.get((plan.patient_id, plan.discipline))
        if last is not None and as_utc(last) >= after:
            alerts.append(_on(plan, "certification_lapsed", lapsed_message(plan), plan.end_date))
    return alerts
