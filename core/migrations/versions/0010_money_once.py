"""money and signatures: one effect per row (constraints, idempotency keys)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

The constraints are the last line behind the row locks: even if code ran a sign, a claim build,
a batch or an 835 posting twice at once, the database refuses the second effect.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("note_signature", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_note_signature_note_id_kind", ["note_id", "kind"])
    with op.batch_alter_table("charge", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_charge_note_id_cpt_modifiers", ["note_id", "cpt", "modifiers"])
    with op.batch_alter_table("claim_line", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_claim_line_charge_id", ["charge_id"])
    with op.batch_alter_table("claim_batch", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            "uq_claim_batch_interchange_control_number", ["interchange_control_number"]
        )
    with op.batch_alter_table("era_file", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_era_file_payer_id_trace_number", ["payer_id", "trace_number"])
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("adjudication", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.create_unique_constraint("uq_payment_claim_id_adjudication", ["claim_id", "adjudication"])
    op.create_table(
        "idempotent_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("request_digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("content_type", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("owner", "key"),
    )
    with op.batch_alter_table("idempotent_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idempotent_request_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_table("idempotent_request")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint("uq_payment_claim_id_adjudication", type_="unique")
        batch_op.drop_column("adjudication")
    for table, name in (
        ("era_file", "uq_era_file_payer_id_trace_number"),
        ("claim_batch", "uq_claim_batch_interchange_control_number"),
        ("claim_line", "uq_claim_line_charge_id"),
        ("charge", "uq_charge_note_id_cpt_modifiers"),
        ("note_signature", "uq_note_signature_note_id_kind"),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(name, type_="unique")
