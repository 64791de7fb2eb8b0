"""X12 segments one function at a time: building elements and money, and reading an interchange back."""

from datetime import date

import pytest

from core.billing.x12.segments import Composite, X12Error, cents, clean, d8, money, parse_d8, segment, split


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("smith*jr", "SMITH JR"),
        ("  a:b^c~d ", "A B C D"),
        ("line\r\nbreak", "LINE  BREAK"),
        (None, ""),
        (97110, "97110"),
    ],
)
def test_clean_takes_out_every_delimiter(value: object, expected: str) -> None:
    assert clean(value) == expected


@pytest.mark.parametrize(
    ("tag", "elements", "expected"),
    [
        ("NM1", ("IL", "1", "Doe", "", ""), "NM1*IL*1*DOE~"),
        ("SV1", (Composite(("HC", "97110", "GP", "")), "62.5"), "SV1*HC:97110:GP*62.5~"),
        ("SE", (), "SE~"),
    ],
)
def test_a_segment_drops_trailing_empty_elements(tag: str, elements: tuple, expected: str) -> None:
    assert segment(tag, *elements) == expected


@pytest.mark.parametrize(
    ("amount", "written"),
    [(0, "0"), (100, "1"), (6250, "62.5"), (6205, "62.05"), (-1999, "-19.99"), (1, "0.01")],
)
def test_money_is_written_short_and_read_back_exactly(amount: int, written: str) -> None:
    assert money(amount) == written
    assert cents(written) == amount


@pytest.mark.parametrize("value", ["", "12.345", "1,00", "abc", "--1"])
def test_an_amount_that_is_not_one_is_refused(value: str) -> None:
    with pytest.raises(X12Error):
        cents(value)


def test_dates_go_out_as_ccyymmdd_and_a_bad_one_is_refused() -> None:
    assert d8(date(2026, 3, 9)) == "20260309"
    assert parse_d8("20260309") == date(2026, 3, 9)
    with pytest.raises(X12Error):
        parse_d8("20261309")


def test_split_uses_the_delimiters_the_isa_declares() -> None:
    isa = (
        "ISA|00|"
        + " " * 10
        + "|00|"
        + " " * 10
        + "|ZZ|SENDER         |ZZ|RECEIVER       |260309|1200|^|00501|000000001|0|P|:"
    )
    assert len(isa) == 105
    text = isa + "!\nGS|HP|A|B!\r\nIEA|1|000000001!"
    assert [row[0] for row in split(text)] == ["ISA", "GS", "IEA"]
    assert split(text)[1] == ["GS", "HP", "A", "B"]


def test_what_is_not_an_interchange_is_refused() -> None:
    with pytest.raises(X12Error):
        split("GS*HP*A*B~")
