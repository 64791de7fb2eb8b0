"""A patient's insurance policies."""

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from sqlmodel import Session, col, or_, select

from core.actor import Actor
from core.errors import existing
from core.patients.models import InsurancePolicy, Patient
from core.patients.service import add_payer_record, audit_patient_records, load_patient_for
from core.payers.models import Payer
from core.permissions import Action

RELATIONSHIP = Annotated[str, StringConstraints(pattern=r"^(self|spouse|child|other)$")]
SUBSCRIBER_NAME = Annotated[str, StringConstraints(strip_whitespace=True, max_length=120)]


def _check_subscriber_named(relationship: str, name: str) -> None:
    # The 837P names the subscriber (loop 2010BA) when the patient is not the one insured: a spouse's or
    # parent's plan without their name is a claim the payer rejects.
    if relationship != "self" and not name:
        raise ValueError("give the subscriber's name: the patient is not the one insured")


class PolicyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    payer_id: int
    priority: Annotated[int, Field(ge=1, le=3)] = 1
    member_id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
    group_number: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = ""
    subscriber_name: SUBSCRIBER_NAME = ""
    relationship_to_subscriber: RELATIONSHIP = "self"
    effective_from: date
    effective_to: date | None = None
    copay_cents: Annotated[int, Field(ge=0, le=100_000)] = 0
    coinsurance_bp: Annotated[int, Field(ge=0, le=10_000)] = 0

    @model_validator(mode="after")
    def _dates_in_order(self) -> "PolicyCreate":
        if self.effective_to is not None and self.effective_to < self.effective_from:
            raise ValueError("effective_to is before effective_from")
        return self

    @model_validator(mode="after")
    def _subscriber_named(self) -> "PolicyCreate":
        _check_subscriber_named(self.relationship_to_subscriber, self.subscriber_name)
        return self


class SubscriberUpdate(BaseModel):
    """Whose plan a policy is: corrected on an existing policy as entered on a new one (PolicyCreate)."""

    model_config = ConfigDict(extra="forbid")

    relationship_to_subscriber: RELATIONSHIP
    subscriber_name: SUBSCRIBER_NAME = ""

    @model_validator(mode="after")
    def _subscriber_named(self) -> "SubscriberUpdate":
        _check_subscriber_named(self.relationship_to_subscriber, self.subscriber_name)
        return self


def _editable(session: Session, actor: Actor, policy_id: int) -> tuple[InsurancePolicy, Patient]:
    """The policy and its patient, once the actor may change the patient's insurance."""
    policy = existing(session.get(InsurancePolicy, policy_id), "insurance policy", policy_id)
    return policy, load_patient_for(
        session, actor, policy.patient_id, Action.insurance_write, "insurance", policy_id
    )


def policy_to_edit(session: Session, *, actor: Actor, policy_id: int) -> InsurancePolicy:
    """A policy, for one who may change the patient's insurance; the read is audited."""
    policy, patient = _editable(session, actor, policy_id)
    audit_patient_records(session, actor, Action.insurance_read, patient, "insurance", "", policy_id)
    session.commit()
    return policy


def set_subscriber(
    session: Session, *, actor: Actor, policy_id: int, data: SubscriberUpdate
) -> InsurancePolicy:
    """The policy's subscriber and the patient's relationship to them, changed and audited; the same
    values again change nothing and write nothing."""
    policy, patient = _editable(session, actor, policy_id)
    name = "" if data.relationship_to_subscriber == "self" else data.subscriber_name
    if (policy.relationship_to_subscriber, policy.subscriber_name) == (data.relationship_to_subscriber, name):
        return policy
    policy.relationship_to_subscriber, policy.subscriber_name = data.relationship_to_subscriber, name
    session.add(policy)
    audit_patient_records(
        session, actor, Action.insurance_write, patient, "insurance", "updated: subscriber", policy_id
    )
    session.commit()
    return policy


def add_policy(session: Session, *, actor: Actor, patient_id: int, data: PolicyCreate) -> InsurancePolicy:
    return add_payer_record(
        session,
        actor=actor,
        action=Action.insurance_write,
        record_type="insurance",
        row=InsurancePolicy(patient_id=patient_id, **data.model_dump()),
    )


def primary_payer(session: Session, patient_id: int, on: date) -> Payer | None:
    """The payer of the patient's first-priority policy in effect on a day, or None (self-pay).

    A policy with an end date stops covering after it (the import's "empty while the policy runs"):
    a visit after it is billed to, and booked against the authorization rules of, the next policy
    still in effect, not a payer the patient has left."""
    policy = session.exec(
        select(InsurancePolicy)
        .where(
            InsurancePolicy.patient_id == patient_id,
            col(InsurancePolicy.effective_from) <= on,
            or_(col(InsurancePolicy.effective_to).is_(None), col(InsurancePolicy.effective_to) >= on),
        )
        .order_by(col(InsurancePolicy.priority))
    ).first()
    return session.get(Payer, policy.payer_id) if policy else None
