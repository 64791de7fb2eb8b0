"""A patient's records by kind, and the writes the front desk and billers make at the desk."""

from collections.abc import Callable
from types import GenericAlias

from fastapi import APIRouter
from pydantic import BaseModel

from core.authorizations import service as authorizations
from core.authorizations.service import AuthorizationCreate
from core.billing import service as billing
from core.billing.service import Balance, ClaimStatusRead
from core.patients.insurance import PolicyCreate, add_policy
from core.records.service import KINDS, list_for_patient
from web.deps import CurrentActor, SessionDep
from web.replies import Created

router = APIRouter(prefix="/api/v1", tags=["records"])


@router.get("/patients/{patient_id}/balance", response_model=Balance)
def patient_balance(patient_id: int, session: SessionDep, actor: CurrentActor) -> Balance:
    return billing.balance(session, actor=actor, patient_id=patient_id)


def _records_of(kind: str, shape: type[BaseModel]) -> Callable[..., list[BaseModel]]:
    def patient_records(patient_id: int, session: SessionDep, actor: CurrentActor) -> list[BaseModel]:
        rows = list_for_patient(session, actor=actor, patient_id=patient_id, kind=kind)
        return [shape.model_validate(row) for row in rows]

    return patient_records


# A route per kind, so that each answers its own read shape.
for _kind, _spec in KINDS.items():
    router.add_api_route(
        f"/patients/{{patient_id}}/{_kind}",
        _records_of(_kind, _spec.shape),
        methods=["GET"],
        response_model=GenericAlias(list, (_spec.shape,)),  # list[shape], with shape known at run time
        name=f"patient_{_kind}",
        summary=f"A patient's {_kind}",
    )


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


@router.get("/claims/{claim_id}/status", response_model=ClaimStatusRead)
def claim_status(claim_id: int, session: SessionDep, actor: CurrentActor) -> ClaimStatusRead:
    return billing.claim_status(session, actor=actor, claim_id=claim_id)


@router.get("/patients/{patient_id}/claim-status", response_model=list[ClaimStatusRead])
def patient_claim_statuses(
    patient_id: int, session: SessionDep, actor: CurrentActor
) -> list[ClaimStatusRead]:
    """A patient's claims as the front desk may read them (claim.status_read): where each stands, no
    amounts; `/claims` (claim.read) has the amounts."""
    return billing.claim_statuses(session, actor=actor, patient_id=patient_id)
