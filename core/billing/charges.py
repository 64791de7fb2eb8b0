"""Charges from a final note: the coding engine's lines priced by the payer's fee schedule.

Everything here runs inside the signing transaction: a code without a fee fails the signature."""

from datetime import date

from sqlmodel import Session, col, func, select

from core.billing.coding import Coded, CodingError, PayerRules, Service, code_visit_priced
from core.billing.models import Charge
from core.locks import lock
from core.patients.insurance import primary_payer as primary_payer
from core.payers.models import FeeSchedule, FeeScheduleEntry, Payer, PayerThreshold
from core.visits.models import Visit

# The KX threshold counts PT and SLP together and OT on its own (42 U.S.C. 1395l(g)).
BUCKETS = {"PT": ("PT", "SLP"), "SLP": ("PT", "SLP"), "OT": ("OT",)}


def payer_rules(session: Session, payer: Payer | None, year: int) -> PayerRules:
    if payer is None:
        return PayerRules()
    threshold = session.exec(
        select(PayerThreshold).where(PayerThreshold.payer_id == payer.id, PayerThreshold.year == year)
    ).first()
    return PayerRules.from_settings(
        name=payer.name,
        kind=payer.kind,
        unit_rule=payer.unit_rule,
        applies_ncci=payer.applies_ncci,
        denies_97530_with_97140=payer.denies_97530_with_97140,
        requires_authorization=payer.requires_authorization,
        timely_filing_days=payer.timely_filing_days,
        thresholds=(threshold.kx_threshold_cents, threshold.review_threshold_cents) if threshold else None,
    )


def year_to_date_cents(session: Session, patient_id: int, discipline: str, on: date) -> int:
    return session.exec(
        select(func.coalesce(func.sum(Charge.amount_cents), 0))
        .join(Visit, col(Visit.id) == Charge.visit_id)
        .where(
            Charge.patient_id == patient_id,
            col(Visit.discipline).in_(BUCKETS[discipline]),
            col(Charge.service_date) >= date(on.year, 1, 1),
            col(Charge.service_date) <= on,
        )
    ).one()


def fee_cents(session: Session, payer: Payer | None, code: str, on: date) -> int:
    if payer is None:
        raise CodingError("the patient has no insurance on file for this date; add it before signing")
    row = session.exec(
        select(FeeScheduleEntry.amount_cents)
        .join(FeeSchedule, col(FeeSchedule.id) == FeeScheduleEntry.fee_schedule_id)
        .where(
            FeeSchedule.payer_id == payer.id,
            FeeScheduleEntry.cpt == code,
            FeeScheduleEntry.modifier == "",
            col(FeeSchedule.effective_from) <= on,
        )
        .order_by(col(FeeSchedule.effective_from).desc())
    ).first()
    if row is None:
        raise CodingError(f"{payer.name} has no fee for {code}; add it to the fee schedule before signing")
    return row


def code_for_visit(
    session: Session, *, visit: Visit, services: list[Service], role: str, diagnosis_count: int
) -> tuple[Coded, Payer | None]:
    """The visit's services coded with its primary payer's rules: units, modifiers, pointers, reasons.
    Coded twice when the KX threshold needs the visit's own charges."""
    on = visit.service_date.date()
    payer = primary_payer(session, visit.patient_id, on)
    rules = payer_rules(session, payer, on.year)
    ytd = year_to_date_cents(session, visit.patient_id, visit.discipline, on)
    coded = code_visit_priced(
        services,
        discipline=visit.discipline,
        role=role,
        rules=rules,
        diagnosis_count=diagnosis_count,
        year_to_date_cents=ytd,
        fee_cents=lambda code: fee_cents(session, payer, code, on),
    )
    return coded, payer


def code_and_charge(
    session: Session, *, visit: Visit, note_id: int, services: list[Service], role: str, diagnosis_count: int
) -> tuple[Coded, list[Charge]]:
    """Code the visit and add its charges to the session (the caller commits or rolls back).

    Serialised per patient and year until the caller commits: the KX threshold counts the year's
    charges, so two of a patient's visits signed at the same instant must each count the other's, as
    one after the other would (each alone saw neither, and the visit past the threshold went without)."""
    on = visit.service_date.date()
    lock(session, f"therapy-spending:{visit.patient_id}:{on.year}")
    coded, payer = code_for_visit(
        session, visit=visit, services=services, role=role, diagnosis_count=diagnosis_count
    )
    charges = [
        Charge(
            visit_id=visit.id or 0,
            note_id=note_id,
            clinic_id=visit.clinic_id,
            patient_id=visit.patient_id,
            provider_id=visit.provider_id,
            service_date=on,
            cpt=line.code,
            modifiers=" ".join(line.modifiers),
            units=line.units,
            minutes=line.minutes,
            diagnosis_pointers="".join(str(p) for p in line.diagnosis_pointers),
            amount_cents=fee_cents(session, payer, line.code, on) * line.units,
        )
        for line in coded.lines
    ]
    session.add_all(charges)
    return coded, charges
