"""The coding engine: a visit's services, the payer's profile and the patient's year-to-date therapy
spending in; claim lines (code, units, modifiers, diagnosis pointers), each with its reason, out.

Pure functions over plain data, so the scribe's drafts and hand-typed notes are coded alike.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from core.billing.reference import codes, ncci_pairs
from core.enums import ASSISTANT_CREDENTIALS
from core.words import counted

DISCIPLINE_MODIFIER = {"PT": "GP", "OT": "GO", "SLP": "GN"}
# CQ/CO mark services an assistant furnished in part or whole, paid at 85 % (CMS, CY2020 PFS final
# rule; 42 CFR 410.59 and 410.60). SLPA services carry no such modifier.
ASSISTANT_MODIFIER = {"PT": "CQ", "OT": "CO"}
DE_MINIMIS = 0.10  # more than 10 % of a service furnished by an assistant (CMS de minimis standard)
EVALUATION_KINDS = frozenset({"evaluation", "re-evaluation"})
# Unattended electrical stimulation has two codes; which one a payer pays is in its rules.
UNATTENDED_STIM_CODES = frozenset({"97014", "G0283"})


class CodingError(ValueError):
    """A visit that cannot be coded as given; the message says why in words a biller uses."""


@dataclass(frozen=True)
class Service:
    code: str
    minutes: int = 0
    assistant_minutes: int = 0


@dataclass(frozen=True, kw_only=True)
class PayerRules:
    """One payer's profile as the coding engine and the claim scrubber both read it; built from the
    record by `core.billing.charges.payer_rules`."""

    name: str = "Medicare"
    unit_rule: str = "cms"  # "cms" or "per-code"
    applies_ncci: bool = True
    denies_97530_with_97140: bool = False
    ncci_modifier: str = "59"
    # Medicare pays unattended electrical stimulation as G0283; other payers as 97014.
    unattended_stim_code: str = "G0283"
    requires_authorization: bool = False
    timely_filing_days: int = 365
    kx_threshold_cents: int | None = None
    review_threshold_cents: int | None = None

    @classmethod
    def from_settings(
        cls,
        *,
        name: str,
        kind: str,
        unit_rule: str,
        applies_ncci: bool,
        denies_97530_with_97140: bool,
        requires_authorization: bool,
        timely_filing_days: int,
        thresholds: tuple[int, int] | None,
    ) -> "PayerRules":
        """A payer's rules from its settings (the payer row's columns) and the service year's KX and
        review thresholds, if it has them. What follows from the kind of payer is decided here alone:
        Medicare pays unattended electrical stimulation as G0283, not 97014 (PRODUCT.md), and takes
        the X modifiers, XU for a separate service, where other payers want 59 (CMS CR 8863, 2014)."""
        medicare = kind == "medicare"
        return cls(
            name=name,
            unit_rule=unit_rule,
            applies_ncci=applies_ncci,
            denies_97530_with_97140=denies_97530_with_97140,
            ncci_modifier="XU" if medicare else "59",
            unattended_stim_code="G0283" if medicare else "97014",
            requires_authorization=requires_authorization,
            timely_filing_days=timely_filing_days,
            kx_threshold_cents=thresholds[0] if thresholds else None,
            review_threshold_cents=thresholds[1] if thresholds else None,
        )


@dataclass(frozen=True)
class Line:
    code: str
    units: int
    minutes: int
    modifiers: tuple[str, ...]
    diagnosis_pointers: tuple[int, ...]
    reason: str


@dataclass
class Coded:
    lines: list[Line]
    warnings: list[str] = field(default_factory=list)


def units_for(minutes: int) -> int:
    """The CMS table: under 8 minutes no unit; 8-22 one; then one more for each further 15 minutes
    (Medicare Claims Processing Manual ch. 5 §20.2)."""
    return 0 if minutes < 8 else (minutes + 7) // 15


def allocate_cms(timed: dict[str, int]) -> dict[str, int]:
    """Units per code under the 8-minute rule over the visit's total timed minutes: every code first
    gets its full 15-minute units; the units left go to the codes with the most minutes left over."""
    total_units = units_for(sum(timed.values()))
    units = {code: minutes // 15 for code, minutes in timed.items()}
    left = total_units - sum(units.values())
    by_remainder = sorted(timed, key=lambda code: (-(timed[code] % 15), -timed[code], code))
    while left > 0 and by_remainder:
        for code in by_remainder:
            if left == 0:
                break
            if timed[code] > 0:
                units[code] += 1
                left -= 1
    return units


def allocate_per_code(timed: dict[str, int]) -> dict[str, int]:
    """Each timed code on its own minutes with the same table; a code under 8 minutes gets none."""
    return {code: units_for(minutes) for code, minutes in timed.items()}


def _validate(services: list[Service], discipline: str, role: str) -> None:
    reference = codes()
    seen = set()
    for service in services:
        known = reference.get(service.code)
        if known is None:
            raise CodingError(f"{service.code} is not a therapy code this clinic bills")
        if service.code in seen:
            raise CodingError(f"{service.code} is listed twice; give its minutes once")
        seen.add(service.code)
        if discipline not in known.disciplines:
            raise CodingError(f"{service.code} ({known.description}) is not a {discipline} service")
        if service.minutes < 0 or not 0 <= service.assistant_minutes <= max(service.minutes, 0) + (
            not known.timed
        ):
            raise CodingError(
                f"{service.code}: minutes must be positive and an assistant's share within them"
            )
        if known.timed and service.minutes == 0:
            raise CodingError(f"{service.code} is a timed code and needs its minutes")
        if role in ASSISTANT_CREDENTIALS and known.kind in EVALUATION_KINDS:
            raise CodingError(
                f"a {role} may not furnish {service.code} ({known.kind}); the therapist bills it"
            )


def _assistant_share(service: Service, role: str) -> bool:
    if role in ASSISTANT_CREDENTIALS:
        return True
    if not service.assistant_minutes:
        return False
    if not codes()[service.code].timed:
        return True
    return service.assistant_minutes > DE_MINIMIS * service.minutes


def passes_kx_threshold(spent_cents: int, threshold_cents: int | None) -> bool:
    """The year's therapy spending is past the payer's KX threshold (none set: never). Reaching it
    exactly is not past it."""
    return threshold_cents is not None and spent_cents > threshold_cents


def code_visit(
    services: list[Service],
    *,
    discipline: str,
    role: str,
    rules: PayerRules = PayerRules(),
    diagnosis_count: int = 1,
    year_to_date_cents: int = 0,
    visit_cents: int = 0,
) -> Coded:
    """Claim lines for one visit, each with its reason; warnings for the biller."""
    _validate(services, discipline, role)
    reference = codes()
    timed = {s.code: s.minutes for s in services if reference[s.code].timed}
    total = sum(timed.values())
    units = allocate_cms(timed) if rules.unit_rule == "cms" else allocate_per_code(timed)
    pointers = tuple(range(1, min(max(diagnosis_count, 1), 4) + 1))
    warnings: list[str] = []
    if timed and total < 8 and rules.unit_rule == "cms":
        warnings.append(f"{total} timed minutes in all: under 8, no timed unit is billable")
    spend = year_to_date_cents + visit_cents
    kx = passes_kx_threshold(spend, rules.kx_threshold_cents)
    if kx:
        warnings.append(
            "therapy spending this year passes the KX threshold: KX attests the care is still "
            "medically necessary, which the note must support"
        )
    if rules.review_threshold_cents is not None and spend > rules.review_threshold_cents:
        warnings.append("therapy spending this year passes the targeted medical review threshold")
    lines = []
    for service in services:
        known = reference[service.code]
        modifiers = [DISCIPLINE_MODIFIER[discipline]]
        assisted = _assistant_share(service, role)
        if assisted and discipline in ASSISTANT_MODIFIER:
            modifiers.append(ASSISTANT_MODIFIER[discipline])
        if kx:
            modifiers.append("KX")
        if known.timed:
            count = units[service.code]
            rule = (
                "CMS 8-minute rule: " + f"{total} timed minutes make {counted(units_for(total), 'unit')}; "
                if rules.unit_rule == "cms"
                else "per-code rule: "
            )
            reason = f"{rule}{service.minutes} minutes of {service.code} get {count}"
            if count == 0:
                warnings.append(
                    f"{service.code}: {service.minutes} minutes earn no unit under this payer's rule"
                )
                continue
        else:
            count = 1
            reason = f"{service.code} is a service-based code: one unit per visit"
        if assisted and discipline in ASSISTANT_MODIFIER:
            reason += f"; an assistant furnished more than 10 % of it ({ASSISTANT_MODIFIER[discipline]})"
        code = service.code
        if code in UNATTENDED_STIM_CODES and code != rules.unattended_stim_code:
            code = rules.unattended_stim_code
            reason += f"; {rules.name} pays unattended electrical stimulation as {code}, not {service.code}"
        lines.append(Line(code, count, service.minutes, tuple(modifiers), pointers, reason))
    return Coded(_apply_ncci(lines, rules, warnings), warnings)


def code_visit_priced(
    services: list[Service],
    *,
    discipline: str,
    role: str,
    rules: PayerRules,
    diagnosis_count: int,
    year_to_date_cents: int,
    fee_cents: Callable[[str], int],
) -> Coded:
    """The visit coded with its own charges known: coded once to price its lines (a code's fee by
    `fee_cents`), then again with that total, which the KX threshold needs."""
    code = partial(
        code_visit,
        services,
        discipline=discipline,
        role=role,
        rules=rules,
        diagnosis_count=diagnosis_count,
        year_to_date_cents=year_to_date_cents,
    )
    first = code()
    return code(visit_cents=sum(fee_cents(line.code) * line.units for line in first.lines))


def _apply_ncci(lines: list[Line], rules: PayerRules, warnings: list[str]) -> list[Line]:
    """Put the distinct-service modifier on the column-two code of each NCCI pair billed together
    (CMS NCCI Policy Manual ch. 11); a pair whose indicator is 0 cannot be unbundled."""
    present = {line.code for line in lines}
    if {"97530", "97140"} <= present and rules.denies_97530_with_97140:
        warnings.append("this payer denies 97530 with 97140 on the same day even with a modifier")
    if not rules.applies_ncci:
        return lines
    out = []
    for line in lines:
        pair = next((p for p in ncci_pairs() if p.column_two == line.code and p.column_one in present), None)
        if pair is None:
            out.append(line)
        elif pair.modifier_allowed:
            out.append(
                Line(
                    line.code,
                    line.units,
                    line.minutes,
                    (*line.modifiers, rules.ncci_modifier),
                    line.diagnosis_pointers,
                    f"{line.reason}; NCCI pairs it with {pair.column_one}: {rules.ncci_modifier} "
                    f"marks a separate time block ({pair.note})",
                )
            )
        else:
            warnings.append(f"{line.code} is bundled into {pair.column_one} and cannot be billed with it")
    return out
