"""note returns: a supervisor returns an assistant's note for correction, with a comment

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "note_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("returned_version", sa.Integer(), nullable=False),
        sa.Column("withdrawn_signature_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["note_id"], ["note.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note_return", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_return_note_id"), ["note_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("note_return", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_return_note_id"))
    op.drop_table("note_return")
