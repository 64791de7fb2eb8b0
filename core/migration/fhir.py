"""FHIR R4 in and out: Patient, Coverage, Appointment, and signed notes as DocumentReference.

Resources are built and checked with fhir.resources' R4B models (identical to R4 for these four).
An incoming Bundle becomes the same rows a CSV export gives, so it passes the same checks, duplicate
search and re-run rules as any other import (`core.migration.importer`).
"""

import base64
import csv
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fhir.resources.R4B.appointment import Appointment as FhirAppointment
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.coverage import Coverage
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.patient import Patient as FhirPatient
from fhir.resources.R4B.resource import Resource
from pydantic import ValidationError
from sqlmodel import Session, col, select

from core.access import require
from core.actor import Actor
from core.audit.service import Event, record
from core.clinics.models import Clinic
from core.enums import AppointmentStatus
from core.errors import Invalid, NotFound
from core.migration.rows import Mapping
from core.notes.models import Note, NoteVersion
from core.notes.review_marks import SECTIONS
from core.patients.models import InsurancePolicy, Patient
from core.payers.models import Payer
from core.permissions import Action
from core.providers.models import Provider
from core.scheduling.models import Appointment, AppointmentType
from core.timeutil import as_utc

SYSTEM = "urn:therascribe"
OUR_STATUS: dict[str, str] = {
    AppointmentStatus.booked: "booked",
    AppointmentStatus.completed: "fulfilled",
    AppointmentStatus.cancelled: "cancelled",
    AppointmentStatus.no_show: "noshow",
    AppointmentStatus.checked_in: "arrived",
}
THEIR_STATUS = {
    "fulfilled": "completed",
    "noshow": "no show",
    "cancelled": "cancelled",
    "booked": "scheduled",
    "arrived": "completed",
    "checked-in": "completed",
    "pending": "scheduled",
    "proposed": "scheduled",
}
SEX = {"M": "male", "F": "female", "U": "unknown"}


def _ref(resource: str, value: int | str) -> dict:
    return {"reference": f"{resource}/{value}"}


def export_bundle(
    session: Session, *, actor: Actor, clinic_id: int, patient_ids: list[int] | None = None
) -> dict:
    """A collection Bundle of the clinic's patients (or the ones named), with coverage, appointments and
    signed notes. Each patient exported is an audited read."""
    require(session, actor, Action.patient_read, clinic_id=clinic_id, record_type="fhir_export")
    require(session, actor, Action.note_read_signed, clinic_id=clinic_id, record_type="fhir_export")
    clinic = session.get(Clinic, clinic_id)
    if clinic is None:
        raise NotFound(f"clinic {clinic_id} not found")
    query = select(Patient).where(Patient.clinic_id == clinic_id).order_by(col(Patient.id))
    if patient_ids is not None:
        query = query.where(col(Patient.id).in_(patient_ids))
    patients = session.exec(query).all()
    ids = [p.id for p in patients]
    payers = {p.id: p for p in session.exec(select(Payer)).all()}
    types = {
        t.id: t for t in session.exec(select(AppointmentType).where(AppointmentType.clinic_id == clinic_id))
    }
    entries: list[Resource] = []
    for patient in patients:
        entries.append(
            FhirPatient.model_validate(
                {
                    "resourceType": "Patient",
                    "id": str(patient.id),
                    "identifier": [{"system": f"{SYSTEM}:patient", "value": str(patient.id)}]
                    + (
                        [{"system": f"{SYSTEM}:legacy", "value": patient.legacy_id}]
                        if patient.legacy_id
                        else []
                    ),
                    "name": [{"family": patient.last_name, "given": [patient.first_name]}],
                    "birthDate": patient.birth_date.isoformat(),
                    "gender": SEX.get(patient.sex, "unknown"),
                    "telecom": [{"system": "phone", "value": patient.phone}] if patient.phone else None,
                    "address": [
                        {
                            "line": [patient.address],
                            "city": patient.city,
                            "state": patient.state,
                            "postalCode": patient.postal_code,
                        }
                    ]
                    if patient.address
                    else None,
                }
            )
        )
    for policy in session.exec(select(InsurancePolicy).where(col(InsurancePolicy.patient_id).in_(ids))).all():
        payer = payers[policy.payer_id]
        entries.append(
            Coverage.model_validate(
                {
                    "resourceType": "Coverage",
                    "id": str(policy.id),
                    "status": "active",
                    "beneficiary": _ref("Patient", policy.patient_id),
                    "subscriberId": policy.member_id,
                    "payor": [{"display": payer.name}],
                    "order": policy.priority,
                    "relationship": {"coding": [{"code": policy.relationship_to_subscriber}]},
                    "period": {
                        "start": policy.effective_from.isoformat(),
                        "end": policy.effective_to.isoformat() if policy.effective_to else None,
                    },
                }
            )
        )
    providers = {p.id: p for p in session.exec(select(Provider).where(Provider.clinic_id == clinic_id))}
    for appointment in session.exec(select(Appointment).where(col(Appointment.patient_id).in_(ids))).all():
        kind = types.get(appointment.appointment_type_id)
        provider = providers.get(appointment.provider_id)
        entries.append(
            FhirAppointment.model_validate(
                {
                    "resourceType": "Appointment",
                    "id": str(appointment.id),
                    "status": OUR_STATUS.get(appointment.status, "booked"),
                    "serviceType": [{"text": kind.name}] if kind else None,
                    "start": _utc(appointment.starts_at),
                    "end": _utc(appointment.ends_at),
                    "participant": [
                        {"actor": {**_ref("Patient", appointment.patient_id)}, "status": "accepted"},
                        {
                            "actor": {
                                "reference": f"Practitioner/{appointment.provider_id}",
                                "display": provider.full_name if provider else None,
                            },
                            "status": "accepted",
                        },
                    ],
                }
            )
        )
    signed = session.exec(
        select(Note).where(col(Note.patient_id).in_(ids), col(Note.status).in_(("signed", "cosigned")))
    ).all()
    for note in signed:
        version = session.exec(
            select(NoteVersion)
            .where(NoteVersion.note_id == note.id)
            .order_by(col(NoteVersion.version).desc())
        ).first()
        body = (
            "\n\n".join(f"{name.capitalize()}\n{getattr(version, name)}" for name in SECTIONS)
            if version
            else ""
        )
        entries.append(
            DocumentReference.model_validate(
                {
                    "resourceType": "DocumentReference",
                    "id": str(note.id),
                    "status": "current",
                    "type": {"text": f"{note.discipline} {note.note_type} note"},
                    "subject": _ref("Patient", note.patient_id),
                    "date": _utc(note.signed_at or note.created_at),
                    "content": [
                        {
                            "attachment": {
                                "contentType": "text/plain; charset=utf-8",
                                "data": base64.b64encode(body.encode()).decode(),
                            }
                        }
                    ],
                }
            )
        )
    bundle = Bundle.model_validate(
        {
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": _utc(datetime.now(UTC)),
            "entry": [
                {"fullUrl": f"{SYSTEM}:{e.get_resource_type()}/{e.id}", "resource": e} for e in entries
            ],
        }
    )
    record(
        session,
        actor,
        [
            Event(Action.patient_read.value, clinic_id=clinic_id, patient_id=pid, record_type="fhir_export")
            for pid in ids
        ],
    )
    session.commit()
    return json.loads(bundle.model_dump_json(exclude_none=True))


def _utc(moment: datetime) -> str:
    return as_utc(moment).isoformat().replace("+00:00", "Z")


def bundle_to_export(bundle_json: str, directory: Path, clinic_zone: str, mapping: Mapping) -> dict[str, int]:
    """An incoming R4 Bundle written out as CSV files in the mapping's own file names, columns and first
    date formats, ready for the importer. A Bundle that is not valid FHIR is refused before anything is
    written."""
    try:
        bundle = Bundle.model_validate_json(bundle_json)
    except ValidationError as error:
        raise Invalid(f"not a valid FHIR R4 Bundle ({error.error_count()} problems)") from None
    resources = [entry.resource for entry in bundle.entry or [] if entry.resource is not None]
    zone = ZoneInfo(clinic_zone)
    day_format, moment_format = mapping.raw["date_formats"][0], mapping.raw["datetime_formats"][0]
    keys = {r.id: _legacy(r) for r in resources if isinstance(r, FhirPatient)}

    def day(value: date | datetime | None) -> str:  # FHIR dateTime fields may hold either
        return value.strftime(day_format) if value else ""

    def patient(r: FhirPatient) -> dict:
        name = r.name[0] if r.name else None
        address = r.address[0] if r.address else None
        return {
            "legacy_id": _legacy(r),
            "first_name": " ".join(g for g in name.given or [] if g) if name else "",
            "last_name": name.family if name else "",
            "birth_date": day(r.birthDate),
            "sex": {"male": "M", "female": "F"}.get(r.gender or "", "U"),
            "phone": next((t.value for t in r.telecom or [] if t.system == "phone"), ""),
            "address": " ".join(line for line in address.line or [] if line) if address else "",
            "city": address.city if address else "",
            "state": address.state if address else "",
            "postal_code": address.postalCode if address else "",
        }

    def coverage(r: Coverage) -> dict:
        payer = r.payor[0] if r.payor else None
        return {
            "patient_legacy_id": _target(r.beneficiary.reference, keys),
            "payer": payer.display if payer else "",
            "member_id": r.subscriberId or "",
            "priority": r.order or 1,
            "relationship": "self",
            "effective_from": day(r.period.start if r.period else None),
            "effective_to": day(r.period.end if r.period else None),
        }

    def appointment(r: FhirAppointment) -> dict:
        actors = [p.actor for p in r.participant if p.actor]
        start = r.start.astimezone(zone) if r.start else None
        kind = r.serviceType[0] if r.serviceType else None
        return {
            "legacy_id": f"fhir-{r.id}",
            "patient_legacy_id": _target(
                next((a.reference for a in actors if (a.reference or "").startswith("Patient/")), ""), keys
            ),
            "provider": next(
                (a.display or "" for a in actors if (a.reference or "").startswith("Practitioner/")), ""
            ).split(",")[0],
            "type": kind.text if kind else "",
            "start": start.strftime(moment_format) if start else "",
            "duration_minutes": int((r.end - r.start).total_seconds() // 60) if r.start and r.end else "",
            "status": THEIR_STATUS.get(r.status or "", r.status or ""),
        }

    counts = {}
    files: tuple[tuple[str, str, Callable[[Any], dict[str, Any]]], ...] = (
        ("patients", "Patient", patient),
        ("insurance", "Coverage", coverage),
        ("appointments", "Appointment", appointment),
    )
    for kind, resource_type, row in files:
        # A field the mapping reads from several columns joined (date + time) is written whole into the
        # first of them, the rest left empty: joined again, it is the same value.
        columns = {
            field: [theirs] if isinstance(theirs, str) else list(theirs)
            for field, theirs in mapping.columns(kind).items()
        }
        with (directory / mapping.file(kind)).open("w", newline="", encoding="utf-8") as handle:
            names = list(dict.fromkeys(name for group in columns.values() for name in group))
            out = csv.DictWriter(handle, fieldnames=names, extrasaction="ignore")
            out.writeheader()
            chosen = [r for r in resources if r.get_resource_type() == resource_type]
            out.writerows(
                {columns[field][0]: value for field, value in row(r).items() if columns.get(field)}
                for r in chosen
            )
        counts[kind] = len(chosen)
    return counts


def _legacy(patient: FhirPatient) -> str:
    for identifier in patient.identifier or []:
        if identifier.system == f"{SYSTEM}:legacy" and identifier.value:
            return identifier.value
    return f"fhir-{patient.id}"


def _target(reference: str | None, keys: dict[str | None, str]) -> str:
    """The legacy key of the patient a reference points at (its own legacy id when we exported it)."""
    if not reference or "/" not in reference:
        return ""
    resource_id = reference.split("/", 1)[1]
    return keys.get(resource_id, f"fhir-{resource_id}")
