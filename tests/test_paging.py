"""The page count every paged list uses (core.paging): table rows and a property."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.paging import page_count


@pytest.mark.parametrize(
    ("total", "per_page", "pages"),
    [(0, 60, 1), (1, 60, 1), (60, 60, 1), (61, 60, 2), (92, 60, 2), (121, 60, 3), (16686, 50, 334)],
)
def test_page_count(total: int, per_page: int, pages: int) -> None:
    assert page_count(total, per_page) == pages


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=500))
def test_the_pages_hold_every_row_and_no_empty_page_but_the_only_one(total: int, per_page: int) -> None:
    pages = page_count(total, per_page)
    assert pages * per_page >= total
    assert pages == 1 or (pages - 1) * per_page < total
