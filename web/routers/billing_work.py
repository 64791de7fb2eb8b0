"""The biller's follow-up pages: the denial work list with its filters, a denial worked from its claim
(corrected claim, appeal letter, write-off, assignment), the 837P batches and 835 remittances, AR
aging by payer, a patient's ledger with manual payments and the statement. Each form posts to a
core service and redirects back with what happened."""

import re
import uuid
from collections.abc import Callable
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from sqlmodel import Session

from core import words
from core.access import require_anywhere
from core.actor import Actor
from core.billing.corrections import NOTE_MISMATCH, LineCorrection, correct_line
from core.billing.denials import (
    AGE_BUCKETS,
    DENIAL_SORTS,
    appeal_letter,
    assign,
    denial_work_list,
    export_denials,
    read_view,
    start_correction,
    view_query,
    write_off,
)
from core.billing.held import CONTRACTUAL, GROUPS, PATIENT_SHARES, held_lines, post_held_line
from core.billing.ledger import (
    METHODS,
    BalanceWriteOff,
    PatientPayment,
    PaymentVoid,
    ledger,
    post_patient_payment,
    statement,
    void_payment,
    write_off_balance,
)
from core.billing.models import APPEAL_MAX
from core.billing.receivables import ar_aging, batches, eras
from core.billing.rejections import Rejection, reject_claim
from core.clinics.service import list_clinics
from core.errors import TherascribeError
from core.exports import record_export
from core.permissions import Action
from web.deps import PageActor, SessionDep
from web.form_refusal import Refused, refused
from web.routers.billing import clinic_today
from web.routers.billing_pages import claim_again
from web.routers.pages import redirect_to, render, today_for, typed_number
from web.routers.practice_pages import saved_or_again
from web.spreadsheet import csv_download, csv_stream, dollars

router = APIRouter(include_in_schema=False)
PER_PAGE = 50
AMOUNT = re.compile(r"(?P<dollars>\d*)(?:\.(?P<cents>\d{1,2}))?")
DENIALS = "/billing/denials"


def _denials_link(query: str, path: str = DENIALS) -> str:
    return f"{path}?{query}" if query else path


@router.get(DENIALS, response_class=HTMLResponse)
def denials_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    page: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    """The denied lines the address's filters find (payer, clinic, reason, assignee, age), a page at
    a time in its sort, with their count and dollars; what the address had that could not be read is
    named and left out."""
    view, dropped = read_view(request.query_params)
    listed = denial_work_list(
        session, actor=actor, view=view, today=today_for(session, actor), dropped=dropped
    )

    def link(**changes: object) -> str:
        return _denials_link(view_query(listed.view, **changes))

    return render(
        request,
        "denials.html",
        actor,
        listed=listed,
        view=listed.view,
        sorts=DENIAL_SORTS,
        buckets=[label for label, _, _ in AGE_BUCKETS],
        link=link,
        csv_link=_denials_link(listed.csv_query, f"{DENIALS}/export.csv")
        if listed.view.filtered or listed.view.sort != "oldest"
        else f"{DENIALS}.csv",
    )


@router.get(f"{DENIALS}/export.csv")
def denials_view_csv(request: Request, session: SessionDep, actor: PageActor) -> Response:
    """The denied lines of the page's view (its filters and sort, every page), as a spreadsheet;
    audited as an export with the view's filters."""
    view, _ = read_view(request.query_params)
    found = export_denials(session, actor=actor, view=view, today=today_for(session, actor))
    header = ["claim", "date_of_service", "patient", "payer", "clinic", "line", "code", "charge"]
    return csv_stream(
        [*header, "group", "carc", "rarc", "reason", "denied_on", "days", "assigned_to"],
        (
            [d["control_number"] or d["claim_id"], d["service_date"], d["patient"], d["payer"], d["clinic"]]
            + [d["line"], d["cpt"], dollars(d["charge_cents"]), d["group"], d["carc"], d["rarc"]]
            + [d["reason"], d["denied_on"], d["days"], d["assigned_to"]]
            for d in found.lines
        ),
        "denials-view.csv",
        found.rows,
    )


def _again(
    request: Request, session: Session, actor: Actor, claim_id: int, typed: dict[str, str]
) -> Callable[[Refused], Response]:
    """A step on a denied claim refused: the claim's page again with the form as typed and the reason."""
    return lambda refusal: claim_again(request, session, actor, claim_id, typed, refusal)


@router.post("/billing/claims/{claim_id}/write-off")
def write_off_form(
    claim_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    reason: Annotated[str, Form(max_length=300)] = "",
    line: Annotated[str, Form(max_length=3)] = "",
) -> Response:
    return saved_or_again(
        lambda: write_off(
            session,
            actor=actor,
            claim_id=claim_id,
            reason=reason,
            line_number=typed_number(line),
        ),
        _again(request, session, actor, claim_id, {"reason": reason, "line": line}),
        f"/billing/claims/{claim_id}",
        lambda done: f"Written off: {words.dollars(done.amount_cents)}.",
    )


@router.post("/billing/claims/{claim_id}/assign")
def assign_form(
    claim_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    user_id: Annotated[str, Form(max_length=12)] = "",
    note: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    return saved_or_again(
        lambda: assign(
            session,
            actor=actor,
            claim_id=claim_id,
            user_id=typed_number(user_id),
            note=note,
        ),
        _again(request, session, actor, claim_id, {"user_id": user_id, "note": note}),
        f"/billing/claims/{claim_id}",
        lambda done: "Assigned." if done else "It was already with them.",
    )


@router.post("/billing/claims/{claim_id}/correct")
def correct_form(claim_id: int, request: Request, session: SessionDep, actor: PageActor) -> Response:
    return saved_or_again(
        lambda: start_correction(session, actor=actor, claim_id=claim_id, today=today_for(session, actor)),
        _again(request, session, actor, claim_id, {}),
        f"/billing/claims/{claim_id}",
        lambda claim: (
            f"Reopened as a replacement claim and scrubbed: {claim.status}. Fix the lines below; "
            "it goes out with the next 837P for its payer."
        ),
    )


@router.post("/billing/claims/{claim_id}/reject")
def reject_form(
    claim_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    reason: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """A sent claim the clearinghouse's or payer's report turned away, recorded with the report's words."""
    typed = {"reject_reason": reason}
    try:
        claim = reject_claim(session, actor=actor, claim_id=claim_id, rejection=Rejection(reason=reason))
    except (TherascribeError, ValidationError) as error:
        refusal = refused(error, names={"reason": "reject_reason"})
        return claim_again(request, session, actor, claim_id, typed, refusal)
    return redirect_to(
        f"/billing/claims/{claim_id}",
        done=f"Claim {claim.control_number} marked rejected. Fix it below; saved, it is scrubbed again "
        "and goes out with the next 837P for its payer.",
    )


@router.post("/billing/claims/{claim_id}/lines")
def correct_line_form(
    claim_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    line: Annotated[str, Form(max_length=3)] = "",
    cpt: Annotated[str, Form(max_length=10)] = "",
    units: Annotated[str, Form(max_length=3)] = "",
    modifiers: Annotated[str, Form(max_length=20)] = "",
    reason: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """A line's code, units and modifiers corrected with the reason; the claim is scrubbed again."""
    typed = {
        "fix_line": line,
        "cpt": cpt,
        "fix_units": units,
        "fix_modifiers": modifiers,
        "fix_reason": reason,
    }
    names = {
        "line_number": "fix_line",
        "units": "fix_units",
        "modifiers": "fix_modifiers",
        "reason": "fix_reason",
    }
    try:
        change = LineCorrection(
            line_number=typed_number(line) or 0,
            cpt=cpt,
            units=typed_number(units) or 0,
            modifiers=modifiers.replace(",", " ").split(),
            reason=reason,
        )
        result = correct_line(
            session, actor=actor, claim_id=claim_id, change=change, today=today_for(session, actor)
        )
    except (TherascribeError, ValidationError) as error:
        return claim_again(request, session, actor, claim_id, typed, refused(error, names=names))
    return redirect_to(
        f"/billing/claims/{claim_id}",
        done=f"Line {change.line_number} corrected and scrubbed again: {result.status}."
        + "".join(f" Warning: {f['message']}." for f in result.findings if f["rule_id"] == NOTE_MISMATCH),
    )


@router.post("/billing/claims/{claim_id}/appeal.pdf")
def appeal_form(
    claim_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    argument: Annotated[str, Form(max_length=APPEAL_MAX + 2_000)] = "",
) -> Response:
    try:
        pdf = appeal_letter(
            session, actor=actor, claim_id=claim_id, argument=argument, today=today_for(session, actor)
        )
    except TherascribeError as error:
        return claim_again(request, session, actor, claim_id, {"argument": argument}, refused(error))
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="appeal-claim-{claim_id}.pdf"'},
    )


HELD_PAGE = "/billing/held"


@router.get(HELD_PAGE, response_class=HTMLResponse)
def held_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    return _held(request, session, actor, page=page)


def _held(
    request: Request,
    session: Session,
    actor: Actor,
    typed: dict[str, str] | None = None,
    refusal: Refused | None = None,
    held_id: int | None = None,
    page: int = 1,
) -> HTMLResponse:
    """One page of the 835 lines held for a person (oldest first, with their count), each with its form
    to post it to a line of its claim; a form refused comes back as typed, with the reason, at its row,
    on the page it was sent from."""
    return render(
        request,
        "held_lines.html",
        actor,
        422 if refusal else 200,
        form_page=HELD_PAGE,
        held=held_lines(session, actor=actor, page=page),
        groups=GROUPS,
        contractual=CONTRACTUAL,
        shares=PATIENT_SHARES,
        typed=typed or {},
        typed_for=held_id,
        errors=refusal.fields if refusal else {},
        message=request.query_params.get("done", ""),
        error=refusal.message if refusal else request.query_params.get("error", ""),
    )


@router.post(HELD_PAGE + "/{held_id}/post")
def post_held_form(
    held_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    line: Annotated[str, Form(max_length=3)] = "",
    patient_share: Annotated[str, Form(max_length=20)] = "0",
    share: Annotated[str, Form(max_length=2)] = "2",
    group: Annotated[str, Form(max_length=2)] = "CO",
    carc: Annotated[str, Form(max_length=8)] = CONTRACTUAL,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    """A held 835 line posted to the claim line the biller chose, back to the page of the list it was
    posted from; the same form sent twice posts once (core.billing.held serialises on the claim and
    keys the payment by the held line)."""
    typed = {"line": line, "patient_share": patient_share, "share": share, "group": group, "carc": carc}
    number = typed_number(line)
    try:
        cents = _cents(patient_share or "0")
    except ValueError:
        said = "is in dollars and cents, like 12.40"
        return _held(
            request,
            session,
            actor,
            typed,
            Refused(f"the patient's share {said}", {"patient_share": said}),
            held_id,
            page,
        )
    if number is None:
        said = "is needed: the claim line the payer's remittance advice names"
        refusal = Refused(f"the line {said}", {"line": said})
        return _held(request, session, actor, typed, refusal, held_id, page)
    try:
        done = post_held_line(
            session,
            actor=actor,
            held_id=held_id,
            line_number=number,
            patient_responsibility_cents=cents,
            group=group,
            carc=carc,
            share=share,
        )
    except TherascribeError as error:
        return _held(request, session, actor, typed, refused(error), held_id, page)
    said = (
        f"Posted already: the held line went to line {done.line_number} of claim {done.control_number}."
        if done.again
        else f"Posted {words.dollars(done.paid_cents)} to line {done.line_number} of claim "
        f"{done.control_number} (patient's share {words.dollars(done.patient_responsibility_cents)}, "
        f"adjusted {words.dollars(done.adjusted_cents)}); the claim is {done.claim_status}."
    )
    return redirect_to(HELD_PAGE, done=said, **({"page": str(page)} if page > 1 else {}))


@router.get("/billing/batches", response_class=HTMLResponse)
def batches_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    page: Annotated[int, Query(ge=1)] = 1,
    era_page: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    sent, older_sent = batches(session, actor=actor, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    posted, older_posted = eras(session, actor=actor, limit=PER_PAGE, offset=(era_page - 1) * PER_PAGE)
    return render(
        request,
        "batches.html",
        actor,
        sent=sent,
        posted=posted,
        page=page,
        era_page=era_page,
        older_sent=older_sent,
        older_posted=older_posted,
    )


@router.get("/billing/aging", response_class=HTMLResponse)
def aging_page(
    request: Request,
    session: SessionDep,
    actor: PageActor,
    as_of: Annotated[date | None, Query()] = None,
    clinic_id: Annotated[int | None, Query()] = None,
) -> HTMLResponse:
    readable = require_anywhere(session, actor, Action.claim_read)
    aging = ar_aging(session, actor=actor, as_of=as_of or today_for(session, actor), clinic_id=clinic_id)
    return render(
        request,
        "aging.html",
        actor,
        aging=aging,
        clinics=[c for c in list_clinics(session) if c.id in readable],
        clinic_id=clinic_id,
        query=urlencode({"as_of": aging.as_of, **({"clinic_id": clinic_id} if clinic_id else {})}),
    )


@router.get("/billing/aging.csv")
def aging_csv(
    session: SessionDep,
    actor: PageActor,
    as_of: Annotated[date | None, Query()] = None,
    clinic_id: Annotated[int | None, Query()] = None,
) -> Response:
    """The aging on the page as a spreadsheet: a row per payer, a column per bucket, then all payers;
    audited as an export (its as-of day, clinic and rows), not as the page's read."""
    day = as_of or today_for(session, actor)
    aging = ar_aging(session, actor=actor, as_of=day, clinic_id=clinic_id, audited=False)
    rows = [
        [r.payer, r.claims, *(dollars(r.buckets[label]) for label in aging.labels), dollars(r.total_cents)]
        for r in aging.rows
    ]
    every = sum(r.claims for r in aging.rows)
    rows.append(
        [
            "All payers",
            every,
            *(dollars(aging.totals[label]) for label in aging.labels),
            dollars(aging.total_cents),
        ]
    )
    scope = f"-clinic{clinic_id}" if clinic_id else ""
    record_export(
        session,
        actor,
        what="ar-aging",
        filters={"as_of": aging.as_of, "clinic_id": clinic_id},
        rows=len(rows),
    )
    return csv_download(
        ["payer", "claims", *(f"{label} days" for label in aging.labels), "total"],
        rows,
        f"ar-aging-{aging.as_of}{scope}.csv",
    )


@router.get("/billing/aging-split.csv")
def aging_split_csv(
    session: SessionDep,
    actor: PageActor,
    as_of: Annotated[date | None, Query()] = None,
    clinic_id: Annotated[int | None, Query()] = None,
) -> Response:
    """The aging split between payers and patients (their part after the 835s), a column per bucket:
    the page's second table; audited as an export."""
    aging = ar_aging(
        session, actor=actor, as_of=as_of or today_for(session, actor), clinic_id=clinic_id, audited=False
    )
    rows = [
        ["Payers", *(dollars(aging.totals[label]) for label in aging.labels), dollars(aging.total_cents)],
        [
            "Patients",
            *(dollars(aging.patient[label]) for label in aging.labels),
            dollars(aging.patient_total_cents),
        ],
        [
            "All AR",
            *(dollars(aging.totals[label] + aging.patient[label]) for label in aging.labels),
            dollars(aging.total_cents + aging.patient_total_cents),
        ],
    ]
    record_export(
        session,
        actor,
        what="ar-aging-split",
        filters={"as_of": aging.as_of, "clinic_id": clinic_id},
        rows=len(rows),
    )
    scope = f"-clinic{clinic_id}" if clinic_id else ""
    return csv_download(
        ["owed by", *(f"{label} days" for label in aging.labels), "total"],
        rows,
        f"ar-aging-split-{aging.as_of}{scope}.csv",
    )


LEDGER_COLUMNS = (
    "date",
    "what",
    "claim",
    "billed",
    "insurance_paid",
    "adjusted",
    "patient_owes",
    "patient_paid",
    "balance",
)


@router.get("/billing/patients/{patient_id}/ledger.csv")
def ledger_csv(patient_id: int, session: SessionDep, actor: PageActor) -> Response:
    """The patient's ledger as the page shows it, a row per entry oldest first with the running
    balance, for the biller's spreadsheet; audited as an export of that patient's account (not as the
    page's read), refused as the page is to a role that may not see payments."""
    account = ledger(session, actor=actor, patient_id=patient_id, audited=False)
    rows = [
        [
            e.on.isoformat(),
            e.description,
            e.claim_number,
            dollars(e.charge_cents),
            dollars(e.insurance_paid_cents),
            dollars(e.adjusted_cents),
            dollars(e.patient_owes_cents),
            dollars(e.patient_paid_cents),
            dollars(e.balance_cents),
        ]
        for e in account.entries
    ]
    record_export(
        session,
        actor,
        what="ledger",
        filters={"patient_id": patient_id},
        rows=len(rows),
        patients=[(account.clinic_id, patient_id)],
    )
    return csv_download(LEDGER_COLUMNS, rows, f"ledger-patient-{patient_id}.csv")


@router.get("/billing/patients/{patient_id}/ledger", response_class=HTMLResponse)
def ledger_page(patient_id: int, request: Request, session: SessionDep, actor: PageActor) -> HTMLResponse:
    return _ledger(request, session, actor, patient_id)


def _ledger(
    request: Request,
    session: Session,
    actor: Actor,
    patient_id: int,
    typed: dict[str, str] | None = None,
    refusal: Refused | None = None,
) -> HTMLResponse:
    """The ledger; after a refused payment, with the payment as it was typed and why."""
    account = ledger(session, actor=actor, patient_id=patient_id)
    return render(
        request,
        "ledger.html",
        actor,
        status=422 if refusal else 200,
        form_page=f"/billing/patients/{patient_id}/ledger",
        account=account,
        methods=METHODS,
        today=clinic_today(session, account.clinic_id),
        key=uuid.uuid4().hex,
        typed=typed or {},
        errors=refusal.fields if refusal else {},
        message=request.query_params.get("done", ""),
        error=refusal.message if refusal else request.query_params.get("error", ""),
    )


def _cents(text: str) -> int:
    """Dollars as typed ('45', '45.5', '$1,045.50') in cents; ValueError when it is no amount."""
    found = AMOUNT.fullmatch(text.replace("$", "").replace(",", "").strip())
    if found is None:
        raise ValueError(text)
    return int(found["dollars"] or "0") * 100 + int((found["cents"] or "").ljust(2, "0"))


@router.post("/billing/patients/{patient_id}/payments")
def payment_form(
    patient_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    amount: Annotated[str, Form(max_length=20)],
    received_on: Annotated[str, Form(max_length=20)],
    method: Annotated[str, Form(max_length=10)] = "card",
    reference: Annotated[str, Form(max_length=30)] = "",
    idempotency_key: Annotated[str, Form(max_length=200)] = "",
    another_check: Annotated[str, Form(max_length=5)] = "",
) -> Response:
    """A payment from the ledger's form: its key (web/idempotency.py) makes the same form sent twice
    one payment, and a new form (the page after a payment) another, of whatever amount; a check number
    posted already is refused unless 'another check' is ticked."""
    back = f"/billing/patients/{patient_id}/ledger"
    typed = {"amount": amount, "received_on": received_on, "method": method, "reference": reference}
    try:
        cents = _cents(amount)
    except ValueError:
        said = "is in dollars and cents, like 45.00"
        refusal = Refused(f"the amount {said}", {"amount": said})
        return _ledger(request, session, actor, patient_id, typed, refusal)
    try:
        payment = PatientPayment.model_validate(
            {"amount_cents": cents, "received_on": received_on, "method": method, "reference": reference}
        )
        row = post_patient_payment(
            session,
            actor=actor,
            patient_id=patient_id,
            payment=payment,
            today=today_for(session, actor),
            request_key=idempotency_key,
            another_check=bool(another_check),
        )
    except (TherascribeError, ValidationError) as error:
        return _ledger(
            request, session, actor, patient_id, typed, refused(error, names={"amount_cents": "amount"})
        )
    return redirect_to(back, done=f"Payment of {words.dollars(row.amount_cents)} posted.")


@router.post("/billing/patients/{patient_id}/payments/{payment_id}/void")
def void_form(
    patient_id: int,
    payment_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    reason: Annotated[str, Form(max_length=50)] = "",
) -> Response:
    """A payment posted in error taken back; voided twice, it is the one void."""
    try:
        void = PaymentVoid(payment_id=payment_id, reason=reason)
        row = void_payment(
            session, actor=actor, patient_id=patient_id, void=void, today=today_for(session, actor)
        )
    except (TherascribeError, ValidationError) as error:
        return _ledger(request, session, actor, patient_id, {}, refused(error))
    return redirect_to(
        f"/billing/patients/{patient_id}/ledger",
        done=f"Payment of {words.dollars(-row.amount_cents)} voided.",
    )


@router.post("/billing/patients/{patient_id}/write-off")
def balance_write_off_form(
    patient_id: int,
    request: Request,
    session: SessionDep,
    actor: PageActor,
    write_off_amount: Annotated[str, Form(max_length=20)],
    write_off_reason: Annotated[str, Form(max_length=50)] = "",
    idempotency_key: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """The clinic writes off (part of) the patient's balance; the same form twice writes it off once."""
    amount, reason = write_off_amount, write_off_reason
    typed = {"write_off_amount": amount, "write_off_reason": reason}
    try:
        cents = _cents(amount)
    except ValueError:
        said = "is in dollars and cents, like 4.50"
        return _ledger(
            request,
            session,
            actor,
            patient_id,
            typed,
            Refused(f"the amount {said}", {"write_off_amount": said}),
        )
    try:
        row = write_off_balance(
            session,
            actor=actor,
            patient_id=patient_id,
            write_off=BalanceWriteOff(amount_cents=cents, reason=reason),
            today=today_for(session, actor),
            request_key=idempotency_key,
        )
    except (TherascribeError, ValidationError) as error:
        names = {
            "amount_cents": "write_off_amount",
            "amount": "write_off_amount",
            "reason": "write_off_reason",
        }
        return _ledger(request, session, actor, patient_id, typed, refused(error, names=names))
    return redirect_to(
        f"/billing/patients/{patient_id}/ledger",
        done=f"{words.dollars(row.amount_cents)} of the balance written off.",
    )


@router.get("/billing/patients/{patient_id}/statement.pdf")
async def statement_pdf(patient_id: int, session: SessionDep, actor: PageActor) -> Response:
    def make() -> bytes:
        return statement(session, actor=actor, patient_id=patient_id, today=today_for(session, actor))

    return Response(
        await run_in_threadpool(make),
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="statement-{patient_id}.pdf"'},
    )
