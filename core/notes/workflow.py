"""A note's life: draft, edits (every version kept), signature, co-signature for an assistant's
note, addenda after signing. A note becomes final in one transaction that creates its charges,
uses a visit of the authorization, moves the progress-report mark and files its outcome measures:
if any of that fails, the note is not signed."""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Annotated, TypeVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlmodel import Session, col, select

from core.access import audit_on, deny, event_on, require_on
from core.actor import Actor
from core.authorizations.service import use_visit
from core.billing.charges import code_and_charge, code_for_visit, fee_cents, payer_rules, primary_payer
from core.billing.coding import CodingError, PayerRules, Service
from core.billing.models import Charge
from core.billing.note_services import HEADING as SERVICES_HEADING
from core.billing.note_services import Billed, service_lines
from core.billing.reference import codes as billing_codes
from core.clinics.models import Clinic
from core.enums import Credential
from core.errors import Conflict, Forbidden, Invalid, NotFound, existing
from core.locks import locked
from core.notes.billing_corrections import BillingCorrection, after_signing, correction_words
from core.notes.documentation import minutes_at_signing
from core.notes.forms import (
    FormIn,
    codes_for_complexity,
    complexity_mismatch,
    fields_of,
    missing,
    pdf_lines,
    still_drafted,
    stray,
    unsigned_reason,
    with_measures,
)
from core.notes.late_entry import late_entry_words
from core.notes.models import Note, NoteAddendum, NoteEvidence, NoteReturn, NoteSignature, NoteVersion
from core.notes.review_marks import (
    SECTIONS,
    marks_in,
    unresolved_marks,
    unresolved_words,
    without_marks,
)
from core.outcomes.models import OutcomeMeasureResult
from core.patients.models import Patient, full_name
from core.pdf import document
from core.permissions import Action, allowed
from core.plans.models import PlanOfCare
from core.plans.service import apply_signed_note, plan_of_note
from core.providers.models import Provider
from core.scheduling.calendar import clinic_zone
from core.scheduling.models import Appointment
from core.scheduling.progress import refresh_progress_flags
from core.timeutil import as_utc, in_clinic_words, local_day, utcnow
from core.users.models import User
from core.visits.models import Visit
from core.visits.rules import signing_refusal, unkept_refusal
from core.visits.service import ASSISTANT_NOTE_TYPES, mark_kept, visit_starts
from core.words import counted

Text = Annotated[str, StringConstraints(max_length=20_000)]


class ServiceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: Annotated[str, StringConstraints(pattern=r"^[0-9A-Z]{5}$")]
    minutes: Annotated[int, Field(ge=0, le=480)] = 0
    assistant_minutes: Annotated[int, Field(ge=0, le=480)] = 0


class MeasureIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    measure: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=20)]
    score: float
    unit: Annotated[str, StringConstraints(max_length=20)] = ""


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subjective: Text = ""
    objective: Text = ""
    assessment: Text = ""
    plan: Text = ""
    services: Annotated[list[ServiceIn], Field(max_length=20)] = []
    measures: Annotated[list[MeasureIn], Field(max_length=20)] = []
    template_version: Annotated[str, StringConstraints(max_length=40)] = ""
    ai_assisted: bool = False
    change_summary: Annotated[str, StringConstraints(max_length=200)] = ""


def _provider_of(session: Session, actor: Actor, provider_id: int) -> Provider:
    if provider_id not in actor.provider_ids:
        raise Forbidden("clinicians write and sign notes only for their own visits")
    provider = existing(session.get(Provider, provider_id), "provider", provider_id)
    return provider


def current_version(session: Session, note: Note) -> NoteVersion:
    """The note's version in force: the one a reader sees and a signature attests."""
    return session.exec(
        select(NoteVersion).where(NoteVersion.note_id == note.id, NoteVersion.version == note.current_version)
    ).one()


def _checked_form(note: Note, form: FormIn | None, kept: dict) -> dict:
    """The form a new version keeps: the one sent, else the previous version's; a field the note type
    does not have is refused, not kept unseen."""
    if form is None:
        return kept
    if extra := stray(note.note_type, form, note.discipline):
        raise Invalid(f"a {note.note_type} note has no {', '.join(e.replace('_', ' ') for e in extra)}")
    return form.model_dump()


def form_of(note_type: str, form: dict, discipline: str = "") -> tuple[FormIn, list[str]]:
    """A version's form as read back, and what its note type's form still lacks."""
    read = FormIn.model_validate(form or {})
    return read, missing(note_type, read, discipline)


def _measured(note: Note, data: DraftIn, form: FormIn | None) -> tuple[DraftIn, FormIn | None]:
    """A form's outcome measures are the note's measures (those signing files and trends): a form
    that lists them gives them to the note; one that lists none takes the note's, with their MCID."""
    if form is None or "outcomes" not in fields_of(note.note_type, note.discipline):
        return data, form
    if form.outcomes:
        shown = [MeasureIn(measure=o.measure, score=o.score, unit=o.unit) for o in form.outcomes]
        return data.model_copy(update={"measures": shown}), form
    if not data.measures:
        return data, form
    outcomes = [{"measure": m.measure, "score": m.score, "unit": m.unit} for m in data.measures]
    return data, FormIn.model_validate({**form.model_dump(), "outcomes": outcomes})


def _version(
    note: Note, number: int, actor: Actor, data: DraftIn, form: FormIn | None = None, kept: dict | None = None
) -> NoteVersion:
    data, form = _measured(note, data, form)
    return NoteVersion(
        note_id=note.id or 0,
        version=number,
        subjective=data.subjective,
        objective=data.objective,
        assessment=data.assessment,
        plan=data.plan,
        codes=[s.model_dump() for s in data.services],
        measures=[m.model_dump() for m in data.measures],
        form=_checked_form(note, form, kept or {}),
        author_user_id=actor.user_id,
        change_summary=data.change_summary or "edited",
    )


def create_draft(
    session: Session,
    *,
    actor: Actor,
    visit_id: int,
    data: DraftIn,
    evidence: NoteEvidence | None = None,
    form: FormIn | None = None,
) -> Note:
    """A note's first version; `evidence` is what the scribe drafted it from (kept with it, same commit);
    `form` an evaluation's, progress report's, re-evaluation's or discharge's form (core.notes.forms)."""
    # The visit's row locked: a draft sent twice at once (a double click, the scribe retried) finds the
    # first one's note below, where PostgreSQL would let both insert one and both be signed and billed.
    visit = locked(session, Visit, visit_id)
    if visit is None:
        raise NotFound(f"visit {visit_id} not found")
    require_on(session, actor, Action.note_write, visit, "visit")
    provider = _provider_of(session, actor, visit.provider_id)
    if Credential(provider.credential).is_assistant and visit.note_type not in ASSISTANT_NOTE_TYPES:
        raise Forbidden(
            f"an assistant writes daily notes only, not a visit's {visit.note_type} note: the supervising "
            "therapist writes it"
        )
    if session.exec(select(Note.id).where(Note.visit_id == visit_id)).first() is not None:
        raise Conflict(f"visit {visit_id} already has a note; edit it instead")
    note = Note(
        visit_id=visit_id,
        clinic_id=visit.clinic_id,
        patient_id=visit.patient_id,
        provider_id=provider.id or 0,
        discipline=visit.discipline,
        note_type=visit.note_type,
        template_version=data.template_version,
        ai_assisted=data.ai_assisted,
    )
    session.add(note)
    session.flush()
    session.add(
        _version(
            note, 1, actor, data.model_copy(update={"change_summary": data.change_summary or "drafted"}), form
        )
    )
    if evidence is not None:
        evidence.note_id = note.id or 0
        session.add(evidence)
    audit_on(session, actor, Action.note_write, note, "note", "drafted")
    session.commit()
    return note


def _load(session: Session, note_id: int) -> Note:
    note = existing(session.get(Note, note_id), "note", note_id)
    return note


def _load_for_change(session: Session, note_id: int) -> Note:
    """The note locked until this transaction ends: a sign, co-sign, edit or addendum arriving twice
    at once (a double click, a retried request) finds the state the first one left."""
    note = locked(session, Note, note_id)
    if note is None:
        raise NotFound(f"note {note_id} not found")
    return note


def edit(session: Session, *, actor: Actor, note_id: int, data: DraftIn, form: FormIn | None = None) -> Note:
    """A new version of a draft; `form` None keeps the form the note has (the review page's text edits
    and the API's do not send it)."""
    note = _load_for_change(session, note_id)
    require_on(session, actor, Action.note_write, note, "note")
    _provider_of(session, actor, note.provider_id)
    if note.status not in ("draft", "in_review"):
        raise Conflict(f"note {note_id} is {note.status.replace('_', ' ')}; changes now go in an addendum")
    kept = current_version(session, note).form
    note.current_version += 1
    note.status = "in_review"
    session.add(note)
    session.add(_version(note, note.current_version, actor, data, form, kept))
    audit_on(session, actor, Action.note_write, note, "note", f"version {note.current_version}")
    session.commit()
    return note


def set_form(
    session: Session,
    *,
    actor: Actor,
    note_id: int,
    form: FormIn,
    confirmed: Collection[str] | None = None,
) -> Note:
    """Complete an evaluation's, progress report's, re-evaluation's or discharge's form: a new version
    with the same text and codes (the scribe drafts the text; the clinician fills the form), and the
    form's outcome measures as the note's. A field the scribe drafted keeps its mark unless this form
    changes it or `confirmed` names it; without `confirmed` (the API), the marks the sender's form
    leaves out are the ones confirmed."""
    note = _load_for_change(session, note_id)
    require_on(session, actor, Action.note_write, note, "note")
    if not fields_of(note.note_type, note.discipline):
        raise Invalid(f"a {note.note_type} note has no form; its measures are in the note")
    current = current_version(session, note)
    before = FormIn.model_validate(current.form or {})
    said = set(before.drafted) - set(form.drafted) if confirmed is None else set(confirmed)
    # A form sent without its outcome measures (an API client's older form) keeps the note's.
    outcomes_sent = "outcomes" in form.model_fields_set
    form = form.model_copy(update={"drafted": still_drafted(before, form, said)})
    codes = codes_for_complexity(note.note_type, note.discipline, form.complexity, current.codes)
    data = DraftIn(
        subjective=current.subjective,
        objective=current.objective,
        assessment=current.assessment,
        plan=current.plan,
        services=[ServiceIn.model_validate(c) for c in codes],
        measures=[] if outcomes_sent else [MeasureIn.model_validate(m) for m in current.measures],
        change_summary="form completed"
        + ("; the evaluation code follows its complexity" if codes != current.codes else ""),
    )
    return edit(session, actor=actor, note_id=note_id, data=data, form=form)


def attestation(kind: str, ai_assisted: bool, name: str, credential: str = "") -> str:
    """The line a signature puts on the note, shown to the signer before they sign. A co-signature
    attests supervision of the assistant's service (Medicare Benefit Policy Manual ch. 15 §230.1,
    the supervising therapist's responsibility for the plan and the PTA's services)."""
    who = credentialed(name, credential)
    if kind == "addendum":
        return (
            f"added after signing by {who}, who attests it is accurate and leaves the signed note as signed"
        )[:300]
    if kind == "cosign":
        what = (
            f"reviewed and co-signed as supervising therapist by {who}, who attests the services were "
            "furnished under their supervision and the plan of care"
        )
    else:
        what = f"reviewed, edited and signed by {who}, who attests the services were furnished as documented"
    return f"{'Drafted with AI assistance; ' if ai_assisted else ''}{what}"[:300]


def credentialed(name: str, credential: str) -> str:
    """'Katherine Hill, PT': the credential once, whether or not the name already carries it."""
    if not credential or name.rstrip().endswith(f", {credential}"):
        return name
    return f"{name}, {credential}"


def signer_attestation(session: Session, *, actor: Actor, note_id: int, kind: str) -> str:
    """What this user's signature (co-signature, addendum) on the note would say: the page shows it by
    the button."""
    note = _load(session, note_id)
    require_on(session, actor, Action.note_read, note, "note")
    name, credential = _signer(session, actor)
    return attestation(kind, note.ai_assisted, name, credential)


def _signer(session: Session, actor: Actor) -> tuple[str, str]:
    user = session.get(User, actor.user_id)
    provider = session.get(Provider, min(actor.provider_ids)) if actor.provider_ids else None
    return (user.full_name if user else actor.email), (provider.credential if provider else "")


def _add_signature(session: Session, actor: Actor, note: Note, kind: str) -> datetime:
    """The signer's (or co-signer's) signature on the current version, with the attestation line a
    signed note carries; returns the time of signing."""
    name, credential = _signer(session, actor)
    now = utcnow()
    session.add(
        NoteSignature(
            note_id=note.id or 0,
            version=note.current_version,
            user_id=actor.user_id,
            kind=kind,
            attestation=attestation(kind, note.ai_assisted, name, credential),
            signed_at=now,
        )
    )
    return now


def _finalize(session: Session, actor: Actor, note: Note, role: str) -> list:
    """Charges, the authorization's visit, the progress mark and the outcome measures, or nothing."""
    visit = existing(session.get(Visit, note.visit_id), "visit", note.visit_id)
    version = current_version(session, note)
    plan = session.get(PlanOfCare, visit.plan_id) if visit.plan_id else None
    try:
        services = [Service(**item) for item in version.codes]
        _, charges = code_and_charge(
            session,
            visit=visit,
            note_id=note.id or 0,
            services=services,
            role=role,
            diagnosis_count=len(plan.icd10_codes) if plan else 1,
        )
    except CodingError as exc:
        raise Invalid(f"the note cannot be signed: {exc}") from exc
    appointment = session.get(Appointment, visit.appointment_id) if visit.appointment_id else None
    if appointment is not None and appointment.authorization_id is not None:
        use_visit(session, actor=actor, authorization_id=appointment.authorization_id)
    for measure in version.measures:
        session.add(
            OutcomeMeasureResult(
                patient_id=note.patient_id,
                visit_id=visit.id,
                measure=measure["measure"],
                score=measure["score"],
                unit=measure.get("unit", ""),
                measured_on=visit.service_date.date(),
            )
        )
    session.flush()
    refresh_progress_flags(session, patient_id=note.patient_id, discipline=note.discipline)
    _report_to_plan(session, actor, note, visit, version)
    return charges


def _report_to_plan(session: Session, actor: Actor, note: Note, visit: Visit, version: NoteVersion) -> None:
    """A progress report's, re-evaluation's or discharge's goal statuses reach its plan's goals, and a
    discharge ends the plan (#20), with the signature or not at all (core.plans.service)."""
    if note.note_type not in REPORT_NOTE_TYPES:
        return
    served = local_day(visit.service_date, clinic_zone(session, visit.clinic_id))
    plan_id = plan_of_note(
        session, patient_id=note.patient_id, discipline=note.discipline, plan_id=visit.plan_id, served=served
    )
    if plan_id is None:
        return
    form = FormIn.model_validate(version.form or {})
    apply_signed_note(
        session,
        actor=actor,
        plan_id=plan_id,
        note_id=note.id or 0,
        note_type=note.note_type,
        served=served,
        form_goals=[(g.text, g.status) for g in form.goals],
        discharge_reason=form.discharge_reason,
    )


def coding_preview(
    session: Session, *, actor: Actor, note_id: int, services: list[ServiceIn] | None = None
) -> dict:
    """What signing would bill for these services (the note's current ones by default): each code's
    units, modifiers, pointers, the reason, and the fee, by the same rules as the charges. Writes
    nothing; a service that cannot be coded is a warning here and a refusal at signing."""
    note = _load(session, note_id)
    require_on(session, actor, Action.note_read, note, "note")
    visit = existing(session.get(Visit, note.visit_id), "visit", note.visit_id)
    chosen = (
        [Service(**item) for item in current_version(session, note).codes]
        if services is None
        else [Service(**item.model_dump()) for item in services]
    )
    result = coded_at(session, visit, note.provider_id, chosen)
    complexity = FormIn.model_validate(current_version(session, note).form or {}).complexity
    if mismatch := complexity_mismatch(note.note_type, note.discipline, complexity, [s.code for s in chosen]):
        result["warnings"].append(mismatch)
    audit_on(session, actor, Action.note_read, note, "note", "coding preview")
    session.commit()
    return result


def code_services(session: Session, *, actor: Actor, visit_id: int, services: list[Service]) -> dict:
    """What signing would bill for a draft's services before the note exists: the one coding path the
    scribe's draft, the coding preview and signing share (payer, year-to-date spending, diagnoses)."""
    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    require_on(session, actor, Action.note_write, visit, "visit")
    return coded_at(session, visit, visit.provider_id, services)


def coded_at(session: Session, visit: Visit, provider_id: int, chosen: list[Service]) -> dict:
    """What these services bill at the visit, written by this provider: the lines (units, modifiers,
    fee), the coder's warnings and the payer. Checks no permission and writes nothing: callers do."""
    author = session.get(Provider, provider_id)
    plan = session.get(PlanOfCare, visit.plan_id) if visit.plan_id else None
    on = visit.service_date.date()
    try:
        coded, payer = code_for_visit(
            session,
            visit=visit,
            services=chosen,
            role=author.credential if author else "PT",
            diagnosis_count=len(plan.icd10_codes) if plan else 1,
        )
        lines = []
        for line in coded.lines:
            try:
                fee = fee_cents(session, payer, line.code, on) * line.units
            except CodingError:
                fee = None
            lines.append({**asdict(line), "modifiers": list(line.modifiers), "fee_cents": fee})
        warnings = list(coded.warnings)
    except CodingError as exc:
        lines, warnings, payer = [], [str(exc)], primary_payer(session, visit.patient_id, on)
    return {"lines": lines, "warnings": warnings, "payer": payer.name if payer else "self-pay"}


def _complete_form(session: Session, note: Note, then: str) -> None:
    """An evaluation's, progress report's, re-evaluation's or discharge's form has what its note type
    requires before anyone signs it: an assistant's signature, a therapist's, a co-signature."""
    version = current_version(session, note)
    # the note's own measures count as the form's (a note typed before its form had them)
    form = with_measures(FormIn.model_validate(version.form or {}), version.measures)
    if reason := unsigned_reason(note.note_type, form, note.discipline):
        raise Invalid(f"{reason}. {then}")
    codes = [c["code"] for c in version.codes]
    if reason := complexity_mismatch(note.note_type, note.discipline, form.complexity, codes):
        raise Invalid(f"{reason}.")


def warnings_to_confirm(session: Session, note_id: int) -> list[str]:
    """The scribe's warnings on a drafted note (what the grounding guard could not tie to the
    transcript, codes it could not settle), each of which the signer confirms before signing."""
    found = session.exec(select(NoteEvidence.warnings).where(NoteEvidence.note_id == note_id)).first()
    return list(dict.fromkeys(found or []))


def signing_wait(session: Session, visit_id: int, kind: str = "signed") -> str | None:
    """Why the visit's note cannot be signed (`kind` 'co-signed': co-signed) yet, its date of service
    being ahead in the clinic's zone, or at all, its appointment cancelled or a no-show after the visit
    was opened ahead (sign's and cosign's own rule, for the review page to say so), or None."""
    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    appointment = session.get(Appointment, visit.appointment_id) if visit.appointment_id else None
    if appointment is not None and (unkept := unkept_refusal(appointment.status)):
        return unkept
    # the appointment's time where it is later: a visit opened ahead whose appointment moved on (#20)
    return signing_refusal(
        visit_starts(session, visit), utcnow(), clinic_zone(session, visit.clinic_id), kind
    )


def _visit_kept(session: Session, note: Note) -> None:
    """A note signed on or after its day: its appointment, left booked where the visit was opened ahead
    (or checked in), is completed with the signature (core.visits.service.mark_kept)."""
    visit = session.get(Visit, note.visit_id)
    if visit is not None and visit.appointment_id:
        mark_kept(session, session.get(Appointment, visit.appointment_id))


def sections_of(version: NoteVersion) -> dict[str, str]:
    """The version's SOAP sections by name, in the note's order."""
    return {name: getattr(version, name) for name in SECTIONS}


def _accept_marks(session: Session, actor: Actor, note: Note) -> int:
    """The sentences the scribe marked for review, accepted as written by the signer: a new version, the
    same text without the marks, which is the one signed (the marked one is kept). Returns how many."""
    version = current_version(session, note)
    marks = marks_in(sections_of(version))
    if not marks:
        return 0
    note.current_version += 1
    session.add(
        NoteVersion(
            note_id=note.id or 0,
            version=note.current_version,
            subjective=without_marks(version.subjective),
            objective=without_marks(version.objective),
            assessment=without_marks(version.assessment),
            plan=without_marks(version.plan),
            codes=version.codes,
            measures=version.measures,
            form=version.form,
            author_user_id=actor.user_id,
            change_summary=f"{counted(len(marks), 'marked sentence')} accepted as written at signing",
        )
    )
    return len(marks)


def sign(
    session: Session,
    *,
    actor: Actor,
    note_id: int,
    acknowledged: Iterable[str] | None = None,
    accept_marks: bool = False,
    accepted_marks: Collection[str] = (),
) -> Note:
    """The author signs: the form complete, every warning the scribe left on the draft confirmed
    (`acknowledged` names each, as shown; a signature over a warning nobody confirmed is refused), and
    no sentence left marked "(as said; review)" unless the signer accepts it as written, one by one
    (`accepted_marks` names each, as it reads without the mark) or all at once (`accept_marks`): what
    is signed is what the clinician attests, so it carries no draft's marks. A sentence edited since
    carries no mark and needs no acceptance."""
    note = _load_for_change(session, note_id)
    require_on(session, actor, Action.note_sign, note, "note")
    provider = _provider_of(session, actor, note.provider_id)
    if note.status not in ("draft", "in_review"):
        raise Conflict(f"note {note_id} is already {note.status.replace('_', ' ')}")
    if too_early := signing_wait(session, note.visit_id):
        raise Invalid(too_early)
    _complete_form(session, note, "Fill it in, save the form, then sign.")
    warned = warnings_to_confirm(session, note_id)
    confirmed = set(acknowledged or ())
    unconfirmed = [w for w in warned if w not in confirmed]
    if unconfirmed:
        raise Invalid(
            f"confirm each warning on the draft before signing ({len(unconfirmed)} not confirmed): "
            + "; ".join(unconfirmed),
            unconfirmed_warnings=unconfirmed,
        )
    marks = marks_in(sections_of(current_version(session, note)))
    unresolved = unresolved_marks(marks, accepted_marks, accept_all=accept_marks)
    if unresolved:
        raise Invalid(unresolved_words(unresolved), unresolved_review_marks=unresolved)
    accepted = _accept_marks(session, actor, note)
    now = _add_signature(session, actor, note, "sign")
    note.signed_at = now
    _visit_kept(session, note)
    checked = f"; {len(warned)} warnings confirmed" if warned else ""
    checked += f"; {counted(accepted, 'marked sentence')} accepted as written" if accepted else ""
    if Credential(provider.credential).is_assistant:
        note.status = "awaiting_cosign"
        detail = f"signed; awaiting co-signature{checked}"
    else:
        charges = _finalize(session, actor, note, provider.credential)
        note.status = "signed"
        detail = f"signed; {len(charges)} charges{checked}"
    audit_on(session, actor, Action.note_sign, note, "note", detail)
    # With the signature, in its transaction: a re-signature (after a return) counts it again over
    # the whole trail, as the audit log would
    note.documentation_minutes = minutes_at_signing(
        session, note_id=note_id, author_user_id=provider.user_id, signed_at=now
    )
    session.add(note)
    session.commit()
    return note


def cosign(session: Session, *, actor: Actor, note_id: int) -> Note:
    """The supervising therapist makes an assistant's note final (and billable)."""
    note = _load_for_change(session, note_id)
    require_on(session, actor, Action.note_cosign, note, "note")
    author = session.get(Provider, note.provider_id)
    if author is None or author.supervising_provider_id not in actor.provider_ids:
        raise Forbidden("only the assistant's supervising therapist co-signs this note")
    if note.status != "awaiting_cosign":
        raise Conflict(f"note {note_id} is {note.status.replace('_', ' ')}, not awaiting a co-signature")
    if too_early := signing_wait(session, note.visit_id, "co-signed"):
        raise Invalid(too_early)
    # An assistant's note signed before its form was required goes back for the form, not to billing.
    _complete_form(session, note, "Return the note to the assistant to complete it.")
    now = _add_signature(session, actor, note, "cosign")
    _visit_kept(session, note)
    charges = _finalize(session, actor, note, author.credential)
    note.status, note.cosigned_at = "signed", now
    session.add(note)
    audit_on(session, actor, Action.note_cosign, note, "note", f"co-signed; {len(charges)} charges")
    session.commit()
    return note


RETURN_COMMENT_MAX = 2000


def return_for_correction(session: Session, *, actor: Actor, note_id: int, comment: str) -> NoteReturn:
    """The supervising therapist sends an assistant's signed note back with what to correct: the
    assistant's signature is withdrawn (kept in the return), the note is editable again, nothing is
    billed. Returning a note that is no longer awaiting co-signature (a second click) changes nothing
    and answers with the return already made."""
    note = _load_for_change(session, note_id)
    require_on(session, actor, Action.note_cosign, note, "note")
    author = session.get(Provider, note.provider_id)
    if author is None or author.supervising_provider_id not in actor.provider_ids:
        raise Forbidden("only the assistant's supervising therapist returns this note")
    text = comment.strip()
    if note.status != "awaiting_cosign":
        last = latest_return(session, note_id)
        if last is not None and last.user_id == actor.user_id and last.comment == text:
            return last
        raise Conflict(f"note {note_id} is {note.status.replace('_', ' ')}, not awaiting a co-signature")
    if not text or len(text) > RETURN_COMMENT_MAX:
        raise Invalid(f"say what to correct (at most {RETURN_COMMENT_MAX:,} characters)")
    signature = session.exec(
        select(NoteSignature).where(NoteSignature.note_id == note.id, NoteSignature.kind == "sign")
    ).first()
    returned = NoteReturn(
        note_id=note.id or 0,
        user_id=actor.user_id,
        comment=text,
        returned_version=note.current_version,
        withdrawn_signature_at=signature.signed_at if signature else None,
    )
    if signature is not None:
        session.delete(signature)
    note.status, note.signed_at, note.documentation_minutes = "in_review", None, None
    session.add_all([returned, note])
    audit_on(
        session,
        actor,
        Action.note_cosign,
        note,
        "note",
        f"returned for correction (version {note.current_version})",
    )
    session.commit()
    return returned


def latest_return(session: Session, note_id: int) -> NoteReturn | None:
    return session.exec(
        select(NoteReturn).where(NoteReturn.note_id == note_id).order_by(col(NoteReturn.id).desc())
    ).first()


@dataclass(frozen=True)
class Trail:
    """A note's signatures and returns as the review page and the PDF show them."""

    signatures: list[tuple[str, datetime]]  # attestation, when
    returns: list[tuple[str, str, datetime]]  # by whom, comment, when
    addenda: list[tuple[str, str, datetime]] = field(default_factory=list)  # attestation, text, when
    # a biller's changes of what the note billed, made after signing (the note itself stays as signed)
    corrections: list[BillingCorrection] = field(default_factory=list)


def _to_read(session: Session, actor: Actor, note_id: int) -> tuple[Note, Action]:
    """The note, once the actor may read it: as a clinician (note.read) where their role reads notes,
    else as one who reads signed notes only (note.read_signed, a biller)."""
    note = _load(session, note_id)
    action = (
        Action.note_read
        if allowed(actor.roles, Action.note_read, note.clinic_id)
        else Action.note_read_signed
    )
    require_on(session, actor, action, note, "note")
    return note, action


def _signatures(session: Session, note_id: int) -> Sequence[NoteSignature]:
    return session.exec(
        select(NoteSignature).where(NoteSignature.note_id == note_id).order_by(col(NoteSignature.signed_at))
    ).all()


def _addenda(session: Session, note_id: int) -> Sequence[NoteAddendum]:
    return session.exec(
        select(NoteAddendum).where(NoteAddendum.note_id == note_id).order_by(col(NoteAddendum.id))
    ).all()


def trail(session: Session, *, actor: Actor, note_id: int) -> Trail:
    note, action = _to_read(session, actor, note_id)
    signatures = _signatures(session, note_id)
    returns = session.exec(
        select(NoteReturn).where(NoteReturn.note_id == note_id).order_by(col(NoteReturn.id))
    ).all()
    addenda = _addenda(session, note_id)
    corrections = after_signing(session, note_id) if note.status == "signed" else []
    audit_on(session, actor, action, note, "note", "signatures, returns and addenda")
    session.commit()
    return Trail(
        [(s.attestation, s.signed_at) for s in signatures],
        [(_user_name(session, r.user_id), r.comment, r.created_at) for r in returns],
        [(addendum_attestation(session, a.author_user_id), a.text, a.created_at) for a in addenda],
        corrections,
    )


def addendum_attestation(session: Session, user_id: int) -> str:
    """The line an addendum carries: its author, with their credential, and what they attest."""
    return attestation("addendum", False, _author(session, user_id))


def _author(session: Session, user_id: int) -> str:
    """'Katherine Hill, PT': a user by name, with their credential where they are a clinician."""
    provider = session.exec(select(Provider).where(Provider.user_id == user_id)).first()
    return credentialed(_user_name(session, user_id), provider.credential if provider else "")


def _may_amend(session: Session, actor: Actor, note: Note) -> bool:
    """A signed note is amended by the clinician who wrote it or the supervisor who co-signed it;
    a colleague who merely works in the clinic writes a note of their own."""
    if note.provider_id in actor.provider_ids:
        return True
    cosigner = session.exec(
        select(NoteSignature.user_id).where(NoteSignature.note_id == note.id, NoteSignature.kind == "cosign")
    ).first()
    return cosigner == actor.user_id


def may_add_addendum(session: Session, *, actor: Actor, note_id: int) -> bool:
    """Whether this user may add an addendum to the note now (the page offers the form only then)."""
    note = _load(session, note_id)
    return (
        note.status == "signed"
        and allowed(actor.roles, Action.note_write, note.clinic_id)
        and _may_amend(session, actor, note)
    )


# Identical words by the same author within this long of her addendum are that addendum sent again.
ADDENDUM_REPEAT_WINDOW = timedelta(minutes=10)


def add_addendum(
    session: Session, *, actor: Actor, note_id: int, text: str, request_key: str = ""
) -> NoteAddendum:
    """An addendum to a signed note, by its author or co-signing supervisor; serialised on the note.

    What a clinician expects of a repeat: `request_key` (the request's Idempotency-Key) is the
    request that adds it, so the same key again (a double click, a client's retry) is the addendum it
    added, and a new key is a new addendum even with the same words (she means it: a second call, the
    same advice given again). Without a key, the same words by the same author within
    ADDENDUM_REPEAT_WINDOW of an addendum of hers are taken for that one sent again; later they are
    an addendum of their own (each is dated: 'patient called: knee better' on two days is two calls)."""
    note = _load_for_change(session, note_id)
    require_on(session, actor, Action.note_write, note, "note")
    if not _may_amend(session, actor, note):
        raise deny(
            session,
            actor,
            Action.note_write,
            event_on(Action.note_write, note, "note", "addendum refused"),
            "only the note's author or its co-signing supervisor adds an addendum",
        )
    if note.status != "signed":
        raise Conflict("an addendum follows a signed note; edit the draft instead")
    if not text.strip() or len(text) > 5000:
        raise Invalid("an addendum needs text (at most 5,000 characters)")
    words, key = text.strip(), request_key.strip()[:200]
    if key:
        earlier = session.exec(
            select(NoteAddendum).where(NoteAddendum.note_id == note.id, NoteAddendum.request_key == key)
        ).first()
        if earlier is not None:
            if (earlier.author_user_id, earlier.text) != (actor.user_id, words):
                raise Conflict("this request's key has already added a different addendum to the note")
            return earlier  # the same request again: the addendum it added
    else:
        recent = session.exec(
            select(NoteAddendum)
            .where(
                NoteAddendum.note_id == note.id,
                NoteAddendum.author_user_id == actor.user_id,
                NoteAddendum.text == words,
                col(NoteAddendum.created_at) >= utcnow() - ADDENDUM_REPEAT_WINDOW,
            )
            .order_by(col(NoteAddendum.id).desc())
        ).first()
        if recent is not None:  # the same words just added (a double click, a retried request)
            return recent
    addendum = NoteAddendum(
        note_id=note.id or 0, author_user_id=actor.user_id, text=words, request_key=key or None
    )
    session.add(addendum)
    audit_on(session, actor, Action.note_write, note, "note", "addendum")
    session.commit()
    return addendum


class VersionRead(BaseModel):
    version: int
    author_user_id: int | None
    change_summary: str
    created_at: datetime
    codes: list[dict]


def versions(session: Session, *, actor: Actor, note_id: int) -> list[VersionRead]:
    note = _load(session, note_id)
    require_on(session, actor, Action.note_read, note, "note")
    rows = session.exec(
        select(NoteVersion).where(NoteVersion.note_id == note_id).order_by(col(NoteVersion.version))
    )
    audit_on(session, actor, Action.note_read, note, "note", "versions")
    out = [VersionRead.model_validate(v, from_attributes=True) for v in rows.all()]
    session.commit()
    return out


def pdf(session: Session, *, actor: Actor, note_id: int) -> bytes:
    """A signed note as a clinic sends it to a physician or payer."""
    note, action = _to_read(session, actor, note_id)
    if note.status != "signed":
        raise Conflict("only a signed note is exported")
    version = current_version(session, note)
    patient = _required(session.get(Patient, note.patient_id), "patient")
    visit = _required(session.get(Visit, note.visit_id), "visit")
    clinic = _required(session.get(Clinic, note.clinic_id), "clinic")
    provider = _required(session.get(Provider, note.provider_id), "provider")
    plan = session.get(PlanOfCare, visit.plan_id) if visit.plan_id else None
    signatures = _signatures(session, note_id)
    addenda = _addenda(session, note_id)
    charges = session.exec(select(Charge).where(Charge.note_id == note_id).order_by(col(Charge.id))).all()
    corrections = after_signing(session, note_id)
    zone = ZoneInfo(clinic.timezone)
    timed, total = treatment_minutes(version.codes)
    lines = [
        clinic.name,
        *([clinic.address] if clinic.address else []),
        " · ".join(x for x in (clinic.phone, f"NPI {clinic.npi}" if clinic.npi else "") if x),
        "",
        f"Patient: {full_name(patient)}",
        f"Date of birth: {patient.birth_date.strftime('%m/%d/%Y')}",
        f"Date of service: {as_utc(visit.service_date).astimezone(zone).strftime('%m/%d/%Y')}",
        *([late] if (late := late_entry_words(visit.service_date, note.signed_at, zone)) else []),
        f"Provider: {credentialed(provider.full_name, provider.credential)}"
        + (f"   NPI {provider.npi}" if provider.npi else ""),
        *_supervisor_line(session, provider),
        "Diagnoses (ICD-10-CM): "
        + (", ".join(plan.icd10_codes) if plan and plan.icd10_codes else "none on a plan of care"),
        "",
        *(line for name, text in sections_of(version).items() for line in (name.capitalize(), text, "")),
        *pdf_lines(
            note.note_type, FormIn.model_validate(version.form or {}), version.measures, note.discipline
        ),
        SERVICES_HEADING,
        *service_lines(version.codes, [Billed(c.cpt, c.modifiers, c.units) for c in charges]),
        f"Total timed minutes: {timed}   {treatment_time_words(total)}",
        *(
            ["", "Billing corrections after signing (the note above is as signed)"]
            + [f"  {correction_words(c, _shown(c.at, zone))}" for c in corrections]
            if corrections
            else []
        ),
        "",
        *[f"{s.attestation} on {_shown(s.signed_at, zone)}" for s in signatures],
        *[
            f"Addendum by {_author(session, a.author_user_id)} on {_shown(a.created_at, zone)}: {a.text} "
            f"({addendum_attestation(session, a.author_user_id)})"
            for a in addenda
        ],
    ]
    audit_on(session, actor, action, note, "note", "exported as pdf")
    session.commit()
    return document(f"{note.discipline} {note.note_type} note", lines)


def treatment_minutes(codes: list[dict]) -> tuple[int, int]:
    """Total timed minutes (the 8-minute rule's) and total treatment time (timed and untimed), which a
    Medicare daily note records (Medicare Benefit Policy Manual ch. 15 §220.3)."""
    reference = billing_codes()
    timed = sum(
        int(c.get("minutes", 0)) for c in codes if c["code"] in reference and reference[c["code"]].timed
    )
    return timed, sum(int(c.get("minutes", 0)) for c in codes)


def treatment_time_words(total: int) -> str:
    """The note's total treatment time. None said (an evaluation billed without its minutes) reads "not
    recorded": "0 minutes" would attest a visit of no time, which a Medicare reviewer reads as no service."""
    return f"Total treatment time: {counted(total, 'minute') if total else 'not recorded'}"


def _supervisor_line(session: Session, provider: Provider) -> list[str]:
    if provider.supervising_provider_id is None:
        return []
    supervisor = session.get(Provider, provider.supervising_provider_id)
    if supervisor is None:
        return []
    return [
        f"Supervising therapist: {credentialed(supervisor.full_name, supervisor.credential)}"
        + (f"   NPI {supervisor.npi}" if supervisor.npi else "")
    ]


T = TypeVar("T")


def _required(found: T | None, what: str) -> T:
    if found is None:
        raise NotFound(f"the note's {what} is missing")
    return found


def _user_name(session: Session, user_id: int) -> str:
    user = session.get(User, user_id)
    return user.full_name if user else f"user {user_id}"


def _shown(moment: datetime, zone: ZoneInfo) -> str:
    """A time as the clinic reads it (its own zone, named), not the UTC it is stored in."""
    return in_clinic_words(moment, zone)


@dataclass(frozen=True)
class DraftingContext:
    discipline: str
    note_type: str
    role: str
    rule: str
    prior_measures: dict[str, str]
    rules: PayerRules | None = None
    # The goals of the plan in force (the patient's last signed evaluation, re-evaluation or progress
    # report of this discipline): the rows a report gives each its status.
    goals: tuple[str, ...] = ()


REPORT_NOTE_TYPES = ("progress", "re-evaluation", "discharge")
GOAL_SETTING_TYPES = ("evaluation", "re-evaluation", "progress")


def goals_in_force(session: Session, patient_id: int, discipline: str) -> tuple[str, ...]:
    """The goals of the patient's last signed note of this discipline whose form lists any."""
    signed = session.exec(
        select(Note)
        .where(
            Note.patient_id == patient_id,
            Note.discipline == discipline,
            Note.status == "signed",
            col(Note.note_type).in_(GOAL_SETTING_TYPES),
        )
        .order_by(col(Note.signed_at).desc(), col(Note.id).desc())
        .limit(20)
    ).all()
    for note in signed:
        form = FormIn.model_validate(current_version(session, note).form or {})
        if form.goals:
            return tuple(goal.text for goal in form.goals)
    return ()


def drafting_context(session: Session, *, actor: Actor, visit_id: int) -> DraftingContext:
    """What the scribe needs to draft this visit: discipline, note type, who treats, the payer's rule."""
    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    require_on(session, actor, Action.note_write, visit, "visit")
    provider = _provider_of(session, actor, visit.provider_id)
    payer = primary_payer(session, visit.patient_id, visit.service_date.date())
    prior: dict[str, str] = {}
    if visit.note_type in REPORT_NOTE_TYPES:
        # Each measure's first value in the record: the evaluation's, which a report compares against.
        rows = session.exec(
            select(OutcomeMeasureResult)
            .where(OutcomeMeasureResult.patient_id == visit.patient_id)
            .order_by(col(OutcomeMeasureResult.measured_on).desc())
        ).all()
        prior = {row.measure: f"{row.score:g}" for row in rows}
    return DraftingContext(
        visit.discipline,
        visit.note_type,
        provider.credential,
        payer.unit_rule if payer else "cms",
        prior,
        payer_rules(session, payer, visit.service_date.year),
        goals_in_force(session, visit.patient_id, visit.discipline)
        if visit.note_type in REPORT_NOTE_TYPES
        else (),
    )
