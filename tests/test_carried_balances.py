"""core.billing.carried called directly on a demo practice of the module's own: the open AR carried over
from a clinic's old system, per payer that owes it (what the patient owes left out), largest first, with
its count and oldest date of service; claim money, so a biller or an owner reads it and a clinician or
the desk may not."""

from datetime import date

import pytest
from conftest import Practice
from sqlmodel import Session, col, select

from core.audit.models import AuditEntry
from core.billing.carried import PayerCarriedOver, payer_balances
from core.billing.models import OpeningBalance
from core.clinics.models import Clinic
from core.errors import Forbidden, NotFound
from core.patients.models import Patient
from core.payers.models import Payer

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

SLUG = {"Riverside Therapy": "riverside", "Hillcrest Therapy": "hillcrest"}


def _carried(session: Session) -> tuple[Patient, list[Payer]]:
    """A patient with items carried over: two owed by one payer, one by another, one by the patient."""
    patient = session.exec(select(Patient).order_by(col(Patient.id)).limit(1)).first()
    payers = list(session.exec(select(Payer).order_by(col(Payer.id)).limit(2)).all())
    assert patient is not None and len(payers) == 2
    small, large = payers
    rows = [
        (small.id, "old-1", date(2026, 3, 2), 4_000),
        (large.id, "old-2", date(2026, 1, 15), 9_000),
        (large.id, "old-3", date(2025, 12, 1), 6_500),
        (None, "old-4", date(2025, 11, 1), 2_500),  # the patient's own part
    ]
    for payer_id, legacy, served, cents in rows:
        session.add(
            OpeningBalance(
                clinic_id=patient.clinic_id,
                patient_id=patient.id or 0,
                payer_id=payer_id,
                legacy_id=legacy,
                service_date=served,
                amount_cents=cents,
            )
        )
    session.commit()
    return patient, payers


def test_what_each_payer_still_owes_largest_first(pristine_practice: Practice) -> None:
    with pristine_practice.session() as session:
        patient, (small, large) = _carried(session)
        for actor in (pristine_practice.actor("biller"), pristine_practice.actor("owner")):
            balances = payer_balances(session, actor=actor, patient_id=patient.id or 0)
            assert balances == [
                PayerCarriedOver(
                    payer_id=large.id or 0,
                    payer=large.name,
                    items=2,
                    open_cents=15_500,
                    oldest_service_date="2025-12-01",
                ),
                PayerCarriedOver(
                    payer_id=small.id or 0,
                    payer=small.name,
                    items=1,
                    open_cents=4_000,
                    oldest_service_date="2026-03-02",
                ),
            ]
        detail = session.exec(
            select(AuditEntry.detail)
            .where(AuditEntry.patient_id == patient.id, AuditEntry.record_type == "opening_balance")
            .order_by(col(AuditEntry.id).desc())
            .limit(1)
        ).first()
        assert detail == "2 payers"


def test_a_patient_with_nothing_carried_over_has_no_balances(pristine_practice: Practice) -> None:
    biller = pristine_practice.actor("biller")
    with pristine_practice.session() as session:
        carried = select(OpeningBalance.patient_id)
        patient = session.exec(
            select(Patient).where(col(Patient.id).not_in(carried)).order_by(col(Patient.id)).limit(1)
        ).first()
        assert patient is not None
        assert payer_balances(session, actor=biller, patient_id=patient.id or 0) == []
        with pytest.raises(NotFound):
            payer_balances(session, actor=biller, patient_id=10**9)


@pytest.mark.parametrize("role", ["therapist", "assistant", "front_desk"])
def test_a_clinician_or_the_desk_may_not_read_claim_money(pristine_practice: Practice, role: str) -> None:
    with pristine_practice.session() as session:  # closed before the actor is looked up (SQLite's lock)
        patient = session.exec(select(Patient).order_by(col(Patient.id)).limit(1)).first()
        assert patient is not None
        clinic = session.get(Clinic, patient.clinic_id)
        assert clinic is not None
        patient_id, home = patient.id or 0, SLUG[clinic.name]
    actor = pristine_practice.actor(role, home)
    with pristine_practice.session() as session, pytest.raises(Forbidden):
        payer_balances(session, actor=actor, patient_id=patient_id)
