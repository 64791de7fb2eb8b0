"""note measures

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("note_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("measures", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("note_version", schema=None) as batch_op:
        batch_op.drop_column("measures")
