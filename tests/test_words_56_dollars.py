"""Money in words (core.words.dollars): one format for every message, audit line and page notice that
names an amount, "$1,234.56", where core/ and web/ each wrote `${cents / 100:,.2f}` inline (#22)."""

import pytest

from core.billing.expected import LineExpectation, underpayment_words
from core.billing.ledger import _money
from core.words import dollars


@pytest.mark.parametrize(
    ("cents", "written"),
    [
        (0, "$0.00"),
        (5, "$0.05"),
        (99, "$0.99"),
        (100, "$1.00"),
        (12_345, "$123.45"),
        (123_456, "$1,234.56"),
        (100_000_000, "$1,000,000.00"),
        # A negative amount keeps the inline format's "$-" (what the messages said before the helper).
        (-250, "$-2.50"),
    ],
)
def test_cents_are_written_as_dollars(cents: int, written: str) -> None:
    assert dollars(cents) == written


@pytest.mark.parametrize("cents", [0, 1, 10, 101, 99_999, 1_234_567, -1, -123_456])
def test_dollars_write_what_the_inline_format_wrote(cents: int) -> None:
    assert dollars(cents) == f"${cents / 100:,.2f}"


# Callers whose words must not change: the underpayment finding, and the patient statement's amounts
# (a credit written "-$2.50", its sign before the dollar sign).
@pytest.mark.parametrize(
    ("expected", "allowed", "reduction", "said"),
    [
        (10_000, 8_000, 0, "97110 allowed $80.00, expected $100.00: underpaid by $20.00"),
        (
            123_456,
            100_000,
            18_516,
            "97110 allowed $1,000.00, expected $1,234.56 (85 % of the fee: an assistant's service, CQ): "
            "underpaid by $234.56",
        ),
    ],
)
def test_the_underpayment_finding_names_its_amounts_as_before(
    expected: int, allowed: int, reduction: int, said: str
) -> None:
    expectation = LineExpectation(
        expected_cents=expected,
        reduction_cents=reduction,
        allowed_cents=allowed,
        underpaid_cents=expected - allowed,
    )
    assert underpayment_words("97110", "GP CQ", expectation) == said


@pytest.mark.parametrize(
    ("cents", "written"), [(250, "$2.50"), (-250, "-$2.50"), (0, "$0.00"), (-123_456, "-$1,234.56")]
)
def test_the_statement_writes_a_credit_with_its_sign_first(cents: int, written: str) -> None:
    assert _money(cents) == written
