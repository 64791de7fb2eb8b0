"""A patient's records by kind, and the writes the front desk and billers make at the desk."""

from typing import Annotated, Any

from fastapi import APIRouter, Path

from core.authorizations import service as authorizations
from core.authorizations.service import AuthorizationCreate
from core.billing import service as billing
from core.billing.service import Balance, ClaimStatus
from core.patients.insurance import PolicyCreate, add_policy
from core.records.service import KINDS, list_for_patient
from web.deps import CurrentActor, SessionDep
from web.replies import Created

router = APIRouter(prefix="/api/v1", tags=["records"])
KindName = Annotated[str, Path(pattern="^(" + "|".join(KINDS) + ")$", description="record kind")]


@router.get("/patients/{patient_id}/balance", response_model=Balance)
def patient_balance(patient_id: int, session: SessionDep, actor: CurrentActor) -> Balance:
    return billing.balance(session, actor=actor, patient_id=patient_id)


@router.get("/patients/{patient_id}/{kind}")
def patient_records(
    patient_id: int, kind: KindName, session: SessionDep, actor: CurrentActor
) -> list[dict[str, Any]]:
    return list_for_patient(session, actor=actor, patient_id=patient_id, kind=kind)


@router.post("/patients/{patient_id}/insurance", status_code=201)
def add_insurance(patient_id: int, body: PolicyCreate, session: SessionDep, actor: CurrentActor) -> Created:
    policy = add_policy(session, actor=actor, patient_id=patient_id, data=body)
    return Created(id=policy.id or 0)


@router.post("/patients/{patient_id}/authorizations", status_code=201)
def add_authorization(
    patient_id: int, body: AuthorizationCreate, session: SessionDep, actor: CurrentActor
) -> Created:
    auth = authorizations.add(session, actor=actor, patient_id=patient_id, data=body)
    return Created(id=auth.id or 0)


@router.get("/claims/{claim_id}/status", response_model=ClaimStatus)
def claim_status(claim_id: int, session: SessionDep, actor: CurrentActor) -> ClaimStatus:
    return billing.claim_status(session, actor=actor, claim_id=claim_id)
