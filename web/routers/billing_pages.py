"""The biller's pages: charges waiting for a claim, claims built and scrubbed, the held work list with
the scrubber's findings and their fixes, ready claims sent as an 837P per payer, an 835 posted, and
the denial work list. Forms post and redirect back with what happened."""

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from sqlmodel import Session
from starlette.datastructures import FormData

from core import words
from core.access import require_anywhere
from core.actor import Actor
from core.billing.acknowledgements import AcknowledgementResult, read_acknowledgement
from core.billing.claim_view import claim_view
from core.billing.claims import (
    ClaimFix,
    LineFix,
    build_claims,
    claim_detail,
    fix_claim,
    get_claim,
    scrub_claims,
    work_list,
)
from core.billing.denials import assignable_in, export_denials
from core.billing.models import APPEAL_MAX
from core.billing.overview import (
    SORTS,
    STATUSES,
    ClaimQuery,
    claim_names,
    claims_by_status,
    count_claims,
    count_open_charges,
    export_claims,
    open_charges,
    search_claims,
)
from core.billing.posting import PostedClaim, post_835
from core.billing.submission import export_837
from core.clinics.service import list_clinics
from core.errors import Conflict, Invalid, TherascribeError
from core.notes.workflow import credentialed
from core.paging import page_count
from core.payers.service import list_payers
from core.permissions import Action, role_may
from core.providers.service import providers_in
from core.scheduling.calendar import clinic_zone
from core.timeutil import as_utc
from core.words import counted
from web.deps import PageActor, SessionDep
from web.form_refusal import Refused, refused
from web.routers.billing import clinic_today, read_x12
from web.routers.pages import redirect_to, refusal_text, render, shown_on_page, status_words
from web.spreadsheet import csv_stream, dollars

router = APIRouter(include_in_schema=False)
CHARGES_SHOWN = 50  # the newest charges waiting; the heading counts them all
HELD_SHOWN = 60  # held claims with their findings a page, oldest first; the heading counts them all
SORT_LABELS = {
    "service_date": "Date of service",
    "patient": "Patient",
    "payer": "Payer",
    "status": "Status",
    "billed": "Billed",
    "control_number": "Claim number",
}


@dataclass
class ClaimSearch:
    """The claims search as the claims page and its CSV download read it from the query string."""

    status: Annotated[str, Query(max_length=20)] = ""
    patient: Annotated[str, Query(max_length=100)] = ""
    control_number: Annotated[str, Query(max_length=30)] = ""
    payer_id: Annotated[str, Query(max_length=12)] = ""
    service_from: Annotated[str, Query(alias="from", max_length=10)] = ""
    service_to: Annotated[str, Query(alias="to", max_length=10)] = ""
    sort: Annotated[str, Query(max_length=20)] = "service_date"
    order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc"

    def filters(self) -> dict[str, str]:
        """The filters by the names the page's form and links use."""
        return {
            "status": self.status,
            "patient": self.patient,
            "control_number": self.control_number,
            "payer_id": self.payer_id,
            "from": self.service_from,
            "to": self.service_to,
        }


@router.get("/billing/claims", response_class=HTMLResponse)
def claims_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    search: Annotated[ClaimSearch, Depends()],
    page: Annotated[int, Query(ge=1)] = 1,
    held_page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    """The biller's desk: charges waiting, claims held (oldest first, a page at a time), ready claims to
    send per payer, and every claim found by patient, control number, payer, status and dates of service,
    a page at a time."""
    charges = open_charges(session, actor=actor, limit=CHARGES_SHOWN)
    held_total = count_claims(session, actor=actor, status="held")
    held_pages = page_count(held_total, HELD_SHOWN)
    held_page = min(held_page, held_pages)
    shown = work_list(
        session, actor=actor, kind="held", limit=HELD_SHOWN, offset=(held_page - 1) * HELD_SHOWN
    )
    # Who and which payer each held claim shown is, as the claims search names them (an audited read).
    named = claim_names(session, actor=actor, claim_ids=[h["claim_id"] for h in shown])
    ready = claims_by_status(session, actor=actor, status="ready")
    filters = search.filters()
    query, wrong = _claim_query(filters, search.sort, search.order, page)
    error = wrong or request.query_params.get("error", "")
    found = search_claims(session, actor=actor, query=query)
    batches: dict[tuple[int, int], dict] = {}
    for claim in ready:
        key = (claim["clinic_id"], claim["payer_id"])
        batch = batches.setdefault(
            key,
            {"clinic_id": key[0], "payer_id": key[1], "payer": claim["payer"], "count": 0, "cents": 0},
        )
        batch["count"] += 1
        batch["cents"] += claim["total_cents"]
    return render(
        request,
        "claims.html",
        actor,
        charges=charges,
        # a short list is all of them: counted again only when it may hold back more (#20: both reads
        # scan the clinics' every charge, 8 ms each)
        charges_total=len(charges)
        if len(charges) < CHARGES_SHOWN
        else count_open_charges(session, actor=actor),
        held=shown,
        held_total=held_total,
        held_page=held_page,
        held_pages=held_pages,
        held_first=(held_page - 1) * HELD_SHOWN + 1,
        named=named,
        found=found,
        filters=filters,
        sort=query.sort,
        order="desc" if query.descending else "asc",
        statuses=STATUSES,
        sorts=SORT_LABELS,
        payers=list_payers(session),
        batches=list(batches.values()),
        clinics=require_anywhere(session, actor, Action.claim_write),
        clinic_names={c.id: c.name for c in list_clinics(session)},
        message=request.query_params.get("done", ""),
        error=error,
        download=request.query_params.get("download", ""),
        key=uuid.uuid4().hex,
        query=urlencode(
            {**{k: v for k, v in filters.items() if v}, "sort": query.sort, "order": search.order}
        ),
    )


def _claim_query(filters: dict[str, str], sort: str, order: str, page: int) -> tuple[ClaimQuery, str]:
    """The claims search as typed on the page; with what was mistyped, the unfiltered search."""
    try:
        return ClaimQuery(
            patient=filters["patient"],
            control_number=filters["control_number"],
            payer_id=int(filters["payer_id"]) if filters["payer_id"].strip() else None,
            status=filters["status"],
            service_from=date.fromisoformat(filters["from"]) if filters["from"] else None,
            service_to=date.fromisoformat(filters["to"]) if filters["to"] else None,
            sort=sort if sort in SORTS else "service_date",
            descending=order == "desc",
            page=page,
        ), ""
    except ValueError:
        return ClaimQuery(), "dates are YYYY-MM-DD and the payer is one of the list"


@router.get("/billing/claims.csv")
def claims_csv(
    session: SessionDep,
    actor: PageActor,
    search: Annotated[ClaimSearch, Depends()],
) -> Response:
    """Every claim the search finds, in its order, as a spreadsheet (not only the page shown)."""
    filters = search.filters()
    query, wrong = _claim_query(filters, search.sort, search.order, 1)
    if wrong:
        raise Invalid(wrong)
    export = export_claims(session, actor=actor, query=query)
    # the clinic, the rendering provider and the day it first went out (#20, trial 51: payers only)
    # read before the rows stream (the export holds its own reading of the claims meanwhile)
    clinics = {c.id: c for c in list_clinics(session) if c.id in actor.roles}
    zones = {c: clinic_zone(session, c) for c in clinics}
    providers = {
        pid: credentialed(p.full_name, p.credential)
        for pid, p in providers_in(session, clinic_ids=list(clinics)).items()
    }

    def sent_on(r: dict) -> str:
        sent = r["first_submitted_at"]
        return as_utc(sent).astimezone(zones[r["clinic_id"]]).date().isoformat() if sent else ""

    return csv_stream(
        [
            "claim",
            "date_of_service",
            "patient",
            "payer",
            "status",
            "billed",
            "paid",
            "patient_owes",
            "clinic",
            "rendering_provider",
            "first_sent_on",
        ],
        (
            [
                r["control_number"] or r["id"],
                r["service_date"],
                r["patient"],
                r["payer"],
                status_words(r["status"]),
                dollars(r["total_cents"]),
                dollars(r["paid_cents"]),
                dollars(r["patient_responsibility_cents"]),
                clinics[r["clinic_id"]].name if r["clinic_id"] in clinics else "",
                providers.get(r["provider_id"], ""),
                sent_on(r),
            ]
            for r in export.lines
        ),
        "claims.csv",
        export.rows,
    )


@router.post("/billing/claims/build")
def build_form(session: SessionDep, actor: PageActor, clinic_id: Annotated[int, Form()]) -> Response:
    """Claims from the open charges, scrubbed at once: clean ones are ready, the rest held with findings."""
    try:
        built = build_claims(session, actor=actor, clinic_id=clinic_id)
    except Conflict:
        built = []  # nothing waiting (a second click): the unsent claims are still scrubbed below
    results = scrub_claims(session, actor=actor, clinic_id=clinic_id, today=clinic_today(session, clinic_id))
    held = sum(1 for r in results if r.status == "held")
    return redirect_to(
        "/billing/claims", done=f"{counted(len(built), 'claim')} built; {len(results)} scrubbed, {held} held."
    )


@router.post("/billing/batches")
def export_form(
    session: SessionDep,
    actor: PageActor,
    clinic_id: Annotated[int, Form()],
    payer_id: Annotated[int, Form()],
) -> Response:
    try:
        batch = export_837(session, actor=actor, clinic_id=clinic_id, payer_id=payer_id)
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        return redirect_to("/billing/claims", error=refusal_text(error))
    return redirect_to(
        "/billing/claims",
        done=f"837P with {counted(batch.claim_count, 'claim')}, {words.dollars(batch.total_cents)}.",
        download=f"/api/v1/claims/batches/{batch.id}/837",
        now="1",  # the file downloads at once (claims.js), once: a reload shows its link only
    )


@router.post("/billing/eras")
async def era_form(session: SessionDep, actor: PageActor, file: UploadFile = File(...)) -> Response:
    try:
        text = await read_x12(file, "an 835")
    except Invalid as error:
        return redirect_to("/billing/claims", error=f"The 835 was not posted: {refusal_text(error)}")

    def post() -> Response:  # off the event loop, as every database wait must be
        try:
            result = post_835(session, actor=actor, text=text)
        except TherascribeError as error:
            if not shown_on_page(error):
                raise
            if "era_id" in error.extra:  # the same file again (Post clicked twice): what it posted
                return redirect_to("/billing/claims", done=_posted_once(error.extra))
            return redirect_to("/billing/claims", error=f"The 835 was not posted: {refusal_text(error)}")
        said = _posted_words(result.trace_number, result.paid_cents, len(result.claims))
        return redirect_to(
            "/billing/claims", done=said + _underpaid_words(result.claims) + _held_words(result.claims)
        )

    return await run_in_threadpool(post)


def _posted_words(trace_number: str, paid_cents: int, claims: int) -> str:
    return f"835 {trace_number}: {words.dollars(paid_cents)} on {counted(claims, 'claim')}."


def _underpaid_words(claims: list[PostedClaim]) -> str:
    """The lines the payer allowed below what was expected (an assistant's CQ/CO line at 85 % under
    Medicare is as expected), to chase: "" when none."""
    short = [c for c in claims if c.underpaid_cents]
    if not short:
        return ""
    chase = words.dollars(sum(c.underpaid_cents for c in short))
    return (
        f" Allowed below what was expected on {counted(len(short), 'claim')} ({chase} to chase): "
        + "; ".join(f"claim {c.control_number} {c.underpaid[0]}" for c in short[:5])
        + ("." if len(short) <= 5 else f"; and {len(short) - 5} more.")
    )


def _held_words(claims: list[PostedClaim]) -> str:
    """The 835's service lines that matched no line of their claim (no REF*6R, and no one line with their
    code, date and charge): not posted, for the biller to post by hand; "" when none."""
    held = [(c.control_number, why) for c in claims for why in c.held]
    if not held:
        return ""
    paid = words.dollars(sum(c.held_cents for c in claims))
    return (
        f" Held for you, not posted: {counted(len(held), 'service line')} ({paid} paid by the "
        "payer) the 835 does not number: "
        + "; ".join(why for _, why in held[:5])
        + ("." if len(held) <= 5 else f"; and {len(held) - 5} more (each on its claim's history).")
        + " Post each from Billing, Held 835 lines."
    )


def _posted_once(earlier: dict[str, object]) -> str:
    """The same 835 posted again: the first posting's words, and that this copy posted nothing."""
    said = _posted_words(
        str(earlier["trace_number"]), int(str(earlier["paid_cents"])), int(str(earlier["claim_count"]))
    )
    return f"{said.removesuffix('.')}, posted already: this copy of the file posted nothing."


@router.post("/billing/acknowledgements")
async def acknowledgement_form(
    session: SessionDep, actor: PageActor, file: UploadFile = File(...)
) -> Response:
    try:
        text = await read_x12(file, "a 277CA")
    except Invalid as error:
        return redirect_to("/billing/claims", error=f"The 277CA was not read: {refusal_text(error)}")

    def read() -> Response:
        try:
            result = read_acknowledgement(session, actor=actor, text=text)
        except TherascribeError as error:
            if not shown_on_page(error):
                raise
            return redirect_to("/billing/claims", error=f"The 277CA was not read: {refusal_text(error)}")
        return redirect_to("/billing/claims", done=acknowledgement_words(result))

    return await run_in_threadpool(read)


def acknowledgement_words(result: AcknowledgementResult) -> str:
    """What a 277CA did, for the biller: how many claims were rejected (to fix), accepted, or need a look."""
    said = [
        f"277CA {result.trace_number}: {counted(result.rejected, 'claim')} rejected (to fix and send again)"
    ]
    said.append(f"{result.accepted} accepted by the payer")
    rest = {
        o: sum(c.outcome == o for c in result.claims) for o in ("read before", "not changed", "to review")
    }
    said += [f"{n} {o}" for o, n in rest.items() if n]
    said += [f"for the whole batch: {words}" for words in result.batch[:3]]
    return "; ".join(said) + "."


@router.get("/billing/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(claim_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return claim_again(request, session, actor, claim_id)


def claim_again(
    request: Request,
    session: Session,
    actor: Actor,
    claim_id: int,
    typed: dict[str, str] | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    """The claim page; after a refused form (a fix, a write-off, an appeal, an assignment), with what
    was typed in it and why it was refused."""
    claim = claim_view(session, actor=actor, claim_id=claim_id)
    return render(
        request,
        "claim.html",
        actor,
        status=422 if refusal else 200,
        form_page=f"/billing/claims/{claim_id}",
        typed=typed or {},
        errors=refusal.fields if refusal else {},
        claim=claim,
        colleagues=[(uid, name) for _, uid, name in assignable_in(session, [claim.clinic_id])],
        may_read_note=any(role_may(r, Action.note_read_signed) for r in actor.roles.values()),
        key=uuid.uuid4().hex,
        appeal_max=APPEAL_MAX,
        message=request.query_params.get("done", ""),
        error=refusal.message if refusal else request.query_params.get("error", ""),
    )


@router.post("/billing/claims/{claim_id}")
async def fix_form(claim_id: int, request: Request, session: SessionDep, actor: PageActor) -> Response:
    """The biller's fixes from the claim page: per line modifiers and units, the diagnosis codes."""
    form = await request.form()
    # The rest off the event loop: it locks the claim, and a wait in the loop would stall every request.
    return await run_in_threadpool(_fix_from_form, claim_id, request, session, actor, form)


def _fix_from_form(
    claim_id: int, request: Request, session: Session, actor: Actor, form: FormData
) -> Response:
    typed = {k: str(v) for k, v in form.items() if k != "line"}
    try:
        lines = []
        for number in form.getlist("line"):
            n = int(str(number))
            units = str(form.get(f"units-{n}", "")).strip()
            lines.append(
                LineFix(
                    line_number=n,
                    modifiers=str(form.get(f"modifiers-{n}", "")).upper().split(),
                    units=int(units) if units else None,
                )
            )
        codes = [c for c in str(form.get("diagnosis_codes", "")).replace(",", " ").split() if c]
        fix = ClaimFix(diagnosis_codes=codes or None, lines=lines)
        detail = claim_detail(session, actor=actor, claim_id=claim_id)
        result = fix_claim(
            session, actor=actor, claim_id=claim_id, fix=fix, today=clinic_today(session, detail["clinic_id"])
        )
    except ValueError as error:
        if isinstance(error, ValidationError):
            return claim_again(request, session, actor, claim_id, typed, refused(error))
        refusal = Refused("units are whole numbers")
        return claim_again(request, session, actor, claim_id, typed, refusal)
    except TherascribeError as error:
        return claim_again(request, session, actor, claim_id, typed, refused(error))
    billed = get_claim(session, claim_id).total_cents
    return redirect_to(
        f"/billing/claims/{claim_id}",
        done=f"Saved and scrubbed again: {result.status}. Billed {words.dollars(billed)}.",
    )


@router.get("/billing/denials.csv")
def denials_csv(session: SessionDep, actor: PageActor) -> Response:
    """The whole denial work list, newest first as on its pages, as a spreadsheet."""
    export = export_denials(session, actor=actor)
    header = ["claim", "date_of_service", "patient", "payer", "line", "code", "charge", "carc", "rarc"]
    return csv_stream(
        [*header, "reason", "assigned_to"],
        (
            [d["control_number"] or d["claim_id"], d["service_date"], d["patient"], d["payer"], d["line"]]
            + [d["cpt"], dollars(d["charge_cents"]), d["carc"], d["rarc"], d["reason"], d["assigned_to"]]
            for d in export.lines
        ),
        "denials.csv",
        export.rows,
    )
