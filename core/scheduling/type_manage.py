"""An owner manages a clinic's appointment types on their page after setup: adds one, changes its
name, discipline, kind, minutes, default provider and group size, and adds the usual types of a
discipline. Fields are checked by the description `therascribe init` reads (core/clinics/setup.py),
each problem named by its field; then the change is written with its audit entry, or nothing is."""

from dataclasses import dataclass
from typing import Any, get_args

from sqlmodel import Session, col, func, select

from core.access import audit_change, load_to_manage, require, require_anywhere, to_manage_or_add
from core.actor import Actor
from core.clinics.models import Clinic
from core.clinics.setup import TypeSpec, checked_form
from core.db import committed
from core.errors import Invalid, NotFound, to_correct
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.models import AppointmentType
from core.scheduling.types import default_types, ensure_appointment_type
from core.upsert import change_said, upsert
from core.words import with_article

# The kinds a setup file may name, so the page offers exactly those.
KINDS: tuple[str, ...] = get_args(TypeSpec.model_fields["kind"].annotation)


@dataclass
class TypeForm:
    """What an appointment type's form holds, as typed (strings; empty is not given)."""

    name: str = ""
    discipline: str = "PT"
    kind: str = "follow-up"
    minutes: str = "45"
    group_capacity: str = ""
    default_provider_id: str = ""


def form_of(kind: AppointmentType) -> TypeForm:
    return TypeForm(
        name=kind.name,
        discipline=kind.discipline,
        kind=kind.kind,
        minutes=str(kind.duration_minutes),
        group_capacity=str(kind.group_capacity or ""),
        default_provider_id=str(kind.default_provider_id or ""),
    )


def list_for_owner(session: Session, *, actor: Actor) -> list[tuple[Clinic, list[AppointmentType]]]:
    """Each clinic whose settings the actor manages, with its types by discipline and name."""
    clinics = session.exec(
        select(Clinic)
        .where(col(Clinic.id).in_(require_anywhere(session, actor, Action.settings_manage)))
        .order_by(col(Clinic.id))
    ).all()
    return [
        (
            clinic,
            list(
                session.exec(
                    select(AppointmentType)
                    .where(AppointmentType.clinic_id == clinic.id)
                    .order_by(col(AppointmentType.discipline), col(AppointmentType.name))
                ).all()
            ),
        )
        for clinic in clinics
    ]


def load_for_owner(session: Session, *, actor: Actor, type_id: int) -> AppointmentType:
    return load_to_manage(session, actor, AppointmentType, type_id, "appointment_type")


def _audit(session: Session, actor: Actor, kind: AppointmentType, detail: str) -> None:
    audit_change(
        session, actor, Action.settings_manage, "appointment_type", kind.id or "", detail, kind.clinic_id
    )


def save_type(
    session: Session, *, actor: Actor, clinic_id: int, form: TypeForm, type_id: int | None = None
) -> AppointmentType:
    """Add an appointment type to the clinic (type_id None) or change one."""
    existing, clinic_id = to_manage_or_add(
        session, actor, AppointmentType, type_id, clinic_id, "appointment_type"
    )
    problems: dict[str, str] = {}
    data = {
        "name": form.name,
        "discipline": form.discipline,
        "kind": form.kind,
        "minutes": form.minutes.strip(),
        "group_capacity": form.group_capacity.strip() or None,
    }
    spec = checked_form(TypeSpec, data, problems, whole="group_capacity")
    provider = None
    if form.default_provider_id.strip():
        wanted = form.default_provider_id.strip()
        provider = session.get(Provider, int(wanted)) if wanted.isdigit() else None
        if provider is None or provider.clinic_id != clinic_id or not provider.is_active:
            problems["default_provider_id"] = "is not an active provider of this clinic"
        elif provider.discipline != form.discipline.strip():
            problems["default_provider_id"] = (
                f"is {with_article(provider.discipline)} provider; the type is {form.discipline.strip()}"
            )
    if spec is not None:
        twin = session.exec(
            select(AppointmentType).where(
                AppointmentType.clinic_id == clinic_id,
                func.lower(AppointmentType.name) == spec.name.lower(),
            )
        ).first()
        if twin is not None and twin.id != type_id:
            problems["name"] = f"is already appointment type {twin.id}'s name in this clinic"
    if problems or spec is None:
        raise to_correct(problems)
    values: dict[str, Any] = {
        "name": spec.name,
        "discipline": spec.discipline,
        "kind": spec.kind,
        "duration_minutes": spec.minutes,
        "group_capacity": spec.group_capacity,
        "default_provider_id": provider.id if provider else None,
    }
    with committed(session):
        kind, changed = upsert(
            session, existing, lambda: AppointmentType(clinic_id=clinic_id, **values), values
        )
        if detail := change_said(changed):
            _audit(session, actor, kind, detail)
    return kind


def add_usual_types(session: Session, *, actor: Actor, clinic_id: int, discipline: str) -> int:
    """The usual appointment types of a discipline (core/scheduling/types.py) the clinic lacks; how many
    were added (a type of the same name is left as the clinic has it)."""
    require(session, actor, Action.settings_manage, clinic_id=clinic_id, record_type="appointment_type")
    if discipline not in ("PT", "OT", "SLP"):
        raise Invalid("the discipline is PT, OT or SLP")
    if session.get(Clinic, clinic_id) is None:
        raise NotFound(f"clinic {clinic_id} not found")
    names = {
        n.lower()
        for n in session.exec(select(AppointmentType.name).where(AppointmentType.clinic_id == clinic_id))
    }
    added = 0
    with committed(session):
        for name, kind_name, minutes in default_types(discipline):
            if name.lower() in names:
                continue
            kind, _ = ensure_appointment_type(
                session,
                clinic_id=clinic_id,
                name=name,
                discipline=discipline,
                kind=kind_name,
                minutes=minutes,
            )
            _audit(session, actor, kind, "created (usual types)")
            added += 1
    return added
