"""denial work: corrected claims, appeals, write-offs and assignment

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

A claim knows whether it replaces one the payer adjudicated (frequency code 7) and who works its
denial; what billers did about a claim after the payer answered is a row per action.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (the reference inline), never a batch copy of the table: on SQLite a copy of
    # claim drops the table that claim_line and payment reference, which a clinic's database refuses.
    op.add_column(
        "claim",
        sa.Column(
            "frequency_code",
            sqlmodel.sql.sqltypes.AutoString(length=1),
            nullable=False,
            server_default="1",
        ),
    )
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with its reference in place; Alembic would only add it by copying the table.
        op.execute("ALTER TABLE claim ADD COLUMN assigned_user_id INTEGER REFERENCES app_user (id)")
    else:
        op.add_column("claim", sa.Column("assigned_user_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_claim_assigned_user_id", "claim", "app_user", ["assigned_user_id"], ["id"])
    op.create_table(
        "claim_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("line_number", sa.Integer(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("assigned_user_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claim.id"]),
        sa.ForeignKeyConstraint(["assigned_user_id"], ["app_user.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_action_claim_id"), ["claim_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claim_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_action_claim_id"))
    op.drop_table("claim_action")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_column("assigned_user_id")
        batch_op.drop_column("frequency_code")
