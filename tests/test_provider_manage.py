"""core.providers.manage called directly on a demo practice of the module's own: an owner adds and changes a
provider, each wrong field named on the form and nothing saved; supervision is checked both ways; a
provider with visits booked ahead stays active; only an owner may do any of it."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from conftest import Practice
from sqlmodel import Session, col, func, select

from core.audit.models import AuditEntry
from core.clinics.models import Clinic
from core.enums import AppointmentStatus
from core.errors import Conflict, Forbidden, Invalid
from core.identifiers import npi_check_digit
from core.providers.manage import (
    ProviderForm,
    form_of,
    list_for_owner,
    save_provider,
    set_provider_active,
    supervisors,
)
from core.providers.models import Provider
from core.providers.service import provider_of
from core.scheduling.models import Appointment, ProviderHours
from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _npi(n: int) -> str:
    first = f"19{n:07d}"
    return first + npi_check_digit(first)


def _clinic(session: Session, slug: str = "riverside") -> int:
    name = {"riverside": "Riverside Therapy", "hillcrest": "Hillcrest Therapy"}[slug]
    return session.exec(select(Clinic.id).where(Clinic.name == name)).one() or 0


def _therapist(session: Session, clinic_id: int, credential: str) -> Provider:
    return session.exec(
        select(Provider)
        .where(Provider.clinic_id == clinic_id, Provider.credential == credential, col(Provider.is_active))
        .order_by(col(Provider.id))
        .limit(1)
    ).first()  # type: ignore[return-value]


def _count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Provider)).one()


def _last_audit(session: Session, provider_id: int) -> str:
    return (
        session.exec(
            select(AuditEntry.detail)
            .where(AuditEntry.record_type == "provider", AuditEntry.record_id == str(provider_id))
            .order_by(col(AuditEntry.id).desc())
            .limit(1)
        ).first()
        or ""
    )


def test_an_owner_adds_a_provider_then_changes_only_what_differs(pristine_practice: Practice) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        clinic_id = _clinic(session)
        form = ProviderForm(
            name="Wren Okafor", credential="pt", npi=_npi(1), days=["mon", "wed"], start="09:00", end="13:00"
        )
        added = save_provider(session, actor=owner, clinic_id=clinic_id, form=form)
        assert (added.full_name, added.discipline, added.credential) == ("Wren Okafor, PT", "PT", "PT")
        assert added.taxonomy_code == "225100000X"  # the discipline's usual code when none is given
        hours = session.exec(select(ProviderHours).where(ProviderHours.provider_id == added.id)).all()
        assert sorted((h.weekday, h.start_minute, h.end_minute) for h in hours) == [
            (0, 540, 780),
            (2, 540, 780),
        ]
        assert _last_audit(session, added.id or 0) == "created"

        shown = form_of(session, added)
        assert (shown.name, shown.days, shown.start, shown.end) == (
            "Wren Okafor",
            ["mon", "wed"],
            "09:00",
            "13:00",
        )
        # The same form again changes nothing and writes no audit entry.
        entries = session.exec(select(func.count()).select_from(AuditEntry)).one()
        save_provider(session, actor=owner, clinic_id=clinic_id, form=shown, provider_id=added.id)
        assert session.exec(select(func.count()).select_from(AuditEntry)).one() == entries

        changed = save_provider(
            session,
            actor=owner,
            clinic_id=clinic_id,
            form=replace(shown, capacity="2", end="15:00"),
            provider_id=added.id,
        )
        assert changed.capacity == 2
        assert _last_audit(session, added.id or 0) == "changed: capacity, hours"
        rows = list_for_owner(session, actor=owner)
        row = next(r for r in rows if r.provider.id == added.id)
        assert (row.clinic, row.hours) == ("Riverside Therapy", "Mon, Wed 09:00-15:00")


# (what the form says differently, the field named, a word of its problem)
WRONG = [
    ({"name": ""}, "name", "needed"),
    ({"credential": "DPT"}, "credential", "one of"),
    ({"npi": "1234567890"}, "npi", "NPI"),
    ({"taxonomy": "12345"}, "taxonomy", "taxonomy"),
    ({"capacity": "0"}, "capacity", "1 or more"),
    ({"capacity": "many"}, "capacity", "whole number"),
    ({"start": "17:00", "end": "08:00"}, "end", "after the start"),
    ({"start": "8am"}, "start", "time of day"),
    ({"days": ["mon", "someday"]}, "days", "days of the week"),
    ({"credential": "PTA"}, "supervisor_id", "supervisor"),
    ({"supervisor_id": "999999"}, "supervisor_id", "not an active therapist"),
]


@pytest.mark.parametrize(("change", "field", "word"), WRONG)
def test_a_wrong_field_is_named_and_nothing_is_saved(
    pristine_practice: Practice, change: dict[str, object], field: str, word: str
) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        before = _count(session)
        form = replace(ProviderForm(name="Ada Vance", credential="OT", npi=_npi(2)), **change)  # type: ignore[arg-type]
        with pytest.raises(Invalid) as refused:
            save_provider(session, actor=owner, clinic_id=_clinic(session), form=form)
        fields = refused.value.extra["fields"]
        assert isinstance(fields, dict) and field in fields, fields
        assert word in fields[field]
        assert _count(session) == before


def test_supervision_is_checked_for_the_assistant_and_for_whom_a_therapist_supervises(
    pristine_practice: Practice,
) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        clinic_id = _clinic(session)
        pt, ot = _therapist(session, clinic_id, "PT"), _therapist(session, clinic_id, "OT")
        assert pt.id in {p.id for p in supervisors(session, clinic_id=clinic_id)}
        assert all(p.credential in ("PT", "OT", "SLP") for p in supervisors(session, clinic_id=clinic_id))

        with pytest.raises(Invalid) as refused:  # a PTA under an OT
            save_provider(
                session,
                actor=owner,
                clinic_id=clinic_id,
                form=ProviderForm(name="Lou Park", credential="PTA", supervisor_id=str(ot.id)),
            )
        assert "PT therapist, not an OT" in refused.value.extra["fields"]["supervisor_id"]  # type: ignore[index]

        pta = save_provider(
            session,
            actor=owner,
            clinic_id=clinic_id,
            form=ProviderForm(name="Lou Park", credential="PTA", supervisor_id=str(pt.id)),
        )
        assert pta.supervising_provider_id == pt.id
        # The supervising PT may not become an OT while a PTA works under them.
        with pytest.raises(Invalid) as refused:
            save_provider(
                session,
                actor=owner,
                clinic_id=clinic_id,
                form=replace(form_of(session, pt), credential="OT"),
                provider_id=pt.id,
            )
        assert "assistants they supervise" in refused.value.extra["fields"]["credential"]  # type: ignore[index]
        # A therapist's twin by name in the same clinic is refused.
        with pytest.raises(Invalid) as refused:
            save_provider(
                session,
                actor=owner,
                clinic_id=clinic_id,
                form=ProviderForm(name="Lou Park", credential="PTA", supervisor_id=str(pt.id)),
            )
        assert "name" in refused.value.extra["fields"]  # type: ignore[operator]


def test_a_provider_with_visits_booked_ahead_stays_active(
    pristine_practice: Practice, demo_clock: datetime
) -> None:
    """At the demo's moment (conftest.demo_clock): the demo's visits are ahead on any day."""
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        busy = session.exec(
            select(Appointment.provider_id)
            .where(
                Appointment.status == AppointmentStatus.booked,
                col(Appointment.starts_at) >= utcnow() + timedelta(hours=1),
            )
            .order_by(col(Appointment.provider_id))
            .limit(1)
        ).first()
        assert busy is not None, "the demo has visits booked ahead"
        with pytest.raises(Conflict, match="booked visit"):
            set_provider_active(session, actor=owner, provider_id=busy, active=False)
        assert session.get(Provider, busy).is_active  # type: ignore[union-attr]

        new = save_provider(
            session,
            actor=owner,
            clinic_id=_clinic(session, "hillcrest"),
            form=ProviderForm(name="Ida Crane", credential="SLP", npi=_npi(3)),
        )
        assert not set_provider_active(session, actor=owner, provider_id=new.id or 0, active=False).is_active
        assert _last_audit(session, new.id or 0) == "deactivated"
        assert new.id not in {p.id for p in supervisors(session, clinic_id=new.clinic_id)}
        assert set_provider_active(session, actor=owner, provider_id=new.id or 0, active=True).is_active
        assert _last_audit(session, new.id or 0) == "activated"


@pytest.mark.parametrize("role", ["therapist", "front_desk", "biller"])
def test_only_an_owner_manages_providers(pristine_practice: Practice, role: str) -> None:
    actor = pristine_practice.actor(role, None if role == "biller" else "riverside")
    with pristine_practice.session() as session:
        clinic_id = _clinic(session)
        before = _count(session)
        with pytest.raises(Forbidden):
            save_provider(
                session,
                actor=actor,
                clinic_id=clinic_id,
                form=ProviderForm(name="Max Hale", credential="PT", npi=_npi(4)),
            )
        with pytest.raises(Forbidden):
            set_provider_active(
                session, actor=actor, provider_id=_therapist(session, clinic_id, "PT").id or 0, active=False
            )
        with pytest.raises(Forbidden):
            list_for_owner(session, actor=actor)
        assert _count(session) == before


def test_a_provider_is_read_by_id_and_none_is_no_provider(pristine_practice: Practice) -> None:
    with pristine_practice.session() as session:
        first = session.exec(select(Provider).order_by(col(Provider.id))).first()
        assert first is not None and first.id is not None
        found = provider_of(session, first.id)
        assert found is not None and (found.id, found.full_name) == (first.id, first.full_name)
        assert provider_of(session, None) is None
        assert provider_of(session, 10**9) is None
