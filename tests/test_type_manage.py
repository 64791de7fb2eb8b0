"""core.scheduling.type_manage called directly on a demo practice of the module's own: an owner adds and
changes a clinic's appointment types, each wrong field named and nothing saved, and adds back the usual
types of a discipline the clinic lacks; no one else may."""

from dataclasses import replace

import pytest
from conftest import Practice
from sqlmodel import Session, col, func, select

from core.audit.models import AuditEntry
from core.clinics.models import Clinic
from core.errors import Forbidden, Invalid
from core.providers.models import Provider
from core.scheduling.models import AppointmentType
from core.scheduling.type_manage import (
    KINDS,
    TypeForm,
    add_usual_types,
    form_of,
    list_for_owner,
    load_for_owner,
    save_type,
)
from core.scheduling.types import default_types

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _clinic(session: Session, name: str = "Riverside Therapy") -> int:
    return session.exec(select(Clinic.id).where(Clinic.name == name)).one() or 0


def _types(session: Session, clinic_id: int) -> int:
    return session.exec(
        select(func.count()).select_from(AppointmentType).where(AppointmentType.clinic_id == clinic_id)
    ).one()


def _provider(session: Session, clinic_id: int, discipline: str) -> Provider:
    found = session.exec(
        select(Provider)
        .where(Provider.clinic_id == clinic_id, Provider.credential == discipline, col(Provider.is_active))
        .order_by(col(Provider.id))
    ).first()
    assert found is not None
    return found


def test_the_kinds_offered_are_the_ones_a_setup_file_may_name() -> None:
    assert set(KINDS) == {"evaluation", "follow-up", "re-evaluation", "progress", "group"}


def test_an_owner_adds_a_type_then_changes_it(pristine_practice: Practice) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        clinic_id = _clinic(session)
        pt = _provider(session, clinic_id, "PT")
        form = TypeForm(
            name="PT aquatic", discipline="PT", kind="follow-up", minutes="50", default_provider_id=str(pt.id)
        )
        kind = save_type(session, actor=owner, clinic_id=clinic_id, form=form)
        assert (kind.name, kind.discipline, kind.kind, kind.duration_minutes) == (
            "PT aquatic",
            "PT",
            "follow-up",
            50,
        )
        assert kind.default_provider_id == pt.id and kind.group_capacity is None
        assert form_of(kind) == form

        group = save_type(
            session,
            actor=owner,
            clinic_id=clinic_id,
            form=replace(form, kind="group", group_capacity="6", default_provider_id=""),
            type_id=kind.id,
        )
        assert (group.id, group.kind, group.group_capacity, group.default_provider_id) == (
            kind.id,
            "group",
            6,
            None,
        )
        detail = session.exec(
            select(AuditEntry.detail)
            .where(AuditEntry.record_type == "appointment_type", AuditEntry.record_id == str(kind.id))
            .order_by(col(AuditEntry.id))
        ).all()
        assert detail[0] == "created"
        assert detail[-1].startswith("changed: ") and "group_capacity" in detail[-1] and "kind" in detail[-1]

        listed = dict((c.id, types) for c, types in list_for_owner(session, actor=owner))
        assert kind.id in {t.id for t in listed[clinic_id]}
        assert load_for_owner(session, actor=owner, type_id=kind.id or 0).name == "PT aquatic"


# (what the form says differently, the field named)
WRONG = [
    ({"name": ""}, "name"),
    ({"name": "x" * 81}, "name"),
    ({"discipline": "RN"}, "discipline"),
    ({"kind": "massage"}, "kind"),
    ({"minutes": "4"}, "minutes"),
    ({"minutes": "481"}, "minutes"),
    ({"minutes": "forty"}, "minutes"),
    ({"kind": "group"}, "group_capacity"),  # a group says how many it holds
    ({"kind": "group", "group_capacity": "1"}, "group_capacity"),
    ({"default_provider_id": "999999"}, "default_provider_id"),
    ({"default_provider_id": "abc"}, "default_provider_id"),
]


@pytest.mark.parametrize(("change", "field"), WRONG)
def test_a_wrong_field_is_named_and_nothing_is_saved(
    pristine_practice: Practice, change: dict[str, str], field: str
) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        clinic_id = _clinic(session)
        before = _types(session, clinic_id)
        form = replace(
            TypeForm(name="OT splinting", discipline="OT", kind="follow-up", minutes="30"), **change
        )
        with pytest.raises(Invalid) as refused:
            save_type(session, actor=owner, clinic_id=clinic_id, form=form)
        assert field in refused.value.extra["fields"]  # type: ignore[operator]
        assert _types(session, clinic_id) == before


def test_a_name_the_clinic_has_or_a_provider_of_another_kind_is_refused(pristine_practice: Practice) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        clinic_id, other = _clinic(session), _clinic(session, "Hillcrest Therapy")
        taken = session.exec(
            select(AppointmentType.name).where(AppointmentType.clinic_id == clinic_id)
        ).first()
        assert taken is not None
        for form, field, word in [
            (TypeForm(name=taken.upper(), discipline="PT"), "name", "already"),
            (
                TypeForm(
                    name="PT dry needling",
                    discipline="PT",
                    default_provider_id=str(_provider(session, clinic_id, "OT").id),
                ),
                "default_provider_id",
                "is an OT provider",
            ),
            (
                TypeForm(
                    name="PT dry needling",
                    discipline="PT",
                    default_provider_id=str(_provider(session, other, "PT").id),
                ),
                "default_provider_id",
                "not an active provider of this clinic",
            ),
        ]:
            with pytest.raises(Invalid) as refused:
                save_type(session, actor=owner, clinic_id=clinic_id, form=form)
            assert word in refused.value.extra["fields"][field]  # type: ignore[index]


def test_the_usual_types_a_clinic_lacks_are_added_once(pristine_practice: Practice) -> None:
    owner = pristine_practice.actor("owner")
    with pristine_practice.session() as session:
        clinic_id = _clinic(session, "Hillcrest Therapy")
        usual = [name for name, _, _ in default_types("SLP")]
        existing = session.exec(
            select(AppointmentType).where(
                AppointmentType.clinic_id == clinic_id, col(AppointmentType.name).in_(usual)
            )
        ).all()
        # Rename the clinic's own ones out of the way: each of the usual names is then missing.
        for n, kind in enumerate(existing):
            save_type(
                session,
                actor=owner,
                clinic_id=clinic_id,
                form=replace(form_of(kind), name=f"SLP old {n}"),
                type_id=kind.id,
            )
        before = _types(session, clinic_id)
        assert add_usual_types(session, actor=owner, clinic_id=clinic_id, discipline="SLP") == len(usual)
        assert _types(session, clinic_id) == before + len(usual)
        assert "SLP treatment" in usual  # an SLP's follow-up is a treatment visit
        assert add_usual_types(session, actor=owner, clinic_id=clinic_id, discipline="SLP") == 0
        with pytest.raises(Invalid):
            add_usual_types(session, actor=owner, clinic_id=clinic_id, discipline="RN")


@pytest.mark.parametrize("role", ["therapist", "front_desk", "biller"])
def test_only_an_owner_manages_appointment_types(pristine_practice: Practice, role: str) -> None:
    actor = pristine_practice.actor(role, None if role == "biller" else "riverside")
    with pristine_practice.session() as session:
        clinic_id = _clinic(session)
        before = _types(session, clinic_id)
        with pytest.raises(Forbidden):
            save_type(session, actor=actor, clinic_id=clinic_id, form=TypeForm(name="PT pool"))
        with pytest.raises(Forbidden):
            add_usual_types(session, actor=actor, clinic_id=clinic_id, discipline="PT")
        assert _types(session, clinic_id) == before
