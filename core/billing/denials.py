"""Working a denial: correct and resend the claim, appeal it in a letter, write the denied money off
with a reason, or hand it to a colleague. Each locks the claim's row and checks its state again under
the lock, so a double click (or two billers at once) does it once; each is audited and kept as a
ClaimAction, the claim's history."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, literal_column, select

from core.access import audit_each, audit_on, require_anywhere, require_on
from core.actor import Actor
from core.billing.claims import REOPENED, claim_lines, denied_line, scrub_claims
from core.billing.models import (
    APPEAL_MAX,
    REASON_MAX,
    Adjustment,
    Claim,
    ClaimAction,
    ClaimLine,
    Payment,
    one_line,
)
from core.billing.reasons import GROUPS, explain, remark
from core.clinics.models import Clinic
from core.enums import ClaimLineStatus, ClaimStatus
from core.errors import Conflict, Invalid, NotFound
from core.exports import Export, export
from core.locks import locked
from core.paging import page_count
from core.patients.models import InsurancePolicy, Patient
from core.payers.models import Payer
from core.pdf import document
from core.permissions import Action, allowed
from core.timeutil import utcnow
from core.users.models import Membership, User
from core.words import dollars

# The audit details these actions write: the claim's history shows the action's own row instead.
AUDIT_DETAILS = (
    "written off",
    "assigned to user",
    "appeal letter",
    "reopened as a replacement",
    "line corrected",
    "rejected before adjudication",
)
# A replacement claim (frequency 7, CLM05-3; the original's payer claim number as REF*F8) replaces one
# the payer adjudicated: denied in whole, or paid in part (#20: one line paid, another denied for the
# wrong code). It carries every line again, corrected, and the payer reverses its first answer (CLP02
# 22) when it adjudicates the replacement (X12 837P 005010X222A1 CLM05-3; 835 CLP02). A claim the payer
# never adjudicated (not answered yet, or rejected before adjudication) has nothing to replace.
CORRECTABLE = (ClaimStatus.denied, ClaimStatus.partially_paid)


def correction_refusal(status: str, frequency_code: str) -> str:
    """Why a claim in this status cannot be reopened as a replacement ("" where it can), in the words
    that follow its control number."""
    if status in CORRECTABLE:
        return ""
    if status == ClaimStatus.submitted:
        return (
            "is with the payer and not answered yet: a corrected claim replaces one the payer adjudicated, "
            "so wait for its 835"
        )
    if status == ClaimStatus.rejected:
        return (
            "was rejected before adjudication, so the payer never accepted it and there is nothing to "
            "replace: fix it here and it goes out again as an original claim"
        )
    if status in (ClaimStatus.draft, ClaimStatus.ready, ClaimStatus.held):
        if frequency_code == "7":
            return "is reopened as its corrected claim already: fix its lines and send it"
        return "has not been sent: there is no payer's answer to replace"
    if status == ClaimStatus.paid:
        return "is paid in full: nothing was denied to correct (appeal an amount you dispute)"
    return f"is {status.replace('_', ' ')}: there is nothing to replace"


def _claim_for_work(session: Session, actor: Actor, claim_id: int) -> Claim:
    claim = locked(session, Claim, claim_id)
    if claim is None:
        raise NotFound(f"claim {claim_id} not found")
    require_on(session, actor, Action.claim_write, claim, "claim")
    return claim


def _reason(reason: str, what: str) -> str:
    try:
        text = one_line(reason, f"say why ({what})")
    except ValueError as error:
        raise Invalid(str(error), fields={"reason": "say why"}) from None
    if len(text) > REASON_MAX:
        raise Invalid(f"the reason is at most {REASON_MAX} characters", fields={"reason": "too long"})
    return text


def appeal_text(argument: str) -> str:
    """An appeal's argument as the letter prints it (pure): its paragraphs kept (a blank line between
    two), each one's words on one line; Invalid where it says nothing or runs past APPEAL_MAX."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", argument.replace("\r\n", "\n"))]
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise Invalid("say why (an appeal says why the payer should pay)", fields={"argument": "say why"})
    if len(text) > APPEAL_MAX:
        raise Invalid(
            f"an appeal's argument is at most {APPEAL_MAX:,} characters (about four pages); "
            f"it has {len(text):,}",
            fields={"argument": "too long"},
        )
    return text


def _denied(session: Session, claim_id: int, line_number: int | None) -> list[ClaimLine]:
    lines = [line for line in claim_lines(session, claim_id) if line.status == ClaimLineStatus.denied]
    if line_number is not None:
        lines = [line for line in lines if line.line_number == line_number]
    return lines


def write_off(
    session: Session, *, actor: Actor, claim_id: int, reason: str, line_number: int | None = None
) -> ClaimAction:
    """The denied lines (or one of them) written off: the payer will not pay them and the patient is
    not billed. Refused when nothing denied is left, so a second click writes nothing off again."""
    text = _reason(reason, "a write-off needs a reason the owner can review")
    claim = _claim_for_work(session, actor, claim_id)
    lines = _denied(session, claim_id, line_number)
    if not lines:
        raise Conflict(f"claim {claim.control_number} has no denied line to write off (already worked?)")
    amount = 0
    for line in lines:
        amount += line.charge_cents - line.paid_cents - line.patient_responsibility_cents
        line.status = ClaimLineStatus.written_off
        session.add(line)
    action = ClaimAction(
        claim_id=claim_id,
        kind="written_off",
        line_number=line_number,
        amount_cents=amount,
        reason=text,
        user_id=actor.user_id,
    )
    session.add(action)
    audit_on(session, actor, Action.claim_write, claim, "claim", detail=f"written off {dollars(amount)}")
    session.commit()
    return action


def assignable_in(session: Session, clinics: list[int]) -> list[tuple[int, int, str]]:
    """(clinic, user, name) of who may work a claim of each of the clinics (billers and owners), clinic
    by clinic (the clinics in their order, each by name), read in one statement: one clinic's for a
    claim's assignee list, [claim.clinic_id]."""
    rows = session.exec(
        select(Membership.clinic_id, User.id, User.full_name, Membership.role)
        .select_from(User)
        .join(Membership, col(Membership.user_id) == User.id)
        .where(col(Membership.clinic_id).in_(clinics), col(User.is_active))
        .order_by(User.full_name)
    ).all()
    order = {clinic: at for at, clinic in enumerate(clinics)}
    return sorted(
        (
            (clinic, uid or 0, name)
            for clinic, uid, name, role in rows
            if allowed({clinic: role}, Action.claim_write, clinic)
        ),
        key=lambda row: order[row[0]],
    )


def assign(
    session: Session, *, actor: Actor, claim_id: int, user_id: int | None, note: str = ""
) -> ClaimAction | None:
    """The claim handed to a biller or owner of its clinic (None: to nobody). Handing it to whom it
    is already with changes nothing and returns None."""
    claim = _claim_for_work(session, actor, claim_id)
    if user_id is not None and user_id not in {
        uid for _, uid, _ in assignable_in(session, [claim.clinic_id])
    }:
        raise Invalid(
            "a claim goes to a biller or owner of its clinic", fields={"user_id": "not a biller here"}
        )
    if claim.assigned_user_id == user_id:
        session.rollback()
        return None
    claim.assigned_user_id = user_id
    session.add(claim)
    action = ClaimAction(
        claim_id=claim_id,
        kind="assigned",
        assigned_user_id=user_id,
        reason=" ".join(note.split())[:REASON_MAX],
        user_id=actor.user_id,
    )
    session.add(action)
    audit_on(session, actor, Action.claim_write, claim, "claim", detail=f"assigned to user {user_id}")
    session.commit()
    return action


def start_correction(session: Session, *, actor: Actor, claim_id: int, today: date) -> Claim:
    """An adjudicated claim (denied in whole or paid in part) reopened as its replacement (frequency 7,
    the payer's claim number as the original reference): its lines open again for the biller's fixes,
    and it is scrubbed at once, then goes out with the next 837P for its payer carrying every line's
    full corrected charge. What the payer paid and left to the patient stays posted (the money was
    received) until the payer's answer to the replacement reverses it; a denied line's denial is what the
    replacement corrects, so it is open again with the payer. A second click finds it reopened and is
    refused."""
    claim = _claim_for_work(session, actor, claim_id)
    if refusal := correction_refusal(claim.status, claim.frequency_code):
        raise Conflict(f"claim {claim.control_number} {refusal}")
    if not claim.payer_claim_number:
        raise Invalid("the payer gave this claim no claim number; a replacement needs it (call the payer)")
    lines = claim_lines(session, claim_id)
    # A replacement bills every line of the claim again: a line written off (the clinic gave up on it,
    # the patient is not billed) would go out again as owed and come back open. A write-off is final
    # here (nothing reverses one), so the claim is appealed instead.
    if written := [str(line.line_number) for line in lines if line.status == ClaimLineStatus.written_off]:
        one = len(written) == 1
        raise Conflict(
            f"claim {claim.control_number} has {'line' if one else 'lines'} {', '.join(written)} written "
            f"off: a replacement would bill {'it' if one else 'them'} again; appeal the claim instead"
        )
    for line in lines:
        if line.status == ClaimLineStatus.denied:
            line.paid_cents = line.adjusted_cents = line.patient_responsibility_cents = 0
            line.denial_carc = line.denial_rarc = ""
        line.status = ClaimLineStatus.open
        session.add(line)
    claim.status = ClaimStatus.draft
    claim.frequency_code = "7"
    claim.paid_cents = sum(line.paid_cents for line in lines)
    claim.patient_responsibility_cents = sum(line.patient_responsibility_cents for line in lines)
    session.add(claim)
    session.add(
        ClaimAction(
            claim_id=claim_id,
            kind="corrected",
            amount_cents=claim.total_cents,
            reason=claim.payer_claim_number,
            user_id=actor.user_id,
        )
    )
    audit_on(session, actor, Action.claim_write, claim, "claim", detail=REOPENED)
    session.flush()
    scrub_claims(session, actor=actor, clinic_id=claim.clinic_id, today=today, claim_ids=[claim_id])
    return claim


def appeal_letter(session: Session, *, actor: Actor, claim_id: int, argument: str, today: date) -> bytes:
    """A request for reconsideration of the claim's denied lines, as a PDF for the biller to sign and
    send with the records named. Written down once per argument: printing it again records nothing."""
    text = appeal_text(argument)
    claim = _claim_for_work(session, actor, claim_id)
    denied = _denied(session, claim_id, None)
    if not denied:
        raise Conflict(f"claim {claim.control_number} has no denied line to appeal")
    patient = session.get(Patient, claim.patient_id)
    payer = session.get(Payer, claim.payer_id)
    clinic = session.get(Clinic, claim.clinic_id)
    writer = session.get(User, actor.user_id)
    policy = session.get(InsurancePolicy, claim.policy_id) if claim.policy_id else None
    assert patient is not None and payer is not None and clinic is not None
    seen = session.exec(
        select(ClaimAction.id).where(
            ClaimAction.claim_id == claim_id, ClaimAction.kind == "appealed", ClaimAction.reason == text
        )
    ).first()
    if seen is None:
        session.add(
            ClaimAction(
                claim_id=claim_id,
                kind="appealed",
                amount_cents=sum(line.charge_cents for line in denied),
                reason=text,
                user_id=actor.user_id,
            )
        )
        audit_on(session, actor, Action.claim_write, claim, "claim", detail="appeal letter")
    else:
        # Printed again (a double click, two at once): the letter is read again, nothing is appealed
        # again, so the log says one appeal.
        audit_on(session, actor, Action.claim_read, claim, "claim", detail="appeal letter printed again")
    session.commit()
    lines = [
        f"{clinic.name}",
        f"{clinic.address}   Phone {clinic.phone}",
        f"NPI {clinic.npi or ''}   Tax ID {clinic.tax_id or ''}",
        "",
        today.strftime("%B %d, %Y").replace(" 0", " "),
        "",
        f"To: {payer.name}, Appeals / Reconsideration",
        "",
        f"Re: request for reconsideration of claim {claim.control_number}"
        + (f" (payer claim number {claim.payer_claim_number})" if claim.payer_claim_number else ""),
        f"Patient: {patient.first_name} {patient.last_name}, born {patient.birth_date.strftime('%m/%d/%Y')}"
        if patient.birth_date
        else f"Patient: {patient.first_name} {patient.last_name}",
        f"Member ID: {policy.member_id}" if policy else "Member ID: (see the claim)",
        f"Date of service: {claim.service_date.strftime('%m/%d/%Y')}   Billed: {dollars(claim.total_cents)}",
        "",
        "The following services were denied:",
    ]
    lines += [
        f"  Line {line.line_number}: {' '.join([line.cpt, *line.modifiers.split()])} x{line.units}, "
        f"{dollars(line.charge_cents)}. {explain(line.denial_carc, line.denial_rarc, advice=False)}"
        for line in denied
    ]
    lines += [
        "",
        "We ask that you reconsider these services for payment, for this reason:",
        *[line for paragraph in text.split("\n\n") for line in (paragraph, "")],
        "Enclosed: the signed treatment note of the date of service, the plan of care in force with "
        "its certification, and the claim as sent.",
        "",
        "Sincerely,",
        "",
        f"{writer.full_name if writer else actor.email}, billing, {clinic.name}",
    ]
    return document("Request for reconsideration", lines)


# The denial work list (#20): what a biller filters it by, kept in the page's address so a link or a
# bookmark opens the same view. The rules (which days an age bucket holds, what a reason names, which
# words of an address are read) are pure functions over plain values; the list applies them in SQL.

# Days since the payer's answer (the 835 that denied the line), oldest bucket last: the timely-filing
# limit for an appeal runs from that day.
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-30", 0, 30),
    ("31-60", 31, 60),
    ("61-90", 61, 90),
    ("90+", 91, None),
)
# How the list may be sorted; the first is the default: the oldest denial first, the one nearest its
# payer's appeal deadline.
DENIAL_SORTS = {
    "oldest": "Oldest denial first",
    "newest": "Newest denial first",
    "amount": "Largest amount first",
    "service": "Oldest service first",
    "payer": "Payer, A to Z",
}
DEFAULT_SORT = "oldest"
ASSIGNEE_WORDS = {"mine": "Mine", "none": "Unassigned"}
DENIALS_PER_PAGE = 50
_CARC = re.compile(r"[A-Z]?\d{1,3}|[A-Z]\d?")
_GROUP_WORDS = {"CO": "contractual obligation", "OA": "other adjustment", "PI": "payer-initiated"}


@dataclass(frozen=True)
class DenialView:
    """One view of the denial work list: each filter set must hold; an empty one filters nothing."""

    payer_id: int | None = None
    clinic_id: int | None = None
    group: str = ""  # the adjustment's group code: CO, OA, PI (PR is the patient's share, never a denial)
    carc: str = ""
    assignee: str = ""  # "mine", "none" (nobody), or a user's id
    age: str = ""  # an AGE_BUCKETS label
    sort: str = DEFAULT_SORT
    page: int = 1

    @property
    def reason(self) -> str:
        """The reason as the address writes it: 'CO', '50' or 'CO-50'."""
        return "-".join(part for part in (self.group, self.carc) if part)

    @property
    def filtered(self) -> bool:
        return any((self.payer_id, self.clinic_id, self.reason, self.assignee, self.age))


def read_reason(text: str) -> tuple[str, str] | None:
    """A reason as typed in an address: a group ('CO'), a CARC ('50', 'A1') or both ('CO-50', 'co 50');
    None when it is neither (a group we do not know is not guessed)."""
    words = re.split(r"[\s\-/:]+", text.strip().upper())
    words = [w for w in words if w]
    group = words.pop(0) if words and words[0] in GROUPS else ""
    if group == "PR":
        return None  # the patient's share: never the reason a line is denied
    if len(words) > 1 or (words and not _CARC.fullmatch(words[0])):
        return None
    carc = words[0] if words else ""
    return (group, carc) if group or carc else None


def read_view(params: Mapping[str, str]) -> tuple[DenialView, list[str]]:
    """The view an address asks for, and the names of the words it had that could not be read (left
    out, so an old or mistyped bookmark still opens a list, saying what it dropped)."""
    dropped: list[str] = []
    fields: dict[str, Any] = {}
    for name in ("payer", "clinic"):
        text = params.get(name, "").strip()
        if text:
            if text.isdigit() and int(text) > 0:
                fields[f"{name}_id"] = int(text)
            else:
                dropped.append(name)
    reason = params.get("reason", "").strip()
    if reason:
        read = read_reason(reason)
        if read is None:
            dropped.append("reason")
        else:
            fields["group"], fields["carc"] = read
    assignee = params.get("assignee", "").strip().lower()
    if assignee:
        if assignee in ASSIGNEE_WORDS or (assignee.isdigit() and int(assignee) > 0):
            fields["assignee"] = assignee
        else:
            dropped.append("assignee")
    raw = params.get("age", "")
    age, labels = raw.strip(), {label for label, _, _ in AGE_BUCKETS}
    if f"{age}+" in labels and raw.rstrip() != raw:
        age += "+"  # a '+' left unescaped in an address reads as a space
    if age:
        if age in labels:
            fields["age"] = age
        else:
            dropped.append("age")
    sort = params.get("sort", "").strip()
    if sort:
        if sort in DENIAL_SORTS:
            fields["sort"] = sort
        else:
            dropped.append("sort")
    page = params.get("page", "").strip()
    if page:
        if page.isdigit() and int(page) > 0:
            fields["page"] = int(page)
        else:
            dropped.append("page")
    return DenialView(**fields), dropped


def view_query(view: DenialView, **changes: Any) -> str:
    """The address's query for the view (with `changes`), in a fixed order, leaving out what is the
    default (no filter, the oldest first, page 1): the plain list is '/billing/denials'. A change of a
    filter or the sort goes back to page 1 unless the page is changed too."""
    if changes.keys() - {"page"} and "page" not in changes:
        changes["page"] = 1
    view = replace(view, **changes)
    pairs = [
        ("payer", view.payer_id or ""),
        ("clinic", view.clinic_id or ""),
        ("reason", view.reason),
        ("assignee", view.assignee),
        ("age", view.age),
        ("sort", "" if view.sort == DEFAULT_SORT else view.sort),
        ("page", "" if view.page == 1 else view.page),
    ]
    return urlencode([(k, v) for k, v in pairs if v != ""])


def age_bucket(days: int) -> str:
    """The bucket of a denial `days` old (a day in the future counts as today's)."""
    for label, _, newest in AGE_BUCKETS:
        if newest is None or days <= newest:
            return label
    return AGE_BUCKETS[-1][0]  # pragma: no cover: the last bucket has no end


def age_window(age: str, today: date) -> tuple[date | None, date | None]:
    """The days of denial an age bucket holds on `today`: (earliest, latest), None where open."""
    for label, fewest, most in AGE_BUCKETS:
        if label == age:
            earliest = today - timedelta(days=most) if most is not None else None
            latest = today - timedelta(days=fewest) if fewest else None
            return earliest, latest
    return None, None


def age_totals(rows: Iterable[tuple[date, int]], today: date) -> list[tuple[str, int, int]]:
    """(bucket, lines, cents) for each bucket, in AGE_BUCKETS' order, of (denied on, cents) rows."""
    lines = dict.fromkeys((label for label, _, _ in AGE_BUCKETS), 0)
    cents = dict.fromkeys(lines, 0)
    for denied_on, amount in rows:
        label = age_bucket((today - denied_on).days)
        lines[label] += 1
        cents[label] += amount
    return [(label, lines[label], cents[label]) for label in lines]


@dataclass
class DenialPage:
    """A page of the work list with what the view finds in all (lines, claims, dollars), how it
    spreads over the age buckets under its other filters, and the choices its filters offer."""

    view: DenialView
    dropped: list[str]
    rows: list[dict[str, Any]]
    lines: int
    claims: int
    total_cents: int
    page: int
    pages: int
    ages: list[tuple[str, int, int]]
    payers: list[tuple[int, str]]
    clinics: list[tuple[int, str]]
    reasons: list[tuple[str, str]]
    assignees: list[tuple[str, str]]
    today: date
    per_page: int = DENIALS_PER_PAGE
    csv_query: str = ""


def _denied_on() -> Any:
    """The day the payer's latest 835 for the claim was received: the day its lines were denied."""
    return (
        select(Payment.claim_id, func.max(Payment.received_on).label("denied_on"))
        .where(Payment.source == "era", col(Payment.claim_id).is_not(None))
        .group_by(col(Payment.claim_id))
        .subquery()
    )


def _group_of_line() -> Any:
    """The group code (CO, OA, PI) of the payer's adjustment that denied the line, from its 835."""
    return (
        select(Adjustment.group_code)
        .where(Adjustment.claim_line_id == ClaimLine.id, Adjustment.carc == ClaimLine.denial_carc)
        .order_by(col(Adjustment.id).desc())
        .limit(1)
        .correlate(ClaimLine)
        .scalar_subquery()
    )


def _denial_select(
    clinics: list[int], view: DenialView, me: int, today: date, *columns: Any, ages: bool = True
) -> Any:
    """`columns` of the denied lines in `clinics` that the view's filters find (with ages=False, all
    but its age: the buckets' totals), then the denial's day and group as the last two columns."""
    answered = _denied_on()
    denied_on = func.coalesce(answered.c.denied_on, Claim.service_date)
    group = _group_of_line()
    stmt = (
        sa_select(*columns, denied_on.label("denied_on"), group.label("group_code"))
        .select_from(ClaimLine)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .outerjoin(answered, answered.c.claim_id == Claim.id)
        .where(col(Claim.clinic_id).in_(clinics), col(ClaimLine.status) == ClaimLineStatus.denied)
    )
    if view.payer_id:
        stmt = stmt.where(col(Claim.payer_id) == view.payer_id)
    if view.clinic_id:
        stmt = stmt.where(col(Claim.clinic_id) == view.clinic_id)
    if view.carc:
        stmt = stmt.where(col(ClaimLine.denial_carc) == view.carc)
    if view.group:
        stmt = stmt.where(group == view.group)
    if view.assignee == "mine":
        stmt = stmt.where(col(Claim.assigned_user_id) == me)
    elif view.assignee == "none":
        stmt = stmt.where(col(Claim.assigned_user_id).is_(None))
    elif view.assignee:
        stmt = stmt.where(col(Claim.assigned_user_id) == int(view.assignee))
    if ages and view.age:
        earliest, latest = age_window(view.age, today)
        if earliest is not None:
            stmt = stmt.where(denied_on >= earliest)
        if latest is not None:
            stmt = stmt.where(denied_on <= latest)
    return stmt


def _denial_order(view: DenialView) -> list[Any]:
    """The sort's columns, each list ending in the claim and line so pages never overlap."""
    tie = [col(Claim.id), col(ClaimLine.line_number)]
    day: Any = literal_column("denied_on")
    by = {
        "oldest": [day, col(Claim.service_date)],
        "newest": [day.desc(), col(Claim.service_date).desc()],
        "amount": [col(ClaimLine.charge_cents).desc(), day],
        "service": [col(Claim.service_date), day],
        "payer": [col(Payer.name), day],
    }
    return [*by.get(view.sort, by[DEFAULT_SORT]), *tie]


def _list_columns() -> tuple[Any, ...]:
    return (ClaimLine, Claim, Patient, Payer, Clinic.name, User.full_name)


def _with_names(stmt: Any) -> Any:
    return (
        stmt.join(Patient, col(Patient.id) == Claim.patient_id)
        .join(Payer, col(Payer.id) == Claim.payer_id)
        .join(Clinic, col(Clinic.id) == Claim.clinic_id)
        .outerjoin(User, col(User.id) == Claim.assigned_user_id)
    )


def denial_work_list(
    session: Session,
    *,
    actor: Actor,
    view: DenialView,
    today: date,
    dropped: list[str] | None = None,
    per_page: int = DENIALS_PER_PAGE,
) -> DenialPage:
    """A page of the denied lines the view finds in the clinics the asker may see, in its order, with
    the view's totals, its spread over the age buckets and the choices of its filters; each line shown
    is an audited read of its claim (the totals and choices name no patient)."""
    clinics = require_anywhere(session, actor, Action.claim_read)
    me = actor.user_id
    # One read of the lines the view's other filters find serves both the age buckets' totals and,
    # within the view's age, its count, claims and dollars (a second scan of the same lines did).
    spread = [
        (cid, cents, _day(denied_on))
        for cid, cents, denied_on, _ in session.exec(
            _denial_select(
                clinics, view, me, today, col(Claim.id).label("cid"), ClaimLine.charge_cents, ages=False
            )
        ).all()
    ]
    earliest, latest = age_window(view.age, today) if view.age else (None, None)
    found = [
        (cid, cents)
        for cid, cents, day in spread
        if (earliest is None or day >= earliest) and (latest is None or day <= latest)
    ]
    lines, claims, cents = len(found), len({cid for cid, _ in found}), sum(c for _, c in found)
    pages = page_count(lines, per_page)
    page = min(view.page, pages)
    stmt = _with_names(_denial_select(clinics, view, me, today, *_list_columns()))
    shown = session.exec(
        stmt.order_by(*_denial_order(view)).offset((page - 1) * per_page).limit(per_page)
    ).all()
    rows = [_work_row(today, *r) for r in shown]
    audit_each(session, actor, Action.claim_read, [r[1] for r in shown], "claim", "work list denied")
    session.commit()
    return DenialPage(
        view=replace(view, page=page),
        dropped=dropped or [],
        rows=rows,
        lines=lines,
        claims=claims,
        total_cents=int(cents or 0),
        page=page,
        pages=pages,
        ages=age_totals(((day, amount) for _, amount, day in spread), today),
        payers=_payers(session, clinics),
        clinics=[
            (c.id or 0, c.name)
            for c in session.exec(
                select(Clinic).where(col(Clinic.id).in_(clinics)).order_by(Clinic.name)
            ).all()
        ],
        reasons=_reasons(session, clinics),
        assignees=_assignees(session, clinics, me),
        today=today,
        per_page=per_page,
        csv_query=view_query(view, page=1),
    )


def _day(value: Any) -> date:
    """A date as the database gives it back (SQLite: text where an expression made it)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _work_row(
    today: date,
    line: ClaimLine,
    claim: Claim,
    patient: Patient,
    payer: Payer,
    clinic: str,
    worker: str | None,
    denied_on: Any,
    group: str | None,
) -> dict[str, Any]:
    day = _day(denied_on)
    reason = explain(line.denial_carc, line.denial_rarc, advice=False)
    return {
        **denied_line(line, claim),
        "reason": reason,
        # the list's cell: the CARC's words, then the remark's code with its words to hover
        "words": explain(line.denial_carc, advice=False).removeprefix(f"CARC {line.denial_carc}: "),
        "remark": remark(line.denial_rarc, advice=False).removeprefix(f"RARC {line.denial_rarc}: ")
        if line.denial_rarc
        else "",
        "control_number": claim.control_number,
        "patient": f"{patient.last_name}, {patient.first_name}",
        "patient_id": claim.patient_id,
        "payer": payer.name,
        "clinic": clinic,
        "clinic_id": claim.clinic_id,
        "group": group or "",
        "denied_on": day,
        "days": max(0, (today - day).days),
        "assigned_user_id": claim.assigned_user_id,
        "assigned_to": worker or "",
    }


def _payers(session: Session, clinics: list[int]) -> list[tuple[int, str]]:
    """The payers with a denied line in the clinics, by name."""
    rows = session.exec(
        select(Payer.id, Payer.name)
        .join(Claim, col(Claim.payer_id) == Payer.id)
        .join(ClaimLine, col(ClaimLine.claim_id) == Claim.id)
        .where(col(Claim.clinic_id).in_(clinics), col(ClaimLine.status) == ClaimLineStatus.denied)
        .distinct()
        .order_by(Payer.name)
    ).all()
    return [(pid or 0, name) for pid, name in rows]


def _reasons(session: Session, clinics: list[int]) -> list[tuple[str, str]]:
    """The reasons the denied lines in the clinics carry, as the address writes them with their words:
    each group, then each CARC (in number order), then each group and CARC together."""
    group = _group_of_line()
    found = session.exec(
        select(group, ClaimLine.denial_carc)
        .join(Claim, col(Claim.id) == ClaimLine.claim_id)
        .where(col(Claim.clinic_id).in_(clinics), col(ClaimLine.status) == ClaimLineStatus.denied)
        .distinct()
    ).all()
    groups = sorted({g for g, _ in found if g})
    codes = sorted({c for _, c in found if c}, key=lambda c: (len(c), c))
    words = {c: explain(c, advice=False).removeprefix(f"CARC {c}: ").rstrip(".") for c in codes}
    return [
        *((g, f"{g}, any code ({_GROUP_WORDS.get(g, GROUPS.get(g, g))})") for g in groups),
        *((c, f"{c}: {_short(words[c])}") for c in codes),
    ]


def _short(text: str, most: int = 60) -> str:
    return text if len(text) <= most else text[: most - 1].rsplit(" ", 1)[0] + "…"


def _assignees(session: Session, clinics: list[int], me: int) -> list[tuple[str, str]]:
    """Mine, unassigned, then everyone who may work a claim of the clinics, by name."""
    people = {uid: name for clinic, uid, name in assignable_in(session, clinics)}
    others = sorted(((str(uid), name) for uid, name in people.items() if uid != me), key=lambda p: p[1])
    return [("mine", ASSIGNEE_WORDS["mine"]), ("none", ASSIGNEE_WORDS["none"]), *others]


def export_denials(
    session: Session, *, actor: Actor, view: DenialView | None = None, today: date | None = None
) -> Export:
    """Every denied line the view finds (with none, every one the asker may see), in the work list's
    order, with its claim number, patient, payer, reason in words, the day it was denied and who works
    it, read a chunk at a time; audited as one export with the view's filters and once per patient in
    it, before the first row is read."""
    view = view or DenialView()
    day = today or utcnow().date()
    clinics = require_anywhere(session, actor, Action.claim_read)
    found = _denial_select(clinics, view, actor.user_id, day, *_list_columns())
    stmt = _with_names(found).order_by(*_denial_order(view))
    whose = _denial_select(
        clinics, view, actor.user_id, day, col(Claim.clinic_id).label("cl"), col(Claim.patient_id).label("pt")
    ).subquery()
    patients = select(whose.c.cl, whose.c.pt).distinct()
    filters = {
        "payer_id": view.payer_id,
        "clinic_id": view.clinic_id,
        "reason": view.reason,
        "assignee": view.assignee,
        "age": view.age,
        "sort": "" if view.sort == DEFAULT_SORT else view.sort,
    }
    return export(
        session,
        actor,
        what="denials",
        filters=filters,
        stmt=stmt,
        row=lambda r: _denied_row(day, *r),
        patients=patients,
    )


def _denied_row(day: date, *row: Any) -> dict[str, Any]:
    worked = _work_row(day, *row)
    return {**worked, "reason": explain(worked["carc"], worked["rarc"])}
