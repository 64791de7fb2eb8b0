"""core.scheduling.offers called directly on a demo practice of the module's own: a patient's wait-list
offers that are still open (not answered, not expired), soonest first, in the clinic's time zone, with
whom and for what; another patient's offers are not theirs; the read is audited and is refused to the
desk of the other clinic."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from conftest import Practice
from sqlmodel import Session, col, func, select

from core.audit.models import AuditEntry
from core.clinics.models import Clinic
from core.errors import Forbidden
from core.patients.models import Patient
from core.providers.models import Provider
from core.scheduling.models import AppointmentType, WaitListEntry, WaitListOffer
from core.scheduling.offers import open_offers
from core.timeutil import as_utc, utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

SLUG = {"Riverside Therapy": "riverside", "Hillcrest Therapy": "hillcrest"}


def _offer(
    entry: WaitListEntry, provider_id: int, hours_ahead: int, expires_in: int, status: str = "offered"
) -> WaitListOffer:
    starts = (utcnow() + timedelta(hours=hours_ahead)).replace(microsecond=0)
    return WaitListOffer(
        entry_id=entry.id or 0,
        provider_id=provider_id,
        appointment_type_id=entry.appointment_type_id,
        starts_at=starts,
        ends_at=starts + timedelta(minutes=45),
        rank=1,
        status=status,
        expires_at=utcnow() + timedelta(minutes=expires_in),
    )


def _waiting(session: Session, patient: Patient) -> tuple[WaitListEntry, Provider, AppointmentType]:
    kind = session.exec(
        select(AppointmentType)
        .where(AppointmentType.clinic_id == patient.clinic_id)
        .order_by(col(AppointmentType.id))
        .limit(1)
    ).first()
    provider = session.exec(
        select(Provider).where(Provider.clinic_id == patient.clinic_id).order_by(col(Provider.id)).limit(1)
    ).first()
    assert kind is not None and provider is not None
    entry = WaitListEntry(
        clinic_id=patient.clinic_id, patient_id=patient.id or 0, appointment_type_id=kind.id or 0
    )
    session.add(entry)
    session.flush()
    return entry, provider, kind


def _unlisted(session: Session, n: int) -> list[Patient]:
    """Patients the demo put on no wait list."""
    listed = select(WaitListEntry.patient_id)
    found = session.exec(
        select(Patient).where(col(Patient.id).not_in(listed)).order_by(col(Patient.id)).limit(n)
    ).all()
    assert len(found) == n
    return list(found)


def test_only_the_open_offers_soonest_first_in_the_clinics_zone(pristine_practice: Practice) -> None:
    with pristine_practice.session() as session:
        patient, other = _unlisted(session, 2)
        clinic = session.get(Clinic, patient.clinic_id)
        assert clinic is not None
        entry, provider, kind = _waiting(session, patient)
        theirs, _, _ = _waiting(session, other)
        later = _offer(entry, provider.id or 0, hours_ahead=48, expires_in=120)
        sooner = _offer(entry, provider.id or 0, hours_ahead=24, expires_in=60)
        session.add_all(
            [
                later,
                sooner,
                _offer(entry, provider.id or 0, hours_ahead=30, expires_in=-1),  # expired
                _offer(entry, provider.id or 0, hours_ahead=36, expires_in=60, status="declined"),
                _offer(entry, provider.id or 0, hours_ahead=40, expires_in=60, status="taken"),
                _offer(theirs, provider.id or 0, hours_ahead=12, expires_in=60),  # another patient's
            ]
        )
        session.commit()
        desk = pristine_practice.actor("front_desk", SLUG[clinic.name])
        reads = session.exec(
            select(func.count()).where(
                AuditEntry.patient_id == patient.id, AuditEntry.record_type == "wait_list_offer"
            )
        ).one()

        offers = open_offers(session, actor=desk, patient_id=patient.id or 0)

        assert [o.id for o in offers] == [sooner.id, later.id]
        zone = ZoneInfo(clinic.timezone)
        first = offers[0]
        assert first.local_start == as_utc(sooner.starts_at)  # the same instant
        assert first.local_start.utcoffset() == first.local_start.astimezone(zone).utcoffset()
        assert (first.provider, first.visit_type) == (provider.full_name, kind.name)
        assert first.expires_at < offers[1].expires_at
        detail = session.exec(
            select(AuditEntry.detail)
            .where(AuditEntry.patient_id == patient.id, AuditEntry.record_type == "wait_list_offer")
            .order_by(col(AuditEntry.id).desc())
            .limit(1)
        ).first()
        assert detail == "2 open offers"
        assert (
            session.exec(
                select(func.count()).where(
                    AuditEntry.patient_id == patient.id, AuditEntry.record_type == "wait_list_offer"
                )
            ).one()
            == reads + 1
        )


def _unlisted_and_clinic(practice: Practice) -> tuple[int, str]:
    """A patient on no wait list, and their clinic; read in a session closed before an actor is looked
    up (SQLite: an open read would hold up the log-in's write)."""
    with practice.session() as session:
        (patient,) = _unlisted(session, 1)
        clinic = session.get(Clinic, patient.clinic_id)
        assert clinic is not None
        return patient.id or 0, SLUG[clinic.name]


def test_a_patient_with_no_offers_has_none(pristine_practice: Practice) -> None:
    patient_id, home = _unlisted_and_clinic(pristine_practice)
    desk = pristine_practice.actor("front_desk", home)
    with pristine_practice.session() as session:
        assert open_offers(session, actor=desk, patient_id=patient_id) == []


def test_the_desk_of_the_other_clinic_may_not_see_them(pristine_practice: Practice) -> None:
    patient_id, home = _unlisted_and_clinic(pristine_practice)
    desk = pristine_practice.actor("front_desk", "hillcrest" if home == "riverside" else "riverside")
    with pristine_practice.session() as session, pytest.raises(Forbidden):
        open_offers(session, actor=desk, patient_id=patient_id)
