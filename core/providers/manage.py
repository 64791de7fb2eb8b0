"""An owner manages a clinic's providers on their page after setup: adds one, changes their credential,
NPI, taxonomy, supervising therapist, capacity and hours, deactivates or activates them. The fields
are checked by the same description `therascribe init` reads (core/clinics/setup.py), each problem
named by its field; then the change is written with its audit entry, or nothing is."""

from dataclasses import dataclass, field

from sqlmodel import Session, col, func, select

from core.access import audit_change, load_to_manage, require_anywhere, to_manage_or_add
from core.actor import Actor
from core.clinics.models import Clinic
from core.clinics.setup import ProviderSpec, checked_form, supervision_problem
from core.db import committed
from core.enums import AppointmentStatus, Credential
from core.errors import Conflict, to_correct
from core.permissions import Action
from core.providers.models import Provider
from core.providers.rules import clock, deactivation_refusal, week_summary, week_text
from core.providers.service import active_in, add_hours, find_provider, provider_values
from core.scheduling.models import Appointment, ProviderHours
from core.timeutil import utcnow
from core.upsert import change_said, upsert


@dataclass
class ProviderForm:
    """What the provider's form holds, as typed (strings; empty is not given)."""

    name: str = ""
    credential: str = ""
    npi: str = ""
    taxonomy: str = ""
    supervisor_id: str = ""
    capacity: str = "1"
    days: list[str] = field(default_factory=lambda: ["mon", "tue", "wed", "thu", "fri"])
    start: str = "08:00"
    end: str = "17:00"


@dataclass
class ProviderRow:
    provider: Provider
    name: str
    clinic: str
    supervisor: str
    hours: str
    form: ProviderForm


def _hours(session: Session, provider_id: int) -> list[tuple[int, int, int]]:
    return [
        (h.weekday, h.start_minute, h.end_minute)
        for h in session.exec(select(ProviderHours).where(ProviderHours.provider_id == provider_id)).all()
    ]


def form_of(session: Session, provider: Provider) -> ProviderForm:
    """The provider as their form shows them."""
    summary = week_summary(_hours(session, provider.id or 0))
    days, start, end = summary if summary else ([], 8 * 60, 17 * 60)
    return ProviderForm(
        name=provider.full_name.split(",")[0].strip(),
        credential=provider.credential,
        npi=provider.npi or "",
        taxonomy=provider.taxonomy_code or "",
        supervisor_id=str(provider.supervising_provider_id or ""),
        capacity=str(provider.capacity),
        days=days,
        start=clock(start),
        end=clock(end),
    )


def list_for_owner(session: Session, *, actor: Actor) -> list[ProviderRow]:
    """Every provider, active or not, of the clinics whose settings the actor manages."""
    clinics = require_anywhere(session, actor, Action.settings_manage)
    names = {c.id: c.name for c in session.exec(select(Clinic).where(col(Clinic.id).in_(clinics))).all()}
    providers = session.exec(
        select(Provider)
        .where(col(Provider.clinic_id).in_(clinics))
        .order_by(col(Provider.clinic_id), col(Provider.is_active).desc(), col(Provider.full_name))
    ).all()
    by_id = {p.id: p for p in providers}
    rows = []
    for p in providers:
        summary = week_summary(_hours(session, p.id or 0))
        boss = by_id.get(p.supervising_provider_id)
        rows.append(
            ProviderRow(
                provider=p,
                name=p.full_name,
                clinic=names.get(p.clinic_id, str(p.clinic_id)),
                supervisor=boss.full_name if boss else "",
                hours=week_text(summary),
                form=form_of(session, p),
            )
        )
    return rows


def load_for_owner(session: Session, *, actor: Actor, provider_id: int) -> Provider:
    return load_to_manage(session, actor, Provider, provider_id, "provider")


def supervisors(session: Session, *, clinic_id: int, exclude: int | None = None) -> list[Provider]:
    """The clinic's active therapists (not assistants), who may supervise an assistant of their own
    discipline."""
    return [
        p
        for p in active_in(session, clinic_ids=[clinic_id], exclude=exclude)
        if not Credential(p.credential).is_assistant
    ]


def _supervised(session: Session, provider_id: int) -> list[Provider]:
    """The active providers this one supervises."""
    return list(
        session.exec(
            select(Provider).where(
                Provider.supervising_provider_id == provider_id, col(Provider.is_active).is_(True)
            )
        ).all()
    )


def _on_form(place: str, message: str) -> tuple[str, str]:
    """A problem of the setup's description of a provider as the field of the form that holds it."""
    if place == "hours":  # the hours' end is not after their start
        return "end", "is not after the start"
    if place.startswith("hours.days"):
        return "days", "are days of the week"
    return place.removeprefix("hours."), message


def _checked(
    session: Session, clinic_id: int, form: ProviderForm, provider_id: int | None
) -> tuple[ProviderSpec, Provider | None]:
    """The form as the setup's description of a provider, or Invalid naming each wrong field."""
    problems: dict[str, str] = {}
    boss = None
    if form.supervisor_id.strip():
        boss = session.get(Provider, int(form.supervisor_id)) if form.supervisor_id.isdigit() else None
        if boss is None or boss.clinic_id != clinic_id or boss.id == provider_id or not boss.is_active:
            problems["supervisor_id"] = "is not an active therapist of this clinic"
            boss = None
    data = {
        "name": form.name,
        "credential": form.credential.strip().upper(),
        "npi": form.npi.strip() or None,
        "taxonomy": form.taxonomy.strip().upper() or None,
        "supervisor": str(boss.id) if boss else None,
        "capacity": form.capacity.strip() or "1",
        "hours": {"days": form.days, "start": form.start, "end": form.end},
    }
    spec = checked_form(ProviderSpec, data, problems, whole="supervisor_id", on_form=_on_form)
    if spec is not None and boss is not None:
        problem = supervision_problem(spec.credential, Credential(boss.credential))
        if problem:
            problems["supervisor_id"] = problem
    if spec is not None and provider_id is not None:
        supervised = _supervised(session, provider_id)
        problem = next(
            (supervision_problem(Credential(p.credential), spec.credential) for p in supervised), None
        )
        if problem:
            problems["credential"] = f"would not fit the assistants they supervise: {problem}"
    if spec is not None and not problems:
        twin = find_provider(session, clinic_id=clinic_id, name=spec.name, npi=spec.npi)
        if twin is not None and twin.id != provider_id:
            problems["npi" if spec.npi and twin.npi == spec.npi else "name"] = (
                f"is already {twin.full_name}'s (provider {twin.id})"
            )
    if problems or spec is None:
        raise to_correct(problems)
    return spec, boss


def save_provider(
    session: Session, *, actor: Actor, clinic_id: int, form: ProviderForm, provider_id: int | None = None
) -> Provider:
    """Add a provider to the clinic (provider_id None) or change one; hours given replace their weekly
    hours only when they differ from what the form showed (split shifts set on the schedule stay)."""
    existing, clinic_id = to_manage_or_add(session, actor, Provider, provider_id, clinic_id, "provider")
    spec, boss = _checked(session, clinic_id, form, provider_id)
    with committed(session):
        values = provider_values(spec) | {"supervising_provider_id": boss.id if boss else None}
        provider, changed = upsert(session, existing, lambda: Provider(clinic_id=clinic_id, **values), values)
        wanted = spec.hours.weekly()
        if week_summary(_hours(session, provider.id or 0)) != week_summary(wanted):
            for row in session.exec(select(ProviderHours).where(ProviderHours.provider_id == provider.id)):
                session.delete(row)
            add_hours(session, provider, wanted)
            changed = None if changed is None else [*changed, "hours"]
        if detail := change_said(changed):
            audit_change(
                session, actor, Action.settings_manage, "provider", provider.id or "", detail, clinic_id
            )
    return provider


def set_provider_active(session: Session, *, actor: Actor, provider_id: int, active: bool) -> Provider:
    """Deactivate a provider (kept on every record they are on, gone from the schedule's choices), or
    bring one back; refused while they have visits booked ahead or supervise an active assistant."""
    provider = load_for_owner(session, actor=actor, provider_id=provider_id)
    if provider.is_active == active:
        return provider
    if not active:
        booked = session.exec(
            select(func.count()).where(
                Appointment.provider_id == provider_id,
                Appointment.status == AppointmentStatus.booked.value,
                col(Appointment.starts_at) >= utcnow(),
            )
        ).one()
        refusal = deactivation_refusal(int(booked), len(_supervised(session, provider_id)))
        if refusal:
            raise Conflict(f"{provider.full_name} stays active: {refusal}")
    provider.is_active = active
    session.add(provider)
    detail = "activated" if active else "deactivated"
    audit_change(session, actor, Action.settings_manage, "provider", provider_id, detail, provider.clinic_id)
    session.commit()
    return provider
