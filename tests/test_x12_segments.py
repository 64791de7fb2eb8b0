"""X12 segments one function at a time: building elements and money, and reading an interchange back."""

from collections.abc import Callable
from datetime import date

import pytest

from core.billing.x12.segments import (
    Composite,
    X12Error,
    cents,
    clean,
    d8,
    elements_of,
    money,
    parse_d8,
    segment,
    split,
    transaction,
)


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


ISA = (
    "ISA*00*"
    + " " * 10
    + "*00*"
    + " " * 10
    + "*ZZ*SENDER         *ZZ*RECEIVER       *260309*1200*^*00501*000000001*0*P*:~"
)


def _interchange(*segments: str) -> str:
    return ISA + "\n" + "\n".join(s + "~" for s in segments) + "\n"


@pytest.mark.parametrize(
    ("segments", "code", "tags"),
    [
        (
            ("GS*HP*A*B", "ST*835*0001", "BPR*I*10", "SE*3*0001", "GE*1*1"),
            "835",
            ["ISA", "GS", "BPR", "SE", "GE"],
        ),
        (("GS*HN*A*B", "ST*277*0001", "HL*1**20*1", "SE*3*0001"), "277", ["ISA", "GS", "HL", "SE"]),
        # two transaction sets of the same kind: both read, neither ST given back
        (
            ("ST*835*0001", "TRN*1*A", "SE*2*0001", "ST*835*0002", "TRN*1*B"),
            "835",
            ["ISA", "TRN", "SE", "TRN"],
        ),
    ],
)
def test_a_transaction_gives_its_segments_without_the_st(
    segments: tuple[str, ...], code: str, tags: list[str]
) -> None:
    assert [row[0] for row in transaction(_interchange(*segments), code)] == tags


@pytest.mark.parametrize(
    ("segments", "code", "said"),
    [
        (("GS*HP*A*B", "BPR*I*10"), "835", "no ST*835 transaction set in the file"),
        (("GS*HN*A*B", "HL*1**20*1"), "277", "no ST*277 transaction set in the file"),
        (("ST*277*0001",), "835", "transaction set 277 is not an 835"),
        (("ST*835*0001",), "277", "transaction set 835 is not a 277"),
        (("ST*835*0001", "SE*2*0001", "ST*837*0002"), "835", "transaction set 837 is not an 835"),
        (("ST",), "835", "a ST segment is missing required elements"),
    ],
)
def test_a_file_of_another_transaction_or_none_is_refused_in_words(
    segments: tuple[str, ...], code: str, said: str
) -> None:
    with pytest.raises(X12Error) as refused:
        list(transaction(_interchange(*segments), code))
    assert str(refused.value) == said


def test_a_transaction_is_read_in_order_so_a_broken_segment_before_its_st_is_named_first() -> None:
    read = transaction(_interchange("GS*HP*A*B", "ST*277*0001"), "835")
    assert [next(read)[0], next(read)[0]] == ["ISA", "GS"]
    with pytest.raises(X12Error, match="is not an 835"):
        next(read)


@pytest.mark.parametrize(
    ("read", "said"),
    [
        (lambda: ["SVC"][1], "a SVC segment is missing required elements"),
        (lambda: "HC".split(":")[1], "a SVC segment is missing required elements"),
    ],
)
def test_an_element_a_segment_lacks_is_named_by_its_segment(read: Callable[[], object], said: str) -> None:
    with pytest.raises(X12Error) as refused, elements_of("SVC"):
        read()
    assert str(refused.value) == said
    assert isinstance(refused.value.__cause__, IndexError)


@pytest.mark.parametrize("error", [KeyError("x"), X12Error("kept as said"), ValueError("v")])
def test_any_other_error_passes_through_elements_of_unchanged(error: Exception) -> None:
    with pytest.raises(type(error)) as raised, elements_of("CLP"):
        raise error
    assert raised.value is error
