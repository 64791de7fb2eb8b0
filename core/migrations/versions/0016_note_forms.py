"""note versions keep an evaluation's, progress report's, re-evaluation's or discharge's form

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02

The structured part of those notes (prior level of function, goals and their status, the plan's
frequency and duration, the reason for discharge: core.notes.forms) is kept with each version, as
its text is. Added in place (SQLite's ADD COLUMN with a constant default), no table copy.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("note_version", sa.Column("form", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("note_version", schema=None) as batch_op:
        batch_op.drop_column("form")
