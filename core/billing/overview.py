"""The biller's desk in one read: charges not yet on a claim, and claims by status with their payer,
within the clinics the biller may see; every patient shown is an audited read."""

from datetime import date
from typing import Any

from pydantic import BaseModel, Field
from sqlmodel import Session, col, func, select

from core.access import require_anywhere
from core.actor import Actor
from core.audit.service import Event, record
from core.billing.models import Charge, Claim, ClaimLine
from core.db import count_rows
from core.enums import ClaimLineStatus, ClaimStatus
from core.exports import Export, export
from core.paging import page_count
from core.patients.models import Patient, full_name, listed_name
from core.patients.query import search_terms
from core.payers.models import Payer
from core.permissions import Action
from core.timeutil import utcnow

# The claims page's filters, in the order a claim passes through them.
STATUSES = (
    ClaimStatus.draft,
    ClaimStatus.held,
    ClaimStatus.ready,
    ClaimStatus.submitted,
    ClaimStatus.rejected,
    ClaimStatus.partially_paid,
    ClaimStatus.paid,
    ClaimStatus.denied,
)


def count_open_charges(session: Session, *, actor: Actor) -> int:
    """How many charges wait for a claim in the clinics the asker may see: open_charges lists only the
    newest of them, and a week not billed is several hundred."""
    clinics = require_anywhere(session, actor, Action.charge_read)
    return session.exec(
        select(func.count())
        .select_from(Charge)
        .where(col(Charge.clinic_id).in_(clinics), Charge.status == "open")
    ).one()


def count_claims(session: Session, *, actor: Actor, status: str) -> int:
    """How many claims in a status the clinics the asker may see hold: a work list shows a page of them,
    and a month of plans the physician has not signed holds a hundred."""
    clinics = require_anywhere(session, actor, Action.claim_read)
    return session.exec(
        select(func.count())
        .select_from(Claim)
        .where(col(Claim.clinic_id).in_(clinics), Claim.status == status)
    ).one()


def count_denied_lines(session: Session, *, actor: Actor) -> int:
    """How many denied claim lines wait to be worked (written off, appealed or corrected) in the clinics
    the asker may see: the denials work list shows them a page at a time, a line a row."""
    clinics = require_anywhere(session, actor, Action.claim_read)
    return session.exec(
        select(func.count())
        .select_from(ClaimLine)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(col(Claim.clinic_id).in_(clinics), ClaimLine.status == ClaimLineStatus.denied)
    ).one()


def open_charges(session: Session, *, actor: Actor, limit: int = 200) -> list[dict[str, Any]]:
    """Charges from signed notes that no claim carries yet, newest service first."""
    clinics = require_anywhere(session, actor, Action.charge_read)
    rows = session.exec(
        select(Charge, Patient)
        .join(Patient, col(Patient.id) == Charge.patient_id)
        .where(col(Charge.clinic_id).in_(clinics), Charge.status == "open")
        .order_by(col(Charge.service_date).desc(), col(Charge.id))
        .limit(limit)
    ).all()
    _audit(session, actor, Action.charge_read, [(c.clinic_id, c.patient_id, "charge", c.id) for c, _ in rows])
    return [
        {
            "id": c.id,
            "clinic_id": c.clinic_id,
            "visit_id": c.visit_id,
            "patient": full_name(p),
            "service_date": c.service_date,
            "cpt": c.cpt,
            "modifiers": c.modifiers,
            "units": c.units,
            "minutes": c.minutes,
            "amount_cents": c.amount_cents,
        }
        for c, p in rows
    ]


def claims_by_status(
    session: Session, *, actor: Actor, status: str, limit: int = 200
) -> list[dict[str, Any]]:
    """Claims in one status, with patient and payer names, oldest service first."""
    if status not in STATUSES:
        status = ClaimStatus.ready
    clinics = require_anywhere(session, actor, Action.claim_read)
    rows = session.exec(
        select(Claim, Patient, Payer)
        .join(Patient, col(Patient.id) == Claim.patient_id)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .where(col(Claim.clinic_id).in_(clinics), Claim.status == status)
        .order_by(col(Claim.service_date), col(Claim.id))
        .limit(limit)
    ).all()
    _audit(
        session, actor, Action.claim_read, [(c.clinic_id, c.patient_id, "claim", c.id) for c, _, _ in rows]
    )
    return [
        {
            "id": c.id,
            "clinic_id": c.clinic_id,
            "payer_id": c.payer_id,
            "payer": payer.name,
            "patient": full_name(p),
            "patient_id": c.patient_id,
            "service_date": c.service_date,
            "total_cents": c.total_cents,
            "paid_cents": c.paid_cents,
            "status": c.status,
            "control_number": c.control_number,
        }
        for c, p, payer in rows
    ]


def claim_names(session: Session, *, actor: Actor, claim_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Who and which payer each of these claims is, as the claims search names them, by claim id: the
    held list's names read by id, not by a second search of every held claim (#20). Claims outside
    the clinics the asker may see are left out; each one named is an audited read."""
    if not claim_ids:
        return {}
    clinics = require_anywhere(session, actor, Action.claim_read)
    rows = session.exec(
        select(Claim, Patient, Payer)
        .join(Patient, col(Patient.id) == Claim.patient_id)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .where(col(Claim.clinic_id).in_(clinics), col(Claim.id).in_(claim_ids))
        .order_by(col(Claim.service_date), col(Claim.id))
    ).all()
    _audit(
        session, actor, Action.claim_read, [(c.clinic_id, c.patient_id, "claim", c.id) for c, _, _ in rows]
    )
    return {c.id: _claim_row(c, p, payer) for c, p, payer in rows if c.id is not None}


# What the claims list may be sorted by, each with a tie-breaker so pages never overlap.
SORTS = {
    "service_date": (Claim.service_date,),
    "patient": (Patient.last_name, Patient.first_name),
    "payer": (Payer.name,),
    "status": (Claim.status,),
    "billed": (Claim.total_cents,),
    "control_number": (Claim.control_number,),
}


class ClaimQuery(BaseModel):
    """The biller's claims search: every filter given must hold; empty ones are left out."""

    patient: str = Field(default="", max_length=100, description="name words in any order, or a birth date")
    control_number: str = Field(default="", max_length=30)
    payer_id: int | None = None
    status: str = ""
    service_from: date | None = None
    service_to: date | None = None
    sort: str = "service_date"
    descending: bool = True
    page: int = Field(default=1, ge=1)
    per_page: int = Field(default=50, ge=1, le=200)


class ClaimPage(BaseModel):
    rows: list[dict[str, Any]]
    total: int
    page: int
    pages: int


def search_claims(session: Session, *, actor: Actor, query: ClaimQuery) -> ClaimPage:
    """Claims matching the query in the clinics the asker may see, one page of them, with patient and
    payer names; each row shown is an audited read. Newest service first unless sorted otherwise."""
    stmt = _matching(session, actor, query)
    total = count_rows(session, stmt)
    pages = page_count(total, query.per_page)
    page = min(query.page, pages)
    rows = _read(session, actor, stmt, query, offset=(page - 1) * query.per_page, limit=query.per_page)
    return ClaimPage(rows=rows, total=total, page=page, pages=pages)


def export_claims(session: Session, *, actor: Actor, query: ClaimQuery) -> Export:
    """Every claim the query finds, in its order, as search_claims writes a row (the biller's search as
    a spreadsheet), read a chunk at a time; audited as one export with its filters and row count, and
    once per patient in it, before the first row is read."""
    stmt = _matching(session, actor, query)
    filters = {
        "patient": query.patient.strip(),
        "control_number": query.control_number.strip(),
        "payer_id": query.payer_id,
        "status": query.status if query.status in STATUSES else "",
        "from": query.service_from,
        "to": query.service_to,
        "sort": f"{query.sort} {'desc' if query.descending else 'asc'}",
    }
    patients = (
        select(Claim.clinic_id, Claim.patient_id)
        .where(col(Claim.id).in_(stmt.with_only_columns(Claim.id)))
        .distinct()
    )
    return export(
        session,
        actor,
        what="claims",
        filters=filters,
        stmt=_ordered(stmt, query),
        row=lambda r: _claim_row(*r),
        patients=patients,
    )


def _matching(session: Session, actor: Actor, query: ClaimQuery) -> Any:
    """The claims, patients and payers the query's filters find in the clinics the asker may see."""
    clinics = require_anywhere(session, actor, Action.claim_read)
    stmt = (
        select(Claim, Patient, Payer)
        .join(Patient, col(Patient.id) == Claim.patient_id)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .where(col(Claim.clinic_id).in_(clinics))
    )
    terms = search_terms(query.patient, utcnow().date())
    for word in terms.words:
        stmt = stmt.where(col(Patient.name_search).contains(word, autoescape=True))
    if terms.birth_date is not None:
        stmt = stmt.where(Patient.birth_date == terms.birth_date)
    if query.control_number.strip():
        stmt = stmt.where(
            col(Claim.control_number).contains(query.control_number.strip().upper(), autoescape=True)
        )
    if query.payer_id:
        stmt = stmt.where(Claim.payer_id == query.payer_id)
    if query.status in STATUSES:
        stmt = stmt.where(Claim.status == query.status)
    if query.service_from:
        stmt = stmt.where(col(Claim.service_date) >= query.service_from)
    if query.service_to:
        stmt = stmt.where(col(Claim.service_date) <= query.service_to)
    return stmt


def _ordered(stmt: Any, query: ClaimQuery) -> Any:
    """The matching claims in the query's order (the claim's id breaks ties, so pages never overlap)."""
    columns = [*SORTS.get(query.sort, SORTS["service_date"]), Claim.id]
    return stmt.order_by(*[col(k).desc() if query.descending else col(k) for k in columns])


def _read(
    session: Session, actor: Actor, stmt: Any, query: ClaimQuery, *, offset: int, limit: int
) -> list[dict[str, Any]]:
    """`limit` rows of the matching claims from `offset`, in the query's order, each an audited read."""
    rows = session.exec(_ordered(stmt, query).offset(offset).limit(limit)).all()
    _audit(
        session, actor, Action.claim_read, [(c.clinic_id, c.patient_id, "claim", c.id) for c, _, _ in rows]
    )
    return [_claim_row(c, p, payer) for c, p, payer in rows]


def _claim_row(c: Claim, p: Patient, payer: Payer) -> dict[str, Any]:
    return {
        "id": c.id,
        "clinic_id": c.clinic_id,
        "payer_id": c.payer_id,
        "payer": payer.name,
        "patient": listed_name(p),
        "patient_id": c.patient_id,
        "service_date": c.service_date,
        "total_cents": c.total_cents,
        "paid_cents": c.paid_cents,
        "patient_responsibility_cents": c.patient_responsibility_cents,
        "status": c.status,
        "control_number": c.control_number,
        "provider_id": c.provider_id,
        "first_submitted_at": c.first_submitted_at,
    }


def _audit(
    session: Session, actor: Actor, action: Action, seen: list[tuple[int, int, str, int | None]]
) -> None:
    record(
        session,
        actor,
        [
            Event(action.value, clinic_id=clinic, patient_id=patient, record_type=kind, record_id=rid or "")
            for clinic, patient, kind, rid in seen
        ],
    )
    session.commit()
