"""The note's total treatment time, as the signing confirmation and the exported note word it."""

from datetime import date

import pytest

from core.notes.signing import CodeLine, SigningSummary, summary_lines
from core.notes.workflow import treatment_minutes, treatment_time_words


@pytest.mark.parametrize(
    ("total", "words"),
    [
        (0, "Total treatment time: not recorded"),
        (1, "Total treatment time: 1 minute"),
        (40, "Total treatment time: 40 minutes"),
        (53, "Total treatment time: 53 minutes"),
    ],
)
def test_treatment_time_words(total: int, words: str) -> None:
    assert treatment_time_words(total) == words


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        # an evaluation billed with no minutes said: nothing timed, no time at all
        ([{"code": "97162", "units": 1, "minutes": 0}], (0, 0)),
        # an evaluation whose minutes were said counts in the total, not in the timed minutes
        (
            [{"code": "97162", "units": 1, "minutes": 30}, {"code": "97110", "units": 1, "minutes": 15}],
            (15, 45),
        ),
        ([{"code": "97110", "units": 2, "minutes": 25}], (25, 25)),
    ],
)
def test_treatment_minutes(codes: list[dict], expected: tuple[int, int]) -> None:
    assert treatment_minutes(codes) == expected


def test_an_untimed_code_alone_is_not_attested_as_a_visit_of_no_time() -> None:
    summary = SigningSummary(
        served=date(2026, 12, 7),
        lines=(CodeLine("97162", ("GP",), 1, 0),),
        timed_minutes=0,
        total_minutes=0,
        marks=(),
        late=False,
    )
    lines = summary_lines(summary)
    assert "97162 GP: 1 unit" in lines
    assert "Total timed minutes: 0" in lines
    assert "Total treatment time: not recorded" in lines
    assert not any("0 minutes" in line for line in lines)
