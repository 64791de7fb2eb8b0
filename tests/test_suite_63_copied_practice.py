"""The small demo's PostgreSQL template is its SQLite template's rows copied (conftest.copy_practice), not
a second build. A copy holds what build() writes on PostgreSQL itself, but for the stamps the build takes
off the running clock (the same second, other microseconds), the audit hashes made of them, and the
passwords' salts: the tiny practice, built on both backends, is copied here and the two compared."""

from datetime import datetime

from conftest import Databases, copy_practice
from sqlalchemy import select, text

from core.models import metadata

# What differs between two builds of one practice (and between two builds on one backend): table -> columns.
STAMPED = {
    "app_user": {"password_hash"},
    "audit_entry": {"at", "hash", "prev_hash"},
    "claim": {"submitted_at", "first_submitted_at"},
    "claim_batch": {"created_at"},
    "claim_finding": {"created_at"},
    "era_file": {"posted_at"},
}


def test_a_practice_copied_into_postgresql_holds_what_the_build_writes_there(databases: Databases) -> None:
    templates = databases.templates
    assert templates.users("tiny", "sqlite") == templates.users("tiny", "postgresql")
    url = databases.new("postgresql")  # migrated, empty
    copied = databases.engine(url)
    built = databases.engine(databases.new("postgresql", "tiny"))
    copy_practice(f"sqlite:///{templates.location('tiny', 'sqlite')}", url)
    with copied.connect() as ours, built.connect() as theirs:
        for table in metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.c)
            mine = ours.execute(select(table).order_by(*order)).mappings().all()
            want = theirs.execute(select(table).order_by(*order)).mappings().all()
            assert len(mine) == len(want), table.name
            stamped = STAMPED.get(table.name, set())
            for row, other in zip(mine, want, strict=True):
                same = {c: v for c, v in row.items() if c not in stamped}
                assert same == {c: v for c, v in other.items() if c not in stamped}, table.name
                for column in stamped:
                    if isinstance(row[column], datetime):
                        # The two builds' clocks: they run minutes apart on a busy machine (82 s in a fresh
                        # clone's run), never hours.
                        assert abs((row[column] - other[column]).total_seconds()) < 3600, (table.name, column)
                    else:
                        assert (row[column] is None) == (other[column] is None), (table.name, column)
            if "id" in table.c:  # the next row a test adds gets the same id on either
                sequence = f"SELECT nextval(pg_get_serial_sequence('\"{table.name}\"', 'id'))"
                assert ours.execute(text(sequence)).scalar() == theirs.execute(text(sequence)).scalar(), (
                    table.name
                )
    databases.release(copied)
    databases.release(built)
