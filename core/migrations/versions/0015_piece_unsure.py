"""transcript pieces keep the numbers the recogniser was unsure of

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

A live recording's pieces are kept as they are heard; the numbers the recogniser could not be sure of
(`scribe.stt.unsure`) go with them, so a draft of a live session marks those minutes for review as a
draft of an uploaded file does.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("transcript_piece", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unsure", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("transcript_piece", schema=None) as batch_op:
        batch_op.drop_column("unsure")
