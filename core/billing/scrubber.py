"""The claim scrubber: each rule a small pure function over one claim's facts, with an id, a severity
and a message that tells the biller how to fix what it found.

A claim with an error is held on the work list; warnings travel with a claim that goes out.
The facts are gathered from the record by `core.billing.claims`; nothing here reads the database.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from core.billing.coding import (
    ASSISTANT_MODIFIER,
    DISCIPLINE_MODIFIER,
    EVALUATION_KINDS,
    UNATTENDED_STIM_CODES,
    PayerRules,
    passes_kx_threshold,
    units_for,
)
from core.billing.reference import codes, ncci_pairs
from core.enums import ASSISTANT_CREDENTIALS
from core.identifiers import npi_valid
from core.plans.rules import is_icd10
from core.words import counted, dollars

ERROR, WARNING = "error", "warning"
DISTINCT_MODIFIERS = frozenset({"59", "XE", "XS", "XP", "XU"})
MAX_DIAGNOSES = 12  # 837P HI segment: at most 12 diagnosis codes per claim


@dataclass(frozen=True)
class LineFacts:
    number: int
    cpt: str
    modifiers: tuple[str, ...]
    units: int
    minutes: int
    pointers: tuple[int, ...]
    charge_cents: int = 0


@dataclass(frozen=True)
class AuthorizationFacts:
    start: date
    end: date
    visits_approved: int
    visits_used: int


@dataclass(frozen=True)
class PlanFacts:
    start: date
    end: date
    signed_on: date | None


@dataclass(frozen=True)
class ClaimFacts:
    discipline: str
    service_date: date
    today: date
    lines: tuple[LineFacts, ...]
    diagnosis_codes: tuple[str, ...]
    # Who furnished the service (an assistant's lines carry CQ or CO), and the identifiers of the
    # provider the claim renders under (core.billing.rendering): what the 837P will send.
    provider_credential: str
    rendering_npi: str | None
    rendering_taxonomy: str | None
    billing_npi: str | None
    billing_tax_id: str | None
    payer: PayerRules = PayerRules()
    authorization: AuthorizationFacts | None = None
    plan: PlanFacts | None = None
    spent_before_cents: int = 0
    duplicate_claim_ids: tuple[int, ...] = ()
    # The same claims as the biller names them (their control numbers, in the same order), and whose
    # they are: what the duplicate rule says, never a database id.
    duplicate_controls: tuple[str, ...] = ()
    patient_name: str = ""
    # The visit's timed minutes as the note records them, codes that earned no unit included: the
    # 8-minute rule counts them all. None: only the claim lines' minutes are known.
    note_timed_minutes: int | None = None
    # False: an assistant furnished the service and no supervising therapist is known (none co-signed
    # the note, none is named on the assistant's profile), so the claim can name no rendering provider.
    rendering_known: bool = True
    # A corrected claim (frequency 7) with no change saved since it was reopened: it would go out as an
    # identical copy of the claim the payer answered.
    replacement_unchanged: bool = False

    @property
    def total_cents(self) -> int:
        return sum(line.charge_cents for line in self.lines)


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: str
    message: str
    line_number: int | None = None


# A rule's check: each problem it finds on a claim, as (message, line number or None for the claim).
Check = Callable[[ClaimFacts], Iterator[tuple[str, int | None]]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    check: Check
    summary: str = field(default="")


RULES: list[Rule] = []


def on_line(line: LineFacts, says: str) -> tuple[str, int]:
    """A finding on one claim line, named by its number and code as the work list shows it."""
    return f"line {line.number} ({line.cpt}): {says}", line.number


def rule(rule_id: str, severity: str = ERROR) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        RULES.append(Rule(rule_id, severity, check, (check.__doc__ or "").strip()))
        return check

    return register


# Each rule as a biller names it on a page; its id stays the stored, stable key.
RULE_LABELS = {
    "discipline-modifier": "Therapy modifier (GP, GO, GN)",
    "assistant-modifier": "Assistant modifier (CQ, CO)",
    "units-over-minutes": "Units for the minutes",
    "authorization": "Prior authorization",
    "plan-of-care": "Plan of care",
    "ncci-pair": "NCCI code pair",
    "unattended-stim-code": "Electrical stimulation code",
    "kx-modifier": "KX modifier (therapy threshold)",
    "medical-review": "Medical review threshold",
    "diagnosis": "Diagnosis codes",
    "supervising-therapist": "Supervising therapist",
    "provider-ids": "Provider and clinic IDs",
    "timely-filing": "Timely filing",
    "duplicate": "Duplicate claim",
    "assistant-evaluation": "Evaluation by an assistant",
    "corrected-unchanged": "Corrected claim with no change",
}


def rule_label(rule_id: str) -> str:
    """A rule's name in words ('plan-of-care' -> 'Plan of care'); an id with no label (a rule since
    retired, say) as its words, dashes to spaces, first letter capital."""
    return RULE_LABELS.get(rule_id) or rule_id.replace("-", " ").capitalize()


def scrub(facts: ClaimFacts) -> list[Finding]:
    """Every rule's findings on one claim, in rule order."""
    return [Finding(r.id, r.severity, message, line) for r in RULES for message, line in r.check(facts)]


def blocking(findings: list[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


@rule("discipline-modifier")
def discipline_modifier(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """Every therapy line carries GP, GO or GN for the plan of care's discipline, and only that one."""
    wanted = DISCIPLINE_MODIFIER[facts.discipline]
    for line in facts.lines:
        present = [m for m in line.modifiers if m in DISCIPLINE_MODIFIER.values()]
        if wanted not in present:
            yield on_line(line, f"add {wanted} for a {facts.discipline} plan of care")
        for other in (m for m in present if m != wanted):
            yield on_line(line, f"remove {other}; this is {facts.discipline} care ({wanted})")


@rule("assistant-modifier")
def assistant_modifier(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """A PTA's or OTA's service carries CQ or CO (paid at 85 %); a therapist's does not."""
    wanted = ASSISTANT_MODIFIER.get(facts.discipline)
    assistant = facts.provider_credential in ASSISTANT_CREDENTIALS
    for line in facts.lines:
        kind = codes().get(line.cpt)
        if (
            assistant
            and wanted
            and wanted not in line.modifiers
            and not (kind and kind.kind in EVALUATION_KINDS)
        ):
            yield on_line(line, f"furnished by a {facts.provider_credential}; add {wanted}")
        for other in (m for m in line.modifiers if m in ASSISTANT_MODIFIER.values() and m != wanted):
            yield on_line(line, f"{other} does not belong on {facts.discipline} care")


@rule("units-over-minutes")
def units_over_minutes(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """Timed units no more than the minutes allow under the payer's unit rule."""
    reference = codes()
    timed = [line for line in facts.lines if line.cpt in reference and reference[line.cpt].timed]
    for line in timed:
        if line.minutes <= 0:
            yield on_line(line, "a timed code needs its minutes from the note")
    for line in (
        x for x in facts.lines if x.cpt in reference and not reference[x.cpt].timed and x.units != 1
    ):
        yield on_line(line, f"a service-based code bills 1 unit, not {line.units}")
    if facts.payer.unit_rule == "cms":
        minutes = sum(line.minutes for line in timed)
        if facts.note_timed_minutes is not None:
            minutes = max(minutes, facts.note_timed_minutes)
        allowed = units_for(minutes)
        billed = sum(line.units for line in timed)
        if billed > allowed:
            yield (
                f"{billed} timed units billed but {minutes} timed minutes allow {allowed} under the 8-minute "
                "rule; lower the units",
                None,
            )
    else:
        for line in timed:
            allowed = units_for(line.minutes)
            if line.units > allowed:
                yield on_line(
                    line,
                    f"{counted(line.units, 'unit')} billed but {line.minutes} minutes allow {allowed} "
                    f"under {facts.payer.name}'s per-code rule",
                )


@rule("authorization")
def authorization(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """A payer that requires prior authorization has one in force, with visits left, on the date."""
    if not facts.payer.requires_authorization:
        return
    auth = facts.authorization
    if auth is None:
        yield f"{facts.payer.name} requires prior authorization and none is on file: request one", None
    elif not auth.start <= facts.service_date <= auth.end:
        yield (
            f"the authorization runs {auth.start} to {auth.end} and does not cover {facts.service_date}: "
            "request an extension or a new one",
            None,
        )
    elif auth.visits_used > auth.visits_approved:
        yield (
            f"the authorization allowed {auth.visits_approved} visits and {auth.visits_used} were used: "
            "ask the payer for more visits before sending",
            None,
        )


@rule("plan-of-care")
def plan_of_care(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """A plan of care covers the date and the physician has signed (certified) it."""
    plan = facts.plan
    if plan is None:
        yield f"no {facts.discipline} plan of care covers {facts.service_date}: write and certify one", None
    elif facts.service_date > plan.end:
        yield f"the plan of care expired on {plan.end}: recertify it before billing this visit", None
    elif plan.signed_on is None:
        yield "the physician has not signed the plan of care: chase the certification", None


@rule("ncci-pair")
def ncci_pair(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """NCCI procedure-to-procedure pairs billed together carry 59 or an X modifier on column two."""
    present = {line.cpt for line in facts.lines}
    if {"97530", "97140"} <= present and facts.payer.denies_97530_with_97140:
        yield f"{facts.payer.name} denies 97530 with 97140 on one day even with 59: bill only one", None
    if not facts.payer.applies_ncci:
        return
    for line in facts.lines:
        for pair in ncci_pairs():
            if pair.column_two != line.cpt or pair.column_one not in present:
                continue
            if not pair.modifier_allowed:
                yield (
                    f"line {line.number} ({line.cpt}) is bundled into {pair.column_one}: remove it",
                    line.number,
                )
            elif not DISTINCT_MODIFIERS & set(line.modifiers):
                yield (
                    f"line {line.number} ({line.cpt}) pairs with {pair.column_one} under NCCI: "
                    "add 59 or XU if the note shows separate time blocks, or remove the line",
                    line.number,
                )


@rule("unattended-stim-code")
def unattended_stim_code(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """Unattended electrical stimulation billed as the payer's code: G0283 for Medicare, 97014 for
    other payers (Medicare does not pay 97014). The coder bills the payer's code; a claim whose payer
    changed after signing is where this finds one."""
    wanted = facts.payer.unattended_stim_code
    for line in facts.lines:
        if line.cpt in UNATTENDED_STIM_CODES and line.cpt != wanted:
            yield on_line(
                line,
                f"{facts.payer.name} pays unattended electrical stimulation as {wanted}, not {line.cpt}, "
                "and denies this line: remove it, or void the claim if the visit went to the wrong payer",
            )


@rule("kx-modifier")
def kx_modifier(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """KX on every line once the year's therapy spending passes the payer's threshold."""
    threshold = facts.payer.kx_threshold_cents
    if threshold is None or not passes_kx_threshold(facts.spent_before_cents + facts.total_cents, threshold):
        return
    for line in facts.lines:
        if "KX" not in line.modifiers:
            yield on_line(
                line,
                f"spending this year passes {dollars(threshold)}; add KX if the note supports medical "
                "necessity",
            )


@rule("medical-review", severity=WARNING)
def medical_review(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """Past the targeted-review amount the claim may be reviewed: the notes must be complete."""
    threshold = facts.payer.review_threshold_cents
    if threshold is not None and facts.spent_before_cents + facts.total_cents > threshold:
        yield (
            f"spending this year passes {dollars(threshold)}: the claim may go to targeted medical review",
            None,
        )


@rule("diagnosis")
def diagnosis(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """ICD-10-CM codes present and well formed, and every line points at one of them."""
    if not facts.diagnosis_codes:
        yield "no diagnosis code: add the plan of care's ICD-10 codes", None
    if len(facts.diagnosis_codes) > MAX_DIAGNOSES:
        yield f"{len(facts.diagnosis_codes)} diagnosis codes: a claim holds at most {MAX_DIAGNOSES}", None
    for code in facts.diagnosis_codes:
        if not is_icd10(code):
            yield (
                f"{code!r} is not an ICD-10-CM code (letter, two characters, then a dot and up to four)",
                None,
            )
    for line in facts.lines:
        if not line.pointers:
            yield on_line(line, "point it at a diagnosis")
        elif any(not 1 <= p <= len(facts.diagnosis_codes) for p in line.pointers):
            yield on_line(line, "a diagnosis pointer points at no code")
        elif len(line.pointers) > 4:
            yield on_line(line, "a line points at four diagnoses at most")


@rule("supervising-therapist")
def supervising_therapist(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """An assistant's claim renders under a supervising therapist: one co-signed the note or is named
    on the assistant's profile (Medicare Benefit Policy Manual ch. 15 §230)."""
    if not facts.rendering_known:
        yield (
            f"furnished by a {facts.provider_credential}, and an assistant is never the rendering provider; "
            "no supervising therapist co-signed the note or is named on the assistant's profile: ask the "
            "owner to name the assistant's supervising therapist on the providers page, then scrub it again",
            None,
        )


@rule("provider-ids")
def provider_ids(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """Rendering provider's NPI and taxonomy, and the clinic's NPI and tax id, present and valid."""
    if facts.rendering_known:
        who = (
            "the supervising therapist the claim renders under"
            if facts.provider_credential in ASSISTANT_CREDENTIALS
            else "the rendering provider"
        )
        if not facts.rendering_npi:
            yield f"{who} has no NPI: add it to the provider's profile", None
        elif not npi_valid(facts.rendering_npi):
            yield f"{who}'s NPI fails its check digit: correct it", None
        if not facts.rendering_taxonomy:
            yield f"{who} has no taxonomy code: add it to the provider's profile", None
    if not facts.billing_npi or not npi_valid(facts.billing_npi):
        yield "the clinic's billing NPI is missing or invalid: correct it in the clinic settings", None
    if not facts.billing_tax_id:
        yield "the clinic's tax id is missing: add it in the clinic settings", None


@rule("timely-filing")
def timely_filing(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """Sent within the payer's timely-filing window from the date of service."""
    deadline = facts.service_date + timedelta(days=facts.payer.timely_filing_days)
    if facts.today > deadline:
        yield (
            f"{facts.payer.name} takes claims up to {facts.payer.timely_filing_days} days after service; the "
            f"window closed on {deadline}: write it off or send proof of timely filing",
            None,
        )


@rule("duplicate")
def duplicate(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """No other claim for the same patient, payer, day and codes."""
    for n, _ in enumerate(facts.duplicate_claim_ids):
        yield (
            duplicate_words(facts.patient_name, facts.service_date, facts.duplicate_controls[n : n + 1]),
            None,
        )


def duplicate_words(patient: str, served: date, control: tuple[str, ...]) -> str:
    """A duplicate claim named as a biller names it (pure): the patient's claim for the date of service,
    with its control number where it is known."""
    whose = f"{patient}'s" if patient else "The patient's"
    number = f" ({control[0]})" if control and control[0] else ""
    return (
        f"{whose} claim for {served:%m/%d/%Y}{number} already bills these codes to this payer: "
        "void one of them"
    )


@rule("assistant-evaluation")
def assistant_evaluation(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """Evaluations and re-evaluations are the therapist's, never an assistant's."""
    if facts.provider_credential not in ASSISTANT_CREDENTIALS:
        return
    for line in facts.lines:
        known = codes().get(line.cpt)
        if known and known.kind in EVALUATION_KINDS:
            yield on_line(
                line,
                f"a {facts.provider_credential} may not bill an {known.kind}; "
                "the supervising therapist must perform and bill it",
            )


@rule("corrected-unchanged")
def corrected_unchanged(facts: ClaimFacts) -> Iterator[tuple[str, int | None]]:
    """A corrected claim goes out only once something on it was changed: a replacement identical to the
    claim the payer answered is denied again (a duplicate, or the same reason)."""
    if facts.replacement_unchanged:
        yield (
            "this corrected claim is still the same as the claim the payer answered: save the correction "
            "the denial asks for (the line's code, units or modifiers, or the diagnoses) before it goes, "
            "or appeal the claim instead of sending it again",
            None,
        )
