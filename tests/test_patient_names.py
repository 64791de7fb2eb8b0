"""A patient's name is written by one pair of helpers (core.patients.models): 'First Last' where a
person is named, 'Last, First' where patients are listed. The pages, letters and lists that built the
text by hand show the same text now."""

from datetime import date, datetime

import pytest

from core.patients.models import Patient, full_name, listed_name
from core.patients.schemas import PatientRead


class _Row:
    def __init__(self, first_name: str, last_name: str) -> None:
        self.first_name, self.last_name = first_name, last_name


@pytest.mark.parametrize(
    "first, last, full, listed",
    [
        ("Amanda", "Rivera", "Amanda Rivera", "Rivera, Amanda"),
        ("Mary Ann", "de la Cruz", "Mary Ann de la Cruz", "de la Cruz, Mary Ann"),
        ("José", "O'Neil-Núñez", "José O'Neil-Núñez", "O'Neil-Núñez, José"),
        # nothing trimmed nor capitalised: the text is the record's
        ("amanda", "rivera", "amanda rivera", "rivera, amanda"),
    ],
)
def test_names_read_as_the_pages_wrote_them(first: str, last: str, full: str, listed: str) -> None:
    row = _Row(first, last)
    assert (full_name(row), listed_name(row)) == (full, listed)
    assert full_name(row) == f"{row.first_name} {row.last_name}"
    assert listed_name(row) == f"{row.last_name}, {row.first_name}"


def test_a_row_and_its_read_shape_are_named_alike() -> None:
    row = Patient(clinic_id=1, first_name="Amanda", last_name="Rivera", birth_date=date(1980, 5, 2))
    read = PatientRead.model_validate({**row.model_dump(), "id": 7, "updated_at": datetime(2026, 1, 5)})
    assert [full_name(p) for p in (row, read)] == ["Amanda Rivera"] * 2
    assert [listed_name(p) for p in (row, read)] == ["Rivera, Amanda"] * 2
