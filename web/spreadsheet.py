"""A report as a CSV download: what the pages export for a spreadsheet (#20: every report exportable)."""

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

from fastapi.responses import Response, StreamingResponse

# A text cell a spreadsheet would run as a formula (a patient typed as '=HYPERLINK(...)' at the desk):
# written with a leading apostrophe, as OWASP's CSV injection advice says. Numbers are left as numbers.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value as a spreadsheet cell: None empty, text that would start a formula made plain text."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def dollars(cents: int) -> Decimal:
    """Integer cents as a spreadsheet reads money: 1234.50, no currency sign or thousands separator."""
    return Decimal(cents).scaleb(-2)


def csv_download(header: Sequence[str], rows: Iterable[Sequence[object]], filename: str) -> Response:
    """`rows` under `header` as a UTF-8 CSV file the browser saves as `filename`."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([cell(v) for v in row] for row in rows)
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


# Rows written to the response at a time: the file goes out as it is read, never whole in memory.
ROWS_PER_PIECE = 500


def csv_pieces(
    header: Sequence[str], rows: Iterable[Sequence[object]], per_piece: int = ROWS_PER_PIECE
) -> Iterator[str]:
    """The CSV text of `rows` under `header`, `per_piece` rows at a time."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for written, row in enumerate(rows, start=1):
        writer.writerow([cell(v) for v in row])
        if written % per_piece == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def csv_stream(
    header: Sequence[str], rows: Iterable[Sequence[object]], filename: str, count: int
) -> StreamingResponse:
    """`rows` under `header` as a UTF-8 CSV file the browser saves as `filename`, sent as it is read;
    `count` (the rows the export counted and audited) travels in X-Row-Count for a client to check."""
    return StreamingResponse(
        csv_pieces(header, rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "X-Row-Count": str(count)},
    )
