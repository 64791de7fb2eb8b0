"""Fast inserts of many rows with ids chosen by the caller: COPY on PostgreSQL, executemany on SQLite.

Used by the demo clinic and the data migration, where row-by-row ORM inserts would take hours.
"""

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Table, text

from core.models import metadata


def _table(name: str) -> Table:
    return metadata.tables[name]


def insert_rows(conn: Connection, table_name: str, columns: Sequence[str], rows: Iterable[tuple]) -> int:
    table = _table(table_name)
    rows = list(rows)
    if not rows:
        return 0
    if conn.dialect.name == "postgresql":
        json_cols = {i for i, name in enumerate(columns) if table.c[name].type.__class__.__name__ == "JSON"}
        raw = conn.connection.driver_connection
        if raw is None:  # an open connection always holds its driver's (psycopg's)
            raise RuntimeError("the database connection is closed")
        with raw.cursor() as cursor:
            cols = ", ".join(f'"{c}"' for c in columns)
            with cursor.copy(f'COPY "{table_name}" ({cols}) FROM STDIN') as copy:
                for row in rows:
                    if json_cols:
                        row = tuple(json.dumps(v) if i in json_cols else v for i, v in enumerate(row))
                    copy.write_row(row)
    else:
        conn.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])
    return len(rows)


def reset_sequences(conn: Connection) -> None:
    """After inserting explicit ids on PostgreSQL, move each id sequence past the largest id."""
    if conn.dialect.name != "postgresql":
        return
    for table in metadata.sorted_tables:
        if "id" not in table.c:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
            )
        )
