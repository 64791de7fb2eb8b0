"""A report as a CSV download: what the pages export for a spreadsheet (#20: every report exportable)."""

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from fastapi.responses import Response

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
