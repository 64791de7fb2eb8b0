"""TherascribeError.problems: the list a check raised with, read the same way by the CLI and the pages."""

import pytest

from core.errors import Invalid, TherascribeError


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
