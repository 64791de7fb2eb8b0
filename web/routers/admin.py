"""What the owner and billers administer: users, the audit log, payers and fee schedules."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from core.audit.models import AuditEntry
from core.audit.review import AuditSearch, browse
from core.payers.models import FeeScheduleRead, PayerRead
from core.payers.service import list_fee_schedules, list_payers
from core.users.manage import add_user, set_active, set_role, unlock_login
from core.users.models import UserCreated, UserRead
from core.users.service import list_users
from web.deps import CurrentActor, SessionDep

router = APIRouter(prefix="/api/v1", tags=["administration"])


@router.get("/users")
def users(session: SessionDep, actor: CurrentActor) -> list[UserRead]:
    return [UserRead.model_validate(user) for user in list_users(session, actor=actor)]


class NewUser(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(max_length=254)
    full_name: str = Field(max_length=120)
    password: str = Field(max_length=200)
    clinic_id: int
    role: str


class RoleChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: str | None = Field(description="the role in the clinic; null takes the role away")


class ActiveChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    active: bool


@router.post("/users", status_code=201)
def new_user(body: NewUser, session: SessionDep, actor: CurrentActor) -> UserCreated:
    user = add_user(session, actor=actor, **body.model_dump())
    return UserCreated(id=user.id or 0, email=user.email)


@router.put("/users/{user_id}/roles/{clinic_id}", status_code=204)
def change_role(
    user_id: int, clinic_id: int, body: RoleChange, session: SessionDep, actor: CurrentActor
) -> None:
    set_role(session, actor=actor, user_id=user_id, clinic_id=clinic_id, role=body.role)


@router.put("/users/{user_id}/active", status_code=204)
def change_active(user_id: int, body: ActiveChange, session: SessionDep, actor: CurrentActor) -> None:
    set_active(session, actor=actor, user_id=user_id, active=body.active)


@router.post("/users/{user_id}/unlock", status_code=204)
def unlock(user_id: int, session: SessionDep, actor: CurrentActor) -> None:
    """Clear an account's failed log-ins, from every address, so its person may log in at once."""
    unlock_login(session, actor=actor, user_id=user_id)


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
    search = AuditSearch(user_id=user_id, patient_id=patient_id, action=action, since=since)
    return browse(session, actor=actor, search=search, limit=limit)


@router.get("/payers")
def payers(session: SessionDep, actor: CurrentActor) -> list[PayerRead]:
    return [PayerRead.model_validate(p) for p in list_payers(session)]


@router.get("/fee-schedules")
def fee_schedules(session: SessionDep, actor: CurrentActor) -> list[FeeScheduleRead]:
    return [FeeScheduleRead.model_validate(s) for s in list_fee_schedules(session, actor=actor)]
