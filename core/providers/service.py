"""Providers as the schedule names them (the active ones of the caller's clinics), and a clinic's provider
set up or brought in line with a description."""

from collections.abc import Collection, Iterable
from typing import Any, Protocol

from sqlmodel import Session, col, select

from core.actor import Actor
from core.enums import Credential
from core.providers.models import Provider


def active_providers(session: Session, *, actor: Actor) -> list[Provider]:
    """Active providers of the clinics the caller belongs to (names, credentials and disciplines: no
    patient data); another clinic's staff are never listed."""
    return list(
        session.exec(
            select(Provider)
            .where(col(Provider.clinic_id).in_(list(actor.roles)), col(Provider.is_active).is_(True))
            .order_by(col(Provider.id))
        ).all()
    )


def provider_of(session: Session, provider_id: int | None) -> Provider | None:
    """A provider by id (name, credential, NPI and supervisor: no patient data), or None: whom a visit, a
    note or a citation names, whoever may see what names them."""
    return session.get(Provider, provider_id) if provider_id is not None else None


def providers_in(session: Session, *, clinic_ids: Collection[int]) -> dict[int, Provider]:
    """Every provider of these clinics, active or not, by id (names and credentials, no patient data):
    whom a list of past claims or visits names, read once before the list is written."""
    return {
        p.id or 0: p
        for p in session.exec(select(Provider).where(col(Provider.clinic_id).in_(list(clinic_ids)))).all()
    }


def active_in(
    session: Session,
    *,
    clinic_ids: Collection[int],
    exclude: int | None = None,
    by_discipline: bool = False,
) -> list[Provider]:
    """The active providers of these clinics by name (no patient data): whom an owner may choose as a
    supervisor or as an appointment type's default provider, whom the desk books with. `exclude` leaves one
    out (a provider is not their own supervisor); `by_discipline` lists them as the schedule does, PT, OT
    and SLP each together."""
    order = (col(Provider.discipline),) if by_discipline else ()
    return [
        p
        for p in session.exec(
            select(Provider)
            .where(col(Provider.clinic_id).in_(list(clinic_ids)), col(Provider.is_active).is_(True))
            .order_by(*order, col(Provider.full_name), col(Provider.id))
        ).all()
        if p.id != exclude
    ]


# The usual NUCC taxonomy code of each discipline's therapists (a provider may have their own).
TAXONOMY = {"PT": "225100000X", "OT": "225X00000X", "SLP": "235Z00000X"}


def find_provider(session: Session, *, clinic_id: int, name: str, npi: str | None) -> Provider | None:
    """A clinic's provider by NPI, else by name (what comes before the credential: 'Ana Ruiz, PT')."""
    query = select(Provider).where(Provider.clinic_id == clinic_id)
    if npi:
        found = session.exec(query.where(Provider.npi == npi)).first()
        if found is not None:
            return found
    wanted = name.strip().lower()
    return next(
        (p for p in session.exec(query).all() if p.full_name.split(",")[0].strip().lower() == wanted), None
    )


class ProviderDescription(Protocol):
    """A provider as a setup file's entry or the provider form describes them (clinics.setup.ProviderSpec)."""

    @property
    def name(self) -> str: ...
    @property
    def credential(self) -> Credential: ...
    @property
    def npi(self) -> str | None: ...
    @property
    def taxonomy(self) -> str | None: ...
    @property
    def capacity(self) -> int: ...


def provider_values(spec: ProviderDescription) -> dict[str, Any]:
    """A provider's columns from their description: named as the schedule shows them ('Ana Ruiz, PT'),
    of their credential's discipline, with the discipline's usual taxonomy code where none is given."""
    discipline = spec.credential.discipline.value
    return {
        "full_name": f"{spec.name}, {spec.credential.value}",
        "discipline": discipline,
        "credential": spec.credential.value,
        "npi": spec.npi,
        "taxonomy_code": spec.taxonomy or TAXONOMY[discipline],
        "capacity": spec.capacity,
    }


def add_hours(session: Session, provider: Provider, hours: Iterable[tuple[int, int, int]]) -> None:
    """Weekly hours (weekday, start minute, end minute) added to a provider, in the caller's transaction."""
    from core.scheduling.models import ProviderHours

    for weekday, start, end in hours:
        session.add(
            ProviderHours(
                provider_id=provider.id or 0,
                clinic_id=provider.clinic_id,
                weekday=weekday,
                start_minute=start,
                end_minute=end,
            )
        )


def ensure_provider(
    session: Session, *, clinic_id: int, spec: ProviderDescription, hours: Iterable[tuple[int, int, int]] = ()
) -> tuple[Provider, list[str] | None]:
    """A provider as described, in the caller's transaction (the caller checks who may and audits):
    created with its weekly hours (weekday, start minute, end minute), or brought in line; hours of a
    provider already here are theirs to change on the schedule and are left alone."""
    from core.upsert import upsert

    values = provider_values(spec) | {"is_active": True}
    found = find_provider(session, clinic_id=clinic_id, name=spec.name, npi=spec.npi)
    provider, changed = upsert(session, found, lambda: Provider(clinic_id=clinic_id, **values), values)
    if changed is None:
        add_hours(session, provider, hours)
    return provider, changed


def own_provider(session: Session, *, actor: Actor, clinic_id: int) -> int:
    """The asker's own provider record in that clinic: what they write plans and notes as."""
    from core.errors import Forbidden

    found = session.exec(
        select(Provider.id).where(col(Provider.id).in_(actor.provider_ids), Provider.clinic_id == clinic_id)
    ).first()
    if found is None:
        raise Forbidden("only a clinician of the patient's clinic writes this")
    return found
