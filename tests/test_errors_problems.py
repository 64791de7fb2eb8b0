"""TherascribeError.problems: the list a check raised with, read the same way by the CLI and the pages;
TherascribeError.row_errors: a refused file's rows, as the payers page lists them."""

import pytest

from core.errors import Invalid, TherascribeError
from core.payers.fees import checked_fees


@pytest.mark.parametrize(
    ("error", "problems"),
    [
        (
            Invalid("2 problems", problems=["owner.email: missing", "payers: none"]),
            ["owner.email: missing", "payers: none"],
        ),
        (Invalid("no list given"), []),
        (TherascribeError("not a list", problems="owner.email"), []),
    ],
)
def test_problems_are_the_list_raised_or_none(error: TherascribeError, problems: list[str]) -> None:
    assert error.problems == problems


@pytest.mark.parametrize(
    ("error", "rows"),
    [
        (
            Invalid(
                "2 rows are wrong; nothing was imported",
                errors=[
                    {"row": 3, "column": "cpt", "message": "not a CPT/HCPCS code (five characters)"},
                    {"row": 4, "column": "amount", "message": "is not an amount"},
                ],
            ),
            ["row 3: not a CPT/HCPCS code (five characters)", "row 4: is not an amount"],
        ),
        (Invalid("no rows given"), []),
        (TherascribeError("not a list", errors="row 3"), []),
        (TherascribeError("not rows", errors=["row 3"]), []),
    ],
)
def test_row_errors_are_the_rows_raised_or_none(error: TherascribeError, rows: list[str]) -> None:
    assert error.row_errors == rows


def test_a_refused_fee_schedule_says_its_rows() -> None:
    with pytest.raises(Invalid) as refused:
        checked_fees("cpt,modifier,amount\n97110,,31.50\n9711,,x\n")
    assert refused.value.row_errors[0].startswith("row 3: ")
