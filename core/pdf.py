"""Plain documents a clinic sends out (plans of care for certification, signed notes), as PDF."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Column:
    heading: str
    share: float  # of the line's width
    align: str = "L"  # "L" or "R" (amounts): the heading is aligned as its values are


@dataclass(frozen=True)
class Table:
    """Rows drawn in columns at fixed places (the text is proportional, so spaces cannot line them up):
    a value too long for its column is cut with '...' rather than running into the next."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]


def _latin1(text: str) -> str:
    # The core PDF fonts are Latin-1; anything else prints as '?' rather than failing the document.
    return text.encode("latin-1", "replace").decode("latin-1")


def _fitted(pdf: Any, text: str, width: float) -> str:
    room = width - 2 * pdf.c_margin
    if pdf.get_string_width(text) <= room:
        return text
    while text and pdf.get_string_width(text.rstrip() + "...") > room:
        text = text[:-1]
    return text.rstrip() + "..."


def _headings(pdf: Any, table: Table, widths: list[float]) -> None:
    pdf.set_font("Helvetica", "B", 11)
    for column, width in zip(table.columns, widths, strict=True):
        pdf.cell(width, 7, _fitted(pdf, _latin1(column.heading), width), align=column.align)
    pdf.ln(7)
    pdf.set_font("Helvetica", size=11)


def _table(pdf: Any, table: Table) -> None:
    """The table, its headings again at the top of each page it runs onto (#20: a long statement's
    second page was columns of figures with nothing to say which was which)."""
    widths = [column.share * pdf.epw for column in table.columns]
    if pdf.will_page_break(14):  # the headings never end a page without a row under them
        pdf.add_page()
    _headings(pdf, table, widths)
    for row in table.rows:
        if pdf.will_page_break(7):
            pdf.add_page()
            _headings(pdf, table, widths)
        for column, width, value in zip(table.columns, widths, row, strict=True):
            pdf.cell(width, 7, _fitted(pdf, _latin1(value), width), align=column.align)
        pdf.ln(7)


def document(title: str, lines: Sequence[str | Table]) -> bytes:
    # fpdf (with fontTools, PIL and numpy) is imported on the first document, not with core: about a
    # second that every page of the app and every CLI command would otherwise pay.
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, _latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        if isinstance(line, Table):
            _table(pdf, line)
        else:
            pdf.multi_cell(0, 7, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
