"""Sending claims: the clinic's ready claims for one payer become one 837P batch, checked by pyx12
before anything is marked sent. A file pyx12 rejects is never stored and changes nothing."""

import re
from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, func, select

from core.access import audit_each, require
from core.actor import Actor
from core.authorizations.service import covering
from core.billing.claims import claim_lines, mark_submitted, scrub_one
from core.billing.models import Claim, ClaimBatch
from core.billing.rendering import rendering_for
from core.billing.x12.claim837 import Address, BillingProvider, ClaimOut, LineOut, Person, write_837p
from core.billing.x12.envelope import Parties
from core.billing.x12.validate import x12_errors
from core.clinics.models import Clinic
from core.enums import ClaimStatus
from core.errors import Conflict, Invalid, NotFound
from core.locks import lock, locked_where
from core.patients.models import InsurancePolicy, Patient
from core.payers.models import Payer
from core.permissions import Action
from core.providers.models import Provider
from core.timeutil import utcnow
from core.visits.models import Visit

_CLINIC_ADDRESS = re.compile(
    r"^(?P<street>.+?),\s*(?P<city>[^,]+?),?\s+(?P<state>[A-Z]{2})\s+(?P<zip>\d{5}(-?\d{4})?)$"
)


def clinic_address(text: str) -> Address:
    """'101 Main St, Springfield, IL 62701-1001' into its parts; the 837P needs them apart."""
    match = _CLINIC_ADDRESS.match(text.strip())
    if not match:
        raise Invalid("the clinic's address must read 'street, city, ST zip' to go on a claim")
    return Address(match["street"], match["city"], match["state"], match["zip"])


def _person_name(full_name: str) -> tuple[str, str]:
    parts = full_name.split(",")[0].split()
    parts = [p for p in parts if not p.endswith(".") or len(p) > 3]
    return (parts[-1], " ".join(parts[:-1])) if len(parts) > 1 else (full_name, "")


def claim_out(session: Session, claim: Claim) -> ClaimOut:
    patient = session.get(Patient, claim.patient_id)
    payer = session.get(Payer, claim.payer_id)
    provider = rendering_for(session, claim).rendering
    if provider is None:
        # The scrubber holds such a claim (rule supervising-therapist); export holds it again before this.
        raise Invalid(f"claim {claim.control_number} names no rendering provider: scrub it for what to fix")
    policy = session.get(InsurancePolicy, claim.policy_id) if claim.policy_id else None
    visit = session.get(Visit, claim.visit_id) if claim.visit_id else None
    assert patient is not None and payer is not None and provider is not None
    if policy is None:
        raise Invalid(f"claim {claim.id} has no insurance policy: rebuild it after adding the insurance")
    address = Address(patient.address, patient.city, patient.state, patient.postal_code)
    person = Person(patient.last_name, patient.first_name, patient.birth_date, patient.sex, address)
    relationship = policy.relationship_to_subscriber or "self"
    if relationship == "self":
        subscriber = person
    else:
        last, first = _person_name(policy.subscriber_name)
        subscriber = Person(last, first, None, "U", address)
    auth = (
        covering(session, patient_id=claim.patient_id, discipline=visit.discipline, on=claim.service_date)
        if visit
        else None
    )
    last, first = _person_name(provider.full_name)
    return ClaimOut(
        control_number=claim.control_number,
        total_cents=claim.total_cents,
        diagnosis_codes=tuple(claim.diagnosis_codes),
        subscriber=subscriber,
        member_id=policy.member_id,
        group_number=policy.group_number,
        relationship=relationship,
        patient=person,
        payer_name=payer.name,
        payer_id=payer.electronic_payer_id or f"P{payer.id:04d}",
        payer_kind=payer.kind,
        rendering=Person(last, first),
        rendering_npi=provider.npi or "",
        rendering_taxonomy=provider.taxonomy_code or "",
        prior_authorization=auth.number
        if auth and auth.start_date <= claim.service_date <= auth.end_date
        else "",
        frequency_code=claim.frequency_code,
        original_reference=claim.payer_claim_number if claim.frequency_code == "7" else "",
        lines=tuple(
            LineOut(
                number=line.line_number,
                cpt=line.cpt,
                modifiers=tuple(line.modifiers.split()),
                charge_cents=line.charge_cents,
                units=line.units,
                pointers=tuple(int(p) for p in line.diagnosis_pointers if p.isdigit()),
                service_date=claim.service_date,
                control=f"{claim.control_number}-{line.line_number}",
            )
            for line in claim_lines(session, claim.id or 0)
        ),
    )


def billing_provider(session: Session, clinic: Clinic) -> BillingProvider:
    """The clinic as the 837P's billing provider (2000A), the same in every file whatever its claims:
    each claim's own therapist and their taxonomy are its rendering provider (2310B)."""
    therapists = session.exec(
        select(Provider.taxonomy_code).where(
            Provider.clinic_id == clinic.id,
            Provider.is_active,
            Provider.supervising_provider_id.is_(None),  # type: ignore[union-attr]
        )
    ).all()
    return clinic_on_claims(
        name=clinic.name,
        npi=clinic.npi or "",
        tax_id=clinic.tax_id or "",
        address=clinic.address,
        phone=clinic.phone,
        taxonomy=clinic_taxonomy(therapists),
    )


def clinic_taxonomy(therapists: Sequence[str | None]) -> str | None:
    """The clinic's own taxonomy: the one most of its licensed therapists hold (an assistant's, PTA
    225200000X, is no clinic's), a tie going to the code first in order. The clinic has no taxonomy of
    its own on record, and the first claim's therapist made the billing provider an SLP practice in one
    file and a PT practice in the next (#20, trial 53: batch 3170, mostly PT, named 235Z00000X)."""
    counts = Counter(code for code in therapists if code)
    return min(counts, key=lambda code: (-counts[code], code)) if counts else None


def clinic_on_claims(
    *, name: str, npi: str, tax_id: str, address: str, phone: str, taxonomy: str | None
) -> BillingProvider:
    """The billing provider an 837P names, from a clinic's own fields and its taxonomy (a physical
    therapist's, 225100000X, where none is known)."""
    return BillingProvider(
        name=name,
        npi=npi,
        tax_id=tax_id,
        taxonomy=taxonomy or "225100000X",
        address=clinic_address(address),
        contact_phone=phone,
    )


def export_837(
    session: Session,
    *,
    actor: Actor,
    clinic_id: int,
    payer_id: int,
    at: datetime | None = None,
    limit: int = 5000,
) -> ClaimBatch:
    """Every ready claim of the clinic for the payer, in one 837P; the claims are marked submitted."""
    require(session, actor, Action.claim_write, clinic_id=clinic_id, record_type="claim_batch")
    clinic = session.get(Clinic, clinic_id)
    payer = session.get(Payer, payer_id)
    if clinic is None or payer is None:
        raise NotFound("clinic or payer not found")
    # One export at a time: the interchange control number is the last one plus one, and a second
    # click on "send" must find the claims already sent, not put them in a second file.
    lock(session, "claim-batches")
    claims = locked_where(
        session,
        Claim,
        Claim.clinic_id == clinic_id,
        Claim.payer_id == payer_id,
        Claim.status == ClaimStatus.ready,
        limit=limit,
    )
    at = at or utcnow()
    # Last guard: a claim scrubbed ready before its assistant's supervising therapist was taken off the
    # record is scrubbed again (held, with what to fix on the work list) and the batch goes out without it.
    unrenderable = {c.id for c in claims if rendering_for(session, c).rendering is None}
    for claim in (c for c in claims if c.id in unrenderable):
        scrub_one(session, actor, claim, at.date())
    claims = [c for c in claims if c.id not in unrenderable]
    if not claims:
        session.commit()
        held = f" ({len(unrenderable)} held again: see the work list)" if unrenderable else ""
        raise Conflict(
            f"no claims are ready for {payer.name}{held}: build and scrub claims first "
            "(claims already sent are not sent again)"
        )
    control = (session.exec(select(func.max(ClaimBatch.interchange_control_number))).one() or 0) + 1
    text = write_837p(
        [claim_out(session, claim) for claim in claims],
        billing=billing_provider(session, clinic),
        parties=Parties(
            sender_id=(clinic.tax_id or "").replace("-", ""), receiver_id=payer.electronic_payer_id or "PAYER"
        ),
        control=control,
        at=at,
    )
    errors = x12_errors(text)
    if errors:
        raise Invalid("the 837P failed validation: " + "; ".join(errors[:5]))
    batch = ClaimBatch(
        clinic_id=clinic_id,
        payer_id=payer_id,
        interchange_control_number=control,
        claim_count=len(claims),
        total_cents=sum(c.total_cents for c in claims),
        content=text,
    )
    session.add(batch)
    session.flush()
    mark_submitted(session, claims, batch.id or 0)
    audit_each(
        session,
        actor,
        Action.claim_write,
        claims,
        "claim",
        f"sent in 837P {batch.interchange_control_number:09d}",
    )
    session.commit()
    return batch
