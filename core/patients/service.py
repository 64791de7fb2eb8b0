"""Patients: search, read, create and update, within the caller's clinics, each access audited."""

from collections.abc import Iterable
from datetime import date
from typing import Any, Protocol, TypeVar

from sqlalchemy import or_
from sqlmodel import Session, col, func, select

from core.access import audit_each, audit_on, require, require_anywhere
from core.actor import Actor
from core.audit.models import AuditEntry
from core.audit.service import Event, record_one
from core.db import count_rows
from core.errors import Conflict, Invalid, NotFound, existing
from core.locks import lock, locked
from core.patients.models import Patient
from core.patients.query import search_terms
from core.patients.schemas import PatientCreate, PatientPage, PatientRead, PatientUpdate
from core.payers.models import Payer
from core.permissions import Action
from core.timeutil import utcnow

MAX_PAGE = 100


def search_key(first_name: str, last_name: str) -> str:
    return f"{first_name} {last_name}".strip().lower()


def load_patient(session: Session, patient_id: int) -> Patient:
    patient = existing(session.get(Patient, patient_id), "patient", patient_id)
    return patient


def _read(patient: Patient) -> PatientRead:
    return PatientRead.model_validate(patient, from_attributes=True)


def _phone_digits(column):
    """The column with the punctuation people type in phone numbers taken out (SQLite and PostgreSQL)."""
    for mark in ("-", "(", ")", " ", ".", "+"):
        column = func.replace(column, mark, "")
    return column


# How close a name must be to what was typed in a search box that matched no name as spelled: each word
# close to its own part of the name (_name_score's gate), and the whole at least this (rapidfuzz, 0-100):
# 'jonh smtih' to 'john smith' is 80.
LOOSE_SEARCH_SCORE = 78.0


def search(
    session: Session, *, actor: Actor, query: str = "", limit: int = 20, offset: int = 0
) -> PatientPage:
    """Patients whose name holds every word of `query` in any order ('Lopez, Maria', 'maria lop'), whose
    birth date is the one written (4/10/1984, 1984-04-10, 4/10/84) and whose phone holds the digits
    typed (ends with them, for 4 to 6 digits: '6642'), however either side punctuates them."""
    clinics = require_anywhere(session, actor, Action.patient_read)
    limit = max(1, min(limit, MAX_PAGE))
    terms = search_terms(query, utcnow().date())
    stmt = select(Patient).where(col(Patient.clinic_id).in_(clinics))
    for word in terms.words:
        stmt = stmt.where(col(Patient.name_search).contains(word, autoescape=True))
    if terms.birth_date is not None:
        stmt = stmt.where(Patient.birth_date == terms.birth_date)
    if terms.phone_digits:
        stmt = stmt.where(_phone_digits(col(Patient.phone)).contains(terms.phone_digits, autoescape=True))
    if terms.phone_ending:
        stmt = stmt.where(_phone_digits(col(Patient.phone)).endswith(terms.phone_ending, autoescape=True))
    total = count_rows(session, stmt)
    if total == 0 and offset == 0 and terms.words and not (terms.phone_digits or terms.phone_ending):
        # No name spelled so: the names close to it, two letters swapped or one missed ('Jonh Smtih',
        # #20), each word close to its own part of the name (find_loosely), best first.
        close = find_loosely(
            session,
            actor=actor,
            words=terms.words,
            birth_date=terms.birth_date,
            limit=min(limit, 10),
            min_score=LOOSE_SEARCH_SCORE,
            wide=True,
        )
        return PatientPage(items=[p for p, _ in close], total=len(close), limit=limit, offset=0, close=True)
    rows = session.exec(
        stmt.order_by(col(Patient.last_name), col(Patient.first_name), col(Patient.id))
        .limit(limit)
        .offset(offset)
    ).all()
    _audit_reads(session, actor, rows, "search result")
    return PatientPage(items=[_read(p) for p in rows], total=total, limit=limit, offset=offset)


def _audit_reads(session: Session, actor: Actor, patients: Iterable[Patient], detail: str) -> None:
    """Each patient a lookup returned is an audited read, committed with the lookup."""
    audit_each(session, actor, Action.patient_read, patients, "patient", detail)
    session.commit()


def load_patient_for(
    session: Session,
    actor: Actor,
    patient_id: int,
    action: Action,
    record_type: str,
    record_id: str | int = "",
) -> Patient:
    """The patient, once the actor may take `action` on their `record_type` records in the patient's
    clinic: NotFound for no such patient, Forbidden (audited) where the actor may not."""
    return _patient_for(session, actor, load_patient(session, patient_id), action, record_type, record_id)


def lock_patient_for(
    session: Session, actor: Actor, patient_id: int, action: Action, record_type: str
) -> Patient:
    """`load_patient_for` with the patient's row locked (core.locks.locked): a payment, a plan, a referral
    added to one patient are serialised on it, so the same request twice at once finds the first."""
    patient = locked(session, Patient, patient_id)
    if patient is None:
        raise NotFound(f"patient {patient_id} not found")
    return _patient_for(session, actor, patient, action, record_type)


def _patient_for(
    session: Session,
    actor: Actor,
    patient: Patient,
    action: Action,
    record_type: str,
    record_id: str | int = "",
) -> Patient:
    """The patient, once the actor may take `action` on their `record_type` records in their clinic."""
    require(
        session,
        actor,
        action,
        clinic_id=patient.clinic_id,
        patient_id=patient.id,
        record_type=record_type,
        record_id=record_id,
    )
    return patient


def audit_patient_records(
    session: Session,
    actor: Actor,
    action: Action,
    patient: Patient,
    record_type: str,
    detail: str = "",
    record_id: str | int = "",
) -> None:
    """The audit entry for an allowed read or change of the patient's `record_type` records (their
    balance, their claims, a referral added), in the patient's clinic."""
    record_one(
        session,
        actor,
        Event(
            action.value,
            clinic_id=patient.clinic_id,
            patient_id=patient.id,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
        ),
    )


def get(session: Session, *, actor: Actor, patient_id: int) -> PatientRead:
    patient = load_patient_for(session, actor, patient_id, Action.patient_read, "patient", patient_id)
    audit_on(session, actor, Action.patient_read, patient, "patient")
    session.commit()
    return _read(patient)


def _duplicate_of(
    session: Session, clinic_id: int, key: str, birth_date: date, exclude: int | None
) -> int | None:
    """Another patient of the clinic with this name and birth date.

    On PostgreSQL a lock per clinic and name makes check-then-insert atomic across sessions
    (SQLite's BEGIN IMMEDIATE already serialises writers).
    """
    lock(session, f"patient-name:{clinic_id}:{key}")
    stmt = select(Patient.id).where(
        Patient.clinic_id == clinic_id, Patient.name_search == key, Patient.birth_date == birth_date
    )
    if exclude is not None:
        stmt = stmt.where(Patient.id != exclude)
    return session.exec(stmt).first()


def create(session: Session, *, actor: Actor, data: PatientCreate) -> PatientRead:
    require(session, actor, Action.patient_write, clinic_id=data.clinic_id, record_type="patient")
    key = search_key(data.first_name, data.last_name)
    existing = _duplicate_of(session, data.clinic_id, key, data.birth_date, None)
    if existing is not None:
        raise Conflict(
            f"a patient with this name and birth date already exists in this clinic (patient {existing})",
            existing_id=existing,
        )
    patient = Patient(**data.model_dump(), name_search=key)
    session.add(patient)
    session.flush()
    audit_on(session, actor, Action.patient_write, patient, "patient", "created")
    session.commit()
    return _read(patient)


def update(session: Session, *, actor: Actor, patient_id: int, data: PatientUpdate) -> PatientRead:
    patient = load_patient_for(session, actor, patient_id, Action.patient_write, "patient", patient_id)
    changes = data.model_dump(exclude_unset=True)
    nulls = sorted(field for field, value in changes.items() if value is None)
    if nulls:
        raise Invalid(f"{', '.join(nulls)} cannot be null; leave a field out to keep it")
    for field, value in changes.items():
        setattr(patient, field, value)
    key = search_key(patient.first_name, patient.last_name)
    existing = _duplicate_of(session, patient.clinic_id, key, patient.birth_date, patient.id)
    if existing is not None:
        session.rollback()
        raise Conflict(
            f"the change would make this patient a duplicate of patient {existing}", existing_id=existing
        )
    patient.name_search = key
    patient.updated_at = utcnow()
    session.add(patient)
    audit_on(
        session, actor, Action.patient_write, patient, "patient", "updated: " + ", ".join(sorted(changes))
    )
    session.commit()
    return _read(patient)


def _name_score(words: list[str], probe: str, patient: Patient) -> float:
    """How close the words are to the patient's name; with a first and a last name each must be close to
    its own (so "Adam Graham" never lands on "Amy Graham")."""
    from rapidfuzz import fuzz

    first, last = patient.first_name.lower(), patient.last_name.lower()
    if len(words) == 1:
        return max(fuzz.ratio(words[0], last), fuzz.ratio(words[0], first))
    pairs = ((words[0], first, words[-1], last), (words[-1], first, words[0], last))  # "Lopez Maria" too
    if not any(fuzz.ratio(a, b) >= 75 and fuzz.ratio(c, d) >= 75 for a, b, c, d in pairs):
        return 0.0
    name = patient.name_search
    return max(fuzz.token_sort_ratio(probe, name), fuzz.ratio(probe, name))


def find_loosely(
    session: Session,
    *,
    actor: Actor,
    words: list[str],
    birth_date: date | None = None,
    limit: int = 5,
    min_score: float = 84.0,
    wide: bool = False,
) -> list[tuple[PatientRead, float]]:
    """Patients whose name is close to the words (typos and missing accents allowed), best first, within
    the asker's clinics; a birth date narrows them. `wide` looks further when nothing else matched: the
    names that begin as each word does (two letters swapped inside every word spoil every three-letter
    piece of it). Only the patients returned are audited as read."""
    clinics = require_anywhere(session, actor, Action.patient_read)
    words = [w.lower() for w in words if len(w) >= 2][:4]
    if not words:
        return []
    probe = " ".join(words)
    base = select(Patient).where(col(Patient.clinic_id).in_(clinics))
    if birth_date is not None:
        base = base.where(Patient.birth_date == birth_date)
    # Narrowest first: every word as typed; then every word's first three letters; then any three-letter
    # piece of any word (a typo rarely spoils both ends of a name). The first tier with a match wins.
    tiers = [
        [col(Patient.name_search).contains(w, autoescape=True) for w in words],
        [col(Patient.name_search).contains(w[:3], autoescape=True) for w in words],
        [
            or_(
                *(
                    col(Patient.name_search).contains(p, autoescape=True)
                    for p in {w[:3] for w in words} | {w[-3:] for w in words if len(w) >= 4}
                )
            )
        ],
    ]
    if wide:
        tiers.append([col(Patient.name_search).contains(w[:2], autoescape=True) for w in words])
    scored: list[tuple[Patient, float]] = []
    for conditions in tiers:
        for patient in session.exec(base.where(*conditions).limit(5000)).all():
            score = _name_score(words, probe, patient)
            if score >= min_score:
                scored.append((patient, score))
        if scored:
            break
    scored.sort(key=lambda item: (-item[1], item[0].last_name, item[0].id))
    best = scored[:limit]
    _audit_reads(session, actor, [p for p, _ in best], "found by name")
    return [(_read(p), s) for p, s in best]


def born_on(session: Session, *, actor: Actor, birth_date: date, limit: int = 5) -> list[PatientRead]:
    """Patients born on the day, within the caller's clinics: a caller who gives a birth date but no name
    (or a name the chart spells otherwise). Only the patients returned are audited as read."""
    clinics = require_anywhere(session, actor, Action.patient_read)
    found = session.exec(
        select(Patient)
        .where(col(Patient.clinic_id).in_(clinics), Patient.birth_date == birth_date)
        .order_by(col(Patient.last_name), col(Patient.id))
        .limit(limit)
    ).all()
    _audit_reads(session, actor, found, "found by birth date")
    return [_read(p) for p in found]


class PayerHeld(Protocol):
    """A record a payer holds about a patient (an insurance policy, an authorization)."""

    id: int | None
    patient_id: int
    payer_id: int


PayerRecord = TypeVar("PayerRecord", bound=PayerHeld)


def add_payer_record(
    session: Session, *, actor: Actor, action: Action, record_type: str, row: PayerRecord
) -> PayerRecord:
    """Add a policy or an authorization to a patient: the patient's clinic decides who may, and the
    payer must exist."""
    patient = load_patient_for(session, actor, row.patient_id, action, record_type)
    if session.get(Payer, row.payer_id) is None:
        raise Invalid(f"payer {row.payer_id} does not exist")
    return add_patient_record(session, actor, action, patient, record_type, row)


class Identified(Protocol):
    id: int | None


Added = TypeVar("Added", bound=Identified)


def add_patient_record(
    session: Session, actor: Actor, action: Action, patient: Patient, record_type: str, row: Added
) -> Added:
    """A new record of the patient's (a policy, a referral, a wait-list entry) written, audited as added
    and committed in one transaction."""
    session.add(row)
    session.flush()
    audit_patient_records(session, actor, action, patient, record_type, "added", record_id=row.id or "")
    session.commit()
    return row


class Period(Protocol):
    """A patient's record for one discipline that runs from one day to another (an authorization, a plan
    of care)."""

    patient_id: int
    discipline: str
    start_date: date
    end_date: date


Periodic = TypeVar("Periodic", bound=Period)


def in_force(
    session: Session, model: type[Periodic], patient_id: int, discipline: str, on: date, *where: Any
) -> Periodic | None:
    """The patient's record of this discipline in force on a day (of several, the one that ends last),
    else the one that ended last before it, so that the caller can say it has ended; `where` narrows
    the rows (an authorization must be approved)."""
    table: Any = model  # the model's columns, which the Protocol types as values
    rows = session.exec(
        select(model)
        .where(table.patient_id == patient_id, table.discipline == discipline, table.start_date <= on, *where)
        .order_by(table.end_date.desc())
    ).all()
    active = [row for row in rows if row.end_date >= on]
    return active[0] if active else (rows[0] if rows else None)


def patient_names(session: Session, entries: list[AuditEntry]) -> dict[int, str]:
    """The names of the patients these entries are about ('Rivera, Amanda'), for the one who reviews
    the log (its reader may read every record: require_anywhere(audit_read) before the entries)."""
    ids = {e.patient_id for e in entries if e.patient_id is not None}
    if not ids:
        return {}
    rows = session.exec(
        select(Patient.id, Patient.last_name, Patient.first_name).where(col(Patient.id).in_(ids))
    ).all()
    return {pid or 0: f"{last}, {first}" for pid, last, first in rows}


def ids_named(words: str) -> Any:
    """The ids of the patients each word of `words` begins a first or last name of, as a subquery
    ('Rivera, Amanda', 'amanda riv')."""
    found = select(Patient.id)
    for word in words.lower().replace(",", " ").split():
        found = found.where(
            func.lower(Patient.first_name).startswith(word, autoescape=True)
            | func.lower(Patient.last_name).startswith(word, autoescape=True)
        )
    return found
