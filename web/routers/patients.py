from typing import Annotated

from fastapi import APIRouter, Query

from core.patients import service
from core.patients.schemas import PatientCreate, PatientPage, PatientRead, PatientUpdate
from web.deps import CurrentActor, SessionDep

router = APIRouter(prefix="/api/v1/patients", tags=["patients"])


@router.get("", response_model=PatientPage)
def search_patients(
    session: SessionDep,
    actor: CurrentActor,
    q: Annotated[str, Query(max_length=100, description="words of the name, or a phone number")] = "",
    limit: Annotated[int, Query(ge=1, le=service.MAX_PAGE)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> PatientPage:
    return service.search(session, actor=actor, query=q, limit=limit, offset=offset)


@router.get("/{patient_id}", response_model=PatientRead)
def get_patient(patient_id: int, session: SessionDep, actor: CurrentActor) -> PatientRead:
    return service.get(session, actor=actor, patient_id=patient_id)


@router.post("", response_model=PatientRead, status_code=201)
def create_patient(body: PatientCreate, session: SessionDep, actor: CurrentActor) -> PatientRead:
    return service.create(session, actor=actor, data=body)


@router.patch("/{patient_id}", response_model=PatientRead)
def update_patient(
    patient_id: int, body: PatientUpdate, session: SessionDep, actor: CurrentActor
) -> PatientRead:
    return service.update(session, actor=actor, patient_id=patient_id, data=body)
