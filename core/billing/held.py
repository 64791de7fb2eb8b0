"""835 service lines held for a person (#20): a line the payer sent without our line number (REF*6R)
that could not be matched to one line of its claim was not posted (core.billing.posting, HELD). The
biller reads them here (payer, money, date of service, patient) and posts each one by hand to the
claim line the payer's remittance advice names: the held money as paid, the patient's share typed from
the advice, the rest of the charge adjusted. One posting per held line, whatever clicks or requests
arrive at once (the claim row locked, and the payment keyed by the held line), all or nothing, audited.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, cast, literal
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from core.access import audit_on, require_anywhere, require_on
from core.actor import Actor
from core.audit.service import Event, record
from core.billing.models import REASON_MAX, Adjustment, Claim, ClaimAction, ClaimLine, Payment
from core.billing.posting import HELD, WRITE_OFF_GROUPS
from core.billing.reasons import explain
from core.db import count_rows
from core.enums import ClaimLineStatus, ClaimStatus
from core.errors import Conflict, Invalid, NotFound
from core.locks import locked
from core.paging import page_count
from core.patients.models import Patient, listed_name
from core.payers.models import Payer
from core.permissions import Action, clinics_where
from core.words import dollars

# The claim's history entry for a held line posted by hand (claim_view says it in words).
HELD_POSTED = "era_line_posted"
# The adjustment group a biller may give the rest of the charge (X12 835 CAS01, the patient's share is
# its own field) and the reason code the form starts with: 45, charge exceeds the fee schedule.
GROUPS = WRITE_OFF_GROUPS
CONTRACTUAL = "45"
# What the patient's share is, as the advice's group PR reason says it (X12 CARC 1, 2, 3).
PATIENT_SHARES = {"2": "coinsurance", "1": "deductible", "3": "copay"}
# Held lines a page shows: each is a card with its own posting form.
PER_PAGE = 25


# What the payment of a held line posted by hand is keyed with (_key): its money was the 835's.
HELD_KEY = "held-"


def _key(held_id: int) -> str:
    """The payment's adjudication for a held line posted: with the claim, unique in the database, so a
    second posting of the same held line cannot be written whatever the locks did."""
    return f"{HELD_KEY}{held_id}"


@dataclass(frozen=True)
class HeldLine:
    """An 835 service line held for a person, as the work list shows it."""

    id: int
    claim_id: int
    control_number: str
    clinic_id: int
    patient: str  # the patient's name where the role may see patients, else ""
    payer: str
    service_date: date
    paid_cents: int
    trace_number: str
    received_on: date | None
    why: str
    # The claim's lines still open (not answered by the payer), as (line number, words): where it may go.
    open_lines: tuple[tuple[int, str], ...]
    # The open line with the code and charge the held line names, where exactly one has them.
    suggested_line: int | None


@dataclass(frozen=True)
class HeldPosted:
    held_id: int
    claim_id: int
    control_number: str
    line_number: int
    paid_cents: int
    patient_responsibility_cents: int
    adjusted_cents: int
    claim_status: str
    again: bool  # posted by an earlier request: nothing posted now


@dataclass(frozen=True)
class HeldPage:
    """One page of the held lines, oldest first, and how many there are in all."""

    rows: list[HeldLine]
    total: int
    page: int
    pages: int
    per_page: int

    @property
    def first(self) -> int:
        """The place of the page's first row in the whole list, from 1 (0 on an empty list)."""
        return (self.page - 1) * self.per_page + 1 if self.rows else 0


def _line_words(line: ClaimLine) -> str:
    code = " ".join([line.cpt, *line.modifiers.split()])
    return f"line {line.line_number}: {code} x{line.units}, {dollars(line.charge_cents)}"


def _suggested(held: ClaimAction, lines: list[ClaimLine]) -> int | None:
    """The open line whose code and charge the held line's words name, where exactly one does (pure)."""
    words = held.reason.split(": ", 1)[-1]
    fits = [
        line.line_number
        for line in lines
        if words.startswith(f"{line.cpt} ") and f"charged {dollars(line.charge_cents)}" in words
    ]
    return fits[0] if len(fits) == 1 else None


def _unposted_query(clinics: list[int], claim_id: int | None = None) -> SelectOfScalar[ClaimAction]:
    posted = select(Payment.id).where(
        col(Payment.claim_id) == ClaimAction.claim_id,
        col(Payment.adjudication) == literal("held-") + cast(col(ClaimAction.id), String),
    )
    query = (
        select(ClaimAction)
        .join(Claim, col(Claim.id) == ClaimAction.claim_id)
        .where(ClaimAction.kind == HELD, col(Claim.clinic_id).in_(clinics), ~posted.exists())
        .order_by(col(ClaimAction.created_at), col(ClaimAction.id))
    )
    if claim_id is not None:
        query = query.where(ClaimAction.claim_id == claim_id)
    return query


def _unposted(session: Session, clinics: list[int], claim_id: int | None = None) -> list[ClaimAction]:
    return list(session.exec(_unposted_query(clinics, claim_id)).all())


def held_lines(session: Session, *, actor: Actor, page: int = 1, per_page: int = PER_PAGE) -> HeldPage:
    """One page of the 835 lines held and not posted yet on claims of the clinics where the asker may
    post payments, oldest first, with their count (a page past the last is the last); the rows shown
    are audited, one entry per claim."""
    clinics = require_anywhere(session, actor, Action.payment_write)
    query = _unposted_query(clinics)
    total = count_rows(session, query)
    pages = page_count(total, per_page)
    page = min(max(page, 1), pages)
    helds = list(session.exec(query.offset((page - 1) * per_page).limit(per_page)).all())
    claims = {
        c.id: c
        for c in session.exec(select(Claim).where(col(Claim.id).in_({h.claim_id for h in helds}))).all()
    }
    lines: dict[int, list[ClaimLine]] = {}
    for line in session.exec(
        select(ClaimLine)
        .where(col(ClaimLine.claim_id).in_(list(claims)), ClaimLine.status == ClaimLineStatus.open)
        .order_by(col(ClaimLine.claim_id), col(ClaimLine.line_number))
    ).all():
        lines.setdefault(line.claim_id, []).append(line)
    seeing = set(clinics_where(actor.roles, Action.patient_read))
    patients = {
        p.id: p
        for p in session.exec(
            select(Patient).where(col(Patient.id).in_({c.patient_id for c in claims.values()}))
        ).all()
    }
    payers = dict(session.exec(select(Payer.id, Payer.name)).all())
    received = {
        (p.claim_id, p.reference): p.received_on
        for p in session.exec(
            select(Payment).where(col(Payment.claim_id).in_(list(claims)), col(Payment.era_id).is_not(None))
        ).all()
    }
    rows = []
    for held in helds:
        claim = claims[held.claim_id]
        patient = patients.get(claim.patient_id)
        open_lines = lines.get(claim.id or 0, [])
        rows.append(
            HeldLine(
                id=held.id or 0,
                claim_id=claim.id or 0,
                control_number=claim.control_number,
                clinic_id=claim.clinic_id,
                patient=listed_name(patient) if patient and claim.clinic_id in seeing else "",
                payer=payers.get(claim.payer_id, ""),
                service_date=claim.service_date,
                paid_cents=held.amount_cents,
                trace_number=held.trace_number,
                received_on=received.get((claim.id, held.trace_number)),
                why=held.reason.split(": ", 1)[-1],
                open_lines=tuple((line.line_number, _line_words(line)) for line in open_lines),
                suggested_line=_suggested(held, open_lines),
            )
        )
    # One entry per claim listed, naming its patient (as the other billing work lists do): the list shows
    # each patient's name, claim and the payer's money, so an accounting of who read a patient's record
    # must find it under that patient, not under one unattributed "list" entry.
    record(
        session,
        actor,
        [
            Event(
                Action.payment_read.value,
                clinic_id=claims[row.claim_id].clinic_id,
                patient_id=claims[row.claim_id].patient_id,
                record_type="claim",
                record_id=row.claim_id,
                detail=f"held 835 line {row.id} listed",
            )
            for row in rows
        ],
    )
    session.commit()
    return HeldPage(rows=rows, total=total, page=page, pages=pages, per_page=per_page)


def _posted(held_id: int, claim: Claim, line: ClaimLine, paid_cents: int, *, again: bool) -> HeldPosted:
    """What a held line's posting did (or an earlier one, `again`), as its claim line now says."""
    return HeldPosted(
        held_id=held_id,
        claim_id=claim.id or 0,
        control_number=claim.control_number,
        line_number=line.line_number,
        paid_cents=paid_cents,
        patient_responsibility_cents=line.patient_responsibility_cents,
        adjusted_cents=line.adjusted_cents,
        claim_status=claim.status,
        again=again,
    )


def post_held_line(
    session: Session,
    *,
    actor: Actor,
    held_id: int,
    line_number: int,
    patient_responsibility_cents: int = 0,
    group: str = "CO",
    carc: str = CONTRACTUAL,
    share: str = "2",
) -> HeldPosted:
    """The held 835 line posted to line `line_number` of its claim: the payer's money on it as paid,
    the patient's share as the patient's, the rest of the line's charge adjusted with `group` and
    `carc`; a line paid nothing, owed nothing by the patient and adjusted for another reason than 45 is
    denied. The claim's amounts and status follow (still awaiting the payer while another of its lines
    is held). The same held line posted again (a second click, a second request at once) posts nothing
    and says where it went; to another line it is refused."""
    held = session.get(ClaimAction, held_id)
    if held is None or held.kind != HELD:
        raise NotFound("no such held 835 line")
    # The claim row locked: two postings at once wait for each other and the second finds the first's.
    claim = locked(session, Claim, held.claim_id)
    assert claim is not None
    require_on(session, actor, Action.payment_write, claim, "claim")
    group = group.strip().upper()
    carc = carc.strip().upper()
    if group not in GROUPS:
        raise Invalid(
            f"the adjustment group is one of {', '.join(GROUPS)}", fields={"group": "unknown group"}
        )
    if not carc or len(carc) > 8 or not carc.isalnum():
        raise Invalid("the adjustment reason is a CARC code, like 45", fields={"carc": "not a reason code"})
    if share not in PATIENT_SHARES:
        raise Invalid("the patient's share is coinsurance, deductible or copay", fields={"share": "unknown"})
    if patient_responsibility_cents < 0:
        raise Invalid("the patient's share is not below zero", fields={"patient_share": "below zero"})
    earlier = session.exec(
        select(Payment).where(Payment.claim_id == claim.id, Payment.adjudication == _key(held_id))
    ).first()
    lines = {
        line.line_number: line
        for line in session.exec(select(ClaimLine).where(ClaimLine.claim_id == claim.id)).all()
    }
    if earlier is not None:
        posted_to = session.exec(
            select(ClaimAction.line_number).where(
                ClaimAction.claim_id == claim.id,
                ClaimAction.kind == HELD_POSTED,
                col(ClaimAction.reason).startswith(f"held line {held_id}:"),
            )
        ).first()
        if posted_to != line_number:
            raise Conflict(
                f"this held line was posted already, to line {posted_to} of claim {claim.control_number}"
            )
        audit_on(session, actor, Action.payment_read, claim, "claim", detail="held 835 line posted already")
        session.commit()
        return _posted(held_id, claim, lines[line_number], earlier.amount_cents, again=True)
    if claim.status not in (ClaimStatus.submitted, ClaimStatus.denied, ClaimStatus.partially_paid):
        raise Conflict(
            f"claim {claim.control_number} is {claim.status}: it no longer awaits the payer's money"
        )
    line = lines.get(line_number)
    if line is None:
        raise Invalid(
            f"claim {claim.control_number} has no line {line_number}",
            fields={"line": "not a line of the claim"},
        )
    if line.status != ClaimLineStatus.open:
        raise Conflict(
            f"line {line_number} of claim {claim.control_number} was answered already ({line.status})"
        )
    paid = held.amount_cents
    rest = line.charge_cents - paid - patient_responsibility_cents
    if rest < 0:
        raise Invalid(
            f"the payer's {dollars(paid)} and the patient's "
            f"{dollars(patient_responsibility_cents)} are more than line {line_number}'s charge of "
            f"{dollars(line.charge_cents)}",
            fields={"patient_share": "more than the charge"},
        )
    era_payment = session.exec(
        select(Payment).where(
            Payment.claim_id == claim.id,
            col(Payment.era_id).is_not(None),
            Payment.reference == held.trace_number,
        )
    ).first()
    payment = Payment(
        clinic_id=claim.clinic_id,
        payer_id=claim.payer_id,
        claim_id=claim.id,
        source="era",
        amount_cents=paid,
        received_on=era_payment.received_on if era_payment else held.created_at.date(),
        reference=held.trace_number,
        era_id=era_payment.era_id if era_payment else None,
        adjudication=_key(held_id),
    )
    session.add(payment)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise Conflict("this held line was posted already") from None
    if rest:
        session.add(
            Adjustment(
                payment_id=payment.id,
                claim_line_id=line.id or 0,
                group_code=group,
                carc=carc,
                amount_cents=rest,
            )
        )
    if patient_responsibility_cents:
        session.add(
            Adjustment(
                payment_id=payment.id,
                claim_line_id=line.id or 0,
                group_code="PR",
                carc=share,
                amount_cents=patient_responsibility_cents,
            )
        )
    line.paid_cents = paid
    line.patient_responsibility_cents = patient_responsibility_cents
    line.adjusted_cents = rest
    if paid == 0 and patient_responsibility_cents == 0 and carc != CONTRACTUAL:
        line.status = ClaimLineStatus.denied
        line.denial_carc = carc
    else:
        line.status = ClaimLineStatus.paid
        line.denial_carc = line.denial_rarc = ""
    session.add(line)
    others = [h for h in _unposted(session, [claim.clinic_id], claim.id) if h.id != held_id]
    statuses = {each.status for each in lines.values()}
    # Still awaiting the payer while another of its lines is held or unanswered; else what the lines say.
    if not others and ClaimLineStatus.open not in statuses:
        if statuses == {ClaimLineStatus.denied}:
            claim.status = ClaimStatus.denied
        elif ClaimLineStatus.denied in statuses:
            claim.status = ClaimStatus.partially_paid
        else:
            claim.status = ClaimStatus.paid
    claim.paid_cents = sum(each.paid_cents for each in lines.values())
    claim.patient_responsibility_cents = sum(each.patient_responsibility_cents for each in lines.values())
    session.add(claim)
    words = (
        f"held line {held_id}: 835 {held.trace_number}, paid {dollars(paid)}, patient's share "
        f"{dollars(patient_responsibility_cents)}, {group} {carc} {dollars(rest)}"
        + (f" ({explain(carc, '', group)})" if line.status == ClaimLineStatus.denied else "")
    )
    session.add(
        ClaimAction(
            claim_id=claim.id or 0,
            kind=HELD_POSTED,
            line_number=line_number,
            amount_cents=paid,
            reason=words[:REASON_MAX],
            user_id=actor.user_id,
        )
    )
    audit_on(
        session,
        actor,
        Action.payment_write,
        claim,
        "claim",
        detail=f"held 835 line posted to line {line_number}",
    )
    session.commit()
    return _posted(held_id, claim, line, paid, again=False)
