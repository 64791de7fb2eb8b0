"""What payers owe and what went back and forth with them: AR aging by payer and age bucket, the 837P
batches sent and the 835 remittances posted."""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from pydantic import BaseModel
from sqlalchemy import case
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from core.access import require_anywhere
from core.actor import Actor
from core.audit.service import Event, record_one
from core.billing.held import HELD_KEY
from core.billing.ledger import ACCOUNT_SOURCES
from core.billing.models import Claim, ClaimAction, ClaimBatch, ClaimLine, EraFile, OpeningBalance, Payment
from core.billing.posting import HELD, POSTED_BEFORE
from core.clinics.models import Clinic
from core.db import report_reader
from core.enums import ClaimLineStatus, ClaimStatus
from core.payers.models import Payer
from core.permissions import Action

# Days since the date of service, the buckets every clearinghouse and PM system reports.
BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-30", 0, 30),
    ("31-60", 31, 60),
    ("61-90", 61, 90),
    ("91-120", 91, 120),
    ("over 120", 121, None),
)
# Claims sent and not void: a rejected claim (a 277CA rejection, turned away before adjudication) is
# still owed by its payer once fixed and sent again, so its charges age from the date of service too.
SENT = (
    ClaimStatus.submitted,
    ClaimStatus.rejected,
    ClaimStatus.partially_paid,
    ClaimStatus.paid,
    ClaimStatus.denied,
)


def _list_read(session: Session, actor: Actor, action: Action, record_type: str, detail: str) -> None:
    """A list read: one audit entry for the whole list, committed with the read."""
    record_one(session, actor, Event(action.value, record_type=record_type, detail=detail))
    session.commit()


def bucket_of(days: int) -> str:
    """The aging bucket of an amount `days` after its date of service (a future date counts as 0)."""
    for label, low, high in BUCKETS:
        if max(days, 0) >= low and (high is None or days <= high):
            return label
    return BUCKETS[-1][0]


def bucket_dates(as_of: date) -> dict[str, tuple[date | None, date | None]]:
    """Each bucket's dates of service as of a day (first, last; None: no end that side), so that a
    bucket's amount opens the claims it is made of (#20, trial 51: the amounts led nowhere). A future
    date of service ages as 0 days (bucket_of), so the first bucket has no last day."""
    return {
        label: (
            None if high is None else as_of - timedelta(days=high),
            None if low == 0 else as_of - timedelta(days=low),
        )
        for label, low, high in BUCKETS
    }


def patient_buckets(
    owed: Iterable[tuple[date, int]], credits_cents: int, as_of: date
) -> tuple[dict[str, int], int]:
    """A patient's part of their bills by aging bucket as of a day, and the credit left over: what they
    paid (less voids) and what the clinic wrote off settles their oldest amounts first, as a statement
    applies a payment (first in, first out). `owed` is (date of service, their part) per bill."""
    buckets = {label: 0 for label, _, _ in BUCKETS}
    bills = sorted(owed)
    # a negative part (a refund owed to the patient) is a credit, whatever its date
    credit = credits_cents - sum(cents for _, cents in bills if cents < 0)
    for served, cents in bills:
        if cents <= 0:
            continue
        settled = min(max(credit, 0), cents)
        credit -= settled
        if cents - settled:
            buckets[bucket_of((as_of - served).days)] += cents - settled
    return buckets, max(credit, 0)


class AgingRow(BaseModel):
    payer_id: int
    payer: str
    buckets: dict[str, int]
    total_cents: int
    claims: int


class Aging(BaseModel):
    as_of: date
    labels: list[str]
    rows: list[AgingRow]
    totals: dict[str, int]
    total_cents: int
    # each bucket's dates of service (bucket_dates), for the page to open a bucket's claims
    spans: dict[str, tuple[date | None, date | None]] = {}
    # What patients owe by bucket (their part after the payers' 835s: coinsurance, deductible, copays,
    # and balances carried over, less what they paid; patient_buckets), with no payer filter only.
    patient: dict[str, int] = {}
    patient_total_cents: int = 0
    patients_owing: int = 0
    patient_credit_cents: int = 0  # paid ahead of their bills (a credit balance, not AR)


def _open_cents() -> Any:
    """A line's payer balance in SQL: charge less paid and the patient's part, less adjustments unless
    the line is denied (a denial is worked, not closed, until written off); written off is 0."""
    return case(
        (col(ClaimLine.status) == ClaimLineStatus.written_off, 0),
        (
            col(ClaimLine.status) == ClaimLineStatus.denied,
            ClaimLine.charge_cents - ClaimLine.paid_cents - ClaimLine.patient_responsibility_cents,
        ),
        else_=ClaimLine.charge_cents
        - ClaimLine.paid_cents
        - ClaimLine.adjusted_cents
        - ClaimLine.patient_responsibility_cents,
    )


def ar_aging(
    session: Session,
    *,
    actor: Actor,
    as_of: date,
    clinic_id: int | None = None,
    payer_id: int | None = None,
    audited: bool = True,
) -> Aging:
    """What each payer still owes on claims sent, by days since the date of service at `as_of`, with the
    open AR carried over from the old system; largest payer first. No patient is named. An audited read
    unless the caller audits it otherwise (`audited=False`: a download, audited as an export)."""
    clinics = require_anywhere(session, actor, Action.claim_read)
    if clinic_id is not None:
        clinics = [c for c in clinics if c == clinic_id]
    where: list[Any] = [
        col(Claim.clinic_id).in_(clinics),
        col(Claim.status).in_(SENT),
        col(Claim.service_date) <= as_of,
    ]
    if payer_id:
        where.append(Claim.payer_id == payer_id)
    # The sums are read in a snapshot of their own, as the KPI figures are (core.db.report_reader): on
    # SQLite a read that holds no write turn, so its 60-80 ms over every claim sent do not hold up the
    # clinic's other requests (#20).
    with report_reader(session) as reader:
        # Claims with something open, then summed per payer and day of service in SQL: the paid-up many
        # never reach Python.
        open_cents = func.sum(_open_cents())
        per_claim = (
            select(
                col(Claim.payer_id).label("payer_id"),
                col(Claim.service_date).label("served"),
                open_cents.label("cents"),
            )
            .join(ClaimLine, col(ClaimLine.claim_id) == Claim.id)
            .where(*where)
            .group_by(col(Claim.id), col(Claim.payer_id), col(Claim.service_date))
            .having(open_cents != 0)
            .subquery()
        )
        per_day = reader.exec(
            select(
                per_claim.c.payer_id, per_claim.c.served, func.sum(per_claim.c.cents), func.count()
            ).group_by(per_claim.c.payer_id, per_claim.c.served)
        ).all()
        carried_where: list[Any] = [
            col(OpeningBalance.clinic_id).in_(clinics),
            col(OpeningBalance.payer_id).is_not(None),
        ]
        if payer_id:
            carried_where.append(OpeningBalance.payer_id == payer_id)
        carried = reader.exec(
            select(
                col(OpeningBalance.payer_id),
                col(OpeningBalance.service_date),
                col(OpeningBalance.amount_cents),
            ).where(*carried_where)
        ).all()
        names = dict(reader.exec(select(Payer.id, Payer.name)).all())
        owed_by_patient = None if payer_id else _patients_owed(reader, clinics, as_of)
    rows: dict[int, AgingRow] = {}
    for pid, served, cents, claims in [*per_day, *((p, d, c, 1) for p, d, c in carried)]:
        if not cents or pid is None:
            continue
        if pid not in rows:
            rows[pid] = AgingRow(
                payer_id=pid,
                payer=names.get(pid, ""),
                buckets={b[0]: 0 for b in BUCKETS},
                total_cents=0,
                claims=0,
            )
        row = rows[pid]
        row.buckets[bucket_of((as_of - served).days)] += int(cents)
        row.total_cents += int(cents)
        row.claims += claims
    ordered = sorted(rows.values(), key=lambda r: (-r.total_cents, r.payer))
    totals = {label: sum(r.buckets[label] for r in ordered) for label, _, _ in BUCKETS}
    if audited:
        record_one(
            session, actor, Event(Action.claim_read.value, record_type="ar_aging", detail=f"as of {as_of}")
        )
    session.commit()
    patient = {label: 0 for label, _, _ in BUCKETS}
    owing = credit = 0
    for owed, credits in (owed_by_patient or {}).values():
        buckets, left = patient_buckets(owed, credits, as_of)
        for label, cents in buckets.items():
            patient[label] += cents
        owing += any(buckets.values())
        credit += left
    return Aging(
        as_of=as_of,
        labels=[b[0] for b in BUCKETS],
        rows=ordered,
        totals=totals,
        total_cents=sum(totals.values()),
        spans=bucket_dates(as_of),
        patient=patient,
        patient_total_cents=sum(patient.values()),
        patients_owing=owing,
        patient_credit_cents=credit,
    )


def _patients_owed(
    reader: Session, clinics: list[int], as_of: date
) -> dict[int, tuple[list[tuple[date, int]], int]]:
    """Each patient's part of their bills by date of service up to `as_of` (claims' patient
    responsibility from the 835s, balances carried over to the patient), and what they paid (less voids)
    and had written off by that day, read in SQL summed per patient and day."""
    found: dict[int, tuple[list[tuple[date, int]], int]] = {}
    parts = reader.exec(
        select(col(Claim.patient_id), col(Claim.service_date), func.sum(Claim.patient_responsibility_cents))
        .where(
            col(Claim.clinic_id).in_(clinics),
            col(Claim.status) != ClaimStatus.void,
            col(Claim.patient_responsibility_cents) != 0,
            col(Claim.service_date) <= as_of,
        )
        .group_by(col(Claim.patient_id), col(Claim.service_date))
    ).all()
    carried = reader.exec(
        select(
            col(OpeningBalance.patient_id), col(OpeningBalance.service_date), col(OpeningBalance.amount_cents)
        ).where(
            col(OpeningBalance.clinic_id).in_(clinics),
            col(OpeningBalance.payer_id).is_(None),
            col(OpeningBalance.service_date) <= as_of,
        )
    ).all()
    for patient_id, served, cents in [*parts, *carried]:
        found.setdefault(patient_id, ([], 0))[0].append((served, int(cents or 0)))
    for who, paid in reader.exec(
        select(Payment.patient_id, func.sum(Payment.amount_cents))
        .where(
            col(Payment.clinic_id).in_(clinics),
            col(Payment.source).in_(ACCOUNT_SOURCES),
            col(Payment.received_on) <= as_of,
        )
        .group_by(col(Payment.patient_id))
    ).all():
        # A patient who paid with nothing of theirs billed yet (a copay taken at check-in before the 835,
        # a deposit) holds a credit all the same: counted, not dropped for having no bill (#20).
        if who is not None:
            found[who] = (found.get(who, ([], 0))[0], int(paid or 0))
    return found


def owed_past(aging: Aging, days: int = 90) -> int:
    """What payers owe on service more than `days` ago at the aging's date, `days` being a bucket's end
    (over 90: the 91-120 and over-120 buckets): the money a biller chases first."""
    return sum(aging.totals[label] for label, low, _ in BUCKETS if low > days)


class BatchRow(BaseModel):
    id: int
    created_at: datetime
    clinic: str
    payer: str
    interchange_control_number: int
    claim_count: int
    total_cents: int


class EraRow(BaseModel):
    id: int
    posted_at: datetime
    received_on: date
    payer: str
    trace_number: str
    # What it paid, and how many claims it answered, of the clinics the asker may see: the whole file's
    # where it paid those clinics only, else their part (`shared`): a biller of some clinics never reads
    # what the payer paid the others (#20, minimum necessary).
    paid_cents: int
    claim_count: int
    # The claims it answered, (id, control number): a biller reads a claim by its number.
    claims: list[tuple[int, str]]
    # The file also paid claims of clinics the asker may not see: paid_cents and claim_count are theirs.
    shared: bool = False


def batches(
    session: Session, *, actor: Actor, limit: int = 50, offset: int = 0
) -> tuple[list[BatchRow], bool]:
    """837P files sent from the clinics the asker may see, newest first, and whether older ones exist."""
    clinics = require_anywhere(session, actor, Action.claim_read)
    # The columns the list shows, not the 837 file each batch keeps (3 kB a batch); newest first by
    # walking the key back (#20: by the clinic's index SQLite read every batch and sorted them, 25 ms).
    rows = session.execute(
        sa_select(
            col(ClaimBatch.id),
            col(ClaimBatch.created_at),
            col(ClaimBatch.interchange_control_number),
            col(ClaimBatch.claim_count),
            col(ClaimBatch.total_cents),
            col(Payer.name),
            col(Clinic.name),
        )
        .join(Payer, col(Payer.id) == ClaimBatch.payer_id)
        .join(Clinic, col(Clinic.id) == ClaimBatch.clinic_id)
        .where(_by_no_index(col(ClaimBatch.clinic_id)).in_(clinics))
        .order_by(col(ClaimBatch.id).desc())
        .offset(offset)
        .limit(limit + 1)
    ).all()
    _list_read(session, actor, Action.claim_read, "claim_batch", "list")
    return [
        BatchRow(
            id=batch_id or 0,
            created_at=created_at,
            clinic=clinic,
            payer=payer,
            interchange_control_number=interchange,
            claim_count=claim_count,
            total_cents=total_cents,
        )
        for batch_id, created_at, interchange, claim_count, total_cents, payer, clinic in rows[:limit]
    ], len(rows) > limit


def _by_no_index(clinic_id: Any) -> Any:
    """A clinic column as an expression the planner takes no index for (the same rows, in the same
    order). A list read newest first a page at a time then walks the rows back by their key until the
    page is full, and the payments of a page of files are found by the file's index, instead of every
    row of the clinics being found by the clinic's index (nearly all rows: a practice has few clinics)
    and sorted or filtered."""
    return clinic_id + 0


def eras(session: Session, *, actor: Actor, limit: int = 50, offset: int = 0) -> tuple[list[EraRow], bool]:
    """835 remittances posted that paid claims of the clinics the asker may see, newest first."""
    clinics = require_anywhere(session, actor, Action.payment_read)
    # Each file, newest first, asked whether it paid a claim of these clinics (by the payments' era
    # index), until the page is full (#20: the clinics' every payment was read first, 35 ms).
    files = session.exec(
        select(EraFile)
        .where(
            select(Payment.id)
            .where(col(Payment.era_id) == EraFile.id, col(Payment.clinic_id).in_(clinics))
            .exists()
        )
        .order_by(col(EraFile.id).desc())
        .offset(offset)
        .limit(limit + 1)
    ).all()
    ids = [f.id for f in files]
    claims: dict[int, list[tuple[int, str]]] = {}
    answers: list[tuple[int, int, int]] = []  # (file, claim, money) of each answer to a claim seen
    for era_id, claim_id, control, cents, decided in session.execute(
        sa_select(
            col(Payment.era_id),
            col(Payment.claim_id),
            col(Claim.control_number),
            col(Payment.amount_cents),
            col(Payment.adjudication),
        )
        .join(Claim, col(Claim.id) == Payment.claim_id)
        # the page's files' payments by the era index, not the clinics' every payment
        .where(col(Payment.era_id).in_(ids), _by_no_index(col(Payment.clinic_id)).in_(clinics))
        .order_by(col(Payment.claim_id))
    ).all():
        if era_id is not None and claim_id is not None:
            claims.setdefault(era_id, []).append((claim_id, control))
            if not (decided or "").startswith(HELD_KEY):
                answers.append((era_id, claim_id, cents))
    # Files that also paid claims of other clinics: only their part of those is read out (_part).
    shared = set(
        session.exec(
            select(Payment.era_id)
            .where(col(Payment.era_id).in_(ids), col(Payment.clinic_id).not_in(clinics))
            .distinct()
        ).all()
    )
    parts = _part(session, [f for f in files if f.id in shared], answers)
    names = dict(session.exec(select(Payer.id, Payer.name)).all())
    _list_read(session, actor, Action.payment_read, "era_file", "list")
    return [
        EraRow(
            id=f.id or 0,
            posted_at=f.posted_at,
            received_on=f.received_on,
            payer=names.get(f.payer_id, "") if f.payer_id else "",
            trace_number=f.trace_number,
            paid_cents=parts[f.id][0] if f.id in parts else f.paid_cents,
            claim_count=parts[f.id][1] if f.id in parts else f.claim_count,
            claims=claims.get(f.id or 0, []),
            shared=f.id in parts,
        )
        for f in files[:limit]
    ], len(files) > limit


def _part(
    session: Session, files: list[EraFile], answers: list[tuple[int, int, int]]
) -> dict[int | None, tuple[int, int]]:
    """What each of these files paid the claims the asker may see, and how many of its answers to claims
    were theirs (`answers`: file, claim, money as posted). Each answer's payment as posted (the payer's
    money less what was held for a person, or posted by an earlier file), the service lines it held for a
    person (posted by hand since or not) and those an earlier file posted (core.billing.posting): the
    payer's own figure for the claim. Keyed by the file."""
    by_trace = {f.id: f.trace_number for f in files}
    mine = [(era_id, claim_id, cents) for era_id, claim_id, cents in answers if era_id in by_trace]
    not_posted_here: dict[tuple[int, str], int] = {}
    if mine:
        for claim_id, trace, cents in session.exec(
            select(ClaimAction.claim_id, ClaimAction.trace_number, func.sum(ClaimAction.amount_cents))
            .where(
                col(ClaimAction.claim_id).in_({claim_id for _, claim_id, _ in mine}),
                col(ClaimAction.kind).in_([HELD, POSTED_BEFORE]),
                col(ClaimAction.trace_number).in_(set(by_trace.values())),
            )
            .group_by(col(ClaimAction.claim_id), col(ClaimAction.trace_number))
        ).all():
            not_posted_here[(claim_id, trace)] = int(cents or 0)
    found: dict[int | None, tuple[int, int]] = {f.id: (0, 0) for f in files}
    counted: set[tuple[int, int]] = set()
    for era_id, claim_id, cents in mine:
        paid, answered = found[era_id]
        # a claim's held lines once, though a reversal and a new answer both name it in one file
        extra = 0 if (era_id, claim_id) in counted else not_posted_here.get((claim_id, by_trace[era_id]), 0)
        counted.add((era_id, claim_id))
        found[era_id] = (paid + cents + extra, answered + 1)
    return found


class PayerPaymentRow(BaseModel):
    received_on: date
    payer: str
    amount_cents: int
    claim_id: int | None
    trace_number: str


def payer_payments(
    session: Session, *, actor: Actor, payer_id: int | None = None, since: date | None = None, limit: int = 20
) -> list[PayerPaymentRow]:
    """Money received from payers (what their remittances paid) on claims of the clinics the asker may
    see, newest first: the payer named, from the day said."""
    clinics = require_anywhere(session, actor, Action.payment_read)
    query = (
        select(Payment, Payer.name, EraFile.trace_number)
        .join(Payer, col(Payer.id) == Payment.payer_id)
        .join(EraFile, col(EraFile.id) == Payment.era_id, isouter=True)
        .where(col(Payment.clinic_id).in_(clinics), Payment.source == "era", Payment.amount_cents > 0)
    )
    if payer_id is not None:
        query = query.where(Payment.payer_id == payer_id)
    if since is not None:
        query = query.where(Payment.received_on >= since)
    rows = session.exec(
        query.order_by(col(Payment.received_on).desc(), col(Payment.id).desc()).limit(limit)
    ).all()
    _list_read(session, actor, Action.payment_read, "payment", "payer list")
    return [
        PayerPaymentRow(
            received_on=p.received_on,
            payer=name,
            amount_cents=p.amount_cents,
            claim_id=p.claim_id,
            trace_number=trace or p.reference,
        )
        for p, name, trace in rows
    ]
