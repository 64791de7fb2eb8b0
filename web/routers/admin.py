"""What the owner and billers administer: users, the audit log, payers and fee schedules."""

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query

from core.audit.models import AuditEntry
from core.audit.review import browse
from core.payers.service import list_fee_schedules, list_payers
from core.users.service import list_users
from web.deps import CurrentActor, SessionDep

router = APIRouter(prefix="/api/v1", tags=["administration"])


@router.get("/users")
def users(session: SessionDep, actor: CurrentActor) -> list[dict[str, Any]]:
    return list_users(session, actor=actor)


@router.get("/audit", response_model=list[AuditEntry])
def audit_entries(
    session: SessionDep,
    actor: CurrentActor,
    user_id: int | None = None,
    patient_id: int | None = None,
    action: Annotated[str | None, Query(max_length=60)] = None,
    since: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditEntry]:
    return browse(
        session, actor=actor, user_id=user_id, patient_id=patient_id, action=action, since=since, limit=limit
    )


@router.get("/payers")
def payers(session: SessionDep, actor: CurrentActor) -> list[dict[str, Any]]:
    return [p.model_dump() for p in list_payers(session)]


@router.get("/fee-schedules")
def fee_schedules(session: SessionDep, actor: CurrentActor) -> list[dict[str, Any]]:
    return list_fee_schedules(session, actor=actor)
