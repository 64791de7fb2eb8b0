"""the authorization_unit table dropped

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05

Units per code under an authorization were planned and never read or written by anything (issue #22):
an authorization counts visits (core.authorizations). The table has held no row in any clinic, so it
goes; the downgrade puts it back as 0001 made it, empty.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("authorization_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_authorization_unit_authorization_id"))
    op.drop_table("authorization_unit")


def downgrade() -> None:
    op.create_table(
        "authorization_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authorization_id", sa.Integer(), nullable=False),
        sa.Column("cpt", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("units_approved", sa.Integer(), nullable=False),
        sa.Column("units_used", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["authorization_id"], ["prior_authorization.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("authorization_unit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_authorization_unit_authorization_id"), ["authorization_id"], unique=False
        )
