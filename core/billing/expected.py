"""What a payer is expected to allow for a claim line, and whether its 835 allowed less: the amount a
biller compares a remittance with before chasing an underpayment.

Pure functions over plain data. A line's expected amount is its charge (the payer's own fee schedule
priced it), less Medicare's payment reduction for services an assistant furnished in whole or in part:
a line carrying CQ (PTA) or CO (OTA) is paid at 85 % of the fee schedule amount (Bipartisan Budget Act
of 2018 s. 53107; 42 CFR 410.59(a)(4) and 410.60(a)(4), from 2022). Other payers set their own terms in
their contracts, which the clinic's fee schedule for them need not hold (a commercial plan or Medicaid
allowing less than the fee with CO-45 is its contract, as the KPIs count it: core.kpis.formulas), so an
underpayment is judged only where the allowed amount is known: Medicare's published fee schedule.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from core.billing.coding import ASSISTANT_MODIFIER
from core.words import dollars

ASSISTANT_MODIFIERS = frozenset(ASSISTANT_MODIFIER.values())
ASSISTANT_PAYMENT_PERCENT = 85
# Payer kinds (Payer.kind) that apply the CQ/CO reduction by law.
REDUCING_KINDS = frozenset({"medicare"})
# Payer kinds whose fee schedule is what they allow (published), so allowing less is an underpayment.
PUBLISHED_KINDS = frozenset({"medicare"})
# The payer's adjustment groups that take money off what it allows (PR is the patient's part of it).
TAKEN_OFF = ("CO", "OA", "PI")
# CARC 253, sequestration: Medicare's 2 % cut of its payment, taken after the allowed amount is set, so
# it is part of what the payer allowed, not a lower fee (CMS MLN Matters SE1316).
SEQUESTRATION = "253"


def assistant_reduced(modifiers: str | Iterable[str], payer_kind: str) -> bool:
    """Whether the line is paid at the assistant's rate: a CQ or CO modifier, and a payer that applies it."""
    said = modifiers.split() if isinstance(modifiers, str) else list(modifiers)
    return payer_kind in REDUCING_KINDS and any(m.upper() in ASSISTANT_MODIFIERS for m in said)


def expected_cents(charge_cents: int, modifiers: str | Iterable[str], payer_kind: str) -> int:
    """What the payer should allow for the line: its charge, or 85 % of it (rounded to the nearest cent,
    half up) for an assistant's service under Medicare."""
    if not assistant_reduced(modifiers, payer_kind):
        return charge_cents
    return (charge_cents * ASSISTANT_PAYMENT_PERCENT + 50) // 100


def allowed_cents(charge_cents: int, adjustments: Iterable[tuple[str, str, int]]) -> int:
    """What the payer allowed for a line from its 835 adjustments, (group, CARC, amount) each: the charge
    less what it took off (CO, OA, PI) other than sequestration; the patient's part (PR) is allowed."""
    taken = sum(amount for group, carc, amount in adjustments if group in TAKEN_OFF and carc != SEQUESTRATION)
    return charge_cents - taken


@dataclass(frozen=True)
class LineExpectation:
    """One answered line against what was expected of it."""

    expected_cents: int
    reduction_cents: int  # the assistant's reduction (charge less expected), 0 for a therapist's line
    allowed_cents: int
    underpaid_cents: int  # expected less allowed where the payer allowed less; 0 otherwise


def expectation(
    charge_cents: int,
    modifiers: str | Iterable[str],
    payer_kind: str,
    adjustments: Iterable[tuple[str, str, int]],
    *,
    denied: bool = False,
) -> LineExpectation:
    """A paid line compared with what it should have been allowed. A denied line is no underpayment (it
    is a denial, worked as one), allowing more than expected is nothing to chase, and a payer whose
    allowed amounts are its contract's, not a published fee schedule, is not judged (PUBLISHED_KINDS)."""
    expected = expected_cents(charge_cents, modifiers, payer_kind)
    allowed = allowed_cents(charge_cents, adjustments)
    return LineExpectation(
        expected_cents=expected,
        reduction_cents=charge_cents - expected,
        allowed_cents=allowed,
        underpaid_cents=0 if denied or payer_kind not in PUBLISHED_KINDS else max(0, expected - allowed),
    )


def underpayment_words(code: str, modifiers: str, expectation: LineExpectation) -> str:
    """The finding a biller reads on the claim and the posting: what was expected (with the reduction
    named) and what the payer allowed."""
    marked = " ".join(m for m in modifiers.split() if m.upper() in ASSISTANT_MODIFIERS)
    reduced = f" (85 % of the fee: an assistant's service, {marked})" if expectation.reduction_cents else ""
    allowed, expected = dollars(expectation.allowed_cents), dollars(expectation.expected_cents)
    short = dollars(expectation.underpaid_cents)
    return f"{code} allowed {allowed}, expected {expected}{reduced}: underpaid by {short}"
