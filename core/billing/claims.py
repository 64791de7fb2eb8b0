"""Claims: built per visit and payer from a signed note's charges, scrubbed, fixed, and the work lists
a biller works from. The scrubber's rules are pure (`core.billing.scrubber`); this gathers their facts.
"""

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial
from typing import Any, TypeVar

from pydantic import BaseModel, Field
from sqlmodel import Session, SQLModel, col, func, select

from core.access import audit_each, audit_on, require, require_anywhere, require_on
from core.actor import Actor
from core.audit.models import AuditEntry
from core.audit.service import PENDING
from core.authorizations.service import covering
from core.billing import scrubber
from core.billing.charges import BUCKETS, fee_cents, payer_rules, primary_payer
from core.billing.coding import CodingError
from core.billing.lifecycle import filed_on, fixable
from core.billing.models import Adjustment, Charge, Claim, ClaimAction, ClaimFinding, ClaimLine
from core.billing.reference import codes
from core.billing.rendering import rendering_for
from core.clinics.models import Clinic
from core.enums import ClaimLineStatus, ClaimStatus
from core.errors import Conflict, Invalid, NotFound, existing
from core.locks import locked, locked_where
from core.notes.models import NoteVersion
from core.patients.models import InsurancePolicy, Patient, full_name
from core.patients.service import in_force
from core.payers.models import Payer
from core.permissions import Action
from core.plans.models import PlanOfCare
from core.timeutil import utcnow
from core.visits.models import Visit
from core.words import dollars

# What a claim may be while it has not gone out: the scrubber may (re)run on it.
UNSENT = (ClaimStatus.draft, ClaimStatus.ready, ClaimStatus.held)


def build_claims(session: Session, *, actor: Actor, clinic_id: int) -> list[Claim]:
    """One claim per visit and primary payer from the clinic's open charges; the charges become billed."""
    require(session, actor, Action.claim_write, clinic_id=clinic_id, record_type="claim")
    # Two builds at once (a double click): the second waits here and finds the charges billed.
    charges = locked_where(session, Charge, Charge.clinic_id == clinic_id, Charge.status == "open")
    if not charges:
        raise Conflict("no charges are waiting for a claim: signed notes' charges are on claims already")
    by_visit: dict[int, list[Charge]] = {}
    for charge in sorted(charges, key=lambda c: (c.visit_id, c.id or 0)):
        by_visit.setdefault(charge.visit_id, []).append(charge)
    claims = []
    for visit_id, lines in by_visit.items():
        claims.append(_claim_for_visit(session, visit_id, lines))
    session.flush()
    for claim in claims:
        claim.control_number = f"TS{claim.id:09d}"
    audit_each(session, actor, Action.claim_write, claims, "claim", "built")
    session.commit()
    return claims


def _claim_for_visit(session: Session, visit_id: int, charges: list[Charge]) -> Claim:
    visit = session.get(Visit, visit_id)
    assert visit is not None
    on = charges[0].service_date
    payer = primary_payer(session, visit.patient_id, on)
    if payer is None:
        raise Invalid(
            "a visit has charges but the patient has no insurance on file; add it, then build claims"
        )
    policy = session.exec(
        select(InsurancePolicy)
        .where(InsurancePolicy.patient_id == visit.patient_id, InsurancePolicy.payer_id == payer.id)
        .order_by(col(InsurancePolicy.priority))
    ).first()
    plan = _plan(session, visit.patient_id, visit.discipline, on)
    diagnoses = list(plan.icd10_codes[: scrubber.MAX_DIAGNOSES]) if plan else []
    claim = Claim(
        clinic_id=visit.clinic_id,
        patient_id=visit.patient_id,
        payer_id=payer.id or 0,
        policy_id=policy.id if policy else None,
        visit_id=visit_id,
        provider_id=visit.provider_id,
        service_date=on,
        status=ClaimStatus.draft,
        total_cents=sum(c.amount_cents for c in charges),
        diagnosis_codes=diagnoses,
    )
    session.add(claim)
    session.flush()
    for number, charge in enumerate(charges, start=1):
        pointers = "".join(p for p in charge.diagnosis_pointers if p.isdigit() and int(p) <= len(diagnoses))
        session.add(
            ClaimLine(
                claim_id=claim.id or 0,
                charge_id=charge.id,
                line_number=number,
                cpt=charge.cpt,
                modifiers=charge.modifiers,
                units=charge.units,
                diagnosis_pointers=pointers or ("1" if diagnoses else ""),
                charge_cents=charge.amount_cents,
            )
        )
        charge.status = "billed"
        session.add(charge)
    return claim


def _plan(session: Session, patient_id: int, discipline: str, on: date) -> PlanOfCare | None:
    """The plan in force on the day, else the latest that started before it (so 'expired' can be said)."""
    return in_force(session, PlanOfCare, patient_id, discipline, on)


Row = TypeVar("Row", bound=SQLModel)


def grouped(session: Session, model: type[Row], key: Any, ids: Iterable[int | None]) -> dict[int, list[Row]]:
    """The rows of `model` whose `key` column (e.g. ClaimFinding.claim_id) is one of `ids`, by that key,
    each list in id order: a page's worth of claims' or lines' rows in one read, not one per claim."""
    rows: dict[int, list[Row]] = {}
    for row in session.exec(
        select(model).where(col(key).in_(list(ids))).order_by(col(model.id))  # type: ignore[attr-defined]
    ).all():
        rows.setdefault(getattr(row, key.key), []).append(row)
    return rows


def claim_lines(session: Session, claim_id: int) -> list[ClaimLine]:
    return list(
        session.exec(
            select(ClaimLine).where(ClaimLine.claim_id == claim_id).order_by(col(ClaimLine.line_number))
        ).all()
    )


def charges_of(session: Session, lines: list[ClaimLine]) -> list[Charge]:
    """The charges behind a claim's lines (a line a biller added by hand has none)."""
    ids = [line.charge_id for line in lines if line.charge_id]
    return list(session.exec(select(Charge).where(col(Charge.id).in_(ids))).all())


def facts_for(session: Session, claim: Claim, today: date) -> scrubber.ClaimFacts:
    """Everything the scrubber's rules look at, read from the record."""
    visit = session.get(Visit, claim.visit_id) if claim.visit_id else None
    # Scrubbed on what the 837P sends: an assistant's claim renders under the supervising therapist.
    who = rendering_for(session, claim)
    provider, rendering = who.furnished_by, who.rendering
    clinic = session.get(Clinic, claim.clinic_id)
    payer = session.get(Payer, claim.payer_id)
    assert clinic is not None and payer is not None
    discipline = visit.discipline if visit else provider.discipline
    lines = claim_lines(session, claim.id or 0)
    charges = charges_of(session, lines)
    minutes = {c.id: c.minutes for c in charges}
    auth = covering(session, patient_id=claim.patient_id, discipline=discipline, on=claim.service_date)
    plan = _plan(session, claim.patient_id, discipline, claim.service_date)
    return scrubber.ClaimFacts(
        discipline=discipline,
        service_date=claim.service_date,
        # Timely filing counts to the day the payer first received the claim, not to a later re-check.
        today=filed_on(
            first_sent=claim.first_submitted_at.date() if claim.first_submitted_at else None,
            last_sent=claim.submitted_at.date() if claim.submitted_at else None,
            times_sent=claim.resubmissions + 1 if claim.first_submitted_at else 0,
            times_rejected=_rejections(session, claim) if claim.first_submitted_at else 0,
            today=today,
        ),
        lines=tuple(
            scrubber.LineFacts(
                number=line.line_number,
                cpt=line.cpt,
                modifiers=tuple(line.modifiers.split()),
                units=line.units,
                minutes=minutes.get(line.charge_id, 0),
                pointers=tuple(int(p) for p in line.diagnosis_pointers if p.isdigit()),
                charge_cents=line.charge_cents,
            )
            for line in lines
        ),
        diagnosis_codes=tuple(claim.diagnosis_codes),
        provider_credential=provider.credential,
        rendering_npi=rendering.npi if rendering else None,
        rendering_taxonomy=rendering.taxonomy_code if rendering else None,
        rendering_known=rendering is not None,
        billing_npi=clinic.npi,
        billing_tax_id=clinic.tax_id,
        payer=payer_rules(session, payer, claim.service_date.year),
        authorization=scrubber.AuthorizationFacts(
            auth.start_date, auth.end_date, auth.visits_approved, auth.visits_used
        )
        if auth
        else None,
        plan=scrubber.PlanFacts(plan.start_date, plan.end_date, plan.physician_signed_on) if plan else None,
        spent_before_cents=_spent_before(session, claim, discipline),
        note_timed_minutes=_note_timed_minutes(session, charges),
        **_duplicate_facts(session, claim, lines),
        replacement_unchanged=claim.frequency_code == "7" and not _changed_since_reopened(session, claim),
    )


# The audit entries that open a corrected claim (denials.start_correction) and that save a change on a
# claim (fix_claim; corrections.correct_line writes "line corrected ..."): a replacement is held until a
# change is saved after its latest reopening (#20: an identical copy went out as 'ready').
REOPENED = "reopened as a replacement claim"
CHANGE_SAVED = ("corrected", "line corrected")


def _changed_since_reopened(session: Session, claim: Claim) -> bool:
    """Whether a change (a line's code, units, modifiers or pointers, a line removed, the diagnoses) was
    saved on the claim after it was last reopened as a replacement. A claim never reopened here (made a
    replacement before this rule, or by hand) counts as changed: nothing says it was not."""
    said = (REOPENED, *CHANGE_SAVED)
    written = session.exec(
        select(AuditEntry.detail)
        .where(
            AuditEntry.patient_id == claim.patient_id,
            AuditEntry.record_type == "claim",
            AuditEntry.record_id == str(claim.id),
            AuditEntry.outcome == "allowed",
            col(AuditEntry.detail).startswith(REOPENED)
            | col(AuditEntry.detail).startswith(CHANGE_SAVED[0])
            | col(AuditEntry.detail).startswith(CHANGE_SAVED[1]),
        )
        .order_by(col(AuditEntry.id))
    ).all()
    # and those of this transaction, written (chained) only as it commits: the reopening and its scrub
    # happen in one, as do a change and the scrub after it
    queued = [
        str(entry["detail"])
        for entry in session.info.get(PENDING, [])
        if entry["record_type"] == "claim"
        and entry["record_id"] == str(claim.id)
        and entry["outcome"] == "allowed"
        and str(entry["detail"]).startswith(said)
    ]
    details = [*written, *queued]
    reopened = [i for i, detail in enumerate(details) if detail.startswith(REOPENED)]
    if not reopened:
        return True
    return len(details) > reopened[-1] + 1


def _rejections(session: Session, claim: Claim) -> int:
    """How many times the claim was turned away before adjudication (core.billing.rejections)."""
    return session.exec(
        select(func.count())
        .select_from(ClaimAction)
        .where(ClaimAction.claim_id == claim.id, ClaimAction.kind == "rejected")
    ).one()


def _note_timed_minutes(session: Session, charges: list[Charge]) -> int | None:
    """Timed minutes of the signed note behind the claim's charges, from its last version."""
    note_ids = {c.note_id for c in charges if c.note_id}
    if len(note_ids) != 1:
        return None
    version = session.exec(
        select(NoteVersion)
        .where(NoteVersion.note_id == note_ids.pop())
        .order_by(col(NoteVersion.version).desc())
    ).first()
    if version is None:
        return None
    reference = codes()
    return sum(
        int(item.get("minutes", 0))
        for item in version.codes
        if item.get("code") in reference and reference[item["code"]].timed
    )


def _spent_before(session: Session, claim: Claim, discipline: str) -> int:
    """This year's therapy charges in the claim's KX bucket before this claim's day, or earlier that day."""
    start = date(claim.service_date.year, 1, 1)
    return session.exec(
        select(func.coalesce(func.sum(Claim.total_cents), 0))
        .join(Visit, col(Visit.id) == Claim.visit_id)
        .where(
            Claim.patient_id == claim.patient_id,
            col(Visit.discipline).in_(BUCKETS[discipline]),
            col(Claim.service_date) >= start,
            col(Claim.status) != ClaimStatus.void,
            (col(Claim.service_date) < claim.service_date)
            | ((col(Claim.service_date) == claim.service_date) & (col(Claim.id) < (claim.id or 0))),
        )
    ).one()


def _duplicate_facts(session: Session, claim: Claim, lines: list[ClaimLine]) -> dict[str, Any]:
    """The duplicates' ids, their control numbers in the same order and the patient's name (read only
    where there is a duplicate): what the scrubber's duplicate rule names them by."""
    ids = _duplicates(session, claim, lines)
    if not ids:
        return {"duplicate_claim_ids": ()}
    controls = dict(session.exec(select(Claim.id, Claim.control_number).where(col(Claim.id).in_(ids))).all())
    patient = session.get(Patient, claim.patient_id)
    return {
        "duplicate_claim_ids": ids,
        "duplicate_controls": tuple(controls.get(i, "") for i in ids),
        "patient_name": full_name(patient) if patient else "",
    }


def _duplicates(session: Session, claim: Claim, lines: list[ClaimLine]) -> tuple[int, ...]:
    """The patient's other claims to the same payer for the same day with the same codes (not void)."""
    mine = sorted(line.cpt for line in lines)
    # The payer is compared here, not in SQL: with it in the WHERE, SQLite (no statistics) read the
    # payer's index, every claim of the payer, for each claim scrubbed (2.6 ms a claim on the small demo,
    # growing with the clinic's years); the patient's claims of that day are a handful.
    others = session.exec(
        select(Claim.id, Claim.payer_id)
        .where(
            Claim.patient_id == claim.patient_id,
            Claim.service_date == claim.service_date,
            col(Claim.id) != claim.id,
            col(Claim.status) != ClaimStatus.void,
        )
        .order_by(col(Claim.id))
    ).all()
    return tuple(
        other
        for other, payer in others
        if other is not None
        and payer == claim.payer_id
        and sorted(line.cpt for line in claim_lines(session, other)) == mine
    )


class ScrubResult(BaseModel):
    claim_id: int
    status: str
    findings: list[dict[str, Any]] = Field(default_factory=list)


def scrub_claims(
    session: Session, *, actor: Actor, clinic_id: int, today: date, claim_ids: list[int] | None = None
) -> list[ScrubResult]:
    """Run every rule over the clinic's unsent claims: clean ones are ready to send, the rest held with
    their findings on the work list. Findings from an earlier run are replaced."""
    require(session, actor, Action.claim_write, clinic_id=clinic_id, record_type="claim")
    where = [Claim.clinic_id == clinic_id, col(Claim.status).in_(UNSENT)]
    if claim_ids is not None:
        where.append(col(Claim.id).in_(claim_ids))
    # Locked: a claim being sent meanwhile must not be scrubbed back to 'ready' and sent again.
    results = [scrub_one(session, actor, claim, today) for claim in locked_where(session, Claim, *where)]
    session.commit()
    return results


def scrub_one(session: Session, actor: Actor, claim: Claim, today: date) -> ScrubResult:
    """Every rule over one claim the caller holds locked: ready or held, with its findings replacing
    the earlier run's; the caller commits. A run that finds what the last one found, on a claim already
    so, changes nothing and writes nothing (a second click, or the rescrub after a correction that was
    already made), so the audit log says each scrub that changed the claim once."""
    findings = scrubber.scrub(facts_for(session, claim, today))
    status = ClaimStatus.held if scrubber.blocking(findings) else ClaimStatus.ready
    earlier = session.exec(select(ClaimFinding).where(ClaimFinding.claim_id == claim.id)).all()
    result = ScrubResult(claim_id=claim.id or 0, status=status, findings=[f.__dict__ for f in findings])
    if claim.status == status and _said(earlier) == _said(findings):
        return result
    for old in earlier:
        session.delete(old)
    for finding in findings:
        session.add(
            ClaimFinding(
                claim_id=claim.id or 0,
                rule_id=finding.rule_id,
                severity=finding.severity,
                line_number=finding.line_number,
                message=finding.message,
            )
        )
    claim.status = status
    if claim.first_scrub_clean is None:
        claim.first_scrub_clean = claim.status == ClaimStatus.ready
    session.add(claim)
    audit_on(session, actor, Action.claim_write, claim, "claim", detail=f"scrubbed: {claim.status}")
    return result


def _said(findings: Sequence[ClaimFinding | scrubber.Finding]) -> list[tuple[str, str, int | None, str]]:
    return sorted(((f.rule_id, f.severity, f.line_number, f.message) for f in findings), key=str)


class LineFix(BaseModel):
    line_number: int
    modifiers: list[str] | None = None
    units: int | None = Field(default=None, ge=0, le=99)
    diagnosis_pointers: list[int] | None = Field(default=None, max_length=4)


class ClaimFix(BaseModel):
    """A biller's correction of an unsent claim; the claim is scrubbed again afterwards."""

    diagnosis_codes: list[str] | None = Field(default=None, max_length=scrubber.MAX_DIAGNOSES)
    lines: list[LineFix] = Field(default_factory=list)
    remove_lines: list[int] = Field(default_factory=list)


def unsent_for_change(session: Session, actor: Actor, claim_id: int) -> Claim:
    """The claim, locked for the change, when the actor may change it and it has not been sent (or
    was sent and turned away before adjudication: a rejected claim is fixed and sent again)."""
    claim = locked(session, Claim, claim_id)
    if claim is None:
        raise NotFound(f"claim {claim_id} not found")
    require_on(session, actor, Action.claim_write, claim, "claim")
    if not fixable(claim.status):
        raise Conflict(
            f"claim {claim_id} has been sent ({claim.status}); correct it with a replacement claim"
        )
    return claim


# The audit entry of a correction that took lines off a claim names them: a removal sent again (a double
# click, a page left open) finds them gone and is done, not refused as a line the claim never had.
REMOVED = "removed line "


def _removed_lines(session: Session, claim: Claim) -> set[int]:
    """The line numbers earlier corrections took off the claim, as their audit entries name them."""
    details = session.exec(
        select(AuditEntry.detail).where(
            AuditEntry.patient_id == claim.patient_id,
            AuditEntry.record_type == "claim",
            AuditEntry.record_id == str(claim.id),
            col(AuditEntry.detail).contains(REMOVED),
        )
    ).all()
    return {
        int(n) for detail in details for n in detail.split(REMOVED, 1)[1].split(",") if n.strip().isdigit()
    }


def priced_for_units(charge_cents: int, units_before: int, units_after: int, fee: Callable[[], int]) -> int:
    """A line's charge when its units change: the unit price it was billed at times the new units (the
    fee schedule's, `fee()`, where the line had no unit to take it from), so a line cut from 2 units
    to 1 bills one unit's fee, not two (#20: the line kept $79.20 and the claim its total)."""
    if units_after == units_before:
        return charge_cents
    if units_before > 0 and charge_cents % units_before == 0:
        return charge_cents // units_before * units_after
    return fee() * units_after


def _fee(session: Session, claim: Claim, cpt: str) -> int:
    try:
        return fee_cents(session, session.get(Payer, claim.payer_id), cpt, claim.service_date)
    except CodingError as error:
        raise Invalid(str(error)) from error


def fix_claim(session: Session, *, actor: Actor, claim_id: int, fix: ClaimFix, today: date) -> ScrubResult:
    """A biller's correction, serialised on the claim's row. The same correction twice changes it once:
    a line already removed is not asked for again, values already so are no change, and the claim is
    scrubbed again either way (the same answer as the first one)."""
    claim = unsent_for_change(session, actor, claim_id)
    lines = {line.line_number: line for line in claim_lines(session, claim_id)}
    missing = [n for n in [f.line_number for f in fix.lines] + fix.remove_lines if n not in lines]
    gone = _removed_lines(session, claim) if missing else set()
    for number in missing:
        if number not in gone or number not in fix.remove_lines:
            raise Invalid(f"claim {claim_id} has no line {number}")
    removals = sorted({n for n in fix.remove_lines if n in lines})
    changed = bool(removals)
    if fix.diagnosis_codes is not None:
        codes = [code.strip().upper() for code in fix.diagnosis_codes]
        changed |= codes != claim.diagnosis_codes
        claim.diagnosis_codes = codes
    repriced: list[str] = []
    for change in fix.lines:
        line = lines[change.line_number]
        before = (line.modifiers, line.units, line.diagnosis_pointers)
        if change.modifiers is not None:
            line.modifiers = " ".join(m.strip().upper() for m in change.modifiers if m.strip())
        if change.units is not None and change.units != line.units:
            before_cents = line.charge_cents
            line.charge_cents = priced_for_units(
                line.charge_cents, line.units, change.units, partial(_fee, session, claim, line.cpt)
            )
            line.units = change.units
            repriced.append(
                f"line {line.line_number} {dollars(before_cents)} -> {dollars(line.charge_cents)}"
            )
        if change.diagnosis_pointers is not None:
            line.diagnosis_pointers = "".join(str(p) for p in change.diagnosis_pointers)
        changed |= before != (line.modifiers, line.units, line.diagnosis_pointers)
        session.add(line)
    # A line a remittance already answered keeps its adjustments: it is corrected or voided, not removed.
    # One query for all the lines to remove.
    answered_ids = (
        set(
            session.exec(
                select(Adjustment.claim_line_id).where(
                    col(Adjustment.claim_line_id).in_([lines[n].id for n in removals])
                )
            ).all()
        )
        if removals
        else set()
    )
    # A line paid in full carries no adjustment (no CAS in its 835) but holds the payment all the same.
    answered = [
        n
        for n in removals
        if lines[n].id in answered_ids or lines[n].paid_cents or lines[n].patient_responsibility_cents
    ]
    if answered:
        raise Invalid(
            f"line {', '.join(map(str, answered))} of claim {claim_id} has a payer's answer posted; "
            "correct its units or modifiers, or void the claim, instead of removing it"
        )
    for number in removals:
        session.delete(lines.pop(number))
    if not lines:
        raise Invalid("a claim needs at least one line; void it instead")
    if changed:
        claim.total_cents = sum(line.charge_cents for line in lines.values())
        session.add(claim)
        removed = f"; {REMOVED}{', '.join(map(str, removals))}" if removals else ""
        priced = f"; repriced {', '.join(repriced)}" if repriced else ""
        audit_on(
            session, actor, Action.claim_write, claim, "claim", detail=f"corrected{priced}{removed}"[:300]
        )
        session.flush()
    # Scrubbed on the row already locked: a rejected claim (not among the unsent ones a build scrubs)
    # goes back to ready or held only when its biller has looked at it.
    result = scrub_one(session, actor, claim, today)
    session.commit()
    return result


def void_claim(session: Session, *, actor: Actor, claim_id: int) -> Claim:
    """Void a claim not sent yet (a duplicate the scrubber found, or one with no line worth billing):
    it is owed by no one and leaves the work list. Its charges stay billed, so the next build does not
    bill them again. A sent claim is corrected with a replacement or appealed, never voided here.
    Voided twice (a double click, two at once): the second gets the claim as the first left it."""
    already = locked(session, Claim, claim_id)
    if already is not None and already.status == ClaimStatus.void:
        require_on(session, actor, Action.claim_write, already, "claim")
        return already
    claim = unsent_for_change(session, actor, claim_id)
    if claim.paid_cents or claim.patient_responsibility_cents:
        # A replacement of a claim paid in part: the payer's money is posted on it until the payer's
        # answer to the replacement reverses it, so it is owed by someone and is sent, not voided.
        raise Conflict(
            f"claim {claim.control_number} replaces a claim the payer paid in part (its payment stays "
            "posted here): send the corrected claim rather than void it"
        )
    claim.status = ClaimStatus.void
    session.add(claim)
    audit_on(session, actor, Action.claim_write, claim, "claim", detail="voided")
    session.commit()
    return claim


def get_claim(session: Session, claim_id: int) -> Claim:
    claim = existing(session.get(Claim, claim_id), "claim", claim_id)
    return claim


def denied_line(line: ClaimLine, claim: Claim) -> dict[str, Any]:
    """A denied line as the biller works it, the same in the work list and the denials download: its
    claim, date of service, line, code, charge and the payer's codes with the reason in words."""
    from core.billing.reasons import explain

    return {
        "claim_id": claim.id,
        "service_date": claim.service_date,
        "line": line.line_number,
        "cpt": line.cpt,
        "charge_cents": line.charge_cents,
        "carc": line.denial_carc,
        "rarc": line.denial_rarc,
        "reason": explain(line.denial_carc, line.denial_rarc),
    }


def work_list(
    session: Session, *, actor: Actor, kind: str = "held", limit: int = 200, offset: int = 0
) -> list[dict[str, Any]]:
    """Held claims with their findings ('held', oldest service first), or denied lines with the reason
    in words ('denied', newest first); `offset` pages through them."""
    clinics = require_anywhere(session, actor, Action.claim_read)
    rows: list[dict[str, Any]] = []
    read: list[Claim] = []  # the claims shown, one audit event a row
    if kind == "held":
        claims = session.exec(
            select(Claim)
            .where(col(Claim.clinic_id).in_(clinics), Claim.status == ClaimStatus.held)
            .order_by(col(Claim.service_date), col(Claim.id))
            .offset(offset)
            .limit(limit)
        ).all()
        # the page's findings in one read, not one per claim (#20: 60 reads on the claims page)
        found = grouped(session, ClaimFinding, ClaimFinding.claim_id, [c.id for c in claims])
        for claim in claims:
            findings = found.get(claim.id or 0, [])
            read.append(claim)
            rows.append(
                {
                    "claim_id": claim.id,
                    "clinic_id": claim.clinic_id,
                    "patient_id": claim.patient_id,
                    "service_date": claim.service_date.isoformat(),
                    "total_cents": claim.total_cents,
                    "findings": [
                        {
                            "rule_id": f.rule_id,
                            "severity": f.severity,
                            "line": f.line_number,
                            "message": f.message,
                        }
                        for f in findings
                    ],
                }
            )
    elif kind == "denied":
        denied = session.exec(
            select(ClaimLine, Claim)
            .join(Claim, col(Claim.id) == ClaimLine.claim_id)
            .where(col(Claim.clinic_id).in_(clinics), ClaimLine.status == ClaimLineStatus.denied)
            .order_by(col(Claim.service_date).desc(), col(ClaimLine.id))
            .offset(offset)
            .limit(limit)
        ).all()
        for line, claim in denied:
            read.append(claim)
            rows.append(
                {
                    **denied_line(line, claim),
                    "clinic_id": claim.clinic_id,
                    "patient_id": claim.patient_id,
                    "service_date": claim.service_date.isoformat(),
                    "assigned_user_id": claim.assigned_user_id,
                }
            )
    else:
        raise Invalid("work list is 'held' or 'denied'")
    audit_each(session, actor, Action.claim_read, read, "claim", f"work list {kind}")
    session.commit()
    return rows


def mark_submitted(session: Session, claims: list[Claim], batch_id: int) -> None:
    now = utcnow()
    for claim in claims:
        if claim.first_submitted_at is None:
            claim.first_submitted_at = now
        else:
            claim.resubmissions += 1
        claim.submitted_at = now
        claim.status = ClaimStatus.submitted
        claim.batch_id = batch_id
        session.add(claim)


def claim_detail(session: Session, *, actor: Actor, claim_id: int) -> dict[str, Any]:
    """A claim with its lines and the scrubber's findings, for the biller; an audited read."""
    claim = get_claim(session, claim_id)
    require_on(session, actor, Action.claim_read, claim, "claim")
    findings = session.exec(select(ClaimFinding).where(ClaimFinding.claim_id == claim_id)).all()
    out = {
        **claim.model_dump(exclude={"created_at"}),
        "lines": [line.model_dump() for line in claim_lines(session, claim_id)],
        "findings": [f.model_dump(exclude={"created_at", "claim_id"}) for f in findings],
    }
    audit_on(session, actor, Action.claim_read, claim, "claim")
    session.commit()
    return out
