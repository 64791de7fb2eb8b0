"""The biller's API: claims from charges, the scrubber's work list and fixes, 837P batches out, 835 files
in, the denial work list, fee schedules from CSV, and the KPIs for the dashboard."""

from datetime import date
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, ConfigDict
from sqlmodel import Session

from core.access import require
from core.actor import Actor
from core.billing.acknowledgements import AcknowledgementResult, read_acknowledgement
from core.billing.claims import (
    ClaimFix,
    ScrubResult,
    build_claims,
    claim_detail,
    fix_claim,
    get_claim,
    scrub_claims,
    void_claim,
    work_list,
)
from core.billing.models import ClaimBatch, ClaimDetail, DeniedLineRow, HeldClaimRow
from core.billing.posting import PostingResult, post_835
from core.billing.submission import export_837
from core.clinics.models import Clinic
from core.errors import Invalid, NotFound, existing
from core.kpis import Kpi, compute
from core.payers.fees import import_fee_schedule
from core.payers.models import FeeScheduleImported
from core.permissions import Action
from core.timeutil import utcnow
from web.deps import CurrentActor, SessionDep

router = APIRouter(prefix="/api/v1", tags=["billing"])
MAX_UPLOAD = 20 * 1024 * 1024


class ClinicRequest(BaseModel):
    clinic_id: int


class BatchRequest(BaseModel):
    clinic_id: int
    payer_id: int


class ClaimBuilt(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    visit_id: int | None
    total_cents: int
    status: str


class BatchSent(BaseModel):
    id: int
    claim_count: int
    total_cents: int
    interchange_control_number: int
    download: str


def clinic_today(session: Session, clinic_id: int) -> date:
    clinic = session.get(Clinic, clinic_id)
    if clinic is None:
        raise NotFound(f"clinic {clinic_id} not found")
    return utcnow().astimezone(ZoneInfo(clinic.timezone)).date()


@router.post("/claims/build", status_code=201)
def build(body: ClinicRequest, session: SessionDep, actor: CurrentActor) -> list[ClaimBuilt]:
    claims = build_claims(session, actor=actor, clinic_id=body.clinic_id)
    return [ClaimBuilt.model_validate(c) for c in claims]


@router.post("/claims/scrub")
def scrub(body: ClinicRequest, session: SessionDep, actor: CurrentActor) -> list[ScrubResult]:
    today = clinic_today(session, body.clinic_id)
    return scrub_claims(session, actor=actor, clinic_id=body.clinic_id, today=today)


@router.get("/claims/work-list")
def claims_work_list(
    session: SessionDep,
    actor: CurrentActor,
    kind: Annotated[str, Query(pattern="^(held|denied)$")] = "held",
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[HeldClaimRow] | list[DeniedLineRow]:
    rows = work_list(session, actor=actor, kind=kind, limit=limit)
    if kind == "held":
        return [HeldClaimRow.model_validate(row) for row in rows]
    return [DeniedLineRow.model_validate(row) for row in rows]


@router.get("/claims/{claim_id}")
def one_claim(claim_id: int, session: SessionDep, actor: CurrentActor) -> ClaimDetail:
    return ClaimDetail.model_validate(claim_detail(session, actor=actor, claim_id=claim_id))


@router.patch("/claims/{claim_id}")
def fix(claim_id: int, body: ClaimFix, session: SessionDep, actor: CurrentActor) -> ScrubResult:
    claim = get_claim(session, claim_id)
    today = clinic_today(session, claim.clinic_id)
    return fix_claim(session, actor=actor, claim_id=claim_id, fix=body, today=today)


@router.post("/claims/{claim_id}/void")
def void(claim_id: int, session: SessionDep, actor: CurrentActor) -> ClaimBuilt:
    """Void a claim not sent yet (a duplicate, or one with no line worth billing); a sent one is 409."""
    return ClaimBuilt.model_validate(void_claim(session, actor=actor, claim_id=claim_id))


@router.post("/claims/batches", status_code=201)
def send(body: BatchRequest, session: SessionDep, actor: CurrentActor) -> BatchSent:
    batch = export_837(session, actor=actor, clinic_id=body.clinic_id, payer_id=body.payer_id)
    return BatchSent(
        id=batch.id or 0,
        claim_count=batch.claim_count,
        total_cents=batch.total_cents,
        interchange_control_number=batch.interchange_control_number,
        download=f"/api/v1/claims/batches/{batch.id}/837",
    )


@router.get("/claims/batches/{batch_id}/837", response_class=PlainTextResponse)
def download_837(batch_id: int, session: SessionDep, actor: CurrentActor) -> PlainTextResponse:
    batch = existing(session.get(ClaimBatch, batch_id), "batch", batch_id)
    require(
        session,
        actor,
        Action.claim_read,
        clinic_id=batch.clinic_id,
        record_type="claim_batch",
        record_id=batch_id,
    )
    session.commit()
    return PlainTextResponse(
        batch.content,
        media_type="application/edi-x12",
        headers={
            "Content-Disposition": f'attachment; filename="837P-{batch.interchange_control_number:09d}.x12"'
        },
    )


async def _upload(file: UploadFile, what: str) -> bytes:
    """An uploaded file's bytes, or Invalid past MAX_UPLOAD (20 MB)."""
    raw = await file.read(MAX_UPLOAD + 1)
    if len(raw) > MAX_UPLOAD:
        raise Invalid(f"{what} is at most 20 MB")
    return raw


async def read_x12(file: UploadFile, what: str) -> str:
    """An uploaded X12 file's text (`what`: "an 835", "a 277CA"), or Invalid: at most 20 MB, UTF-8."""
    raw = await _upload(file, f"{what} file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Invalid(f"{what} is a text file (X12)") from None


async def read_fee_schedule(file: UploadFile) -> str:
    """An uploaded fee schedule CSV's text, or Invalid: at most 20 MB; UTF-8 (with or without the mark
    spreadsheets put first), else Latin-1, which older spreadsheet exports write."""
    raw = await _upload(file, "a fee schedule file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


@router.post("/eras", response_model=PostingResult, status_code=201)
async def upload_835(session: SessionDep, actor: CurrentActor, file: UploadFile = File(...)) -> PostingResult:
    text = await read_x12(file, "an 835")
    # Off the event loop: posting waits its turn on the database, and a wait in the loop would stop
    # the very request it waits for from finishing.
    return await run_in_threadpool(post_835, session, actor=actor, text=text)


@router.post("/claims/acknowledgements", response_model=AcknowledgementResult)
async def upload_277ca(
    session: SessionDep, actor: CurrentActor, file: UploadFile = File(...)
) -> AcknowledgementResult:
    """A clearinghouse's or payer's 277CA read: its rejections marked on the claims, its acceptances
    noted (core.billing.acknowledgements)."""
    text = await read_x12(file, "a 277CA")
    return await run_in_threadpool(read_acknowledgement, session, actor=actor, text=text)


@router.post("/payers/{payer_id}/fee-schedules", status_code=201)
async def upload_fee_schedule(
    payer_id: int,
    session: SessionDep,
    actor: CurrentActor,
    name: Annotated[str, Form(max_length=120)],
    effective_from: Annotated[date, Form()],
    file: UploadFile = File(...),
) -> FeeScheduleImported:
    imported = await import_fee_schedule_file(session, actor, payer_id, name, effective_from, file)
    return FeeScheduleImported.model_validate(imported)


async def import_fee_schedule_file(
    session: Session, actor: Actor, payer_id: int, name: str, effective_from: date, file: UploadFile
) -> dict:
    """A payer's fee schedule from an uploaded CSV (core.payers.fees.import_fee_schedule), imported off
    the event loop: parsing thousands of rows there held up every other request."""
    return await run_in_threadpool(
        import_fee_schedule,
        session,
        actor=actor,
        payer_id=payer_id,
        name=name,
        effective_from=effective_from,
        text=await read_fee_schedule(file),
    )


@router.get("/kpis", response_model=list[Kpi])
def kpis(
    session: SessionDep,
    actor: CurrentActor,
    start: Annotated[date, Query(alias="from")],
    end: Annotated[date, Query(alias="to")],
    clinic_id: int | None = None,
    payer_id: int | None = None,
    provider_id: int | None = None,
) -> list[Kpi]:
    return compute(
        session,
        actor=actor,
        start=start,
        end=end,
        clinic_id=clinic_id,
        payer_id=payer_id,
        provider_id=provider_id,
    )
