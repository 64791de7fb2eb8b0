"""A table in a PDF (the patient statement's) lines up: each amount ends where its heading ends, each
text starts where its heading starts, and a long text is cut before the next column instead of
running into it (issue #20: amounts stood right of their headings, 'What' ran into 'Insurance paid').
Read from the page's own drawing commands, measured with the font's widths."""

import re
import zlib

import pytest

from core.billing.ledger import STATEMENT_COLUMNS, _money
from core.pdf import Column, Table, document

LONG = "Visit: 97110 therapeutic exercise x2, 97140 manual therapy x1, 97530 therapeutic activities x1"


def _drawn(pdf: bytes) -> list[tuple[float, float, str, str]]:
    """(x, y, font, text) of each text the page draws, x and y in points."""
    fonts = {"/F1": "B", "/F2": ""}  # the title's and headings' bold, then the body's regular
    drawn, font = [], ""
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            content = zlib.decompressobj().decompress(stream).decode("latin-1")
        except zlib.error:
            continue
        for name, x, y, text in re.findall(
            r"BT (/F\d+) [\d.]+ Tf ET|BT ([\d.]+) ([\d.]+) Td \((.*?)\) Tj ET", content
        ):
            if name:
                font = fonts.get(name, "")
            else:
                drawn.append((float(x), float(y), font, text))
    return drawn


def _width(text: str, style: str) -> float:
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", style, 11)
    return float(pdf.get_string_width(text))


def _rows(pdf: bytes, heading: str) -> list[list[tuple[float, float, str]]]:
    """Each line of the table from its heading on: (left, right, text) of its pieces, left to right."""
    by_y: dict[float, list[tuple[float, float, str]]] = {}
    for x, y, style, text in _drawn(pdf):
        by_y.setdefault(y, []).append((x, x + _width(text, style), text))
    lines = [sorted(by_y[y]) for y in sorted(by_y, reverse=True)]
    start = next(i for i, line in enumerate(lines) if any(t == heading for *_, t in line))
    return lines[start:]


@pytest.mark.parametrize(
    "rows",
    [
        [("11/03/2026", LONG, 9340, 2335, 0)],
        [("11/10/2026", "Visit: 97110 x3", 10200, 2550, 0), ("11/15/2026", "Payment, card 1234", 0, 0, 4885)],
        [("01/02/2027", "W" * 80, 1234567, 987654, 1234567)],  # wide letters, big amounts
        [("12/31/2026", "Opening balance", 0, 5, 0)],
    ],
)
def test_the_statements_columns_line_up(rows: list[tuple[str, str, int, int, int]]) -> None:
    table = Table(STATEMENT_COLUMNS, tuple((d, w, _money(i), _money(o), _money(p)) for d, w, i, o, p in rows))
    header, *body = _rows(document("Patient statement", ["Clinic", "", table, "", "Amount due"]), "Date")
    assert [t for *_, t in header] == [c.heading for c in STATEMENT_COLUMNS]
    assert len(body) >= len(rows)
    for line in body[: len(rows)]:
        assert len(line) == len(STATEMENT_COLUMNS), line
        for (_, right, _), (next_left, _, _) in zip(line, line[1:], strict=False):
            assert right < next_left - 2, line  # nothing runs into the next column
        for column, heading, piece in zip(STATEMENT_COLUMNS, header, line, strict=True):
            if column.align == "R":
                assert abs(piece[1] - heading[1]) < 0.5, (column.heading, piece, heading)
            else:
                assert abs(piece[0] - heading[0]) < 0.5, (column.heading, piece, heading)
    described = [line[1][2] for line in body[: len(rows)]]
    assert all(text == w or text.endswith("...") for text, (_, w, *_) in zip(described, rows, strict=True))


def test_a_table_keeps_its_text_whole_when_it_fits() -> None:
    table = Table((Column("Name", 0.5), Column("Paid", 0.5, "R")), (("Maria Lopez", "$1.00"),))
    header, row = _rows(document("T", [table]), "Name")[:2]
    assert [t for *_, t in row] == ["Maria Lopez", "$1.00"]
