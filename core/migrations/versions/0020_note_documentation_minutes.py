"""a note's documentation time stored with its signature

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04

The documentation-time KPI counted every note's minutes from the audit log at each dashboard load;
signing now stores them on the note (core.notes.documentation), and this upgrade counts them for the
notes already signed, from the same entries. The index finds one note's entries as it is signed.
"""

import sqlalchemy as sa
from alembic import op

from core.notes.documentation import fill_missing

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("documentation_minutes", sa.Float(), nullable=True))
    op.create_index("ix_audit_entry_record", "audit_entry", ["record_type", "record_id"], unique=False)
    fill_missing(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_audit_entry_record", table_name="audit_entry")
    # ALTER TABLE ... DROP COLUMN on SQLite too (3.35 on): a batch copy of the table would drop the
    # note table under the rows that refer to it
    op.drop_column("note", "documentation_minutes")
